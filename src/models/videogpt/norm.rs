//! The reference VideoGPT's LayerNorm (brief §2.3): statistics over the last axis with the
//! variance computed as `E[x^2] - E[x]^2` and eps 1e-6, then either a learned per-feature
//! scale and bias (unconditional) or, with class conditioning, `scale = 1 + onehot · Ws`,
//! `bias = onehot · Wb` (two bias-free dense layers on the label's one-hot), replacing the
//! learned ones in every norm.
//!
//! `nn::LayerNorm` uses the two-pass variance; this file keeps the reference's one-pass form
//! so imported checkpoints see the same numbers (both statistics also come from one read of
//! `x`). The conditional scale and bias reuse `nn::Linear`, so parameter names and layouts
//! are those of `nn::ConditionalLayerNorm` (`scale/kernel`, `bias/kernel`, `[classes, F]`).
//!
//! | tensor | shape |
//! |--------|-------|
//! | x, y | `[B, .., F]` |
//! | one_hot | `[B, classes]`, x's dtype (conditional only) |
//! | scale, bias | `[F]` (unconditional, init 1 and 0) |

use crate::dtype::DType;
use crate::graph::Tensor;
use crate::nn::{Init, Linear, Scope};

/// The reference's epsilon.
pub const NORM_EPS: f64 = 1e-6;

/// `(x - E[x]) / sqrt(E[x^2] - E[x]^2 + eps)` over the last axis.
#[track_caller]
pub fn standardize_one_pass(x: &Tensor) -> Tensor {
    let last = x.rank() - 1;
    let count = x.dims()[last] as f64;
    let mean = x.sum_keepdims(&[last]) / count;
    let mean_square = x.square().sum_keepdims(&[last]) / count;
    let variance = mean_square - mean.square();
    (x - &mean) * (variance + NORM_EPS).rsqrt()
}

/// A VideoGPT norm over `features`, conditional when `one_hot` is given to `forward`.
#[derive(Clone, Debug, PartialEq)]
pub struct VideoGptNorm {
    pub features: usize,
    pub param_dtype: DType,
}

impl VideoGptNorm {
    /// `x [B, .., F]` -> `[B, .., F]`; `one_hot [B, classes]` selects the conditional form.
    #[track_caller]
    pub fn forward(&self, scope: &Scope, x: &Tensor, one_hot: Option<&Tensor>) -> Tensor {
        let dims = x.dims();
        let y = standardize_one_pass(x);
        match one_hot {
            None => {
                let scale = scope.param("scale", self.param_dtype, &[self.features], Init::Ones);
                let bias = scope.param("bias", self.param_dtype, &[self.features], Init::Zeros);
                y * scale.convert(x.dtype()) + bias.convert(x.dtype())
            }
            Some(one_hot) => {
                let classes = one_hot.dims().last().copied().unwrap_or(0);
                let dense = Linear::new(classes, self.features)
                    .no_bias()
                    .param_dtype(self.param_dtype);
                // (B, F) -> (B, 1.., F) to broadcast over the middle axes.
                let mut per_sample = vec![1; dims.len()];
                per_sample[0] = dims[0];
                per_sample[dims.len() - 1] = self.features;
                let scale = dense
                    .forward(&scope.child("scale"), one_hot)
                    .reshape(&per_sample)
                    + 1.0;
                let bias = dense
                    .forward(&scope.child("bias"), one_hot)
                    .reshape(&per_sample);
                y * scale + bias
            }
        }
    }
}
