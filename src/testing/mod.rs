//! Test support shared by the tests and benches: the crate's seeded generator (`Rng`,
//! re-exported from `crate::rng`) and input samplers (here), the finite-difference VJP
//! checker (`vjp_check`), agent fixtures (random replay batches, a fresh agent, metrics by
//! name: `agent`), the VIPER reward model at test size made by the pipeline's own stages
//! (`reward_chain`) and a VQ-GAN config that compiles fast (`small_vqgan_config`).

pub mod agent;
pub mod reward_chain;
mod vjp_check;

pub use crate::rng::Rng;
pub use vjp_check::{check_vjp, check_with, Program, Tolerance};

use crate::host::HostTensor;
use crate::models::vqgan::VqganConfig;

/// Smaller than `tiny` (8x8 frames) to compile fast on 2 cores, with `n_embed` codes and
/// GroupNorm groups of 4 channels: with one-channel groups (as in `tiny`) a bias in front of a
/// GroupNorm has an exactly zero gradient, and Adam (scale-free) would turn its f32 noise into
/// +-lr updates that differ between programs for no fault of either.
pub fn small_vqgan_config(n_embed: usize) -> VqganConfig {
    let mut c = VqganConfig::tiny();
    c.image_size = 8;
    c.ae.ch = 16;
    c.ae.norm_groups = 4;
    c.ae.z_channels = 8;
    c.ae.embed_dim = 8;
    c.ae.n_embed = n_embed;
    c.disc.base_features = 4;
    c.disc.max_hidden_feature_size = 16;
    c
}

/// Where test inputs are drawn from (domain-aware, as finite differences need).
#[derive(Clone, Copy, Debug)]
pub enum Sampler {
    /// Standard normal.
    Normal,
    /// Uniform in [0.5, 2] (log, sqrt, rsqrt, pow bases).
    Positive,
    /// |x| in [0.3, 1.5] with a random sign (abs, sign: away from the kink).
    AwayFromZero,
    /// Uniform in [lo, hi].
    Uniform(f64, f64),
    /// Distinct values spaced at least 0.1 apart in random order (max/min: no ties).
    Distinct,
}

/// Draws `n` values.
pub fn sample(rng: &mut Rng, sampler: Sampler, n: usize) -> Vec<f64> {
    match sampler {
        Sampler::Normal => (0..n).map(|_| rng.normal()).collect(),
        Sampler::Positive => (0..n).map(|_| 0.5 + 1.5 * rng.uniform()).collect(),
        Sampler::AwayFromZero => (0..n)
            .map(|_| {
                let m = 0.3 + 1.2 * rng.uniform();
                if rng.uniform() < 0.5 {
                    -m
                } else {
                    m
                }
            })
            .collect(),
        Sampler::Uniform(lo, hi) => (0..n).map(|_| lo + (hi - lo) * rng.uniform()).collect(),
        Sampler::Distinct => {
            let mut v: Vec<f64> = (0..n).map(|i| i as f64 * 0.1 - 0.05 * n as f64).collect();
            for i in (1..n).rev() {
                v.swap(i, (rng.next_u64() % (i as u64 + 1)) as usize);
            }
            v
        }
    }
}

/// A random f64 host tensor.
pub fn random_f64(rng: &mut Rng, dims: &[usize], sampler: Sampler) -> HostTensor {
    let n = dims.iter().product();
    HostTensor::from_slice(dims, &sample(rng, sampler, n)).expect("internal error: sized to dims")
}

/// The largest elementwise `|a - b|` (0 for empty slices); panics if the lengths differ, so a
/// comparison cannot pass by looking at fewer values than were meant.
pub fn max_abs_diff(a: &[f64], b: &[f64]) -> f64 {
    assert_eq!(
        a.len(),
        b.len(),
        "max_abs_diff of slices of different lengths"
    );
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).abs())
        .fold(0.0, f64::max)
}
