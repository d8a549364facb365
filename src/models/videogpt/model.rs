//! `VideoGpt`: the autoregressive transformer over a clip's VQ codes (brief §2.3-2.4) and its
//! likelihoods. Tokens are the clip's codes in raster order (time, row, column), `L = T h w`;
//! token i is predicted from tokens `< i` (and the class label), so token 0 of frame 0 is
//! predicted from the start token alone and `log p(frame 0)` is an unconditional image
//! likelihood.
//!
//! | symbol | meaning | shape |
//! |--------|---------|-------|
//! | codes | the clip's code indices | `[B, T, h, w]` i32, `T = seq_len` |
//! | codebook | the VQ-GAN's code vectors | `[K, D]` (float; its dtype is the compute dtype) |
//! | labels | task ids (class-conditional models) | `[B]` i32 |
//! | logits | next-token logits over the codebook | `[B, T, h, w, K]` |
//!
//! Parameters under the given scope: `code_embed`, `sos`, `position/*` (`embed.rs`),
//! `block{i}/*` (`block.rs`), `final_norm`, `logits` (`Dense(K)`).
//!
//! Input mistakes (wrong code grid, codebook size, missing labels) are tracing errors naming
//! the expected and given types, reported by `FunctionBuilder::finish`. Labels given to an
//! unconditional model are ignored, as the reference ignores the dataset's labels there.

use super::attention::AttentionForm;
use super::block::BlockLayers;
use super::config::{VideoGptConfig, VideoGptConfigError};
use super::embed::InputLayers;
use super::norm::VideoGptNorm;
use crate::dtype::DType;
use crate::graph::ops::random::RngKey;
use crate::graph::Tensor;
use crate::nn::{Linear, Scope};

/// What the transformer needs to know about the VQ-GAN it models.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CodeSpace {
    /// Code grid `[h, w]` of one frame.
    pub grid: [usize; 2],
    /// Codebook size K.
    pub codebook_size: usize,
    /// Code vector size D.
    pub code_dim: usize,
}

/// Why a model cannot be built.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum VideoGptError {
    #[error(transparent)]
    Config(#[from] VideoGptConfigError),
    #[error("videogpt code space: {message}, got {codes:?}")]
    CodeSpace { message: String, codes: CodeSpace },
}

/// A VideoGPT of a validated config over a VQ-GAN's code space.
#[derive(Clone, Debug)]
pub struct VideoGpt {
    config: VideoGptConfig,
    codes: CodeSpace,
    attention: AttentionForm,
    param_dtype: DType,
}

impl VideoGpt {
    pub fn new(config: &VideoGptConfig, codes: CodeSpace) -> Result<Self, VideoGptError> {
        config.validate()?;
        let bad = |message: &str| VideoGptError::CodeSpace {
            message: message.to_string(),
            codes,
        };
        if codes.grid.contains(&0) || codes.codebook_size == 0 || codes.code_dim == 0 {
            return Err(bad("grid, codebook_size and code_dim must be positive"));
        }
        if codes.codebook_size > i32::MAX as usize {
            return Err(bad("codebook_size must fit in i32 codes"));
        }
        Ok(VideoGpt {
            config: config.clone(),
            codes,
            attention: AttentionForm::default(),
            param_dtype: DType::F32,
        })
    }

    /// The same model with parameters created in `dtype` (f64 for gradient checks).
    pub fn with_param_dtype(mut self, dtype: DType) -> Self {
        self.param_dtype = dtype;
        self
    }

    /// The same model computing attention in another (numerically equivalent) form.
    pub fn with_attention(mut self, form: AttentionForm) -> Self {
        self.attention = form;
        self
    }

    pub fn config(&self) -> &VideoGptConfig {
        &self.config
    }

    pub fn code_space(&self) -> CodeSpace {
        self.codes
    }

    pub fn attention_form(&self) -> AttentionForm {
        self.attention
    }

    /// Tokens per frame, `h w`.
    pub fn frame_tokens(&self) -> usize {
        self.codes.grid[0] * self.codes.grid[1]
    }

    /// Tokens per clip, `seq_len h w`.
    pub fn tokens(&self) -> usize {
        self.config.seq_len * self.frame_tokens()
    }

