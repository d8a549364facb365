//! Open-loop prediction videos (the reference's world-model `report`): the world model
//! observes the first `context` frames of replayed sequences, then imagines the rest from
//! the last posterior state with the recorded actions. The video shows, per sequence (side
//! by side), the truth, the model (decoded posteriors during the context, decoded imagined
//! priors after it) and the error `(model - truth + 1) / 2`, stacked top to bottom.
//!
//! `OpenLoop` is one traced program. Inputs: the world model's parameters (by name, from the
//! agent state), `image` u8 `[N, T, S, S, 3]`, `action` f32 `[N, T, A]` (the action taken at
//! each step, as the replay stores it), `is_first` f32 `[N, T]`, `rng_key`. Outputs: the
//! model frames f32 `[N, T, S, S, 3]` (means in [0, 1], unclipped) and the features they were
//! decoded from `[N, T, F]`.

use super::device_state::DeviceState;
use super::state::AgentState;
use super::step::{agent_config, RewardMode};
use super::AgentError;
use crate::data::replay::ReplayBatch;
use crate::envs::ActionSpace;
use crate::graph::ops::random::RngKey;
use crate::graph::{Function, FunctionBuilder, Tensor};
use crate::logging::Image;
use crate::models::dreamer::{DreamerConfig, StochSample, WorldModel};
use crate::nn::Scope;
use crate::runtime::DeviceBuffer;
use crate::session::{Compiled, SessionError};
use crate::{DType, HostTensor};

/// The traced open-loop program for `rows` sequences of `length` steps.
pub struct OpenLoop {
    pub function: Function,
    pub rows: usize,
    pub length: usize,
    /// Frames observed before the model imagines.
    pub context: usize,
    pub image_size: usize,
    pub action_dim: usize,
}

/// What one run of the program gives.
#[derive(Clone, Debug)]
pub struct OpenLoopOutput {
    /// The replayed frames u8 `[N, T, S, S, 3]`.
    pub truth: HostTensor,
    /// The model's frames f32 `[N, T, S, S, 3]`.
    pub model: HostTensor,
    /// Posterior features for the context steps, imagined prior features after: `[N, T, F]`.
    pub features: HostTensor,
}

fn bad_input(e: impl std::fmt::Display) -> AgentError {
    AgentError::State(format!("open-loop video inputs: {e}"))
}

impl OpenLoop {
    /// Traces the program; `1 <= context < length`. `sample` chooses how latents are drawn
    /// (`Probabilities` makes the program deterministic, for checks).
    pub fn trace(
        config: &DreamerConfig,
        space: &ActionSpace,
        mode: RewardMode,
        rows: usize,
        length: usize,
        context: usize,
        sample: StochSample,
    ) -> Result<OpenLoop, AgentError> {
        if rows == 0 || context == 0 || context >= length {
            return Err(AgentError::State(format!(
                "open-loop video: needs rows >= 1 and 1 <= context < length, got rows {rows}, context {context}, length {length}"
            )));
        }
        let config = agent_config(config, mode);
        let wm = WorldModel::new(&config, space)?.sampling(sample);
        let (s, a, k) = (config.image_size, wm.action_dim, context);
        let fb = FunctionBuilder::new("agent_openloop");
        let image = fb.input("image", DType::U8, &[rows, length, s, s, 3]);
        let action = fb.input("action", DType::F32, &[rows, length, a]);
        let is_first = fb.input("is_first", DType::F32, &[rows, length]);
        let key = fb.input("rng_key", DType::U32, &[2]);
        let keys = RngKey::new(&key).split(2);
        let scope = Scope::new(&fb).child("wm");
        let rssm = scope.child("rssm");
        let embed = wm
            .encoder
            .forward(&scope.child("encoder"), &image.slice_axis(1, 0, k));
        let start = wm.initial(&scope, rows);
        // The RSSM steps with the previous action: zero first, then the recorded ones.
        let zero = start.deter.constant_like(0.0, DType::F32, &[rows, 1, a]);
        let prev_actions = if k == 1 {
            zero
        } else {
            Tensor::concatenate(&[&zero, &action.slice_axis(1, 0, k - 1)], 1)
        };
        let (post, _) = wm.rssm.observe(
            &rssm,
            &embed,
            &prev_actions,
            &is_first.slice_axis(1, 0, k),
            &start,
            &keys[0],
        );
        let last = post.map(|x| x.slice_axis(1, k - 1, k).squeeze(1));
        // Step `j >= k` follows the action recorded at step `j - 1`.
        let imagined = wm.rssm.imagine_with_actions(
            &rssm,
            &last,
            &action.slice_axis(1, k - 1, length - 1),
            &keys[1],
        );
        let features = Tensor::concatenate(&[&post.features(), &imagined.features()], 1);
        let model = wm.decoder.forward(&scope.child("decoder"), &features);
        let function = fb.finish(&[model, features])?;
        Ok(OpenLoop {
            function,
            rows,
            length,
            context,
            image_size: s,
            action_dim: a,
        })
    }

