//! Dynamic loss scaling for f16 training (DreamerV3's `jaxutils.Optimizer` behaviour): the
//! loss is multiplied by a scale before differentiation so small f16 gradients do not flush
//! to zero; the gradients are divided by it again. A step whose gradients hold an inf or NaN
//! is skipped (parameters and optimizer state unchanged, like `optax.apply_if_finite`) and the
//! scale halves; after `growth_interval` finite steps in a row it doubles. The scale stays in
//! `[min_scale, max_scale]`.

use crate::dtype::DType;
use crate::graph::Tensor;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LossScale {
    pub initial_scale: f64,
    pub growth_interval: u32,
    pub min_scale: f64,
    pub max_scale: f64,
}

impl Default for LossScale {
    /// DreamerV3's float16 setting: start at 1e4, x2 after 1000 finite steps, /2 on
    /// overflow, within [1e-4, 1e4].
    fn default() -> Self {
        LossScale {
            initial_scale: 1e4,
            growth_interval: 1000,
            min_scale: 1e-4,
            max_scale: 1e4,
        }
    }
}

/// 1-valued bool scalar when every element of every tensor is finite (no inf, no NaN).
#[track_caller]
pub fn all_finite(tensors: &[Tensor]) -> Option<Tensor> {
    let mut all: Option<Tensor> = None;
    for t in tensors {
        let t = t.convert(DType::F32);
        let n: usize = t.dims().iter().product();
        // |x| < inf is false for inf and for NaN (every comparison with NaN is false).
        let finite = t
            .abs()
            .lt(&t.scalar_like(f64::INFINITY))
            .convert(DType::F32)
            .reshape(&[n])
            .min(&[0]);
        all = Some(match all {
            None => finite,
            Some(acc) => acc.minimum(&finite),
        });
    }
    all.map(|a| a.gt(&a.scalar_like(0.5)))
}

impl LossScale {
    /// The next `(scale, good_steps)` after a step whose gradients were `finite` (bool
    /// scalar); `scale` is f32, `good_steps` i32 (finite steps since the last change).
    #[track_caller]
    pub fn next(&self, finite: &Tensor, scale: &Tensor, good_steps: &Tensor) -> (Tensor, Tensor) {
        let counted = good_steps + good_steps.scalar_like(1.0);
        let grow = finite.and(&counted.ge(&counted.scalar_like(self.growth_interval as f64)));
        let zero = good_steps.scalar_like(0.0);
        let new_good = grow.select(&zero, &finite.select(&counted, &zero));
        let grown = grow.select(&(scale * 2.0), scale);
        let new_scale = finite
            .select(&grown, &(scale * 0.5))
            .clamp(self.min_scale, self.max_scale);
        (new_scale, new_good)
    }
}
