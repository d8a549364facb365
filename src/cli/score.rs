//! `viper score --videogpt DIR --episodes DIR [--task NAME] [--conditional] [--scale LO,HI]
//! [--out FILE.{json,npz}]`: the VIPER reward of every step of every episode under a
//! `viper train-videogpt` run, with a table of per-episode means.
//!
//! The VQ-GAN is the one the run records (`--vqgan` points elsewhere, e.g. after a move; a
//! different tokenizer is refused naming both). Parameters are the run's best-validation EMA
//! parameters. `--episodes` is a dataset root (`<root>/<task>/{train,test}/*.npz`, each
//! episode scored as its task folder unless `--task` is given) or a folder of episode npz
//! files (then a class-conditional model needs `--task`). A dataset root's
//! `mask_map.npz` masks its tasks' frames, as in training.
//!
//! First steps: step `t` needs the `seq_len * frame_skip` frames up to `t`, so the first
//! `seq_len * frame_skip - 1` steps of an episode have no reward; the output lists each
//! episode's `first_step`, and episodes shorter than one window are listed as too short.

use crate::data::npz::{write_f32_npz, F32Array};
use crate::data::{load_episode, Compression, EpisodeDataset, Split};
use crate::logging::Progress;
use crate::models::videogpt::{VideoGptRun, Which};
use crate::models::vqgan::VqganRun;
use crate::nn::ParamTree;
use crate::reward::{
    resolve_class, RewardError, RewardMode, RewardModel, RewardModels, RewardOptions, RewardScale,
    StepRewards, DEFAULT_BATCH_SIZE,
};
use crate::runtime::Client;
use anyhow::{bail, Context};
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, clap::Args)]
#[command(
    after_help = "Steps t < seq_len*frame_skip - 1 have no full window and get no reward \
(each episode's rewards start at its `first_step`); episodes shorter than one window are \
listed as too short, never silently dropped."
)]
pub struct ScoreArgs {
    /// A `viper train-videogpt` run directory.
    #[arg(long)]
    pub videogpt: PathBuf,
    /// A dataset root (`<root>/<task>/{train,test}/*.npz`) or a folder of episode npz files.
    #[arg(long)]
    pub episodes: PathBuf,
    /// Task (class) to score every episode as; default: each episode's task folder.
    #[arg(long)]
    pub task: Option<String>,
    /// Reward = log-likelihood of the last frame given the window (the paper's form) instead
    /// of the joint log-likelihood of the window (the reference's default).
    #[arg(long)]
    pub conditional: bool,
    /// Scale rewards to clip((r - lo) / (hi - lo), 0, 1).
    #[arg(long, value_name = "LO,HI", allow_hyphen_values = true)]
    pub scale: Option<RewardScale>,
    /// Write per-step rewards to FILE.json or FILE.npz.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// The VQ-GAN run to use instead of the recorded directory (must be the same tokenizer).
    #[arg(long)]
    pub vqgan: Option<PathBuf>,
    /// Windows per scorer call.
    #[arg(long, default_value_t = DEFAULT_BATCH_SIZE)]
    pub batch: usize,
    /// Use the run's latest checkpoint instead of the best-validation one.
    #[arg(long)]
    pub latest: bool,
    /// Hide the progress bar.
    #[arg(long)]
    pub quiet: bool,
}

/// A run's VideoGPT and VQ-GAN, checked against each other, with their parameters.
pub(crate) struct LoadedRun {
    pub run: VideoGptRun,
    pub vqgan: VqganRun,
    pub videogpt_params: ParamTree,
    pub vqgan_params: ParamTree,
}

/// Opens `videogpt` and its VQ-GAN (the recorded one, or `vqgan` if given), refusing a
/// VQ-GAN other than the one the run was trained with.
pub(crate) fn load_run(
    videogpt: &Path,
    vqgan: Option<&Path>,
    which: Which,
) -> anyhow::Result<LoadedRun> {
    let run = VideoGptRun::open(videogpt)?;
    let vqgan = match vqgan {
        Some(dir) => {
            let given = VqganRun::open(dir)?;
            run.check_vqgan(&given)?;
            given
        }
        None => run.open_vqgan()?,
    };
    let videogpt_params = run.params(which, true)?;
    let mut vqgan_params = ParamTree::new();
    for (name, value) in &vqgan.checkpoint.params {
        vqgan_params.insert(name, value.clone())?;
    }
    Ok(LoadedRun {
        run,
        vqgan,
        videogpt_params,
        vqgan_params,
    })
}

/// One episode to score: its file, name for reports and task folder (if any).
struct EpisodeEntry {
    path: PathBuf,
    name: String,
    task: Option<String>,
}

