//! The two dense layer kinds DreamerV3's networks are made of (reference brief §4.2, "Weight
//! init"), so every module builds its layers by one rule:
//!
//! - `NormedDense`: `silu(LayerNorm(x · kernel))`, no bias (the norm has one), LayerNorm eps
//!   1e-3 with scale and offset, kernel truncated normal with std `sqrt(1 / fan_avg)`
//!   (`winit normal, fan avg`). Used for every hidden layer (RSSM, heads, MLPs).
//! - `OutputDense`: `x · kernel + bias`, kernel uniform in `±sqrt(3 outscale / fan_avg)`
//!   (zero when `outscale` is 0), zero bias: the distribution heads and the RSSM's
//!   `*_stats` layers (`Linear` defaults: `winit uniform, fan avg`).
//!
//! `Mlp` stacks `layers` hidden `NormedDense` of `units` (DreamerV3's `MLP`). `ConvStage` is
//! the image encoder's and decoder's hidden stage: a 4x4 stride-2 convolution (transposed in
//! the decoder) without bias, with the hidden init, then LayerNorm over channels and SiLU.

use crate::graph::Tensor;
use crate::nn::{Conv2d, ConvForm, ConvTranspose2d, Init, LayerNorm, Linear, Scope};
use crate::DType;

/// DreamerV3's LayerNorm epsilon.
pub const NORM_EPS: f64 = 1e-3;

/// The hidden-layer kernel init: truncated normal, std `sqrt(1 / fan_avg)`.
pub fn hidden_init() -> Init {
    Init::TruncatedNormalFanAvg { scale: 1.0 }
}

/// `silu(LayerNorm(x · kernel))` (params `<scope>/kernel`, `<scope>/norm/{scale,bias}`).
#[derive(Clone, Debug, PartialEq)]
pub struct NormedDense {
    pub in_features: usize,
    pub out_features: usize,
    pub activate: bool,
    pub param_dtype: DType,
}

impl NormedDense {
    pub fn new(in_features: usize, out_features: usize, param_dtype: DType) -> Self {
        NormedDense {
            in_features,
            out_features,
            activate: true,
            param_dtype,
        }
    }

    /// Without the SiLU (the GRU's gate projection is normalised but not activated).
    pub fn no_activation(mut self) -> Self {
        self.activate = false;
        self
    }

    #[track_caller]
    pub fn forward(&self, scope: &Scope, x: &Tensor) -> Tensor {
        let y = Linear::new(self.in_features, self.out_features)
            .no_bias()
            .kernel_init(hidden_init())
            .param_dtype(self.param_dtype)
            .forward(scope, x);
        let y = LayerNorm::new(self.out_features)
            .eps(NORM_EPS)
            .param_dtype(self.param_dtype)
            .forward(&scope.child("norm"), &y);
        if self.activate {
            y.silu()
        } else {
            y
        }
    }

    /// Scalar parameters: kernel plus the norm's scale and offset.
    pub fn param_count(&self) -> usize {
        self.in_features * self.out_features + 2 * self.out_features
    }
}

/// `x · kernel + bias` with the output init (uniform fan-avg times `outscale`).
#[derive(Clone, Debug, PartialEq)]
pub struct OutputDense {
    pub in_features: usize,
    pub out_features: usize,
    pub outscale: f64,
    pub param_dtype: DType,
}

impl OutputDense {
    pub fn new(in_features: usize, out_features: usize, outscale: f64, param_dtype: DType) -> Self {
        OutputDense {
            in_features,
            out_features,
            outscale,
            param_dtype,
        }
    }

    #[track_caller]
    pub fn forward(&self, scope: &Scope, x: &Tensor) -> Tensor {
        let init = if self.outscale == 0.0 {
            Init::Zeros
        } else {
            Init::UniformFanAvg {
                scale: self.outscale,
            }
        };
        Linear::new(self.in_features, self.out_features)
            .kernel_init(init)
            .param_dtype(self.param_dtype)
            .forward(scope, x)
    }
}

/// `layers` hidden `NormedDense` layers of `units` (`<scope>/hidden{i}`).
#[derive(Clone, Debug, PartialEq)]
pub struct Mlp {
    pub in_features: usize,
    pub layers: usize,
    pub units: usize,
    pub param_dtype: DType,
}

impl Mlp {
    pub fn new(in_features: usize, layers: usize, units: usize, param_dtype: DType) -> Self {
        Mlp {
            in_features,
            layers,
            units,
            param_dtype,
        }
    }

    /// Width of the output (`in_features` when there are no layers).
    pub fn out_features(&self) -> usize {
        if self.layers == 0 {
            self.in_features
        } else {
            self.units
        }
    }

    #[track_caller]
    pub fn forward(&self, scope: &Scope, x: &Tensor) -> Tensor {
        let mut h = x.clone();
        let mut width = self.in_features;
        for i in 0..self.layers {
            h = NormedDense::new(width, self.units, self.param_dtype)
                .forward(&scope.child(&format!("hidden{i}")), &h);
            width = self.units;
        }
        h
    }
}

/// Which way a `ConvStage` resamples.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resample {
    /// Conv 4x4 stride 2, SAME: halves the side (the encoder).
    Down,
    /// Transposed conv 4x4 stride 2: doubles the side (the decoder).
    Up,
}

/// `silu(LayerNorm(conv(x)))` with a 4x4 stride-2 kernel and no bias, over NHWC maps
/// (params `<scope>/kernel`, `<scope>/norm/{scale,bias}`). The conv is computed as one
/// matmul (`ConvForm::Matmul`, the same values): on XLA:CPU the convolution form and its
/// gradients (strided, dilated) cost the task-mode agent step about a quarter of its time.
#[derive(Clone, Debug, PartialEq)]
pub struct ConvStage {
    pub resample: Resample,
    pub in_channels: usize,
    pub out_channels: usize,
    pub param_dtype: DType,
}

impl ConvStage {
    pub fn new(
        resample: Resample,
        in_channels: usize,
        out_channels: usize,
        param_dtype: DType,
    ) -> Self {
        ConvStage {
            resample,
            in_channels,
            out_channels,
            param_dtype,
        }
    }

    /// `[N, H, W, in] -> [N, H', W', out]` (H' = H / 2 down, 2 H up).
    #[track_caller]
    pub fn forward(&self, scope: &Scope, x: &Tensor) -> Tensor {
        let (cin, cout) = (self.in_channels, self.out_channels);
        let y = match self.resample {
            Resample::Down => Conv2d::new(cin, cout, [4, 4])
                .stride(2)
                .no_bias()
                .kernel_init(hidden_init())
                .param_dtype(self.param_dtype)
                .form(ConvForm::Matmul)
                .forward(scope, x),
            Resample::Up => ConvTranspose2d::new(cin, cout, [4, 4])
                .stride(2)
                .no_bias()
                .kernel_init(hidden_init())
                .param_dtype(self.param_dtype)
                .form(ConvForm::Matmul)
                .forward(scope, x),
        };
        LayerNorm::new(cout)
            .eps(NORM_EPS)
            .param_dtype(self.param_dtype)
            .forward(&scope.child("norm"), &y)
            .silu()
    }
}