    /// Runs on the first `rows` sequences of `batch` with the world model of `params` (its
    /// parameters go up for this one call; the host loop uses `run_on_device`).
    pub fn run(
        &self,
        compiled: &Compiled,
        params: &AgentState,
        batch: &ReplayBatch,
        key: [u32; 2],
    ) -> Result<OpenLoopOutput, AgentError> {
        let device = DeviceState::upload_inputs(compiled.client(), params, self.function.inputs())?;
        self.run_on_device(compiled, &device, batch, key)
    }

    /// `run` with the world model's parameters borrowed from the device state.
    pub fn run_on_device(
        &self,
        compiled: &Compiled,
        params: &DeviceState,
        batch: &ReplayBatch,
        key: [u32; 2],
    ) -> Result<OpenLoopOutput, AgentError> {
        let truth = leading_rows(&batch.image, self.rows)?;
        let action = leading_rows(&batch.action, self.rows)?;
        let is_first = leading_rows(&batch.is_first, self.rows)?;
        let key = HostTensor::from_slice(&[2], &key).map_err(bad_input)?;
        let out = params.run_borrowing(
            compiled,
            self.function.inputs(),
            &[],
            &[
                ("image", &truth),
                ("action", &action),
                ("is_first", &is_first),
                ("rng_key", &key),
            ],
        )?;
        let mut out = out.iter().map(DeviceBuffer::to_host);
        let (Some(model), Some(features)) = (out.next(), out.next()) else {
            return Err(AgentError::State(
                "the open-loop program returned too little".into(),
            ));
        };
        let down = |r: Result<HostTensor, _>| r.map_err(SessionError::from);
        Ok(OpenLoopOutput {
            truth,
            model: down(model)?,
            features: down(features)?,
        })
    }
}

/// The first `rows` entries along axis 0 of `tensor`.
fn leading_rows(tensor: &HostTensor, rows: usize) -> Result<HostTensor, AgentError> {
    let dims = tensor.dims();
    let Some(&have) = dims.first().filter(|&&have| have >= rows) else {
        return Err(bad_input(format!(
            "a tensor of shape {dims:?} has fewer than {rows} rows"
        )));
    };
    let bytes = tensor.as_bytes();
    let row_bytes = bytes.len() / have.max(1);
    let mut out_dims = dims.to_vec();
    out_dims[0] = rows;
    HostTensor::from_bytes(
        tensor.dtype(),
        &out_dims,
        bytes[..rows * row_bytes].to_vec(),
    )
    .map_err(bad_input)
}

impl OpenLoopOutput {
    /// The video frames (one per step): `[3 S, N S, 3]` images, truth above model above
    /// error, sequences left to right.
    pub fn frames(&self) -> Result<Vec<Image>, AgentError> {
        let [n, t, s, _, c] = self.truth.dims()[..] else {
            return Err(bad_input(format!(
                "truth of shape {:?}, expected [N, T, S, S, 3]",
                self.truth.dims()
            )));
        };
        if self.model.dims() != self.truth.dims() {
            return Err(bad_input(format!(
                "model frames {:?} differ from the truth's {:?}",
                self.model.dims(),
                self.truth.dims()
            )));
        }
        let truth = self.truth.to_vec::<u8>().map_err(bad_input)?;
        let model = self.model.to_vec::<f32>().map_err(bad_input)?;
        let width = n * s;
        let mut frames = Vec::with_capacity(t);
        for step in 0..t {
            let mut pixels = vec![0f32; 3 * s * width * c];
            for row in 0..n {
                let frame = (row * t + step) * s * s * c;
                for y in 0..s {
                    for x in 0..s {
                        for ch in 0..c {
                            let at = frame + (y * s + x) * c + ch;
                            let real = f32::from(truth[at]) / 255.0;
                            let values = [real, model[at], (model[at] - real + 1.0) / 2.0];
                            for (panel, value) in values.into_iter().enumerate() {
                                let out = ((panel * s + y) * width + row * s + x) * c + ch;
                                pixels[out] = value;
                            }
                        }
                    }
                }
            }
            let side = |v: usize| u32::try_from(v).map_err(bad_input);
            frames.push(
                Image::from_unit_floats(side(3 * s)?, side(width)?, side(c)?, &pixels)
                    .map_err(bad_input)?,
            );
        }
        Ok(frames)
    }
}
