//! The host loop of `viper train-agent`: N envs, replay, train ratio, logging, checkpoints.
//!
//! Overlap: the `EnvBatch` lives on its own thread (`EnvThread`). Each iteration the main
//! thread computes the actions (policy program), sends them to the env thread, inserts the
//! steps into the replay (scoring them with the reward model in VIPER mode) and runs the train
//! updates the train ratio owes while the envs step, then collects the new observations. So
//! the device trains while the envs step; the policy always acts with the parameters of the
//! latest update, borrowed from the device state. The carried state (`DeviceState`) stays on
//! the device between updates: an update donates it and downloads only its metrics; it comes
//! to the host only for checkpoints. The policy's carry stays there too. While the device
//! runs update `k`, a helper thread samples and uploads update `k + 1`'s batch
//! (`UploadedBatch`); the batch prefetched by an iteration's last update serves the next
//! iteration's first (it misses that iteration's newest `envs` steps).
//!
//! Logged: the step's metrics every 10 updates; every `log_every` env steps the loop's
//! utilisation (`agent::loop_stats`), replay size and, in VIPER mode, the statistics of the
//! relabelled rewards inserted; every `video_every` updates an open-loop prediction video
//! (`openl/image`, `agent::openloop`) of the batch just trained on; episode returns. Every
//! line is labelled with the env step count its iteration ends at, so a checkpoint at step S
//! covers every line up to S and a run resumed from it logs only after S. Where no progress
//! bar is drawn (stderr not a terminal, or `ProgressMode::Lines`) and not `quiet`, each
//! `log_every` interval also prints a plain progress line (`loop_stats::progress_line`) to
//! stdout.
//!
//! Step records: each observation is stored with the action sampled at it (the policy's
//! sample as it is; the env receives it clipped to its bounds; zeros on an episode's last
//! step, after which the env is reset) and the task reward of the transition
//! into it. In VIPER mode the `Relabeler` scores the frames (the task reward is logged only).

use super::checkpoint::{self, RunMeta};
use super::device_state::DeviceState;
use super::env_thread::EnvThread;
use super::frames::{to_env_action, to_model_frames, to_vector};
use super::loop_stats::{progress_line, DensityStats, LoopClock};
use super::openloop::OpenLoop;
use super::options::{RunOptions, RunSummary};
use super::policy::{DeviceCarry, PolicyStep};
use super::prefetch::{BatchInputs, UploadedBatch};
use super::state::AgentState;
use super::step::AgentStep;
use super::AgentError;
use crate::data::replay::{Relabeler, Replay, ReplayConfig, ReplayStep, RewardScorer};
use crate::envs::policy::random_action;
use crate::envs::rng::Rng as EnvRng;
use crate::envs::{make, BatchStep, EnvBatch, EnvCommand, EnvOptions};
use crate::logging::{Progress, RunLogger};
use crate::models::dreamer::StochSample;
use crate::session::Session;
use crate::HostTensor;
use std::time::Instant;

/// Sequences shown in an open-loop video and the frames the model observes first (the
/// reference's 6 and 5; fewer when the batch is smaller or the sequences shorter).
const VIDEO_ROWS: usize = 6;
const VIDEO_CONTEXT: usize = 5;

