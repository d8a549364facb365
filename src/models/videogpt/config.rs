//! The VideoGPT run config, mirroring the reference's `configs/videogpt/{dmc,atari}.yaml`
//! (reference brief §2.1) with the `transformer:` block flattened into the top level.
//! `Default` is the dmc preset; the presets also live as JSON files in
//! `configs/videogpt/{tiny,dmc,atari}.json`, loaded with `viper::config::load_config`
//! (unknown keys are rejected).
//!
//! Left out of the yaml: `ae_ckpt` (the VQ-GAN run directory is a command-line argument) and
//! the ignored `optimizer`/`lr_schedule` keys (AdamW, weight decay 1e-4, linear warmup then a
//! constant rate, as the reference always does). `seed` and `eval_batches` (the reference's
//! hard-coded 50 validation batches) are ours.

use serde::{Deserialize, Serialize};

/// A config field that cannot build or train a model.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum VideoGptConfigError {
    #[error("videogpt config: `{field}` {message}")]
    Invalid { field: String, message: String },
}

fn invalid(field: &str, message: String) -> VideoGptConfigError {
    VideoGptConfigError::Invalid {
        field: field.to_string(),
        message,
    }
}

/// The whole run config.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VideoGptConfig {
    /// Frames the model sees per clip (after subsampling).
    pub seq_len: usize,
    /// Keep every `frame_skip`-th frame of `1 + (seq_len - 1) * frame_skip` consecutive ones.
    pub frame_skip: usize,
    /// Transformer width E.
    pub embed_dim: usize,
    /// Attention heads (head size E / heads).
    pub num_heads: usize,
    /// Pre-LN transformer blocks.
    pub num_layers: usize,
    /// Hidden width of each block's MLP.
    pub mlp_dim: usize,
    /// Dropout on the embeddings, the attention and MLP outputs (training only).
    pub dropout: f64,
    /// Dropout on the attention weights (training only).
    pub attention_dropout: f64,
    /// Condition every LayerNorm's scale and bias on the task label.
    pub class_cond: bool,
    /// Number of task labels (required when `class_cond`; a label >= n_classes one-hots to
    /// zeros, as the reference).
    pub n_classes: Option<usize>,
    /// Clips per training batch.
    pub batch_size: usize,
    /// Peak AdamW learning rate, reached after `warmup_steps`.
    pub lr: f64,
    pub warmup_steps: usize,
    pub total_steps: usize,
    /// Decay of the parameter EMA (the EMA parameters are the ones scored and sampled).
    pub ema: f64,
    /// Ground-truth context frames when sampling videos (not used by the loss).
    pub open_loop_ctx: usize,
    pub log_interval: usize,
    /// Validation every this many steps; the best validation loss keeps a checkpoint.
    pub eval_interval: usize,
    pub save_interval: usize,
    pub viz_interval: usize,
    /// Test-split batches per validation.
    pub eval_batches: usize,
    pub seed: u64,
}

impl Default for VideoGptConfig {
    fn default() -> Self {
        VideoGptConfig::dmc()
    }
}

impl VideoGptConfig {
    /// `configs/videogpt/dmc.yaml` (`l16_s1`): class-conditional over 16 tasks, E 256.
    pub fn dmc() -> Self {
        VideoGptConfig {
            seq_len: 16,
            frame_skip: 1,
            embed_dim: 256,
            num_heads: 8,
            num_layers: 8,
            mlp_dim: 1024,
            dropout: 0.1,
            attention_dropout: 0.1,
            class_cond: true,
            n_classes: Some(16),
            batch_size: 64,
            lr: 1e-4,
            warmup_steps: 0,
            total_steps: 800_000,
            ema: 0.9999,
            open_loop_ctx: 1,
            log_interval: 100,
            eval_interval: 10_000,
            save_interval: 10_000,
            viz_interval: 10_000,
            eval_batches: 50,
            seed: 1234,
        }
    }

