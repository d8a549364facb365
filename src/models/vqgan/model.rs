//! `Vqgan`: encoder -> `quant_conv` (1x1) -> quantizer -> `post_quant_conv` (1x1) -> decoder
//! (reference brief §1.2), frames NHWC in [-1, 1].
//!
//! | symbol | meaning | shape |
//! |--------|---------|-------|
//! | `images` | frames in [-1, 1] | `[N, H, W, 3]` |
//! | `codes` | code indices | `[N, h, w]` i32, `h = H / patch` |
//! | `embeddings` | codebook vectors (straight-through in training) | `[N, h, w, embed_dim]` |
//! | `recon` | decoded frames (unclipped) | `[N, H, W, 3]` |
//!
//! Parameter scopes: `encoder`, `quant_conv`, `quantizer/embeddings`, `post_quant_conv`,
//! `decoder` (layouts as the reference's flax modules: HWIO kernels, codebook `[K, D]`).

use super::blocks::BlockContext;
use super::config::{AutoencoderConfig, VqganConfigError};
use super::decoder::decode_features;
use super::encoder::encode_features;
use super::quantizer::{Quantized, VectorQuantizer};
use crate::graph::ops::random::RngKey;
use crate::graph::Tensor;
use crate::nn::{Conv2d, Scope};

/// Frames have three colour channels.
pub const IMAGE_CHANNELS: usize = 3;

/// The autoencoder of a validated config.
#[derive(Clone, Debug)]
pub struct Vqgan {
    pub config: AutoencoderConfig,
}

/// One training/evaluation pass.
#[derive(Clone, Debug)]
pub struct VqganOutput {
    pub recon: Tensor,
    pub quantized: Quantized,
    /// The quantizer's input `z [N, h, w, D]` (see `pre_quantization`).
    pub pre_quantization: Tensor,
}

impl Vqgan {
    /// Checks the autoencoder config for frames of `image_size` (see `VqganConfig::validate`).
    pub fn new(config: &super::config::VqganConfig) -> Result<Self, VqganConfigError> {
        config.validate()?;
        Ok(Vqgan {
            config: config.ae.clone(),
        })
    }

    pub fn quantizer(&self) -> VectorQuantizer {
        VectorQuantizer::new(self.config.n_embed, self.config.embed_dim)
    }

    fn context(&self, key: Option<&RngKey>) -> BlockContext {
        BlockContext {
            norm_groups: self.config.norm_groups,
            dropout: self.config.dropout,
            key: key.cloned(),
        }
    }

    fn encoder_out_channels(&self) -> usize {
        if self.config.double_z {
            2 * self.config.z_channels
        } else {
            self.config.z_channels
        }
    }

    /// `images [N, H, W, 3] -> quantizer output` (codes `[N, h, w]`). `key`: dropout in
    /// training, `None` for the deterministic pass.
    #[track_caller]
    pub fn encode(&self, scope: &Scope, images: &Tensor, key: Option<&RngKey>) -> Quantized {
        let z = self.pre_quantization(scope, images, key);
        self.quantizer().forward(&scope.child("quantizer"), &z)
    }

    /// `images [N, H, W, 3] -> z [N, h, w, D]`: the encoder's output after `quant_conv`, what
    /// the quantizer rounds to the nearest code (dead-code restarts copy these vectors).
    #[track_caller]
    pub fn pre_quantization(&self, scope: &Scope, images: &Tensor, key: Option<&RngKey>) -> Tensor {
        let ctx = self.context(key);
        let features = encode_features(&scope.child("encoder"), &self.config, &ctx, images);
        Conv2d::new(self.encoder_out_channels(), self.config.embed_dim, [1, 1])
            .forward(&scope.child("quant_conv"), &features) // (N, h, w, D)
    }

    /// `embeddings [N, h, w, D] -> frames [N, H, W, 3]`.
    #[track_caller]
    pub fn decode(&self, scope: &Scope, embeddings: &Tensor, key: Option<&RngKey>) -> Tensor {
        let ctx = self.context(key);
        let z = Conv2d::new(self.config.embed_dim, self.config.z_channels, [1, 1])
            .forward(&scope.child("post_quant_conv"), embeddings); // (N, h, w, z)
        decode_features(
            &scope.child("decoder"),
            &self.config,
            &ctx,
            &z,
            IMAGE_CHANNELS,
        )
    }

    /// `codes [..] (i32) -> codebook vectors [.., embed_dim]`: what VideoGPT consumes (before
    /// `post_quant_conv`), the reference's `codebook_lookup`.
    #[track_caller]
    pub fn codebook_lookup(&self, scope: &Scope, codes: &Tensor) -> Tensor {
        self.quantizer().lookup(&scope.child("quantizer"), codes)
    }

    /// `codes [N, h, w] (i32) -> frames [N, H, W, 3]` (deterministic).
    #[track_caller]
    pub fn decode_codes(&self, scope: &Scope, codes: &Tensor) -> Tensor {
        let embeddings = self.codebook_lookup(scope, codes);
        self.decode(scope, &embeddings, None)
    }

    /// Encode, quantize (straight-through) and decode.
    #[track_caller]
    pub fn forward(&self, scope: &Scope, images: &Tensor, key: Option<&RngKey>) -> VqganOutput {
        // `encode`'s two halves, so the pass can hand out `z` too (same ops, same order).
        let pre_quantization = self.pre_quantization(scope, images, key);
        let quantized = self
            .quantizer()
            .forward(&scope.child("quantizer"), &pre_quantization);
        let recon = self.decode(scope, &quantized.embeddings, key);
        VqganOutput {
            recon,
            quantized,
            pre_quantization,
        }
    }
}
