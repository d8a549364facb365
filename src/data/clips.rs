//! Clips of VQ codes for VideoGPT training (reference brief §5.4), drawn from episodes that
//! were encoded once (`EpisodeCodes`, one `i32 [T, h, w]` array per episode).
//!
//! A clip covers `req_len = 1 + (seq_len - 1) * frame_skip` consecutive frames, of which every
//! `frame_skip`-th is kept (so `seq_len` frames, the last one at the window's end, as the
//! reward windows). As the reference, each pass over an episode cuts it into non-overlapping
//! windows of `req_len` frames after a random start offset in
//! `[0, min(T - req_len + 1, req_len))`; episodes shorter than `req_len` give no clip and are
//! listed by `ClipBatches::short_episodes` (the caller reports them).
//!
//! Batches are balanced over tasks as the reference's round-robin of per-task pipelines: the
//! clips of all batches form one sequence whose `g`-th clip (slot `i` of batch `k` is
//! `g = k B + i`) is clip `g / n` of the `(g mod n)`-th of the `n` tasks that have clips, so
//! every task appears equally often, also when a batch holds fewer clips than there are
//! tasks. Each task has its own stream of epochs; epoch `e` of task `t` draws its offsets and its shuffle from
//! `(seed, t, e)`. Batch `k` is therefore a pure function of `(seed, k)`: a run resumed at
//! step `k` sees exactly the batches of the uninterrupted run. `ClipBatches::prefetch` builds
//! them on a background thread, a bounded number ahead.

use super::error::DataError;
use crate::envs::rng::Rng;
use crate::host::HostTensor;
use std::sync::mpsc::{sync_channel, Receiver};
use std::thread::JoinHandle;

/// Which frames a clip holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClipSpec {
    /// Frames the model sees.
    pub seq_len: usize,
    /// Keep every `frame_skip`-th frame.
    pub frame_skip: usize,
}

impl ClipSpec {
    /// Consecutive frames one clip spans: `1 + (seq_len - 1) * frame_skip`.
    pub fn req_len(&self) -> usize {
        1 + (self.seq_len.saturating_sub(1)) * self.frame_skip
    }

    /// Start frames of the non-overlapping windows of an episode of `len` frames cut after
    /// `offset` frames.
    pub fn window_starts(&self, len: usize, offset: usize) -> Vec<usize> {
        let req = self.req_len();
        (0..)
            .map(|j| offset + j * req)
            .take_while(|start| start + req <= len)
            .collect()
    }

    /// The exclusive upper bound of the random start offset for an episode of `len` frames
    /// (`len >= req_len`): `min(len - req_len + 1, req_len)`.
    pub fn offset_bound(&self, len: usize) -> usize {
        (len + 1 - self.req_len()).min(self.req_len())
    }

    /// The frames a clip starting at `start` keeps.
    pub fn frames(&self, start: usize) -> impl Iterator<Item = usize> {
        let skip = self.frame_skip;
        (0..self.seq_len).map(move |i| start + i * skip)
    }
}

/// One episode's codes.
#[derive(Clone, Debug, PartialEq)]
pub struct EpisodeCodes {
    /// Where the episode came from (named in reports).
    pub name: String,
    /// The task's class label (its index in the alphabetical class map).
    pub label: usize,
    /// Frames.
    pub len: usize,
    /// `i32 [len, h, w]` row-major.
    pub codes: Vec<i32>,
}

/// One batch: codes `i32 [B, seq_len, h, w]` and labels `i32 [B]`.
#[derive(Clone, Debug, PartialEq)]
pub struct ClipBatch {
    pub codes: HostTensor,
    pub labels: HostTensor,
    /// (episode index, start frame) of each clip, for reports and tests.
    pub sources: Vec<(usize, usize)>,
}

