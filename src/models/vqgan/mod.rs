//! The VQ-GAN frame tokenizer (reference brief §1): each 64x64 RGB frame in [-1, 1] becomes
//! a grid of discrete codes (8x8 of 256 for DMC, 16x16 of 1024 for Atari), trained with L1
//! reconstruction, the quantizer's codebook/commitment loss and a StyleGAN2-style
//! discriminator with an R1 penalty.
//!
//! | file | concept |
//! |------|---------|
//! | `config.rs` | `VqganConfig` (the reference yaml) and its presets |
//! | `blocks.rs` | ResNet, attention, down/upsampling blocks |
//! | `encoder.rs`, `decoder.rs` | the two halves of the autoencoder |
//! | `quantizer.rs` | nearest-code quantizer, straight-through gradient, usage metrics |
//! | `code_restart.rs` | dead-code restarts (ours, `code_restart_every`): the step's code outputs, the on-device row rewrite |
//! | `restart_choice.rs` | which codes a restart moves and where: usage counts, the selection rule |
//! | `model.rs` | `Vqgan`: encode -> quantize -> decode |
//! | `discriminator.rs` | `Discriminator`, minibatch stddev |
//! | `loss.rs` | generator and discriminator losses (foreground-weighted L1 optional), R1 |
//! | `objectives.rs` | both objectives traced for a trainer; their gradient graphs |
//! | `trainer.rs` | `VqganTrainer`: the two `TrainStep`s (AdamW + warmup) of an iteration, each
//! borrowing the other network (and LPIPS, `models::lpips`) as frozen inputs; N devices |
//! | `run.rs` | `VqganRun`: a trained run's checkpoint, compiled frame encoder and decoder |
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::models::vqgan::{Vqgan, VqganConfig};
//! use viper::nn::Scope;
//! use viper::DType;
//! let config = VqganConfig::atari();
//! let fb = FunctionBuilder::new("vqgan_demo");
//! let images = fb.input("images", DType::F32, &[2, 64, 64, 3]);
//! let out = Vqgan::new(&config).unwrap().forward(&Scope::new(&fb), &images, None);
//! assert_eq!(out.quantized.codes.dims(), vec![2, 16, 16]);
//! assert_eq!(out.recon.dims(), vec![2, 64, 64, 3]);
//! ```

pub mod blocks;
pub mod code_restart;
pub mod config;
pub mod decoder;
pub mod discriminator;
pub mod encoder;
pub mod loss;
pub mod model;
pub mod objectives;
pub mod quantizer;
pub mod restart_choice;
pub mod run;
pub mod trainer;

pub use code_restart::{
    with_restart_outputs, CodeRestartError, CodeRestarter, RestartReport, CODES_OUTPUT, Z_E_OUTPUT,
};
pub use config::{AutoencoderConfig, DiscriminatorConfig, VqganConfig, VqganConfigError};
pub use discriminator::{fir_blur, minibatch_stddev, Discriminator};
pub use loss::{discriminator_loss, foreground_l1, generator_loss, r1_penalty, LossTerms};
pub use model::{Vqgan, VqganOutput};
pub use objectives::{gradient_graph, trace_objective, GradientGraph, Objective, TracedObjective};
pub use quantizer::{Quantized, VectorQuantizer};
pub use restart_choice::{choose_restarts, CodeUsage, Restart};
pub use run::{CodeDecoder, FrameEncoder, VqganRun, VqganRunError, CODEBOOK_PARAM};
pub use trainer::{
    tiny_train_step, trace_vqgan_steps, trace_vqgan_steps_with, vqgan_optimizer, VqganMetrics,
    VqganStepOptions, VqganSteps, VqganTrainError, VqganTrainer,
};
