//! Saving and loading a replay, with the relabeler's pending steps, as one npz file (written to
//! a temporary file and renamed, so a crash leaves the previous file or the new one).
//!
//! Arrays, for each worker `w` and each part (`stream{w}`: stored steps, `pending{w}`: steps
//! waiting for the reward model): `/image` u8 [n, S, S, 3], `/action` f32 [n, A],
//! `/reward_density` f32 [n, 2], `/flags` u8 [n, 3] (is_first, is_last, is_terminal); and
//! `meta`, the JSON of [`Meta`] as bytes. Python reads it with `numpy.load`. S is the
//! replay's `image_size` for stored steps and the env's 64 for pending ones (the reward
//! model scores env frames).
//!
//! Format `viper-replay-1` (before frames were stored at the model's size) has no
//! `image_size`: its stored frames are 64x64, and it loads as a replay of `image_size` 64
//! (`Replay::with_image_size` brings it to the model's size).

use std::collections::VecDeque;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::relabel::{FirstSteps, Pending, RelabelStats, Relabeler, RewardScorer};
use super::store::{Replay, ReplayConfig, ReplayError, ReplayStep, Stream};
use crate::data::npz::{write_npz, Compression, NpyArray, NpzReader};
use crate::envs::IMAGE_SHAPE;

const FORMAT: &str = "viper-replay-2";
/// The format whose stored frames are all 64x64 (no `image_size` in its meta).
const FORMAT_64: &str = "viper-replay-1";

/// The relabeler's per-worker state, saved with the replay.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RelabelState {
    pending: Vec<Pending>,
    stats: RelabelStats,
}

impl RelabelState {
    /// What the relabeler had done when this state was taken.
    pub fn stats(&self) -> RelabelStats {
        self.stats
    }
}

impl<S: RewardScorer> Relabeler<S> {
    pub fn state(&self) -> RelabelState {
        RelabelState {
            pending: self.pending.clone(),
            stats: self.stats,
        }
    }

