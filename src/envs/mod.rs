//! Environments: the `Env` interface, built-in pixel tasks and Python worker bridges, plus what
//! goes around them: a registry of specs, wrappers (action repeat, time limit), a batch stepped
//! in threads and episode statistics.

pub mod batch;
pub mod builtin;
pub mod driver;
pub mod env;
pub mod error;
pub mod policy;
pub mod registry;
pub mod rng;
pub mod stats;
pub mod wrappers;

pub use batch::{BatchStep, EnvBatch, EnvCommand};
pub use env::{Action, ActionSpace, Env, Step, IMAGE_BYTES, IMAGE_SHAPE};
pub use error::EnvError;
pub use registry::{make, EnvOptions};
pub use stats::EpisodeStats;
