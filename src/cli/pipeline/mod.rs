//! `viper pipeline [--out DIR]`: the whole VIPER experiment on a built-in env with a scripted
//! expert, in one process: collect expert videos, train the VQ-GAN and the VideoGPT on them,
//! train an agent on the VIPER reward alone and a task-oracle agent with the same budget,
//! measure a random policy, evaluate both agents with the task reward, write the report.
//!
//! Stages run in order and leave markers (`markers`), except that the two agent stages and the
//! random policy run side by side (`runner`); a re-run skips finished stages and the training
//! stages resume from their checkpoints. Progress goes to stderr, one header and one result
//! line per stage (the training commands' bars in between, or, for stages side by side, plain
//! progress lines on stdout labelled with the stage); the summary to stdout.

pub mod markers;
pub mod report;
pub mod runner;
pub mod settings;
pub mod stages;

use crate::logging::ProgressMode;
use markers::{check_finished, restart_from, Marker, Stage};
use runner::{run_alone, run_side_by_side};
use settings::PipelineSettings;
use stages::StageContext;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The settings file written into the run directory.
pub const SETTINGS_FILE: &str = "settings.json";

/// `viper pipeline --help`: what the run does, where it writes, how it resumes.
pub const LONG_ABOUT: &str = "Runs the whole VIPER experiment on one environment with a scripted expert and \
writes DIR/report.md with the results.\n\n\
Stages (each one's outputs in DIR):\n  \
1 collect      scripted-expert episodes -> data/\n  \
2 vqgan        VQ-GAN frame tokenizer on the expert frames -> vqgan/\n  \
3 videogpt     VideoGPT on the expert videos' codes -> videogpt/\n  \
4 agent-viper  DreamerV3 agent trained on the VIPER reward alone (plus exploration) -> agent-viper/\n  \
5 agent-task   the same agent and budget on the task reward (the oracle) -> agent-task/\n  \
6 random       task return of a uniformly random policy\n  \
7 eval         both agents' task return (greedy), next to the scripted expert's on the same seeds\n  \
8 report       report.md and returns.svg (task return against env steps)\n\n\
Stages 4, 5 and 6 run side by side, one thread each (a small agent's update keeps about one \
of two cores busy, so each agent gets about twice the wall time of running one after the \
other); their progress is shown as plain lines labelled with the stage, not bars. If one of \
them fails, the others still finish and keep their results, then the run stops with an error \
naming the stage.\n\n\
Each finished stage writes stages/<name>.json (its settings, wall time and results). Running \
the same command again skips finished stages and resumes a killed training stage from its \
checkpoint. A finished stage whose settings differ from this run's is refused, naming the \
setting; --restart-from STAGE redoes that stage and the stages built on it.\n\n\
Settings (DIR/settings.json; see `--set` below) are one JSON object: env, seed, episode_length, \
collect.episodes, collect.random_action_prob (a noisy expert), collect.expert_roam (a cart-pole \
expert that sways its cart, metres), collect.tokenizer_random_episodes (random episodes the \
VQ-GAN also trains on), vqgan.* (the VQ-GAN config, total_steps its steps), videogpt.* (the \
VideoGPT config), agent.{steps,prefill,envs,checkpoint_every,first_steps}, agent.conditional (the VIPER \
reward as the last frame's conditional log-likelihood), agent.reward_scale ([lo, hi]: the VIPER \
reward scaled to clip((r - lo) / (hi - lo), 0, 1)), agent.config.* (the DreamerV3 config), \
random.episodes, eval.episodes, action_repeat. Defaults (src/cli/pipeline/\
settings.rs): builtin:cartpole_balance at action repeat 8 with 125-step episodes, 20 expert \
episodes, the tiny VQ-GAN (300 steps, dead codes restarted every 50) and VideoGPT (500 \
steps), the `cpu` DreamerV3 preset for 16000 env steps per agent (4 envs, the first 1000 steps random), 10 random-policy and 8 \
evaluation episodes. Measured times are in the README's pipeline section.\n\n\
A quick smoke run (a few minutes, mostly compiling): viper pipeline --out runs/smoke --steps-scale 0.05 \
--set collect.episodes=4 --set episode_length=50 --set random.episodes=2 --set eval.episodes=2";

#[derive(Clone, Debug, clap::Args)]
pub struct PipelineArgs {
    /// Run directory (data, models, agents, markers, report); an existing run there resumes.
    #[arg(long, default_value = "runs/pipeline")]
    pub out: PathBuf,
    /// Environment with a scripted expert (sets the `env` setting).
    #[arg(long, value_name = "SUITE:TASK")]
    pub env: Option<String>,
    /// Multiplies the VQ-GAN, VideoGPT and agent step counts (and the agent's prefill), after
    /// --config and --set: 0.1 for a quick look, 3 for a longer run.
    #[arg(long, value_name = "FACTOR")]
    pub steps_scale: Option<f64>,
    /// Redo this stage and every stage built on it (their markers and folders are removed).
    #[arg(long, value_enum, value_name = "STAGE")]
    pub restart_from: Option<Stage>,
    /// Stop after this stage (later stages are left for a later run).
    #[arg(long, value_enum, value_name = "STAGE")]
    pub until: Option<Stage>,
    /// No progress bars or per-interval lines from the stages; stage lines still go to stderr.
    #[arg(long)]
    pub quiet: bool,
    /// Pipeline settings (JSON, any subset of DIR/settings.json) overlaid on the defaults.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Override one setting (repeatable), e.g. `--set agent.steps=20000`, `--set
    /// vqgan.total_steps=100`, `--set agent.config.train_ratio=32`, `--set episode_length=100`.
    #[arg(long = "set", value_name = "PATH=VALUE")]
    pub overrides: Vec<String>,
}

