//! VideoGPT training on the shared machinery (reference brief §2.5, §1.6): the train step is
//! the model's objective (`objective::trace_train_step`: `VideoGpt::loss`, mean NLL per token
//! in nats, dropout keyed by the step's key; AdamW with weight decay 1e-4 on every parameter
//! as the reference's `optax.adamw`, linear warmup to `lr` then a constant rate, and the
//! parameter EMA of `config.ema`, decay 0 at the first update as the reference), run by a
//! `train::Trainer` that keeps parameters and optimizer state on the device.
//!
//! The VQ-GAN codebook (`codebook`, f32 `[K, D]`, never trained) is uploaded once and borrowed
//! by every train step (a frozen input) and every validation call. Single device.
//!
//! Validation (`VideoGptTrainer::validate`) runs a separate compiled program in eval mode (no
//! dropout) on fixed test batches, once with the raw parameters and once with the EMA
//! parameters; the EMA loss is the one that selects the best checkpoint, since the EMA
//! parameters are the ones scored and sampled.

use super::config::VideoGptConfig;
use super::model::{CodeSpace, VideoGpt, VideoGptError};
use super::objective::{trace_train_step, videogpt_optimizer, PARAM_ROOT};
use crate::data::ClipBatch;
use crate::graph::{Function, FunctionBuilder, GraphError};
use crate::host::HostTensor;
use crate::nn::Scope;
use crate::runtime::{DeviceBuffer, Input, RuntimeError};
use crate::session::{Compiled, Session, SessionError};
use crate::train::{Checkpoint, StepMetrics, TrainError, TrainStep, Trainer};
use crate::DType;
use std::path::Path;

/// Prefix of the EMA parameters in the optimizer state (`optim/ema/<param>`).
pub const EMA_PREFIX: &str = "optim/ema/";

