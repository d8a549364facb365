//! `PolicyStep`: the acting program for N envs. Inputs: the world model's encoder and RSSM
//! parameters and the actor's (by name, borrowed from the agent state), the carried RSSM
//! state and previous action, the frames u8 `[N, S, S, 3]`, `is_first [N]` (resets the
//! carried state to the learned initial one, as in training) and `rng_key`. Outputs: the
//! sampled action `[N, A]` (one-hot for discrete actions; the mode with `greedy`) and the
//! new carried state (deter, stoch, logits, action). The host loop keeps the parameters
//! (`DeviceState`) and the carry (`DeviceCarry`) on the device between steps.

use super::device_state::DeviceState;
use super::state::AgentState;
use super::step::{agent_config, RewardMode};
use super::AgentError;
use crate::envs::ActionSpace;
use crate::graph::ops::random::RngKey;
use crate::graph::{Function, FunctionBuilder};
use crate::models::dreamer::behavior::Actor;
use crate::models::dreamer::{DreamerConfig, WorldModel};
use crate::nn::{ParamSpec, Scope};
use crate::runtime::{Client, DeviceBuffer};
use crate::session::{Compiled, SessionError};
use crate::{DType, HostTensor};

/// The traced policy program for `envs` environments.
pub struct PolicyStep {
    pub function: Function,
    /// The parameters it reads (creation order), a subset of the agent step's.
    pub params: Vec<ParamSpec>,
    pub envs: usize,
    pub action_dim: usize,
    /// `[deter, stoch, classes]` sizes of the carried state.
    pub sizes: (usize, usize, usize),
    pub image_size: usize,
}

/// The policy's carried state for N envs.
#[derive(Clone, Debug, PartialEq)]
pub struct PolicyCarry {
    pub deter: HostTensor,
    pub stoch: HostTensor,
    pub logits: HostTensor,
    pub action: HostTensor,
}

impl PolicyStep {
    pub fn trace(
        config: &DreamerConfig,
        space: &ActionSpace,
        mode: RewardMode,
        envs: usize,
        greedy: bool,
    ) -> Result<PolicyStep, AgentError> {
        let config = agent_config(config, mode);
        let wm = WorldModel::new(&config, space)?;
        let actor = Actor::new(&config, space);
        let (d, s, c, a) = (config.deter, config.stoch, config.classes, wm.action_dim);
        let size = config.image_size;
        let fb = FunctionBuilder::new(if greedy {
            "agent_policy_greedy"
        } else {
            "agent_policy"
        });
        let deter = fb.input("carry/deter", DType::F32, &[envs, d]);
        let stoch = fb.input("carry/stoch", DType::F32, &[envs, s, c]);
        let logits = fb.input("carry/logits", DType::F32, &[envs, s, c]);
        let prev_action = fb.input("carry/action", DType::F32, &[envs, a]);
        let image = fb.input("image", DType::U8, &[envs, size, size, 3]);
        let is_first = fb.input("is_first", DType::F32, &[envs]);
        let key = fb.input("rng_key", DType::U32, &[2]);
        let keys = RngKey::new(&key).split(2);
        let root = Scope::new(&fb);
        let wm_scope = root.child("wm");
        let embed = wm.encoder.forward(&wm_scope.child("encoder"), &image);
        let prev = crate::models::dreamer::RssmState {
            deter,
            stoch,
            logits,
        };
        let (post, _) = wm.rssm.obs_step(
            &wm_scope.child("rssm"),
            &prev,
            &prev_action,
            &embed,
            &is_first,
            &keys[0],
        );
        let policy = actor.policy(&root.child("behavior/actor"), &post.features());
        let action = if greedy {
            policy.mode()
        } else {
            policy.sample(&keys[1])
        };
        let params = root.param_specs();
        let function = fb.finish(&[action.clone(), post.deter, post.stoch, post.logits, action])?;
        Ok(PolicyStep {
            function,
            params,
            envs,
            action_dim: a,
            sizes: (d, s, c),
            image_size: size,
        })
    }

