//! The traced programs of the reward model, each taking its parameters as arguments (uploaded
//! once and borrowed by every call):
//!
//! | program | arguments | result |
//! |---------|-----------|--------|
//! | encoder | `images f32 [E, S, S, 3]`, VQ-GAN encoder params | `codes i32 [E, h, w]` |
//! | scorer (joint) | `codes i32 [B, T, h, w]`, (`labels i32 [B]`), `codebook f32 [K, D]` (`VideoGpt::trace_inputs`), VideoGPT params | `f32 [B, T]` per-frame log-likelihoods |
//! | scorer (conditional) | same | `f32 [B]` the last frame's log-likelihood |
//! | token scorer | `codes i32 [1, T, h, w]`, (`labels`), `codebook`, VideoGPT params | `f32 [1, T, h, w]` |
//!
//! The conditional scorer computes the output layer for the last frame's tokens only
//! (`VideoGpt::frame_log_probs_last`). The joint reward is summed on the host from the per-frame terms, so the same numbers the
//! tests check term by term are the ones summed.

use super::error::RewardError;
use crate::graph::{Function, FunctionBuilder, Tensor};
use crate::models::videogpt::{AttentionForm, CodeSpace, VideoGpt, VideoGptConfig};
use crate::models::vqgan::{Vqgan, VqganConfig};
use crate::nn::{ParamSpec, Scope};
use crate::DType;

/// Which likelihood is the reward (reference brief §3.2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RewardMode {
    /// `log p(window)`: the sum of every kept frame's conditional log-likelihood, including
    /// the unconditional first frame (the reference's default, `compute_joint=True`).
    #[default]
    Joint,
    /// `log p(frame t | earlier frames of the window)`: the paper's form.
    Conditional,
}

impl RewardMode {
    /// The form a `--conditional` flag asks for.
    pub fn from_conditional_flag(conditional: bool) -> Self {
        if conditional {
            RewardMode::Conditional
        } else {
            RewardMode::Joint
        }
    }
}

/// A traced program and the parameters it takes after its data arguments, in order.
pub struct Program {
    pub function: Function,
    pub params: Vec<ParamSpec>,
}

/// The VQ-GAN's code space as the VideoGPT sees it.
pub fn code_space(vqgan: &VqganConfig) -> CodeSpace {
    CodeSpace {
        grid: vqgan.code_grid(),
        codebook_size: vqgan.ae.n_embed,
        code_dim: vqgan.ae.embed_dim,
    }
}

/// The scope of the VideoGPT's parameters (`videogpt/...`), as its trainer names them.
pub use crate::models::videogpt::PARAM_ROOT as VIDEOGPT_SCOPE;

/// `images [batch, S, S, 3] -> codes [batch, h, w]`.
pub fn encoder_program(config: &VqganConfig, batch: usize) -> Result<Program, RewardError> {
    let vqgan = Vqgan::new(config).map_err(|e| RewardError::Config {
        model: "VQ-GAN",
        message: e.to_string(),
    })?;
    let s = config.image_size;
    let fb = FunctionBuilder::new("reward_encode");
    let images = fb.input("images", DType::F32, &[batch, s, s, 3]);
    let scope = Scope::new(&fb);
    let codes = vqgan
        .encode(&scope, &images, None)
        .codes
        .convert(DType::I32);
    let function = fb.finish(&[codes])?;
    Ok(Program {
        function,
        params: scope.param_specs(),
    })
}

/// What a VideoGPT program computes from the windows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScoreOutput {
    /// `f32 [B, T]`.
    FrameLogProbs,
    /// `f32 [B]`, the last frame's term.
    LastFrameLogProb,
    /// `f32 [B, T, h, w]`.
    TokenLogProbs,
}

impl ScoreOutput {
    pub fn for_mode(mode: RewardMode) -> Self {
        match mode {
            RewardMode::Joint => ScoreOutput::FrameLogProbs,
            RewardMode::Conditional => ScoreOutput::LastFrameLogProb,
        }
    }
}

/// The VideoGPT scoring program for `batch` windows, attention computed in `attention`.
pub fn scorer_program(
    config: &VideoGptConfig,
    codes: &CodeSpace,
    attention: AttentionForm,
    batch: usize,
    output: ScoreOutput,
) -> Result<Program, RewardError> {
    let model = VideoGpt::new(config, *codes)
        .map_err(|e| RewardError::Config {
            model: "VideoGPT",
            message: e.to_string(),
        })?
        .with_attention(attention);
    let fb = FunctionBuilder::new(match output {
        ScoreOutput::FrameLogProbs => "reward_joint",
        ScoreOutput::LastFrameLogProb => "reward_conditional",
        ScoreOutput::TokenLogProbs => "reward_token_log_probs",
    });
    let x = model.trace_inputs(&fb, batch);
    let (windows, labels, codebook) = (&x.codes, x.labels(), &x.codebook);
    let root = Scope::new(&fb);
    let scope = root.child(VIDEOGPT_SCOPE);
    let result: Tensor = match output {
        ScoreOutput::TokenLogProbs => {
            model.token_log_probs(&scope, windows, codebook, labels, None)
        }
        ScoreOutput::FrameLogProbs => {
            model.frame_log_probs(&scope, windows, codebook, labels, None)
        }
        ScoreOutput::LastFrameLogProb => model
            .frame_log_probs_last(&scope, windows, codebook, labels, 1)
            .reshape(&[batch]),
    };
    let function = fb.finish(&[result])?;
    Ok(Program {
        function,
        params: root.param_specs(),
    })
}
