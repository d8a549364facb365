//! The VQ-GAN run config, mirroring the reference's `configs/vqgan/{dmc,atari}.yaml` key for
//! key (reference brief §1.1). `Default` is the dmc preset; the presets also live as JSON files
//! in `configs/vqgan/{tiny,dmc,atari}.json`, loaded with `viper::config::load_config`.
//!
//! The yaml keys `optimizer` and `lr_schedule` are left out: the reference ignores them (it
//! always uses AdamW with linear warmup then a constant rate). `ae.norm_groups` is ours: the
//! reference fixes GroupNorm at 32 groups; the tiny preset keeps 32 as well.
//!
//! Deviation from the reference: `code_restart_every` (default 0 = off, the reference's
//! behaviour) turns on dead-code restarts against codebook collapse (`code_restart.rs`);
//! `foreground_weight` (default 0 = the reference's plain L1) weights the reconstruction
//! loss towards pixels that differ from the batch's mean frame (`loss::foreground_l1`).

use serde::{Deserialize, Serialize};

/// Errors of a VQ-GAN config that cannot build a model.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum VqganConfigError {
    #[error("vqgan config: `{field}` {message}")]
    Invalid { field: String, message: String },
}

fn invalid(field: &str, message: String) -> VqganConfigError {
    VqganConfigError::Invalid {
        field: field.to_string(),
        message,
    }
}

/// The autoencoder (`ae:` block): encoder, quantizer and decoder.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AutoencoderConfig {
    /// Base channel count; level `i` has `ch * ch_mult[i]` channels.
    pub ch: usize,
    /// Channel multiplier per resolution level; `len = log2(patch) + 1`.
    pub ch_mult: Vec<usize>,
    /// ResNet blocks per level in the encoder (the decoder has one more).
    pub num_res_blocks: usize,
    /// Widths (feature-map width in pixels) at which the level blocks get self-attention.
    pub attn_resolutions: Vec<usize>,
    /// Channels of the encoder output / decoder input.
    pub z_channels: usize,
    /// Encoder outputs `2 * z_channels` (a VAE leftover; false in every preset).
    pub double_z: bool,
    /// Dropout rate inside the ResNet blocks (training only).
    pub dropout: f64,
    /// Codebook size K.
    pub n_embed: usize,
    /// Codebook vector size D.
    pub embed_dim: usize,
    /// Downsampling per spatial axis (powers of two): the code grid is `image_size / patch`.
    pub patch_size: [usize; 2],
    /// GroupNorm groups (32 in the reference); every normed channel count must divide by it.
    pub norm_groups: usize,
}

/// The StyleGAN2-style discriminator (`disc:` block).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiscriminatorConfig {
    /// Channels of the first 1x1 convolution; block features start at twice this.
    pub base_features: usize,
    /// Cap on the block feature counts.
    pub max_hidden_feature_size: usize,
    /// Minibatch-stddev group size (clamped to the batch).
    pub mbstd_group_size: usize,
    /// Minibatch-stddev new feature channels.
    pub mbstd_num_features: usize,
    /// Weight of the R1 penalty (of the batch-mean logit's input gradient, quirk Q4).
    pub gradient_penalty_weight: f64,
}

/// The whole run config (top level of the yaml).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VqganConfig {
    /// Square frame size in pixels.
    pub image_size: usize,
    pub ae: AutoencoderConfig,
    pub disc: DiscriminatorConfig,
    /// Weight of the non-saturating generator loss (constant from step 0, quirk Q2).
    pub disc_weight: f64,
    /// Weight of the quantizer loss (commitment + codebook).
    pub codebook_weight: f64,
    /// Weight of LPIPS; applies only when LPIPS weights are given (0 otherwise).
    pub perceptual_weight: f64,
    /// The LPIPS (VGG16) weights as a safetensors file (`models::lpips::weights`); without
    /// it the perceptual term is off. `viper train-vqgan --lpips FILE` sets it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lpips_weights: Option<std::path::PathBuf>,
    pub batch_size: usize,
    /// Peak learning rate of AdamW (weight decay 1e-4), reached after `warmup_steps`.
    pub lr: f64,
    pub warmup_steps: usize,
    pub total_steps: usize,
    pub save_interval: usize,
    pub viz_interval: usize,
    pub log_interval: usize,
    pub seed: u64,
    /// Dead-code restarts (ours, not the reference's; 0 = off): every this many generator
    /// steps, the codes no encoder output chose since the previous restart are moved onto
    /// distinct encoder outputs of the current batch (`code_restart.rs`); a period longer
    /// than the run never restarts and costs nothing (`restarts_codes`). Absent in configs
    /// written before it existed, which read as 0.
    #[serde(default)]
    pub code_restart_every: usize,
    /// Foreground weighting of the reconstruction loss (ours, not the reference's; 0 = off,
    /// the reference's plain L1): pixels far from the batch's mean frame weigh `1 + f *
    /// distance` (`loss::foreground_l1`). Absent in older configs, which read as 0.
    #[serde(default)]
    pub foreground_weight: f64,
}

