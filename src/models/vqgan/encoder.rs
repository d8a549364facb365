//! The VQ-GAN encoder (reference brief §1.2): frames in [-1, 1] to the pre-quantizer features.
//!
//! `[N, H, W, 3] -> [N, H / ph, W / pw, z]` (`z = z_channels`, doubled with `double_z`):
//! 1. `conv_in` 3x3 to `ch`;
//! 2. per level `i`: `num_res_blocks` ResNet blocks to `ch * ch_mult[i]` (`level_{i}/block_{j}`,
//!    each followed by `level_{i}/attention_{j}` when the width is in `attn_resolutions`),
//!    then `level_{i}/downsample` unless `i` is the last level;
//! 3. `mid_block_0`, `mid_attention`, `mid_block_1`;
//! 4. `norm_out`, swish, `conv_out` 3x3 to `z`.

use super::blocks::{attention_block, downsample, resnet_block, BlockContext};
use super::config::{downsample_strides, AutoencoderConfig};
use crate::graph::Tensor;
use crate::nn::{Conv2d, GroupNorm, Scope};

/// `images [N, H, W, C_img] -> features [N, h, w, z]`.
#[track_caller]
pub fn encode_features(
    scope: &Scope,
    config: &AutoencoderConfig,
    ctx: &BlockContext,
    images: &Tensor,
) -> Tensor {
    let dims = images.dims();
    if dims.len() != 4 {
        return images.fail(
            "vqgan.encoder",
            format!("expects NHWC frames [N, H, W, C], got {}", images.ty()),
        );
    }
    let strides = downsample_strides(config.patch_size);
    let mut h = Conv2d::new(dims[3], config.ch, [3, 3]).forward(&scope.child("conv_in"), images);
    let mut width = dims[2];
    for (i, mult) in config.ch_mult.iter().enumerate() {
        let level = scope.child(&format!("level_{i}"));
        for j in 0..config.num_res_blocks {
            h = resnet_block(
                &level.child(&format!("block_{j}")),
                ctx,
                &h,
                config.ch * mult,
            );
            if config.attn_resolutions.contains(&width) {
                h = attention_block(&level.child(&format!("attention_{j}")), ctx, &h);
            }
        }
        if let Some(&s) = strides.get(i) {
            h = downsample(&level.child("downsample"), &h, s);
            width /= s[1];
        }
    }
    let c = h.dims()[3];
    h = resnet_block(&scope.child("mid_block_0"), ctx, &h, c);
    h = attention_block(&scope.child("mid_attention"), ctx, &h);
    h = resnet_block(&scope.child("mid_block_1"), ctx, &h, c);
    let h = GroupNorm::new(ctx.norm_groups, c)
        .forward(&scope.child("norm_out"), &h)
        .silu();
    let out = if config.double_z {
        2 * config.z_channels
    } else {
        config.z_channels
    };
    Conv2d::new(c, out, [3, 3]).forward(&scope.child("conv_out"), &h)
}
