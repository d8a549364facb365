//! `GroupNorm` of NHWC activations (flax `nn.GroupNorm`): the channels split into `groups`
//! groups of `C / groups`; each (sample, group) is standardised over its spatial positions
//! and channels, then `y = xhat * scale + bias` per channel.
//!
//! | tensor | shape |
//! |--------|-------|
//! | x, y   | `[N, spatial.., C]` (any number of spatial axes, also none) |
//! | scale  | `[C]`, init 1 |
//! | bias   | `[C]`, init 0 |
//!
//! `eps` defaults to 1e-6 (flax; the reference VQ-GAN uses 32 groups).
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::nn::{GroupNorm, Scope};
//! use viper::DType;
//! let fb = FunctionBuilder::new("gn_demo");
//! let x = fb.input("x", DType::F32, &[2, 4, 4, 8]);
//! let y = GroupNorm::new(4, 8).forward(&Scope::new(&fb), &x);
//! assert_eq!(y.dims(), vec![2, 4, 4, 8]);
//! ```

use super::init::Init;
use super::layer_norm::standardize;
use super::scope::Scope;
use crate::dtype::DType;
use crate::graph::Tensor;

/// Configuration of a group norm.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupNorm {
    pub groups: usize,
    pub channels: usize,
    pub eps: f64,
    pub param_dtype: DType,
}

impl GroupNorm {
    /// eps 1e-6, learned scale and bias, f32 parameters.
    pub fn new(groups: usize, channels: usize) -> Self {
        GroupNorm {
            groups,
            channels,
            eps: 1e-6,
            param_dtype: DType::F32,
        }
    }

    pub fn eps(mut self, eps: f64) -> Self {
        self.eps = eps;
        self
    }

    pub fn param_dtype(mut self, dtype: DType) -> Self {
        self.param_dtype = dtype;
        self
    }

    /// `x [N, spatial.., C] -> [N, spatial.., C]`.
    #[track_caller]
    pub fn forward(&self, scope: &Scope, x: &Tensor) -> Tensor {
        let dims = x.dims();
        let fits = dims.len() >= 2
            && dims[dims.len() - 1] == self.channels
            && self.groups > 0
            && self.channels.is_multiple_of(self.groups);
        if !fits {
            return x.fail(
                "nn.GroupNorm",
                format!(
                    "`{}` expects input [N, .., {}] with {} groups dividing the channels, got {}",
                    scope.path(),
                    self.channels,
                    self.groups,
                    x.ty()
                ),
            );
        }
        let batch = dims[0];
        let positions: usize = dims[1..dims.len() - 1].iter().product();
        // (N, positions, groups, C / groups)
        let grouped = x.reshape(&[batch, positions, self.groups, self.channels / self.groups]);
        let y = standardize(&grouped, &[1, 3], self.eps).reshape(&dims);
        let scale = scope.param("scale", self.param_dtype, &[self.channels], Init::Ones);
        let bias = scope.param("bias", self.param_dtype, &[self.channels], Init::Zeros);
        y * scale.convert(x.dtype()) + bias.convert(x.dtype())
    }
}
