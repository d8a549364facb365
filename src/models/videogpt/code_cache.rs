//! The VQ codes of a dataset's episodes, computed ONCE per episode with the VQ-GAN's
//! compiled encoder and cached in a run directory (`<run>/codes/`, the dataset's layout, one
//! npz of `codes` i32 `[T, h, w]` per episode, as `viper encode` writes). The reference
//! re-encodes every batch; VideoGPT training here reads clips from these arrays.
//!
//! Each task's frame mask (`<root>/mask_map.npz`, `data::MaskMap`) is multiplied into its
//! frames before encoding, as the reference masks Atari scoreboards.
//!
//! `codes/source.json` records what the codes were computed with (the VQ-GAN checkpoint's
//! SHA-256, its image size and grid, and a hash of the frame masks); when that differs from the current
//! VQ-GAN the whole cache is discarded and recomputed. A cached episode whose frame count no
//! longer matches the dataset's file is recomputed too.

use crate::data::npz::{write_i32_npz, NpzReader};
use crate::data::{Compression, DataError, EpisodeCodes, EpisodeDataset, MaskMap, Split};
use crate::models::vqgan::{FrameEncoder, VqganRun, VqganRunError};
use crate::session::Session;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Sub-folder of a run directory holding the codes.
pub const CODES_DIR: &str = "codes";
const SOURCE_FILE: &str = "source.json";
const CODES_KEY: &str = "codes";
/// Frames per encoder call.
const ENCODE_BATCH: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum CodeCacheError {
    #[error(transparent)]
    Data(#[from] DataError),
    #[error(transparent)]
    Vqgan(#[from] VqganRunError),
    #[error("{path}: {error}")]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> CodeCacheError + '_ {
    move |error| CodeCacheError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// What cached codes were computed with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CacheSource {
    vqgan_checkpoint_sha256: String,
    image_size: usize,
    grid: [usize; 2],
    /// SHA-256 of the frame masks (task, mask bytes) applied before encoding (`None`:
    /// frames as stored).
    masks_sha256: Option<String>,
}

/// Codes of the episodes of one dataset, cached in one folder.
pub struct CodeCache<'a> {
    dir: PathBuf,
    vqgan: &'a VqganRun,
    session: &'a Session,
    masks: Option<MaskMap>,
    encoder: Option<FrameEncoder>,
    /// Episodes encoded (not read from the cache) so far.
    pub encoded: usize,
}

impl<'a> CodeCache<'a> {
    /// The cache in `dir` for `vqgan` and the frame masks of the dataset (multiplied into
    /// each task's frames before encoding); discards the cache when it was made with another
    /// VQ-GAN or other masks.
    pub fn open(
        dir: &Path,
        vqgan: &'a VqganRun,
        masks: Option<MaskMap>,
        session: &'a Session,
    ) -> Result<CodeCache<'a>, CodeCacheError> {
        let masks_sha256 = masks.as_ref().map(|m| {
            let mut hash = Sha256::new();
            for (task, mask) in m.entries() {
                hash.update(task.as_bytes());
                hash.update([0]);
                hash.update(mask.as_bytes());
            }
            hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
        });
        let source = CacheSource {
            vqgan_checkpoint_sha256: vqgan.checkpoint_sha256.clone(),
            image_size: vqgan.config.image_size,
            grid: vqgan.grid(),
            masks_sha256,
        };
        let source_path = dir.join(SOURCE_FILE);
        let recorded: Option<CacheSource> = std::fs::read_to_string(&source_path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok());
        if recorded.as_ref() != Some(&source) {
            if dir.exists() {
                std::fs::remove_dir_all(dir).map_err(io(dir))?;
            }
            std::fs::create_dir_all(dir).map_err(io(dir))?;
            let text = serde_json::to_string_pretty(&source).expect("internal error: plain data");
            std::fs::write(&source_path, text).map_err(io(&source_path))?;
        }
        Ok(CodeCache {
            dir: dir.to_path_buf(),
            vqgan,
            session,
            masks,
            encoder: None,
            encoded: 0,
        })
    }

    /// The codes of every episode of `split` (cached or encoded now), labelled by task.
    pub fn split_codes(
        &mut self,
        dataset: &EpisodeDataset,
        split: Split,
    ) -> Result<Vec<EpisodeCodes>, CodeCacheError> {
        let mut all = Vec::new();
        for (label, file) in dataset.episodes(split) {
            let relative = file.path.strip_prefix(dataset.root()).unwrap_or(&file.path);
            let target = self.dir.join(relative);
            let codes = match self.read_cached(&target, file.frames)? {
                Some(codes) => codes,
                None => {
                    let task = &dataset.tasks()[label].name;
                    let codes = self.encode(&file.path, task)?;
                    if let Some(parent) = target.parent() {
                        std::fs::create_dir_all(parent).map_err(io(parent))?;
                    }
                    let [h, w] = self.vqgan.grid();
                    let shape = [file.frames, h, w];
                    write_i32_npz(&target, CODES_KEY, &shape, &codes, Compression::Deflated)?;
                    self.encoded += 1;
                    codes
                }
            };
            all.push(EpisodeCodes {
                name: relative.display().to_string(),
                label,
                len: file.frames,
                codes,
            });
        }
        Ok(all)
    }

    /// The cached codes at `path` if they are there and hold `frames` frames.
    fn read_cached(&self, path: &Path, frames: usize) -> Result<Option<Vec<i32>>, CodeCacheError> {
        if !path.exists() {
            return Ok(None);
        }
        let [h, w] = self.vqgan.grid();
        let mut reader = NpzReader::open(path)?;
        let (header, bytes) = reader.read(CODES_KEY)?;
        if header.descr != "<i4" || header.shape != [frames, h, w] {
            return Ok(None);
        }
        Ok(Some(
            bytes
                .chunks_exact(4)
                .map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect(),
        ))
    }

    fn encode(&mut self, episode: &Path, task: &str) -> Result<Vec<i32>, CodeCacheError> {
        if self.encoder.is_none() {
            self.encoder = Some(self.vqgan.encoder(self.session, ENCODE_BATCH)?);
        }
        let encoder = self.encoder.as_ref().expect("internal error: set above");
        let mut episode = crate::data::load_episode(episode)?;
        if let Some(masks) = &self.masks {
            masks.apply(task, &mut episode.frames)?;
        }
        let frames: Vec<&[u8]> = (0..episode.len).filter_map(|i| episode.frame(i)).collect();
        Ok(encoder.encode(&frames)?)
    }
}