    /// A relabeler that continues from a saved state (with as many workers as it had).
    pub fn restore(scorer: S, chunk: usize, first_steps: FirstSteps, state: RelabelState) -> Self {
        let mut relabeler =
            Relabeler::new(scorer, state.pending.len(), chunk).with_first_steps(first_steps);
        relabeler.pending = state.pending;
        relabeler.stats = state.stats;
        relabeler
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    format: String,
    sequence_length: usize,
    capacity: usize,
    action_dim: usize,
    workers: usize,
    /// Side of the stored frames (absent in `viper-replay-1`: 64).
    #[serde(default)]
    image_size: Option<usize>,
    steps_added: u64,
    /// Per worker: the stream index of its first stored step.
    bases: Vec<u64>,
    /// Every item as (worker, start), oldest first.
    items: Vec<(usize, u64)>,
    /// Per worker: (context steps, whether the episode released a step), when relabelling.
    pending: Option<Vec<(usize, bool)>>,
    stats: Option<[u64; 4]>,
}

fn f32_bytes(values: &[f32]) -> Vec<u8> {
    values.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// The four arrays of one saved run of steps (`{part}/image`, ..): names, shapes and bytes.
struct PartArrays {
    names: [String; 4],
    shapes: [Vec<usize>; 4],
    bytes: [Vec<u8>; 4],
}

const PART_KEYS: [&str; 4] = ["image", "action", "reward_density", "flags"];
const PART_DESCRS: [&str; 4] = ["|u1", "<f4", "<f4", "|u1"];

impl PartArrays {
    fn new(part: &str, steps: &[&ReplayStep], action_dim: usize, side: usize) -> Self {
        let n = steps.len();
        let mut image = Vec::with_capacity(n * side * side * IMAGE_SHAPE[2]);
        let mut action = Vec::with_capacity(n * action_dim);
        let mut scalars = Vec::with_capacity(n * 2);
        let mut flags = Vec::with_capacity(n * 3);
        for s in steps {
            image.extend_from_slice(&s.image);
            action.extend_from_slice(&s.action);
            scalars.extend([s.reward, s.density]);
            flags.extend([s.is_first, s.is_last, s.is_terminal].map(u8::from));
        }
        PartArrays {
            names: PART_KEYS.map(|k| format!("{part}/{k}")),
            shapes: [
                vec![n, side, side, IMAGE_SHAPE[2]],
                vec![n, action_dim],
                vec![n, 2],
                vec![n, 3],
            ],
            bytes: [image, f32_bytes(&action), f32_bytes(&scalars), flags],
        }
    }

    fn arrays(&self) -> impl Iterator<Item = NpyArray<'_>> {
        (0..4).map(|k| NpyArray {
            name: &self.names[k],
            descr: PART_DESCRS[k],
            shape: &self.shapes[k],
            data: &self.bytes[k],
        })
    }
}

impl Replay {
    /// Writes the replay (and `relabel`, the relabeler's state, if any) to `path`.
    pub fn save(&self, path: &Path, relabel: Option<&RelabelState>) -> Result<(), ReplayError> {
        let c = self.config;
        let mut parts = Vec::new();
        for (w, stream) in self.streams.iter().enumerate() {
            let steps: Vec<&ReplayStep> = stream.steps.iter().collect();
            parts.push(PartArrays::new(
                &format!("stream{w}"),
                &steps,
                c.action_dim,
                c.image_size,
            ));
            if let Some(state) = relabel {
                let steps: Vec<&ReplayStep> = state
                    .pending
                    .get(w)
                    .map_or(Vec::new(), |p| p.steps.iter().collect());
                parts.push(PartArrays::new(
                    &format!("pending{w}"),
                    &steps,
                    c.action_dim,
                    IMAGE_SHAPE[0],
                ));
            }
        }
        let meta = Meta {
            format: FORMAT.to_string(),
            sequence_length: c.sequence_length,
            capacity: c.capacity,
            action_dim: c.action_dim,
            workers: c.workers,
            image_size: Some(c.image_size),
            steps_added: self.steps_added,
            bases: self.streams.iter().map(|s| s.base).collect(),
            items: self.items.iter().copied().collect(),
            pending: relabel.map(|r| r.pending.iter().map(|p| (p.done, p.released)).collect()),
            stats: relabel.map(|r| {
                let s = r.stats;
                [s.scored, s.dropped_first, s.short_episodes, s.calls]
            }),
        };
        let meta = serde_json::to_vec(&meta).expect("replay meta serialises");
        let meta_shape = [meta.len()];
        let mut arrays = vec![NpyArray {
            name: "meta",
            descr: "|u1",
            shape: &meta_shape,
            data: &meta,
        }];
        arrays.extend(parts.iter().flat_map(PartArrays::arrays));
        Ok(write_npz(path, &arrays, Compression::Deflated)?)
    }

