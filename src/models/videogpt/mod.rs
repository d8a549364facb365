//! VideoGPT (reference brief §2): an autoregressive transformer over the VQ-GAN codes of a
//! clip, whose per-frame log-likelihoods are the VIPER reward.
//!
//! | file | concept |
//! |------|---------|
//! | `config.rs` | `VideoGptConfig` (the reference yaml) and its presets |
//! | `embed.rs` | code vectors -> width E, start token and right shift, position tables |
//! | `norm.rs` | the reference's (class-conditional) LayerNorm |
//! | `attention.rs` | causal self-attention: the reference's dense form and frame blocks |
//! | `block.rs` | one pre-LN transformer block |
//! | `inputs.rs` | the programs' data inputs (codes, labels, codebook), declared once |
//! | `model.rs` | `VideoGpt`: logits, token/frame log-probabilities, loss; `CodeSpace` |
//! | `trainer.rs` | `VideoGptTrainer`: runs the train step, validation, checkpoints |
//! | `run.rs` | `VideoGptRun`: the run directory of `viper train-videogpt` |
//! | `code_cache.rs` | `CodeCache`: a dataset's VQ codes, encoded once per episode |
//! | `objective.rs` | the training step: loss, AdamW, EMA (`trace_train_step`) |
//! | `sampler.rs` | KV-cached token-by-token sampling in one compiled loop |
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::models::videogpt::{CodeSpace, VideoGpt, VideoGptConfig};
//! use viper::nn::Scope;
//! let codes = CodeSpace { grid: [8, 8], codebook_size: 32, code_dim: 16 };
//! let model = VideoGpt::new(&VideoGptConfig::tiny(), codes).unwrap();
//! let fb = FunctionBuilder::new("videogpt_demo");
//! let x = model.trace_inputs(&fb, 2); // codes [2, 4, 8, 8], labels [2], codebook [32, 16]
//! let scope = Scope::new(&fb);
//! let frames = model.frame_log_probs(&scope.child("videogpt"), &x.codes, &x.codebook, x.labels(), None);
//! assert_eq!(frames.dims(), vec![2, 4]);
//! fb.finish(&[frames]).unwrap();
//! ```

pub mod attention;
pub mod block;
pub mod code_cache;
pub mod config;
pub mod embed;
pub mod inputs;
pub mod model;
pub mod norm;
pub mod objective;
pub mod run;
pub mod sampler;
pub mod trainer;

pub use attention::AttentionForm;
pub use code_cache::{CodeCache, CodeCacheError, CODES_DIR};
pub use config::{VideoGptConfig, VideoGptConfigError};
pub use embed::position_split;
pub use inputs::{input_values, VideoGptInputs};
pub use model::{target_log_probs, CodeSpace, VideoGpt, VideoGptError};
pub use objective::{tiny_train_step_graph, trace_train_step, videogpt_optimizer, PARAM_ROOT};
pub use run::{VideoGptRun, VideoGptRunError, VqganRecord, Which};
pub use sampler::{trace_sampler, SamplerProgram};
pub use trainer::{Validation, VideoGptTrainError, VideoGptTrainer};
