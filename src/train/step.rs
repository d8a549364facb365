//! `TrainStep`: one traced program `(batch, rng key, frozen, params, optimizer state) ->
//! (params', optimizer state', metrics)`. The model's loss is traced through an `nn::Scope`, so
//! the one trace yields the graph and the parameter list; gradients and the optimizer update
//! are traced into the same graph; parameters and state are donated to their updated values,
//! so a `Trainer` keeps them on the device.
//!
//! **Frozen inputs** (`trace_with_frozen`): parameters of another network the loss applies but
//! does not train (the discriminator inside the generator's loss, the LPIPS network). The loss
//! function reads them through a second scope (`Scope::from_params` over the frozen inputs,
//! found by their full paths); they are not differentiated, not donated, and replicated under
//! SPMD, so a `Trainer` can borrow another trainer's parameter buffers for them
//! (`Trainer::step_with`) without a trip through the host.
//!
//! **Parameter groups** (`trace_groups`): several networks trained in one executable, each
//! group (the parameters under one scope path, e.g. `actor`) with its own loss and its own
//! `Optimizer` (DreamerV3's model/actor/critic optimizers). Every group's gradient is taken of
//! its own loss at the parameters the step started from (simultaneous updates); a group's loss
//! may read other groups' parameters, which it then does not update. Parameters are ordered
//! group by group; each group's state is named `<group>/optim/..` and its metrics
//! `<group>/loss`, `<group>/<metric>`, `<group>/optim/..`. `trace` is the one-group case with
//! unprefixed names.
//!
//! Data parallel: with `devices > 1` the batch inputs are split along axis 0 over the devices
//! and parameters, state, frozen inputs and key are replicated (SPMD annotations); the program
//! is written for the global batch and XLA inserts the cross-device reductions, so it computes
//! the same step as on one device up to the order of f32 additions.
//!
//! **Auxiliary outputs** (`LossOutput::aux`): values of any shape and dtype the loss function
//! computed anyway and a caller wants after the step (a quantizer's codes, the vectors it
//! rounded), named like metrics (`<group>/<name>`). They are outputs of the step, not of the
//! loss: nothing is differentiated through them, and they are computed from the parameters
//! the step started from. A `Trainer` keeps the latest step's on the device and downloads one
//! only when asked (`Trainer::aux`). Under SPMD they are replicated (the lowering's default for
//! unannotated results), so any one device holds the whole value.
//!
//! Argument order: batch inputs, the key (`u32[2]`), frozen inputs (as given), parameters
//! (group by group, creation order within a group), state (`Optimizer::state_specs` order per
//! group). Result order: parameters, state, one f32 vector of the metrics (`loss`, the loss
//! function's own metrics, the optimizer's `optim/...`, per group), then the auxiliary
//! outputs (per group, in the order the loss function named them).

use super::error::TrainError;
use super::step_trace::{step_error, trace_step};
use crate::dtype::DType;
use crate::graph::ops::random::RngKey;
use crate::graph::{Function, Tensor, TensorType};
use crate::nn::{ParamSpec, Scope};
use crate::optim::{Optimizer, StateSpec};

/// One array of the batch (axis 0 is the batch axis, split over devices).
#[derive(Clone, Debug, PartialEq)]
pub struct BatchInput {
    pub name: String,
    pub ty: TensorType,
}

impl BatchInput {
    pub fn new(name: &str, dtype: DType, dims: &[usize]) -> Self {
        BatchInput {
            name: name.to_string(),
            ty: TensorType::new(dtype, dims),
        }
    }
}

/// What the loss function returns: the scalar loss, extra scalar metrics to report and
/// auxiliary outputs of any shape for the caller (see the module doc).
pub struct LossOutput {
    pub loss: Tensor,
    pub metrics: Vec<(String, Tensor)>,
    pub aux: Vec<(String, Tensor)>,
}

impl LossOutput {
    pub fn new(loss: Tensor) -> Self {
        LossOutput {
            loss,
            metrics: Vec::new(),
            aux: Vec::new(),
        }
    }

    pub fn metric(mut self, name: &str, value: Tensor) -> Self {
        self.metrics.push((name.to_string(), value));
        self
    }

    /// Adds auxiliary output `name` (kept on the device, read with `Trainer::aux`).
    pub fn aux(mut self, name: &str, value: Tensor) -> Self {
        self.aux.push((name.to_string(), value));
        self
    }
}

/// One auxiliary output of a step: its full name and type.
#[derive(Clone, Debug, PartialEq)]
pub struct AuxOutput {
    pub name: String,
    pub ty: TensorType,
}

/// One group of a multi-group step: the parameters under scope path `name`, updated by
/// `optimizer` from the gradient of the group's own loss.
#[derive(Clone, Debug)]
pub struct ParamGroup {
    pub name: String,
    pub optimizer: Optimizer,
}

impl ParamGroup {
    pub fn new(name: &str, optimizer: Optimizer) -> Self {
        ParamGroup {
            name: name.to_string(),
            optimizer,
        }
    }
}

