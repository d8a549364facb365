//! The VQ-GAN decoder (reference brief §1.2): post-quantizer features to frames (no output
//! activation; callers that need images clip to [-1, 1]).
//!
//! `[N, h, w, z] -> [N, h ph, w pw, C_img]`:
//! 1. `conv_in` 3x3 to `ch * ch_mult[-1]`;
//! 2. `mid_block_0`, `mid_attention`, `mid_block_1`;
//! 3. per level `i` from the last to the first: `num_res_blocks + 1` ResNet blocks to
//!    `ch * ch_mult[i]` (`level_{i}/block_{j}`, with `level_{i}/attention_{j}` when the width
//!    is in `attn_resolutions`), then `level_{i}/upsample` unless `i` is 0;
//! 4. `norm_out`, swish, `conv_out` 3x3 to `C_img`.

use super::blocks::{attention_block, resnet_block, upsample, BlockContext};
use super::config::{downsample_strides, AutoencoderConfig};
use crate::graph::Tensor;
use crate::nn::{Conv2d, GroupNorm, Scope};

/// `features [N, h, w, z] -> frames [N, H, W, image_channels]`.
#[track_caller]
pub fn decode_features(
    scope: &Scope,
    config: &AutoencoderConfig,
    ctx: &BlockContext,
    features: &Tensor,
    image_channels: usize,
) -> Tensor {
    let dims = features.dims();
    if dims.len() != 4 || dims[3] != config.z_channels {
        return features.fail(
            "vqgan.decoder",
            format!(
                "expects features [N, h, w, {}], got {}",
                config.z_channels,
                features.ty()
            ),
        );
    }
    let strides = downsample_strides(config.patch_size);
    let levels = config.ch_mult.len();
    let top = config.ch * config.ch_mult[levels - 1];
    let mut h = Conv2d::new(dims[3], top, [3, 3]).forward(&scope.child("conv_in"), features);
    h = resnet_block(&scope.child("mid_block_0"), ctx, &h, top);
    h = attention_block(&scope.child("mid_attention"), ctx, &h);
    h = resnet_block(&scope.child("mid_block_1"), ctx, &h, top);
    let mut width = dims[2];
    for i in (0..levels).rev() {
        let level = scope.child(&format!("level_{i}"));
        for j in 0..=config.num_res_blocks {
            let out = config.ch * config.ch_mult[i];
            h = resnet_block(&level.child(&format!("block_{j}")), ctx, &h, out);
            if config.attn_resolutions.contains(&width) {
                h = attention_block(&level.child(&format!("attention_{j}")), ctx, &h);
            }
        }
        if let Some(&s) = i.checked_sub(1).and_then(|k| strides.get(k)) {
            h = upsample(&level.child("upsample"), &h, s);
            width *= s[1];
        }
    }
    let c = h.dims()[3];
    let h = GroupNorm::new(ctx.norm_groups, c)
        .forward(&scope.child("norm_out"), &h)
        .silu();
    Conv2d::new(c, image_channels, [3, 3]).forward(&scope.child("conv_out"), &h)
}
