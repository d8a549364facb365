//! Frames between the envs (64x64 RGB) and the model (`image_size`): box-filter downsampling
//! on the host, and actions between the policy's vectors and the envs' `Action`s.

use super::AgentError;
use crate::data::downsample_frames;
use crate::envs::{Action, ActionSpace, IMAGE_SHAPE};

/// Env frames (64x64x3, concatenated) at the model's `size`, box-downsampled
/// (`data::downsample_frames`).
pub fn to_model_frames(frames: &[u8], size: usize) -> Result<Vec<u8>, AgentError> {
    downsample_frames(frames, IMAGE_SHAPE[0], size)
        .map_err(|e| AgentError::State(format!("env frames to the model's size: {e}")))
}

/// The env action for a policy vector (continuous: clipped to [-1, 1]; discrete: argmax).
pub fn to_env_action(space: &ActionSpace, vector: &[f32]) -> Action {
    match space {
        ActionSpace::Continuous { .. } => {
            Action::Continuous(vector.iter().map(|v| v.clamp(-1.0, 1.0)).collect())
        }
        ActionSpace::Discrete { .. } => {
            let best = vector
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.total_cmp(b.1))
                .map_or(0, |(k, _)| k);
            Action::Discrete(best)
        }
    }
}

/// The vector stored in the replay for an env action (one-hot when discrete).
pub fn to_vector(space: &ActionSpace, action: &Action) -> Vec<f32> {
    match (space, action) {
        (_, Action::Continuous(v)) => v.clone(),
        (ActionSpace::Discrete { n }, Action::Discrete(k)) => {
            (0..*n).map(|i| f32::from(i == *k)).collect()
        }
        (ActionSpace::Continuous { dim }, Action::Discrete(_)) => vec![0.0; *dim],
    }
}
