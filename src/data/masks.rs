//! Per-task frame masks: `<root>/mask_map.npz`, one uint8 array per task, multiplied into that
//! task's frames before a model sees them (the reference's `mask_map.pkl`, a pickled dict
//! game -> uint8 0/1 array, used to hide Atari scoreboards from the video model and the
//! reward; the agent itself sees unmasked frames).
//!
//! File format (readable and writable with `numpy.savez`, no pickle):
//! - one array per task, named by the task's folder name under `<root>` (`pong` for
//!   `<root>/pong/{train,test}`);
//! - dtype uint8 (or bool), values 0 (hide) or 1 (keep);
//! - shape `[64, 64]`, `[64, 64, 1]` (one value per pixel, all channels) or `[64, 64, 3]`
//!   (per channel).
//!
//! A task without an array is not masked. `tools/masks/convert_mask_map.py` turns the
//! reference's pickle into this file; `viper collect` writes it for Atari games that have a
//! scoreboard mask (`envs::atari_masks`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::error::DataError;
use super::npz::{write_u8_npz, Compression, NpzReader, U8Array};
use crate::envs::IMAGE_SHAPE;

/// The mask file's name inside a dataset root.
pub const MASK_FILE: &str = "mask_map.npz";

/// One task's mask as one byte (0 or 1) per stored frame byte, `[64, 64, 3]`.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameMask {
    keep: Vec<u8>,
}

impl FrameMask {
    /// A mask from one 0/1 value per pixel (`[64, 64]`, row-major) applied to every channel.
    pub fn from_pixels(pixels: &[u8]) -> Result<FrameMask, String> {
        let [h, w, c] = IMAGE_SHAPE;
        if pixels.len() != h * w {
            return Err(format!("{} values, expected {h}x{w}", pixels.len()));
        }
        let bytes: Vec<u8> = pixels.iter().flat_map(|&p| vec![p; c]).collect();
        FrameMask::from_bytes(&bytes)
    }

    /// A mask from one 0/1 value per frame byte (`[64, 64, 3]`, row-major).
    fn from_bytes(bytes: &[u8]) -> Result<FrameMask, String> {
        if let Some(bad) = bytes.iter().find(|&&b| b > 1) {
            return Err(format!("holds the value {bad}; masks hold only 0 and 1"));
        }
        Ok(FrameMask {
            keep: bytes.to_vec(),
        })
    }

    /// The mask as `[64, 64, 3]` bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.keep
    }

    /// Multiplies the mask into `frames`: any number of stored frames (`[64, 64, 3]` bytes
    /// each, back to back). Fails when `frames` is not a whole number of frames.
    pub fn apply(&self, frames: &mut [u8]) -> Result<(), DataError> {
        if !frames.len().is_multiple_of(self.keep.len()) {
            return Err(DataError::BadInput {
                what: "frame mask: frames".into(),
                expected: format!("a multiple of {} bytes ({IMAGE_SHAPE:?})", self.keep.len()),
                got: format!("{} bytes", frames.len()),
            });
        }
        for frame in frames.chunks_exact_mut(self.keep.len()) {
            for (byte, &keep) in frame.iter_mut().zip(&self.keep) {
                *byte *= keep;
            }
        }
        Ok(())
    }
}

/// The masks of a dataset, by task name.
#[derive(Clone, Debug, PartialEq)]
pub struct MaskMap {
    path: PathBuf,
    masks: BTreeMap<String, FrameMask>,
}

impl MaskMap {
    /// `<root>/mask_map.npz` if it exists (`None` otherwise), every array checked.
    pub fn open(root: &Path) -> Result<Option<MaskMap>, DataError> {
        let path = root.join(MASK_FILE);
        if !path.exists() {
            return Ok(None);
        }
        MaskMap::read(&path).map(Some)
    }

    /// Reads a mask file; a bad array names the file, the task and the expected shape.
    pub fn read(path: &Path) -> Result<MaskMap, DataError> {
        let mut reader = NpzReader::open(path)?;
        let [h, w, c] = IMAGE_SHAPE;
        let mut masks = BTreeMap::new();
        for task in reader.array_names() {
            let (header, data) = reader.read(&task)?;
            let bad = |problem: String| {
                DataError::BadArray {
                path: path.to_path_buf(),
                key: task.clone(),
                problem: format!(
                    "the mask of task `{task}` {problem}; expected uint8 0/1 of shape [{h}, {w}], [{h}, {w}, 1] or [{h}, {w}, {c}]"
                ),
            }
            };
            let descr = header.descr.trim_start_matches(['|', '<', '>', '=']);
            if descr != "u1" && descr != "b1" {
                return Err(bad(format!("has dtype {}", header.descr)));
            }
            if header.fortran_order {
                return Err(bad("is in Fortran order".into()));
            }
            let mask = match header.shape.as_slice() {
                [a, b] | [a, b, 1] if (*a, *b) == (h, w) => FrameMask::from_pixels(&data),
                [a, b, d] if (*a, *b, *d) == (h, w, c) => FrameMask::from_bytes(&data),
                shape => return Err(bad(format!("has shape {shape:?}"))),
            };
            masks.insert(task.clone(), mask.map_err(bad)?);
        }
        Ok(MaskMap {
            path: path.to_path_buf(),
            masks,
        })
    }

    /// Writes `masks` (task name, mask) to `path` as `[64, 64, 3]` uint8 arrays.
    pub fn write(path: &Path, masks: &[(String, FrameMask)]) -> Result<(), DataError> {
        let arrays: Vec<U8Array> = masks
            .iter()
            .map(|(task, mask)| U8Array {
                name: task,
                shape: &IMAGE_SHAPE[..],
                data: mask.as_bytes(),
            })
            .collect();
        write_u8_npz(path, &arrays, Compression::Deflated)
    }

    /// Every (task, mask), in alphabetical order of the tasks.
    pub fn entries(&self) -> Vec<(String, FrameMask)> {
        self.masks
            .iter()
            .map(|(t, m)| (t.clone(), m.clone()))
            .collect()
    }

    /// The file the masks were read from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Task names with a mask, in alphabetical order.
    pub fn tasks(&self) -> impl Iterator<Item = &str> {
        self.masks.keys().map(String::as_str)
    }

    /// The mask of `task`, if it has one.
    pub fn get(&self, task: &str) -> Option<&FrameMask> {
        self.masks.get(task)
    }

    /// Multiplies `task`'s mask (if any) into `frames` (whole `[64, 64, 3]` frames).
    pub fn apply(&self, task: &str, frames: &mut [u8]) -> Result<(), DataError> {
        match self.get(task) {
            Some(mask) => mask.apply(frames),
            None => Ok(()),
        }
    }
}