/// Trains (or resumes) the agent; `scorer` is the VIPER reward model in VIPER mode.
pub fn train_agent<S: RewardScorer>(
    session: &Session,
    opts: &RunOptions,
    scorer: Option<S>,
) -> Result<RunSummary, AgentError> {
    let fail = |what: &str, e: &dyn std::fmt::Display| AgentError::State(format!("{what}: {e}"));
    let env_options = EnvOptions::new(opts.episode_length, opts.action_repeat);
    let envs = (0..opts.envs.max(1))
        .map(|_| make(&opts.env, &env_options))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| fail(&opts.env, &e))?;
    let batch = EnvBatch::new(envs).map_err(|e| fail("env batch", &e))?;
    let space = batch.action_space().clone();
    let n = batch.len();
    let config = super::step::agent_config(&opts.config, opts.mode);
    let (b, t, size) = (config.batch_size, config.batch_length, config.image_size);

    let mut meta = RunMeta {
        env: opts.env.clone(),
        action_repeat: opts.action_repeat,
        episode_length: opts.episode_length,
        action_space: format!("{space:?}"),
        mode: opts.mode,
        reward: scorer
            .as_ref()
            .and_then(|s| s.reward_spec())
            .map(|spec| spec + opts.first_steps.spec_suffix()),
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
        image_size: size,
    };
    let chunk = 16;
    // A checkpoint of another run is refused before anything is compiled.
    let saved = match checkpoint::load(&opts.logdir)? {
        Some((old, values, replay, relabel)) => {
            let resumed = meta.resume(old)?;
            if let Some(warning) = &resumed.warning {
                let dir = checkpoint::checkpoint_dir(&opts.logdir);
                eprintln!("warning: {}: {warning}", dir.display());
            }
            Some((resumed.meta, values, replay, relabel))
        }
        None => None,
    };
    let t0 = Instant::now();
    let step = AgentStep::trace(&config, &space, opts.mode)?;
    let compiled = session.compile(&step.function)?;
    let policy = PolicyStep::trace(&config, &space, opts.mode, n, false)?;
    let policy_compiled = session.compile(&policy.function)?;
    let video = if opts.video_every > 0 {
        let program = OpenLoop::trace(
            &config,
            &space,
            opts.mode,
            VIDEO_ROWS.min(b),
            t,
            VIDEO_CONTEXT.min(t.saturating_sub(1)).max(1),
            StochSample::StraightThrough,
        )?;
        let compiled = session.compile(&program.function)?;
        Some((program, compiled))
    } else {
        None
    };
    let compile_seconds = t0.elapsed().as_secs_f64();
    let (state, mut replay, mut relabeler) = match saved {
        Some((saved, values, replay, relabel)) => {
            meta = saved;
            if replay.config().workers != n || replay.config().sequence_length != t {
                return Err(AgentError::State(format!(
                    "cannot resume: the checkpoint's replay has {} workers and sequences of {}, this run {n} envs and batch_length {t}",
                    replay.config().workers,
                    replay.config().sequence_length
                )));
            }
            // A replay saved with 64x64 frames (format 1) is brought to the model's size.
            let replay = replay
                .with_image_size(size)
                .map_err(|e| fail("cannot resume the checkpoint's replay", &e))?;
            let relabeler = match (scorer, relabel) {
                (Some(s), Some(r)) => Some(Relabeler::restore(s, chunk, opts.first_steps, r)),
                (Some(s), None) => {
                    Some(Relabeler::new(s, n, chunk).with_first_steps(opts.first_steps))
                }
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
            scorer.map(|s| Relabeler::new(s, n, chunk).with_first_steps(opts.first_steps)),
        ),
    };
    // Lines at the checkpoint's step were written before it was saved: keep them (a resumed
    // run logs from the next step on; see the module doc on step labels).
    let log_from = if meta.env_steps == 0 {
        0
    } else {
        meta.env_steps + 1
    };
    let mut logger = RunLogger::open(&opts.logdir, log_from).map_err(|e| fail("logdir", &e))?;
    let progress = Progress::with_mode(
        "train-agent",
        meta.env_steps,
        opts.steps,
        opts.quiet,
        &opts.progress,
    );
    let client = session.client().clone();
    // From here the state lives on the device; the host copy is dropped.
    let mut state = {
        let host = state;
        DeviceState::upload(&client, &host)?
    };

    let envs = EnvThread::start(batch);
    let base_seed = opts
        .seed
        .wrapping_mul(1_000_003)
        .wrapping_add(meta.env_steps);
    envs.send(
        (0..n)
            .map(|i| {
                Some(EnvCommand::Reset {
                    seed: base_seed + i as u64,
                })
            })
            .collect(),
    )?;
    let mut obs: Vec<BatchStep> = envs.receive()?.into_iter().flatten().collect();
    let mut carry = DeviceCarry::upload(&client, &policy.initial_carry())?;
    let mut summary = RunSummary {
        compile_seconds,
        ..RunSummary::default()
    };
    let (mut nonfinite_run, mut train_seconds, mut updates_here) = (0usize, 0.0f64, 0u64);
    let started = Instant::now();
    let start_steps = meta.env_steps;
    let (mut last_checkpoint, mut last_log) = (meta.env_steps, meta.env_steps);
    let per_step = config.train_ratio / (b * t) as f64;
    let mut clock = LoopClock::new();
    let mut density = DensityStats::default();
    let mut next_batch: Option<UploadedBatch> = None;
    let batch_inputs = BatchInputs::of(&step);
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
        let sampled = policy.act_on_device(
            &policy_compiled,
            &state,
            &mut carry,
            &to_model_frames(&frames, size)?,
            &firsts,
            key,
        )?;
        clock.device(tick.elapsed());
        let mut rng = EnvRng::new(opts.seed ^ meta.env_steps.wrapping_mul(0x9e37_79b9));
        let mut commands = Vec::with_capacity(n);
        let mut taken = Vec::with_capacity(n * policy.action_dim);
        let mut records = Vec::with_capacity(n);
        for (i, o) in obs.iter().enumerate() {
            // The replay keeps the policy's own sample (not clipped to the env's bounds, as the
            // reference stores it): imagination feeds the world model unclipped samples, so it
            // must learn what they do from the data.
            let (action, vector) = if meta.env_steps < opts.prefill {
                let action = random_action(&space, &mut rng);
                let vector = to_vector(&space, &action);
                (action, vector)
            } else {
                (to_env_action(&space, &sampled[i]), sampled[i].clone())
            };
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
            records.push(record);
            commands.push(Some(if o.step.is_last {
                EnvCommand::Reset {
                    seed: base_seed.wrapping_add(meta.env_steps + i as u64 + 7919),
                }
            } else {
                EnvCommand::Act(action)
            }));
        }
        let taken = HostTensor::from_slice(&[n, policy.action_dim], &taken)
            .map_err(|e| fail("policy carry", &e))?;
        carry.set_action(&client, &taken)?;
        envs.send(commands)?;
        // The steps are inserted (in VIPER mode: scored) while the envs step.
        for (i, record) in records.into_iter().enumerate() {
            let ready = match relabeler.as_mut() {
                Some(r) => {
                    let tick = Instant::now();
                    let ready = r.add(i, record).map_err(|e| fail("reward model", &e))?;
                    clock.reward_model(tick.elapsed());
                    ready.iter().for_each(|s| density.add(s.density));
                    ready
                }
                None => vec![record],
            };
            for s in ready {
                replay.push(i, s).map_err(|e| fail("replay", &e))?;
            }
        }

        // Train while the envs step; each update's successor batch is prepared meanwhile.
        if meta.env_steps >= opts.prefill && !replay.is_empty() {
            meta.updates_due += per_step * n as f64;
        }
        // The env step count this iteration ends at: the label of its update lines.
        let iteration_end = meta.env_steps + n as u64;
        while meta.updates_due >= 1.0 {
            meta.updates_due -= 1.0;
            let current = match next_batch.take() {
                Some(ready) => ready,
                None => {
                    let tick = Instant::now();
                    let batch = UploadedBatch::sample(
                        &replay,
                        b,
                        opts.seed,
                        meta.updates,
                        &client,
                        &batch_inputs,
                    )?;
                    clock.batch_wait(tick.elapsed());
                    batch
                }
            };
            let (key, following) = ([meta.updates as u32, opts.seed as u32], meta.updates + 1);
            let (metrics, prefetched, busy) = std::thread::scope(|scope| {
                let helper = scope.spawn(|| {
                    UploadedBatch::sample(&replay, b, opts.seed, following, &client, &batch_inputs)
                });
                let tick = Instant::now();
                let metrics = state.train(&step, &compiled, &current, key);
                let busy = tick.elapsed();
                let prefetched = helper.join().unwrap_or_else(|_| {
                    Err(AgentError::State(
                        "the batch prefetch thread panicked".into(),
                    ))
                });
                (metrics, prefetched, busy)
            });
            let metrics = metrics?;
            next_batch = Some(prefetched?);
            clock.device(busy);
            clock.count(0, 1);
            train_seconds += busy.as_secs_f64();
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
                    .log_scalars(pairs, iteration_end)
                    .map_err(|e| fail("log", &e))?;
            }
            if let Some((program, compiled)) = &video {
                if meta.updates.is_multiple_of(opts.video_every) {
                    let tick = Instant::now();
                    let out = program.run_on_device(
                        compiled,
                        &state,
                        &current.host,
                        [meta.updates as u32, 0x0be1],
                    )?;
                    clock.device(tick.elapsed());
                    logger
                        .log_video("openl/image", &out.frames()?, iteration_end)
                        .map_err(|e| fail("log", &e))?;
                    summary.videos += 1;
                }
            }
        }

        let tick = Instant::now();
        obs = envs.receive()?.into_iter().flatten().collect();
        clock.env_wait(tick.elapsed());
        clock.count(n as u64, 0);
        meta.env_steps += n as u64;
        progress.set_position(meta.env_steps);
        for o in &obs {
            if let Some(ep) = o.episode {
                meta.episodes += 1;
                summary.returns.push((meta.env_steps, ep.episode_return));
                logger
                    .log_scalars(
                        [
                            ("episode/task_return", ep.episode_return),
                            ("episode/length", ep.length as f64),
                        ],
                        meta.env_steps,
                    )
                    .map_err(|e| fail("log", &e))?;
                progress.set_message(format!("return {:.1}", ep.episode_return));
            }
        }
        if meta.env_steps - last_log >= opts.log_every.max(1) || meta.env_steps >= opts.steps {
            let mut scalars = clock.take();
            scalars.extend(density.take().unwrap_or_default());
            scalars.push(("replay/size", replay.len() as f64));
            scalars.push(("replay/steps_stored", replay.steps_stored() as f64));
            scalars.push(("updates", meta.updates as f64));
            if let Some(r) = &relabeler {
                let stats = r.stats();
                scalars.push(("replay/relabel_calls", stats.calls as f64));
                scalars.push(("replay/dropped_first", stats.dropped_first as f64));
            }
            if !opts.quiet && !progress.is_visible() {
                let rate = scalars
                    .iter()
                    .find(|(k, _)| *k == "perf/env_steps_per_second");
                let recent: Vec<f64> = summary
                    .returns
                    .iter()
                    .filter(|(at, _)| *at > last_log)
                    .map(|(_, r)| *r)
                    .collect();
                progress.println(progress_line(
                    meta.env_steps,
                    opts.steps,
                    meta.updates,
                    &recent,
                    rate.map_or(0.0, |(_, r)| *r),
                ));
            }
            logger
                .log_scalars(scalars, meta.env_steps)
                .map_err(|e| fail("log", &e))?;
            last_log = meta.env_steps;
        }
        if meta.env_steps - last_checkpoint >= opts.checkpoint_every || meta.env_steps >= opts.steps
        {
            let relabel = relabeler.as_ref().map(|r| r.state());
            checkpoint::save(
                &opts.logdir,
                &meta,
                &state.to_host()?,
                &replay,
                relabel.as_ref(),
            )?;
            last_checkpoint = meta.env_steps;
        }
    }
    drop(envs);
    progress.finish();
    logger.flush().map_err(|e| fail("log", &e))?;
    let wall = started.elapsed().as_secs_f64().max(1e-9);
    summary.env_steps = meta.env_steps;
    summary.updates = meta.updates;
    summary.env_steps_per_second = (meta.env_steps - start_steps) as f64 / wall;
    summary.seconds_per_update = train_seconds / updates_here.max(1) as f64;
    summary.device_busy = clock.total_device().as_secs_f64() / wall;
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
