//! The `report` stage: reads the other stages' markers and writes `DIR/report.md` and
//! `DIR/returns.svg` (`crate::report::pipeline`), so every number in the report is the one a
//! marker holds.

use super::markers::{Marker, Stage};
use super::settings::PipelineSettings;
use super::stages::{expert_phrase, AgentResult, CollectResult, EvalResult, Returns, TrainResult};
use crate::report::pipeline::{
    PipelineReport, PolicyReturns, StageTiming, REPORT_FILE, RETURNS_PLOT_FILE,
};
use anyhow::Context;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub use crate::report::pipeline::duration;

/// The report stage's result: where it wrote, and the headline numbers.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Written {
    pub report: PathBuf,
    pub plot: PathBuf,
    pub viper: f64,
    pub task: f64,
    pub random: f64,
    pub expert: f64,
}

fn policy(r: &Returns) -> PolicyReturns {
    PolicyReturns {
        mean: r.mean,
        episodes: r.returns.len(),
    }
}

fn curve(result: &AgentResult) -> Vec<(f64, f64)> {
    result
        .curve
        .iter()
        .map(|p| (p.env_step as f64, p.mean_return))
        .collect()
}

/// The settings a reader looks for first.
fn key_settings(s: &PipelineSettings, episode_length: usize) -> Vec<(String, String)> {
    let a = &s.agent.config;
    let pairs = [
        ("env", s.env.clone()),
        ("seed", s.seed.to_string()),
        ("episode_length", episode_length.to_string()),
        (
            "action_repeat",
            s.action_repeat
                .map_or("the task's".to_string(), |r| r.to_string()),
        ),
        ("collect.episodes", s.collect.episodes.to_string()),
        (
            "collect.random_action_prob",
            s.collect.random_action_prob.to_string(),
        ),
        ("collect.expert_roam", s.collect.expert_roam.to_string()),
        (
            "collect.tokenizer_random_episodes",
            s.collect.tokenizer_random_episodes.to_string(),
        ),
        (
            "vqgan",
            format!(
                "{} steps, {}x{} frames, {} codes of {}, batch {}, foreground weight {}",
                s.vqgan.total_steps,
                s.vqgan.image_size,
                s.vqgan.image_size,
                s.vqgan.ae.n_embed,
                s.vqgan.ae.embed_dim,
                s.vqgan.batch_size,
                s.vqgan.foreground_weight
            ),
        ),
        (
            "videogpt",
            format!(
                "{} steps, {} frames (skip {}), width {}, {} layers, batch {}",
                s.videogpt.total_steps,
                s.videogpt.seq_len,
                s.videogpt.frame_skip,
                s.videogpt.embed_dim,
                s.videogpt.num_layers,
                s.videogpt.batch_size
            ),
        ),
        ("agent.steps", s.agent.steps.to_string()),
        ("agent.prefill", s.agent.prefill.to_string()),
        ("agent.envs", s.agent.envs.to_string()),
        (
            "agent VIPER reward",
            format!(
                "{}, {}",
                if s.agent.conditional {
                    "last frame's conditional log-likelihood"
                } else {
                    "joint log-likelihood of the window"
                },
                s.agent.reward_scale.map_or("unscaled".to_string(), |[lo, hi]| format!(
                    "scaled from [{lo}, {hi}] to [0, 1]"
                ))
            ),
        ),
        (
            "agent.config",
            format!(
                "{}x{} frames, deter {}, {}x{} latents, batch {}x{}, train ratio {}, imagination {}",
                a.image_size,
                a.image_size,
                a.deter,
                a.stoch,
                a.classes,
                a.batch_size,
                a.batch_length,
                a.train_ratio,
                a.imag_horizon
            ),
        ),
        ("random.episodes", s.random.episodes.to_string()),
        ("eval.episodes", s.eval.episodes.to_string()),
    ];
    pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
}

