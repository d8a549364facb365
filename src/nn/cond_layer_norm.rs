//! `ConditionalLayerNorm`: a layer norm whose scale and bias come from a class label, as the
//! reference VideoGPT's class conditioning:
//! `y = (x - mean) / sqrt(var + eps) * (1 + onehot(label) · Ws) + onehot(label) · Wb`
//! (two bias-free dense layers on the one-hot label; statistics over the last axis as in
//! `LayerNorm`). A label `>= classes` one-hots to zeros, giving scale 1 and bias 0 (the
//! reference's behaviour, brief Q9).
//!
//! | tensor | shape |
//! |--------|-------|
//! | x, y   | `[B, .., F]` |
//! | label  | `[B]` integer class ids (or a `[B, classes]` float one-hot, `forward_one_hot`) |
//! | scale/kernel, bias/kernel | `[classes, F]`, lecun normal (flax `Dense` default) |
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::nn::{ConditionalLayerNorm, Scope};
//! use viper::DType;
//! let fb = FunctionBuilder::new("cln_demo");
//! let x = fb.input("x", DType::F32, &[2, 7, 8]);
//! let label = fb.input("label", DType::I32, &[2]);
//! let y = ConditionalLayerNorm::new(8, 16).forward(&Scope::new(&fb), &x, &label);
//! assert_eq!(y.dims(), vec![2, 7, 8]);
//! ```

use super::init::Init;
use super::layer_norm::{standardize_with, Variance};
use super::linear::Linear;
use super::scope::Scope;
use crate::dtype::DType;
use crate::graph::Tensor;

/// Configuration of a class-conditional layer norm.
#[derive(Clone, Debug, PartialEq)]
pub struct ConditionalLayerNorm {
    pub features: usize,
    pub classes: usize,
    pub eps: f64,
    pub kernel_init: Init,
    pub variance: Variance,
    pub param_dtype: DType,
}

impl ConditionalLayerNorm {
    /// eps 1e-6 (the reference's), lecun-normal kernels, f32 parameters.
    pub fn new(features: usize, classes: usize) -> Self {
        ConditionalLayerNorm {
            features,
            classes,
            eps: 1e-6,
            kernel_init: Init::LecunNormal,
            variance: Variance::TwoPass,
            param_dtype: DType::F32,
        }
    }

    pub fn eps(mut self, eps: f64) -> Self {
        self.eps = eps;
        self
    }

    pub fn kernel_init(mut self, init: Init) -> Self {
        self.kernel_init = init;
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

    /// `x [B, .., F]`, integer `label [B]` -> `[B, .., F]`.
    #[track_caller]
    pub fn forward(&self, scope: &Scope, x: &Tensor, label: &Tensor) -> Tensor {
        if !label.dtype().is_integer() || label.rank() != 1 {
            return label.fail(
                "nn.ConditionalLayerNorm",
                format!(
                    "`{}` expects integer labels [B], got {}",
                    scope.path(),
                    label.ty()
                ),
            );
        }
        self.forward_one_hot(scope, x, &label.one_hot(self.classes, x.dtype()))
    }

    /// `x [B, .., F]`, `one_hot [B, classes]` (x's dtype) -> `[B, .., F]`.
    #[track_caller]
    pub fn forward_one_hot(&self, scope: &Scope, x: &Tensor, one_hot: &Tensor) -> Tensor {
        let dims = x.dims();
        let fits = dims.len() >= 2
            && dims[dims.len() - 1] == self.features
            && one_hot.dims() == [dims[0], self.classes];
        if !fits {
            return x.fail(
                "nn.ConditionalLayerNorm",
                format!(
                    "`{}` expects x [B, .., {}] and a one-hot [B, {}], got {} and {}",
                    scope.path(),
                    self.features,
                    self.classes,
                    x.ty(),
                    one_hot.ty()
                ),
            );
        }
        let dense = Linear::new(self.classes, self.features)
            .no_bias()
            .kernel_init(self.kernel_init.clone())
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
        standardize_with(x, &[dims.len() - 1], self.eps, self.variance) * scale + bias
    }
}
