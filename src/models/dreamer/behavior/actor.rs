//! The actor (DreamerV3 v1 `ImagActorCritic.actor` and its loss, reference brief §4.3): an
//! MLP on the latent features with a policy head, and the actor objective over an imagined
//! trajectory.
//!
//! Policy heads (`Policy`):
//! - continuous: `Normal(tanh(mean), std)` per action dim, `std = (1 - 0.1) sigmoid(raw + 2)
//!   + 0.1`; log-probability and entropy are summed over the action dims (`Independent`);
//! - discrete: a one-hot categorical with 1% unimix; samples are one-hot with the
//!   straight-through gradient.
//!
//! Objective (`ActorObjective::loss`), per imagined step `t < H`:
//! `loss_t = (-adv_t                      (backprop: gradients through the dynamics)
//!            | -log pi(sg(a_t)) sg(adv_t))  (reinforce)
//!           - actent H[pi(s_t)]`, times `sg(w_t)`, then the mean over steps and starts.
//! DreamerV3 uses backprop for continuous and reinforce for discrete actions.
//!
//! | tensor | shape |
//! |--------|-------|
//! | features (`sg` of the trajectory's) | `[H + 1, N, F]` |
//! | actions  | `[H + 1, N, A]` (A = action dims or choices) |
//! | advantage | `[H, N]` |
//! | weights  | `[H + 1, N]` |

use crate::dtype::DType;
use crate::envs::ActionSpace;
use crate::graph::ops::random::RngKey;
use crate::graph::Tensor;
use crate::models::dreamer::config::DreamerConfig;
use crate::models::dreamer::layers::{Mlp, OutputDense};
use crate::nn::dist::{Categorical, Normal};
use crate::nn::Scope;

/// The actor network's configuration (parameters under the scope given to `policy`:
/// `hidden{i}/..`, then `mean/..` and `std/..` (continuous) or `logits/..` (discrete)).
#[derive(Clone, Debug, PartialEq)]
pub struct Actor {
    pub in_features: usize,
    pub layers: usize,
    pub units: usize,
    pub space: ActionSpace,
    /// Uniform mixture of the discrete policy (0.01).
    pub unimix: f64,
    /// Bounds of the continuous policy's std (0.1 and 1.0).
    pub min_std: f64,
    pub max_std: f64,
    /// Scale of the output layers' uniform init (1.0).
    pub outscale: f64,
    pub param_dtype: DType,
}

impl Actor {
    /// DreamerV3's actor on the model's features, sized by the config's `layers`/`units`.
    pub fn new(config: &DreamerConfig, space: &ActionSpace) -> Self {
        Actor {
            in_features: config.feature_size(),
            layers: config.layers,
            units: config.units,
            space: space.clone(),
            unimix: 0.01,
            min_std: 0.1,
            max_std: 1.0,
            outscale: config.actor_outscale,
            param_dtype: DType::F32,
        }
    }

    /// Width of an action vector (dims, or choices as a one-hot).
    pub fn action_dim(&self) -> usize {
        match self.space {
            ActionSpace::Continuous { dim } => dim,
            ActionSpace::Discrete { n } => n,
        }
    }

    /// The policy at `features [.., F]`.
    #[track_caller]
    pub fn policy(&self, scope: &Scope, features: &Tensor) -> Policy {
        let mlp = Mlp::new(self.in_features, self.layers, self.units, self.param_dtype);
        let hidden = mlp.forward(scope, features);
        let width = mlp.out_features();
        let out = |name: &str| {
            OutputDense::new(width, self.action_dim(), self.outscale, self.param_dtype)
                .forward(&scope.child(name), &hidden)
        };
        match self.space {
            ActionSpace::Continuous { .. } => Policy::Continuous(Normal::bounded(
                &out("mean").tanh(),
                &out("std"),
                self.min_std,
                self.max_std,
            )),
            ActionSpace::Discrete { .. } => {
                Policy::Discrete(Categorical::with_unimix(&out("logits"), self.unimix))
            }
        }
    }
}

/// An action distribution over the last axis of its actions `[.., A]`.
#[derive(Clone, Debug)]
pub enum Policy {
    Continuous(Normal),
    Discrete(Categorical),
}

impl Policy {
    /// A sample `[.., A]`: reparameterised (continuous) or a straight-through one-hot.
    #[track_caller]
    pub fn sample(&self, key: &RngKey) -> Tensor {
        match self {
            Policy::Continuous(d) => d.sample(key),
            Policy::Discrete(d) => d.sample(key),
        }
    }

