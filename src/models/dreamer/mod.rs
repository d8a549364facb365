//! The DreamerV3 agent as vendored in the reference (DreamerV3 "v1", reference brief §4) with
//! VIPER's additions (density head, Prior behaviour, §3.4). This module holds the world model;
//! `behavior/` the imagination-based actor-critic.
//!
//! | file | concept |
//! |------|---------|
//! | `behavior/` | imagination actor-critic: returns, normaliser, actor, critics, Plan2Explore, Prior mix |
//! | `config.rs` | `DreamerConfig`, its presets, `ActionSpace` (from the env) |
//! | `layers.rs` | the two dense layer kinds (hidden: LN + SiLU, output: uniform init) and `Mlp` |
//! | `rssm.rs` | `Rssm`, `RssmState`: prior/posterior steps, `observe`, `imagine`, KL losses |

pub mod behavior;
pub mod config;
pub mod layers;
pub mod rssm;

pub use config::{
    ActionSpace, DreamerConfig, DreamerConfigError, Head, LossScales, OptConfig, PriorRewards,
    RetNormConfig,
};
pub use rssm::{action_dim, kl_losses, Imagined, Rssm, RssmState, StochSample};