/// What one run of the pipeline did.
#[derive(Clone, Debug)]
pub struct PipelineSummary {
    /// Stages run by this process, with their wall seconds.
    pub ran: Vec<(Stage, f64)>,
    /// Stages skipped because an earlier run finished them.
    pub skipped: Vec<Stage>,
    /// The report, when the run got that far.
    pub report: Option<report::Written>,
}

/// Writes the resolved settings into the run directory.
fn write_settings(dir: &Path, settings: &PipelineSettings) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(SETTINGS_FILE);
    let temp = dir.join(format!(".{SETTINGS_FILE}.tmp"));
    std::fs::write(&temp, serde_json::to_string_pretty(settings)? + "\n")?;
    std::fs::rename(&temp, &path)?;
    Ok(())
}

/// Runs (or resumes) the pipeline; see the module doc.
pub fn run(args: &PipelineArgs, plugin: Option<&Path>) -> anyhow::Result<PipelineSummary> {
    let settings = PipelineSettings::resolve(
        args.config.as_deref(),
        args.env.as_deref(),
        &args.overrides,
        args.steps_scale,
    )?;
    let dir = args.out.as_path();
    if let Some(from) = args.restart_from {
        let cleared = restart_from(dir, from)?;
        let names: Vec<&str> = cleared.iter().map(|s| s.name()).collect();
        eprintln!(
            "pipeline: restarting from {}: cleared {}",
            from.name(),
            names.join(", ")
        );
    }
    check_finished(dir, &settings.to_json())?;
    write_settings(dir, &settings)?;
    let ctx = StageContext {
        dir,
        settings: &settings,
        plugin,
        quiet: args.quiet,
        progress: ProgressMode::Auto,
    };
    let start = Instant::now();
    let mut summary = PipelineSummary {
        ran: Vec::new(),
        skipped: Vec::new(),
        report: None,
    };
    // Stages not yet done that may run side by side, gathered until the next stage that may
    // not (they are adjacent in `Stage::ALL`).
    let mut group: Vec<Stage> = Vec::new();
    let mut finished = Vec::new();
    for stage in Stage::ALL {
        if args.until.is_some_and(|until| stage > until) {
            break;
        }
        // The report is always rewritten from the markers; it takes no time.
        if stage != Stage::Report {
            if let Some(marker) = Marker::read(dir, stage)? {
                eprintln!(
                    "{} done in an earlier run ({}, {}): skipped",
                    stage.tag(),
                    report::duration(marker.seconds),
                    stage.marker_path(dir).display()
                );
                summary.skipped.push(stage);
                continue;
            }
        }
        if stage.runs_side_by_side() {
            group.push(stage);
            continue;
        }
        finished.extend(run_side_by_side(&ctx, &std::mem::take(&mut group), start)?);
        finished.push(run_alone(&ctx, stage, start)?);
    }
    finished.extend(run_side_by_side(&ctx, &group, start)?);
    if let Some(until) = args.until.filter(|&until| until != Stage::Report) {
        eprintln!("pipeline: stopped after {} (--until)", until.name());
    }
    for f in finished {
        if f.stage == Stage::Report {
            summary.report = Some(serde_json::from_value(f.result)?);
        }
        summary.ran.push((f.stage, f.seconds));
    }
    Ok(summary)
}

impl PipelineSummary {
    /// The summary printed at the end of a run.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        let ran: Vec<String> = self
            .ran
            .iter()
            .map(|(s, secs)| format!("{} {}", s.name(), report::duration(*secs)))
            .collect();
        if !ran.is_empty() {
            lines.push(format!("pipeline: ran {}", ran.join(", ")));
        }
        if !self.skipped.is_empty() {
            let names: Vec<&str> = self.skipped.iter().map(|s| s.name()).collect();
            lines.push(format!(
                "pipeline: skipped (done earlier) {}",
                names.join(", ")
            ));
        }
        if let Some(r) = &self.report {
            let pct = |v: f64| 100.0 * v / r.expert;
            lines.push(format!(
                "task return: VIPER agent {:.1} ({:.1}% of expert), task oracle {:.1} ({:.1}%), \
                 random {:.1} ({:.1}%), scripted expert {:.1}",
                r.viper,
                pct(r.viper),
                r.task,
                pct(r.task),
                r.random,
                pct(r.random),
                r.expert
            ));
            lines.push(format!(
                "report: {} (plot {})",
                r.report.display(),
                r.plot.display()
            ));
        }
        lines
    }
}
