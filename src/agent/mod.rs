//! The DreamerV3 agent (reference brief §4, VIPER's Prior behaviour §3.4) as programs the
//! host runs: one train step (world model, ensemble, imagination, actor, critics, slow
//! critics in one executable) and one policy step with carried state.
//!
//! | file | concept |
//! |------|---------|
//! | `step.rs` | `AgentStep`: traces the whole update into one function |
//! | `groups.rs` | parameter groups, their optimizers and the NaN/Inf guard used by the trace |
//! | `state.rs` | `AgentState`: the carried host tensors by name, initial values, run |
//! | `device_state.rs` | `DeviceState`: the carried values in device buffers between updates |
//! | `policy.rs` | `PolicyStep`: actions for N envs with carried RSSM state |
//! | `run.rs` | `train_agent`: the host loop (env thread, replay, train ratio, logs, checkpoints) |
//! | `options.rs` | `RunOptions`, `RunSummary` |
//! | `env_thread.rs` | the env thread the loop steps the envs on |
//! | `prefetch.rs` | `UploadedBatch`: replay batches sampled and uploaded ahead |
//! | `loop_stats.rs` | the loop's utilisation and VIPER density statistics per log interval |
//! | `openloop.rs` | `OpenLoop`: open-loop prediction videos (truth, model, error) |
//! | `checkpoint.rs` | the run's atomic checkpoint and the resume check |
//! | `eval.rs` | task returns of the agent and of the scripted expert |
//! | `frames.rs` | 64x64 env frames to the model's size; policy vectors to env actions |
//!
//! Parameter scopes: `wm/..` (world model), `behavior/actor`, `behavior/critic/<name>`,
//! `behavior/slow_critic/<name>`, `disag/..` (Plan2Explore ensemble, Prior mode only).

pub mod checkpoint;
pub mod device_state;
pub mod env_thread;
pub mod eval;
pub mod frames;
pub mod groups;
pub mod loop_stats;
pub mod openloop;
pub mod options;
pub mod policy;
pub mod prefetch;
pub mod run;

pub mod state;
pub mod step;

pub use device_state::DeviceState;
pub use eval::{evaluate, evaluate_recorded, expert_returns, EvalOptions, RecordedEval};
pub use openloop::{OpenLoop, OpenLoopOutput};
pub use options::{RunOptions, RunSummary};
pub use policy::{DeviceCarry, PolicyCarry, PolicyStep};
pub use run::{train_agent, NoScorer};
pub use state::AgentState;
pub use step::{AgentStep, RewardMode};

/// Errors of the agent's programs (tracing, shapes, state).
#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    #[error("agent config: {0}")]
    Config(#[from] crate::models::dreamer::DreamerConfigError),
    #[error("agent behaviour: {0}")]
    Behavior(#[from] crate::models::dreamer::behavior::BehaviorError),
    #[error("agent optimizer: {0}")]
    Optim(#[from] crate::optim::OptimError),
    #[error("agent graph: {0}")]
    Graph(#[from] crate::graph::GraphError),
    #[error("agent params: {0}")]
    Nn(#[from] crate::nn::NnError),
    #[error("agent session: {0}")]
    Session(#[from] crate::session::SessionError),
    #[error("agent state: {0}")]
    State(String),
}
