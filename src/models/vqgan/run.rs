//! A `viper train-vqgan` run directory as a library object, for everything that consumes a
//! trained tokenizer (`viper encode`, `viper reconstruct`, VideoGPT training and rewards):
//! its newest checkpoint, the config it was trained with, the checkpoint's SHA-256 (what a
//! VideoGPT run records to refuse a different tokenizer), and compiled encoders/decoders
//! that take the run's parameters as inputs.
//!
//! Frames are stored `[64, 64, 3]` bytes; the encoder box-downsamples them to the config's
//! `image_size` first (`data::frames_to_signed_unit`), as training did.

use super::config::{VqganConfig, VqganConfigError};
use super::model::Vqgan;
use crate::data::{frames_to_signed_unit, DataError};
use crate::graph::{Function, FunctionBuilder, GraphError};
use crate::host::HostTensor;
use crate::nn::Scope;
use crate::session::{Compiled, Session, SessionError};
use crate::train::{Checkpoint, CheckpointDir, CheckpointError};
use crate::DType;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Parameter path of the codebook (`[K, D]`), what VideoGPT embeds codes with.
pub const CODEBOOK_PARAM: &str = "quantizer/embeddings";

#[derive(Debug, thiserror::Error)]
pub enum VqganRunError {
    #[error("{dir}: no checkpoint (train with `viper train-vqgan` first)")]
    NoCheckpoint { dir: PathBuf },
    #[error(transparent)]
    Checkpoint(#[from] CheckpointError),
    #[error("{path}: the saved config is not a VQ-GAN config: {error}")]
    Config {
        path: PathBuf,
        error: serde_json::Error,
    },
    #[error(transparent)]
    BadConfig(#[from] VqganConfigError),
    #[error("{path}: no parameter `{name}` in the checkpoint")]
    MissingParam { path: PathBuf, name: String },
    #[error("{path}: {error}")]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error(transparent)]
    Graph(#[from] GraphError),
    #[error(transparent)]
    Session(#[from] SessionError),
    #[error(transparent)]
    Data(#[from] DataError),
    #[error(transparent)]
    Host(#[from] crate::host::HostTensorError),
    #[error("vqgan {what}: expected {expected}, got {got}")]
    BadInput {
        what: String,
        expected: String,
        got: String,
    },
}

/// The newest checkpoint of a `viper train-vqgan` run.
#[derive(Clone, Debug)]
pub struct VqganRun {
    /// The run directory as given.
    pub dir: PathBuf,
    pub config: VqganConfig,
    pub checkpoint: Checkpoint,
    /// Hex SHA-256 of the checkpoint's tensors file.
    pub checkpoint_sha256: String,
}

impl VqganRun {
    /// Loads the newest checkpoint in `dir/checkpoints`.
    pub fn open(dir: impl AsRef<Path>) -> Result<VqganRun, VqganRunError> {
        let dir = dir.as_ref().to_path_buf();
        let ckpts = CheckpointDir::new(dir.join("checkpoints"), 1);
        let checkpoint = ckpts
            .load_latest()?
            .ok_or_else(|| VqganRunError::NoCheckpoint {
                dir: ckpts.path().to_path_buf(),
            })?;
        let sidecar = ckpts.sidecar_path(checkpoint.step);
        let config: VqganConfig =
            serde_json::from_value(checkpoint.config.clone()).map_err(|error| {
                VqganRunError::Config {
                    path: sidecar.clone(),
                    error,
                }
            })?;
        config.validate()?;
        let tensors = ckpts.tensors_path(checkpoint.step);
        let bytes = std::fs::read(&tensors).map_err(|error| VqganRunError::Io {
            path: tensors.clone(),
            error,
        })?;
        let checkpoint_sha256 = hex(&Sha256::digest(&bytes));
        Ok(VqganRun {
            dir,
            config,
            checkpoint,
            checkpoint_sha256,
        })
    }

    /// Steps the checkpoint was trained for.
    pub fn step(&self) -> u64 {
        self.checkpoint.step
    }

    /// The code grid `[h, w]` of one frame.
    pub fn grid(&self) -> [usize; 2] {
        self.config.code_grid()
    }

    /// The parameter `name`.
    pub fn param(&self, name: &str) -> Result<&HostTensor, VqganRunError> {
        self.checkpoint
            .params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t)
            .ok_or_else(|| VqganRunError::MissingParam {
                path: self.dir.join("checkpoints"),
                name: name.to_string(),
            })
    }

    /// The codebook, f32 `[K, D]`.
    pub fn codebook(&self) -> Result<HostTensor, VqganRunError> {
        let table = self.param(CODEBOOK_PARAM)?;
        Ok(HostTensor::from_slice(
            table.dims(),
            &table
                .to_f64_vec()
                .iter()
                .map(|&v| v as f32)
                .collect::<Vec<_>>(),
        )
        .expect("internal error: same dims"))
    }

    /// The parameters `function` takes after its first `skip` inputs, by name.
    fn params_for(
        &self,
        function: &Function,
        skip: usize,
    ) -> Result<Vec<HostTensor>, VqganRunError> {
        function.inputs()[skip..]
            .iter()
            .map(|input| self.param(&input.name).cloned())
            .collect()
    }

    /// A compiled encoder taking `batch` frames per call.
    pub fn encoder(&self, session: &Session, batch: usize) -> Result<FrameEncoder, VqganRunError> {
        if batch == 0 {
            return Err(bad("encoder batch", "at least 1", "0"));
        }
        let fb = FunctionBuilder::new("vqgan_encode");
        let s = self.config.image_size;
        let images = fb.input("images", DType::F32, &[batch, s, s, 3]);
        let codes = Vqgan::new(&self.config)?
            .encode(&Scope::new(&fb), &images, None)
            .codes;
        let function = fb.finish(&[codes.convert(DType::I32)])?;
        Ok(FrameEncoder {
            params: self.params_for(&function, 1)?,
            compiled: session.compile(&function)?,
            batch,
            image_size: s,
            grid: self.grid(),
        })
    }

    /// A compiled decoder taking `batch` code grids per call.
    pub fn decoder(&self, session: &Session, batch: usize) -> Result<CodeDecoder, VqganRunError> {
        if batch == 0 {
            return Err(bad("decoder batch", "at least 1", "0"));
        }
        let [h, w] = self.grid();
        let fb = FunctionBuilder::new("vqgan_decode_codes");
        let codes = fb.input("codes", DType::I32, &[batch, h, w]);
        let frames = Vqgan::new(&self.config)?.decode_codes(&Scope::new(&fb), &codes);
        let function = fb.finish(&[frames])?;
        Ok(CodeDecoder {
            params: self.params_for(&function, 1)?,
            compiled: session.compile(&function)?,
            batch,
            grid: [h, w],
            image_size: self.config.image_size,
        })
    }
}

fn bad(what: &str, expected: &str, got: &str) -> VqganRunError {
    VqganRunError::BadInput {
        what: what.into(),
        expected: expected.into(),
        got: got.into(),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Stored frames -> codes, through one compiled program of a fixed batch.
pub struct FrameEncoder {
    compiled: Compiled,
    params: Vec<HostTensor>,
    batch: usize,
    image_size: usize,
    grid: [usize; 2],
}

impl FrameEncoder {
    /// Codes of any number of stored frames (`[64, 64, 3]` bytes each), `i32 [n, h, w]`
    /// row-major. The last call's batch is padded with the final frame; padded rows are
    /// dropped.
    pub fn encode(&self, frames: &[&[u8]]) -> Result<Vec<i32>, VqganRunError> {
        let [h, w] = self.grid;
        let mut codes = Vec::with_capacity(frames.len() * h * w);
        for chunk in frames.chunks(self.batch) {
            let padded: Vec<&[u8]> = (0..self.batch)
                .map(|i| chunk[i.min(chunk.len() - 1)])
                .collect();
            let mut inputs = vec![frames_to_signed_unit(&padded, self.image_size)?];
            inputs.extend(self.params.iter().cloned());
            let out = self.compiled.run(&inputs)?.remove(0);
            let values: Vec<i32> = out.to_vec()?;
            codes.extend_from_slice(&values[..chunk.len() * h * w]);
        }
        Ok(codes)
    }

    pub fn grid(&self) -> [usize; 2] {
        self.grid
    }
}

/// Codes -> frames, through one compiled program of a fixed batch.
pub struct CodeDecoder {
    compiled: Compiled,
    params: Vec<HostTensor>,
    batch: usize,
    grid: [usize; 2],
    image_size: usize,
}

impl CodeDecoder {
    /// Frames of `codes` (`i32`, `n` grids of `[h, w]` row-major) as f32
    /// `[n, S, S, 3]` clipped to [0, 1] (`S = image_size`).
    pub fn decode(&self, codes: &[i32]) -> Result<HostTensor, VqganRunError> {
        let [h, w] = self.grid;
        let grid = h * w;
        if codes.is_empty() || !codes.len().is_multiple_of(grid) {
            return Err(bad(
                "decoder codes",
                &format!("a positive multiple of {h} x {w} codes"),
                &codes.len().to_string(),
            ));
        }
        let n = codes.len() / grid;
        let s = self.image_size;
        let frame = s * s * 3;
        let mut pixels = Vec::with_capacity(n * frame);
        for chunk in codes.chunks(self.batch * grid) {
            let real = chunk.len() / grid;
            let mut padded = chunk.to_vec();
            padded.resize(self.batch * grid, 0);
            let mut inputs = vec![HostTensor::from_slice(&[self.batch, h, w], &padded)
                .expect("internal error: padded to the batch")];
            inputs.extend(self.params.iter().cloned());
            let out = self.compiled.run(&inputs)?.remove(0).to_f64_vec();
            pixels.extend(
                out[..real * frame]
                    .iter()
                    .map(|v| ((v + 1.0) / 2.0).clamp(0.0, 1.0) as f32),
            );
        }
        Ok(HostTensor::from_slice(&[n, s, s, 3], &pixels).expect("internal error: n frames"))
    }
}