    /// Reads a replay written by [`Replay::save`], with the relabeler's state if it was saved.
    pub fn load(path: &Path) -> Result<(Replay, Option<RelabelState>), ReplayError> {
        let bad = |problem: String| ReplayError::Invalid(format!("{}: {problem}", path.display()));
        let mut npz = NpzReader::open(path)?;
        let (_, meta) = npz.read("meta")?;
        let meta: Meta = serde_json::from_slice(&meta).map_err(|e| bad(format!("meta: {e}")))?;
        let image_size = match (meta.format.as_str(), meta.image_size) {
            (FORMAT, Some(size)) => size,
            (FORMAT_64, None) => IMAGE_SHAPE[0],
            (FORMAT, None) => return Err(bad("meta has no `image_size`".into())),
            (other, _) => {
                return Err(bad(format!(
                    "format `{other}`, expected `{FORMAT}` (or the older `{FORMAT_64}`)"
                )))
            }
        };
        let config = ReplayConfig {
            sequence_length: meta.sequence_length,
            capacity: meta.capacity,
            action_dim: meta.action_dim,
            workers: meta.workers,
            image_size,
        };
        let mut replay = Replay::new(config)?;
        if meta.bases.len() != meta.workers {
            return Err(bad(format!(
                "{} stream bases for {} workers",
                meta.bases.len(),
                meta.workers
            )));
        }
        let mut read_steps = |part: &str, side: usize| -> Result<Vec<ReplayStep>, ReplayError> {
            read_part(&mut npz, part, meta.action_dim, side)
                .map_err(|p| bad(format!("`{part}`: {p}")))
        };
        for (w, stream) in replay.streams.iter_mut().enumerate() {
            *stream = Stream {
                base: meta.bases[w],
                steps: read_steps(&format!("stream{w}"), image_size)?.into(),
                items: VecDeque::new(),
            };
        }
        for &(w, start) in &meta.items {
            let stream = replay
                .streams
                .get_mut(w)
                .ok_or_else(|| bad(format!("item of worker {w}")))?;
            if start < stream.base
                || start + meta.sequence_length as u64 > stream.base + stream.steps.len() as u64
            {
                return Err(bad(format!(
                    "item ({w}, {start}) outside its stream's stored steps"
                )));
            }
            stream.items.push_back(start);
            replay.items.push_back((w, start));
        }
        replay.steps_added = meta.steps_added;
        let relabel = match (meta.pending, meta.stats) {
            (Some(pending), Some([scored, dropped_first, short_episodes, calls])) => {
                let mut state = RelabelState {
                    pending: Vec::new(),
                    stats: RelabelStats {
                        scored,
                        dropped_first,
                        short_episodes,
                        calls,
                    },
                };
                for (w, (done, released)) in pending.into_iter().enumerate() {
                    let steps = read_steps(&format!("pending{w}"), IMAGE_SHAPE[0])?;
                    state.pending.push(Pending {
                        steps,
                        done,
                        released,
                    });
                }
                Some(state)
            }
            _ => None,
        };
        Ok((replay, relabel))
    }
}

/// The steps of one saved part, checking every array's shape.
fn read_part(
    npz: &mut NpzReader,
    part: &str,
    action_dim: usize,
    side: usize,
) -> Result<Vec<ReplayStep>, String> {
    let mut read = |key: &str, descr: &str| -> Result<(Vec<usize>, Vec<u8>), String> {
        let (header, data) = npz
            .read(&format!("{part}/{key}"))
            .map_err(|e| e.to_string())?;
        if header.descr != descr || header.fortran_order {
            return Err(format!(
                "array `{key}` has dtype {}, expected C-order {descr}",
                header.descr
            ));
        }
        Ok((header.shape, data))
    };
    let (image_shape, image) = read("image", "|u1")?;
    let n = image_shape.first().copied().unwrap_or(0);
    let expect = |key: &str, got: &[usize], want: &[usize]| {
        if got == want {
            Ok(())
        } else {
            Err(format!(
                "array `{key}` has shape {got:?}, expected {want:?}"
            ))
        }
    };
    let channels = IMAGE_SHAPE[2];
    expect("image", &image_shape, &[n, side, side, channels])?;
    let frame_bytes = side * side * channels;
    let (shape, action) = read("action", "<f4")?;
    expect("action", &shape, &[n, action_dim])?;
    let (shape, scalars) = read("reward_density", "<f4")?;
    expect("reward_density", &shape, &[n, 2])?;
    let (shape, flags) = read("flags", "|u1")?;
    expect("flags", &shape, &[n, 3])?;
    let floats = |bytes: &[u8]| -> Vec<f32> {
        bytes
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect()
    };
    let (action, scalars) = (floats(&action), floats(&scalars));
    Ok((0..n)
        .map(|i| ReplayStep {
            image: image[i * frame_bytes..(i + 1) * frame_bytes].to_vec(),
            action: action[i * action_dim..(i + 1) * action_dim].to_vec(),
            reward: scalars[2 * i],
            density: scalars[2 * i + 1],
            is_first: flags[3 * i] != 0,
            is_last: flags[3 * i + 1] != 0,
            is_terminal: flags[3 * i + 2] != 0,
        })
        .collect())
}
