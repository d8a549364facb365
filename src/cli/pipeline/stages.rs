//! The work of each pipeline stage, done in process by the functions the matching subcommands
//! run (`collect`, `train-vqgan`, `train-videogpt`, `train-agent`, `eval-agent`), with
//! arguments built from the pipeline's settings. The training stages resume from their own
//! checkpoints when a killed run is started again. Each returns its result (stored in the
//! stage's marker) and a one-line summary.

use super::markers::Stage;
use super::settings::{CollectSettings, PipelineSettings};
use crate::cli::collect::{collect, CollectArgs, PolicyKind};
use crate::cli::eval_agent::EvalAgentArgs;
use crate::cli::train_agent::{RewardArg, TrainAgentArgs};
use crate::cli::train_videogpt::TrainVideoGptArgs;
use crate::cli::train_vqgan::TrainVqganArgs;
use crate::config::ConfigArgs;
use crate::envs::driver::{run_episodes, DriverPolicy};
use crate::envs::{make, EnvBatch, EnvOptions};
use crate::logging::metrics_file::METRICS_FILE;
use crate::logging::ProgressMode;
use anyhow::Context;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The training metric holding each finished episode's task return.
pub const TASK_RETURN_METRIC: &str = "episode/task_return";
/// Offset of the evaluation seeds from the run's seed (episodes unseen in training).
const EVAL_SEED_OFFSET: u64 = 1000;

/// What every stage needs.
#[derive(Clone)]
pub struct StageContext<'a> {
    pub dir: &'a Path,
    pub settings: &'a PipelineSettings,
    pub plugin: Option<&'a Path>,
    pub quiet: bool,
    /// How the agent stages show their progress (labelled lines when side by side).
    pub progress: ProgressMode,
}

impl StageContext<'_> {
    fn work_dir(&self, stage: Stage) -> PathBuf {
        stage
            .work_dir(self.dir)
            .expect("a training stage has a folder")
    }

    /// Writes a stage's model config where the run keeps them, as `--config` for the stage.
    fn config_file<T: Serialize>(&self, stage: Stage, config: &T) -> anyhow::Result<ConfigArgs> {
        let dir = self.dir.join("configs");
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let path = dir.join(format!("{}.json", stage.name()));
        std::fs::write(&path, serde_json::to_string_pretty(config)? + "\n")
            .with_context(|| format!("writing {}", path.display()))?;
        Ok(ConfigArgs {
            config: Some(path),
            overrides: Vec::new(),
        })
    }
}

/// The `collect` stage's result.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CollectResult {
    pub task: String,
    /// Agent steps of the episodes.
    pub episode_length: usize,
    pub train_episodes: usize,
    pub test_episodes: usize,
    pub expert_mean_return: f64,
    /// Random-policy episodes written for the tokenizer (`DIR/tokenizer-data/`).
    #[serde(default)]
    pub tokenizer_random_episodes: usize,
}

/// Where the collect stage writes the random-policy episodes the VQ-GAN also trains on.
fn tokenizer_data_dir(ctx: &StageContext) -> PathBuf {
    ctx.dir.join("tokenizer-data")
}

/// How the expert differs from the plain one, for progress lines and the report ("" for the
/// plain expert).
pub fn expert_phrase(collect: &CollectSettings) -> String {
    let mut parts = Vec::new();
    if collect.expert_roam > 0.0 {
        parts.push(format!(
            "its cart roaming +-{} m while it balances",
            collect.expert_roam
        ));
    }
    if collect.random_action_prob > 0.0 {
        parts.push(format!(
            "a random action at each step with probability {}",
            collect.random_action_prob
        ));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join("; "))
    }
}

pub fn collect_expert(ctx: &StageContext) -> anyhow::Result<(CollectResult, String)> {
    let s = ctx.settings;
    let run = |policy, random_action_prob, expert_roam, episodes, out: PathBuf| {
        // A collect killed half-way leaves a partial dataset; no marker means it is not done.
        if out.exists() {
            std::fs::remove_dir_all(&out).with_context(|| format!("removing {}", out.display()))?;
        }
        collect(&CollectArgs {
            env: s.env.clone(),
            policy,
            random_action_prob,
            expert_roam,
            episodes,
            out,
            seed: s.seed,
            workers: 1,
            episode_length: s.episode_length,
            action_repeat: s.action_repeat,
            render: Default::default(),
            quiet: ctx.quiet,
        })
    };
    let summary = run(
        PolicyKind::Expert,
        s.collect.random_action_prob,
        s.collect.expert_roam,
        s.collect.episodes,
        ctx.work_dir(Stage::Collect),
    )?;
    let mut line = format!(
        "{} expert episodes{} ({} train, {} test), mean return {:.1}",
        summary.episodes.len(),
        expert_phrase(&s.collect),
        summary.train_episodes,
        summary.test_episodes,
        summary.mean_return
    );
    let random = s.collect.tokenizer_random_episodes;
    if random > 0 {
        let tokenizer = run(
            PolicyKind::Random,
            0.0,
            0.0,
            random,
            tokenizer_data_dir(ctx),
        )?;
        line += &format!(
            "; {} random-policy episodes for the tokenizer (mean return {:.1})",
            tokenizer.episodes.len(),
            tokenizer.mean_return
        );
    }
    let result = CollectResult {
        episode_length: summary.episodes.iter().map(|e| e.length).max().unwrap_or(0),
        task: summary.task,
        train_episodes: summary.train_episodes,
        test_episodes: summary.test_episodes,
        expert_mean_return: summary.mean_return,
        tokenizer_random_episodes: random,
    };
    Ok((result, line))
}

