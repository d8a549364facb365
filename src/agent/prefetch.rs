//! Replay batches for the train step, prepared ahead: `UploadedBatch::sample` draws update
//! `k`'s batch (seeded by `k`) and copies it to the device; the host loop runs it on a
//! helper thread while the device runs update `k - 1`, so the update never waits for the
//! host to gather frames. The PJRT client accepts transfers from any thread.

use super::AgentError;
use crate::data::replay::{Replay, ReplayBatch};
use crate::envs::rng::Rng as EnvRng;
use crate::runtime::{Client, DeviceBuffer};

/// A sampled batch on the host and its inputs on device 0, by the train step's input names.
pub struct UploadedBatch {
    pub host: ReplayBatch,
    pub(super) buffers: Vec<(&'static str, DeviceBuffer)>,
}

/// The seed of update `update`'s batch.
fn batch_rng(seed: u64, update: u64) -> EnvRng {
    EnvRng::new(seed.wrapping_add(update.wrapping_mul(0x2545_f491)))
}

impl UploadedBatch {
    /// Update `update`'s batch of `batch` sequences from `replay`, uploaded with `client`.
    pub fn sample(
        replay: &Replay,
        batch: usize,
        seed: u64,
        update: u64,
        client: &Client,
    ) -> Result<UploadedBatch, AgentError> {
        let host = replay
            .sample(batch, &mut batch_rng(seed, update))
            .map_err(|e| AgentError::State(format!("replay batch: {e}")))?;
        UploadedBatch::upload(host, client)
    }

    /// Copies `host` (a batch sampled elsewhere) to device 0 with `client`.
    pub fn upload(host: ReplayBatch, client: &Client) -> Result<UploadedBatch, AgentError> {
        let mut buffers = Vec::with_capacity(6);
        for (name, tensor) in [
            ("image", &host.image),
            ("action", &host.action),
            ("reward", &host.reward),
            ("density", &host.density),
            ("is_first", &host.is_first),
            ("is_terminal", &host.is_terminal),
        ] {
            let buffer = client
                .to_device(tensor, 0)
                .map_err(|e| AgentError::State(format!("replay batch `{name}`: {e}")))?;
            buffers.push((name, buffer));
        }
        Ok(UploadedBatch { host, buffers })
    }

    /// The device buffer of the batch input `name`.
    pub fn buffer(&self, name: &str) -> Option<&DeviceBuffer> {
        self.buffers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, b)| b)
    }
}
