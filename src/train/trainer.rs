//! `Trainer`: runs a compiled `TrainStep` with the parameters and optimizer state kept on the
//! devices (one replica per device for a data-parallel step). Each step uploads only the
//! host batch (split over the devices) and an 8-byte key, donates the parameter and state
//! buffers, keeps the updated ones and downloads only the scalar metrics. Parameters and
//! state come back to the host only for checkpoints. The step's auxiliary outputs stay on
//! device 0 until the next step; `aux` downloads one when the caller wants it.
//!
//! A step with frozen inputs borrows their buffers each step (`step_with`): another trainer's
//! parameters (`param_buffers`) or values uploaded once (`upload`), so nothing frozen goes
//! through the host per step.
//!
//! Randomness: step `s` gets the key `step_key(seed, s)`, so a run resumed from a checkpoint
//! (seed, step) draws exactly the numbers the uninterrupted run would have.

use super::checkpoint::{check_tensors, Checkpoint, RngState};
use super::error::TrainError;
use super::step::TrainStep;
use crate::graph::TensorType;
use crate::host::HostTensor;
use crate::nn::ParamTree;
use crate::optim::Optimizer;
use crate::rng::Rng;
use crate::runtime::{Client, DeviceBuffer, Input};
use crate::session::{split_block, Compiled, Session};
use std::path::Path;

mod slot_rewrite;

/// The `u32[2]` key of step `step` of a run seeded `seed`.
pub fn step_key(seed: u64, step: u64) -> HostTensor {
    let mut rng = Rng::new(seed ^ step.wrapping_mul(0xD1B5_4A32_D192_ED03));
    let bits = rng.next_u64();
    HostTensor::from_slice(&[2], &[bits as u32, (bits >> 32) as u32])
        .expect("internal error: two words")
}

/// Metrics of one step, in `TrainStep::metric_names` order.
#[derive(Clone, Debug, PartialEq)]
pub struct StepMetrics {
    pub step: u64,
    pub values: Vec<(String, f64)>,
}

impl StepMetrics {
    /// The value of metric `name`, if the step has it.
    pub fn get(&self, name: &str) -> Option<f64> {
        self.values.iter().find(|(n, _)| n == name).map(|(_, v)| *v)
    }
}

/// A compiled train step plus the device-resident parameters and optimizer state.
pub struct Trainer {
    step: TrainStep,
    compiled: Compiled,
    client: Client,
    /// `slots[d]`: device `d`'s parameters then state, in argument order (empty once lost).
    slots: Vec<Vec<DeviceBuffer>>,
    /// The latest step's auxiliary outputs on device 0 (replicated: the whole values); empty
    /// before the first step.
    aux: Vec<DeviceBuffer>,
    steps_done: u64,
    rng: RngState,
}

impl Trainer {
    /// Compiles `step` and starts from freshly initialised parameters (`ParamTree::init`
    /// with `seed`) and optimizer state.
    pub fn init(session: &Session, step: TrainStep, seed: u64) -> Result<Trainer, TrainError> {
        let tree = ParamTree::init(&step.params, seed)?;
        let params: Vec<HostTensor> = step
            .params
            .iter()
            .map(|s| {
                tree.get(&s.name)
                    .cloned()
                    .ok_or_else(|| crate::nn::NnError::Missing {
                        name: s.name.clone(),
                    })
            })
            .collect::<Result<_, _>>()?;
        let state = Optimizer::init_state(&step.state, &params)?;
        Trainer::with_values(session, step, params, state, 0, RngState { seed })
    }

    /// Compiles `step` and continues from `checkpoint` (names, dtypes and shapes checked;
    /// `path` names the checkpoint in errors).
    pub fn resume(
        session: &Session,
        step: TrainStep,
        checkpoint: &Checkpoint,
        path: &Path,
    ) -> Result<Trainer, TrainError> {
        let params = check_tensors(path, "parameter", &checkpoint.params, &step.param_types())?;
        let state = check_tensors(
            path,
            "optimizer state",
            &checkpoint.opt_state,
            &step.state_types(),
        )?;
        Trainer::with_values(
            session,
            step,
            params,
            state,
            checkpoint.step,
            checkpoint.rng,
        )
    }

