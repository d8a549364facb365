//! `ConvTranspose2d`: transposed 2-d convolution (flax `nn.ConvTranspose`, kernel not
//! flipped): the convolution, at stride 1, of the input with `stride - 1` zeros inserted
//! between elements and padded as `padding` says (`Same`: output `in * s`; `Valid`: the full
//! output `in * s + max(k - s, 0)`; see `graph::ops::conv::ConvTransposePadding`).
//!
//! `y[n, p, q, o] = bias[o] + sum_{a, b, c} xd[n, p + a, q + b, c] * kernel[a, b, c, o]`,
//! `xd` the dilated, padded input.
//!
//! | tensor | shape |
//! |--------|-------|
//! | x      | `[N, H, W, in]` |
//! | kernel | `[kh, kw, in, out]` |
//! | bias   | `[out]` (optional) |
//! | y      | `[N, H', W', out]` |
//!
//! `form`: as `Conv2d`'s (`ConvForm::Matmul` is `Tensor::conv_transpose_as_matmul`).
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::nn::{ConvTranspose2d, Scope};
//! use viper::DType;
//! let fb = FunctionBuilder::new("deconv_demo");
//! let x = fb.input("x", DType::F32, &[1, 4, 4, 8]);
//! let y = ConvTranspose2d::new(8, 3, [4, 4]).stride(2).forward(&Scope::new(&fb), &x);
//! assert_eq!(y.dims(), vec![1, 8, 8, 3]);
//! ```

use super::conv::{add_bias, check_nhwc, hwio_kernel, ConvForm};
use super::init::Init;
use super::scope::Scope;
use crate::dtype::DType;
use crate::graph::ops::conv::{ConvGradient, ConvTransposePadding};
use crate::graph::Tensor;

/// Configuration of a transposed 2-d convolution.
#[derive(Clone, Debug, PartialEq)]
pub struct ConvTranspose2d {
    pub in_channels: usize,
    pub out_channels: usize,
    pub kernel: [usize; 2],
    pub stride: [usize; 2],
    pub padding: ConvTransposePadding,
    pub bias: bool,
    pub kernel_init: Init,
    pub param_dtype: DType,
    pub form: ConvForm,
}

impl ConvTranspose2d {
    /// Stride 1, SAME padding, bias, lecun-normal kernel (flax defaults), f32 parameters.
    pub fn new(in_channels: usize, out_channels: usize, kernel: [usize; 2]) -> Self {
        ConvTranspose2d {
            in_channels,
            out_channels,
            kernel,
            stride: [1, 1],
            padding: ConvTransposePadding::Same,
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

    pub fn padding(mut self, padding: ConvTransposePadding) -> Self {
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
        if let Some(failed) = check_nhwc(
            "nn.ConvTranspose2d",
            scope,
            x,
            self.in_channels,
            self.stride,
        ) {
            return failed;
        }
        let kernel = hwio_kernel(
            scope,
            self.in_channels,
            self.out_channels,
            self.kernel,
            self.param_dtype,
            &self.kernel_init,
        );
        let kernel = kernel.convert(x.dtype());
        let y = match self.form {
            ConvForm::Convolution => {
                x.conv_transpose(&kernel, &self.stride, &self.padding, ConvGradient::Fast)
            }
            ConvForm::Matmul => x.conv_transpose_as_matmul(&kernel, &self.stride, &self.padding),
        };
        if !self.bias {
            return y;
        }
        add_bias(scope, &y, self.out_channels, self.param_dtype)
    }
}
