//! The reference VideoGPT's LayerNorm (brief §2.3): statistics over the last axis with the
//! variance computed as `E[x^2] - E[x]^2` and eps 1e-6, then either a learned per-feature
//! scale and bias (unconditional) or, with class conditioning, `scale = 1 + onehot · Ws`,
//! `bias = onehot · Wb` (two bias-free dense layers on the label's one-hot), replacing the
//! learned ones in every norm.
//!
//! Both forms are `nn::LayerNorm` / `nn::ConditionalLayerNorm` with the one-pass variance
//! (`nn::Variance::OnePass`), so parameter names and layouts are theirs (`scale`, `bias`;
//! `scale/kernel`, `bias/kernel` `[classes, F]`).
//!
//! | tensor | shape |
//! |--------|-------|
//! | x, y | `[B, .., F]` |
//! | one_hot | `[B, classes]`, x's dtype (conditional only) |
//! | scale, bias | `[F]` (unconditional, init 1 and 0) |

use crate::dtype::DType;
use crate::graph::Tensor;
use crate::nn::{ConditionalLayerNorm, LayerNorm, Scope};

/// The reference's epsilon.
pub const NORM_EPS: f64 = 1e-6;

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
        match one_hot {
            None => LayerNorm::new(self.features)
                .eps(NORM_EPS)
                .one_pass_variance()
                .param_dtype(self.param_dtype)
                .forward(scope, x),
            Some(one_hot) => {
                let classes = one_hot.dims().last().copied().unwrap_or(0);
                ConditionalLayerNorm::new(self.features, classes)
                    .eps(NORM_EPS)
                    .one_pass_variance()
                    .param_dtype(self.param_dtype)
                    .forward_one_hot(scope, x, one_hot)
            }
        }
    }
}
