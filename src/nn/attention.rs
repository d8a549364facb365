//! `MultiHeadAttention` (the reference VideoGPT's `MultiHeadAttention`): one dense layer gives
//! q, k, v per head, `softmax(q k^T / sqrt(D) + mask) v` per head, one dense layer mixes the
//! heads back. Optional causal mask (`tril`: position t sees positions <= t). One-token
//! decoding (`decode_step`) reads and writes a key/value cache held as explicit tensors.
//!
//! | symbol | meaning | shape |
//! |--------|---------|-------|
//! | x, y   | input, output | `[B, T, E]` |
//! | qkv/kernel | q, k, v projection (flax `DenseGeneral((H, 3D))` flattened) | `[E, H * 3D]` |
//! | q, k, v | per head: the last axis of `(H, 3D)` split in three | `[B, T, H, D]` |
//! | out/kernel | head mixing (flax `DenseGeneral(E, axis=(-2, -1))` flattened) | `[H * D, E]` |
//! | cache keys, values | every position's k and v | `[B, L, H, D]` |
//!
//! `H` heads, `D = E / H`. Both projections have biases. Masked scores are set to a large
//! negative number of the dtype before the softmax (flax does the same), so a fully masked
//! row would average uniformly instead of producing NaN.
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::nn::{MultiHeadAttention, Scope};
//! use viper::DType;
//! let fb = FunctionBuilder::new("mha_demo");
//! let x = fb.input("x", DType::F32, &[2, 6, 8]);
//! let y = MultiHeadAttention::new(8, 2).causal().forward(&Scope::new(&fb), &x);
//! assert_eq!(y.dims(), vec![2, 6, 8]);
//! ```

pub use super::attention_cache::KvCache;
use super::dropout::dropout;
use super::linear::Linear;
use super::scope::Scope;
use crate::dtype::DType;
use crate::graph::ops::random::RngKey;
use crate::graph::{DotDims, Op, Tensor, TensorType};

/// Configuration of a multi-head attention layer.
#[derive(Clone, Debug, PartialEq)]
pub struct MultiHeadAttention {
    pub embed: usize,
    pub heads: usize,
    pub causal: bool,
    /// Dropout rate of the attention weights in `forward_train` (the reference's
    /// `attn_pdrop`); 0 by default.
    pub attention_dropout: f64,
    pub param_dtype: DType,
}

/// A score that softmax turns into (almost) zero weight, finite in the dtype.
fn masked_score(dtype: DType) -> f64 {
    match dtype {
        DType::F16 => -6.0e4,
        _ => -1.0e30,
    }
}

impl MultiHeadAttention {
    pub fn new(embed: usize, heads: usize) -> Self {
        MultiHeadAttention {
            embed,
            heads,
            causal: false,
            attention_dropout: 0.0,
            param_dtype: DType::F32,
        }
    }

    /// With the causal (`tril`) mask.
    pub fn causal(mut self) -> Self {
        self.causal = true;
        self
    }

    pub fn attention_dropout(mut self, rate: f64) -> Self {
        self.attention_dropout = rate;
        self
    }

    pub fn param_dtype(mut self, dtype: DType) -> Self {
        self.param_dtype = dtype;
        self
    }

    pub fn head_dim(&self) -> usize {
        self.embed / self.heads.max(1)
    }

    #[track_caller]
    pub(super) fn check(&self, scope: &Scope, x: &Tensor) -> Option<Tensor> {
        let d = x.dims();
        let ok = d.len() == 3
            && d[2] == self.embed
            && self.heads > 0
            && self.embed.is_multiple_of(self.heads);
        (!ok).then(|| {
            x.fail(
                "nn.MultiHeadAttention",
                format!(
                    "`{}` expects x [B, T, {}] with {} heads dividing it, got {}",
                    scope.path(),
                    self.embed,
                    self.heads,
                    x.ty()
                ),
            )
        })
    }

