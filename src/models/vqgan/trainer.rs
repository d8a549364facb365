//! The VQ-GAN training iteration on the shared training machinery (reference brief §1.6):
//! one generator `TrainStep` (L1 + codebook + `disc_weight` x adversarial loss through the
//! frozen discriminator), then one discriminator `TrainStep` (logistic loss + R1) on the
//! reconstructions of the freshly updated generator. Each step has its own AdamW (weight
//! decay 1e-4, linear warmup to `lr` over `warmup_steps`) and its own `Trainer`, so each
//! network's parameters and optimizer state are donated and stay on the device.
//!
//! How a step sees the other network: as frozen inputs (`TrainStep::trace_with_frozen`). The
//! generator step borrows the discriminator trainer's parameter buffers and the
//! discriminator step the generator's (`Trainer::step_with`), so both networks' parameters
//! and optimizer states stay on the devices and only the frames are uploaded each step.
//! With `devices > 1` both steps are data parallel (frames split over the devices). With an
//! LPIPS network (`VqganStepOptions::lpips`) the generator loss has the perceptual term; its
//! weights are uploaded once and borrowed by every generator step.
//!
//! When the config restarts codes (`VqganConfig::restarts_codes`) the generator step also
//! returns the batch's codes and pre-quantisation vectors (auxiliary outputs; without
//! restarts the step is traced exactly as before), and each iteration ends with the dead-code
//! restart check (`code_restart.rs`), which reads them; its metrics join the generator's
//! (`codes_restarted`, `codes_restarted_total`).