    /// The mean (continuous) or the most likely choice as a one-hot (discrete).
    #[track_caller]
    pub fn mode(&self) -> Tensor {
        match self {
            Policy::Continuous(d) => d.mode(),
            Policy::Discrete(d) => d.mode(),
        }
    }

    /// `log pi(action)` `[..]` of actions `[.., A]` (summed over the action dims).
    #[track_caller]
    pub fn log_prob(&self, action: &Tensor) -> Tensor {
        match self {
            Policy::Continuous(d) => {
                let per_dim = d.log_prob(action);
                per_dim.sum(&[per_dim.rank().saturating_sub(1)])
            }
            Policy::Discrete(d) => d.log_prob(action),
        }
    }

    /// The entropy `[..]` (summed over the action dims).
    #[track_caller]
    pub fn entropy(&self) -> Tensor {
        match self {
            Policy::Continuous(d) => {
                // The entropy depends on the std only; broadcast it to the mean's shape first.
                let per_dim = d.entropy() + d.mean.zeros_like();
                per_dim.sum(&[per_dim.rank().saturating_sub(1)])
            }
            Policy::Discrete(d) => d.entropy(),
        }
    }
}

/// How the actor's gradient is estimated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorGradient {
    /// `-adv`: gradients flow through the imagined dynamics into the actions.
    Backprop,
    /// `-log pi(a) sg(adv)`: the score-function estimator.
    Reinforce,
}

impl ActorGradient {
    /// The config's estimator for continuous actions (`actor_grad_continuous`: backprop in
    /// the vendored DreamerV3 v1, reinforce in the newer DreamerV3); always reinforce for
    /// discrete actions.
    pub fn for_space(space: &ActionSpace, config: &DreamerConfig) -> Self {
        match space {
            ActionSpace::Continuous { .. } => config.actor_grad_continuous,
            ActionSpace::Discrete { .. } => ActorGradient::Reinforce,
        }
    }
}

/// The actor's loss settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ActorObjective {
    pub gradient: ActorGradient,
    /// Entropy bonus weight (`actent`, 3e-4).
    pub entropy_scale: f64,
}

/// The traced actor loss and its metrics (`actor/..` scalars).
pub struct ActorLoss {
    pub loss: Tensor,
    pub metrics: Vec<(String, Tensor)>,
}

impl ActorObjective {
    pub fn new(space: &ActionSpace, config: &DreamerConfig) -> Self {
        ActorObjective {
            gradient: ActorGradient::for_space(space, config),
            entropy_scale: config.actent,
        }
    }

    /// The actor loss (see the module doc) of `policy` (evaluated on the trajectory's
    /// features `[H + 1, N, ..]`), `actions [H + 1, N, A]`, `advantage [H, N]` and
    /// trajectory `weights [H + 1, N]`.
    #[track_caller]
    pub fn loss(
        &self,
        policy: &Policy,
        actions: &Tensor,
        advantage: &Tensor,
        weights: &Tensor,
    ) -> ActorLoss {
        let (a, adv, w) = (actions.dims(), advantage.dims(), weights.dims());
        if a.len() != 3 || adv.len() != 2 || w != a[..2] || adv[0] + 1 != a[0] || adv[1] != a[1] {
            let bad = advantage.fail(
                "dreamer.actor_loss",
                format!(
                    "needs actions [H + 1, N, A], advantage [H, N] and weights [H + 1, N], got {}, {} and {}",
                    actions.ty(),
                    advantage.ty(),
                    weights.ty()
                ),
            );
            return ActorLoss {
                loss: bad,
                metrics: vec![],
            };
        }
        let horizon = adv[0];
        let first_h = |t: &Tensor| t.slice_axis(0, 0, horizon);
        let log_pi = first_h(&policy.log_prob(&actions.stop_gradient()));
        let entropy = first_h(&policy.entropy());
        let objective = match self.gradient {
            ActorGradient::Backprop => -advantage,
            ActorGradient::Reinforce => -(&log_pi * advantage.stop_gradient()),
        };
        let per_step =
            (objective - &entropy * self.entropy_scale) * first_h(&weights.stop_gradient());
        ActorLoss {
            loss: per_step.mean_all(),
            metrics: vec![
                ("actor/entropy".to_string(), entropy.mean_all()),
                ("actor/log_prob".to_string(), log_pi.mean_all()),
                ("actor/advantage".to_string(), advantage.mean_all()),
                ("actor/action_mean".to_string(), actions.mean_all()),
                ("actor/action_abs".to_string(), actions.abs().mean_all()),
            ],
        }
    }
}
