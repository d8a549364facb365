//! The image encoder (DreamerV3 v1 `ImageEncoderResnet` with `cnn_blocks 0`, `resize
//! stride`, `minres 4`; reference brief §4.2).
//!
//! `x = image / 255 - 0.5`, then `stages = log2(size / 4)` times (`layers::ConvStage`): Conv
//! 4x4 stride 2 (SAME, no bias, truncated-normal fan-avg init) -> LayerNorm over channels (eps
//! 1e-3) -> SiLU, with `depth · 2^i` channels at stage `i`; the `[4, 4, depth · 2^(stages-1)]`
//! map is flattened.
//!
//! | tensor | shape |
//! |--------|-------|
//! | image  | `[.., S, S, 3]` (u8, or floats in [0, 255]) |
//! | embed  | `[.., 16 · depth · 2^(stages-1)]` (4096 for S = 64, depth 32) |
//!
//! Parameters: `<scope>/conv{i}/kernel`, `<scope>/conv{i}/norm/{scale,bias}`.

use super::config::DreamerConfig;
use super::layers::{ConvStage, Resample};
use crate::graph::Tensor;
use crate::nn::Scope;
use crate::DType;

/// Colour channels of every frame.
pub const IMAGE_CHANNELS: usize = 3;

/// Configuration of the encoder.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageEncoder {
    pub image_size: usize,
    pub depth: usize,
    pub stages: usize,
    pub param_dtype: DType,
}

impl ImageEncoder {
    pub fn new(config: &DreamerConfig) -> Self {
        ImageEncoder {
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

    /// Channels after stage `i`.
    pub fn channels(&self, stage: usize) -> usize {
        self.depth << stage
    }

    /// Size of the flattened output.
    pub fn embed_size(&self) -> usize {
        let side = self.image_size >> self.stages;
        side * side * self.channels(self.stages.saturating_sub(1))
    }

    /// `image [.., S, S, 3] -> embed [.., E]` in the parameter dtype.
    #[track_caller]
    pub fn forward(&self, scope: &Scope, image: &Tensor) -> Tensor {
        let dims = image.dims();
        let s = self.image_size;
        if dims.len() < 4 || dims[dims.len() - 3..] != [s, s, IMAGE_CHANNELS] {
            return image.fail(
                "dreamer.ImageEncoder",
                format!(
                    "`{}` expects frames [.., {s}, {s}, {IMAGE_CHANNELS}], got {}",
                    scope.path(),
                    image.ty()
                ),
            );
        }
        let lead = &dims[..dims.len() - 3];
        let n: usize = lead.iter().product();
        let mut x = image
            .convert(self.param_dtype)
            .reshape(&[n, s, s, IMAGE_CHANNELS]) // (N, S, S, 3)
            / 255.0
            - 0.5;
        let mut channels = IMAGE_CHANNELS;
        for stage in 0..self.stages {
            let out = self.channels(stage);
            let layer = scope.child(&format!("conv{stage}"));
            x = ConvStage::new(Resample::Down, channels, out, self.param_dtype).forward(&layer, &x);
            channels = out;
        }
        let mut out_dims = lead.to_vec();
        out_dims.push(self.embed_size());
        x.reshape(&out_dims) // (.., 4 * 4 * channels)
    }
}
