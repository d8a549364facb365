//! Environments: the `Env` interface, built-in pixel tasks and Python worker bridges.

pub mod atari_masks;
pub mod env;
pub mod protocol;
pub mod python_batch;
pub mod python_error;
pub mod python_worker;
mod worker_process;

pub use env::{Action, ActionSpace, Env, Step, IMAGE_BYTES, IMAGE_SHAPE};
pub use python_batch::{FaultStats, PythonBatchStep, PythonEnvBatch};
pub use python_error::PythonEnvError;
pub use python_worker::{
    is_python_env, make_python_env, PythonEnv, PythonEnvOptions, RenderQuality,
};