use super::code_restart::{with_restart_outputs, CodeRestartError, CodeRestarter};
use super::config::{VqganConfig, VqganConfigError};
use super::discriminator::Discriminator;
use super::loss::{discriminator_loss, generator_loss, LossTerms};
use super::model::{Vqgan, IMAGE_CHANNELS};
use super::objectives::{trace_objective, Objective, ObjectiveError};
use crate::graph::FunctionBuilder;
use crate::graph::{Function, GraphError};
use crate::host::HostTensor;
use crate::models::lpips::{Lpips, LPIPS_SCOPE};
use crate::nn::ParamSpec;
use crate::optim::{Adam, Optimizer};
use crate::runtime::DeviceBuffer;
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
    #[error(transparent)]
    Restart(#[from] CodeRestartError),
    #[error("vqgan trainer: the {network} has no parameters")]
    NoParams { network: &'static str },
    #[error("vqgan trainer: the generator step takes {expected} LPIPS weight tensors, got {got}")]
    Lpips { expected: usize, got: usize },
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
    /// Batch input `images`; frozen inputs: the discriminator's parameters (`disc/..`);
    /// auxiliary outputs `codes` and `z_e` when the config restarts codes.
    pub generator: TrainStep,
    /// Batch input `images`; frozen inputs: the generator's parameters.
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

fn batch_inputs(config: &VqganConfig, batch: usize) -> Vec<BatchInput> {
    let s = config.image_size;
    vec![BatchInput::new(
        IMAGES,
        DType::F32,
        &[batch, s, s, IMAGE_CHANNELS],
    )]
}

fn loss_output(terms: LossTerms) -> LossOutput {
    let mut out = LossOutput::new(terms.loss.clone());
    for (name, value) in terms.metrics {
        out = out.metric(name, value);
    }
    out
}

/// How the steps are traced.
#[derive(Clone, Debug, PartialEq)]
pub struct VqganStepOptions {
    /// Devices of the data-parallel steps (the batch must divide by it).
    pub devices: usize,
    /// The LPIPS network of the perceptual term (its weights are frozen inputs of the
    /// generator step, after the discriminator's parameters); `None`: no perceptual term.
    pub lpips: Option<Lpips>,
}

impl Default for VqganStepOptions {
    fn default() -> Self {
        VqganStepOptions {
            devices: 1,
            lpips: None,
        }
    }
}

/// Traces both steps (single device) for batches of `batch` frames.
pub fn trace_vqgan_steps(
    config: &VqganConfig,
    batch: usize,
) -> Result<VqganSteps, VqganTrainError> {
    trace_vqgan_steps_with(config, batch, &VqganStepOptions::default())
}

/// Traces both steps for batches of `batch` frames with `options`.
pub fn trace_vqgan_steps_with(
    config: &VqganConfig,
    batch: usize,
    options: &VqganStepOptions,
) -> Result<VqganSteps, VqganTrainError> {
    let vqgan = Vqgan::new(config)?;
    let disc = Discriminator::new(&config.disc, config.image_size);
    let (gen_specs, disc_specs) = network_specs(config, batch)?;
    let optimizer = vqgan_optimizer(config);
    let mut gen_frozen = disc_specs.clone();
    if let Some(lpips) = &options.lpips {
        gen_frozen.extend(lpips.param_specs());
    }
    let generator = TrainStep::trace_with_frozen(
        "vqgan_generator_step",
        &batch_inputs(config, batch),
        &gen_frozen,
        &optimizer,
        options.devices,
        |scope, inputs, frozen, _key| {
            let images = &inputs[0];
            let out = vqgan.forward(scope, images, None);
            let fake_logits = disc.forward(&frozen.child("disc"), &out.recon);
            let perceptual = options
                .lpips
                .as_ref()
                .map(|net| net.distance(&frozen.child(LPIPS_SCOPE), images, &out.recon));
            let terms = generator_loss(config, images, &out, &fake_logits, perceptual.as_ref());
            match config.restarts_codes() {
                true => with_restart_outputs(loss_output(terms), &out, config.ae.embed_dim),
                false => loss_output(terms),
            }
        },
    )?;
    let discriminator = TrainStep::trace_with_frozen(
        "vqgan_discriminator_step",
        &batch_inputs(config, batch),
        &gen_specs,
        &optimizer,
        options.devices,
        |scope, inputs, frozen, _key| {
            let images = &inputs[0];
            let recon = vqgan.forward(frozen, images, None).recon;
            let terms = discriminator_loss(config, &disc, &scope.child("disc"), images, &recon);
            loss_output(terms)
        },
    )?;
    Ok(VqganSteps {
        generator,
        discriminator,
    })
}

/// The tiny config's full train step of `objective` (loss, gradients, AdamW with warmup; the
/// other network as frozen inputs) at batch 4 on one device, as checked in under `graphs/`.
pub fn tiny_train_step(objective: Objective) -> Result<Function, GraphError> {
    let fail = |e: VqganTrainError| GraphError::Function {
        function: "vqgan_tiny_train_step".to_string(),
        message: e.to_string(),
    };
    let steps = trace_vqgan_steps(&VqganConfig::tiny(), 4).map_err(fail)?;
    let step = match objective {
        Objective::Generator => steps.generator,
        Objective::Discriminator => steps.discriminator,
    };
    Ok(step.function().clone())
}

/// The metrics of one iteration: the generator step's, then the discriminator step's.
#[derive(Clone, Debug, PartialEq)]
pub struct VqganMetrics {
    pub generator: StepMetrics,
    pub discriminator: StepMetrics,
}

/// Both networks' trainers (plus the LPIPS weights on the devices, when the generator step
/// has a perceptual term, and the dead-code restarter when the config asks for it); `step`
/// runs one generator then one discriminator update.
pub struct VqganTrainer {
    pub generator: Trainer,
    pub discriminator: Trainer,
    lpips: Option<Vec<Vec<DeviceBuffer>>>,
    restarter: Option<CodeRestarter>,
}

impl VqganTrainer {
    /// Compiles both steps (1 device, no LPIPS) and starts from fresh parameters (both
    /// initialised with `seed`).
    pub fn init(
        session: &Session,
        config: &VqganConfig,
        batch: usize,
        seed: u64,
    ) -> Result<VqganTrainer, VqganTrainError> {
        VqganTrainer::init_with(
            session,
            config,
            batch,
            seed,
            &VqganStepOptions::default(),
            None,
        )
    }

    /// `init` with step options; `lpips_weights` (in `Lpips::param_specs` order) are needed
    /// exactly when `options.lpips` is set.
    pub fn init_with(
        session: &Session,
        config: &VqganConfig,
        batch: usize,
        seed: u64,
        options: &VqganStepOptions,
        lpips_weights: Option<&[HostTensor]>,
    ) -> Result<VqganTrainer, VqganTrainError> {
        if config.restarts_codes() && options.devices != 1 {
            // Before compiling anything: the restarter would refuse these trainers anyway.
            return Err(CodeRestartError::Devices {
                devices: options.devices,
            }
            .into());
        }
        let steps = trace_vqgan_steps_with(config, batch, options)?;
        VqganTrainer::from_trainers(
            session,
            config,
            Trainer::init(session, steps.generator, seed)?,
            Trainer::init(session, steps.discriminator, seed)?,
            lpips_weights,
        )
    }

    /// Pairs two trainers of `config` (e.g. resumed from a checkpoint), uploads the LPIPS
    /// weights the generator step takes after the discriminator's parameters, and compiles
    /// the dead-code restarter when `config.restarts_codes()` (its usage counts start
    /// from zero, also after a resume).
    pub fn from_trainers(
        session: &Session,
        config: &VqganConfig,
        generator: Trainer,
        discriminator: Trainer,
        lpips_weights: Option<&[HostTensor]>,
    ) -> Result<VqganTrainer, VqganTrainError> {
        let frozen = generator.train_step().frozen_specs().len();
        let disc_params = discriminator.train_step().param_specs().len();
        let given = lpips_weights.map_or(0, <[HostTensor]>::len);
        if frozen != disc_params + given {
            return Err(VqganTrainError::Lpips {
                expected: frozen.saturating_sub(disc_params),
                got: given,
            });
        }
        let lpips = match lpips_weights {
            Some(values) if !values.is_empty() => Some(generator.upload(values)?),
            _ => None,
        };
        let restarter = if config.restarts_codes() {
            Some(CodeRestarter::new(session, config, &generator)?)
        } else {
            None
        };
        Ok(VqganTrainer {
            generator,
            discriminator,
            lpips,
            restarter,
        })
    }

    /// One iteration on `images` (`f32[B, S, S, 3]` in [-1, 1]): the generator step with the
    /// discriminator's parameters borrowed, then the discriminator step with the updated
    /// generator's.
    pub fn step(&mut self, images: &HostTensor) -> Result<VqganMetrics, VqganTrainError> {
        let batch = std::slice::from_ref(images);
        let mut gen_frozen = self.discriminator.param_buffers()?;
        if let Some(lpips) = &self.lpips {
            for (list, weights) in gen_frozen.iter_mut().zip(lpips) {
                list.extend(weights.iter());
            }
        }
        let mut generator = self.generator.step_with(batch, &gen_frozen)?;
        let gen_params = self.generator.param_buffers()?;
        let discriminator = self.discriminator.step_with(batch, &gen_params)?;
        if let Some(restarter) = &mut self.restarter {
            restarter.after_step(&mut self.generator)?;
            generator.values.extend(restarter.metrics());
        }
        Ok(VqganMetrics {
            generator,
            discriminator,
        })
    }
}
