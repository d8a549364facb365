//! The data every VideoGPT program takes besides its parameters, declared in one place (the
//! train step, the validation loss, the sampler, the reward scorers and the benchmark all
//! use it), always in this order:
//!
//! | name | meaning | type | kind in a train step |
//! |------|---------|------|----------------------|
//! | `codes` | the clips' code indices | i32 `[B, T, h, w]` | batch input |
//! | `labels` | task ids, class-conditional models only | i32 `[B]` | batch input |
//! | `codebook` | the VQ-GAN's code vectors | f32 `[K, D]` | frozen input (stays on the device) |
//!
//! The codebook is the frozen VQ-GAN's, never trained: in a train step it is a frozen input
//! (`TrainStep::trace_with_frozen`), uploaded once and borrowed by every step
//! (`Trainer::step_with`), rather than a batch array copied to the device each step.

use super::model::VideoGpt;
use crate::dtype::DType;
use crate::graph::{FunctionBuilder, Tensor};
use crate::nn::{Init, ParamSpec, Scope};
use crate::train::BatchInput;

/// Input names, as they appear in traced programs and error messages.
pub const CODES: &str = "codes";
pub const LABELS: &str = "labels";
pub const CODEBOOK: &str = "codebook";

/// A program's data inputs (see the module doc).
#[derive(Clone)]
pub struct VideoGptInputs {
    pub codes: Tensor,
    pub labels: Option<Tensor>,
    pub codebook: Tensor,
}

impl VideoGpt {
    /// The batch arrays of a step over `batch` clips: `codes`, then `labels` when the model
    /// is class-conditional.
    pub fn batch_inputs(&self, batch: usize) -> Vec<BatchInput> {
        let [t, h, w] = self.clip_shape();
        let mut inputs = vec![BatchInput::new(CODES, DType::I32, &[batch, t, h, w])];
        if self.config().label_classes().is_some() {
            inputs.push(BatchInput::new(LABELS, DType::I32, &[batch]));
        }
        inputs
    }

    /// The codebook as a frozen input of a train step (f32 `[K, D]`; its init is unused:
    /// frozen inputs are given, never initialised).
    pub fn codebook_spec(&self) -> ParamSpec {
        let space = self.code_space();
        ParamSpec {
            name: CODEBOOK.to_string(),
            dtype: DType::F32,
            dims: vec![space.codebook_size, space.code_dim],
            init: Init::Zeros,
        }
    }

    /// Declares `codes`, `labels` (class-conditional only) and `codebook` for `batch` clips
    /// on `fb`, in that order.
    pub fn trace_inputs(&self, fb: &FunctionBuilder, batch: usize) -> VideoGptInputs {
        let mut batch_tensors = self
            .batch_inputs(batch)
            .into_iter()
            .map(|b| fb.input(&b.name, b.ty.dtype, b.ty.dims()));
        let codes = batch_tensors
            .next()
            .expect("batch_inputs starts with the codes");
        let labels = batch_tensors.next();
        let spec = self.codebook_spec();
        let codebook = fb.input(&spec.name, spec.dtype, &spec.dims);
        VideoGptInputs {
            codes,
            labels,
            codebook,
        }
    }

    /// The inputs inside a train step traced with `batch_inputs` as its batch and
    /// `codebook_spec` as its frozen input.
    #[track_caller]
    pub fn step_inputs(&self, batch: &[Tensor], frozen: &Scope) -> VideoGptInputs {
        let spec = self.codebook_spec();
        VideoGptInputs {
            codes: batch[0].clone(),
            labels: batch.get(1).cloned(),
            codebook: frozen.param(&spec.name, spec.dtype, &spec.dims, spec.init),
        }
    }
}

/// Values for the inputs `VideoGpt::trace_inputs` declares, in its order (host arrays or
/// device buffers); `labels` is left out when `None` (unconditional models).
pub fn input_values<T>(codes: T, labels: Option<T>, codebook: T) -> Vec<T> {
    let mut values = vec![codes];
    values.extend(labels);
    values.push(codebook);
    values
}

impl VideoGptInputs {
    pub fn labels(&self) -> Option<&Tensor> {
        self.labels.as_ref()
    }
}