/// The episodes under `root`: a dataset's both splits (task by task) or a folder's npz files.
fn list_episodes(root: &Path) -> anyhow::Result<(Vec<EpisodeEntry>, Option<EpisodeDataset>)> {
    if root.join("train").is_dir() || !root.is_dir() {
        bail!(
            "--episodes {}: expected a dataset root (<root>/<task>/{{train,test}}/*.npz) or a folder of episode npz files",
            root.display()
        );
    }
    let has_npz = std::fs::read_dir(root)
        .with_context(|| format!("reading {}", root.display()))?
        .filter_map(Result::ok)
        .any(|e| e.path().extension().is_some_and(|x| x == "npz"));
    if has_npz {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(root)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "npz"))
            .collect();
        paths.sort();
        let entries = paths
            .into_iter()
            .map(|path| EpisodeEntry {
                name: path
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into(),
                path,
                task: None,
            })
            .collect();
        return Ok((entries, None));
    }
    let dataset = EpisodeDataset::open(root)?;
    let mut entries = Vec::new();
    for task in dataset.tasks() {
        for split in Split::ALL {
            for file in task.split(split) {
                let name = file.path.strip_prefix(root).unwrap_or(&file.path);
                entries.push(EpisodeEntry {
                    path: file.path.clone(),
                    name: name.display().to_string(),
                    task: Some(task.name.clone()),
                });
            }
        }
    }
    Ok((entries, Some(dataset)))
}

/// One scored episode in the output.
#[derive(Clone, Debug, Serialize)]
pub struct ScoredEpisode {
    pub episode: String,
    pub task: Option<String>,
    pub frames: usize,
    /// The step of `rewards[0]`; earlier steps have no full window.
    pub first_step: usize,
    pub mean: f64,
    pub rewards: Vec<f64>,
}

/// An episode shorter than one window.
#[derive(Clone, Debug, Serialize)]
pub struct ShortEpisode {
    pub episode: String,
    pub frames: usize,
}

/// Everything `viper score` computed (the JSON output).
#[derive(Clone, Debug, Serialize)]
pub struct ScoreReport {
    pub videogpt: PathBuf,
    pub vqgan: PathBuf,
    pub mode: &'static str,
    pub scale: Option<[f64; 2]>,
    pub seq_len: usize,
    pub frame_skip: usize,
    pub episodes: Vec<ScoredEpisode>,
    pub too_short: Vec<ShortEpisode>,
}

/// Scores every episode; prints the table; writes `--out`.
pub fn run(args: &ScoreArgs, plugin: Option<&Path>) -> anyhow::Result<ScoreReport> {
    let which = if args.latest {
        Which::Latest
    } else {
        Which::Best
    };
    let loaded = load_run(&args.videogpt, args.vqgan.as_deref(), which)?;
    let config = &loaded.run.config;
    let (entries, dataset) = list_episodes(&args.episodes)?;
    if entries.is_empty() {
        bail!("--episodes {}: no episodes", args.episodes.display());
    }
    let masks = match &dataset {
        Some(d) => d.masks()?,
        None => None,
    };
    let mode = RewardMode::from_conditional_flag(args.conditional);
    let task_of = |entry: &EpisodeEntry| args.task.clone().or_else(|| entry.task.clone());
    let class_of = |task: Option<&str>| -> anyhow::Result<Option<usize>> {
        resolve_class(config, &loaded.run.class_map, task).map_err(|e| match e {
            RewardError::MissingTask { .. } => anyhow::anyhow!(
                "{e}; pass --task NAME (episodes in a plain folder have no task folder)"
            ),
            e => e.into(),
        })
    };
    // Check every episode's task before the long part.
    for entry in &entries {
        class_of(task_of(entry).as_deref())?;
    }
    let client = Client::new(plugin)?;
    let mut model: Option<(Option<String>, RewardModel)> = None;
    let total: usize = entries.len();
    let progress = Progress::new("score", 0, total as u64, args.quiet);
    let mut report = ScoreReport {
        videogpt: loaded.run.dir.clone(),
        vqgan: loaded.vqgan.dir.clone(),
        mode: match mode {
            RewardMode::Joint => "joint",
            RewardMode::Conditional => "conditional",
        },
        scale: args.scale.map(|s| [s.lo(), s.hi()]),
        seq_len: config.seq_len,
        frame_skip: config.frame_skip,
        episodes: Vec::new(),
        too_short: Vec::new(),
    };
    for entry in &entries {
        let task = task_of(entry);
        // One model per task (class id and mask are per task); episodes come task by task.
        if model.as_ref().is_none_or(|(t, _)| *t != task) {
            drop(model.take());
            let mask = match (&masks, &task) {
                (Some(m), Some(t)) => m.get(t).cloned(),
                _ => None,
            };
            let options = RewardOptions {
                mode,
                batch_size: args.batch,
                scale: args.scale,
                mask,
                ..RewardOptions::default()
            };
            let models = RewardModels {
                vqgan_config: &loaded.vqgan.config,
                vqgan_params: &loaded.vqgan_params,
                videogpt_config: config,
                videogpt_params: &loaded.videogpt_params,
                class_id: class_of(task.as_deref())?,
            };
            model = Some((
                task.clone(),
                RewardModel::new(client.clone(), &models, options)?,
            ));
        }
        let (_, reward_model) = model.as_ref().expect("internal error: model built above");
        let episode = load_episode(&entry.path)?;
        match reward_model.score_chunk(&episode.frames) {
            Ok(StepRewards {
                first_step,
                rewards,
            }) => {
                let mean = rewards.iter().sum::<f64>() / rewards.len() as f64;
                report.episodes.push(ScoredEpisode {
                    episode: entry.name.clone(),
                    task,
                    frames: episode.len,
                    first_step,
                    mean,
                    rewards,
                });
            }
            Err(RewardError::EpisodeTooShort { .. }) => report.too_short.push(ShortEpisode {
                episode: entry.name.clone(),
                frames: episode.len,
            }),
            Err(e) => return Err(e).with_context(|| format!("scoring {}", entry.path.display())),
        }
        progress.inc(1);
    }
    progress.finish();
    print!("{}", table(&report));
    if let Some(out) = &args.out {
        write_report(out, &report)?;
    }
    Ok(report)
}

