//! The VQ-GAN training iteration on the shared training machinery (reference brief §1.6):
//! one generator `TrainStep` (L1 + codebook + `disc_weight` x adversarial loss through the
//! frozen discriminator), then one discriminator `TrainStep` (logistic loss + R1) on the
//! reconstructions of the freshly updated generator. Each step has its own AdamW (weight
//! decay 1e-4, linear warmup to `lr` over `warmup_steps`) and its own `Trainer`, so each
//! network's parameters and optimizer state are donated and stay on the device.
//!
//! How a step sees the other network: `TrainStep` differentiates every parameter its scope
//! creates, so the frozen network's parameters enter as extra *batch inputs* (named by their
//! parameter paths) and are applied through `Scope::from_params`. No change to `TrainStep`
//! was needed; the cost is that each iteration downloads one network's parameters and
//! uploads them into the other step (small next to the step for our model sizes). Because
//! batch inputs are split along axis 0 over devices, these steps are single-device.

use super::config::{VqganConfig, VqganConfigError};
use super::discriminator::Discriminator;
use super::loss::{discriminator_loss, generator_loss, LossTerms};
use super::model::{Vqgan, IMAGE_CHANNELS};
use super::objectives::{trace_objective, Objective, ObjectiveError};
use crate::graph::{FunctionBuilder, Tensor};
use crate::host::HostTensor;
use crate::nn::{ParamSpec, Scope};
use crate::optim::{Adam, Optimizer};
use crate::session::Session;
use crate::train::{BatchInput, LossOutput, StepMetrics, TrainError, TrainStep, Trainer};
use crate::DType;

/// Name of the frames batch input of both steps (`f32[B, S, S, 3]` in [-1, 1]).
pub const IMAGES: &str = "images";

