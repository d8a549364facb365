//! The two objectives of a VQ-GAN training iteration, traced into a caller's builder so a
//! trainer can append gradients and its optimizer (reference brief §1.5-1.6: one generator
//! update, then one discriminator update on the updated generator's reconstructions).
//!
//! Inputs each objective creates, in this order: `images [B, S, S, 3]` (f32, in [-1, 1]),
//! then the parameters in creation order: the generator's (`encoder/..`, `quant_conv/..`,
//! `quantizer/embeddings`, `post_quant_conv/..`, `decoder/..`) and the discriminator's
//! (`disc/..`). Only the `updated` group is meant to be differentiated.
//!
//! `gradient_graph` finishes an objective with the gradients of its updated group; the tiny
//! config's two gradient graphs are checked in under `graphs/` (`viper graphs export`).

use super::config::{VqganConfig, VqganConfigError};
use super::discriminator::Discriminator;
use super::loss::{discriminator_loss, generator_loss, LossTerms};
use super::model::{Vqgan, IMAGE_CHANNELS};
use crate::graph::{grad, Function, FunctionBuilder, GraphError, Tensor};
use crate::nn::{ParamSpec, Scope};
use crate::DType;

/// Which parameter group an objective updates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Objective {
    /// `loss_G`: reconstruction + codebook + adversarial, for the encoder/quantizer/decoder.
    Generator,
    /// `loss_D`: logistic loss + R1, for the discriminator.
    Discriminator,
}

/// A traced objective: its frames input, both parameter scopes and its loss terms.
pub struct TracedObjective<'f> {
    pub images: Tensor,
    pub generator: Scope<'f>,
    pub discriminator: Scope<'f>,
    pub terms: LossTerms,
    pub objective: Objective,
}

impl TracedObjective<'_> {
    /// The scope of the parameters this objective updates.
    pub fn updated(&self) -> &Scope<'_> {
        match self.objective {
            Objective::Generator => &self.generator,
            Objective::Discriminator => &self.discriminator,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ObjectiveError {
    #[error(transparent)]
    Config(#[from] VqganConfigError),
    #[error(transparent)]
    Graph(#[from] GraphError),
}

/// Traces `objective` for a batch of `batch` frames into `fb` (deterministic: no dropout).
pub fn trace_objective<'f>(
    fb: &'f FunctionBuilder,
    config: &VqganConfig,
    batch: usize,
    objective: Objective,
) -> Result<TracedObjective<'f>, ObjectiveError> {
    let vqgan = Vqgan::new(config)?;
    let s = config.image_size;
    let images = fb.input("images", DType::F32, &[batch, s, s, IMAGE_CHANNELS]);
    let generator = Scope::new(fb);
    let discriminator = Scope::new(fb).child("disc");
    let disc = Discriminator::new(&config.disc, s);
    let out = vqgan.forward(&generator, &images, None);
    let terms = match objective {
        Objective::Generator => {
            let fake_logits = disc.forward(&discriminator, &out.recon);
            generator_loss(config, &images, &out, &fake_logits, None)
        }
        Objective::Discriminator => {
            discriminator_loss(config, &disc, &discriminator, &images, &out.recon)
        }
    };
    Ok(TracedObjective {
        images,
        generator,
        discriminator,
        terms,
        objective,
    })
}

/// A finished objective: outputs are the metrics (`metrics` names, `loss` first) then the
/// gradient of each `updated` parameter.
pub struct GradientGraph {
    pub function: Function,
    pub metrics: Vec<&'static str>,
    pub updated: Vec<ParamSpec>,
}

/// Traces `objective` and the gradients of its updated parameters.
pub fn gradient_graph(
    name: &str,
    config: &VqganConfig,
    batch: usize,
    objective: Objective,
) -> Result<GradientGraph, ObjectiveError> {
    let fb = FunctionBuilder::new(name);
    let traced = trace_objective(&fb, config, batch, objective)?;
    let scope = traced.updated();
    let params = scope.param_tensors();
    let grads = grad(&traced.terms.loss, &params.iter().collect::<Vec<_>>());
    let mut outputs: Vec<Tensor> = traced
        .terms
        .metrics
        .iter()
        .map(|(_, t)| t.clone())
        .collect();
    outputs.extend(grads);
    Ok(GradientGraph {
        function: fb.finish(&outputs)?,
        metrics: traced.terms.metrics.iter().map(|(n, _)| *n).collect(),
        updated: scope.param_specs(),
    })
}

/// The tiny config's objective at batch 4 with gradients, as checked in under `graphs/`.
pub fn tiny_gradient_graph(objective: Objective) -> Result<Function, GraphError> {
    let name = match objective {
        Objective::Generator => "vqgan_tiny_generator_grads",
        Objective::Discriminator => "vqgan_tiny_discriminator_grads",
    };
    match gradient_graph(name, &VqganConfig::tiny(), 4, objective) {
        Ok(graph) => Ok(graph.function),
        Err(ObjectiveError::Graph(e)) => Err(e),
        Err(ObjectiveError::Config(e)) => Err(GraphError::Function {
            function: name.to_string(),
            message: e.to_string(),
        }),
    }
}
