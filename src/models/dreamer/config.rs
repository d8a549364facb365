//! `DreamerConfig`: the DreamerV3 agent's run config, following the `defaults:` block of the
//! reference's vendored DreamerV3 "v1" (`configs/dreamerv3/configs.yaml`, reference brief
//! §4.1) with the VIPER `videogpt_prior_rb` block on top (§3.4): Prior behaviour, density and
//! disagreement rewards, the reward head trained on stop-gradient features.
//!
//! Presets (`tiny` for tests, `cpu` for learning on a laptop-sized CPU, then the reference's size blocks, §4.6) live here and as JSON in
//! `configs/dreamer/*.json`, loaded with `viper::config::load_config` (unknown keys rejected).
//! The action space is not part of the config: it comes from the environment
//! (`envs::ActionSpace`, re-exported here).

use serde::{Deserialize, Serialize};

pub use super::behavior::ActorGradient;
pub use super::config_parts::{Head, LossScales, OptConfig, PriorRewards, RetNormConfig};
pub use crate::envs::ActionSpace;

/// Errors of a Dreamer config that cannot build the agent.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum DreamerConfigError {
    #[error("dreamer config: `{field}` {message}")]
    Invalid { field: String, message: String },
}

fn invalid(field: &str, message: impl Into<String>) -> DreamerConfigError {
    DreamerConfigError::Invalid {
        field: field.to_string(),
        message: message.into(),
    }
}

/// The DreamerV3 agent's config.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DreamerConfig {
    /// Size of the RSSM's deterministic (GRU) state.
    pub deter: usize,
    /// Width of the MLPs (RSSM hidden layers, heads, actor, critic, disagreement heads).
    pub units: usize,
    /// Hidden layers of the head, actor, critic and disagreement MLPs.
    pub layers: usize,
    /// Channels of the first encoder stage (later stages double it).
    pub cnn_depth: usize,
    /// Number of categorical latents (32).
    pub stoch: usize,
    /// Classes of each latent (32).
    pub classes: usize,
    /// Uniform mixture weight of the latent and discrete-action categoricals (0.01).
    pub unimix: f64,
    /// Square frame size in pixels (a power of two >= 8; the encoder halves it down to 4).
    pub image_size: usize,
    pub batch_size: usize,
    pub batch_length: usize,
    /// Imagination steps (15).
    pub imag_horizon: usize,
    /// Discount horizon: gamma = 1 - 1 / horizon (333).
    pub horizon: f64,
    /// Lambda of the lambda-returns (0.95).
    pub return_lambda: f64,
    pub loss_scales: LossScales,
    /// Free nats of the dynamics and representation losses, applied after summing the KL
    /// over the latents (1.0).
    pub free_nats: f64,
    /// Heads trained through the representation; the others see stop-gradient features.
    /// VIPER: decoder, density, cont (the reward head learns on sg(features)).
    pub grad_heads: Vec<Head>,
    pub model_opt: OptConfig,
    pub actor_opt: OptConfig,
    pub critic_opt: OptConfig,
    /// The disagreement ensemble's optimizer.
    pub expl_opt: OptConfig,
    /// Actor entropy weight (3e-4).
    pub actent: f64,
    /// Scale of the actor's output layers' init: 1.0 in the vendored DreamerV3 v1, 0.01 in the
    /// newer DreamerV3, where the first policy acts near `N(0, std)` instead of with a
    /// state-dependent push that its first updates must undo. Optional in config files.
    #[serde(default = "default_actor_outscale")]
    pub actor_outscale: f64,
    /// The actor's gradient for continuous actions: `backprop` through the imagined dynamics
    /// (vendored DreamerV3 v1) or `reinforce` (newer DreamerV3: robust to a world model that
    /// does not know yet what actions do). Optional in config files.
    #[serde(default = "default_actor_grad")]
    pub actor_grad_continuous: ActorGradient,
    /// EMA mix of the slow critic per update (0.02).
    pub slow_critic_fraction: f64,
    pub retnorm: RetNormConfig,
    /// Members of the Plan2Explore ensemble (8).
    pub disag_heads: usize,
    /// Reward weights of the Prior behaviour; `density > 0` adds the density head.
    pub prior_rewards: PriorRewards,
    /// Replayed steps trained per environment step (64 for dmc_vision).
    pub train_ratio: f64,
}

fn default_actor_outscale() -> f64 {
    1.0
}

fn default_actor_grad() -> ActorGradient {
    ActorGradient::Backprop
}

impl Default for DreamerConfig {
    fn default() -> Self {
        DreamerConfig::small()
    }
}

