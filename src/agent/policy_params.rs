//! The policy's parameters resident on the device. `PolicyStep::act` sends every parameter
//! of the encoder, RSSM and actor with each call (about 30 MB for the small preset, more
//! than the program's own work at batch 1); `PolicyParams` uploads them once per parameter
//! change and `PolicyStep::act_resident` passes them borrowed, so a call moves only the
//! frames, the carried state and the key.

use super::policy::{PolicyCarry, PolicyStep};
use super::state::AgentState;
use super::AgentError;
use crate::runtime::{DeviceBuffer, Input};
use crate::session::{Compiled, SessionError};
use crate::HostTensor;

/// The parameter inputs of a compiled policy, on its device (by input position).
pub struct PolicyParams {
    buffers: Vec<Option<DeviceBuffer>>,
}

/// Inputs of the policy program that change with every call.
const PER_CALL: [&str; 7] = [
    "carry/deter",
    "carry/stoch",
    "carry/logits",
    "carry/action",
    "image",
    "is_first",
    "rng_key",
];

fn runtime(e: crate::runtime::RuntimeError) -> AgentError {
    AgentError::Session(SessionError::Runtime(e))
}

impl PolicyStep {
    /// Uploads the policy's parameters from `state` to `compiled`'s device.
    pub fn upload(
        &self,
        compiled: &Compiled,
        state: &AgentState,
    ) -> Result<PolicyParams, AgentError> {
        let device = compiled.executable().devices()[0];
        let buffers = self
            .function
            .inputs()
            .iter()
            .map(|spec| {
                if PER_CALL.contains(&spec.name.as_str()) {
                    return Ok(None);
                }
                let value = state.get(&spec.name).ok_or_else(|| {
                    AgentError::State(format!("no value for the policy's input `{}`", spec.name))
                })?;
                let buffer = compiled.client().to_device(value, device);
                buffer.map(Some).map_err(runtime)
            })
            .collect::<Result<_, AgentError>>()?;
        Ok(PolicyParams { buffers })
    }

    /// As [`PolicyStep::act`], with the parameters already on the device.
    #[allow(clippy::too_many_arguments)]
    pub fn act_resident(
        &self,
        compiled: &Compiled,
        params: &PolicyParams,
        carry: &mut PolicyCarry,
        images: &[u8],
        is_first: &[bool],
        key: [u32; 2],
    ) -> Result<Vec<Vec<f32>>, AgentError> {
        let (n, s) = (self.envs, self.image_size);
        let bad =
            |e: crate::host::HostTensorError| AgentError::State(format!("policy inputs: {e}"));
        let image = HostTensor::from_slice(&[n, s, s, 3], images).map_err(bad)?;
        let first: Vec<f32> = is_first.iter().map(|&f| f32::from(f)).collect();
        let first = HostTensor::from_slice(&[n], &first).map_err(bad)?;
        let key = HostTensor::from_slice(&[2], &key).map_err(bad)?;
        let per_call = [
            &carry.deter,
            &carry.stoch,
            &carry.logits,
            &carry.action,
            &image,
            &first,
            &key,
        ];
        let device = compiled.executable().devices()[0];
        let mut uploaded: Vec<Option<DeviceBuffer>> = Vec::with_capacity(params.buffers.len());
        for (spec, resident) in self.function.inputs().iter().zip(&params.buffers) {
            uploaded.push(match resident {
                Some(_) => None,
                None => {
                    let k = PER_CALL
                        .iter()
                        .position(|n| *n == spec.name)
                        .ok_or_else(|| {
                            AgentError::State(format!("policy input `{}`", spec.name))
                        })?;
                    Some(
                        compiled
                            .client()
                            .to_device(per_call[k], device)
                            .map_err(runtime)?,
                    )
                }
            });
        }
        let inputs: Vec<Input> = params
            .buffers
            .iter()
            .zip(&uploaded)
            .map(|(resident, fresh)| match (resident, fresh) {
                (Some(b), _) | (None, Some(b)) => Ok(Input::Borrowed(b)),
                (None, None) => Err(AgentError::State("policy input missing".into())),
            })
            .collect::<Result<_, _>>()?;
        let mut out = compiled
            .execute(inputs)?
            .into_iter()
            .map(|b| b.to_host().map_err(runtime));
        let mut next = || {
            out.next()
                .ok_or_else(|| AgentError::State("policy outputs".into()))?
        };
        let action = next()?;
        *carry = PolicyCarry {
            deter: next()?,
            stoch: next()?,
            logits: next()?,
            action: next()?,
        };
        let flat = action
            .to_vec::<f32>()
            .map_err(|e| AgentError::State(format!("policy action: {e}")))?;
        Ok(flat.chunks(self.action_dim).map(<[f32]>::to_vec).collect())
    }
}