    /// The zero carry (every env starts with `is_first`, which replaces it).
    pub fn initial_carry(&self) -> PolicyCarry {
        let (d, s, c) = self.sizes;
        let n = self.envs;
        let zeros = |dims: &[usize]| {
            HostTensor::from_slice(dims, &vec![0f32; dims.iter().product()])
                .expect("internal error: sizes match")
        };
        PolicyCarry {
            deter: zeros(&[n, d]),
            stoch: zeros(&[n, s, c]),
            logits: zeros(&[n, s, c]),
            action: zeros(&[n, self.action_dim]),
        }
    }

    /// Actions `[N, A]` for `images` (u8, N frames of `image_size`) and `is_first`; updates
    /// `carry`. Parameters come from `params` (the agent state or a copy of it); they and the
    /// carry go up for this one call (the host loop uses `act_on_device` instead).
    pub fn act(
        &self,
        compiled: &Compiled,
        params: &AgentState,
        carry: &mut PolicyCarry,
        images: &[u8],
        is_first: &[bool],
        key: [u32; 2],
    ) -> Result<Vec<Vec<f32>>, AgentError> {
        let client = compiled.client();
        let device = DeviceState::upload_inputs(client, params, self.function.inputs())?;
        let mut on_device = DeviceCarry::upload(client, carry)?;
        let actions =
            self.act_on_device(compiled, &device, &mut on_device, images, is_first, key)?;
        *carry = on_device.to_host()?;
        Ok(actions)
    }

    /// `act` with the parameters borrowed from `params` and the carry kept on the device:
    /// only the frames, `is_first` and the key go up, only the actions come down.
    pub fn act_on_device(
        &self,
        compiled: &Compiled,
        params: &DeviceState,
        carry: &mut DeviceCarry,
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
        let out = params.run_borrowing(
            compiled,
            self.function.inputs(),
            &[
                ("carry/deter", &carry.deter),
                ("carry/stoch", &carry.stoch),
                ("carry/logits", &carry.logits),
                ("carry/action", &carry.action),
            ],
            &[("image", &image), ("is_first", &first), ("rng_key", &key)],
        )?;
        let [action, deter, stoch, logits, next_action]: [DeviceBuffer; 5] =
            out.try_into().map_err(|out: Vec<DeviceBuffer>| {
                AgentError::State(format!(
                    "the policy returned {} outputs, expected 5",
                    out.len()
                ))
            })?;
        let flat = action
            .to_host()
            .map_err(SessionError::from)?
            .to_vec::<f32>()
            .map_err(|e| AgentError::State(format!("policy action: {e}")))?;
        *carry = DeviceCarry {
            deter,
            stoch,
            logits,
            action: next_action,
        };
        Ok(flat.chunks(self.action_dim).map(<[f32]>::to_vec).collect())
    }
}

/// The policy's carried state on the device (`PolicyCarry`'s values), replaced each step.
pub struct DeviceCarry {
    pub deter: DeviceBuffer,
    pub stoch: DeviceBuffer,
    pub logits: DeviceBuffer,
    pub action: DeviceBuffer,
}

impl DeviceCarry {
    /// Copies `carry` to device 0 of `client`.
    pub fn upload(client: &Client, carry: &PolicyCarry) -> Result<DeviceCarry, AgentError> {
        let up = |h: &HostTensor| client.to_device(h, 0).map_err(SessionError::from);
        Ok(DeviceCarry {
            deter: up(&carry.deter)?,
            stoch: up(&carry.stoch)?,
            logits: up(&carry.logits)?,
            action: up(&carry.action)?,
        })
    }

    /// Replaces the previous action (e.g. with the action actually taken in the env).
    pub fn set_action(&mut self, client: &Client, action: &HostTensor) -> Result<(), AgentError> {
        if action.dtype() != self.action.dtype() || action.dims() != self.action.dims() {
            return Err(AgentError::State(format!(
                "policy carry action: got {:?}{:?}, expected {:?}{:?}",
                action.dtype(),
                action.dims(),
                self.action.dtype(),
                self.action.dims()
            )));
        }
        self.action = client.to_device(action, 0).map_err(SessionError::from)?;
        Ok(())
    }

    /// Copies the carry to the host.
    pub fn to_host(&self) -> Result<PolicyCarry, AgentError> {
        let down = |b: &DeviceBuffer| b.to_host().map_err(SessionError::from);
        Ok(PolicyCarry {
            deter: down(&self.deter)?,
            stoch: down(&self.stoch)?,
            logits: down(&self.logits)?,
            action: down(&self.action)?,
        })
    }
}
