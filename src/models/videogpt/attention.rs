//! Causal self-attention over the flattened clip, in two numerically equivalent forms.
//!
//! - `Dense`: the reference's form, `nn::MultiHeadAttention` with the `tril` mask over all
//!   `L` tokens: it materialises `[B, H, L, L]` scores and computes the masked upper half.
//! - `FrameBlocks { frames }`: the queries are cut into blocks of `frames` frames; block `c`
//!   attends only to the keys before its end (`[B, H, n, (c + 1) n]` scores, `n` its tokens),
//!   with the causal mask applied inside the diagonal block only. Every query sees exactly
//!   the keys of its `tril` row, so the results equal `Dense` up to the order of f32 sums,
//!   while the fully masked blocks above the diagonal are never computed (with one-frame
//!   blocks, 136 of 256 score blocks for 16 frames; with four-frame blocks 10 of 16) and
//!   each block's scores stay small. `TokenBlocks` picks the frames per block from a token
//!   budget (the default, see `Default`).
//!
//! `FrameBlocks` keeps q, k, v in the projection's `[B, L, H, D]` order and lets the score
//! and mixing dots take the heads as a batch axis in place (XLA moves the heads next to the
//! batch with row copies that keep `D` contiguous); the gradients then come back in the
//! projection's order, so no 4-d transpose sits between them and the projection's weight
//! gradient.
//!
//! In training, `FrameBlocks` drops attention weights with one mask per (head, query, key)
//! shared over the batch, as the reference (flax's `broadcast_dropout`); `Dense` keeps
//! `nn::MultiHeadAttention`'s per-element mask.
//!
//! Both read the parameters of `nn::MultiHeadAttention` (`qkv`: `[E, H * 3D]` split along
//! the last axis of `(H, 3D)` into q, k, v; `out`: `[H * D, E]`), so the sampler's one-token
//! decoding (`MultiHeadAttention::decode_step`) runs the same layer.
//!
//! | symbol | meaning | shape |
//! |--------|---------|-------|
//! | x, y | normed input, output | `[B, L, E]` |
//! | q, k, v | per head, in the projection's order | `[B, L, H, D]` |

use crate::dtype::DType;
use crate::graph::ops::random::RngKey;
use crate::graph::{DotDims, Op, Tensor, TensorType};
use crate::nn::{Linear, MultiHeadAttention, Scope};

/// How the causal attention is computed (the results agree up to rounding).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttentionForm {
    /// Full `[B, H, L, L]` masked scores, as the reference.
    Dense,
    /// Query blocks of `frames` frames, each attending to the keys up to its end.
    FrameBlocks { frames: usize },
    /// `FrameBlocks` with as many whole frames per block as fit in `tokens` (at least one).
    TokenBlocks { tokens: usize },
}

/// The default: blocks of about 256 tokens (4 frames of dmc's 8x8 codes, 1 of Atari's
/// 16x16). Measured on the dmc train step (`cargo bench --bench videogpt_step`), 4-frame
/// blocks ran at 63 s against 81 s for 1-frame blocks and compiled in 114 s against 365 s;
/// in the reward forward 49 s against 54 s (dense: 66 s).
impl Default for AttentionForm {
    fn default() -> Self {
        AttentionForm::TokenBlocks { tokens: 256 }
    }
}

/// A score that softmax turns into zero weight, finite in f32 (as flax).
const MASKED_SCORE: f64 = -1.0e30;

impl AttentionForm {
    /// Causal self-attention of `x [B, L, E]` (frames of `frame_tokens` tokens); `key`
    /// enables dropout on the attention weights.
    #[track_caller]
    pub fn attend(
        self,
        mha: &MultiHeadAttention,
        scope: &Scope,
        x: &Tensor,
        frame_tokens: usize,
        key: Option<&RngKey>,
    ) -> Tensor {
        match self {
            AttentionForm::Dense => match key {
                Some(key) => mha.forward_train(scope, x, None, key),
                None => mha.forward(scope, x),
            },
            AttentionForm::FrameBlocks { frames } => {
                let block = (frames.max(1) * frame_tokens).max(1);
                blocked(mha, scope, x, block, key)
            }
            AttentionForm::TokenBlocks { tokens } => {
                let frames = (tokens / frame_tokens.max(1)).max(1);
                AttentionForm::FrameBlocks { frames }.attend(mha, scope, x, frame_tokens, key)
            }
        }
    }
}