/// What a loss function traces against: the trained parameters' scope, the batch tensors,
/// the frozen inputs' scope (when the step has frozen inputs) and the step's key.
pub struct StepInputs<'a, 'f> {
    pub scope: &'a Scope<'f>,
    pub batch: &'a [Tensor],
    pub frozen: Option<&'a Scope<'static>>,
    pub key: &'a RngKey,
}

/// A traced train step, not yet compiled (see `Trainer`).
#[derive(Clone, Debug)]
pub struct TrainStep {
    pub(crate) function: Function,
    pub(crate) batch: Vec<BatchInput>,
    pub(crate) frozen: Vec<ParamSpec>,
    pub(crate) params: Vec<ParamSpec>,
    pub(crate) state: Vec<StateSpec>,
    pub(crate) metric_names: Vec<String>,
    pub(crate) aux: Vec<AuxOutput>,
    pub(crate) devices: usize,
}

impl TrainStep {
    /// Traces `loss_fn(scope, batch, key)` into a train step with `optimizer`, for `devices`
    /// devices (1: a plain single-device program).
    pub fn trace<F>(
        name: &str,
        batch: &[BatchInput],
        optimizer: &Optimizer,
        devices: usize,
        loss_fn: F,
    ) -> Result<TrainStep, TrainError>
    where
        F: FnOnce(&Scope, &[Tensor], &RngKey) -> LossOutput,
    {
        let groups = [ParamGroup::new("", optimizer.clone())];
        trace_step(name, batch, &[], &groups, devices, |inputs| {
            vec![loss_fn(inputs.scope, inputs.batch, inputs.key)]
        })
    }

    /// `trace` with frozen inputs: `loss_fn(scope, batch, frozen, key)` reads the `frozen`
    /// parameters (by their full names) through the `frozen` scope; they are inputs after the
    /// key, never trained (see the module doc).
    pub fn trace_with_frozen<F>(
        name: &str,
        batch: &[BatchInput],
        frozen: &[ParamSpec],
        optimizer: &Optimizer,
        devices: usize,
        loss_fn: F,
    ) -> Result<TrainStep, TrainError>
    where
        F: FnOnce(&Scope, &[Tensor], &Scope<'static>, &RngKey) -> LossOutput,
    {
        if frozen.is_empty() {
            return Err(step_error(
                name,
                "trace_with_frozen needs frozen inputs; use trace",
            ));
        }
        let groups = [ParamGroup::new("", optimizer.clone())];
        trace_step(name, batch, frozen, &groups, devices, |inputs| {
            let frozen = inputs.frozen.expect("internal error: frozen inputs exist");
            vec![loss_fn(inputs.scope, inputs.batch, frozen, inputs.key)]
        })
    }

    /// A step training several parameter groups, each with its own loss (`loss_fn` returns
    /// one `LossOutput` per group, in `groups` order) and its own optimizer. Every parameter
    /// must lie under exactly one group's path. `frozen` may be empty.
    pub fn trace_groups<F>(
        name: &str,
        batch: &[BatchInput],
        frozen: &[ParamSpec],
        groups: &[ParamGroup],
        devices: usize,
        loss_fn: F,
    ) -> Result<TrainStep, TrainError>
    where
        F: FnOnce(&StepInputs) -> Vec<LossOutput>,
    {
        if groups.is_empty() || groups.iter().any(|g| g.name.is_empty()) {
            return Err(step_error(
                name,
                "trace_groups needs at least one group, each with a non-empty scope path",
            ));
        }
        trace_step(name, batch, frozen, groups, devices, loss_fn)
    }

    pub fn function(&self) -> &Function {
        &self.function
    }

    pub fn name(&self) -> &str {
        self.function.name()
    }

    /// The frozen inputs (borrowed, never trained), in argument order.
    pub fn frozen_specs(&self) -> &[ParamSpec] {
        &self.frozen
    }

    pub fn param_specs(&self) -> &[ParamSpec] {
        &self.params
    }

    pub fn state_specs(&self) -> &[StateSpec] {
        &self.state
    }

    /// Names of the metrics each step returns, in order.
    pub fn metric_names(&self) -> &[String] {
        &self.metric_names
    }

    /// The auxiliary outputs each step returns, in result order.
    pub fn aux_outputs(&self) -> &[AuxOutput] {
        &self.aux
    }

    pub fn batch_inputs(&self) -> &[BatchInput] {
        &self.batch
    }

    pub fn devices(&self) -> usize {
        self.devices
    }

    /// Parameter names and types, in argument order.
    pub fn param_types(&self) -> Vec<(String, TensorType)> {
        self.params
            .iter()
            .map(|s| (s.name.clone(), TensorType::new(s.dtype, &s.dims)))
            .collect()
    }

    /// Optimizer state names and types, in argument order.
    pub fn state_types(&self) -> Vec<(String, TensorType)> {
        self.state
            .iter()
            .map(|s| (s.name.clone(), s.ty.clone()))
            .collect()
    }
}
