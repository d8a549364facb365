//! `Linear`: a dense layer on the last axis, `y = x · kernel + bias`.
//!
//! | tensor  | shape            |
//! |---------|------------------|
//! | x       | `[.., in]`       |
//! | kernel  | `[in, out]` (flax layout) |
//! | bias    | `[out]` (optional) |
//! | y       | `[.., out]`      |
//!
//! Parameters are `<scope>/kernel` and `<scope>/bias`, stored in the parameter dtype (f32 by
//! default) and converted to the input's dtype at use (mixed precision as flax's `dtype`).
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::nn::{Linear, Scope};
//! use viper::DType;
//! let fb = FunctionBuilder::new("linear_demo");
//! let scope = Scope::new(&fb);
//! let x = fb.input("x", DType::F32, &[4, 3]);
//! let y = Linear::new(3, 5).forward(&scope.child("head"), &x);
//! assert_eq!(y.dims(), vec![4, 5]);
//! assert_eq!(scope.param_count(), 3 * 5 + 5);
//! ```

use super::init::Init;
use super::scope::Scope;
use crate::dtype::DType;
use crate::graph::Tensor;

/// Configuration of a dense layer (no parameters: those live in the scope).
#[derive(Clone, Debug, PartialEq)]
pub struct Linear {
    pub in_features: usize,
    pub out_features: usize,
    pub bias: bool,
    pub kernel_init: Init,
    pub bias_init: Init,
    pub param_dtype: DType,
}

impl Linear {
    /// With bias, lecun-normal kernel and zero bias (flax `Dense` defaults), f32 parameters.
    pub fn new(in_features: usize, out_features: usize) -> Self {
        Linear {
            in_features,
            out_features,
            bias: true,
            kernel_init: Init::LecunNormal,
            bias_init: Init::Zeros,
            param_dtype: DType::F32,
        }
    }

    /// Without the bias (layers followed by a norm, DreamerV3 style).
    pub fn no_bias(mut self) -> Self {
        self.bias = false;
        self
    }

    pub fn kernel_init(mut self, init: Init) -> Self {
        self.kernel_init = init;
        self
    }

    pub fn bias_init(mut self, init: Init) -> Self {
        self.bias_init = init;
        self
    }

    pub fn param_dtype(mut self, dtype: DType) -> Self {
        self.param_dtype = dtype;
        self
    }

    /// `x [.., in] -> [.., out]`.
    #[track_caller]
    pub fn forward(&self, scope: &Scope, x: &Tensor) -> Tensor {
        if x.dims().last() != Some(&self.in_features) {
            return x.fail(
                "nn.Linear",
                format!(
                    "`{}` expects input [.., {}], got {}",
                    scope.path(),
                    self.in_features,
                    x.ty()
                ),
            );
        }
        let kernel = scope.param(
            "kernel",
            self.param_dtype,
            &[self.in_features, self.out_features],
            self.kernel_init.clone(),
        );
        let y = x.matmul(&kernel.convert(x.dtype()));
        if !self.bias {
            return y;
        }
        let bias = scope.param(
            "bias",
            self.param_dtype,
            &[self.out_features],
            self.bias_init.clone(),
        );
        y + bias.convert(x.dtype())
    }
}
