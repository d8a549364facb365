//! The replay store: one ordered stream of steps per worker, items as (worker, start) pairs in
//! insertion order, uniform sampling of items into host batches.
//!
//! Frames are stored at the model's `image_size`: a step pushed with a 64x64 env frame is
//! box-downsampled once, when it is inserted, so sampling (every update) only copies bytes.

use std::collections::VecDeque;

use crate::data::downsample_frames;
use crate::envs::rng::Rng;
use crate::envs::{IMAGE_BYTES, IMAGE_SHAPE};
use crate::host::HostTensor;

/// One agent step as stored: the observation, the action the agent took at it, and the
/// rewards for the transition into it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplayStep {
    /// RGB image, uint8: the env's [64, 64, 3] when pushed (or already [S, S, 3], S the
    /// replay's `image_size`); [S, S, 3] once stored.
    pub image: Vec<u8>,
    /// The action taken after observing this step (one-hot for discrete actions; zeros on a
    /// last step, where no action is taken).
    pub action: Vec<f32>,
    /// The task reward (logged; the VIPER agent never trains on it).
    pub reward: f32,
    /// The reward model's reward (VIPER's `density`); 0 without a reward model.
    pub density: f32,
    pub is_first: bool,
    pub is_last: bool,
    pub is_terminal: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ReplayError {
    #[error("replay: {0}")]
    Invalid(String),
    #[error(transparent)]
    Data(#[from] crate::data::DataError),
}

/// Sizes of a replay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReplayConfig {
    /// Steps per training sequence.
    pub sequence_length: usize,
    /// Most items kept; the oldest are dropped first.
    pub capacity: usize,
    /// Length of every step's `action` vector.
    pub action_dim: usize,
    /// Number of workers (environments) feeding the replay.
    pub workers: usize,
    /// Side of the stored (and sampled) square frames: the model's `image_size`, a divisor
    /// of the env's 64.
    pub image_size: usize,
}

impl ReplayConfig {
    /// Bytes of one stored frame, `[image_size, image_size, 3]`.
    pub fn frame_bytes(&self) -> usize {
        self.image_size * self.image_size * IMAGE_SHAPE[2]
    }
}

/// A sampled batch, `B` sequences of `T` steps, as host tensors: `image` u8 [B, T, S, S, 3]
/// (S the replay's `image_size`);
/// `action` f32 [B, T, A]; `reward`, `density` f32 [B, T]; `is_first`, `is_last`,
/// `is_terminal` f32 [B, T] holding 0 or 1.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplayBatch {
    pub image: HostTensor,
    pub action: HostTensor,
    pub reward: HostTensor,
    pub density: HostTensor,
    pub is_first: HostTensor,
    pub is_last: HostTensor,
    pub is_terminal: HostTensor,
}

/// One worker's steps; `base` is the stream index of `steps[0]` (earlier steps were freed).
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Stream {
    pub(super) base: u64,
    pub(super) steps: VecDeque<ReplayStep>,
    /// Start indices of this worker's items, oldest first.
    pub(super) items: VecDeque<u64>,
}

impl Stream {
    fn end(&self) -> u64 {
        self.base + self.steps.len() as u64
    }
}

/// The replay store (see the module doc of `data::replay`).
#[derive(Clone, Debug, PartialEq)]
pub struct Replay {
    pub(super) config: ReplayConfig,
    pub(super) streams: Vec<Stream>,
    /// Every item as (worker, start), oldest first.
    pub(super) items: VecDeque<(usize, u64)>,
    /// Steps ever appended.
    pub(super) steps_added: u64,
}

impl Replay {
    pub fn new(config: ReplayConfig) -> Result<Self, ReplayError> {
        if config.sequence_length == 0 || config.capacity == 0 || config.workers == 0 {
            return Err(ReplayError::Invalid(format!(
                "sequence_length, capacity and workers must be positive, got {config:?}"
            )));
        }
        let side = IMAGE_SHAPE[0];
        if config.image_size == 0 || !side.is_multiple_of(config.image_size) {
            return Err(ReplayError::Invalid(format!(
                "image_size must divide the env's frame size {side}, got {}",
                config.image_size
            )));
        }
        Ok(Replay {
            config,
            streams: vec![Stream::default(); config.workers],
            items: VecDeque::new(),
            steps_added: 0,
        })
    }

    pub fn config(&self) -> &ReplayConfig {
        &self.config
    }

    /// Items (sequences) available for sampling.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Steps ever appended (including freed ones).
    pub fn steps_added(&self) -> u64 {
        self.steps_added
    }

    /// Steps held in memory.
    pub fn steps_stored(&self) -> usize {
        self.streams.iter().map(|s| s.steps.len()).sum()
    }

    /// Appends `step` to `worker`'s stream; once the stream holds a full sequence, the item
    /// ending at this step becomes available.
    pub fn push(&mut self, worker: usize, mut step: ReplayStep) -> Result<(), ReplayError> {
        self.check_step(worker, &step)?;
        if step.image.len() != self.config.frame_bytes() {
            step.image = downsample_frames(&step.image, IMAGE_SHAPE[0], self.config.image_size)?;
        }
        let length = self.config.sequence_length as u64;
        let stream = &mut self.streams[worker];
        stream.steps.push_back(step);
        self.steps_added += 1;
        let end = stream.end();
        if end >= length {
            let start = end - length;
            // Freed steps are never needed again: every item starts at or after `base`.
            if start >= stream.base {
                stream.items.push_back(start);
                self.items.push_back((worker, start));
            }
        }
        while self.items.len() > self.config.capacity {
            self.evict_oldest();
        }
        Ok(())
    }

