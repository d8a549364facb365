//! DreamerV3's behaviour learning in imagination (reference brief §4.3) with VIPER's `Prior`
//! behaviour (§3.4): pure functions of traced tensors, so the whole agent step (world model,
//! imagination, actor, critics, ensemble, slow critic) can be traced into one graph.
//!
//! | file | concept |
//! |------|---------|
//! | `returns.rs` | lambda-returns, continue flags and trajectory weights |
//! | `normalizer.rs` | percentile return normaliser (state carried as tensors) |
//! | `actor.rs` | policy network and heads, the actor loss (backprop / reinforce) |
//! | `critic.rs` | two-hot critic, its loss with the slow regulariser, slow-critic EMA |
//! | `disag.rs` | Plan2Explore ensemble: loss and disagreement reward |
//! | `prior.rs` | per-critic returns and normalisers, mixed advantages |
//! | `rewards.rs` | imagined rewards per critic (reward / density heads, ensemble) and continue flags |
//! | `actor_critic.rs` | imagination with the actor; actor and critic losses on a trajectory |
//!
//! Glossary (time-major trajectories from `Rssm::imagine`):
//!
//! | symbol | meaning | shape |
//! |--------|---------|-------|
//! | H | imagination horizon (15) | |
//! | N | imagined starts (every replay posterior, `B T`) | |
//! | features | `[deter, stoch flat]` of each imagined state | `[H + 1, N, F]` |
//! | actions | the policy's action at each state | `[H + 1, N, A]` |
//! | conts | continue flags, entry 0 = `1 - is_terminal(start)` | `[H + 1, N]` |
//! | weights | `cumprod(discount conts) / discount` | `[H + 1, N]` |
//! | rewards | per critic, for states `1..=H` | `[H, N]` |
//! | returns | per critic lambda-returns `R_0..R_{H-1}` | `[H, N]` |

pub mod actor;
pub mod actor_critic;
pub mod critic;
pub mod disag;
pub mod normalizer;
pub mod prior;
pub mod returns;
pub mod rewards;

pub use actor::{Actor, ActorGradient, ActorLoss, ActorObjective, Policy};
pub use actor_critic::{ActorCritic, ImaginationLosses, RewardInput, Trajectory};
pub use critic::{critic_loss, pair_slow_params, Critic, SlowCritic};
pub use disag::{disagreement_inputs, disagreement_targets, Disagreement};
pub use normalizer::{Normalized, NormalizerState, ReturnNormalizer};
pub use prior::{mix_advantages, prior_critics, CriticTerm, MixedAdvantage, ReturnSettings};
pub use returns::{discount_from_horizon, lambda_returns, trajectory_conts, trajectory_weights};
pub use rewards::RewardModels;

/// Misuse of the behaviour API that is found before tracing (lists that do not match).
#[derive(Debug, thiserror::Error)]
pub enum BehaviorError {
    #[error("dreamer slow critic: {0}")]
    SlowCritic(String),
    #[error("dreamer critics: {0}")]
    Critics(String),
}