    /// `configs/videogpt/atari.yaml` (`l4_s4`): one unconditional model, E 512.
    pub fn atari() -> Self {
        VideoGptConfig {
            seq_len: 4,
            frame_skip: 4,
            embed_dim: 512,
            mlp_dim: 2048,
            dropout: 0.0,
            attention_dropout: 0.0,
            class_cond: false,
            n_classes: None,
            batch_size: 32,
            ..VideoGptConfig::dmc()
        }
    }

    /// `configs/videogpt/tiny.json`: 4 frames, width 32, 2 layers, 4 classes, for tests and
    /// demos on the tiny VQ-GAN (8x8 codes of 32).
    pub fn tiny() -> Self {
        VideoGptConfig {
            seq_len: 4,
            frame_skip: 1,
            embed_dim: 32,
            num_heads: 2,
            num_layers: 2,
            mlp_dim: 64,
            dropout: 0.0,
            attention_dropout: 0.0,
            class_cond: true,
            n_classes: Some(4),
            batch_size: 8,
            lr: 1e-3,
            warmup_steps: 20,
            total_steps: 500,
            ema: 0.99,
            open_loop_ctx: 1,
            log_interval: 10,
            eval_interval: 50,
            save_interval: 50,
            viz_interval: 50,
            eval_batches: 2,
            seed: 1234,
        }
    }

    /// Frames of one clip before subsampling: `1 + (seq_len - 1) * frame_skip`.
    pub fn clip_frames(&self) -> usize {
        1 + self.seq_len.saturating_sub(1) * self.frame_skip
    }

    /// The label classes the norms are conditioned on (`None` when unconditional).
    pub fn label_classes(&self) -> Option<usize> {
        if self.class_cond {
            self.n_classes
        } else {
            None
        }
    }

    /// Checks everything the model, trainer and sampler rely on, naming the first bad field.
    pub fn validate(&self) -> Result<(), VideoGptConfigError> {
        for (field, v) in [
            ("seq_len", self.seq_len),
            ("frame_skip", self.frame_skip),
            ("num_heads", self.num_heads),
            ("num_layers", self.num_layers),
            ("mlp_dim", self.mlp_dim),
            ("batch_size", self.batch_size),
            ("total_steps", self.total_steps),
            ("log_interval", self.log_interval),
            ("eval_interval", self.eval_interval),
            ("save_interval", self.save_interval),
            ("viz_interval", self.viz_interval),
            ("eval_batches", self.eval_batches),
        ] {
            if v == 0 {
                return Err(invalid(field, "must be positive".to_string()));
            }
        }
        if self.embed_dim < 3 || !self.embed_dim.is_multiple_of(self.num_heads) {
            return Err(invalid(
                "embed_dim",
                format!(
                    "must be at least 3 (one position feature per axis) and divisible by num_heads {}, got {}",
                    self.num_heads, self.embed_dim
                ),
            ));
        }
        for (field, rate) in [
            ("dropout", self.dropout),
            ("attention_dropout", self.attention_dropout),
        ] {
            if !(0.0..1.0).contains(&rate) {
                return Err(invalid(field, format!("must lie in [0, 1), got {rate}")));
            }
        }
        if self.class_cond && self.n_classes.is_none_or(|n| n == 0) {
            return Err(invalid(
                "n_classes",
                format!(
                    "must be a positive count when class_cond is true, got {:?}",
                    self.n_classes
                ),
            ));
        }
        if !(self.lr > 0.0 && self.lr.is_finite()) {
            return Err(invalid(
                "lr",
                format!("must be positive and finite, got {}", self.lr),
            ));
        }
        if !(0.0..=1.0).contains(&self.ema) {
            return Err(invalid(
                "ema",
                format!("must lie in [0, 1], got {}", self.ema),
            ));
        }
        if self.open_loop_ctx >= self.seq_len {
            return Err(invalid(
                "open_loop_ctx",
                format!(
                    "must be below seq_len {} (at least one frame to sample), got {}",
                    self.seq_len, self.open_loop_ctx
                ),
            ));
        }
        Ok(())
    }
}