    /// q, k, v `[B, T, H, D]` each.
    #[track_caller]
    pub(super) fn project(&self, scope: &Scope, x: &Tensor) -> [Tensor; 3] {
        let (b, t) = (x.dims()[0], x.dims()[1]);
        let (h, d) = (self.heads, self.head_dim());
        let qkv = Linear::new(self.embed, h * 3 * d)
            .param_dtype(self.param_dtype)
            .forward(&scope.child("qkv"), x)
            .reshape(&[b, t, h, 3 * d]); // (B, T, H, 3D)
        [0, 1, 2].map(|i| qkv.slice_axis(3, i * d, (i + 1) * d))
    }

    /// `softmax(q k^T / sqrt(D))` over keys where `mask` (bool, broadcast to `[B, H, T, S]`)
    /// holds, times v; then the output projection. q `[B, T, H, D]`, k and v `[B, S, H, D]`.
    #[track_caller]
    pub(super) fn attend(
        &self,
        scope: &Scope,
        q: &Tensor,
        k: &Tensor,
        v: &Tensor,
        mask: Option<&Tensor>,
        dropout_key: Option<&RngKey>,
    ) -> Tensor {
        let (b, t) = (q.dims()[0], q.dims()[1]);
        let scores = q.dot_general(
            k,
            &DotDims {
                lhs_batch: vec![0, 2],
                rhs_batch: vec![0, 2],
                lhs_contract: vec![3],
                rhs_contract: vec![3],
            },
        ) / (self.head_dim() as f64).sqrt(); // (B, H, T, S)
        let scores = match mask {
            Some(m) => m.select(&scores, &scores.full_like(masked_score(scores.dtype()))),
            None => scores,
        };
        let weights = match dropout_key {
            Some(key) => dropout(&scores.softmax(3), self.attention_dropout, key),
            None => scores.softmax(3),
        };
        let mixed = weights.dot_general(
            v,
            &DotDims {
                lhs_batch: vec![0, 1],
                rhs_batch: vec![0, 2],
                lhs_contract: vec![3],
                rhs_contract: vec![1],
            },
        ); // (B, H, T, D)
        let merged = mixed.transpose(&[0, 2, 1, 3]).reshape(&[b, t, self.embed]); // (B, T, H*D)
        Linear::new(self.embed, self.embed)
            .param_dtype(self.param_dtype)
            .forward(&scope.child("out"), &merged)
    }

    /// Full pass `x [B, T, E] -> [B, T, E]` (causal if configured).
    #[track_caller]
    pub fn forward(&self, scope: &Scope, x: &Tensor) -> Tensor {
        self.forward_masked(scope, x, None)
    }

    /// Full pass with an extra bool mask broadcastable to `[B, H, T, T]` (true = attend),
    /// combined with the causal mask if configured.
    #[track_caller]
    pub fn forward_masked(&self, scope: &Scope, x: &Tensor, mask: Option<&Tensor>) -> Tensor {
        self.full_pass(scope, x, mask, None)
    }

    /// Training pass: `forward_masked` with dropout (rate `attention_dropout`, randomness
    /// from `key`) on the attention weights.
    #[track_caller]
    pub fn forward_train(
        &self,
        scope: &Scope,
        x: &Tensor,
        mask: Option<&Tensor>,
        key: &RngKey,
    ) -> Tensor {
        self.full_pass(scope, x, mask, Some(key))
    }

    #[track_caller]
    fn full_pass(
        &self,
        scope: &Scope,
        x: &Tensor,
        mask: Option<&Tensor>,
        dropout_key: Option<&RngKey>,
    ) -> Tensor {
        if let Some(bad) = self.check(scope, x) {
            return bad;
        }
        let [q, k, v] = self.project(scope, x);
        let t = x.dims()[1];
        let causal = self.causal.then(|| {
            let row = x.apply_source(Op::Iota {
                axis: 0,
                ty: TensorType::new(DType::I32, &[t, t]),
            });
            let col = row.transpose(&[1, 0]);
            col.le(&row) // (T, T): key s <= query t
        });
        let mask = match (causal, mask) {
            (Some(c), Some(m)) => Some(c.and(m)),
            (Some(c), None) => Some(c),
            (None, m) => m.cloned(),
        };
        self.attend(scope, &q, &k, &v, mask.as_ref(), dropout_key)
    }
}
