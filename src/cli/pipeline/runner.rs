//! Running the pipeline's stages: one on this thread, or a group side by side on threads (one
//! per stage). Each stage writes its marker as soon as it finishes, so a run killed while a
//! group runs keeps the group's finished stages; a failing stage lets the others of its group
//! finish before its error (naming it) is returned. Header and result lines go to stderr,
//! labelled `[k/8 name]`; stages side by side print plain progress lines with that label
//! instead of progress bars (two bars on one terminal overwrite each other).
//!
//! Threads and PJRT: each agent stage makes its own client and session on the plugin
//! (`cli::train_agent::run`), exactly as when it runs alone. That is sound on threads:
//! the plugin is loaded and initialised once per process (`runtime::plugin`'s registry), PJRT
//! clients, buffers and executables are thread-safe by the C API's contract (the `Send`/`Sync`
//! notes in `runtime`), and tracing keeps its state per thread. One shared session would only
//! share its compile cache, and the two agents' programs differ (the reward mode changes the
//! heads), so it would save nothing. Each CPU client brings its own thread pool; the README's
//! pipeline section has the measured cost of the two pools on two cores.

use super::markers::{process_cpu_seconds, Marker, Stage};
use super::report;
use super::settings::PipelineSettings;
use super::stages::{self, StageContext};
use crate::cli::train_agent::RewardArg;
use crate::logging::ProgressMode;
use anyhow::{anyhow, Context};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// A stage this process ran to the end.
#[derive(Clone, Debug)]
pub struct Finished {
    pub stage: Stage,
    /// Its wall seconds.
    pub seconds: f64,
    /// What its marker stores as `result`.
    pub result: serde_json::Value,
}

/// `m:ss` since `start`.
fn clock(start: Instant) -> String {
    let s = start.elapsed().as_secs();
    format!("{}:{:02}", s / 60, s % 60)
}

/// What a stage is about to do, for its header line.
fn describe(stage: Stage, s: &PipelineSettings) -> String {
    match stage {
        Stage::Collect => format!(
            "{} scripted-expert episodes of {}",
            s.collect.episodes, s.env
        ),
        Stage::Vqgan => format!(
            "VQ-GAN, {} steps on {}x{} frames",
            s.vqgan.total_steps, s.vqgan.image_size, s.vqgan.image_size
        ),
        Stage::Videogpt => format!(
            "VideoGPT, {} steps on clips of {} frames",
            s.videogpt.total_steps, s.videogpt.seq_len
        ),
        Stage::AgentViper => format!("agent on the VIPER reward, {} env steps", s.agent.steps),
        Stage::AgentTask => format!("agent on the task reward, {} env steps", s.agent.steps),
        Stage::Random => format!("random policy, {} episodes", s.random.episodes),
        Stage::Eval => format!(
            "both agents and the expert, {} episodes each",
            s.eval.episodes
        ),
        Stage::Report => "report.md and returns.svg".to_string(),
    }
}

/// Does one stage's work; returns its result for the marker and its summary line.
fn work(stage: Stage, ctx: &StageContext) -> anyhow::Result<(serde_json::Value, String)> {
    fn json<T: serde::Serialize>(
        (r, line): (T, String),
    ) -> anyhow::Result<(serde_json::Value, String)> {
        Ok((serde_json::to_value(r)?, line))
    }
    match stage {
        Stage::Collect => json(stages::collect_expert(ctx)?),
        Stage::Vqgan => json(stages::train_vqgan(ctx)?),
        Stage::Videogpt => json(stages::train_videogpt(ctx)?),
        Stage::AgentViper => json(stages::train_agent(ctx, RewardArg::Viper)?),
        Stage::AgentTask => json(stages::train_agent(ctx, RewardArg::Task)?),
        Stage::Random => json(stages::random_policy(ctx)?),
        Stage::Eval => json(stages::evaluate_agents(ctx)?),
        Stage::Report => json(report::write(ctx.dir, ctx.settings)?),
    }
}