impl DreamerConfig {
    /// The `small` block with `dmc_vision` and `videogpt_prior_rb` on top: deter 512, depth
    /// 32, units 512, 2 layers.
    pub fn small() -> Self {
        DreamerConfig {
            deter: 512,
            units: 512,
            layers: 2,
            cnn_depth: 32,
            stoch: 32,
            classes: 32,
            unimix: 0.01,
            image_size: 64,
            batch_size: 16,
            batch_length: 64,
            imag_horizon: 15,
            horizon: 333.0,
            return_lambda: 0.95,
            loss_scales: LossScales {
                image: 1.0,
                reward: 1.0,
                density: 1.0,
                cont: 1.0,
                dynamics: 0.5,
                representation: 0.1,
                actor: 1.0,
                critic: 1.0,
                slowreg: 1.0,
            },
            free_nats: 1.0,
            grad_heads: vec![Head::Decoder, Head::Density, Head::Cont],
            model_opt: OptConfig::new(1e-4, 1e-8, 1000.0),
            actor_opt: OptConfig::new(3e-5, 1e-5, 100.0),
            critic_opt: OptConfig::new(3e-5, 1e-5, 100.0),
            expl_opt: OptConfig::new(1e-4, 1e-5, 100.0),
            actent: 3e-4,
            actor_outscale: 1.0,
            actor_grad_continuous: ActorGradient::Backprop,
            slow_critic_fraction: 0.02,
            retnorm: RetNormConfig {
                decay: 0.99,
                max: 1.0,
                perclo: 5.0,
                perchi: 95.0,
            },
            disag_heads: 8,
            prior_rewards: PriorRewards {
                extr: 0.0,
                density: 1.0,
                disag: 1.0,
            },
            train_ratio: 64.0,
        }
    }

    /// The `medium` block: deter 1024, depth 48, units 640, 3 layers.
    pub fn medium() -> Self {
        DreamerConfig {
            deter: 1024,
            cnn_depth: 48,
            units: 640,
            layers: 3,
            ..DreamerConfig::small()
        }
    }

    /// The `large` block: deter 2048, depth 64, units 768, 4 layers.
    pub fn large() -> Self {
        DreamerConfig {
            deter: 2048,
            cnn_depth: 64,
            units: 768,
            layers: 4,
            ..DreamerConfig::small()
        }
    }

    /// The `defaults` sizes: deter 4096, depth 96, units 1024, 5 layers.
    pub fn xlarge() -> Self {
        DreamerConfig {
            deter: 4096,
            cnn_depth: 96,
            units: 1024,
            layers: 5,
            ..DreamerConfig::small()
        }
    }

    /// For tests and demos: 16x16 frames, 4 latents of 4 classes, widths of 16, batch 4 x 8.
    pub fn tiny() -> Self {
        DreamerConfig {
            deter: 16,
            units: 16,
            layers: 1,
            cnn_depth: 4,
            stoch: 4,
            classes: 4,
            image_size: 16,
            batch_size: 4,
            batch_length: 8,
            imag_horizon: 5,
            disag_heads: 2,
            ..DreamerConfig::small()
        }
    }

    /// The smallest agent that learns a built-in pixel task on a 2-core CPU in minutes (the
    /// pipeline's): 32x32 frames, depth 8, widths of 64, 8 latents of 8 classes, batch 4 x 32.
    /// Batches of 4 sequences of 32 steps learned faster than 8 of 16 (the same 128 steps per
    /// update; one seed each, README "Agent learning"); a likely reason: fewer imagination
    /// starts sit in a sequence's first steps, where the posterior has seen too few frames to
    /// know the velocities.
    /// 32x32 frames with depth 8 learn cart-pole balance faster per update than 16x16 with
    /// depth 16 (the pole is two pixels wide instead of one; README "Agent learning").
    /// Against the reference's blocks, tuned on `builtin:cartpole_balance` at action repeat 8
    /// (README "Agent learning"): learning rates model 1e-3 and actor/critic 3e-4 (the small
    /// nets tolerate them; at the reference's the world model needs ~10k updates before it
    /// draws the pole), the first policy near N(0, 1) (`actor_outscale` 0.01, newer DreamerV3)
    /// instead of a random state-dependent push, and a return horizon of 83 steps: 6.7 s of
    /// physics at repeat 8, the time the reference's 333 steps span at its repeat of 2.
    pub fn cpu() -> Self {
        DreamerConfig {
            deter: 64,
            units: 64,
            layers: 1,
            cnn_depth: 8,
            stoch: 8,
            classes: 8,
            image_size: 32,
            batch_size: 4,
            batch_length: 32,
            horizon: 83.0,
            model_opt: OptConfig::new(1e-3, 1e-8, 1000.0),
            actor_opt: OptConfig::new(3e-4, 1e-5, 100.0),
            critic_opt: OptConfig::new(3e-4, 1e-5, 100.0),
            actor_outscale: 0.01,
            disag_heads: 2,
            train_ratio: 128.0,
            ..DreamerConfig::small()
        }
    }

    /// The preset called `name` (`tiny`, `cpu`, `small`, `medium`, `large`, `xlarge`).
    pub fn preset(name: &str) -> Option<Self> {
        match name {
            "tiny" => Some(DreamerConfig::tiny()),
            "cpu" => Some(DreamerConfig::cpu()),
            "small" => Some(DreamerConfig::small()),
            "medium" => Some(DreamerConfig::medium()),
            "large" => Some(DreamerConfig::large()),
            "xlarge" => Some(DreamerConfig::xlarge()),
            _ => None,
        }
    }

