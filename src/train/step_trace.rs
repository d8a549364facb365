//! The tracing core behind every `TrainStep` constructor: inputs (batch, key, frozen), the
//! loss function, one gradient + optimizer update per parameter group, donation, the metrics
//! vector and the auxiliary outputs. The argument and name conventions are in `step.rs`'s
//! module doc.

use super::error::TrainError;
use super::step::{AuxOutput, BatchInput, LossOutput, ParamGroup, StepInputs, TrainStep};
use crate::dtype::DType;
use crate::graph::ops::random::RngKey;
use crate::graph::{grad, FunctionBuilder, InputSpec, Sharding, Tensor, TensorType};
use crate::nn::params::is_under;
use crate::nn::{ParamSpec, Scope};
use crate::optim::{StateInit, StateSpec};

pub(crate) fn step_error(step: &str, message: &str) -> TrainError {
    TrainError::Step {
        step: step.to_string(),
        message: message.to_string(),
    }
}

/// `prefix/name` (just `name` for the unnamed single group).
fn prefixed(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}/{name}")
    }
}

/// Which group each parameter belongs to (exactly one), or an error naming the parameter.
fn group_of_params(
    step: &str,
    specs: &[ParamSpec],
    groups: &[ParamGroup],
) -> Result<Vec<usize>, TrainError> {
    specs
        .iter()
        .map(|spec| {
            let owners: Vec<usize> = (0..groups.len())
                .filter(|&g| is_under(&spec.name, &groups[g].name))
                .collect();
            match owners.as_slice() {
                [g] => Ok(*g),
                [] => Err(step_error(
                    step,
                    &format!("parameter `{}` lies under none of the groups", spec.name),
                )),
                _ => Err(step_error(
                    step,
                    &format!("parameter `{}` lies under several groups", spec.name),
                )),
            }
        })
        .collect()
}

pub(crate) fn trace_step<F>(
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
    let fail = |message: String| step_error(name, &message);
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
    let frozen_tensors: Vec<(String, Tensor)> = frozen
        .iter()
        .map(|p| {
            let spec = replicated(InputSpec::new(&p.name, p.dtype, &p.dims));
            (p.name.clone(), fb.input_with(spec))
        })
        .collect();
    let frozen_scope = match frozen_tensors.is_empty() {
        true => None,
        false => Some(Scope::from_params(&frozen_tensors)?),
    };
    let mut scope = Scope::new(&fb);
    if spmd {
        scope = scope.with_param_sharding(Sharding::Replicated);
    }
    let outs = loss_fn(&StepInputs {
        scope: &scope,
        batch: &batch_tensors,
        frozen: frozen_scope.as_ref(),
        key: &RngKey::new(&key),
    });
    if outs.len() != groups.len() {
        return Err(fail(format!(
            "the loss function returned {} losses for {} parameter groups",
            outs.len(),
            groups.len()
        )));
    }
    // Parameters group by group (creation order within each group).
    let created_specs = scope.param_specs();
    let created = scope.param_tensors();
    let owner = group_of_params(name, &created_specs, groups)?;
    let mut param_specs = Vec::new();
    let mut params = Vec::new();
    let mut state_specs = Vec::new();
    let mut state = Vec::new();
    let mut updated_params = Vec::new();
    let mut updated_state = Vec::new();
    let mut metric_names = Vec::new();
    let mut metric_values = Vec::new();
    let mut aux = Vec::new();
    let mut aux_values = Vec::new();
    for (g, (group, out)) in groups.iter().zip(&outs).enumerate() {
        let members: Vec<usize> = (0..owner.len()).filter(|&k| owner[k] == g).collect();
        if members.is_empty() {
            return Err(fail(format!(
                "parameter group `{}` has no parameters",
                group.name
            )));
        }
        let offset = params.len();
        let group_specs: Vec<ParamSpec> =
            members.iter().map(|&k| created_specs[k].clone()).collect();
        let group_params: Vec<Tensor> = members.iter().map(|&k| created[k].clone()).collect();
        let infos: Vec<(String, TensorType)> = group_specs
            .iter()
            .map(|s| (s.name.clone(), TensorType::new(s.dtype, &s.dims)))
            .collect();
        let group_state_specs: Vec<StateSpec> = group
            .optimizer
            .state_specs(&infos)
            .into_iter()
            .map(|s| StateSpec {
                name: prefixed(&group.name, &s.name),
                init: match s.init {
                    StateInit::CopyOfParam(k) => StateInit::CopyOfParam(k + offset),
                    fill => fill,
                },
                ty: s.ty,
            })
            .collect();
        let group_state: Vec<Tensor> = group_state_specs
            .iter()
            .map(|s| fb.input_with(replicated(InputSpec::new(&s.name, s.ty.dtype, s.ty.dims()))))
            .collect();
        if let Some(e) = fb.error() {
            return Err(e.into());
        }
        if out.loss.ty() != TensorType::new(out.loss.dtype(), &[]) {
            let which = match group.name.as_str() {
                "" => "the loss".to_string(),
                name => format!("the loss of group `{name}`"),
            };
            return Err(fail(format!(
                "{which} must be a scalar, got {}",
                out.loss.ty()
            )));
        }
        let scaled = group.optimizer.scale_loss(&out.loss, &group_state);
        let grads = grad(&scaled, &group_params.iter().collect::<Vec<_>>());
        let applied = group.optimizer.apply(&group_params, &grads, &group_state)?;
        metric_names.push(prefixed(&group.name, "loss"));
        metric_values.push(out.loss.convert(DType::F32));
        for (metric, value) in out.metrics.iter().chain(&applied.metrics) {
            if value.rank() != 0 || !value.dtype().is_float() {
                return Err(fail(format!(
                    "metric `{metric}` must be a float scalar, got {}",
                    value.ty()
                )));
            }
            metric_names.push(prefixed(&group.name, metric));
            metric_values.push(value.convert(DType::F32));
        }
        for (aux_name, value) in &out.aux {
            let full = prefixed(&group.name, aux_name);
            if aux.iter().any(|a: &AuxOutput| a.name == full) {
                return Err(fail(format!("auxiliary output `{full}` is named twice")));
            }
            aux.push(AuxOutput {
                name: full,
                ty: value.ty(),
            });
            aux_values.push(value.clone());
        }
        param_specs.extend(group_specs);
        params.extend(group_params);
        state_specs.extend(group_state_specs);
        state.extend(group_state);
        updated_params.extend(applied.params);
        updated_state.extend(applied.state);
    }
    for (k, input) in params.iter().chain(&state).enumerate() {
        fb.set_donation(input, k)?;
    }
    let mut outputs = updated_params;
    outputs.extend(updated_state);
    // One f32 vector of all metrics: a single device-to-host copy per step.
    let scalars: Vec<Tensor> = metric_values.iter().map(|m| m.reshape(&[1])).collect();
    outputs.push(Tensor::concatenate(&scalars.iter().collect::<Vec<_>>(), 0));
    outputs.extend(aux_values);
    let function = fb.finish(&outputs)?;
    let expected_inputs = batch.len() + 1 + frozen.len() + params.len() + state.len();
    if function.inputs().len() != expected_inputs {
        return Err(fail(format!(
            "the loss function created {} inputs that are not parameters; pass data as batch inputs",
            function.inputs().len() - expected_inputs
        )));
    }
    Ok(TrainStep {
        function,
        batch: batch.to_vec(),
        frozen: frozen.to_vec(),
        params: param_specs,
        state: state_specs,
        metric_names,
        aux,
        devices,
    })
}
