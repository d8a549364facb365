//! `viper heatmap --videogpt DIR --episode FILE.npz [--task NAME] [--step t] --out FILE.png`:
//! the paper's uncertainty figure for one window: its frames (as the model sees them, masked)
//! over heatmaps of each code's negative log-likelihood `-log p(code | earlier codes)`,
//! upsampled over the pixels the code covers (`reward::heatmap`).
//!
//! `--step` defaults to the first step with a full window (`seq_len * frame_skip - 1`);
//! earlier steps have no window. The colour scale runs from 0 nats (dark) to `--max-nll`
//! (bright; default: the window's largest value) and is printed.

use super::score::load_run;
use crate::data::load_episode;
use crate::models::videogpt::Which;
use crate::reward::{heatmap_figure, resolve_class, RewardModel, RewardModels, RewardOptions};
use crate::runtime::Client;
use anyhow::{bail, Context};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, clap::Args)]
#[command(after_help = "Steps t < seq_len*frame_skip - 1 have no full window and cannot be shown.")]
pub struct HeatmapArgs {
    /// A `viper train-videogpt` run directory.
    #[arg(long)]
    pub videogpt: PathBuf,
    /// One episode file (uint8 arr_0 [T, 64, 64, 3]).
    #[arg(long)]
    pub episode: PathBuf,
    /// The task (class) of a class-conditional model; default: the episode's task folder
    /// (`<root>/<task>/<split>/<file>.npz`).
    #[arg(long)]
    pub task: Option<String>,
    /// The step whose window is shown (default: the first step with a full window).
    #[arg(long)]
    pub step: Option<usize>,
    /// Negative log-likelihood (nats) shown brightest; default: the window's maximum.
    #[arg(long)]
    pub max_nll: Option<f64>,
    /// The VQ-GAN run to use instead of the recorded directory (must be the same tokenizer).
    #[arg(long)]
    pub vqgan: Option<PathBuf>,
    /// The PNG to write.
    #[arg(long)]
    pub out: PathBuf,
}

/// What was drawn.
#[derive(Clone, Debug)]
pub struct HeatmapSummary {
    pub step: usize,
    pub frames: Vec<usize>,
    pub nll_max: f64,
    pub mean_nll: f64,
    /// Each frame's NLL summed over its codes (nats), in window order: the joint reward of
    /// the step is minus their sum; the first frame's term has no earlier frame to lean on.
    pub frame_nll: Vec<f64>,
}

/// The task folder of `<root>/<task>/<split>/<file>.npz`.
fn task_folder(episode: &Path) -> Option<String> {
    let split_dir = episode.parent()?;
    let split = split_dir.file_name()?.to_str()?;
    if split != "train" && split != "test" {
        return None;
    }
    Some(split_dir.parent()?.file_name()?.to_str()?.to_string())
}

pub fn run(args: &HeatmapArgs, plugin: Option<&Path>) -> anyhow::Result<HeatmapSummary> {
    let loaded = load_run(&args.videogpt, args.vqgan.as_deref(), Which::Best)?;
    let config = &loaded.run.config;
    let task = args.task.clone().or_else(|| task_folder(&args.episode));
    let class_id = resolve_class(config, &loaded.run.class_map, task.as_deref())?;
    let mask = match (args.episode.ancestors().nth(3), &task) {
        (Some(root), Some(task)) => {
            crate::data::masks::MaskMap::open(root)?.and_then(|m| m.get(task).cloned())
        }
        _ => None,
    };
    let models = RewardModels {
        vqgan_config: &loaded.vqgan.config,
        vqgan_params: &loaded.vqgan_params,
        videogpt_config: config,
        videogpt_params: &loaded.videogpt_params,
        class_id,
    };
    let options = RewardOptions {
        mask: mask.clone(),
        ..RewardOptions::default()
    };
    let model = RewardModel::new(Client::new(plugin)?, &models, options)?;
    let episode = load_episode(&args.episode)?;
    let spec = model.window();
    let step = args.step.unwrap_or(spec.first_step());
    let log_probs = model.token_log_probs(&episode.frames, step)?;
    let indices = spec.frame_indices(step);
    let mut frames = Vec::new();
    for &i in &indices {
        frames.extend_from_slice(episode.frame(i).context("internal error: checked step")?);
    }
    if let Some(mask) = &mask {
        mask.apply(&mut frames)?;
    }
    let nll_max = match args.max_nll {
        Some(v) if v > 0.0 && v.is_finite() => v,
        Some(v) => bail!("--max-nll must be a positive number, got {v}"),
        None => log_probs
            .iter()
            .map(|&v| -f64::from(v))
            .fold(f64::MIN_POSITIVE, f64::max),
    };
    let figure = heatmap_figure(&frames, &log_probs, loaded.run.code_space.grid, nll_max)?;
    std::fs::write(&args.out, figure.to_png()?)
        .with_context(|| format!("writing {}", args.out.display()))?;
    let mean_nll = -log_probs.iter().map(|&v| f64::from(v)).sum::<f64>() / log_probs.len() as f64;
    let frame_nll = log_probs
        .chunks(log_probs.len() / indices.len())
        .map(|frame| -frame.iter().map(|&v| f64::from(v)).sum::<f64>())
        .collect();
    Ok(HeatmapSummary {
        step,
        frames: indices,
        nll_max,
        mean_nll,
        frame_nll,
    })
}