    fn check_step(&self, worker: usize, step: &ReplayStep) -> Result<(), ReplayError> {
        if worker >= self.config.workers {
            return Err(ReplayError::Invalid(format!(
                "worker {worker} out of range: the replay has {} workers",
                self.config.workers
            )));
        }
        let stored = self.config.frame_bytes();
        if step.image.len() != IMAGE_BYTES && step.image.len() != stored {
            let s = self.config.image_size;
            return Err(ReplayError::Invalid(format!(
                "step image has {} bytes, expected {IMAGE_BYTES} (the env's 64x64x3 uint8) or {stored} ({s}x{s}x3, the replay's image_size)",
                step.image.len()
            )));
        }
        if step.action.len() != self.config.action_dim {
            return Err(ReplayError::Invalid(format!(
                "step action has {} values, expected action_dim {}",
                step.action.len(),
                self.config.action_dim
            )));
        }
        Ok(())
    }

    fn evict_oldest(&mut self) {
        let Some((worker, start)) = self.items.pop_front() else {
            return;
        };
        let length = self.config.sequence_length as u64;
        let stream = &mut self.streams[worker];
        let popped = stream.items.pop_front();
        debug_assert_eq!(popped, Some(start));
        // Keep what the remaining items, and the next item to be created, still need.
        let needed_from = stream
            .items
            .front()
            .copied()
            .unwrap_or(u64::MAX)
            .min((stream.end() + 1).saturating_sub(length));
        while stream.base < needed_from && !stream.steps.is_empty() {
            stream.steps.pop_front();
            stream.base += 1;
        }
    }

    /// This replay with its stored frames box-downsampled to `image_size` (a divisor of the
    /// current size): resumes a replay saved at a larger size (before frames were stored at
    /// the model's size, they were kept at the env's 64).
    pub fn with_image_size(mut self, image_size: usize) -> Result<Replay, ReplayError> {
        let from = self.config.image_size;
        if image_size == from {
            return Ok(self);
        }
        if image_size == 0 || !from.is_multiple_of(image_size) {
            return Err(ReplayError::Invalid(format!(
                "cannot resize stored {from}x{from} frames to {image_size}x{image_size}: the new size must divide the old"
            )));
        }
        for stream in &mut self.streams {
            for step in &mut stream.steps {
                step.image = downsample_frames(&step.image, from, image_size)?;
            }
        }
        self.config.image_size = image_size;
        Ok(self)
    }

    /// The steps of item `index` (0 = oldest).
    pub fn item(&self, index: usize) -> Option<impl Iterator<Item = &ReplayStep>> {
        let &(worker, start) = self.items.get(index)?;
        let stream = &self.streams[worker];
        let offset = (start - stream.base) as usize;
        Some(
            stream
                .steps
                .range(offset..offset + self.config.sequence_length),
        )
    }

    /// `batch` items drawn uniformly (with replacement) using `rng`, gathered into host
    /// tensors; the first step of every sequence is marked `is_first`.
    pub fn sample(&self, batch: usize, rng: &mut Rng) -> Result<ReplayBatch, ReplayError> {
        if self.items.is_empty() {
            return Err(ReplayError::Invalid(
                "cannot sample from an empty replay".to_string(),
            ));
        }
        let length = self.config.sequence_length;
        let mut columns = Columns::with_capacity(batch * length, &self.config);
        for _ in 0..batch {
            let index = rng.below(self.items.len());
            let steps = self.item(index).expect("index below len");
            for (t, step) in steps.enumerate() {
                columns.push(step, t == 0);
            }
        }
        Ok(columns.into_batch(batch, length, &self.config))
    }
}

/// Batch columns filled step by step.
struct Columns {
    image: Vec<u8>,
    action: Vec<f32>,
    reward: Vec<f32>,
    density: Vec<f32>,
    is_first: Vec<f32>,
    is_last: Vec<f32>,
    is_terminal: Vec<f32>,
}

fn flag(b: bool) -> f32 {
    if b {
        1.0
    } else {
        0.0
    }
}

impl Columns {
    fn with_capacity(steps: usize, config: &ReplayConfig) -> Self {
        Columns {
            image: Vec::with_capacity(steps * config.frame_bytes()),
            action: Vec::with_capacity(steps * config.action_dim),
            reward: Vec::with_capacity(steps),
            density: Vec::with_capacity(steps),
            is_first: Vec::with_capacity(steps),
            is_last: Vec::with_capacity(steps),
            is_terminal: Vec::with_capacity(steps),
        }
    }

    fn push(&mut self, step: &ReplayStep, first_of_sequence: bool) {
        self.image.extend_from_slice(&step.image);
        self.action.extend_from_slice(&step.action);
        self.reward.push(step.reward);
        self.density.push(step.density);
        self.is_first.push(flag(step.is_first || first_of_sequence));
        self.is_last.push(flag(step.is_last));
        self.is_terminal.push(flag(step.is_terminal));
    }

    fn into_batch(self, batch: usize, length: usize, config: &ReplayConfig) -> ReplayBatch {
        let bt = [batch, length];
        let (s, action_dim) = (config.image_size, config.action_dim);
        let tensor = |values: &[f32], dims: &[usize]| {
            HostTensor::from_slice(dims, values).expect("column length matches its shape")
        };
        ReplayBatch {
            image: HostTensor::from_slice(&[batch, length, s, s, IMAGE_SHAPE[2]], &self.image)
                .expect("image column matches its shape"),
            action: tensor(&self.action, &[batch, length, action_dim]),
            reward: tensor(&self.reward, &bt),
            density: tensor(&self.density, &bt),
            is_first: tensor(&self.is_first, &bt),
            is_last: tensor(&self.is_last, &bt),
            is_terminal: tensor(&self.is_terminal, &bt),
        }
    }
}
