//! The image decoder (DreamerV3 v1 `ImageDecoderResnet`, reference brief §4.2) and its loss.
//!
//! `Linear(features -> 4 · 4 · C)` with bias and no norm (C = `depth · 2^(stages-1)`,
//! uniform fan-avg init as the reference's `Linear` default), reshaped to `[4, 4, C]`; then
//! `stages - 1` transposed convs 4x4 stride 2 halving the channels, each without bias and
//! followed by LayerNorm (eps 1e-3) and SiLU (truncated-normal fan-avg init;
//! `layers::ConvStage`); then a transposed conv 4x4 stride 2 to 3 channels with bias (uniform
//! fan-avg init, the reference's `Conv2D` defaults); the mean frame is that plus 0.5. The loss
//! of a frame (`image_dist mse`) is the squared error summed over its pixels against
//! `image / 255`.
//!
//! | tensor | shape |
//! |--------|-------|
//! | features | `[.., F]` |
//! | mean frame | `[.., S, S, 3]` (targets in [0, 1]) |
//!
//! Parameters: `<scope>/in/{kernel,bias}`, `<scope>/deconv{i}/kernel`,
//! `<scope>/deconv{i}/norm/{scale,bias}`, `<scope>/out/{kernel,bias}`.

use super::config::DreamerConfig;
use super::encoder::IMAGE_CHANNELS;
use super::layers::{ConvStage, OutputDense, Resample};
use crate::graph::Tensor;
use crate::nn::{ConvForm, ConvTranspose2d, Init, Scope};
use crate::DType;

/// Side of the smallest feature map.
const MIN_RES: usize = 4;

/// Configuration of the decoder.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageDecoder {
    pub features: usize,
    pub image_size: usize,
    pub depth: usize,
    pub stages: usize,
    pub param_dtype: DType,
}

impl ImageDecoder {
    pub fn new(config: &DreamerConfig) -> Self {
        ImageDecoder {
            features: config.feature_size(),
            image_size: config.image_size,
            depth: config.cnn_depth,
            stages: config.cnn_stages(),
            param_dtype: DType::F32,
        }
    }

    pub fn param_dtype(mut self, dtype: DType) -> Self {
        self.param_dtype = dtype;
        self
    }

    /// `features [.., F] -> mean frame [.., S, S, 3]`.
    #[track_caller]
    pub fn forward(&self, scope: &Scope, features: &Tensor) -> Tensor {
        let dims = features.dims();
        let lead = &dims[..dims.len().saturating_sub(1)];
        let n: usize = lead.iter().product();
        let top = self.depth << self.stages.saturating_sub(1);
        let x = OutputDense::new(
            self.features,
            MIN_RES * MIN_RES * top,
            1.0,
            self.param_dtype,
        )
        .forward(&scope.child("in"), features);
        let mut x = x.reshape(&[n, MIN_RES, MIN_RES, top]); // (N, 4, 4, C)
        let mut channels = top;
        for i in 0..self.stages.saturating_sub(1) {
            let out = channels / 2;
            let layer = scope.child(&format!("deconv{i}"));
            x = ConvStage::new(Resample::Up, channels, out, self.param_dtype).forward(&layer, &x);
            channels = out;
        }
        // The reference builds the last layer with `Conv2D`'s defaults: uniform fan-avg init.
        let x = ConvTranspose2d::new(channels, IMAGE_CHANNELS, [4, 4])
            .stride(2)
            .kernel_init(Init::UniformFanAvg { scale: 1.0 })
            .param_dtype(self.param_dtype)
            .form(ConvForm::Matmul)
            .forward(&scope.child("out"), &x)
            + 0.5;
        let s = self.image_size;
        let mut out_dims = lead.to_vec();
        out_dims.extend([s, s, IMAGE_CHANNELS]);
        x.reshape(&out_dims) // (.., S, S, 3)
    }
}

/// `sum over pixels (mean - image / 255)^2` per frame: `[.., S, S, 3] -> [..]`.
#[track_caller]
pub fn image_loss(mean: &Tensor, image: &Tensor) -> Tensor {
    let target = image.convert(mean.dtype()) / 255.0;
    let rank = mean.rank();
    (mean - target)
        .square()
        .sum(&[rank - 3, rank - 2, rank - 1])
}