    /// `[T, h, w]`.
    pub fn clip_shape(&self) -> [usize; 3] {
        [self.config.seq_len, self.codes.grid[0], self.codes.grid[1]]
    }

    pub(super) fn input_layers(&self) -> InputLayers {
        InputLayers {
            shape: self.clip_shape(),
            code_dim: self.codes.code_dim,
            width: self.config.embed_dim,
            param_dtype: self.param_dtype,
        }
    }

    pub(super) fn block_layers(&self) -> BlockLayers {
        BlockLayers {
            width: self.config.embed_dim,
            heads: self.config.num_heads,
            mlp_dim: self.config.mlp_dim,
            dropout: self.config.dropout,
            attention_dropout: self.config.attention_dropout,
            param_dtype: self.param_dtype,
        }
    }

    pub(super) fn norm(&self) -> VideoGptNorm {
        VideoGptNorm {
            features: self.config.embed_dim,
            param_dtype: self.param_dtype,
        }
    }

    pub(super) fn head(&self) -> Linear {
        Linear::new(self.config.embed_dim, self.codes.codebook_size).param_dtype(self.param_dtype)
    }

    /// Checks the inputs' types; `Some(poisoned)` names the first mismatch.
    #[track_caller]
    pub(super) fn check_inputs(
        &self,
        codes: &Tensor,
        codebook: &Tensor,
        labels: Option<&Tensor>,
    ) -> Option<Tensor> {
        let [t, h, w] = self.clip_shape();
        let d = codes.dims();
        let codes_ok = codes.dtype() == DType::I32 && d.len() == 4 && d[1..] == [t, h, w];
        let book_ok = codebook.dtype().is_float()
            && codebook.dims() == [self.codes.codebook_size, self.codes.code_dim];
        if !codes_ok || !book_ok {
            return Some(codes.fail(
                "VideoGpt",
                format!(
                    "expects codes i32[B, {t}, {h}, {w}] and a float codebook [{}, {}], got {} and {}",
                    self.codes.codebook_size,
                    self.codes.code_dim,
                    codes.ty(),
                    codebook.ty()
                ),
            ));
        }
        if let Some(classes) = self.config.label_classes() {
            let fits = labels.is_some_and(|l| l.dtype().is_integer() && l.dims() == [d[0]]);
            if !fits {
                let got = labels.map_or("no labels".to_string(), |l| l.ty().to_string());
                return Some(codes.fail(
                    "VideoGpt",
                    format!(
                        "a class-conditional model ({classes} classes) expects integer labels [{}], got {got}",
                        d[0]
                    ),
                ));
            }
        }
        None
    }

    /// The one-hot labels `[B, classes]` of a class-conditional model.
    pub(super) fn one_hot(&self, labels: Option<&Tensor>, dtype: DType) -> Option<Tensor> {
        let classes = self.config.label_classes()?;
        labels.map(|l| l.convert(DType::I32).one_hot(classes, dtype))
    }

    /// The final hidden states `[B, L, E]` after the last norm.
    #[track_caller]
    pub fn hidden(
        &self,
        scope: &Scope,
        codes: &Tensor,
        codebook: &Tensor,
        labels: Option<&Tensor>,
        key: Option<&RngKey>,
    ) -> Tensor {
        if let Some(bad) = self.check_inputs(codes, codebook, labels) {
            return bad;
        }
        let dtype = codebook.dtype();
        let one_hot = self.one_hot(labels, dtype);
        let layers = self.config.num_layers;
        let sites = 1 + layers * BlockLayers::DROPOUT_SITES;
        let keys = key.map(|k| k.split(sites));
        let mut x = self.input_layers().forward(scope, codes, codebook);
        if let Some(k) = &keys {
            x = crate::nn::dropout(&x, self.config.dropout, &k[0]);
        }
        let blocks = self.block_layers();
        let frame_tokens = self.frame_tokens();
        let form = self.attention;
        for i in 0..layers {
            let block_keys = keys.as_ref().map(|k| {
                let start = 1 + i * BlockLayers::DROPOUT_SITES;
                &k[start..start + BlockLayers::DROPOUT_SITES]
            });
            x = blocks.forward(
                &scope.child(&format!("block{i}")),
                &x,
                one_hot.as_ref(),
                block_keys,
                Box::new(move |mha, scope, normed, key| {
                    form.attend(mha, scope, normed, frame_tokens, key)
                }),
            );
        }
        self.norm()
            .forward(&scope.child("final_norm"), &x, one_hot.as_ref())
    }

