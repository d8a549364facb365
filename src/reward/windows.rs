//! Which frames each reward step sees (reference brief §3.2) and the gather of windows from
//! per-frame codes.
//!
//! With `W = seq_len * frame_skip`, step `t` looks at the `W` most recent frames
//! `t-W+1 ..= t` and keeps every `frame_skip`-th one so that the last kept frame is `t`:
//! frames `t - (seq_len-1-k) * frame_skip` for `k = 0..seq_len` (the reference's
//! `window[frame_skip-1::frame_skip]`). Steps `t < W - 1` have no full window and are not
//! scored (see the module doc of `reward`). The earliest frame any step uses is
//! `frame_skip - 1`, so frames before it are never encoded.

use super::error::RewardError;
use std::ops::Range;

/// The window geometry of a VideoGPT: frames seen and subsampling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WindowSpec {
    seq_len: usize,
    frame_skip: usize,
}

impl WindowSpec {
    pub fn new(seq_len: usize, frame_skip: usize) -> Result<Self, RewardError> {
        if seq_len == 0 {
            return Err(RewardError::Zero { what: "seq_len" });
        }
        if frame_skip == 0 {
            return Err(RewardError::Zero { what: "frame_skip" });
        }
        Ok(WindowSpec {
            seq_len,
            frame_skip,
        })
    }

    /// Frames the model sees per window.
    pub fn seq_len(&self) -> usize {
        self.seq_len
    }

    pub fn frame_skip(&self) -> usize {
        self.frame_skip
    }

    /// `W = seq_len * frame_skip`: env steps a window covers.
    pub fn span(&self) -> usize {
        self.seq_len * self.frame_skip
    }

    /// The first step with a full window, `W - 1`.
    pub fn first_step(&self) -> usize {
        self.span() - 1
    }

    /// The earliest frame index any window uses (`frame_skip - 1`).
    pub fn first_used_frame(&self) -> usize {
        self.frame_skip - 1
    }

    /// The steps of an episode of `frames` frames that get a reward, `W-1 .. frames`; an
    /// episode shorter than one window is an error (never an empty range).
    pub fn scored_steps(&self, frames: usize) -> Result<Range<usize>, RewardError> {
        if frames < self.span() {
            return Err(RewardError::EpisodeTooShort {
                frames,
                window: self.span(),
                seq_len: self.seq_len,
                frame_skip: self.frame_skip,
            });
        }
        Ok(self.first_step()..frames)
    }

    /// The frame indices of step `step`'s window, oldest first (the last is `step`). The
    /// caller checks `step >= first_step()`.
    pub fn frame_indices(&self, step: usize) -> Vec<usize> {
        (0..self.seq_len)
            .map(|k| step - (self.seq_len - 1 - k) * self.frame_skip)
            .collect()
    }
}

/// Gathers the windows of `steps` from per-frame codes: `codes` holds the codes of frames
/// `first_frame, first_frame+1, ..` (`tokens` i32 values a frame); the result is
/// `[steps.len(), seq_len, tokens]` row-major, i.e. `i32 [B, T, h, w]`.
pub fn gather_windows(
    spec: &WindowSpec,
    codes: &[i32],
    tokens: usize,
    first_frame: usize,
    steps: &[usize],
) -> Vec<i32> {
    let mut out = Vec::with_capacity(steps.len() * spec.seq_len() * tokens);
    for &step in steps {
        for frame in spec.frame_indices(step) {
            let at = (frame - first_frame) * tokens;
            out.extend_from_slice(&codes[at..at + tokens]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_examples() {
        // Reference brief §3.2: fskip4 keeps t-12, t-8, t-4, t; fskip2 keeps t-14, .., t.
        let s4 = WindowSpec::new(4, 4).unwrap();
        assert_eq!(s4.frame_indices(20), vec![8, 12, 16, 20]);
        assert_eq!(s4.first_step(), 15);
        let s2 = WindowSpec::new(8, 2).unwrap();
        assert_eq!(s2.frame_indices(15), vec![1, 3, 5, 7, 9, 11, 13, 15]);
        let s1 = WindowSpec::new(16, 1).unwrap();
        assert_eq!(s1.frame_indices(15), (0..16).collect::<Vec<_>>());
    }
}