#[derive(Debug, thiserror::Error)]
pub enum VideoGptTrainError {
    #[error(transparent)]
    Model(#[from] VideoGptError),
    #[error(transparent)]
    Train(#[from] TrainError),
    #[error(transparent)]
    Graph(#[from] GraphError),
    #[error(transparent)]
    Session(#[from] SessionError),
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    #[error("videogpt trainer: {what}: expected {expected}, got {got}")]
    BadInput {
        what: String,
        expected: String,
        got: String,
    },
}

fn bad(what: &str, expected: String, got: String) -> VideoGptTrainError {
    VideoGptTrainError::BadInput {
        what: what.to_string(),
        expected,
        got,
    }
}

/// The eval-mode loss (mean NLL per token, nats) of one batch: the data inputs
/// (`VideoGpt::trace_inputs`: codes, labels, codebook), then the parameters by name.
pub fn eval_loss_function(
    config: &VideoGptConfig,
    codes: CodeSpace,
    batch: usize,
) -> Result<Function, VideoGptTrainError> {
    let model = VideoGpt::new(config, codes)?;
    let fb = FunctionBuilder::new("videogpt_eval_loss");
    let x = model.trace_inputs(&fb, batch);
    let loss = model.loss(
        &Scope::new(&fb).child(PARAM_ROOT),
        &x.codes,
        &x.codebook,
        x.labels(),
        None,
    );
    Ok(fb.finish(&[loss])?)
}

/// Validation losses (mean over the batches, nats per token).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Validation {
    /// With the raw parameters.
    pub loss: f64,
    /// With the EMA parameters (selects the best checkpoint).
    pub loss_ema: f64,
}

/// The train step plus the compiled validation program and the frozen codebook.
pub struct VideoGptTrainer {
    pub trainer: Trainer,
    config: VideoGptConfig,
    /// The codebook on the step's device, borrowed by every step and validation call.
    codebook: DeviceBuffer,
    eval: Compiled,
    eval_function: Function,
    client: crate::runtime::Client,
}

/// The shared objective (`objective::trace_train_step`) for `config.batch_size` clips.
fn trace_step(config: &VideoGptConfig, codes: CodeSpace) -> Result<TrainStep, VideoGptTrainError> {
    let model = VideoGpt::new(config, codes)?;
    let optimizer = videogpt_optimizer(config);
    Ok(trace_train_step(
        "videogpt_step",
        &model,
        config.batch_size,
        &optimizer,
    )?)
}

impl VideoGptTrainer {
    fn build(
        session: &Session,
        config: &VideoGptConfig,
        codes: CodeSpace,
        codebook: HostTensor,
        trainer: Trainer,
    ) -> Result<VideoGptTrainer, VideoGptTrainError> {
        let want = [codes.codebook_size, codes.code_dim];
        if codebook.dims() != want || codebook.dtype() != DType::F32 {
            return Err(bad(
                "codebook",
                format!("f32 {want:?}"),
                format!("{:?} {:?}", codebook.dtype(), codebook.dims()),
            ));
        }
        let eval_function = eval_loss_function(config, codes, config.batch_size)?;
        let codebook = trainer
            .upload(&[codebook])?
            .pop()
            .and_then(|mut on_device| on_device.pop())
            .expect("internal error: a single-device trainer uploads one buffer");
        Ok(VideoGptTrainer {
            trainer,
            config: config.clone(),
            codebook,
            eval: session.compile(&eval_function)?,
            eval_function,
            client: session.client().clone(),
        })
    }

    /// Compiles the step and starts from fresh parameters (seeded by `config.seed`).
    pub fn init(
        session: &Session,
        config: &VideoGptConfig,
        codes: CodeSpace,
        codebook: HostTensor,
    ) -> Result<VideoGptTrainer, VideoGptTrainError> {
        let trainer = Trainer::init(session, trace_step(config, codes)?, config.seed)?;
        Self::build(session, config, codes, codebook, trainer)
    }

    /// Compiles the step and continues from `checkpoint` (`path` names it in errors).
    pub fn resume(
        session: &Session,
        config: &VideoGptConfig,
        codes: CodeSpace,
        codebook: HostTensor,
        checkpoint: &Checkpoint,
        path: &Path,
    ) -> Result<VideoGptTrainer, VideoGptTrainError> {
        let trainer = Trainer::resume(session, trace_step(config, codes)?, checkpoint, path)?;
        Self::build(session, config, codes, codebook, trainer)
    }

    pub fn steps_done(&self) -> u64 {
        self.trainer.steps_done()
    }

    /// The batch arrays of `clips` in the step's input order (`VideoGpt::batch_inputs`).
    fn arrays(&self, clips: &ClipBatch) -> Vec<HostTensor> {
        let mut arrays = vec![clips.codes.clone()];
        if self.config.label_classes().is_some() {
            arrays.push(clips.labels.clone());
        }
        arrays
    }

    /// One training step.
    pub fn step(&mut self, clips: &ClipBatch) -> Result<StepMetrics, VideoGptTrainError> {
        let frozen = [vec![&self.codebook]];
        Ok(self.trainer.step_with(&self.arrays(clips), &frozen)?)
    }

    /// The current parameters, by name.
    pub fn params(&self) -> Result<Vec<(String, HostTensor)>, VideoGptTrainError> {
        Ok(self.trainer.params()?)
    }

    /// The EMA parameters, by parameter name.
    pub fn ema_params(&self) -> Result<Vec<(String, HostTensor)>, VideoGptTrainError> {
        Ok(ema_of(&self.trainer.opt_state()?))
    }

    /// Mean eval-mode loss of `params` over `batches`.
    fn mean_loss(
        &self,
        params: &[(String, HostTensor)],
        batches: &[ClipBatch],
    ) -> Result<f64, VideoGptTrainError> {
        let device = self.eval.executable().devices()[0];
        let upload = |h: &HostTensor| self.client.to_device(h, device);
        // The eval inputs: the step's batch arrays, the codebook, then the parameters.
        let n_data = self.trainer.train_step().batch_inputs().len() + 1;
        let mut param_buffers: Vec<DeviceBuffer> = Vec::with_capacity(params.len());
        for input in &self.eval_function.inputs()[n_data..] {
            let value = params
                .iter()
                .find(|(n, _)| *n == input.name)
                .ok_or_else(|| {
                    bad(
                        "validation parameters",
                        format!("a value for `{}`", input.name),
                        "none".into(),
                    )
                })?;
            param_buffers.push(upload(&value.1)?);
        }
        let mut total = 0.0;
        for clips in batches {
            let batch: Vec<DeviceBuffer> = self
                .arrays(clips)
                .iter()
                .map(upload)
                .collect::<Result<_, _>>()?;
            let inputs: Vec<Input> = batch
                .iter()
                .chain([&self.codebook])
                .chain(&param_buffers)
                .map(Input::Borrowed)
                .collect();
            let out = self.eval.execute(inputs)?;
            total += out[0].to_host()?.to_f64_vec()[0];
        }
        Ok(total / batches.len().max(1) as f64)
    }

    /// Validation losses over `batches` (each of `config.batch_size` clips).
    pub fn validate(&self, batches: &[ClipBatch]) -> Result<Validation, VideoGptTrainError> {
        Ok(Validation {
            loss: self.mean_loss(&self.params()?, batches)?,
            loss_ema: self.mean_loss(&self.ema_params()?, batches)?,
        })
    }

    /// Everything needed to continue (parameters, AdamW moments, EMA, step, seed).
    pub fn checkpoint(&self) -> Result<Checkpoint, VideoGptTrainError> {
        let config =
            serde_json::to_value(&self.config).expect("internal error: the config serialises");
        Ok(self.trainer.checkpoint(config)?)
    }
}

/// The EMA entries of an optimizer state, renamed to their parameters.
pub fn ema_of(state: &[(String, HostTensor)]) -> Vec<(String, HostTensor)> {
    state
        .iter()
        .filter_map(|(n, t)| Some((n.strip_prefix(EMA_PREFIX)?.to_string(), t.clone())))
        .collect()
}
