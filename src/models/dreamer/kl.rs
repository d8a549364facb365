//! The KL balancing of DreamerV3's world-model loss (reference brief §4.2): two KL terms
//! between the posterior and prior latents, each with one side's gradient stopped, summed
//! over the latents and floored at the free nats.

use super::rssm::RssmState;
use crate::graph::Tensor;
use crate::nn::dist::Categorical;

/// The KL terms of the world-model loss per step `[..]`, each summed over the latents and
/// then floored at `free` nats (free bits after the sum):
/// `dyn = max(free, KL(sg(post) || prior))` trains the prior,
/// `rep = max(free, KL(post || sg(prior)))` trains the representation.
/// Also returns the unclipped KL `[..]` for metrics.
#[track_caller]
pub fn kl_losses(post: &RssmState, prior: &RssmState, free: f64) -> (Tensor, Tensor, Tensor) {
    let latent_axis = post.logits.rank() - 2;
    let kl = |p: &Tensor, q: &Tensor| {
        Categorical::from_logits(p)
            .kl(&Categorical::from_logits(q))
            .sum(&[latent_axis])
    };
    let raw = kl(&post.logits, &prior.logits);
    let dynamics = kl(&post.logits.stop_gradient(), &prior.logits);
    let representation = kl(&post.logits, &prior.logits.stop_gradient());
    let floor = |x: Tensor| x.maximum(&raw.scalar_like(free));
    (floor(dynamics), floor(representation), raw.stop_gradient())
}
