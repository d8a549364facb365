//! `viper collect`: runs a policy (scripted expert or random) in an environment and writes the
//! episodes in the reference's dataset layout, `<out>/<task>/{train,test}/*.npz`, plus
//! `<out>/<task>/returns.json` with each episode's task return. For an Atari game with a
//! scoreboard mask (`envs::atari_masks`) the mask is added to `<out>/mask_map.npz`
//! (`data::masks`), so training and encoding hide the score as the reference does.
//!
//! Episodes are numbered; episode `i`'s reset seed and random actions derive from `--seed` and
//! `i` (see `envs::driver`), and the split is drawn from `--seed`, so the output does not
//! depend on `--workers`.

use std::path::PathBuf;

use anyhow::{anyhow, bail, Context};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use crate::data::layout::{assign_splits, episode_path};
use crate::data::{write_episode, Compression, FrameMask, MaskMap, Split, MASK_FILE};
use crate::envs::atari_masks::env_scoreboard_mask;
use crate::envs::driver::{run_episodes, DriverPolicy};
use crate::envs::{make, EnvBatch, EnvOptions, RenderQuality, IMAGE_BYTES};

pub use crate::envs::driver::episode_seed;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PolicyKind {
    /// The environment's scripted expert.
    Expert,
    /// Uniformly random actions.
    Random,
}

#[derive(clap::Args, Clone, Debug)]
pub struct CollectArgs {
    /// Environment spec: builtin:NAME (pointmass, reacher, cartpole_balance, cartpole_swingup),
    /// dmc:DOMAIN_TASK or atari:GAME.
    #[arg(long, default_value = "builtin:cartpole_swingup")]
    pub env: String,
    #[arg(long, value_enum, default_value = "expert")]
    pub policy: PolicyKind,
    /// With `--policy expert`: at each step, with this probability, a uniformly random action
    /// instead of the expert's (a noisy expert whose videos also show recoveries).
    #[arg(long, default_value_t = 0.0, value_name = "P")]
    pub random_action_prob: f64,
    /// With `--policy expert` on a built-in cart-pole task: the expert balances the pole while
    /// its cart follows a sine of this amplitude (metres, at most 1; period 5 s) instead of
    /// holding still at the centre, so the videos show the pole upright over a moving cart.
    #[arg(long, default_value_t = 0.0, value_name = "METRES")]
    pub expert_roam: f64,
    /// Number of episodes to write.
    #[arg(long, default_value_t = 20)]
    pub episodes: usize,
    /// Dataset root; episodes go to OUT/TASK/{train,test}/.
    #[arg(long, default_value = "runs/expert-data")]
    pub out: PathBuf,
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Environments stepped in parallel.
    #[arg(long, default_value_t = 1)]
    pub workers: usize,
    /// Agent steps per episode (default: the task's).
    #[arg(long)]
    pub episode_length: Option<usize>,
    /// Physics steps per agent step (default: the task's).
    #[arg(long)]
    pub action_repeat: Option<usize>,
    /// DMC rendering: `default` (the reference's, with shadows and antialiasing) or `fast`
    /// (about 15x faster, different-looking frames: don't mix the two in one dataset).
    #[arg(long, default_value = "default")]
    pub render: RenderQuality,
    /// Hide the progress bar.
    #[arg(long)]
    pub quiet: bool,
}

/// One written episode, as recorded in `returns.json`.
#[derive(Clone, Debug, Serialize)]
pub struct EpisodeRecord {
    pub index: usize,
    /// Path relative to the task folder, e.g. `train/episode_000003.npz`.
    pub file: String,
    #[serde(rename = "return")]
    pub episode_return: f64,
    /// Agent steps; the file holds `length + 1` frames (the reset frame first).
    pub length: usize,
}

/// The content of `returns.json`.
#[derive(Clone, Debug, Serialize)]
pub struct CollectSummary {
    pub env: String,
    pub task: String,
    pub policy: PolicyKind,
    /// The noisy expert's chance of a random action per step (0: the plain expert).
    pub random_action_prob: f64,
    /// The roaming expert's set-point amplitude in metres (0: the cart held at the centre).
    pub expert_roam: f64,
    pub seed: u64,
    pub mean_return: f64,
    pub train_episodes: usize,
    pub test_episodes: usize,
    pub episodes: Vec<EpisodeRecord>,
}

