//! Frames between the envs (64x64 RGB) and the model (`image_size`): box-filter downsampling
//! on the host, and actions between the policy's vectors and the envs' `Action`s.

use crate::envs::{Action, ActionSpace, IMAGE_SHAPE};

/// Averages `factor x factor` blocks of 64x64x3 frames (concatenated) down to `size`.
pub fn downsample(frames: &[u8], size: usize) -> Vec<u8> {
    let side = IMAGE_SHAPE[0];
    if size == side {
        return frames.to_vec();
    }
    let f = side / size;
    let frame_bytes = side * side * 3;
    let mut out = Vec::with_capacity(frames.len() / (f * f));
    for frame in frames.chunks(frame_bytes) {
        for y in 0..size {
            for x in 0..size {
                for c in 0..3 {
                    let mut sum = 0u32;
                    for dy in 0..f {
                        for dx in 0..f {
                            sum += u32::from(frame[((y * f + dy) * side + x * f + dx) * 3 + c]);
                        }
                    }
                    out.push(((sum + (f * f) as u32 / 2) / (f * f) as u32) as u8);
                }
            }
        }
    }
    out
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
