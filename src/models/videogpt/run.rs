//! The run directory of `viper train-videogpt --out DIR`, what scoring and rollouts read:
//!
//! | path | content |
//! |------|---------|
//! | `config.json` | the resolved `VideoGptConfig` |
//! | `vqgan.json` | the VQ-GAN it was trained with (`VqganRecord`) |
//! | `class_map.json` | `{ "task": label, .. }` (alphabetical task folders) |
//! | `checkpoints/` | the latest state (parameters, AdamW moments, EMA as `optim/ema/..`) |
//! | `best/` | the best-validation checkpoint: parameters and their EMA (`optim/ema/..`) |
//! | `codes/` | the cached VQ codes of the dataset (`code_cache`) |
//!
//! `VideoGptRun::open` reads a run; `params(Best|Latest, ema)` gives its parameters (EMA
//! preferred for scoring, as the reference's `load_videogpt`). A VQ-GAN that is not the
//! recorded one (grid, codebook size, code width or checkpoint hash) is refused naming the
//! field and both values.

use super::config::VideoGptConfig;
use super::model::CodeSpace;
use super::trainer::ema_of;
use crate::config::RESOLVED_CONFIG_FILE;
use crate::host::HostTensor;
use crate::models::vqgan::{VqganRun, VqganRunError, CODEBOOK_PARAM};
use crate::nn::ParamTree;
use crate::train::{Checkpoint, CheckpointDir, CheckpointError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const VQGAN_FILE: &str = "vqgan.json";
pub const CLASS_MAP_FILE: &str = "class_map.json";
pub const CHECKPOINTS_DIR: &str = "checkpoints";
pub const BEST_DIR: &str = "best";

#[derive(Debug, thiserror::Error)]
pub enum VideoGptRunError {
    #[error("{path}: {error}")]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{path}: {error}")]
    Json {
        path: PathBuf,
        error: serde_json::Error,
    },
    #[error(transparent)]
    Checkpoint(#[from] CheckpointError),
    #[error(transparent)]
    Vqgan(#[from] VqganRunError),
    #[error("{dir}: no {which} checkpoint (train with `viper train-videogpt` first)")]
    NoCheckpoint { dir: PathBuf, which: &'static str },
    #[error(transparent)]
    VqganMismatch(Box<VqganMismatch>),
    #[error("{path}: {message}")]
    Params { path: PathBuf, message: String },
}

/// A VQ-GAN other than the one a VideoGPT run was trained with.
#[derive(Debug, thiserror::Error)]
#[error(
    "VQ-GAN mismatch: the VideoGPT run {videogpt} was trained with the VQ-GAN {recorded_dir} \
     ({field} {recorded}), but the VQ-GAN {given_dir} has {field} {given}"
)]
pub struct VqganMismatch {
    pub videogpt: PathBuf,
    pub field: &'static str,
    pub recorded: String,
    pub recorded_dir: PathBuf,
    pub given: String,
    pub given_dir: PathBuf,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> VideoGptRunError + '_ {
    move |error| VideoGptRunError::Io {
        path: path.to_path_buf(),
        error,
    }
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, VideoGptRunError> {
    let text = std::fs::read_to_string(path).map_err(io(path))?;
    serde_json::from_str(&text).map_err(|error| VideoGptRunError::Json {
        path: path.to_path_buf(),
        error,
    })
}

/// Writes pretty JSON through a temporary file and a rename.
fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<(), VideoGptRunError> {
    let mut text = serde_json::to_string_pretty(value).expect("internal error: plain data");
    text.push('\n');
    let temp = path.with_extension("json.tmp");
    std::fs::write(&temp, text).map_err(io(&temp))?;
    std::fs::rename(&temp, path).map_err(io(path))
}

/// The VQ-GAN a VideoGPT run was trained with (`vqgan.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VqganRecord {
    /// Absolute run directory.
    pub dir: PathBuf,
    pub step: u64,
    pub grid: [usize; 2],
    pub codebook_size: usize,
    pub code_dim: usize,
    pub checkpoint_sha256: String,
}

impl VqganRecord {
    /// The record of `run` (its directory made absolute).
    pub fn of(run: &VqganRun) -> Result<VqganRecord, VideoGptRunError> {
        let dir = std::path::absolute(&run.dir).map_err(io(&run.dir))?;
        let codebook = run.param(CODEBOOK_PARAM)?.dims().to_vec();
        Ok(VqganRecord {
            dir,
            step: run.step(),
            grid: run.grid(),
            codebook_size: codebook.first().copied().unwrap_or(0),
            code_dim: codebook.get(1).copied().unwrap_or(0),
            checkpoint_sha256: run.checkpoint_sha256.clone(),
        })
    }

    pub fn code_space(&self) -> CodeSpace {
        CodeSpace {
            grid: self.grid,
            codebook_size: self.codebook_size,
            code_dim: self.code_dim,
        }
    }

    /// Refuses `given` unless it is the same VQ-GAN: grid, codebook size, code width, then
    /// the checkpoint hash (so a retrained tokenizer of the same shape is refused too).
    pub fn check_same(&self, given: &VqganRecord, videogpt: &Path) -> Result<(), VideoGptRunError> {
        let fields: [(&'static str, String, String); 4] = [
            (
                "grid",
                format!("{:?}", self.grid),
                format!("{:?}", given.grid),
            ),
            (
                "codebook_size",
                self.codebook_size.to_string(),
                given.codebook_size.to_string(),
            ),
            (
                "code_dim",
                self.code_dim.to_string(),
                given.code_dim.to_string(),
            ),
            (
                "checkpoint_sha256",
                self.checkpoint_sha256.clone(),
                given.checkpoint_sha256.clone(),
            ),
        ];
        match fields.into_iter().find(|(_, a, b)| a != b) {
            None => Ok(()),
            Some((field, recorded, given_value)) => {
                Err(VideoGptRunError::VqganMismatch(Box::new(VqganMismatch {
                    videogpt: videogpt.to_path_buf(),
                    field,
                    recorded,
                    recorded_dir: self.dir.clone(),
                    given: given_value,
                    given_dir: given.dir.clone(),
                })))
            }
        }
    }
}

/// Which checkpoint of a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    /// The best validation loss (`best/`).
    Best,
    /// The newest state (`checkpoints/`).
    Latest,
}

/// A `viper train-videogpt` run directory.
#[derive(Clone, Debug)]
pub struct VideoGptRun {
    pub dir: PathBuf,
    pub config: VideoGptConfig,
    pub code_space: CodeSpace,
    pub class_map: BTreeMap<String, usize>,
    pub vqgan: VqganRecord,
    /// The recorded VQ-GAN run directory (`vqgan.dir`).
    pub vqgan_dir: PathBuf,
}

impl VideoGptRun {
    /// Writes the files that describe a new run (config, VQ-GAN record, class map).
    pub fn create(
        dir: &Path,
        config: &VideoGptConfig,
        vqgan: &VqganRecord,
        class_map: &BTreeMap<String, usize>,
    ) -> Result<(), VideoGptRunError> {
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        write_json(&dir.join(RESOLVED_CONFIG_FILE), config)?;
        write_json(&dir.join(VQGAN_FILE), vqgan)?;
        write_json(&dir.join(CLASS_MAP_FILE), class_map)
    }

    /// Reads a run directory's description (no parameters yet).
    pub fn open(dir: impl AsRef<Path>) -> Result<VideoGptRun, VideoGptRunError> {
        let dir = dir.as_ref().to_path_buf();
        let config: VideoGptConfig = read_json(&dir.join(RESOLVED_CONFIG_FILE))?;
        let vqgan: VqganRecord = read_json(&dir.join(VQGAN_FILE))?;
        let class_map = read_json(&dir.join(CLASS_MAP_FILE))?;
        Ok(VideoGptRun {
            code_space: vqgan.code_space(),
            vqgan_dir: vqgan.dir.clone(),
            dir,
            config,
            class_map,
            vqgan,
        })
    }

    /// Refuses a VQ-GAN other than the recorded one (naming the field and both values).
    pub fn check_vqgan(&self, vqgan: &VqganRun) -> Result<(), VideoGptRunError> {
        self.vqgan.check_same(&VqganRecord::of(vqgan)?, &self.dir)
    }

    /// Opens the recorded VQ-GAN run and checks it is still the one trained with.
    pub fn open_vqgan(&self) -> Result<VqganRun, VideoGptRunError> {
        let run = VqganRun::open(&self.vqgan_dir)?;
        self.check_vqgan(&run)?;
        Ok(run)
    }

    pub fn checkpoints(&self) -> CheckpointDir {
        CheckpointDir::new(self.dir.join(CHECKPOINTS_DIR), 1)
    }

    pub fn best(&self) -> CheckpointDir {
        CheckpointDir::new(self.dir.join(BEST_DIR), 1)
    }

    /// The newest checkpoint of `which`.
    pub fn checkpoint(&self, which: Which) -> Result<Checkpoint, VideoGptRunError> {
        let (dir, name) = match which {
            Which::Best => (self.best(), "best-validation"),
            Which::Latest => (self.checkpoints(), "latest"),
        };
        dir.load_latest()?
            .ok_or_else(|| VideoGptRunError::NoCheckpoint {
                dir: dir.path().to_path_buf(),
                which: name,
            })
    }

    /// The parameters of `which` (the EMA parameters when `ema`), by name.
    pub fn params(&self, which: Which, ema: bool) -> Result<ParamTree, VideoGptRunError> {
        let checkpoint = self.checkpoint(which)?;
        let values: Vec<(String, HostTensor)> = if ema {
            ema_of(&checkpoint.opt_state)
        } else {
            checkpoint.params.clone()
        };
        let path = self.dir.join(match which {
            Which::Best => BEST_DIR,
            Which::Latest => CHECKPOINTS_DIR,
        });
        if values.len() != checkpoint.params.len() {
            return Err(VideoGptRunError::Params {
                path,
                message: format!(
                    "{} EMA parameters for {} parameters (was the run trained with an EMA?)",
                    values.len(),
                    checkpoint.params.len()
                ),
            });
        }
        let mut tree = ParamTree::new();
        for (name, value) in values {
            tree.insert(&name, value)
                .map_err(|e| VideoGptRunError::Params {
                    path: path.clone(),
                    message: e.to_string(),
                })?;
        }
        Ok(tree)
    }
}
