//! The DreamerV3 agent as vendored in the reference (DreamerV3 "v1", reference brief §4) with
//! VIPER's additions (density head, Prior behaviour, §3.4). This module holds the world model;
//! `behavior/` the imagination-based actor-critic.
//!
//! | file | concept |
//! |------|---------|
//! | `behavior/` | imagination actor-critic: returns, normaliser, actor, critics, Plan2Explore, Prior mix |
//! | `config.rs`, `config_parts.rs` | `DreamerConfig`, its sections and presets, `ActionSpace` (from the env) |
//! | `layers.rs` | the two dense layer kinds (hidden: LN + SiLU, output: uniform init) and `Mlp` |
//! | `rssm.rs` | `Rssm`, `RssmState`: the learned initial state, prior and posterior steps |
//! | `sequence.rs` | `Rssm::observe` and `Rssm::imagine`: one while loop each |
//! | `kl.rs` | the KL balancing with free bits |
//! | `encoder.rs`, `decoder.rs` | the image CNNs and the image loss |
//! | `heads.rs` | `MlpHead`: reward and density (two-hot symlog), cont (Bernoulli) |
//! | `world_model.rs` | `WorldModel`: the loss over a batch of sequences, its train step |
//!
//! ```
//! use viper::graph::ops::random::RngKey;
//! use viper::graph::{FunctionBuilder, Tensor};
//! use viper::models::dreamer::{ActionSpace, DreamerConfig, WorldModel, WorldModelBatch};
//! use viper::nn::Scope;
//! let config = DreamerConfig::tiny();
//! let model = WorldModel::new(&config, &ActionSpace::Discrete { n: 3 }).unwrap();
//! let fb = FunctionBuilder::new("wm_demo");
//! let inputs: Vec<Tensor> = model
//!     .batch_inputs(2, 5)
//!     .iter()
//!     .map(|b| fb.input(&b.name, b.ty.dtype, b.ty.dims()))
//!     .collect();
//! let scope = Scope::new(&fb);
//! let keys = RngKey::new(&fb.input("key", viper::DType::U32, &[2])).split(2);
//! let batch = WorldModelBatch::from_inputs(&inputs).unwrap();
//! let out = model.loss(&scope, &batch, None, &keys[0]);
//! assert_eq!(out.post.features().dims(), vec![2, 5, config.feature_size()]);
//! let imagined = model.imagine(&scope, &out.last_state, 3, &keys[1], &|f: &Tensor, _: &RngKey| {
//!     f.slice_axis(1, 0, 3).softmax(1)
//! });
//! assert_eq!(imagined.actions.dims(), vec![4, 2, 3]);
//! fb.finish(&[out.loss]).unwrap();
//! ```

pub mod behavior;
pub mod config;
pub mod config_parts;
pub mod decoder;
pub mod encoder;
pub mod heads;
pub mod kl;
pub mod layers;
pub mod rssm;
pub mod sequence;
pub mod world_model;

pub use config::{
    ActionSpace, DreamerConfig, DreamerConfigError, Head, LossScales, OptConfig, PriorRewards,
    RetNormConfig,
};
pub use decoder::{image_loss, ImageDecoder};
pub use encoder::{ImageEncoder, IMAGE_CHANNELS};
pub use heads::{MlpHead, TWO_HOT_BINS};
pub use kl::kl_losses;
pub use layers::{ConvStage, Mlp, NormedDense, OutputDense, Resample};
pub use rssm::{action_dim, Imagined, Rssm, RssmState, StochSample};
pub use sequence::stacked_keys;
pub use world_model::{WorldModel, WorldModelBatch, WorldModelLoss};
