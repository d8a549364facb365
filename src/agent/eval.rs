//! Evaluation: task returns of a policy over whole episodes of N envs stepped together, for
//! the trained agent (`evaluate`, greedy or sampled actions; `evaluate_recorded` also keeps
//! the frames of env 0's episode, for a policy video) and for the env's scripted expert
//! (`expert_returns`, the yardstick of the learning checks).

use super::device_state::DeviceState;
use super::frames::{to_env_action, to_model_frames};
use super::policy::{DeviceCarry, PolicyStep};
use super::state::AgentState;
use super::step::RewardMode;
use super::AgentError;
use crate::envs::{make, BatchStep, EnvBatch, EnvOptions};
use crate::models::dreamer::DreamerConfig;
use crate::session::Session;

/// Where and how long to evaluate.
#[derive(Clone, Debug)]
pub struct EvalOptions {
    pub env: String,
    /// Episodes, all run at once (one env each), env `i` reset from `seed + i`.
    pub episodes: usize,
    pub episode_length: Option<usize>,
    /// Physics steps per agent step (the training run's).
    pub action_repeat: Option<usize>,
    pub seed: u64,
}

fn envs(opts: &EvalOptions) -> Result<(EnvBatch, Vec<BatchStep>), AgentError> {
    let fail = |e: crate::envs::EnvError| AgentError::State(format!("{}: {e}", opts.env));
    let options = EnvOptions::new(opts.episode_length, opts.action_repeat);
    let list = (0..opts.episodes.max(1))
        .map(|_| make(&opts.env, &options))
        .collect::<Result<Vec<_>, _>>()
        .map_err(fail)?;
    let mut batch = EnvBatch::new(list).map_err(fail)?;
    let seeds: Vec<u64> = (0..batch.len() as u64).map(|i| opts.seed + i).collect();
    let first = batch.reset(&seeds).map_err(fail)?;
    Ok((batch, first))
}

/// The agent's returns and the frames of env 0's episode (64x64x3 bytes each, from its
/// first observation to its last).
#[derive(Clone, Debug, PartialEq)]
pub struct RecordedEval {
    pub returns: Vec<f64>,
    pub frames: Vec<Vec<u8>>,
}

/// Runs `step` until every env has finished its episode; returns the task returns and,
/// with `record`, env 0's frames until its episode ends.
fn episodes(
    batch: &mut EnvBatch,
    mut obs: Vec<BatchStep>,
    record: bool,
    mut act: impl FnMut(&mut EnvBatch, &[BatchStep]) -> Result<Vec<BatchStep>, AgentError>,
) -> Result<RecordedEval, AgentError> {
    let mut returns = vec![0.0; batch.len()];
    let mut frames = Vec::new();
    let mut recording = record;
    let mut keep = |obs: &[BatchStep], frames: &mut Vec<Vec<u8>>| {
        if let Some(first) = obs.first().filter(|_| recording) {
            frames.push(first.step.image.clone());
            recording = !first.step.is_last;
        }
    };
    keep(&obs, &mut frames);
    while !obs.iter().all(|o| o.step.is_last) {
        obs = act(batch, &obs)?;
        for (r, o) in returns.iter_mut().zip(&obs) {
            *r += f64::from(o.step.reward);
        }
        keep(&obs, &mut frames);
    }
    Ok(RecordedEval { returns, frames })
}

/// The scripted expert's task returns.
pub fn expert_returns(opts: &EvalOptions) -> Result<Vec<f64>, AgentError> {
    let (mut batch, first) = envs(opts)?;
    let run = episodes(&mut batch, first, false, |b, _| {
        b.step_expert()
            .map_err(|e| AgentError::State(format!("expert: {e}")))
    })?;
    Ok(run.returns)
}

/// The agent's task returns with the parameters of `state` (`greedy`: the policy's mode).
pub fn evaluate(
    session: &Session,
    config: &DreamerConfig,
    mode: RewardMode,
    state: &AgentState,
    opts: &EvalOptions,
    greedy: bool,
) -> Result<Vec<f64>, AgentError> {
    Ok(evaluate_recorded(session, config, mode, state, opts, greedy, false)?.returns)
}

/// `evaluate`, also keeping env 0's frames when `record` (for `viper eval-agent --video`).
pub fn evaluate_recorded(
    session: &Session,
    config: &DreamerConfig,
    mode: RewardMode,
    state: &AgentState,
    opts: &EvalOptions,
    greedy: bool,
    record: bool,
) -> Result<RecordedEval, AgentError> {
    let (mut batch, first) = envs(opts)?;
    let space = batch.action_space().clone();
    let policy = PolicyStep::trace(config, &space, mode, batch.len(), greedy)?;
    let compiled = session.compile(&policy.function)?;
    // The parameters go up once for the whole evaluation; the carry stays on the device.
    let client = session.client();
    let params = DeviceState::upload_inputs(client, state, policy.function.inputs())?;
    let mut carry = DeviceCarry::upload(client, &policy.initial_carry())?;
    let mut t = 0u32;
    episodes(&mut batch, first, record, |b, obs| {
        let frames: Vec<u8> = obs
            .iter()
            .flat_map(|o| o.step.image.iter().copied())
            .collect();
        let firsts: Vec<bool> = obs.iter().map(|o| o.step.is_first).collect();
        let small = to_model_frames(&frames, policy.image_size)?;
        let actions =
            policy.act_on_device(&compiled, &params, &mut carry, &small, &firsts, [t, 77])?;
        t += 1;
        let actions = actions.iter().map(|a| to_env_action(&space, a)).collect();
        b.step(actions)
            .map_err(|e| AgentError::State(format!("eval: {e}")))
    })
}
