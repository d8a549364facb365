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

use super::linear::Linear;
use super::scope::Scope;
use crate::dtype::DType;
use crate::graph::{DotDims, Op, Tensor, TensorType};

/// Keys and values of every position so far, `[B, L, H, D]` each (function inputs/outputs).
#[derive(Clone, Debug)]
pub struct KvCache {
    pub keys: Tensor,
    pub values: Tensor,
}

/// Configuration of a multi-head attention layer.
#[derive(Clone, Debug, PartialEq)]
pub struct MultiHeadAttention {
    pub embed: usize,
    pub heads: usize,
    pub causal: bool,
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
            param_dtype: DType::F32,
        }
    }

    /// With the causal (`tril`) mask.
    pub fn causal(mut self) -> Self {
        self.causal = true;
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
    fn check(&self, scope: &Scope, x: &Tensor) -> Option<Tensor> {
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
    fn project(&self, scope: &Scope, x: &Tensor) -> [Tensor; 3] {
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
    fn attend(
        &self,
        scope: &Scope,
        q: &Tensor,
        k: &Tensor,
        v: &Tensor,
        mask: Option<&Tensor>,
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
        let weights = scores.softmax(3);
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
        self.attend(scope, &q, &k, &v, mask.as_ref())
    }

    /// Zero caches for `batch` sequences of up to `length` positions, in `like`'s graph.
    #[track_caller]
    pub fn empty_cache(&self, like: &Tensor, batch: usize, length: usize, dtype: DType) -> KvCache {
        let dims = [batch, length, self.heads, self.head_dim()];
        KvCache {
            keys: like.constant_like(0.0, dtype, &dims),
            values: like.constant_like(0.0, dtype, &dims),
        }
    }

    /// One decoding step: the token `x [B, 1, E]` at `position` (i32 scalar, `< L`) attends
    /// to the cached positions `<= position` and itself. Returns `y [B, 1, E]` and the cache
    /// with this token's keys and values written at `position`.
    #[track_caller]
    pub fn decode_step(
        &self,
        scope: &Scope,
        x: &Tensor,
        cache: &KvCache,
        position: &Tensor,
    ) -> (Tensor, KvCache) {
        if let Some(bad) = self.check(scope, x) {
            return (bad, cache.clone());
        }
        let expected = [
            x.dims()[0],
            cache.keys.dims()[1].max(1),
            self.heads,
            self.head_dim(),
        ];
        let ok = x.dims()[1] == 1
            && cache.keys.dims() == expected
            && cache.values.dims() == expected
            && position.rank() == 0
            && position.dtype() == DType::I32;
        if !ok {
            let bad = x.fail(
                "nn.MultiHeadAttention.decode_step",
                format!(
                    "`{}` expects x [B, 1, E], caches [B, L, H, D] = {expected:?} and an i32 scalar position, got {}, {}, {} and {}",
                    scope.path(),
                    x.ty(),
                    cache.keys.ty(),
                    cache.values.ty(),
                    position.ty()
                ),
            );
            return (bad, cache.clone());
        }
        let [q, k, v] = self.project(scope, x);
        let zero = position.scalar_like(0.0);
        let starts = [&zero, position, &zero, &zero];
        let keys = cache
            .keys
            .dynamic_update_slice(&k.convert(cache.keys.dtype()), &starts);
        let values = cache
            .values
            .dynamic_update_slice(&v.convert(cache.values.dtype()), &starts);
        let length = keys.dims()[1];
        let slots = position.apply_source(Op::Iota {
            axis: 0,
            ty: TensorType::new(DType::I32, &[length]),
        });
        let visible = slots.le(position); // (L,): broadcast over (B, H, 1, L)
        let y = self.attend(
            scope,
            &q,
            &keys.convert(x.dtype()),
            &values.convert(x.dtype()),
            Some(&visible),
        );
        (y, KvCache { keys, values })
    }
}
