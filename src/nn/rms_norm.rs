//! `RmsNorm` over the last axis: `y = x / sqrt(mean(x^2) + eps) * scale` (no centering, no
//! bias).
//!
//! | tensor | shape |
//! |--------|-------|
//! | x, y   | `[.., F]` |
//! | scale  | `[F]`, init 1 |
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::nn::{RmsNorm, Scope};
//! use viper::DType;
//! let fb = FunctionBuilder::new("rms_demo");
//! let x = fb.input("x", DType::F32, &[3, 6]);
//! assert_eq!(RmsNorm::new(6).forward(&Scope::new(&fb), &x).dims(), vec![3, 6]);
//! ```

use super::init::Init;
use super::scope::Scope;
use crate::dtype::DType;
use crate::graph::Tensor;

/// Configuration of an RMS norm over `features` (the last axis).
#[derive(Clone, Debug, PartialEq)]
pub struct RmsNorm {
    pub features: usize,
    pub eps: f64,
    pub param_dtype: DType,
}

impl RmsNorm {
    /// eps 1e-6, f32 scale.
    pub fn new(features: usize) -> Self {
        RmsNorm {
            features,
            eps: 1e-6,
            param_dtype: DType::F32,
        }
    }

    pub fn eps(mut self, eps: f64) -> Self {
        self.eps = eps;
        self
    }

    /// `x [.., F] -> [.., F]`.
    #[track_caller]
    pub fn forward(&self, scope: &Scope, x: &Tensor) -> Tensor {
        let rank = x.rank();
        if rank == 0 || x.dims()[rank - 1] != self.features {
            return x.fail(
                "nn.RmsNorm",
                format!(
                    "`{}` expects input [.., {}], got {}",
                    scope.path(),
                    self.features,
                    x.ty()
                ),
            );
        }
        let mean_square = x.square().sum_keepdims(&[rank - 1]) / self.features as f64;
        let scale = scope.param("scale", self.param_dtype, &[self.features], Init::Ones);
        x * (mean_square + self.eps).rsqrt() * scale.convert(x.dtype())
    }
}
