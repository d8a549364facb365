//! `TrainStep`: one traced program `(batch, rng key, params, optimizer state) -> (params',
//! optimizer state', metrics)`. The model's loss is traced through an `nn::Scope`, so the one
//! trace yields the graph and the parameter list; gradients and the optimizer update are
//! traced into the same graph; parameters and state are donated to their updated values, so
//! a `Trainer` keeps them on the device.
//!
//! Data parallel: with `devices > 1` the batch inputs are split along axis 0 over the devices
//! and parameters, state and key are replicated (SPMD annotations); the program is written
//! for the global batch and XLA inserts the cross-device reductions, so it computes the same
//! step as on one device up to the order of f32 additions.
//!
//! Argument order: batch inputs, the key (`u32[2]`), parameters (creation order), state
//! (`Optimizer::state_specs` order). Result order: parameters, state, then one f32 vector of
//! the metrics: `loss`, the loss function's own metrics, the optimizer's (`optim/...`).

use super::error::TrainError;
use crate::dtype::DType;
use crate::graph::ops::random::RngKey;
use crate::graph::{grad, Function, FunctionBuilder, InputSpec, Sharding, Tensor, TensorType};
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

/// What the loss function returns: the scalar loss and extra scalar metrics to report.
pub struct LossOutput {
    pub loss: Tensor,
    pub metrics: Vec<(String, Tensor)>,
}

impl LossOutput {
    pub fn new(loss: Tensor) -> Self {
        LossOutput {
            loss,
            metrics: Vec::new(),
        }
    }

    pub fn metric(mut self, name: &str, value: Tensor) -> Self {
        self.metrics.push((name.to_string(), value));
        self
    }
}

/// A traced train step, not yet compiled (see `Trainer`).
#[derive(Clone, Debug)]
pub struct TrainStep {
    pub(crate) function: Function,
    pub(crate) batch: Vec<BatchInput>,
    pub(crate) params: Vec<ParamSpec>,
    pub(crate) state: Vec<StateSpec>,
    pub(crate) metric_names: Vec<String>,
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
        let fail = |message: String| TrainError::Step {
            step: name.to_string(),
            message,
        };
        if devices == 0 {
            return Err(fail("needs at least one device".to_string()));
        }
        let spmd = devices > 1;
        let replicated = |spec: InputSpec| {
            if spmd {
                spec.sharded(Sharding::Replicated)
            } else {
                spec
            }
        };
        let fb = FunctionBuilder::new(name);
        let mut batch_tensors = Vec::with_capacity(batch.len());
        for b in batch {
            let dims = b.ty.dims();
            let mut spec = InputSpec::new(&b.name, b.ty.dtype, dims);
            if spmd {
                if dims.first().is_none_or(|n| !n.is_multiple_of(devices)) {
                    return Err(fail(format!(
                        "batch input `{}` ({}) must have a leading batch axis divisible by {devices} devices",
                        b.name, b.ty
                    )));
                }
                spec = spec.sharded(Sharding::split(0, dims.len(), devices));
            }
            batch_tensors.push(fb.input_with(spec));
        }
        let key = fb.input_with(replicated(InputSpec::new("rng_key", DType::U32, &[2])));
        let mut scope = Scope::new(&fb);
        if spmd {
            scope = scope.with_param_sharding(Sharding::Replicated);
        }
        let out = loss_fn(&scope, &batch_tensors, &RngKey::new(&key));
        let param_specs = scope.param_specs();
        let params = scope.param_tensors();
        let infos: Vec<(String, TensorType)> = param_specs
            .iter()
            .map(|s| (s.name.clone(), TensorType::new(s.dtype, &s.dims)))
            .collect();
        let state_specs = optimizer.state_specs(&infos);
        let state: Vec<Tensor> = state_specs
            .iter()
            .map(|s| fb.input_with(replicated(InputSpec::new(&s.name, s.ty.dtype, s.ty.dims()))))
            .collect();
        if let Some(e) = fb.error() {
            return Err(e.into());
        }
        if out.loss.ty() != TensorType::new(out.loss.dtype(), &[]) {
            return Err(fail(format!(
                "the loss must be a scalar, got {}",
                out.loss.ty()
            )));
        }
        let scaled = optimizer.scale_loss(&out.loss, &state);
        let grads = grad(&scaled, &params.iter().collect::<Vec<_>>());
        let applied = optimizer.apply(&params, &grads, &state)?;

        let mut metric_names = vec!["loss".to_string()];
        let mut metric_values = vec![out.loss.convert(DType::F32)];
        for (metric, value) in out.metrics.iter().chain(&applied.metrics) {
            if value.rank() != 0 || !value.dtype().is_float() {
                return Err(fail(format!(
                    "metric `{metric}` must be a float scalar, got {}",
                    value.ty()
                )));
            }
            metric_names.push(metric.clone());
            metric_values.push(value.convert(DType::F32));
        }
        for (k, input) in params.iter().chain(&state).enumerate() {
            fb.set_donation(input, k)?;
        }
        let mut outputs = applied.params;
        outputs.extend(applied.state);
        // One f32 vector of all metrics: a single device-to-host copy per step.
        let scalars: Vec<Tensor> = metric_values.iter().map(|m| m.reshape(&[1])).collect();
        outputs.push(Tensor::concatenate(&scalars.iter().collect::<Vec<_>>(), 0));
        let function = fb.finish(&outputs)?;
        let expected_inputs = batch.len() + 1 + params.len() + state.len();
        if function.inputs().len() != expected_inputs {
            return Err(fail(format!(
                "the loss function created {} inputs that are not parameters; pass data as batch inputs",
                function.inputs().len() - expected_inputs
            )));
        }
        Ok(TrainStep {
            function,
            batch: batch.to_vec(),
            params: param_specs,
            state: state_specs,
            metric_names,
            devices,
        })
    }

    pub fn function(&self) -> &Function {
        &self.function
    }

    pub fn name(&self) -> &str {
        self.function.name()
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
