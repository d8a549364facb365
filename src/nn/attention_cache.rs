//! One-token decoding for `MultiHeadAttention` with a key/value cache held as explicit
//! tensors (so a sampler can carry it through a loop or keep it on the device between calls).
//!
//! | symbol | meaning | shape |
//! |--------|---------|-------|
//! | x, y   | the new token in, its output | `[B, 1, E]` |
//! | position | index of the token in the sequence | i32 scalar, `< L` |
//! | keys, values | every position's k and v (zeros where not yet written) | `[B, L, H, D]` |
//!
//! The token's k and v are written at `position` (`dynamic_update_slice`), then its query
//! attends to the cached positions `<= position`: exactly the causal mask's row `position`,
//! so decoding tokens 0..T one at a time reproduces the full causal pass.

use super::attention::MultiHeadAttention;
use super::scope::Scope;
use crate::dtype::DType;
use crate::graph::{Op, Tensor, TensorType};

/// Keys and values of every position so far, `[B, L, H, D]` each (function inputs/outputs).
#[derive(Clone, Debug)]
pub struct KvCache {
    pub keys: Tensor,
    pub values: Tensor,
}

impl MultiHeadAttention {
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
            None,
        );
        (y, KvCache { keys, values })
    }
}