/// Runs `stage`, writes its marker and prints its result line. `alongside` are the stages
/// running beside it and `cpu0` the process's CPU seconds when its group (or it) started.
fn execute(
    ctx: &StageContext,
    stage: Stage,
    start: Instant,
    alongside: Vec<String>,
    cpu0: Option<f64>,
) -> anyhow::Result<Finished> {
    let t0 = Instant::now();
    let (result, line) = work(stage, ctx).with_context(|| format!("stage {}", stage.name()))?;
    let seconds = t0.elapsed().as_secs_f64();
    let marker = Marker {
        stage: stage.name().to_string(),
        settings: stage.settings_of(&ctx.settings.to_json()),
        seconds,
        cpu_seconds: cpu0.zip(process_cpu_seconds()).map(|(a, b)| b - a),
        alongside,
        finished_unix: SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
        result: result.clone(),
    };
    marker.write(ctx.dir, stage)?;
    let cpu = match (marker.cpu_seconds, marker.alongside.is_empty()) {
        (None, _) => String::new(),
        (Some(c), true) => format!(", CPU {}", report::duration(c)),
        (Some(c), false) => format!(
            ", process CPU {} (with {})",
            report::duration(c),
            marker.alongside.join(", ")
        ),
    };
    eprintln!(
        "{} done in {}{cpu}: {line} (elapsed {})",
        stage.tag(),
        report::duration(seconds),
        clock(start)
    );
    Ok(Finished {
        stage,
        seconds,
        result,
    })
}

/// Prints `stage`'s header line.
fn announce(ctx: &StageContext, stage: Stage, start: Instant) {
    eprintln!(
        "{} {} (elapsed {})",
        stage.tag(),
        describe(stage, ctx.settings),
        clock(start)
    );
}

/// Runs `stage` on this thread. `start`: the pipeline's start, for the elapsed times.
pub fn run_alone(ctx: &StageContext, stage: Stage, start: Instant) -> anyhow::Result<Finished> {
    announce(ctx, stage, start);
    execute(ctx, stage, start, Vec::new(), process_cpu_seconds())
}

/// Runs `group` side by side, one thread per stage (a group of one on this thread, as
/// [`run_alone`]). Every stage runs to its end, success or failure; then the finished ones
/// are returned, or the failures' errors, each naming its stage.
pub fn run_side_by_side(
    ctx: &StageContext,
    group: &[Stage],
    start: Instant,
) -> anyhow::Result<Vec<Finished>> {
    match group {
        [] => return Ok(Vec::new()),
        [stage] => return Ok(vec![run_alone(ctx, *stage, start)?]),
        _ => {}
    }
    let names: Vec<&str> = group.iter().map(|s| s.name()).collect();
    eprintln!("pipeline: {} run side by side", names.join(", "));
    for &stage in group {
        announce(ctx, stage, start);
    }
    let cpu0 = process_cpu_seconds();
    let outcomes: Vec<(Stage, anyhow::Result<Finished>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = group
            .iter()
            .map(|&stage| {
                let ctx = StageContext {
                    progress: ProgressMode::Lines(stage.tag()),
                    ..ctx.clone()
                };
                let alongside = names
                    .iter()
                    .filter(|&&n| n != stage.name())
                    .map(|n| n.to_string())
                    .collect();
                let handle = scope.spawn(move || {
                    let outcome = execute(&ctx, stage, start, alongside, cpu0);
                    // Said at once: the stages beside it may run for a long time yet.
                    if let Err(e) = &outcome {
                        eprintln!(
                            "{} failed: {e:#} (elapsed {}); the stages beside it go on",
                            stage.tag(),
                            clock(start)
                        );
                    }
                    outcome
                });
                (stage, handle)
            })
            .collect();
        handles
            .into_iter()
            .map(|(stage, handle)| {
                let outcome = handle.join().unwrap_or_else(|panic| {
                    Err(anyhow!(
                        "stage {}: panicked: {}",
                        stage.name(),
                        panic_message(panic.as_ref())
                    ))
                });
                (stage, outcome)
            })
            .collect()
    });
    let mut finished = Vec::new();
    let mut failed = Vec::new();
    for (stage, outcome) in outcomes {
        match outcome {
            Ok(f) => finished.push(f),
            Err(e) => failed.push((stage, e)),
        }
    }
    match failed.len() {
        0 => Ok(finished),
        1 => Err(failed.remove(0).1),
        _ => {
            let messages: Vec<String> = failed.iter().map(|(_, e)| format!("{e:#}")).collect();
            let names: Vec<&str> = failed.iter().map(|(s, _)| s.name()).collect();
            Err(anyhow!(
                "stages {} failed: {}",
                names.join(", "),
                messages.join("; ")
            ))
        }
    }
}

/// The text of a thread's panic payload (a `&str` or `String` for `panic!` with a message).
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_string())
}