impl Default for VqganConfig {
    fn default() -> Self {
        VqganConfig::dmc()
    }
}

impl VqganConfig {
    /// `configs/vqgan/dmc.yaml`: 8x8 codes of K = 256.
    pub fn dmc() -> Self {
        VqganConfig {
            image_size: 64,
            ae: AutoencoderConfig {
                ch: 128,
                ch_mult: vec![1, 2, 2, 2],
                num_res_blocks: 1,
                attn_resolutions: vec![],
                z_channels: 64,
                double_z: false,
                dropout: 0.0,
                n_embed: 256,
                embed_dim: 64,
                patch_size: [8, 8],
                norm_groups: 32,
            },
            disc: DiscriminatorConfig {
                base_features: 32,
                max_hidden_feature_size: 512,
                mbstd_group_size: 4,
                mbstd_num_features: 1,
                gradient_penalty_weight: 1e8,
            },
            disc_weight: 0.1,
            codebook_weight: 1.0,
            perceptual_weight: 0.1,
            lpips_weights: None,
            batch_size: 128,
            lr: 1e-4,
            warmup_steps: 1000,
            total_steps: 1_000_000,
            save_interval: 10_000,
            viz_interval: 10_000,
            log_interval: 100,
            seed: 1234,
            code_restart_every: 0,
            foreground_weight: 0.0,
        }
    }

    /// `configs/vqgan/atari.yaml`: 16x16 codes of K = 1024.
    pub fn atari() -> Self {
        let mut c = VqganConfig::dmc();
        c.ae.ch_mult = vec![1, 2, 2];
        c.ae.n_embed = 1024;
        c.ae.patch_size = [4, 4];
        c
    }

    /// `configs/vqgan/tiny.json`: 16x16 frames, 8x8 codes of K = 32, for tests and demos.
    pub fn tiny() -> Self {
        let mut c = VqganConfig::dmc();
        c.image_size = 16;
        c.ae.ch = 32;
        c.ae.ch_mult = vec![1, 1];
        c.ae.z_channels = 16;
        c.ae.embed_dim = 16;
        c.ae.n_embed = 32;
        c.ae.patch_size = [2, 2];
        c.disc.base_features = 8;
        c.disc.max_hidden_feature_size = 64;
        c.batch_size = 16;
        c.lr = 1e-3;
        c.warmup_steps = 20;
        c.total_steps = 300;
        c.save_interval = 100;
        c.viz_interval = 100;
        c.log_interval = 10;
        c
    }

    /// Whether this run restarts dead codes: restarts on, and due at least once within
    /// `total_steps` (a longer period would only cost the generator step's code outputs and
    /// their download every step).
    pub fn restarts_codes(&self) -> bool {
        self.code_restart_every > 0 && self.code_restart_every <= self.total_steps
    }

    /// The code grid `[h, w]` of one frame.
    pub fn code_grid(&self) -> [usize; 2] {
        let [ph, pw] = self.ae.patch_size;
        [self.image_size / ph.max(1), self.image_size / pw.max(1)]
    }