    /// Next-token logits `[B, T, h, w, K]`.
    #[track_caller]
    pub fn logits(
        &self,
        scope: &Scope,
        codes: &Tensor,
        codebook: &Tensor,
        labels: Option<&Tensor>,
        key: Option<&RngKey>,
    ) -> Tensor {
        let hidden = self.hidden(scope, codes, codebook, labels, key);
        if hidden.is_poisoned() {
            return hidden;
        }
        let [t, h, w] = self.clip_shape();
        let batch = codes.dims()[0];
        self.head()
            .forward(&scope.child("logits"), &hidden)
            .reshape(&[batch, t, h, w, self.codes.codebook_size])
    }

    /// `log p(code)` of every token, `[B, T, h, w]` (log-softmax over K at the target).
    #[track_caller]
    pub fn token_log_probs(
        &self,
        scope: &Scope,
        codes: &Tensor,
        codebook: &Tensor,
        labels: Option<&Tensor>,
        key: Option<&RngKey>,
    ) -> Tensor {
        let logits = self.logits(scope, codes, codebook, labels, key);
        target_log_probs(&logits, codes)
    }

    /// Per-frame log-likelihood `[B, T]` (sum over the frame's `h w` tokens): the
    /// reference's `log_prob`.
    #[track_caller]
    pub fn frame_log_probs(
        &self,
        scope: &Scope,
        codes: &Tensor,
        codebook: &Tensor,
        labels: Option<&Tensor>,
        key: Option<&RngKey>,
    ) -> Tensor {
        self.token_log_probs(scope, codes, codebook, labels, key)
            .sum(&[2, 3])
    }

    /// Per-frame log-likelihood of the last `frames` frames only, `[B, frames]`: the same
    /// values as the last columns of `frame_log_probs`, with the output layer and the
    /// softmax computed for those frames' tokens only (the conditional reward needs one).
    #[track_caller]
    pub fn frame_log_probs_last(
        &self,
        scope: &Scope,
        codes: &Tensor,
        codebook: &Tensor,
        labels: Option<&Tensor>,
        frames: usize,
    ) -> Tensor {
        let [t, h, w] = self.clip_shape();
        if frames == 0 || frames > t {
            return codes.fail(
                "VideoGpt.frame_log_probs_last",
                format!("asks for the last {frames} frames of a {t}-frame clip"),
            );
        }
        let hidden = self.hidden(scope, codes, codebook, labels, None);
        if hidden.is_poisoned() {
            return hidden;
        }
        let batch = codes.dims()[0];
        let first = (t - frames) * h * w;
        let tail = hidden.slice_axis(1, first, t * h * w);
        let logits = self
            .head()
            .forward(&scope.child("logits"), &tail)
            .reshape(&[batch, frames, h, w, self.codes.codebook_size]);
        target_log_probs(&logits, &codes.slice_axis(1, t - frames, t)).sum(&[2, 3])
    }

    /// Training loss: mean negative log-likelihood per token in nats (a scalar).
    #[track_caller]
    pub fn loss(
        &self,
        scope: &Scope,
        codes: &Tensor,
        codebook: &Tensor,
        labels: Option<&Tensor>,
        key: Option<&RngKey>,
    ) -> Tensor {
        -self
            .token_log_probs(scope, codes, codebook, labels, key)
            .mean_all()
    }
}

/// `log_softmax(logits)[.., target]`: `logits [.., K]`, integer `targets [..]` -> `[..]`.
/// The target logit is picked by a one-hot product (XLA fuses it into the reduction).
#[track_caller]
pub fn target_log_probs(logits: &Tensor, targets: &Tensor) -> Tensor {
    if logits.is_poisoned() || logits.rank() == 0 {
        return logits.clone();
    }
    let last = logits.rank() - 1;
    let classes = logits.dims()[last];
    let picked = (logits * targets.one_hot(classes, logits.dtype())).sum(&[last]);
    picked - logits.logsumexp(&[last])
}