/// A training stage's result (VQ-GAN; VideoGPT adds its validation).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TrainResult {
    pub steps: u64,
    /// The checkpoint step a killed run was resumed from.
    pub resumed_from: Option<u64>,
    /// VideoGPT: the last validation loss of the EMA parameters, nats per token.
    pub validation_loss_ema: Option<f64>,
}

pub fn train_vqgan(ctx: &StageContext) -> anyhow::Result<(TrainResult, String)> {
    let mut data = vec![ctx.work_dir(Stage::Collect)];
    if ctx.settings.collect.tokenizer_random_episodes > 0 {
        data.push(tokenizer_data_dir(ctx));
    }
    let args = TrainVqganArgs {
        data,
        out: ctx.work_dir(Stage::Vqgan),
        steps: None,
        quiet: ctx.quiet,
        lpips: None,
        devices: 1,
        config: ctx.config_file(Stage::Vqgan, &ctx.settings.vqgan)?,
    };
    let (steps, resumed_from) = crate::cli::train_vqgan::run(&args, ctx.plugin)?;
    let line = format!("{steps} steps{}", resumed_note(resumed_from));
    let result = TrainResult {
        steps,
        resumed_from,
        validation_loss_ema: None,
    };
    Ok((result, line))
}

fn resumed_note(from: Option<u64>) -> String {
    from.map(|s| format!(", resumed from step {s}"))
        .unwrap_or_default()
}

pub fn train_videogpt(ctx: &StageContext) -> anyhow::Result<(TrainResult, String)> {
    let args = TrainVideoGptArgs {
        vqgan: ctx.work_dir(Stage::Vqgan),
        data: ctx.work_dir(Stage::Collect),
        out: ctx.work_dir(Stage::Videogpt),
        steps: None,
        quiet: ctx.quiet,
        config: ctx.config_file(Stage::Videogpt, &ctx.settings.videogpt)?,
    };
    let summary = crate::cli::train_videogpt::run(&args, ctx.plugin)?;
    let loss = summary.validation.map(|v| v.loss_ema);
    let line = format!(
        "{} steps{}{}",
        summary.steps,
        resumed_note(summary.resumed_from),
        loss.map(|l| format!(", validation loss (EMA) {l:.4} nats/token"))
            .unwrap_or_default()
    );
    let result = TrainResult {
        steps: summary.steps,
        resumed_from: summary.resumed_from,
        validation_loss_ema: loss,
    };
    Ok((result, line))
}

/// Mean task return of the training episodes that ended at one env step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CurvePoint {
    pub env_step: u64,
    pub mean_return: f64,
    pub episodes: usize,
}

/// An agent stage's result.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AgentResult {
    pub env_steps: u64,
    pub updates: u64,
    /// Of the last process (a resumed run counts only its own part).
    pub env_steps_per_second: f64,
    pub compile_seconds: f64,
    pub seconds_per_update: f64,
    /// From the run's `metrics.jsonl`, so episodes of earlier (killed) processes count too.
    pub curve: Vec<CurvePoint>,
}

/// The training curve in a run's `metrics.jsonl`: episodes' task returns grouped by the env
/// step they ended at, averaged.
pub fn training_curve(run_dir: &Path) -> anyhow::Result<Vec<CurvePoint>> {
    let path = run_dir.join(METRICS_FILE);
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let mut curve: Vec<CurvePoint> = Vec::new();
    for (k, line) in text.lines().enumerate() {
        let value: serde_json::Value = serde_json::from_str(line)
            .with_context(|| format!("{} line {}: not JSON", path.display(), k + 1))?;
        let Some(ret) = value.get(TASK_RETURN_METRIC).and_then(|v| v.as_f64()) else {
            continue;
        };
        let step = value
            .get("step")
            .and_then(|v| v.as_u64())
            .with_context(|| format!("{} line {}: no step", path.display(), k + 1))?;
        match curve.last_mut() {
            Some(p) if p.env_step == step => {
                let n = p.episodes as f64;
                p.mean_return = (p.mean_return * n + ret) / (n + 1.0);
                p.episodes += 1;
            }
            _ => curve.push(CurvePoint {
                env_step: step,
                mean_return: ret,
                episodes: 1,
            }),
        }
    }
    Ok(curve)
}

