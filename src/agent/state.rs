//! `AgentState`: the agent step's carried values on the host, by name (parameters, optimizer
//! states, normalisers, slow-critic counter), their initial values, and one update call.
//!
//! The host loop keeps the state on the device between updates (`DeviceState`); this host
//! form is what checkpoints hold, what a run starts from, and the host path of an update.

use super::device_state::DeviceState;
use super::policy::PolicyStep;
use super::prefetch::{batch_arrays, UploadedBatch};
use super::step::AgentStep;
use super::AgentError;
use crate::data::replay::ReplayBatch;
use crate::graph::TensorType;
use crate::nn::ParamTree;
use crate::optim::{Optimizer, StateInit};
use crate::runtime::Client;
use crate::session::Compiled;
use crate::HostTensor;
use std::collections::HashMap;

/// Carried values by name, in the step's output order.
#[derive(Clone, Debug, PartialEq)]
pub struct AgentState {
    pub values: Vec<(String, HostTensor)>,
}

impl AgentState {
    /// Fresh parameters (seeded), zero/initial optimizer and normaliser states.
    pub fn init(step: &AgentStep, seed: u64) -> Result<AgentState, AgentError> {
        let params = ParamTree::init(&step.params, seed)?;
        let copies: HashMap<usize, &String> = step.copies.iter().map(|(k, n)| (*k, n)).collect();
        let mut values = Vec::with_capacity(step.carried.len());
        for (k, spec) in step.carried.iter().enumerate() {
            let value = if let Some(p) = params.get(&spec.name) {
                p.clone()
            } else if let Some(name) = copies.get(&k) {
                params
                    .get(name)
                    .ok_or_else(|| AgentError::State(format!("no parameter `{name}`")))?
                    .clone()
            } else {
                let fill = crate::optim::StateSpec {
                    init: match spec.init {
                        StateInit::Fill(v) => StateInit::Fill(v),
                        StateInit::CopyOfParam(_) => StateInit::Fill(0.0),
                    },
                    ..spec.clone()
                };
                Optimizer::init_state(&[fill], &[])?.remove(0)
            };
            values.push((spec.name.clone(), value));
        }
        Ok(AgentState { values })
    }

    pub fn get(&self, name: &str) -> Option<&HostTensor> {
        self.values.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// The parameters (and any other carried value) whose names start with `prefix`.
    pub fn under(&self, prefix: &str) -> Vec<(String, HostTensor)> {
        self.values
            .iter()
            .filter(|(n, _)| n.starts_with(prefix))
            .cloned()
            .collect()
    }

    /// One update on `batch` with `key`; replaces the state, returns the metrics vector.
    pub fn train(
        &mut self,
        step: &AgentStep,
        compiled: &Compiled,
        batch: &ReplayBatch,
        key: [u32; 2],
    ) -> Result<Vec<f32>, AgentError> {
        let key = HostTensor::from_slice(&[2], &key)
            .map_err(|e| AgentError::State(format!("rng key: {e}")))?;
        let by_name: HashMap<&str, &HostTensor> = self
            .values
            .iter()
            .map(|(n, v)| (n.as_str(), v))
            .chain(batch_arrays(batch))
            .chain([("rng_key", &key)])
            .collect();
        let args = step
            .function
            .inputs()
            .iter()
            .map(|spec| {
                by_name
                    .get(spec.name.as_str())
                    .map(|t| (*t).clone())
                    .ok_or_else(|| {
                        AgentError::State(format!("no value for the step's input `{}`", spec.name))
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let out = compiled.run(&args)?;
        self.absorb(out)
    }

    /// `train` with the batch already on the device (`UploadedBatch`, sampled ahead): the
    /// state goes up, runs one `DeviceState::train` and comes back (the host loop keeps a
    /// `DeviceState` instead; this is the same update for callers holding host values).
    pub fn train_uploaded(
        &mut self,
        step: &AgentStep,
        compiled: &Compiled,
        client: &Client,
        batch: &UploadedBatch,
        key: [u32; 2],
    ) -> Result<Vec<f32>, AgentError> {
        let mut on_device = DeviceState::upload(client, self)?;
        let metrics = on_device.train(step, compiled, batch, key)?;
        *self = on_device.to_host()?;
        Ok(metrics)
    }

    /// Takes a step's outputs: the carried values replace the state; returns the metrics.
    fn absorb(&mut self, mut out: Vec<HostTensor>) -> Result<Vec<f32>, AgentError> {
        let metrics = out
            .pop()
            .ok_or_else(|| AgentError::State("the step returned nothing".into()))?;
        if out.len() != self.values.len() {
            return Err(AgentError::State(format!(
                "the step returned {} carried values, the state has {}",
                out.len(),
                self.values.len()
            )));
        }
        for ((_, v), new) in self.values.iter_mut().zip(out) {
            *v = new;
        }
        metrics
            .to_vec::<f32>()
            .map_err(|e| AgentError::State(format!("metrics: {e}")))
    }
}

impl AgentState {
    /// `values` (e.g. read from a checkpoint) in the step's carried order; every value must
    /// be present with the step's type.
    pub fn from_named(
        step: &AgentStep,
        values: Vec<(String, HostTensor)>,
    ) -> Result<AgentState, AgentError> {
        AgentState::select(step.carried.iter().map(|s| (&s.name, &s.ty)), values)
    }

    /// The parameters `policy` reads, out of `values` (a checkpoint's whole state), in its
    /// creation order; every one must be present with the policy's type. Acting needs no
    /// train step, so evaluation skips tracing one.
    pub fn policy_params(
        policy: &PolicyStep,
        values: Vec<(String, HostTensor)>,
    ) -> Result<AgentState, AgentError> {
        let types: Vec<TensorType> = policy
            .params
            .iter()
            .map(|p| TensorType::new(p.dtype, &p.dims))
            .collect();
        AgentState::select(policy.params.iter().map(|p| &p.name).zip(&types), values)
    }

    /// The `wanted` values in that order, checked against their types.
    fn select<'a>(
        wanted: impl Iterator<Item = (&'a String, &'a TensorType)>,
        values: Vec<(String, HostTensor)>,
    ) -> Result<AgentState, AgentError> {
        let mut by_name: HashMap<String, HostTensor> = values.into_iter().collect();
        let mut ordered = Vec::new();
        for (name, ty) in wanted {
            let value = by_name
                .remove(name)
                .ok_or_else(|| AgentError::State(format!("the saved state has no `{name}`")))?;
            if value.dtype() != ty.dtype || value.dims() != ty.dims() {
                return Err(AgentError::State(format!(
                    "saved `{name}` is {:?}{:?}, the model needs {ty}",
                    value.dtype(),
                    value.dims(),
                )));
            }
            ordered.push((name.clone(), value));
        }
        Ok(AgentState { values: ordered })
    }
}
