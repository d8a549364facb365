//! The host loop of `viper train-agent`: N envs, replay, train ratio, logging, checkpoints.
//!
//! Overlap: the `EnvBatch` lives on its own thread. Each iteration the main thread computes
//! the actions (policy program), sends them to the env thread, runs the train updates the
//! train ratio owes while the envs step, then collects the new observations. So the device
//! trains while the envs step; the policy always acts with the parameters of the latest
//! update (the state is on the host, so no separate copy is needed).
//!
//! Step records: each observation is stored with the action taken at it (zeros on an
//! episode's last step, after which the env is reset) and the task reward of the transition
//! into it. In VIPER mode the `Relabeler` scores the frames (the task reward is logged only).

use super::checkpoint::{self, RunMeta};
use super::frames::{downsample, to_env_action, to_vector};
use super::policy::PolicyStep;
use super::state::AgentState;
use super::step::{AgentStep, RewardMode};
use super::AgentError;
use crate::data::replay::{Relabeler, Replay, ReplayConfig, ReplayStep, RewardScorer};
use crate::envs::policy::random_action;
use crate::envs::rng::Rng as EnvRng;
use crate::envs::{make, BatchStep, EnvBatch, EnvCommand, EnvOptions};
use crate::logging::{Progress, RunLogger};
use crate::models::dreamer::DreamerConfig;
use crate::session::Session;
use crate::HostTensor;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Instant;

/// Settings of one run.
#[derive(Clone, Debug)]
pub struct RunOptions {
    pub env: String,
    pub mode: RewardMode,
    pub config: DreamerConfig,
    pub envs: usize,
    /// Total env steps (over all envs) to reach.
    pub steps: u64,
    /// Random-policy env steps before training starts.
    pub prefill: u64,
    pub episode_length: Option<usize>,
    pub seed: u64,
    pub logdir: PathBuf,
    /// Env steps between checkpoints.
    pub checkpoint_every: u64,
    /// Skipped (NaN/Inf) updates in a row that stop the run.
    pub max_nonfinite: usize,
    pub replay_capacity: usize,
    pub quiet: bool,
}

/// What a run measured.
#[derive(Clone, Debug, Default)]
pub struct RunSummary {
    pub env_steps: u64,
    pub updates: u64,
    /// `(env step, task return)` of every finished episode of this process.
    pub returns: Vec<(u64, f64)>,
    pub env_steps_per_second: f64,
    pub compile_seconds: f64,
    pub seconds_per_update: f64,
    /// Where this process's loop spent its wall time (`loop_seconds`), measured on the main
    /// thread: train updates (device, with the state's host copies), policy calls, replay
    /// sampling, reward-model scoring at insert time (`relabel`), and waiting for the envs.
    /// `env_seconds` is the env thread's busy time, which overlaps the updates.
    pub time: LoopTimes,
}

/// Seconds spent in each part of the host loop (see `RunSummary::time`).
#[derive(Clone, Debug, Default)]
pub struct LoopTimes {
    pub loop_seconds: f64,
    pub train_seconds: f64,
    pub policy_seconds: f64,
    pub sample_seconds: f64,
    pub relabel_seconds: f64,
    pub env_wait_seconds: f64,
    pub env_seconds: f64,
}

type EnvReply = Result<Vec<Option<BatchStep>>, String>;

