//! The sections of `DreamerConfig`: optimizer settings, loss scales, return normalisation,
//! the Prior behaviour's reward weights, and the heads that train the representation.

use crate::optim::{Adam, Optimizer};
use serde::{Deserialize, Serialize};

/// One optimizer of the agent: global-norm clip, then Adam (b1 0.9, b2 0.999), no weight
/// decay, and a linear learning-rate warmup (`jaxutils.Optimizer`, §4.4; its `warmup` is 0
/// in every reference config).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptConfig {
    pub lr: f64,
    pub eps: f64,
    /// Global L2 norm the gradients are clipped to.
    pub clip: f64,
    /// Updates over which the learning rate rises linearly from 0 to `lr` (0: none).
    #[serde(default)]
    pub warmup: u64,
}

impl OptConfig {
    pub fn new(lr: f64, eps: f64, clip: f64) -> Self {
        OptConfig {
            lr,
            eps,
            clip,
            warmup: 0,
        }
    }

    /// The traced optimizer: clip by global norm, then Adam.
    pub fn optimizer(&self) -> Optimizer {
        Optimizer {
            adam: Adam {
                eps: self.eps,
                ..Adam::new(self.lr)
            },
            clip_global_norm: Some(self.clip),
            warmup_steps: self.warmup,
            ema_decay: None,
            loss_scale: None,
        }
    }
}

/// Weights of the loss terms (`loss_scales`, §4.1). The total world-model loss is
/// `sum_k scale_k * mean(loss_k)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LossScales {
    pub image: f64,
    pub reward: f64,
    pub density: f64,
    pub cont: f64,
    /// KL(sg(posterior) || prior): trains the prior (dynamics).
    #[serde(rename = "dyn")]
    pub dynamics: f64,
    /// KL(posterior || sg(prior)): regularises the representation.
    #[serde(rename = "rep")]
    pub representation: f64,
    pub actor: f64,
    pub critic: f64,
    /// The critic's regulariser towards the slow (EMA) critic.
    pub slowreg: f64,
}

/// Percentile return normalisation (`retnorm`, Moments `perc_ema`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetNormConfig {
    /// EMA decay of the percentiles (0.99).
    pub decay: f64,
    /// Lower bound of the scale: `invscale = max(max, hi - lo)` (1.0).
    pub max: f64,
    /// Percentiles in [0, 100] (5 and 95).
    pub perclo: f64,
    pub perchi: f64,
}

/// Weights of the rewards of the `Prior` behaviour, one critic each when non-zero (§3.4).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriorRewards {
    /// The environment's task reward (0 under VIPER: the task-oracle runs set it).
    pub extr: f64,
    /// The VIPER density (video-model log-likelihood), predicted by the density head.
    pub density: f64,
    /// Plan2Explore ensemble disagreement.
    pub disag: f64,
}

/// The world-model heads whose loss may backpropagate into the representation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Head {
    Decoder,
    Reward,
    Density,
    Cont,
}