    /// Checks everything the model builders rely on, naming the first bad field.
    pub fn validate(&self) -> Result<(), VqganConfigError> {
        let ae = &self.ae;
        let pow2 = |v: usize| v > 0 && v.is_power_of_two();
        if !pow2(self.image_size) || self.image_size < 8 {
            return Err(invalid(
                "image_size",
                format!(
                    "must be a power of two >= 8 (the discriminator halves it down to 4x4), got {}",
                    self.image_size
                ),
            ));
        }
        for p in ae.patch_size {
            if !pow2(p) || p > self.image_size {
                return Err(invalid(
                    "ae.patch_size",
                    format!(
                        "must hold powers of two <= image_size {}, got {:?}",
                        self.image_size, ae.patch_size
                    ),
                ));
            }
        }
        let stages = downsample_strides(ae.patch_size).len();
        if ae.ch_mult.len() != stages + 1 {
            return Err(invalid(
                "ae.ch_mult",
                format!(
                    "needs {} entries (one per resolution: log2 of patch_size {:?} plus one), got {:?}",
                    stages + 1,
                    ae.patch_size,
                    ae.ch_mult
                ),
            ));
        }
        if ae.norm_groups == 0 {
            return Err(invalid("ae.norm_groups", "must be positive".to_string()));
        }
        for (i, &m) in ae.ch_mult.iter().enumerate() {
            let c = ae.ch * m;
            if c == 0 || !c.is_multiple_of(ae.norm_groups) {
                return Err(invalid(
                    "ae.ch_mult",
                    format!(
                        "level {i} has ch * ch_mult = {c} channels, not a positive multiple of norm_groups {}",
                        ae.norm_groups
                    ),
                ));
            }
        }
        for (field, v) in [
            ("ae.num_res_blocks", ae.num_res_blocks),
            ("ae.z_channels", ae.z_channels),
            ("ae.n_embed", ae.n_embed),
            ("ae.embed_dim", ae.embed_dim),
            ("disc.base_features", self.disc.base_features),
            (
                "disc.max_hidden_feature_size",
                self.disc.max_hidden_feature_size,
            ),
            ("disc.mbstd_group_size", self.disc.mbstd_group_size),
            ("disc.mbstd_num_features", self.disc.mbstd_num_features),
        ] {
            if v == 0 {
                return Err(invalid(field, "must be positive".to_string()));
            }
        }
        if !(self.foreground_weight >= 0.0 && self.foreground_weight.is_finite()) {
            return Err(invalid(
                "foreground_weight",
                format!(
                    "must be a finite number >= 0, got {}",
                    self.foreground_weight
                ),
            ));
        }
        if !(0.0..1.0).contains(&ae.dropout) {
            return Err(invalid(
                "ae.dropout",
                format!("must lie in [0, 1), got {}", ae.dropout),
            ));
        }
        let last = discriminator_features(&self.disc, self.image_size);
        let before_mbstd = last[last.len() - 1];
        if !before_mbstd.is_multiple_of(self.disc.mbstd_num_features) {
            return Err(invalid(
                "disc.mbstd_num_features",
                format!(
                    "must divide the last block's {before_mbstd} channels, got {}",
                    self.disc.mbstd_num_features
                ),
            ));
        }
        Ok(())
    }
}

/// Strides of the successive 2x down/upsampling stages for a patch size, one `[sh, sw]` per
/// stage (an axis already at 1 keeps stride 1), as the reference derives them.
pub fn downsample_strides(patch_size: [usize; 2]) -> Vec<[usize; 2]> {
    let mut left = patch_size;
    let mut strides = Vec::new();
    while left.iter().any(|&d| d > 1) {
        strides.push(left.map(|d| if d > 1 { 2 } else { 1 }));
        left = left.map(|d| (d / 2).max(1));
    }
    strides
}

/// Feature counts of the discriminator blocks' resolutions: `log2(size) - 1` entries
/// `min(2 * base * 2^i, max)` (the reference's `_get_num_features(2 * base, ..)`).
pub fn discriminator_features(disc: &DiscriminatorConfig, image_size: usize) -> Vec<usize> {
    let blocks = (image_size.max(4).ilog2() - 1) as usize;
    (0..blocks)
        .map(|i| (2 * disc.base_features * (1 << i)).min(disc.max_hidden_feature_size))
        .collect()
}