/// One task's stream of epochs (each a shuffled list of (episode, start)).
struct TaskStream {
    task_index: u64,
    episodes: Vec<usize>,
    /// Number of clips of each epoch computed so far.
    epoch_sizes: Vec<usize>,
    cached: Option<(usize, Vec<(usize, usize)>)>,
}

/// Seeded, resumable, task-balanced clip batches.
pub struct ClipBatches {
    episodes: Vec<EpisodeCodes>,
    spec: ClipSpec,
    grid: [usize; 2],
    batch: usize,
    seed: u64,
    tasks: Vec<TaskStream>,
    short: Vec<String>,
}

fn bad(what: &str, expected: String, got: String) -> DataError {
    DataError::BadInput {
        what: format!("clip batches: {what}"),
        expected,
        got,
    }
}

impl ClipBatches {
    /// Batches of `batch` clips of `spec` from `episodes` with code grids `grid`.
    pub fn new(
        episodes: Vec<EpisodeCodes>,
        spec: ClipSpec,
        grid: [usize; 2],
        batch: usize,
        seed: u64,
    ) -> Result<ClipBatches, DataError> {
        if batch == 0 {
            return Err(bad("batch size", "at least 1".into(), "0".into()));
        }
        if spec.seq_len == 0 || spec.frame_skip == 0 {
            return Err(bad(
                "clip",
                "seq_len and frame_skip at least 1".into(),
                format!("{spec:?}"),
            ));
        }
        let grid_codes = grid[0] * grid[1];
        let mut by_label: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
        let mut short = Vec::new();
        for (e, ep) in episodes.iter().enumerate() {
            if ep.codes.len() != ep.len * grid_codes {
                return Err(bad(
                    &format!("episode {}", ep.name),
                    format!(
                        "{} codes ({} frames of {grid:?})",
                        ep.len * grid_codes,
                        ep.len
                    ),
                    format!("{} codes", ep.codes.len()),
                ));
            }
            if ep.len < spec.req_len() {
                short.push(format!("{} ({} frames)", ep.name, ep.len));
            } else {
                by_label.entry(ep.label).or_default().push(e);
            }
        }
        if by_label.is_empty() {
            return Err(bad(
                "episodes",
                format!(
                    "at least one episode of {} frames or more (seq_len {}, frame_skip {})",
                    spec.req_len(),
                    spec.seq_len,
                    spec.frame_skip
                ),
                format!(
                    "{} episodes, all shorter: {}",
                    episodes.len(),
                    short.join(", ")
                ),
            ));
        }
        let tasks = by_label
            .into_iter()
            .map(|(label, episodes)| TaskStream {
                task_index: label as u64,
                episodes,
                epoch_sizes: Vec::new(),
                cached: None,
            })
            .collect();
        Ok(ClipBatches {
            episodes,
            spec,
            grid,
            batch,
            seed,
            tasks,
            short,
        })
    }

    /// Episodes too short for one clip, as `name (N frames)`.
    pub fn short_episodes(&self) -> &[String] {
        &self.short
    }

    /// Labels of the tasks that give clips, in round-robin order.
    pub fn task_labels(&self) -> Vec<usize> {
        self.tasks.iter().map(|t| t.task_index as usize).collect()
    }

    pub fn spec(&self) -> ClipSpec {
        self.spec
    }

    pub fn episodes(&self) -> &[EpisodeCodes] {
        &self.episodes
    }

    /// Which (episode, start frame) pairs batch `k` holds.
    pub fn batch_sources(&mut self, k: u64) -> Vec<(usize, usize)> {
        let n = self.tasks.len() as u64;
        (0..self.batch as u64)
            .map(|i| {
                let g = k * self.batch as u64 + i;
                self.clip_at((g % n) as usize, g / n)
            })
            .collect()
    }

