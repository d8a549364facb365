//! `viper eval-agent --logdir DIR [--episodes N] [--episode-length N] [--sample]
//! [--video PATH]`: the task returns of a `train-agent` run's checkpointed agent (env, reward
//! mode and config are read from the checkpoint), next to the env's scripted expert on the
//! same seeds when it has one. The first episode is written as an animated GIF (default
//! `<logdir>/eval/policy.gif`) and logged to TensorBoard as `eval/policy` in the run
//! `<logdir>/eval`, at the checkpoint's env step.

use crate::agent::{
    checkpoint, evaluate_recorded, expert_returns, AgentState, EvalOptions, PolicyStep,
};
use crate::envs::{make, IMAGE_SHAPE};
use crate::logging::{video_gif, EventWriter, Image};
use crate::runtime::Client;
use crate::session::Session;
use anyhow::Context;
use std::path::{Path, PathBuf};

/// GIF frame delay of the policy video, hundredths of a second (as `viper show`'s default).
const VIDEO_DELAY_CENTIS: u16 = 4;

#[derive(Clone, Debug, clap::Args)]
pub struct EvalAgentArgs {
    /// A `train-agent` run directory (its `checkpoint/` is read).
    #[arg(long)]
    pub logdir: PathBuf,
    /// Episodes to run (one env each, all at once).
    #[arg(long, default_value_t = 8)]
    pub episodes: usize,
    /// Agent steps per episode (default: the training run's).
    #[arg(long)]
    pub episode_length: Option<usize>,
    /// Sample actions instead of taking the policy's mode.
    #[arg(long)]
    pub sample: bool,
    #[arg(long, default_value_t = 1000)]
    pub seed: u64,
    /// Where to write the first episode's GIF (default `<logdir>/eval/policy.gif`).
    #[arg(long)]
    pub video: Option<PathBuf>,
}

/// Mean agent return and, when the env has a scripted expert, the expert's mean return.
pub fn run(args: &EvalAgentArgs, plugin: Option<&Path>) -> anyhow::Result<(f64, Option<f64>)> {
    let (agent, expert) = returns(args, plugin)?;
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    Ok((mean(&agent), expert.as_deref().map(mean)))
}

/// The agent's task return of each episode and, when the env has a scripted expert, the
/// expert's on the same seeds.
pub fn returns(
    args: &EvalAgentArgs,
    plugin: Option<&Path>,
) -> anyhow::Result<(Vec<f64>, Option<Vec<f64>>)> {
    let (meta, values, _, _) = checkpoint::load(&args.logdir)?
        .with_context(|| format!("{} has no agent checkpoint", args.logdir.display()))?;
    let opts = EvalOptions {
        env: meta.env.clone(),
        episodes: args.episodes,
        episode_length: args.episode_length.or(meta.episode_length),
        action_repeat: meta.action_repeat,
        seed: args.seed,
    };
    let space = make(&meta.env, &Default::default())?.action_space();
    // Only the policy's parameters are needed: tracing the policy (not the whole train
    // step) names them and their types.
    let policy = PolicyStep::trace(&meta.config, &space, meta.mode, 1, !args.sample)?;
    let state = AgentState::policy_params(&policy, values.values)?;
    let session = Session::new(Client::new(plugin)?);
    let run = evaluate_recorded(
        &session,
        &meta.config,
        meta.mode,
        &state,
        &opts,
        !args.sample,
        true,
    )?;
    let returns = run.returns;
    let video = args
        .video
        .clone()
        .unwrap_or_else(|| args.logdir.join("eval").join("policy.gif"));
    write_video(
        &run.frames,
        &video,
        &args.logdir.join("eval"),
        meta.env_steps,
    )?;
    eprintln!(
        "eval-agent: policy video ({} frames) in {}",
        run.frames.len(),
        video.display()
    );
    Ok((returns, expert_returns(&opts).ok()))
}

/// Writes `frames` (64x64x3 env frames) as a GIF to `path` and to TensorBoard in `run_dir`.
fn write_video(frames: &[Vec<u8>], path: &Path, run_dir: &Path, step: u64) -> anyhow::Result<()> {
    let [h, w, c] = IMAGE_SHAPE.map(|d| d as u32);
    let images = frames
        .iter()
        .map(|f| Image::new(h, w, c, f.clone()))
        .collect::<Result<Vec<_>, _>>()?;
    let gif = video_gif(&images, VIDEO_DELAY_CENTIS)?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating {}", parent.display()))?;
    }
    std::fs::write(path, &gif).with_context(|| format!("writing {}", path.display()))?;
    let mut events = EventWriter::open(run_dir)?;
    events.add_video_gif("eval/policy", &images, VIDEO_DELAY_CENTIS, step)?;
    events.flush()?;
    Ok(())
}
