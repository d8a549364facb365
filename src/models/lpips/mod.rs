//! LPIPS (VGG16), the perceptual distance of the VQ-GAN's reconstruction loss (reference
//! brief §1.5: `ae_loss = mean(|x - recon| + 0.1 * LPIPS_vgg16(x, recon))`). The network is
//! frozen: its weights come from a user-given safetensors file (`weights.rs`, converted from
//! the public torch weights by `tools/lpips/convert.py`) and enter train steps as frozen
//! inputs, never trained.
//!
//! `distance(a, b)` for frames `[N, H, W, 3]` in [-1, 1] (`H, W` divisible by 16):
//! 1. scaling layer: `(x - shift) / scale` per colour channel (the LPIPS constants below);
//! 2. VGG16 features (torchvision layout): five stages of 3x3 SAME convolutions + ReLU
//!    (2, 2, 3, 3, 3 convolutions of `widths` = 64, 128, 256, 512, 512 channels), a 2x2
//!    max-pool between stages; the taps are the last ReLU of each stage (relu1_2, relu2_2,
//!    relu3_3, relu4_3, relu5_3);
//! 3. per tap `k`: unit-normalise each pixel's feature vector over channels,
//!    `f / sqrt(sum_c f² + eps²)` (eps = 1e-10; the reference divides by `sqrt(sum) + eps`,
//!    which has an infinite gradient where a pixel's features are all zero; the two agree to
//!    ~1e-10 elsewhere), take the squared difference of the two frames' normalised features,
//!    weight the channels with the non-negative `lin{k}` vector (the reference's 1x1
//!    convolution without bias), and average over pixels;
//! 4. sum over the five taps: one distance per frame, `[N]`.
//!
//! Parameters (under the scope the caller passes, normally `lpips/`): `vgg/conv{s}_{i}/kernel`
//! `[3, 3, in, out]` (HWIO) and `vgg/conv{s}_{i}/bias` `[out]` for stage `s` = 1..5 and
//! convolution `i`, and `lin{k}/weight` `[widths[k]]` for k = 0..4.

pub mod weights;

pub use weights::{load_lpips_weights, LpipsError};

use crate::graph::ops::window::WindowReduction;
use crate::graph::{FunctionBuilder, Tensor};
use crate::nn::{Conv2d, Init, ParamSpec, Scope};
use crate::{DType, HostTensor};

/// The scope under which train steps expect the LPIPS parameters.
pub const LPIPS_SCOPE: &str = "lpips";
/// The LPIPS scaling layer's per-channel shift and scale (applied to inputs in [-1, 1]).
pub const INPUT_SHIFT: [f64; 3] = [-0.030, -0.088, -0.188];
pub const INPUT_SCALE: [f64; 3] = [0.458, 0.448, 0.450];
/// Convolutions per VGG16 stage.
pub const CONVS_PER_STAGE: [usize; 5] = [2, 2, 3, 3, 3];
/// VGG16's channel counts per stage.
pub const VGG16_WIDTHS: [usize; 5] = [64, 128, 256, 512, 512];
const NORM_EPS: f64 = 1e-10;

/// The LPIPS network shape: VGG16 (`vgg16()`), or narrower stages for tests.
#[derive(Clone, Debug, PartialEq)]
pub struct Lpips {
    pub widths: [usize; 5],
}

impl Lpips {
    pub fn vgg16() -> Self {
        Lpips {
            widths: VGG16_WIDTHS,
        }
    }

    /// The five tapped feature maps of frames `x [N, H, W, 3]` in [-1, 1].
    #[track_caller]
    pub fn features(&self, scope: &Scope, x: &Tensor) -> Vec<Tensor> {
        let channels = x.dims()[3];
        let per_channel = |values: [f64; 3]| {
            let host = HostTensor::from_slice(&[3], &values.map(|v| v as f32))
                .expect("internal error: three values");
            x.host_constant(&host).convert(x.dtype())
        };
        let mut h = (x - per_channel(INPUT_SHIFT)) / per_channel(INPUT_SCALE);
        let vgg = scope.child("vgg");
        let mut taps = Vec::with_capacity(5);
        let mut in_channels = channels;
        for (s, (&convs, &width)) in CONVS_PER_STAGE.iter().zip(&self.widths).enumerate() {
            if s > 0 {
                h = h.reduce_window(
                    WindowReduction::Max,
                    &[1, 2, 2, 1],
                    &[1, 2, 2, 1],
                    &[(0, 0); 4],
                );
            }
            for i in 0..convs {
                let conv = Conv2d::new(in_channels, width, [3, 3]);
                h = conv
                    .forward(&vgg.child(&format!("conv{}_{}", s + 1, i + 1)), &h)
                    .relu();
                in_channels = width;
            }
            taps.push(h.clone());
        }
        taps
    }

    /// The per-frame distance `[N]` between frames `a` and `b` (`[N, H, W, 3]`, [-1, 1]).
    #[track_caller]
    pub fn distance(&self, scope: &Scope, a: &Tensor, b: &Tensor) -> Tensor {
        let n = a.dims()[0];
        let both = Tensor::concatenate(&[a, b], 0); // (2N, H, W, 3): one pass through VGG
        let mut total: Option<Tensor> = None;
        for (k, tap) in self.features(scope, &both).iter().enumerate() {
            let normed = unit_normalise(tap);
            let dims = normed.dims(); // (2N, h, w, C)
            let fa = normed.slice_axis(0, 0, n);
            let fb = normed.slice_axis(0, n, 2 * n);
            let weight = scope.child(&format!("lin{k}")).param(
                "weight",
                DType::F32,
                &[dims[3]],
                Init::Uniform {
                    low: 0.0,
                    high: 1.0,
                },
            );
            let weighted = (fa - fb).square() * weight.convert(a.dtype());
            let per_frame = weighted.sum(&[3]).mean(&[1, 2]); // (N,)
            total = Some(match total {
                Some(t) => t + per_frame,
                None => per_frame,
            });
        }
        total.expect("internal error: five taps")
    }

    /// The parameter specs under `lpips/` (names as in the weights file, with the prefix).
    pub fn param_specs(&self) -> Vec<ParamSpec> {
        let fb = FunctionBuilder::new("lpips_param_specs");
        let x = fb.input("x", DType::F32, &[1, 16, 16, 3]);
        let scope = Scope::new(&fb).child(LPIPS_SCOPE);
        let _ = self.distance(&scope, &x, &x);
        scope.param_specs()
    }
}

/// `f / sqrt(sum_c f² + eps²)` over the channel axis (the last).
fn unit_normalise(f: &Tensor) -> Tensor {
    let sum = f.square().sum_keepdims(&[f.rank() - 1]);
    f / (sum + NORM_EPS * NORM_EPS).sqrt()
}