    /// Compiles `step` and uploads the given values (in argument order) to every device.
    pub fn with_values(
        session: &Session,
        step: TrainStep,
        params: Vec<HostTensor>,
        state: Vec<HostTensor>,
        steps_done: u64,
        rng: RngState,
    ) -> Result<Trainer, TrainError> {
        let compiled = session.compile(&step.function)?;
        let expected = step.param_types().into_iter().chain(step.state_types());
        for (value, (name, ty)) in params.iter().chain(&state).zip(expected) {
            let got = TensorType::new(value.dtype(), value.dims());
            if got != ty {
                return Err(TrainError::Step {
                    step: step.name().to_string(),
                    message: format!("initial value of `{name}` is {got}, expected {ty}"),
                });
            }
        }
        let client = session.client().clone();
        let slots = compiled
            .executable()
            .devices()
            .iter()
            .map(|&device| {
                params
                    .iter()
                    .chain(&state)
                    .map(|h| client.to_device(h, device))
                    .collect::<Result<Vec<_>, _>>()
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Trainer {
            step,
            compiled,
            client,
            slots,
            aux: Vec::new(),
            steps_done,
            rng,
        })
    }

    pub fn train_step(&self) -> &TrainStep {
        &self.step
    }

    /// Steps completed (including those before a resume).
    pub fn steps_done(&self) -> u64 {
        self.steps_done
    }

    pub fn rng(&self) -> RngState {
        self.rng
    }

    fn check_batch(&self, batch: &[HostTensor]) -> Result<(), TrainError> {
        let inputs = &self.step.batch;
        if batch.len() != inputs.len() {
            return Err(TrainError::Step {
                step: self.step.name().to_string(),
                message: format!("takes {} batch arrays, got {}", inputs.len(), batch.len()),
            });
        }
        for (host, input) in batch.iter().zip(inputs) {
            let got = TensorType::new(host.dtype(), host.dims());
            if got != input.ty {
                return Err(TrainError::Batch {
                    step: self.step.name().to_string(),
                    name: input.name.clone(),
                    want: input.ty.to_string(),
                    got: got.to_string(),
                });
            }
        }
        Ok(())
    }

    /// Runs one step on a host batch (arrays in `batch_inputs` order, global batch size);
    /// returns its metrics. For a step without frozen inputs.
    pub fn step(&mut self, batch: &[HostTensor]) -> Result<StepMetrics, TrainError> {
        self.step_with(batch, &[])
    }

    /// `step` for a step with frozen inputs: `frozen[d]` lists device `d`'s buffers of the
    /// frozen inputs in `TrainStep::frozen_specs` order (e.g. another trainer's
    /// `param_buffers`, or values from `upload`); they are borrowed, never consumed.
    pub fn step_with(
        &mut self,
        batch: &[HostTensor],
        frozen: &[Vec<&DeviceBuffer>],
    ) -> Result<StepMetrics, TrainError> {
        self.check_batch(batch)?;
        self.check_frozen(frozen)?;
        let n_slots = self.step.params.len() + self.step.state.len();
        if self.slots.first().is_none_or(|s| s.len() != n_slots) {
            return Err(TrainError::Lost {
                step: self.step.name().to_string(),
            });
        }
        let devices = self.compiled.executable().devices().to_vec();
        let key = step_key(self.rng.seed, self.steps_done);
        let mut uploads: Vec<Vec<DeviceBuffer>> = Vec::with_capacity(devices.len());
        for (d, &device) in devices.iter().enumerate() {
            let mut list = Vec::with_capacity(batch.len() + 1);
            for host in batch {
                let part = if devices.len() > 1 {
                    // Axis 0 split over the devices, as `TrainStep::trace` annotated it.
                    let mut tiles = vec![1; host.dims().len()];
                    tiles[0] = devices.len();
                    &split_block(host, &tiles, d)?
                } else {
                    host
                };
                list.push(self.client.to_device(part, device)?);
            }
            list.push(self.client.to_device(&key, device)?);
            uploads.push(list);
        }
        let mut lists: Vec<Vec<Input>> = Vec::with_capacity(devices.len());
        for (d, (upload, slots)) in uploads.iter().zip(self.slots.iter_mut()).enumerate() {
            let mut list: Vec<Input> = upload.iter().map(Input::Borrowed).collect();
            if let Some(borrowed) = frozen.get(d) {
                list.extend(borrowed.iter().map(|b| Input::Borrowed(b)));
            }
            list.extend(std::mem::take(slots).into_iter().map(Input::Donated));
            lists.push(list);
        }
        self.aux.clear();
        let mut outputs = self.compiled.execute_sharded(lists)?;
        let values = outputs[0][n_slots].to_host()?.to_f64_vec();
        let metrics: Vec<(String, f64)> =
            self.step.metric_names.iter().cloned().zip(values).collect();
        // Results: slots, the metrics vector, then the auxiliary outputs.
        self.aux = outputs[0].split_off(n_slots + 1);
        self.slots = outputs
            .into_iter()
            .map(|mut per_device| {
                per_device.truncate(n_slots);
                per_device
            })
            .collect();
        self.steps_done += 1;
        Ok(StepMetrics {
            step: self.steps_done,
            values: metrics,
        })
    }

    /// Downloads auxiliary output `name` (see `TrainStep::aux_outputs`) of the latest step.
    pub fn aux(&self, name: &str) -> Result<HostTensor, TrainError> {
        let fail = |message: String| TrainError::Step {
            step: self.step.name().to_string(),
            message,
        };
        let outputs = &self.step.aux;
        let Some(k) = outputs.iter().position(|a| a.name == name) else {
            let known: Vec<&str> = outputs.iter().map(|a| a.name.as_str()).collect();
            return Err(fail(format!(
                "has no auxiliary output `{name}` (it has {known:?})"
            )));
        };
        let buffer = self.aux.get(k).ok_or_else(|| {
            fail(format!(
                "auxiliary output `{name}` is read after a step, and no step has run since the \
                 trainer was made (or the last one failed)"
            ))
        })?;
        Ok(buffer.to_host()?)
    }

    /// Checks frozen buffers against the step's frozen inputs, naming the first mismatch.
    fn check_frozen(&self, frozen: &[Vec<&DeviceBuffer>]) -> Result<(), TrainError> {
        let specs = &self.step.frozen;
        let fail = |message: String| TrainError::Step {
            step: self.step.name().to_string(),
            message,
        };
        let devices = self.compiled.executable().devices().len();
        if specs.is_empty() && frozen.is_empty() {
            return Ok(());
        }
        if frozen.len() != devices {
            return Err(fail(format!(
                "takes {} frozen inputs on each of {devices} devices, got buffer lists for {} devices",
                specs.len(),
                frozen.len()
            )));
        }
        for (d, list) in frozen.iter().enumerate() {
            if list.len() != specs.len() {
                return Err(fail(format!(
                    "takes {} frozen inputs, got {} buffers for device {d}",
                    specs.len(),
                    list.len()
                )));
            }
            for (buffer, spec) in list.iter().zip(specs) {
                let got = TensorType::new(buffer.dtype(), buffer.dims());
                let want = TensorType::new(spec.dtype, &spec.dims);
                if got != want {
                    return Err(fail(format!(
                        "frozen input `{}` must be {want}, got {got}",
                        spec.name
                    )));
                }
            }
        }
        Ok(())
    }

    /// Device `d`'s current parameter buffers (`[d][k]`, parameters in argument order), to
    /// lend to another trainer's step as frozen inputs.
    pub fn param_buffers(&self) -> Result<Vec<Vec<&DeviceBuffer>>, TrainError> {
        let n = self.step.params.len();
        if self.slots.is_empty() || self.slots.iter().any(|s| s.len() < n) {
            return Err(TrainError::Lost {
                step: self.step.name().to_string(),
            });
        }
        Ok(self
            .slots
            .iter()
            .map(|slots| slots[..n].iter().collect())
            .collect())
    }

    /// Copies `values` to every device of this trainer (`[d][k]`): frozen inputs that no
    /// trainer owns (e.g. pretrained LPIPS weights), uploaded once and borrowed each step.
    pub fn upload(&self, values: &[HostTensor]) -> Result<Vec<Vec<DeviceBuffer>>, TrainError> {
        self.compiled
            .executable()
            .devices()
            .iter()
            .map(|&device| {
                values
                    .iter()
                    .map(|h| Ok(self.client.to_device(h, device)?))
                    .collect()
            })
            .collect()
    }

    fn download(
        &self,
        range: std::ops::Range<usize>,
        names: Vec<String>,
    ) -> Result<Vec<(String, HostTensor)>, TrainError> {
        let slots = self.slots.first().ok_or_else(|| TrainError::Lost {
            step: self.step.name().to_string(),
        })?;
        if slots.len() < range.end {
            return Err(TrainError::Lost {
                step: self.step.name().to_string(),
            });
        }
        names
            .into_iter()
            .zip(&slots[range])
            .map(|(n, b)| Ok((n, b.to_host()?)))
            .collect()
    }

    /// The current parameters (from device 0), by name in argument order.
    pub fn params(&self) -> Result<Vec<(String, HostTensor)>, TrainError> {
        let names = self.step.params.iter().map(|s| s.name.clone()).collect();
        self.download(0..self.step.params.len(), names)
    }

    /// The current optimizer state (from device 0), by name in argument order.
    pub fn opt_state(&self) -> Result<Vec<(String, HostTensor)>, TrainError> {
        let p = self.step.params.len();
        let names = self.step.state.iter().map(|s| s.name.clone()).collect();
        self.download(p..p + self.step.state.len(), names)
    }

    /// Everything needed to continue later, with the run's `config`.
    pub fn checkpoint(&self, config: serde_json::Value) -> Result<Checkpoint, TrainError> {
        Ok(Checkpoint {
            step: self.steps_done,
            params: self.params()?,
            opt_state: self.opt_state()?,
            rng: self.rng,
            config,
        })
    }
}