/// Collects the episodes and writes the dataset; returns what `returns.json` says.
pub fn collect(args: &CollectArgs) -> anyhow::Result<CollectSummary> {
    if args.episodes == 0 || args.workers == 0 {
        bail!("--episodes and --workers must be at least 1");
    }
    let expert = DriverPolicy::noisy_expert(args.random_action_prob)
        .map_err(|e| anyhow!("--random-action-prob {e}"))?;
    if args.random_action_prob > 0.0 && args.policy != PolicyKind::Expert {
        bail!("--random-action-prob only applies to --policy expert");
    }
    if args.expert_roam != 0.0 && args.policy != PolicyKind::Expert {
        bail!("--expert-roam only applies to --policy expert");
    }
    let options = EnvOptions {
        render: args.render,
        expert_roam: args.expert_roam,
        ..EnvOptions::new(args.episode_length, args.action_repeat)
    };
    let envs = (0..args.workers.min(args.episodes))
        .map(|_| make(&args.env, &options))
        .collect::<Result<Vec<_>, _>>()?;
    let task = envs[0].task_name().to_string();
    let task_dir = args.out.join(&task);
    if task_dir.exists() {
        bail!(
            "{} already exists; choose another --out or remove it",
            task_dir.display()
        );
    }
    let mut batch = EnvBatch::new(envs)?;
    let splits = assign_splits(args.episodes, args.seed);
    let progress = if args.quiet {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(args.episodes as u64)
    };
    progress.set_style(ProgressStyle::with_template(
        "{msg} {bar:40} {pos}/{len} episodes [{elapsed_precise}<{eta_precise}]",
    )?);
    progress.set_message(format!("collecting {}", args.env));
    let policy = match args.policy {
        PolicyKind::Expert => expert,
        PolicyKind::Random => DriverPolicy::Random,
    };
    let mut records = Vec::with_capacity(args.episodes);
    let report = run_episodes(&mut batch, args.episodes, args.seed, policy, |episode| {
        let split = splits[episode.index];
        let path = episode_path(&args.out, &task, split, episode.index);
        let len = episode.frames.len() / IMAGE_BYTES;
        write_episode(&path, &episode.frames, len, Compression::Deflated)?;
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        records.push(EpisodeRecord {
            index: episode.index,
            file: format!("{}/{name}", split.dir_name()),
            episode_return: episode.stats.episode_return,
            length: episode.stats.length,
        });
        progress.inc(1);
        anyhow::Ok(())
    })?;
    progress.finish_and_clear();
    if report.dropped_episodes > 0 {
        eprintln!(
            "warning: {} episode(s) were dropped by environment worker faults and run again; \
             the last fault: {}",
            report.dropped_episodes,
            report.faults.last().map_or("", String::as_str)
        );
    }
    records.sort_by_key(|r| r.index);
    let mean_return = records.iter().map(|r| r.episode_return).sum::<f64>() / records.len() as f64;
    let test_episodes = splits.iter().filter(|s| **s == Split::Test).count();
    let summary = CollectSummary {
        env: args.env.clone(),
        task,
        policy: args.policy,
        random_action_prob: args.random_action_prob,
        expert_roam: args.expert_roam,
        seed: args.seed,
        mean_return,
        train_episodes: args.episodes - test_episodes,
        test_episodes,
        episodes: records,
    };
    if let Some(mask) = env_scoreboard_mask(&args.env) {
        write_task_mask(&args.out, &summary.task, mask)?;
    }
    let returns_path = task_dir.join("returns.json");
    std::fs::write(&returns_path, serde_json::to_string_pretty(&summary)?)
        .with_context(|| format!("writing {}", returns_path.display()))?;
    Ok(summary)
}

/// Adds (or replaces) `task`'s mask in `<out>/mask_map.npz`, keeping the other tasks'.
fn write_task_mask(out: &std::path::Path, task: &str, mask: FrameMask) -> anyhow::Result<()> {
    let mut entries = match MaskMap::open(out)? {
        Some(existing) => existing.entries(),
        None => Vec::new(),
    };
    entries.retain(|(t, _)| t != task);
    entries.push((task.to_string(), mask));
    MaskMap::write(&out.join(MASK_FILE), &entries)?;
    Ok(())
}

/// The `viper collect` command: collects and prints a summary line.
pub fn run(args: &CollectArgs) -> anyhow::Result<()> {
    let summary = collect(args)?;
    let returns: Vec<f64> = summary.episodes.iter().map(|e| e.episode_return).collect();
    let min = returns.iter().copied().fold(f64::INFINITY, f64::min);
    let max = returns.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    println!(
        "{}: {} episodes ({} train, {} test) with the {:?} policy, mean return {:.1} (min {:.1}, max {:.1}), written to {}",
        summary.env,
        returns.len(),
        summary.train_episodes,
        summary.test_episodes,
        summary.policy,
        summary.mean_return,
        min,
        max,
        args.out.join(&summary.task).display()
    );
    Ok(())
}
