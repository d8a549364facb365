//! The critic (DreamerV3 v1 `VFunction`, reference brief §4.3): an MLP on the latent
//! features with a two-hot symlog head (255 bins over [-20, 20], zero-initialised output),
//! its loss with the slow-critic regulariser, and the slow critic's EMA update.
//!
//! Loss over the imagined steps `t < H` (`[H, N]`), mean over steps and starts:
//! `loss_t = (-log p(sg(R_t)) - slowreg log p(sg(slow_mean_t))) sg(w_t)`, where `p` is the
//! online critic at the (stop-gradient) state `t`, `R` the lambda-returns computed with the
//! online critic before its update and `slow_mean` the slow critic's mean.
//!
//! Slow critic (`SlowUpdater`, fraction 0.02, period 1): after each critic update,
//! `slow <- mix critic + (1 - mix) slow` with `mix = clip([updates == 0] + fraction
//! [updates % period == 0], 0, 1)`, then `updates += 1`: the first update copies the critic,
//! later ones move 2% of the way. `updates` is an i32 scalar carried like optimizer state.

use super::BehaviorError;
use crate::dtype::DType;
use crate::graph::{Tensor, TensorType};
use crate::models::dreamer::config::DreamerConfig;
use crate::models::dreamer::heads::MlpHead;
use crate::nn::dist::TwoHotSymlog;
use crate::nn::{ParamSpec, Scope};
use crate::optim::{StateInit, StateSpec};

/// The critic network: a two-hot head on the features (parameters `hidden{i}/..` and
/// `out/..` under the scope given to `dist`; the slow critic is the same network under
/// another scope).
#[derive(Clone, Debug, PartialEq)]
pub struct Critic {
    pub head: MlpHead,
}

impl Critic {
    pub fn new(config: &DreamerConfig) -> Self {
        Critic {
            head: MlpHead::two_hot(config, config.feature_size()),
        }
    }

    /// The value distribution at `features [.., F]` (bins on a new last axis).
    #[track_caller]
    pub fn dist(&self, scope: &Scope, features: &Tensor) -> TwoHotSymlog {
        self.head.two_hot_dist(scope, features)
    }
}

/// The critic loss (module doc). `online` is the critic's distribution over the whole
/// trajectory `[H + 1, N, bins]` (on stop-gradient features), `slow_mean [H + 1, N]` the slow
/// critic's mean there, `returns [H, N]` the lambda-returns, `weights [H + 1, N]`.
#[track_caller]
pub fn critic_loss(
    online: &TwoHotSymlog,
    slow_mean: &Tensor,
    returns: &Tensor,
    weights: &Tensor,
    slowreg: f64,
) -> Tensor {
    let (l, s, r, w) = (
        online.logits.dims(),
        slow_mean.dims(),
        returns.dims(),
        weights.dims(),
    );
    if l.len() != 3 || s != l[..2] || w != s || r.len() != 2 || r[0] + 1 != s[0] || r[1] != s[1] {
        return returns.fail(
            "dreamer.critic_loss",
            format!(
                "needs online logits [H + 1, N, bins], slow mean and weights [H + 1, N], returns [H, N], got {}, {}, {} and {}",
                online.logits.ty(),
                slow_mean.ty(),
                weights.ty(),
                returns.ty()
            ),
        );
    }
    let horizon = r[0];
    let first_h = |t: &Tensor| t.slice_axis(0, 0, horizon);
    let dist = TwoHotSymlog::with_range(&first_h(&online.logits), online.low, online.high);
    let target_nll = -dist.log_prob(&returns.stop_gradient());
    let slow_nll = -dist.log_prob(&first_h(&slow_mean.stop_gradient()));
    ((target_nll + slow_nll * slowreg) * first_h(&weights.stop_gradient())).mean_all()
}

/// The slow critic's update rule (configuration only; the counter is carried state).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SlowCritic {
    /// Share of the critic mixed in per update (0.02).
    pub fraction: f64,
    /// Mix every `period` updates (1).
    pub period: u32,
}

impl SlowCritic {
    pub fn new(config: &DreamerConfig) -> Self {
        SlowCritic {
            fraction: config.slow_critic_fraction,
            period: 1,
        }
    }

    /// The update counter `<name>` (i32 scalar, initially 0).
    pub fn counter_spec(name: &str) -> StateSpec {
        StateSpec {
            name: name.to_string(),
            ty: TensorType::new(DType::I32, &[]),
            init: StateInit::Fill(0.0),
        }
    }

    /// One update: the new slow parameters (`slow[k]` mixed with `critic[k]`, pairs of equal
    /// type) and the incremented counter.
    #[track_caller]
    pub fn update(
        &self,
        critic: &[Tensor],
        slow: &[Tensor],
        updates: &Tensor,
    ) -> Result<(Vec<Tensor>, Tensor), BehaviorError> {
        if critic.len() != slow.len() {
            return Err(BehaviorError::SlowCritic(format!(
                "needs one slow parameter per critic parameter, got {} and {}",
                critic.len(),
                slow.len()
            )));
        }
        for (k, (c, s)) in critic.iter().zip(slow).enumerate() {
            if c.ty() != s.ty() {
                return Err(BehaviorError::SlowCritic(format!(
                    "parameter pair {k}: critic {} and slow critic {} differ",
                    c.ty(),
                    s.ty()
                )));
            }
        }
        if updates.ty() != TensorType::new(DType::I32, &[]) {
            return Err(BehaviorError::SlowCritic(format!(
                "the update counter must be an i32 scalar, got {}",
                updates.ty()
            )));
        }
        let period = updates.scalar_like(f64::from(self.period.max(1)));
        let zero = updates.scalar_like(0.0);
        let need_init = updates.eq(&zero).convert(DType::F32);
        let remainder = updates - &(updates / &period) * &period;
        let need_update = remainder.eq(&zero).convert(DType::F32);
        let mix = (need_init + need_update * self.fraction).clamp(0.0, 1.0);
        let mixed = critic
            .iter()
            .zip(slow)
            .map(|(c, s)| {
                let m = mix.convert(c.dtype());
                (c * &m + s * (-&m + 1.0)).stop_gradient()
            })
            .collect();
        Ok((mixed, updates + &updates.scalar_like(1.0)))
    }
}

/// For each parameter spec under `critic_prefix`, the index of its counterpart under
/// `slow_prefix` in `specs` (same path after the prefix), so updated critic parameters can be
/// paired with the slow ones. Errors name the first parameter without a counterpart.
pub fn pair_slow_params(
    specs: &[ParamSpec],
    critic_prefix: &str,
    slow_prefix: &str,
) -> Result<Vec<(usize, usize)>, BehaviorError> {
    let rest = |name: &str, prefix: &str| {
        name.strip_prefix(prefix)
            .and_then(|r| r.strip_prefix('/'))
            .map(str::to_string)
    };
    let mut pairs = Vec::new();
    for (i, spec) in specs.iter().enumerate() {
        let Some(path) = rest(&spec.name, critic_prefix) else {
            continue;
        };
        let j = specs
            .iter()
            .position(|s| rest(&s.name, slow_prefix).as_deref() == Some(path.as_str()))
            .ok_or_else(|| {
                BehaviorError::SlowCritic(format!(
                    "critic parameter `{}` has no counterpart `{slow_prefix}/{path}`",
                    spec.name
                ))
            })?;
        pairs.push((i, j));
    }
    if pairs.is_empty() {
        return Err(BehaviorError::SlowCritic(format!(
            "no parameters under `{critic_prefix}`"
        )));
    }
    Ok(pairs)
}
