//! The VideoGPT training objective traced as a `train::TrainStep` (brief §2.4-2.5): mean
//! token NLL with dropout, AdamW (weight decay 1e-4) with linear warmup, parameter EMA.
//!
//! Inputs (`inputs.rs`): the batch arrays `codes` i32 `[B, T, h, w]` and, for
//! class-conditional models only, `labels` i32 `[B]`; the frozen input `codebook` f32
//! `[K, D]` (the VQ-GAN's, borrowed from the device every step, never trained; give it to
//! `Trainer::step_with`). Parameters are named under `videogpt/`. Metrics: `loss` (nats per
//! token) and `bits_per_token`.

use super::config::VideoGptConfig;
use super::model::{CodeSpace, VideoGpt};
use crate::graph::{Function, GraphError};
use crate::optim::{Adam, Optimizer};
use crate::train::{LossOutput, TrainError, TrainStep};

/// The scope path the train step creates the parameters under.
pub const PARAM_ROOT: &str = "videogpt";

/// AdamW at `lr` with optax's weight decay 1e-4, linear warmup, EMA of decay `ema`.
pub fn videogpt_optimizer(config: &VideoGptConfig) -> Optimizer {
    Optimizer {
        warmup_steps: config.warmup_steps as u64,
        ema_decay: Some(config.ema),
        ..Optimizer::new(Adam::adamw(config.lr))
    }
}

/// Traces one training step of `model` on `batch` clips with `optimizer`.
pub fn trace_train_step(
    name: &str,
    model: &VideoGpt,
    batch: usize,
    optimizer: &Optimizer,
) -> Result<TrainStep, TrainError> {
    let batch_inputs = model.batch_inputs(batch);
    let frozen = [model.codebook_spec()];
    TrainStep::trace_with_frozen(
        name,
        &batch_inputs,
        &frozen,
        optimizer,
        1,
        |scope, x, frozen, key| {
            let x = model.step_inputs(x, frozen);
            let loss = model.loss(
                &scope.child(PARAM_ROOT),
                &x.codes,
                &x.codebook,
                x.labels(),
                Some(key),
            );
            let bits = &loss / std::f64::consts::LN_2;
            LossOutput::new(loss).metric("bits_per_token", bits)
        },
    )
}

/// The tiny preset's train step on batches of 2 clips of the tiny VQ-GAN's codes (8x8 of
/// 32, D 16), for `graphs/videogpt_tiny_train_step.mlir`.
pub fn tiny_train_step_graph() -> Result<Function, GraphError> {
    const NAME: &str = "videogpt_tiny_train_step";
    let config = VideoGptConfig::tiny();
    let space = CodeSpace {
        grid: [8, 8],
        codebook_size: 32,
        code_dim: 16,
    };
    let failed = |message: String| GraphError::Function {
        function: NAME.to_string(),
        message,
    };
    let model = VideoGpt::new(&config, space).map_err(|e| failed(e.to_string()))?;
    match trace_train_step(NAME, &model, 2, &videogpt_optimizer(&config)) {
        Ok(step) => Ok(step.function().clone()),
        Err(TrainError::Graph(e)) => Err(e),
        Err(e) => Err(failed(e.to_string())),
    }
}
