//! A per-task frame mask (the reference's `mask_map`, brief §3.2): uint8 0/1 values
//! multiplied into the stored frames before they are encoded, so the video model neither
//! predicts nor rewards what the mask hides (e.g. Atari scoreboards). The agent still sees
//! unmasked frames.

use super::error::RewardError;
use crate::envs::{IMAGE_BYTES, IMAGE_SHAPE};

/// A mask over `[64, 64]` pixels (all channels) or `[64, 64, 3]` values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameMask {
    /// One 0/1 value per frame byte (`[64, 64, 3]`).
    values: Vec<u8>,
}

impl FrameMask {
    /// From `[64, 64]` (broadcast over the colour channels) or `[64, 64, 3]` 0/1 bytes.
    pub fn new(values: &[u8]) -> Result<Self, RewardError> {
        let [h, w, c] = IMAGE_SHAPE;
        let expected = format!("[{h}, {w}] or [{h}, {w}, {c}] bytes");
        let values = if values.len() == h * w {
            values.iter().flat_map(|&v| [v; 3]).collect()
        } else if values.len() == IMAGE_BYTES {
            values.to_vec()
        } else {
            return Err(RewardError::BadMask {
                expected,
                got: format!("{} bytes", values.len()),
            });
        };
        if let Some(bad) = values.iter().find(|&&v| v > 1) {
            return Err(RewardError::BadMask {
                expected,
                got: format!("the value {bad}"),
            });
        }
        Ok(FrameMask { values })
    }

    /// Masks frames in place (`N` frames of `[64, 64, 3]` bytes each).
    pub fn apply(&self, frames: &mut [u8]) {
        for frame in frames.chunks_exact_mut(IMAGE_BYTES) {
            for (pixel, &keep) in frame.iter_mut().zip(&self.values) {
                *pixel *= keep;
            }
        }
    }
}