/// Trains (or resumes) the agent; `scorer` is the VIPER reward model in VIPER mode.
pub fn train_agent<S: RewardScorer>(
    session: &Session,
    opts: &RunOptions,
    scorer: Option<S>,
) -> Result<RunSummary, AgentError> {
    let fail = |what: &str, e: &dyn std::fmt::Display| AgentError::State(format!("{what}: {e}"));
    let env_options = EnvOptions {
        episode_length: opts.episode_length,
        ..EnvOptions::default()
    };
    let envs = (0..opts.envs.max(1))
        .map(|_| make(&opts.env, &env_options))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| fail(&opts.env, &e))?;
    let mut batch = EnvBatch::new(envs).map_err(|e| fail("env batch", &e))?;
    let space = batch.action_space().clone();
    let n = batch.len();
    let config = super::step::agent_config(&opts.config, opts.mode);
    let (b, t, size) = (config.batch_size, config.batch_length, config.image_size);

    let mut meta = RunMeta {
        env: opts.env.clone(),
        action_space: format!("{space:?}"),
        mode: opts.mode,
        config: config.clone(),
        seed: opts.seed,
        env_steps: 0,
        updates: 0,
        episodes: 0,
        updates_due: 0.0,
    };
    let replay_config = ReplayConfig {
        sequence_length: t,
        capacity: opts.replay_capacity,
        action_dim: crate::models::dreamer::action_dim(&space),
        workers: n,
    };
    let chunk = 16;
    // A checkpoint of another run is refused before anything is compiled.
    let saved = checkpoint::load(&opts.logdir)?;
    if let Some((old, ..)) = &saved {
        meta.check_resume(old)?;
    }
    let t0 = Instant::now();
    let step = AgentStep::trace(&config, &space, opts.mode)?;
    let compiled = session.compile(&step.function)?;
    let policy = PolicyStep::trace(&config, &space, opts.mode, n, false)?;
    let policy_compiled = session.compile(&policy.function)?;
    let compile_seconds = t0.elapsed().as_secs_f64();
    let (mut state, mut replay, mut relabeler) = match saved {
        Some((saved, values, replay, relabel)) => {
            meta = saved;
            if replay.config().workers != n || replay.config().sequence_length != t {
                return Err(AgentError::State(format!(
                    "cannot resume: the checkpoint's replay has {} workers and sequences of {}, this run {n} envs and batch_length {t}",
                    replay.config().workers,
                    replay.config().sequence_length
                )));
            }
            let relabeler = match (scorer, relabel) {
                (Some(s), Some(r)) => Some(Relabeler::restore(s, chunk, r)),
                (Some(s), None) => Some(Relabeler::new(s, n, chunk)),
                (None, _) => None,
            };
            (
                AgentState::from_named(&step, values.values)?,
                replay,
                relabeler,
            )
        }
        None => (
            AgentState::init(&step, opts.seed)?,
            Replay::new(replay_config).map_err(|e| fail("replay", &e))?,
            scorer.map(|s| Relabeler::new(s, n, chunk)),
        ),
    };
    let mut logger =
        RunLogger::open(&opts.logdir, meta.env_steps).map_err(|e| fail("logdir", &e))?;
    let progress = Progress::new("train-agent", meta.env_steps, opts.steps, opts.quiet);

    // The env thread: runs each command list it receives and sends the replies back.
    let (to_envs, env_commands) = mpsc::channel::<Vec<Option<EnvCommand>>>();
    let (env_replies_tx, env_replies) = mpsc::channel::<EnvReply>();
    let env_thread = std::thread::spawn(move || {
        let mut busy = 0.0;
        for commands in env_commands {
            let tick = Instant::now();
            let reply = batch.run(commands).map_err(|e| e.to_string());
            busy += tick.elapsed().as_secs_f64();
            if env_replies_tx.send(reply).is_err() {
                break;
            }
        }
        busy
    });
    let exchange = |commands: Vec<Option<EnvCommand>>| -> Result<(), AgentError> {
        to_envs
            .send(commands)
            .map_err(|_| AgentError::State("the env thread stopped".into()))
    };
    let receive = || -> Result<Vec<Option<BatchStep>>, AgentError> {
        env_replies
            .recv()
            .map_err(|_| AgentError::State("the env thread stopped".into()))?
            .map_err(|e| AgentError::State(format!("env: {e}")))
    };
    let base_seed = opts
        .seed
        .wrapping_mul(1_000_003)
        .wrapping_add(meta.env_steps);
    exchange(
        (0..n)
            .map(|i| {
                Some(EnvCommand::Reset {
                    seed: base_seed + i as u64,
                })
            })
            .collect(),
    )?;
    let mut obs: Vec<BatchStep> = receive()?.into_iter().flatten().collect();
    let mut carry = policy.initial_carry();
    // The policy's parameters live on the device; re-sent only after an update.
    let mut policy_params = policy.upload(&policy_compiled, &state)?;
    let mut policy_stale = false;
    let mut summary = RunSummary {
        compile_seconds,
        ..RunSummary::default()
    };
    let (mut nonfinite_run, mut updates_here) = (0usize, 0u64);
    let mut time = LoopTimes::default();
    let started = Instant::now();
    let start_steps = meta.env_steps;
    let mut last_checkpoint = meta.env_steps;
    let per_step = config.train_ratio / (b * t) as f64;
    while meta.env_steps < opts.steps {
        // Actions: the policy always runs (its carried state follows the episode); random
        // actions replace its samples during the prefill.
        let frames: Vec<u8> = obs
            .iter()
            .flat_map(|o| o.step.image.iter().copied())
            .collect();
        let firsts: Vec<bool> = obs.iter().map(|o| o.step.is_first).collect();
        let key = [meta.env_steps as u32, (opts.seed as u32) ^ 0x5eed];
        let tick = Instant::now();
        if policy_stale {
            policy_params = policy.upload(&policy_compiled, &state)?;
            policy_stale = false;
        }
        let sampled = policy.act_resident(
            &policy_compiled,
            &policy_params,
            &mut carry,
            &downsample(&frames, size),
            &firsts,
            key,
        )?;
        time.policy_seconds += tick.elapsed().as_secs_f64();
        let mut rng = EnvRng::new(opts.seed ^ meta.env_steps.wrapping_mul(0x9e37_79b9));
        let mut commands = Vec::with_capacity(n);
        let mut taken = Vec::with_capacity(n * policy.action_dim);
        for (i, o) in obs.iter().enumerate() {
            let action = if meta.env_steps < opts.prefill {
                random_action(&space, &mut rng)
            } else {
                to_env_action(&space, &sampled[i])
            };
            let vector = to_vector(&space, &action);
            taken.extend_from_slice(&vector);
            let record = ReplayStep {
                image: o.step.image.clone(),
                action: if o.step.is_last {
                    vec![0.0; vector.len()]
                } else {
                    vector
                },
                reward: o.step.reward,
                density: 0.0,
                is_first: o.step.is_first,
                is_last: o.step.is_last,
                is_terminal: o.step.is_terminal,
            };
            let tick = Instant::now();
            let ready = match relabeler.as_mut() {
                Some(r) => r.add(i, record).map_err(|e| fail("reward model", &e))?,
                None => vec![record],
            };
            time.relabel_seconds += tick.elapsed().as_secs_f64();
            for s in ready {
                replay.push(i, s).map_err(|e| fail("replay", &e))?;
            }
            commands.push(Some(if o.step.is_last {
                EnvCommand::Reset {
                    seed: base_seed.wrapping_add(meta.env_steps + i as u64 + 7919),
                }
            } else {
                EnvCommand::Act(action)
            }));
        }
        carry.action = HostTensor::from_slice(&[n, policy.action_dim], &taken)
            .map_err(|e| fail("policy carry", &e))?;
        exchange(commands)?;

        // Train while the envs step.
        if meta.env_steps >= opts.prefill && !replay.is_empty() {
            meta.updates_due += per_step * n as f64;
        }
        while meta.updates_due >= 1.0 {
            meta.updates_due -= 1.0;
            let mut rng = EnvRng::new(
                opts.seed
                    .wrapping_add(meta.updates.wrapping_mul(0x2545_f491)),
            );
            let tick = Instant::now();
            let mut sampled = replay.sample(b, &mut rng).map_err(|e| fail("replay", &e))?;
            if size != crate::envs::IMAGE_SHAPE[0] {
                let bytes = sampled
                    .image
                    .to_vec::<u8>()
                    .map_err(|e| fail("batch", &e))?;
                sampled.image =
                    HostTensor::from_slice(&[b, t, size, size, 3], &downsample(&bytes, size))
                        .map_err(|e| fail("batch", &e))?;
            }
            time.sample_seconds += tick.elapsed().as_secs_f64();
            let tick = Instant::now();
            let metrics = state.train(
                &step,
                &compiled,
                &sampled,
                [meta.updates as u32, opts.seed as u32],
            )?;
            time.train_seconds += tick.elapsed().as_secs_f64();
            policy_stale = true;
            meta.updates += 1;
            updates_here += 1;
            let value = |name: &str| {
                step.metric_names
                    .iter()
                    .position(|m| m == name)
                    .map_or(0.0, |k| metrics[k])
            };
            if value("skipped") > 0.0 {
                nonfinite_run += 1;
                let terms: Vec<&str> = step
                    .metric_names
                    .iter()
                    .zip(&metrics)
                    .filter(|(m, v)| m.starts_with("nonfinite/") && **v > 0.0)
                    .map(|(m, _)| m.trim_start_matches("nonfinite/"))
                    .collect();
                progress.println(format!(
                    "update {} skipped: non-finite {}",
                    meta.updates,
                    terms.join(", ")
                ));
                if nonfinite_run >= opts.max_nonfinite {
                    return Err(AgentError::State(format!(
                        "{nonfinite_run} updates in a row had non-finite terms ({}); stopped, the last good checkpoint is in {}",
                        terms.join(", "),
                        checkpoint::checkpoint_dir(&opts.logdir).display()
                    )));
                }
            } else {
                nonfinite_run = 0;
            }
            if meta.updates % 10 == 1 {
                let pairs: Vec<(&str, f64)> = step
                    .metric_names
                    .iter()
                    .map(String::as_str)
                    .zip(metrics.iter().map(|&v| f64::from(v)))
                    .collect();
                logger
                    .log_scalars(pairs, meta.env_steps)
                    .map_err(|e| fail("log", &e))?;
            }
        }

        let tick = Instant::now();
        obs = receive()?.into_iter().flatten().collect();
        time.env_wait_seconds += tick.elapsed().as_secs_f64();
        meta.env_steps += n as u64;
        progress.set_position(meta.env_steps);
        for o in &obs {
            if let Some(ep) = o.episode {
                meta.episodes += 1;
                summary.returns.push((meta.env_steps, ep.episode_return));
                let elapsed = started.elapsed().as_secs_f64().max(1e-9);
                let fps = (meta.env_steps - start_steps) as f64 / elapsed;
                logger
                    .log_scalars(
                        [
                            ("episode/task_return", ep.episode_return),
                            ("episode/length", ep.length as f64),
                            ("fps", fps),
                            ("replay/size", replay.len() as f64),
                            ("updates", meta.updates as f64),
                        ],
                        meta.env_steps,
                    )
                    .map_err(|e| fail("log", &e))?;
                progress.set_message(format!("return {:.1}", ep.episode_return));
            }
        }
        if meta.env_steps - last_checkpoint >= opts.checkpoint_every || meta.env_steps >= opts.steps
        {
            let relabel = relabeler.as_ref().map(|r| r.state());
            checkpoint::save(&opts.logdir, &meta, &state, &replay, relabel.as_ref())?;
            last_checkpoint = meta.env_steps;
        }
    }
    drop(to_envs);
    time.env_seconds = env_thread.join().unwrap_or(f64::NAN);
    time.loop_seconds = started.elapsed().as_secs_f64();
    progress.finish();
    logger.flush().map_err(|e| fail("log", &e))?;
    summary.env_steps = meta.env_steps;
    summary.updates = meta.updates;
    summary.env_steps_per_second =
        (meta.env_steps - start_steps) as f64 / started.elapsed().as_secs_f64().max(1e-9);
    summary.seconds_per_update = time.train_seconds / updates_here.max(1) as f64;
    summary.time = time;
    Ok(summary)
}

/// The scorer type of a run without a reward model (task mode): it has no values.
pub type NoScorer = std::convert::Infallible;

impl RewardScorer for NoScorer {
    fn window(&self) -> usize {
        match *self {}
    }

    fn score(&mut self, _frames: &[&[u8]]) -> anyhow::Result<Vec<f32>> {
        match *self {}
    }
}