/// One stage's timing line from its marker.
fn timing(dir: &Path, stage: Stage, summary: String) -> anyhow::Result<StageTiming> {
    let marker = Marker::read(dir, stage)?
        .with_context(|| format!("stage {} has not finished", stage.name()))?;
    Ok(StageTiming {
        name: stage.name().to_string(),
        seconds: marker.seconds,
        cpu_seconds: marker.cpu_seconds,
        alongside: marker.alongside,
        summary,
    })
}

fn agent_line(r: &AgentResult) -> String {
    format!(
        "{} env steps, {} updates, compile {:.1} s, {:.3} s/update",
        r.env_steps, r.updates, r.compile_seconds, r.seconds_per_update
    )
}

/// The command line of this process, for the report.
fn command_line() -> String {
    let args: Vec<String> = std::env::args().collect();
    let mut line = String::from("viper");
    for a in args.iter().skip(1) {
        line.push(' ');
        line.push_str(a);
    }
    line
}

pub fn write(dir: &Path, settings: &PipelineSettings) -> anyhow::Result<(Written, String)> {
    let collect: CollectResult = Marker::result_of(dir, Stage::Collect)?;
    let vqgan: TrainResult = Marker::result_of(dir, Stage::Vqgan)?;
    let videogpt: TrainResult = Marker::result_of(dir, Stage::Videogpt)?;
    let viper: AgentResult = Marker::result_of(dir, Stage::AgentViper)?;
    let task: AgentResult = Marker::result_of(dir, Stage::AgentTask)?;
    let random: Returns = Marker::result_of(dir, Stage::Random)?;
    let eval: EvalResult = Marker::result_of(dir, Stage::Eval)?;
    let stages = vec![
        timing(
            dir,
            Stage::Collect,
            format!(
                "{} expert episodes{}, mean return {:.1}",
                collect.train_episodes + collect.test_episodes,
                expert_phrase(&settings.collect),
                collect.expert_mean_return
            ),
        )?,
        timing(dir, Stage::Vqgan, format!("{} steps", vqgan.steps))?,
        timing(
            dir,
            Stage::Videogpt,
            format!(
                "{} steps, validation loss (EMA) {}",
                videogpt.steps,
                videogpt
                    .validation_loss_ema
                    .map_or("-".to_string(), |l| format!("{l:.4} nats/token"))
            ),
        )?,
        timing(dir, Stage::AgentViper, agent_line(&viper))?,
        timing(dir, Stage::AgentTask, agent_line(&task))?,
        timing(
            dir,
            Stage::Random,
            format!("{} episodes", random.returns.len()),
        )?,
        timing(
            dir,
            Stage::Eval,
            format!("{} episodes per policy", eval.expert.returns.len()),
        )?,
    ];
    let report = PipelineReport {
        env: settings.env.clone(),
        command: command_line(),
        episode_length: collect.episode_length,
        agent_steps: viper.env_steps.max(task.env_steps),
        viper_curve: curve(&viper),
        task_curve: curve(&task),
        viper: policy(&eval.viper),
        task: policy(&eval.task),
        expert: policy(&eval.expert),
        random: policy(&random),
        eval_seed: eval.seed,
        settings: key_settings(settings, collect.episode_length),
        settings_json: serde_json::to_string_pretty(settings)?,
        stages,
    };
    let plot = dir.join(RETURNS_PLOT_FILE);
    std::fs::write(&plot, report.returns_plot().to_svg())
        .with_context(|| format!("writing {}", plot.display()))?;
    let path = dir.join(REPORT_FILE);
    std::fs::write(&path, report.markdown(RETURNS_PLOT_FILE))
        .with_context(|| format!("writing {}", path.display()))?;
    let written = Written {
        report: path,
        plot,
        viper: eval.viper.mean,
        task: eval.task.mean,
        random: random.mean,
        expert: eval.expert.mean,
    };
    let line = format!("wrote {}", written.report.display());
    Ok((written, line))
}
