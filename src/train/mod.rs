//! Training machinery: the compiled train step (`step`), the host loop that keeps parameters
//! and optimizer state on the devices (`trainer`), and checkpoints (`checkpoint`,
//! `safetensors`).

pub mod checkpoint;
pub mod safetensors;

pub use checkpoint::{check_tensors, Checkpoint, CheckpointDir, CheckpointError, RngState};
