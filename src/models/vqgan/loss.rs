//! The VQ-GAN losses (reference brief §1.5), as named scalar terms.
//!
//! Generator (`generator_loss`), with `recon = Vqgan(images)`:
//! - `ae_loss = mean(|images - recon|) + perceptual_weight * mean(lpips)` (L1; LPIPS only
//!   when the caller has LPIPS weights and passes the per-frame distances, otherwise the
//!   perceptual term is absent, i.e. its weight is 0); with `foreground_weight` `f > 0`
//!   (ours, not the reference's) the L1 term is a weighted mean instead (`foreground_l1`);
//! - `g_loss = mean(softplus(-D(recon)))` (non-saturating);
//! - `loss_G = ae_loss + disc_weight * g_loss + codebook_weight * vq_loss` (constant weights
//!   from step 0, quirk Q2).
//!
//! Discriminator (`discriminator_loss`), on the updated generator's reconstructions:
//! - `d_loss = mean(softplus(D(fake)) + softplus(-D(real)))`;
//! - `r1 = gradient_penalty_weight * mean((d mean_b D(real_b) / d real)²)`: the gradient of
//!   the batch-*mean* logit (quirk Q4), computed every step; differentiating `loss_D` with
//!   respect to the discriminator's parameters takes gradients of this gradient;
//! - `loss_D = d_loss + r1`.

use super::config::VqganConfig;
use super::discriminator::Discriminator;
use super::model::VqganOutput;
use crate::graph::{grad, Tensor};
use crate::nn::Scope;

/// A loss and the metrics logged with it, by the reference's names.
#[derive(Clone, Debug)]
pub struct LossTerms {
    /// The scalar to minimise (`loss_G` or `loss_D`).
    pub loss: Tensor,
    /// `(name, scalar)` pairs, `loss` first.
    pub metrics: Vec<(&'static str, Tensor)>,
}

impl LossTerms {
    /// The metric called `name`, if present.
    pub fn get(&self, name: &str) -> Option<&Tensor> {
        self.metrics
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| t)
    }
}

/// `loss_G` of a VQ-GAN pass: `images` and `output.recon` `[N, H, W, 3]`, the discriminator's
/// logits on the reconstructions `[N, 1]`, and optional per-frame LPIPS distances `[N]`.
#[track_caller]
pub fn generator_loss(
    config: &VqganConfig,
    images: &Tensor,
    output: &VqganOutput,
    fake_logits: &Tensor,
    lpips: Option<&Tensor>,
) -> LossTerms {
    let abs_error = (images - &output.recon).abs();
    let l1 = abs_error.mean_all();
    let rec_loss = if config.foreground_weight > 0.0 {
        foreground_l1(images, &abs_error, config.foreground_weight)
    } else {
        l1.clone()
    };
    let (ae_loss, perceptual_weight) = match lpips {
        Some(distance) => (
            &rec_loss + distance.mean_all() * config.perceptual_weight,
            config.perceptual_weight,
        ),
        None => (rec_loss.clone(), 0.0),
    };
    let g_loss = fake_logits.neg().softplus().mean_all();
    let q = &output.quantized;
    let loss = &ae_loss + &g_loss * config.disc_weight + &q.vq_loss * config.codebook_weight;
    let mut terms = LossTerms {
        loss: loss.clone(),
        metrics: vec![
            ("loss_G", loss),
            ("ae_loss", ae_loss),
            ("l1", l1),
            ("rec_loss", rec_loss),
            ("g_loss", g_loss),
            ("vq_loss", q.vq_loss.clone()),
            ("commitment_loss", q.commitment_loss.clone()),
            ("codebook_loss", q.codebook_loss.clone()),
            ("perplexity", q.perplexity.clone()),
            ("codebook_usage", q.codebook_usage.clone()),
            (
                "d_weight",
                images.constant_like(config.disc_weight, images.dtype(), &[]),
            ),
            // The weight LPIPS actually has in this loss: 0 without LPIPS weights.
            (
                "perceptual_weight",
                images.constant_like(perceptual_weight, images.dtype(), &[]),
            ),
        ],
    };
    if let Some(distance) = lpips {
        terms.metrics.push(("lpips", distance.mean_all()));
    }
    terms
}

/// The reconstruction error weighted towards what differs from the batch's mean frame:
/// `sum(w * abs_error) / sum(w)` with, per pixel, `w = 1 + f * sum_c |images - mean_n images|`
/// (`images`, `abs_error` `[N, H, W, C]`). A thin object that moves (a pole at every angle)
/// covers few pixels, so the plain mean lets the codes drop it; the static background the
/// batch shares keeps weight 1. The weights depend only on the images (data, never
/// differentiated in training).
#[track_caller]
pub fn foreground_l1(images: &Tensor, abs_error: &Tensor, f: f64) -> Tensor {
    let mean_frame = images.sum_keepdims(&[0]) / images.dims()[0] as f64;
    let distance = (images - &mean_frame)
        .abs()
        .sum_keepdims(&[images.rank() - 1]);
    let weight = (distance * f + 1.0).broadcast_to(&images.dims());
    (&weight * abs_error).sum_all() / weight.sum_all()
}

/// The R1 penalty on `real [N, H, W, C]`: `weight * mean((d mean_b D(real_b) / d real)²)`,
/// from the logits `D(real)` already traced on `real`.
#[track_caller]
pub fn r1_penalty(real: &Tensor, real_logits: &Tensor, weight: f64) -> Tensor {
    let input_grad = grad(&real_logits.mean_all(), &[real]).remove(0);
    input_grad.square().mean_all() * weight
}

/// `loss_D` of the discriminator under `scope` on `real` and `fake` frames (`fake` should be
/// the updated generator's reconstructions; only the discriminator's parameters are meant to
/// be differentiated).
#[track_caller]
pub fn discriminator_loss(
    config: &VqganConfig,
    disc: &Discriminator,
    scope: &Scope,
    real: &Tensor,
    fake: &Tensor,
) -> LossTerms {
    let real_logits = disc.forward(scope, real);
    let fake_logits = disc.forward(scope, fake);
    let d_loss = (fake_logits.softplus() + real_logits.neg().softplus()).mean_all();
    let r1 = r1_penalty(real, &real_logits, config.disc.gradient_penalty_weight);
    let loss = &d_loss + &r1;
    LossTerms {
        loss: loss.clone(),
        metrics: vec![
            ("loss_D", loss),
            ("d_loss", d_loss),
            ("d_grad_penalty", r1),
            ("logits_real", real_logits.mean_all()),
            ("logits_fake", fake_logits.mean_all()),
        ],
    }
}