/// The per-episode table and the too-short list.
pub fn table(report: &ScoreReport) -> String {
    let width = report
        .episodes
        .iter()
        .map(|e| e.episode.len())
        .chain(report.too_short.iter().map(|e| e.episode.len()))
        .chain(std::iter::once("episode".len()))
        .max()
        .unwrap_or(7);
    let mut out = format!(
        "{:<width$}  {:>7}  {:>10}  {:>7}  {:>14}\n",
        "episode", "frames", "first_step", "scored", "mean reward"
    );
    for e in &report.episodes {
        out += &format!(
            "{:<width$}  {:>7}  {:>10}  {:>7}  {:>14.4}\n",
            e.episode,
            e.frames,
            e.first_step,
            e.rewards.len(),
            e.mean
        );
    }
    let window = report.seq_len * report.frame_skip;
    for e in &report.too_short {
        out += &format!(
            "{:<width$}  {:>7}  too short: fewer frames than one window ({window})\n",
            e.episode, e.frames
        );
    }
    if !report.episodes.is_empty() {
        let means: Vec<f64> = report.episodes.iter().map(|e| e.mean).collect();
        out += &format!(
            "{} episodes scored ({} reward, window {} x skip {}), mean of means {:.4}; {} too short\n",
            report.episodes.len(),
            report.mode,
            report.seq_len,
            report.frame_skip,
            means.iter().sum::<f64>() / means.len() as f64,
            report.too_short.len()
        );
    }
    out
}

/// Writes the report as JSON (`.json`) or npz (`.npz`, see `write_npz`).
fn write_report(out: &Path, report: &ScoreReport) -> anyhow::Result<()> {
    match out.extension().and_then(|e| e.to_str()) {
        Some("json") => {
            let text = serde_json::to_string_pretty(report)?;
            std::fs::write(out, text + "\n").with_context(|| format!("writing {}", out.display()))
        }
        Some("npz") => write_npz(out, report),
        _ => bail!("--out {}: expected a .json or .npz file", out.display()),
    }
}

/// npz output: per scored episode one float32 array `[frames]` indexed by step, named by the
/// episode's path with `/` as `__` and without `.npz`; steps without a full window are NaN.
fn write_npz(out: &Path, report: &ScoreReport) -> anyhow::Result<()> {
    let arrays: Vec<(String, Vec<f32>)> = report
        .episodes
        .iter()
        .map(|e| {
            let name = e
                .episode
                .trim_end_matches(".npz")
                .replace(['/', '\\'], "__");
            let mut values = vec![f32::NAN; e.first_step];
            values.extend(e.rewards.iter().map(|&r| r as f32));
            (name, values)
        })
        .collect();
    let shapes: Vec<[usize; 1]> = arrays.iter().map(|(_, v)| [v.len()]).collect();
    let views: Vec<F32Array> = arrays
        .iter()
        .zip(&shapes)
        .map(|((name, values), shape)| F32Array {
            name,
            shape,
            values,
        })
        .collect();
    write_f32_npz(out, &views, Compression::Deflated)?;
    Ok(())
}