pub fn train_agent(ctx: &StageContext, reward: RewardArg) -> anyhow::Result<(AgentResult, String)> {
    let (stage, videogpt) = match reward {
        RewardArg::Viper => (Stage::AgentViper, Some(ctx.work_dir(Stage::Videogpt))),
        RewardArg::Task => (Stage::AgentTask, None),
    };
    let s = ctx.settings;
    let logdir = ctx.work_dir(stage);
    let args = TrainAgentArgs {
        env: s.env.clone(),
        reward,
        videogpt,
        // Built-in tasks have no scoreboard to hide.
        mask_map: None,
        reward_scale: s.agent.reward_scale()?,
        conditional: s.agent.conditional,
        first_steps: s.agent.first_steps,
        logdir: logdir.clone(),
        steps: s.agent.steps,
        prefill: s.agent.prefill,
        envs: s.agent.envs,
        episode_length: s.episode_length,
        action_repeat: s.action_repeat,
        checkpoint_every: s.agent.checkpoint_every,
        seed: s.seed,
        quiet: ctx.quiet,
        config: ctx.config_file(stage, &s.agent.config)?,
        // Open-loop videos in the stage's TensorBoard run, a few per run.
        video_every: 2000,
        log_every: 1000,
        progress: ctx.progress.clone(),
    };
    let summary = crate::cli::train_agent::run(&args, ctx.plugin)?;
    let curve = training_curve(&logdir)?;
    let last = curve
        .last()
        .map(|p| format!(", last training episodes' task return {:.1}", p.mean_return))
        .unwrap_or_default();
    let line = format!(
        "{} env steps, {} updates, {:.1} env steps/s, compile {:.1} s{last}",
        summary.env_steps, summary.updates, summary.env_steps_per_second, summary.compile_seconds
    );
    let result = AgentResult {
        env_steps: summary.env_steps,
        updates: summary.updates,
        env_steps_per_second: summary.env_steps_per_second,
        compile_seconds: summary.compile_seconds,
        seconds_per_update: summary.seconds_per_update,
        curve,
    };
    Ok((result, line))
}

/// Task returns of a set of episodes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Returns {
    pub returns: Vec<f64>,
    pub mean: f64,
}

impl Returns {
    pub fn new(returns: Vec<f64>) -> Self {
        let mean = returns.iter().sum::<f64>() / returns.len().max(1) as f64;
        Returns { returns, mean }
    }
}

/// The random policy's returns, episodes seeded as `collect` seeds them.
pub fn random_policy(ctx: &StageContext) -> anyhow::Result<(Returns, String)> {
    let s = ctx.settings;
    let options = EnvOptions::new(s.episode_length, s.action_repeat);
    let mut batch = EnvBatch::new(vec![make(&s.env, &options)?])?;
    let mut returns = Vec::with_capacity(s.random.episodes);
    run_episodes(
        &mut batch,
        s.random.episodes,
        s.seed,
        DriverPolicy::Random,
        |episode| {
            returns.push((episode.index, episode.stats.episode_return));
            anyhow::Ok(())
        },
    )?;
    returns.sort_by_key(|(index, _)| *index);
    let returns = Returns::new(returns.into_iter().map(|(_, r)| r).collect());
    let line = format!(
        "{} episodes, mean return {:.1}",
        returns.returns.len(),
        returns.mean
    );
    Ok((returns, line))
}

/// The `eval` stage's result: greedy task returns on the same seeds.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EvalResult {
    pub seed: u64,
    pub viper: Returns,
    pub task: Returns,
    pub expert: Returns,
}

pub fn evaluate_agents(ctx: &StageContext) -> anyhow::Result<(EvalResult, String)> {
    let s = ctx.settings;
    let seed = s.seed + EVAL_SEED_OFFSET;
    let eval = |stage: Stage| {
        let args = EvalAgentArgs {
            logdir: ctx.work_dir(stage),
            episodes: s.eval.episodes,
            episode_length: s.episode_length,
            sample: false,
            seed,
            video: None,
        };
        crate::cli::eval_agent::returns(&args, ctx.plugin)
    };
    let (viper, expert) = eval(Stage::AgentViper)?;
    let (task, _) = eval(Stage::AgentTask)?;
    let expert = expert.with_context(|| {
        format!(
            "{} has no scripted expert to compare the agents with",
            s.env
        )
    })?;
    let result = EvalResult {
        seed,
        viper: Returns::new(viper),
        task: Returns::new(task),
        expert: Returns::new(expert),
    };
    let line = format!(
        "task return: VIPER agent {:.1}, task-oracle agent {:.1}, scripted expert {:.1}",
        result.viper.mean, result.task.mean, result.expert.mean
    );
    Ok((result, line))
}
