//! Replay batches for the train step, prepared ahead: `UploadedBatch::sample` draws update
//! `k`'s batch (seeded by `k`) and copies it to the device; the host loop runs it on a
//! helper thread while the device runs update `k - 1`, so the update never waits for the
//! host to gather frames. The PJRT client accepts transfers from any thread. Only the batch
//! arrays the step declares as inputs (`BatchInputs`) are uploaded: a task-mode step reads no
//! densities.

use super::step::AgentStep;
use super::AgentError;
use crate::data::replay::{Replay, ReplayBatch};
use crate::envs::rng::Rng as EnvRng;
use crate::graph::InputSpec;
use crate::host::HostTensor;
use crate::runtime::{Client, DeviceBuffer};

/// The train step's input names of a replay batch's arrays, in `batch_arrays` order
/// (`is_last` is not an input: the step reads episode ends from `is_first`).
pub const BATCH_ARRAY_NAMES: [&str; 6] = [
    "image",
    "action",
    "reward",
    "density",
    "is_first",
    "is_terminal",
];

/// The arrays of `batch` with their input names (`BATCH_ARRAY_NAMES`).
pub fn batch_arrays(batch: &ReplayBatch) -> [(&'static str, &HostTensor); 6] {
    let arrays = [
        &batch.image,
        &batch.action,
        &batch.reward,
        &batch.density,
        &batch.is_first,
        &batch.is_terminal,
    ];
    std::array::from_fn(|k| (BATCH_ARRAY_NAMES[k], arrays[k]))
}

/// The batch arrays (of `BATCH_ARRAY_NAMES`) a train step reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BatchInputs(Vec<&'static str>);

impl BatchInputs {
    /// Those of `step`'s inputs that are batch arrays.
    pub fn of(step: &AgentStep) -> Self {
        BatchInputs::declared_by(step.function.inputs())
    }

    /// The batch arrays among `function_inputs`.
    pub fn declared_by(function_inputs: &[InputSpec]) -> Self {
        let names = BATCH_ARRAY_NAMES
            .into_iter()
            .filter(|name| function_inputs.iter().any(|spec| spec.name == *name))
            .collect();
        BatchInputs(names)
    }

    pub fn names(&self) -> &[&'static str] {
        &self.0
    }

    pub fn contains(&self, name: &str) -> bool {
        self.0.contains(&name)
    }
}

/// A sampled batch on the host and, on device 0, the arrays the step reads, by input name.
pub struct UploadedBatch {
    pub host: ReplayBatch,
    pub(super) buffers: Vec<(&'static str, DeviceBuffer)>,
}

/// The seed of update `update`'s batch.
fn batch_rng(seed: u64, update: u64) -> EnvRng {
    EnvRng::new(seed.wrapping_add(update.wrapping_mul(0x2545_f491)))
}

impl UploadedBatch {
    /// Update `update`'s batch of `batch` sequences from `replay`; its arrays in `inputs`
    /// uploaded with `client`.
    pub fn sample(
        replay: &Replay,
        batch: usize,
        seed: u64,
        update: u64,
        client: &Client,
        inputs: &BatchInputs,
    ) -> Result<UploadedBatch, AgentError> {
        let host = replay
            .sample(batch, &mut batch_rng(seed, update))
            .map_err(|e| AgentError::State(format!("replay batch: {e}")))?;
        UploadedBatch::upload(host, client, inputs)
    }

    /// Copies the arrays in `inputs` of `host` (a batch sampled elsewhere) to device 0 with
    /// `client`.
    pub fn upload(
        host: ReplayBatch,
        client: &Client,
        inputs: &BatchInputs,
    ) -> Result<UploadedBatch, AgentError> {
        let mut buffers = Vec::with_capacity(inputs.names().len());
        for (name, tensor) in batch_arrays(&host) {
            if !inputs.contains(name) {
                continue;
            }
            let buffer = client
                .to_device(tensor, 0)
                .map_err(|e| AgentError::State(format!("replay batch `{name}`: {e}")))?;
            buffers.push((name, buffer));
        }
        Ok(UploadedBatch { host, buffers })
    }

    /// The device buffer of the batch input `name` (none for an array the step does not read).
    pub fn buffer(&self, name: &str) -> Option<&DeviceBuffer> {
        self.buffers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, b)| b)
    }

    /// The input names of the arrays on the device.
    pub fn uploaded_names(&self) -> Vec<&'static str> {
        self.buffers.iter().map(|(n, _)| *n).collect()
    }
}
