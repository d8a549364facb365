//! Agent fixtures shared by the agent tests and the agent benchmark: random replay batches
//! shaped for a config and action space, a freshly initialised agent, and metrics looked up by
//! name. Values are drawn from a seeded `Rng`, so a fixture is a function of its seed.

use super::Rng;
use crate::agent::{AgentError, AgentState, AgentStep, RewardMode};
use crate::data::replay::ReplayBatch;
use crate::envs::ActionSpace;
use crate::host::HostTensor;
use crate::models::dreamer::{action_dim, DreamerConfig};

/// The shape of a replay batch: `batch` sequences of `length` steps of `image_size`^2 RGB
/// frames and `action_dim`-wide actions (one-hot width for a discrete space).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BatchShape {
    pub batch: usize,
    pub length: usize,
    pub image_size: usize,
    pub action_dim: usize,
}

impl BatchShape {
    /// The batch an update of `config` trains on, with actions of `space`.
    pub fn of(config: &DreamerConfig, space: &ActionSpace) -> Self {
        BatchShape {
            batch: config.batch_size,
            length: config.batch_length,
            image_size: config.image_size,
            action_dim: action_dim(space),
        }
    }
}

/// A random batch: uniform byte frames, actions uniform in [-1, 1), rewards in [0, 1),
/// densities (log-likelihoods) in [-3, 0), each sequence starting an episode, none ending.
pub fn random_batch(shape: BatchShape, seed: u64) -> ReplayBatch {
    let BatchShape {
        batch: b,
        length: t,
        image_size: s,
        action_dim: a,
    } = shape;
    let mut rng = Rng::new(seed);
    let image = random_frames(&mut rng, b * t, s);
    let mut uniform = |n: usize, lo: f64, hi: f64| -> Vec<f32> {
        (0..n)
            .map(|_| (lo + (hi - lo) * rng.uniform()) as f32)
            .collect()
    };
    let action = uniform(b * t * a, -1.0, 1.0);
    let reward = uniform(b * t, 0.0, 1.0);
    let density = uniform(b * t, -3.0, 0.0);
    let first: Vec<f32> = (0..b * t).map(|i| f32::from(i % t == 0)).collect();
    let zeros = vec![0f32; b * t];
    let tensor = |dims: &[usize], values: &[f32]| {
        HostTensor::from_slice(dims, values).expect("internal error: sized to dims")
    };
    ReplayBatch {
        image: HostTensor::from_slice(&[b, t, s, s, 3], &image)
            .expect("internal error: sized to dims"),
        action: tensor(&[b, t, a], &action),
        reward: tensor(&[b, t], &reward),
        density: tensor(&[b, t], &density),
        is_first: tensor(&[b, t], &first),
        is_last: tensor(&[b, t], &zeros),
        is_terminal: tensor(&[b, t], &zeros),
    }
}

/// `count` RGB frames of `image_size`^2 uniform random bytes, row-major, as the envs send them.
pub fn random_frames(rng: &mut Rng, count: usize, image_size: usize) -> Vec<u8> {
    (0..count * image_size * image_size * 3)
        .map(|_| (rng.next_u64() >> 56) as u8)
        .collect()
}

/// A traced agent update and a fresh state for it, parameters drawn from `seed`.
pub fn fresh_agent(
    config: &DreamerConfig,
    space: &ActionSpace,
    mode: RewardMode,
    seed: u64,
) -> Result<(AgentStep, AgentState), AgentError> {
    let step = AgentStep::trace(config, space, mode)?;
    let state = AgentState::init(&step, seed)?;
    Ok((step, state))
}

/// The value of metric `name` among an update's `metrics` (in `step.metric_names` order).
/// Panics naming the metrics there are when there is none of that name (a test's mistake).
pub fn metric(step: &AgentStep, metrics: &[f32], name: &str) -> f32 {
    match step.metric_names.iter().position(|m| m == name) {
        Some(k) if k < metrics.len() => metrics[k],
        _ => panic!(
            "no metric {name} among the {} values of {:?}",
            metrics.len(),
            step.metric_names
        ),
    }
}
