//! viper: VIPER (video prediction models as rewards for reinforcement learning) on XLA.
//!
//! The pipeline: model code traces tensor programs into the graph IR (`graph`), autodiff adds
//! gradient ops to the same graph, the lowering prints StableHLO text, and the runtime
//! (`runtime`) compiles and runs it through a PJRT plugin. Environments (`envs`) and datasets
//! feed it from the host.

pub mod agent;
pub mod cli;
pub mod config;
pub mod data;
pub mod dtype;
pub mod envs;
pub mod graph;
pub mod host;
pub mod logging;
pub mod lower;
pub mod models;
pub mod named_graphs;
pub mod nn;
pub mod optim;
pub mod report;
pub mod reward;
pub mod rng;
pub mod runtime;
pub mod session;
pub mod testing;
pub mod train;

pub use dtype::{DType, Element};
pub use host::HostTensor;
