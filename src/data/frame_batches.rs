//! `FrameBatches`: batches of single frames for tokenizer (VQ-GAN) training, drawn from
//! episodes without replacement in a seeded shuffle across all episodes, as f32 NHWC in
//! [-1, 1] (`byte / 127.5 - 1`; `from_dataset` applies the dataset's frame masks first), optionally box-downsampled to a smaller square size
//! (`frames_to_signed_unit`, also for tools that convert a few chosen frames).
//!
//! Batch `k` is a pure function of (seed, k): the frames are consumed as one long stream of
//! epochs, epoch `e` a permutation of all frames drawn from `Rng(seed ^ mix(e))`. A run
//! resumed at step `k` therefore sees exactly the batches the uninterrupted run would have.
//! `FrameBatches::prefetch` (in `prefetch.rs`) produces the same batches on a background thread.
//!
//! `downsample_frames` is the same box filter on bytes (rounded to the nearest byte), for
//! stores that keep frames at a model's size (the agent's replay and policy).

use super::episodes::{Episode, EpisodeDataset, Split};
use super::error::DataError;
use crate::envs::IMAGE_SHAPE;
use crate::host::HostTensor;
use crate::rng::Rng;

/// Shuffled frame batches over a set of episodes held in memory.
pub struct FrameBatches {
    episodes: Vec<Episode>,
    /// Every frame as (episode, frame index), in dataset order.
    frames: Vec<(usize, usize)>,
    batch: usize,
    size: usize,
    seed: u64,
    /// The permutation of the epoch last used, cached.
    epoch: Option<(u64, Vec<usize>)>,
}

impl FrameBatches {
    /// Batches of `batch` frames of `size x size` (`size` must divide the stored 64).
    pub fn new(
        episodes: Vec<Episode>,
        batch: usize,
        size: usize,
        seed: u64,
    ) -> Result<FrameBatches, DataError> {
        let stored = IMAGE_SHAPE[0];
        let bad = |what: &str, expected: String, got: String| DataError::BadInput {
            what: format!("frame batches: {what}"),
            expected,
            got,
        };
        if batch == 0 {
            return Err(bad("batch size", "at least 1".into(), "0".into()));
        }
        if size == 0 || !stored.is_multiple_of(size) {
            return Err(bad(
                "image size",
                format!("a divisor of the stored frame size {stored}"),
                size.to_string(),
            ));
        }
        let frame_bytes: usize = IMAGE_SHAPE.iter().product();
        for (e, ep) in episodes.iter().enumerate() {
            if ep.frames.len() != ep.len * frame_bytes {
                return Err(bad(
                    &format!("episode {e}"),
                    format!(
                        "{} bytes ({} frames of {IMAGE_SHAPE:?})",
                        ep.len * frame_bytes,
                        ep.len
                    ),
                    format!("{} bytes", ep.frames.len()),
                ));
            }
        }
        let frames: Vec<(usize, usize)> = episodes
            .iter()
            .enumerate()
            .flat_map(|(e, ep)| (0..ep.len).map(move |f| (e, f)))
            .collect();
        if frames.is_empty() {
            return Err(bad("episodes", "at least one frame".into(), "none".into()));
        }
        Ok(FrameBatches {
            episodes,
            frames,
            batch,
            size,
            seed,
            epoch: None,
        })
    }

    /// The `split` of `dataset`, each task's frame mask (`<root>/mask_map.npz`, if any)
    /// multiplied into its frames.
    pub fn from_dataset(
        dataset: &EpisodeDataset,
        split: Split,
        batch: usize,
        size: usize,
        seed: u64,
    ) -> Result<FrameBatches, DataError> {
        Self::from_datasets(std::slice::from_ref(dataset), split, batch, size, seed)
    }

    /// `from_dataset` over several datasets: their episodes in order, each dataset's frames
    /// masked by its own `mask_map.npz`.
    pub fn from_datasets(
        datasets: &[EpisodeDataset],
        split: Split,
        batch: usize,
        size: usize,
        seed: u64,
    ) -> Result<FrameBatches, DataError> {
        let mut episodes = Vec::new();
        for dataset in datasets {
            let masks = dataset.masks()?;
            let loaded = dataset.load_split_masked(split, masks.as_ref())?;
            episodes.extend(loaded.into_iter().map(|(_, e)| e));
        }
        FrameBatches::new(episodes, batch, size, seed)
    }

    /// Frames in all episodes.
    pub fn frame_count(&self) -> usize {
        self.frames.len()
    }

