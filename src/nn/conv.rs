//! `Conv2d`: 2-d convolution of NHWC activations with an HWIO kernel (flax `nn.Conv`).
//!
//! `y[n, i, j, o] = bias[o] + sum_{a, b, c} xp[n, i*s + a, j*s + b, c] * kernel[a, b, c, o]`,
//! `xp` the input padded as `padding` says:
//! - `Same`: output `ceil(in / s)`; total pad `max((out - 1) s + k - in, 0)`, the smaller
//!   half before (XLA's and flax's "SAME");
//! - `Valid`: no padding, output `floor((in - k) / s) + 1`.
//!
//! | tensor | shape |
//! |--------|-------|
//! | x      | `[N, H, W, in]` |
//! | kernel | `[kh, kw, in, out]` |
//! | bias   | `[out]` (optional) |
//! | y      | `[N, H', W', out]` |
//!
//! `form` picks how the values are computed: one `convolution` op (default) or
//! `ConvForm::Matmul`, the same values as one matmul whose gradients are matmuls too
//! (`Tensor::conv_as_matmul`; faster on XLA:CPU for strided layers, DESIGN.md §6).
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::nn::{Conv2d, Scope};
//! use viper::DType;
//! let fb = FunctionBuilder::new("conv_demo");
//! let x = fb.input("x", DType::F32, &[2, 9, 9, 3]);
//! let y = Conv2d::new(3, 8, [3, 3]).stride(2).forward(&Scope::new(&fb), &x);
//! assert_eq!(y.dims(), vec![2, 5, 5, 8]);
//! ```

use super::init::Init;
use super::scope::Scope;
use crate::dtype::DType;
use crate::graph::ops::conv::ConvAttrs;
use crate::graph::Tensor;

/// Spatial padding of a convolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Padding {
    Same,
    Valid,
}

impl Padding {
    /// `(low, high)` padding of one spatial axis of length `input`.
    pub fn resolve(self, input: usize, kernel: usize, stride: usize) -> (i64, i64) {
        match self {
            Padding::Valid => (0, 0),
            Padding::Same => {
                let out = input.div_ceil(stride);
                let total = ((out.max(1) - 1) * stride + kernel).saturating_sub(input) as i64;
                (total / 2, total - total / 2)
            }
        }
    }
}

/// Configuration of a 2-d convolution.
#[derive(Clone, Debug, PartialEq)]
pub struct Conv2d {
    pub in_channels: usize,
    pub out_channels: usize,
    pub kernel: [usize; 2],
    pub stride: [usize; 2],
    pub padding: Padding,
    pub bias: bool,
    pub kernel_init: Init,
    pub param_dtype: DType,
    pub form: ConvForm,
}

/// How a conv layer computes its values (the same values either way).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ConvForm {
    /// One StableHLO `convolution` (its gradients: `graph::ops::conv_grad`).
    #[default]
    Convolution,
    /// Pads, reshapes, slices and one matmul (`Tensor::conv_as_matmul`,
    /// `Tensor::conv_transpose_as_matmul`): no convolution in the values or the gradients.
    Matmul,
}

impl Conv2d {
    /// Stride 1, SAME padding, bias, lecun-normal kernel (flax defaults), f32 parameters.
    pub fn new(in_channels: usize, out_channels: usize, kernel: [usize; 2]) -> Self {
        Conv2d {
            in_channels,
            out_channels,
            kernel,
            stride: [1, 1],
            padding: Padding::Same,
            bias: true,
            kernel_init: Init::LecunNormal,
            param_dtype: DType::F32,
            form: ConvForm::default(),
        }
    }

    pub fn form(mut self, form: ConvForm) -> Self {
        self.form = form;
        self
    }

    pub fn stride(mut self, stride: usize) -> Self {
        self.stride = [stride, stride];
        self
    }

    pub fn padding(mut self, padding: Padding) -> Self {
        self.padding = padding;
        self
    }

    pub fn no_bias(mut self) -> Self {
        self.bias = false;
        self
    }

    pub fn kernel_init(mut self, init: Init) -> Self {
        self.kernel_init = init;
        self
    }

    pub fn param_dtype(mut self, dtype: DType) -> Self {
        self.param_dtype = dtype;
        self
    }

    /// `x [N, H, W, in] -> [N, H', W', out]`.
    #[track_caller]
    pub fn forward(&self, scope: &Scope, x: &Tensor) -> Tensor {
        if let Some(failed) = check_nhwc("nn.Conv2d", scope, x, self.in_channels, self.stride) {
            return failed;
        }
        let dims = x.dims();
        let [kh, kw] = self.kernel;
        let kernel = hwio_kernel(
            scope,
            self.in_channels,
            self.out_channels,
            self.kernel,
            self.param_dtype,
            &self.kernel_init,
        );
        let padding = [
            self.padding.resolve(dims[1], kh, self.stride[0]),
            self.padding.resolve(dims[2], kw, self.stride[1]),
        ];
        let attrs = ConvAttrs::strided(&self.stride, &padding);
        let kernel = kernel.convert(x.dtype());
        let y = match self.form {
            ConvForm::Convolution => x.conv(&kernel, &attrs),
            ConvForm::Matmul => x.conv_as_matmul(&kernel, &attrs),
        };
        if !self.bias {
            return y;
        }
        add_bias(scope, &y, self.out_channels, self.param_dtype)
    }
}

/// The input check Conv2d and ConvTranspose2d share: NHWC with `in_channels` features and
/// non-zero strides. Returns the poisoned result to hand back when the input does not fit.
#[track_caller]
pub(super) fn check_nhwc(
    layer: &'static str,
    scope: &Scope,
    x: &Tensor,
    in_channels: usize,
    stride: [usize; 2],
) -> Option<Tensor> {
    let dims = x.dims();
    if dims.len() == 4 && dims[3] == in_channels && !stride.contains(&0) {
        return None;
    }
    Some(x.fail(
        layer,
        format!(
            "`{}` expects NHWC input [N, H, W, {in_channels}] and non-zero strides, got {} and stride {stride:?}",
            scope.path(),
            x.ty(),
        ),
    ))
}

/// The HWIO `kernel` parameter of a 2-d convolution layer.
#[track_caller]
pub(super) fn hwio_kernel(
    scope: &Scope,
    in_channels: usize,
    out_channels: usize,
    [kh, kw]: [usize; 2],
    dtype: DType,
    init: &Init,
) -> Tensor {
    scope.param(
        "kernel",
        dtype,
        &[kh, kw, in_channels, out_channels],
        init.clone(),
    )
}

/// Adds the zero-initialised `bias` parameter over the last (feature) axis of `y`.
#[track_caller]
pub(super) fn add_bias(scope: &Scope, y: &Tensor, out_channels: usize, dtype: DType) -> Tensor {
    let bias = scope.param("bias", dtype, &[out_channels], Init::Zeros);
    y + &bias.convert(y.dtype())
}