/// Dot-product dims for `[B, n, H, D] x [B, S, H, D] -> [B, H, n, S]`.
fn scores_dims() -> DotDims {
    DotDims {
        lhs_batch: vec![0, 2],
        rhs_batch: vec![0, 2],
        lhs_contract: vec![3],
        rhs_contract: vec![3],
    }
}

/// Dot-product dims for `[B, H, n, S] x [B, S, H, D] -> [B, H, n, D]`.
fn mix_dims() -> DotDims {
    DotDims {
        lhs_batch: vec![0, 1],
        rhs_batch: vec![0, 2],
        lhs_contract: vec![3],
        rhs_contract: vec![1],
    }
}

/// `[n, S]` bool: query `offset + i` may see key `j` (`j <= offset + i`).
#[track_caller]
fn causal_rows(like: &Tensor, rows: usize, keys: usize, offset: usize) -> Tensor {
    let ty = TensorType::new(DType::I32, &[rows, keys]);
    let row = like.apply_source(Op::Iota {
        axis: 0,
        ty: ty.clone(),
    });
    let col = like.apply_source(Op::Iota { axis: 1, ty });
    col.le(&(row + offset as f64))
}

/// Inverted dropout of attention weights `[B, H, n, S]` with one keep-mask per (head, query,
/// key) shared over the batch, as flax's `dot_product_attention` (`broadcast_dropout`) does
/// in the reference; it also draws B times fewer random numbers.
#[track_caller]
fn shared_dropout(weights: &Tensor, rate: f64, key: &RngKey) -> Tensor {
    if rate == 0.0 {
        return weights.clone();
    }
    let mut mask_dims = weights.dims();
    mask_dims[0] = 1;
    let keep = key.bernoulli(&weights.scalar_like(1.0 - rate), &mask_dims);
    keep.select(&(weights / (1.0 - rate)), &weights.zeros_like())
}

/// The `FrameBlocks` form with query blocks of `block` tokens (the last may be shorter).
#[track_caller]
fn blocked(
    mha: &MultiHeadAttention,
    scope: &Scope,
    x: &Tensor,
    block: usize,
    key: Option<&RngKey>,
) -> Tensor {
    let dims = x.dims();
    let (e, heads) = (mha.embed, mha.heads);
    if dims.len() != 3 || dims[2] != e || heads == 0 || !e.is_multiple_of(heads) {
        return x.fail(
            "VideoGpt attention",
            format!(
                "`{}` expects x [B, L, {e}] with {heads} heads dividing {e}, got {}",
                scope.path(),
                x.ty()
            ),
        );
    }
    let (b, l, d) = (dims[0], dims[1], e / heads);
    // q, k, v stay in the projection's (B, L, H, D) order (see the module doc).
    let qkv = Linear::new(e, 3 * e)
        .param_dtype(mha.param_dtype)
        .forward(&scope.child("qkv"), x)
        .reshape(&[b, l, heads, 3 * d]); // (B, L, H, 3D)
    let [q, k, v] = [0, 1, 2].map(|i| qkv.slice_axis(3, i * d, (i + 1) * d)); // (B, L, H, D)
    let q = q / (d as f64).sqrt();
    let mut outputs = Vec::new();
    let mut start = 0;
    let mut index = 0u32;
    while start < l {
        let end = (start + block).min(l);
        let n = end - start;
        let scores = q
            .slice_axis(1, start, end)
            .dot_general(&k.slice_axis(1, 0, end), &scores_dims()); // (B, H, n, end)
        let visible = causal_rows(x, n, end, start);
        let scores = visible.select(&scores, &scores.full_like(MASKED_SCORE));
        let mut weights = scores.softmax(3);
        if let Some(key) = key {
            weights = shared_dropout(&weights, mha.attention_dropout, &key.fold_in(index));
        }
        outputs.push(weights.dot_general(&v.slice_axis(1, 0, end), &mix_dims())); // (B, H, n, D)
        start = end;
        index += 1;
    }
    let refs: Vec<&Tensor> = outputs.iter().collect();
    let merged = Tensor::concatenate(&refs, 2) // (B, H, L, D)
        .transpose(&[0, 2, 1, 3])
        .reshape(&[b, l, e]); // (B, L, H*D)
    Linear::new(e, e)
        .param_dtype(mha.param_dtype)
        .forward(&scope.child("out"), &merged)
}
