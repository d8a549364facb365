//! `LayerNorm` over the last axis (flax `nn.LayerNorm`):
//! `y = (x - mean) / sqrt(var + eps) * scale + bias`, `mean` and `var` (biased, two-pass
//! `mean((x - mean)^2)`) over the last axis.
//!
//! | tensor | shape |
//! |--------|-------|
//! | x, y   | `[.., F]` |
//! | scale  | `[F]`, init 1 (optional) |
//! | bias   | `[F]`, init 0 (optional) |
//!
//! `eps` defaults to 1e-6 (flax; the reference VideoGPT); DreamerV3 uses 1e-3. The variance
//! is the two-pass form; the reference VideoGPT's custom LN uses `E[x^2] - E[x]^2`, equal up
//! to rounding (the two-pass form does not cancel catastrophically for large means).
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::nn::{LayerNorm, Scope};
//! use viper::DType;
//! let fb = FunctionBuilder::new("ln_demo");
//! let scope = Scope::new(&fb);
//! let x = fb.input("x", DType::F32, &[2, 5, 8]);
//! let y = LayerNorm::new(8).eps(1e-3).forward(&scope.child("norm"), &x);
//! assert_eq!(y.dims(), vec![2, 5, 8]);
//! assert_eq!(scope.param_count(), 16);
//! ```

use super::init::Init;
use super::scope::Scope;
use crate::dtype::DType;
use crate::graph::Tensor;

/// `(x - mean) / sqrt(var + eps)` with the statistics taken over `axes` (kept for
/// broadcasting). The one place the norms compute their statistics; f16 and bf16 inputs are
/// standardised in f32 (as flax promotes them) and converted back.
#[track_caller]
pub fn standardize(x: &Tensor, axes: &[usize], eps: f64) -> Tensor {
    standardize_with(x, axes, eps, Variance::TwoPass)
}

/// How a norm computes the variance.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Variance {
    /// `E[(x - E[x])^2]`: the numerically safer form.
    #[default]
    TwoPass,
    /// `E[x^2] - E[x]^2`, as the reference VideoGPT's LayerNorm (so imported checkpoints see
    /// the same numbers); both statistics come from one read of `x`.
    OnePass,
}

/// [`standardize`] with the variance computed as `variance` says.
#[track_caller]
pub fn standardize_with(x: &Tensor, axes: &[usize], eps: f64, variance: Variance) -> Tensor {
    if matches!(x.dtype(), DType::F16 | DType::BF16) {
        return standardize_with(&x.convert(DType::F32), axes, eps, variance).convert(x.dtype());
    }
    let dims = x.dims();
    let count: usize = axes.iter().map(|&a| dims[a]).product();
    let mean = x.sum_keepdims(axes) / count as f64;
    match variance {
        Variance::TwoPass => {
            let centered = x - &mean;
            let var = centered.square().sum_keepdims(axes) / count as f64;
            centered * (var + eps).rsqrt()
        }
        Variance::OnePass => {
            let mean_square = x.square().sum_keepdims(axes) / count as f64;
            let var = mean_square - mean.square();
            (x - &mean) * (var + eps).rsqrt()
        }
    }
}

/// Configuration of a layer norm over `features` (the last axis).
#[derive(Clone, Debug, PartialEq)]
pub struct LayerNorm {
    pub features: usize,
    pub eps: f64,
    pub scale: bool,
    pub bias: bool,
    pub variance: Variance,
    pub param_dtype: DType,
}

impl LayerNorm {
    /// eps 1e-6, learned scale and bias, f32 parameters.
    pub fn new(features: usize) -> Self {
        LayerNorm {
            features,
            eps: 1e-6,
            scale: true,
            bias: true,
            variance: Variance::TwoPass,
            param_dtype: DType::F32,
        }
    }

    pub fn eps(mut self, eps: f64) -> Self {
        self.eps = eps;
        self
    }

    /// Without the learned scale and bias.
    pub fn no_affine(mut self) -> Self {
        self.scale = false;
        self.bias = false;
        self
    }

    /// The variance as `E[x^2] - E[x]^2` (see [`Variance::OnePass`]).
    pub fn one_pass_variance(mut self) -> Self {
        self.variance = Variance::OnePass;
        self
    }

    pub fn param_dtype(mut self, dtype: DType) -> Self {
        self.param_dtype = dtype;
        self
    }

    /// `x [.., F] -> [.., F]`.
    #[track_caller]
    pub fn forward(&self, scope: &Scope, x: &Tensor) -> Tensor {
        let rank = x.rank();
        if rank == 0 || x.dims()[rank - 1] != self.features {
            return x.fail(
                "nn.LayerNorm",
                format!(
                    "`{}` expects input [.., {}], got {}",
                    scope.path(),
                    self.features,
                    x.ty()
                ),
            );
        }
        let mut y = standardize_with(x, &[rank - 1], self.eps, self.variance);
        if self.scale {
            let scale = scope.param("scale", self.param_dtype, &[self.features], Init::Ones);
            y = y * scale.convert(x.dtype());
        }
        if self.bias {
            let bias = scope.param("bias", self.param_dtype, &[self.features], Init::Zeros);
            y = y + bias.convert(x.dtype());
        }
        y
    }
}