#[derive(Debug, thiserror::Error)]
pub enum VqganTrainError {
    #[error(transparent)]
    Config(#[from] VqganConfigError),
    #[error(transparent)]
    Objective(#[from] ObjectiveError),
    #[error(transparent)]
    Train(#[from] TrainError),
    #[error("vqgan trainer: the {network} has no parameters")]
    NoParams { network: &'static str },
}

/// AdamW (weight decay 1e-4) with linear warmup to `config.lr` over `config.warmup_steps`.
pub fn vqgan_optimizer(config: &VqganConfig) -> Optimizer {
    Optimizer {
        warmup_steps: config.warmup_steps as u64,
        ..Optimizer::new(Adam::adamw(config.lr))
    }
}

/// The two traced (not yet compiled) steps for batches of `batch` frames.
#[derive(Clone, Debug)]
pub struct VqganSteps {
    /// Batch inputs: `images`, then the discriminator's parameters (`disc/..`).
    pub generator: TrainStep,
    /// Batch inputs: `images`, then the generator's parameters.
    pub discriminator: TrainStep,
}

/// The parameter specs of the generator and the discriminator, from a throwaway trace.
fn network_specs(
    config: &VqganConfig,
    batch: usize,
) -> Result<(Vec<ParamSpec>, Vec<ParamSpec>), VqganTrainError> {
    let fb = FunctionBuilder::new("vqgan_param_specs");
    let traced = trace_objective(&fb, config, batch, Objective::Generator)?;
    let specs = (
        traced.generator.param_specs(),
        traced.discriminator.param_specs(),
    );
    for (list, network) in [(&specs.0, "generator"), (&specs.1, "discriminator")] {
        if list.is_empty() {
            return Err(VqganTrainError::NoParams { network });
        }
    }
    Ok(specs)
}

fn batch_inputs(config: &VqganConfig, batch: usize, frozen: &[ParamSpec]) -> Vec<BatchInput> {
    let s = config.image_size;
    let mut inputs = vec![BatchInput::new(
        IMAGES,
        DType::F32,
        &[batch, s, s, IMAGE_CHANNELS],
    )];
    inputs.extend(
        frozen
            .iter()
            .map(|p| BatchInput::new(&p.name, p.dtype, &p.dims)),
    );
    inputs
}

/// A root scope over the frozen network's parameters (batch tensors after `images`).
fn frozen_scope(specs: &[ParamSpec], tensors: &[Tensor]) -> Scope<'static> {
    let given: Vec<(String, Tensor)> = specs
        .iter()
        .map(|s| s.name.clone())
        .zip(tensors.iter().cloned())
        .collect();
    Scope::from_params(&given).expect("internal error: network_specs checked non-empty")
}

fn loss_output(terms: LossTerms) -> LossOutput {
    let mut out = LossOutput::new(terms.loss.clone());
    for (name, value) in terms.metrics {
        out = out.metric(name, value);
    }
    out
}

/// Traces both steps (single device) for batches of `batch` frames.
pub fn trace_vqgan_steps(
    config: &VqganConfig,
    batch: usize,
) -> Result<VqganSteps, VqganTrainError> {
    let vqgan = Vqgan::new(config)?;
    let disc = Discriminator::new(&config.disc, config.image_size);
    let (gen_specs, disc_specs) = network_specs(config, batch)?;
    let optimizer = vqgan_optimizer(config);
    let generator = TrainStep::trace(
        "vqgan_generator_step",
        &batch_inputs(config, batch, &disc_specs),
        &optimizer,
        1,
        |scope, inputs, _key| {
            let images = &inputs[0];
            let out = vqgan.forward(scope, images, None);
            let frozen = frozen_scope(&disc_specs, &inputs[1..]).child("disc");
            let fake_logits = disc.forward(&frozen, &out.recon);
            loss_output(generator_loss(config, images, &out, &fake_logits, None))
        },
    )?;
    let discriminator = TrainStep::trace(
        "vqgan_discriminator_step",
        &batch_inputs(config, batch, &gen_specs),
        &optimizer,
        1,
        |scope, inputs, _key| {
            let images = &inputs[0];
            let frozen = frozen_scope(&gen_specs, &inputs[1..]);
            let recon = vqgan.forward(&frozen, images, None).recon;
            let terms = discriminator_loss(config, &disc, &scope.child("disc"), images, &recon);
            loss_output(terms)
        },
    )?;
    Ok(VqganSteps {
        generator,
        discriminator,
    })
}

/// The metrics of one iteration: the generator step's, then the discriminator step's.
#[derive(Clone, Debug, PartialEq)]
pub struct VqganMetrics {
    pub generator: StepMetrics,
    pub discriminator: StepMetrics,
}

/// Both networks' trainers; `step` runs one generator then one discriminator update.
pub struct VqganTrainer {
    pub generator: Trainer,
    pub discriminator: Trainer,
}

impl VqganTrainer {
    /// Compiles both steps and starts from fresh parameters (both initialised with `seed`).
    pub fn init(
        session: &Session,
        config: &VqganConfig,
        batch: usize,
        seed: u64,
    ) -> Result<VqganTrainer, VqganTrainError> {
        let steps = trace_vqgan_steps(config, batch)?;
        Ok(VqganTrainer {
            generator: Trainer::init(session, steps.generator, seed)?,
            discriminator: Trainer::init(session, steps.discriminator, seed)?,
        })
    }

    /// One iteration on `images` (`f32[B, S, S, 3]` in [-1, 1]).
    pub fn step(&mut self, images: &HostTensor) -> Result<VqganMetrics, VqganTrainError> {
        let generator = self
            .generator
            .step(&with_params(images, self.discriminator.params()?))?;
        let discriminator = self
            .discriminator
            .step(&with_params(images, self.generator.params()?))?;
        Ok(VqganMetrics {
            generator,
            discriminator,
        })
    }
}

fn with_params(images: &HostTensor, params: Vec<(String, HostTensor)>) -> Vec<HostTensor> {
    std::iter::once(images.clone())
        .chain(params.into_iter().map(|(_, t)| t))
        .collect()
}