    /// Batch `k`.
    pub fn batch(&mut self, k: u64) -> ClipBatch {
        let sources = self.batch_sources(k);
        let [h, w] = self.grid;
        let frame = h * w;
        let mut codes = Vec::with_capacity(self.batch * self.spec.seq_len * frame);
        let mut labels = Vec::with_capacity(self.batch);
        for &(e, start) in &sources {
            let ep = &self.episodes[e];
            for f in self.spec.frames(start) {
                codes.extend_from_slice(&ep.codes[f * frame..(f + 1) * frame]);
            }
            labels.push(ep.label as i32);
        }
        ClipBatch {
            codes: HostTensor::from_slice(&[self.batch, self.spec.seq_len, h, w], &codes)
                .expect("internal error: clip sizes"),
            labels: HostTensor::from_slice(&[self.batch], &labels)
                .expect("internal error: one label per clip"),
            sources,
        }
    }

    /// Clip `position` of task `t`'s stream of epochs.
    fn clip_at(&mut self, t: usize, mut position: u64) -> (usize, usize) {
        let mut epoch = 0;
        loop {
            let size = self.epoch_size(t, epoch) as u64;
            if position < size {
                break;
            }
            position -= size;
            epoch += 1;
        }
        let (spec, seed) = (self.spec, self.seed);
        let task = &mut self.tasks[t];
        if task.cached.as_ref().is_none_or(|(e, _)| *e != epoch) {
            let clips = epoch_clips(task, &self.episodes, spec, seed, epoch);
            task.cached = Some((epoch, clips));
        }
        task.cached.as_ref().expect("internal error: set above").1[position as usize]
    }

    fn epoch_size(&mut self, t: usize, epoch: usize) -> usize {
        while self.tasks[t].epoch_sizes.len() <= epoch {
            let e = self.tasks[t].epoch_sizes.len();
            let size = epoch_clips(&self.tasks[t], &self.episodes, self.spec, self.seed, e).len();
            self.tasks[t].epoch_sizes.push(size);
        }
        self.tasks[t].epoch_sizes[epoch]
    }

    /// Moves the batches onto a background thread that builds batches `start, start + 1, ..`
    /// at most `depth` ahead of the consumer.
    pub fn prefetch(mut self, start: u64, depth: usize) -> PrefetchedClips {
        let (sender, receiver) = sync_channel(depth.max(1));
        let worker = std::thread::spawn(move || {
            for k in start.. {
                if sender.send((k, self.batch(k))).is_err() {
                    break; // the consumer is gone
                }
            }
        });
        PrefetchedClips {
            receiver: Some(receiver),
            worker: Some(worker),
        }
    }
}

/// The shuffled (episode, start) list of epoch `epoch` of `task`.
fn epoch_clips(
    task: &TaskStream,
    episodes: &[EpisodeCodes],
    spec: ClipSpec,
    seed: u64,
    epoch: usize,
) -> Vec<(usize, usize)> {
    let stream = seed ^ task.task_index.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut rng = Rng::for_item(stream, epoch as u64);
    let mut clips = Vec::new();
    for &e in &task.episodes {
        let len = episodes[e].len;
        let offset = rng.below(spec.offset_bound(len));
        clips.extend(spec.window_starts(len, offset).into_iter().map(|s| (e, s)));
    }
    rng.shuffle(&mut clips);
    clips
}

/// Batches built on a background thread (see `ClipBatches::prefetch`).
pub struct PrefetchedClips {
    receiver: Option<Receiver<(u64, ClipBatch)>>,
    worker: Option<JoinHandle<()>>,
}

impl PrefetchedClips {
    /// The next batch and its index.
    pub fn next_batch(&mut self) -> Result<(u64, ClipBatch), DataError> {
        self.receiver
            .as_ref()
            .and_then(|r| r.recv().ok())
            .ok_or_else(|| {
                bad(
                    "prefetch",
                    "a running loader thread".into(),
                    "it stopped".into(),
                )
            })
    }
}

impl Drop for PrefetchedClips {
    fn drop(&mut self) {
        // Closing the channel ends the worker at its next send.
        drop(self.receiver.take());
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}