    fn permutation(&mut self, epoch: u64) -> &[usize] {
        if self.epoch.as_ref().is_none_or(|(e, _)| *e != epoch) {
            let mut rng = Rng::new(self.seed ^ epoch.wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let mut order: Vec<usize> = (0..self.frames.len()).collect();
            for i in (1..order.len()).rev() {
                let j = (rng.next_u64() % (i as u64 + 1)) as usize;
                order.swap(i, j);
            }
            self.epoch = Some((epoch, order));
        }
        &self.epoch.as_ref().expect("internal error: set above").1
    }

    /// Which (episode, frame) pairs batch `k` holds.
    pub fn batch_frames(&mut self, k: u64) -> Vec<(usize, usize)> {
        let n = self.frames.len() as u64;
        (0..self.batch as u64)
            .map(|i| {
                let position = k * self.batch as u64 + i;
                let slot = self.permutation(position / n)[(position % n) as usize];
                self.frames[slot]
            })
            .collect()
    }

    /// Batch `k` as f32 `[batch, size, size, 3]` in [-1, 1].
    pub fn batch(&mut self, k: u64) -> HostTensor {
        let pairs = self.batch_frames(k);
        let frames: Vec<&[u8]> = pairs
            .iter()
            .map(|&(e, index)| {
                self.episodes[e]
                    .frame(index)
                    .expect("internal error: frame index from the episode's length")
            })
            .collect();
        frames_to_signed_unit(&frames, self.size)
            .expect("internal error: frames checked in FrameBatches::new")
    }
}

/// Stored frames (`[64, 64, 3]` bytes each) as f32 `[n, size, size, 3]` in [-1, 1]:
/// `size` must divide 64; each output pixel is the mean of its `64 / size` square block.
pub fn frames_to_signed_unit(frames: &[&[u8]], size: usize) -> Result<HostTensor, DataError> {
    let [stored, _, channels] = IMAGE_SHAPE;
    let frame_bytes: usize = IMAGE_SHAPE.iter().product();
    if size == 0 || !stored.is_multiple_of(size) {
        return Err(DataError::BadInput {
            what: "frame conversion: image size".into(),
            expected: format!("a divisor of the stored frame size {stored}"),
            got: size.to_string(),
        });
    }
    if let Some(bad) = frames.iter().find(|f| f.len() != frame_bytes) {
        return Err(DataError::BadInput {
            what: "frame conversion: frame".into(),
            expected: format!("{frame_bytes} bytes ({IMAGE_SHAPE:?})"),
            got: format!("{} bytes", bad.len()),
        });
    }
    let (s, f) = (size, stored / size);
    let mut pixels = Vec::with_capacity(frames.len() * s * s * channels);
    for frame in frames {
        for i in 0..s {
            for j in 0..s {
                for c in 0..channels {
                    let mut sum = 0u32;
                    for di in 0..f {
                        for dj in 0..f {
                            let at = ((i * f + di) * stored + j * f + dj) * channels + c;
                            sum += u32::from(frame[at]);
                        }
                    }
                    pixels.push(sum as f32 / (f * f) as f32 / 127.5 - 1.0);
                }
            }
        }
    }
    Ok(
        HostTensor::from_slice(&[frames.len(), s, s, channels], &pixels)
            .expect("internal error: pixel count from the dims"),
    )
}

/// Square RGB frames (`[from, from, 3]` bytes each, concatenated) box-downsampled to
/// `[to, to, 3]` bytes each: every output pixel is the rounded mean of its `from / to` square
/// block. `to` must divide `from`; `to == from` returns a copy.
pub fn downsample_frames(frames: &[u8], from: usize, to: usize) -> Result<Vec<u8>, DataError> {
    let channels = IMAGE_SHAPE[2];
    if to == 0 || from == 0 || !from.is_multiple_of(to) {
        return Err(DataError::BadInput {
            what: "frame downsampling: image size".into(),
            expected: format!("a divisor of the frame size {from}"),
            got: to.to_string(),
        });
    }
    let frame_bytes = from * from * channels;
    if !frames.len().is_multiple_of(frame_bytes) {
        return Err(DataError::BadInput {
            what: "frame downsampling: frames".into(),
            expected: format!(
                "a multiple of {frame_bytes} bytes ([{from}, {from}, {channels}] frames)"
            ),
            got: format!("{} bytes", frames.len()),
        });
    }
    if to == from {
        return Ok(frames.to_vec());
    }
    let f = from / to;
    let area = (f * f) as u32;
    let mut out = Vec::with_capacity(frames.len() / (f * f));
    for frame in frames.chunks_exact(frame_bytes) {
        for y in 0..to {
            for x in 0..to {
                for c in 0..channels {
                    let mut sum = 0u32;
                    for dy in 0..f {
                        let row = ((y * f + dy) * from + x * f) * channels + c;
                        for dx in 0..f {
                            sum += u32::from(frame[row + dx * channels]);
                        }
                    }
                    out.push(((sum + area / 2) / area) as u8);
                }
            }
        }
    }
    Ok(out)
}
