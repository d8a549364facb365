//! Environments: the `Env` interface, built-in pixel tasks and Python worker bridges, plus what
//! goes around them: a registry of specs, wrappers (action repeat, time limit), a batch stepped
//! in threads and episode statistics.

pub mod atari_masks;
pub mod batch;
pub mod builtin;
pub mod driver;
pub mod env;
pub mod error;
pub mod policy;
pub mod protocol;
pub mod python_batch;
pub mod python_error;
pub mod python_worker;
pub mod registry;
pub mod rng;
pub mod stats;
mod worker_process;
pub mod wrappers;

pub use batch::{BatchStep, EnvBatch, EnvCommand};
pub use env::{Action, ActionSpace, Env, Step, IMAGE_BYTES, IMAGE_SHAPE};
pub use error::EnvError;
pub use python_batch::{FaultStats, PythonBatchStep, PythonEnvBatch};
pub use python_error::PythonEnvError;
pub use python_worker::{
    is_python_env, make_python_env, PythonEnv, PythonEnvOptions, RenderQuality,
};
pub use registry::{make, EnvOptions};
pub use stats::EpisodeStats;
