//! `DeviceState`: the agent step's carried values (`AgentState`, same names and order) kept in
//! device buffers between updates. An update donates them to the step (the step aliases each
//! carried input to its updated output, so the plugin may reuse the memory), keeps the step's
//! outputs as the next state and downloads only the metrics vector. Programs that read the
//! parameters (policy, open-loop video) borrow the buffers by input name (`run_borrowing`),
//! so nothing goes through the host per env step; `to_host` copies the state back for
//! checkpoints.
//!
//! A failed update may have consumed the donated buffers: the state is then lost and every
//! later call says so (the last checkpoint is the way back).

use super::prefetch::UploadedBatch;
use super::state::AgentState;
use super::step::AgentStep;
use super::AgentError;
use crate::graph::InputSpec;
use crate::runtime::{Client, DeviceBuffer, Input};
use crate::session::{Compiled, SessionError};
use crate::HostTensor;
use std::collections::HashMap;

/// Carried values by name on device 0, in the step's output order.
pub struct DeviceState {
    client: Client,
    names: Vec<String>,
    /// Empty once an update failed after taking them.
    buffers: Vec<DeviceBuffer>,
}

fn upload(client: &Client, host: &HostTensor) -> Result<DeviceBuffer, AgentError> {
    Ok(client.to_device(host, 0).map_err(SessionError::from)?)
}

impl DeviceState {
    /// Copies every value of `state` to device 0.
    pub fn upload(client: &Client, state: &AgentState) -> Result<DeviceState, AgentError> {
        DeviceState::upload_where(client, state, |_| true)
    }

    /// Copies the values of `state` that `function_inputs` names (e.g. only the parameters a
    /// policy reads), for programs run with `run_borrowing`.
    pub fn upload_inputs(
        client: &Client,
        state: &AgentState,
        function_inputs: &[InputSpec],
    ) -> Result<DeviceState, AgentError> {
        DeviceState::upload_where(client, state, |name| {
            function_inputs.iter().any(|s| s.name == name)
        })
    }

    fn upload_where(
        client: &Client,
        state: &AgentState,
        keep: impl Fn(&str) -> bool,
    ) -> Result<DeviceState, AgentError> {
        let mut names = Vec::new();
        let mut buffers = Vec::new();
        for (name, value) in state.values.iter().filter(|(n, _)| keep(n)) {
            names.push(name.clone());
            buffers.push(upload(client, value)?);
        }
        Ok(DeviceState {
            client: client.clone(),
            names,
            buffers,
        })
    }

    /// The carried value names, in order.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    fn lost() -> AgentError {
        AgentError::State(
            "the agent state on the device was lost by a failed update; resume from the last checkpoint"
                .into(),
        )
    }

    /// The buffer of carried value `name`.
    pub fn buffer(&self, name: &str) -> Option<&DeviceBuffer> {
        self.names
            .iter()
            .position(|n| n == name)
            .and_then(|k| self.buffers.get(k))
    }

    /// Copies the state to the host (for checkpoints and host-side checks).
    pub fn to_host(&self) -> Result<AgentState, AgentError> {
        if self.buffers.len() != self.names.len() {
            return Err(DeviceState::lost());
        }
        let values = self
            .names
            .iter()
            .zip(&self.buffers)
            .map(|(n, b)| Ok((n.clone(), b.to_host().map_err(SessionError::from)?)))
            .collect::<Result<Vec<_>, AgentError>>()?;
        Ok(AgentState { values })
    }

    /// One update of `step` on the uploaded `batch` with `key`: the carried buffers are donated
    /// and replaced by the step's outputs; returns the metrics vector (the only download).
    pub fn train(
        &mut self,
        step: &AgentStep,
        compiled: &Compiled,
        batch: &UploadedBatch,
        key: [u32; 2],
    ) -> Result<Vec<f32>, AgentError> {
        let carried = step.carried.len();
        if self.names.len() != carried
            || self
                .names
                .iter()
                .zip(&step.carried)
                .any(|(n, s)| *n != s.name)
        {
            return Err(AgentError::State(format!(
                "the device state holds {} values, not the step's {carried} carried values in order",
                self.names.len()
            )));
        }
        if self.buffers.len() != carried {
            return Err(DeviceState::lost());
        }
        let key = HostTensor::from_slice(&[2], &key)
            .map_err(|e| AgentError::State(format!("rng key: {e}")))?;
        let key = upload(&self.client, &key)?;
        let index: HashMap<&str, usize> = self
            .names
            .iter()
            .enumerate()
            .map(|(k, n)| (n.as_str(), k))
            .collect();
        // Check every input has a value before taking the buffers, so a bad call loses nothing.
        let specs = step.function.inputs();
        for spec in specs {
            let known = spec.name == "rng_key"
                || batch.buffer(&spec.name).is_some()
                || index.contains_key(spec.name.as_str());
            if !known {
                return Err(AgentError::State(format!(
                    "no value for the step's input `{}`",
                    spec.name
                )));
            }
        }
        let mut owned: Vec<Option<DeviceBuffer>> = std::mem::take(&mut self.buffers)
            .into_iter()
            .map(Some)
            .collect();
        let mut inputs = Vec::with_capacity(specs.len());
        for spec in specs {
            let input = if spec.name == "rng_key" {
                Input::Borrowed(&key)
            } else if let Some(b) = batch.buffer(&spec.name) {
                Input::Borrowed(b)
            } else {
                let k = index[spec.name.as_str()];
                let buffer = owned[k].take().ok_or_else(|| {
                    AgentError::State(format!("the step takes `{}` twice", spec.name))
                })?;
                Input::Donated(buffer)
            };
            inputs.push(input);
        }
        let mut out = compiled.execute(inputs)?;
        if out.len() != carried + 1 {
            return Err(AgentError::State(format!(
                "the step returned {} outputs, expected {carried} carried values and the metrics",
                out.len()
            )));
        }
        let metrics = out
            .pop()
            .ok_or_else(|| AgentError::State("the step returned nothing".into()))?;
        self.buffers = out;
        metrics
            .to_host()
            .map_err(SessionError::from)?
            .to_vec::<f32>()
            .map_err(|e| AgentError::State(format!("metrics: {e}")))
    }

    /// Runs a single-device program whose inputs are carried values of this state (borrowed)
    /// or entries of `device` (borrowed) or of `host` (uploaded now), matched by input name.
    pub fn run_borrowing(
        &self,
        compiled: &Compiled,
        function_inputs: &[InputSpec],
        device: &[(&str, &DeviceBuffer)],
        host: &[(&str, &HostTensor)],
    ) -> Result<Vec<DeviceBuffer>, AgentError> {
        if self.buffers.len() != self.names.len() {
            return Err(DeviceState::lost());
        }
        let mut uploaded = Vec::new();
        for (name, value) in host {
            if function_inputs.iter().any(|s| s.name == *name) {
                uploaded.push((*name, upload(&self.client, value)?));
            }
        }
        let inputs = function_inputs
            .iter()
            .map(|spec| {
                let name = spec.name.as_str();
                device
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, b)| *b)
                    .or_else(|| uploaded.iter().find(|(n, _)| *n == name).map(|(_, b)| b))
                    .or_else(|| self.buffer(name))
                    .map(Input::Borrowed)
                    .ok_or_else(|| AgentError::State(format!("no value for the input `{name}`")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(compiled.execute(inputs)?)
    }
}
