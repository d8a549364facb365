//! Errors of the training machinery: every layer below's errors, plus the step's own checks
//! (batch shapes, metric types, input layout) and a trainer whose state was lost.

use crate::graph::GraphError;
use crate::host::HostTensorError;
use crate::nn::NnError;
use crate::optim::OptimError;
use crate::runtime::RuntimeError;
use crate::session::SessionError;

#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    #[error(transparent)]
    Graph(#[from] GraphError),
    #[error(transparent)]
    Session(#[from] SessionError),
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    #[error(transparent)]
    Host(#[from] HostTensorError),
    #[error(transparent)]
    Optim(#[from] OptimError),
    #[error(transparent)]
    Nn(#[from] NnError),
    #[error(transparent)]
    Checkpoint(#[from] super::checkpoint::CheckpointError),
    /// A mistake in how the step was set up (names the step and what is wrong).
    #[error("train step `{step}`: {message}")]
    Step { step: String, message: String },
    /// A host batch that does not match the step's batch inputs.
    #[error("train step `{step}`: batch input `{name}` must be {want}, got {got}")]
    Batch {
        step: String,
        name: String,
        want: String,
        got: String,
    },
    /// A failed step consumed the donated parameters; only a restore can continue.
    #[error("train step `{step}`: a failed step consumed the parameters on the device; restore from a checkpoint")]
    Lost { step: String },
}
