//! Training machinery: the compiled train step (`step`), the host loop that keeps parameters
//! and optimizer state on the devices (`trainer`), and checkpoints (`checkpoint`,
//! `safetensors`).

pub mod checkpoint;
pub mod demo_task;
pub mod error;
pub mod safetensors;
pub mod step;
mod step_trace;
pub mod trainer;

pub use checkpoint::{check_tensors, Checkpoint, CheckpointDir, CheckpointError, RngState};
pub use error::TrainError;
pub use step::{AuxOutput, BatchInput, LossOutput, ParamGroup, StepInputs, TrainStep};
pub use trainer::{step_key, StepMetrics, Trainer};