    /// The discount `1 - 1 / horizon`.
    pub fn discount(&self) -> f64 {
        1.0 - 1.0 / self.horizon
    }

    /// Size of the flattened stochastic state, `stoch * classes`.
    pub fn stoch_size(&self) -> usize {
        self.stoch * self.classes
    }

    /// Size of the latent features `[deter, flat stoch]` the heads read.
    pub fn feature_size(&self) -> usize {
        self.deter + self.stoch_size()
    }

    /// Downsampling stages of the encoder, `log2(image_size / 4)`.
    pub fn cnn_stages(&self) -> usize {
        (self.image_size / 4).max(1).ilog2() as usize
    }

    /// Size of the flattened encoder output, `4 * 4 * depth * 2^(stages - 1)`.
    pub fn embed_size(&self) -> usize {
        (16 * self.cnn_depth) << self.cnn_stages().saturating_sub(1)
    }

    /// True when a head's loss trains the representation.
    pub fn grad_head(&self, head: Head) -> bool {
        self.grad_heads.contains(&head)
    }

    /// True when the world model has a density head (the Prior behaviour with a VIPER
    /// reward).
    pub fn has_density_head(&self) -> bool {
        self.prior_rewards.density != 0.0
    }

    /// Checks everything the model builders rely on, naming the first bad field.
    pub fn validate(&self) -> Result<(), DreamerConfigError> {
        if !self.image_size.is_power_of_two() || self.image_size < 8 {
            return Err(invalid(
                "image_size",
                format!(
                    "must be a power of two >= 8 (the encoder halves it down to 4x4), got {}",
                    self.image_size
                ),
            ));
        }
        for (field, v) in [
            ("deter", self.deter),
            ("units", self.units),
            ("cnn_depth", self.cnn_depth),
            ("stoch", self.stoch),
            ("classes", self.classes),
            ("batch_size", self.batch_size),
            ("batch_length", self.batch_length),
            ("imag_horizon", self.imag_horizon),
            ("disag_heads", self.disag_heads),
        ] {
            if v == 0 {
                return Err(invalid(field, "must be positive"));
            }
        }
        if self.classes < 2 {
            return Err(invalid("classes", "must be at least 2"));
        }
        if !(0.0..1.0).contains(&self.unimix) {
            return Err(invalid(
                "unimix",
                format!("must lie in [0, 1), got {}", self.unimix),
            ));
        }
        if self.horizon.is_nan() || self.horizon <= 1.0 {
            return Err(invalid(
                "horizon",
                format!(
                    "must exceed 1 (discount 1 - 1/horizon), got {}",
                    self.horizon
                ),
            ));
        }
        if !(0.0..=1.0).contains(&self.return_lambda) {
            return Err(invalid(
                "return_lambda",
                format!("must lie in [0, 1], got {}", self.return_lambda),
            ));
        }
        if self.free_nats.is_nan() || self.free_nats < 0.0 {
            return Err(invalid(
                "free_nats",
                format!("must be >= 0, got {}", self.free_nats),
            ));
        }
        for (field, opt) in [
            ("model_opt", &self.model_opt),
            ("actor_opt", &self.actor_opt),
            ("critic_opt", &self.critic_opt),
            ("expl_opt", &self.expl_opt),
        ] {
            if [opt.lr, opt.eps, opt.clip]
                .iter()
                .any(|v| v.is_nan() || *v <= 0.0)
            {
                return Err(invalid(
                    field,
                    format!("needs lr, eps and clip > 0, got {opt:?}"),
                ));
            }
        }
        let r = &self.retnorm;
        if !(0.0..=100.0).contains(&r.perclo)
            || !(0.0..=100.0).contains(&r.perchi)
            || r.perclo >= r.perchi
        {
            return Err(invalid(
                "retnorm",
                format!(
                    "needs 0 <= perclo < perchi <= 100, got {} and {}",
                    r.perclo, r.perchi
                ),
            ));
        }
        if !(0.0..1.0).contains(&r.decay) {
            return Err(invalid(
                "retnorm.decay",
                format!("must lie in [0, 1), got {}", r.decay),
            ));
        }
        if !(self.actor_outscale.is_finite() && self.actor_outscale >= 0.0) {
            return Err(invalid(
                "actor_outscale",
                format!("must be finite and >= 0, got {}", self.actor_outscale),
            ));
        }
        if !(0.0..=1.0).contains(&self.slow_critic_fraction) {
            return Err(invalid(
                "slow_critic_fraction",
                format!("must lie in [0, 1], got {}", self.slow_critic_fraction),
            ));
        }
        let p = &self.prior_rewards;
        if [p.extr, p.density, p.disag]
            .iter()
            .any(|w| w.is_nan() || *w < 0.0)
            || p.extr + p.density + p.disag == 0.0
        {
            return Err(invalid(
                "prior_rewards",
                format!("needs non-negative weights, not all zero, got {p:?}"),
            ));
        }
        if self.train_ratio.is_nan() || self.train_ratio <= 0.0 {
            return Err(invalid(
                "train_ratio",
                format!("must be positive, got {}", self.train_ratio),
            ));
        }
        Ok(())
    }
}
