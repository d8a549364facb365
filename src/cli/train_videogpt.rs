//! `viper train-videogpt --config FILE --vqgan DIR --data DIR --out DIR [--steps N]
//! [--set k=v] [--quiet]`: trains VideoGPT (`models::videogpt::VideoGptTrainer`) on clips of
//! VQ codes of an episode dataset's train split, validating on its test split.
//!
//! The codes are computed once per episode with the VQ-GAN's compiled encoder and cached in
//! `DIR/codes/`. The run directory follows `models::videogpt::run`: `config.json`,
//! `vqgan.json`, `class_map.json`, `checkpoints/` (latest, every `save_interval` steps and at
//! the end; re-running on the same `--out` resumes exactly), `best/` (the checkpoint of the
//! best EMA validation loss, with `validation.json`), TensorBoard events and
//! `metrics.jsonl`: `train/loss` (nats per token), `train/bits_per_token`,
//! `train/learning_rate`, `train/clips_per_second`, `val/loss`, `val/loss_ema`,
//! `val/bits_per_token` (EMA) and, every `viz_interval` steps, `viz/sample`: clips sampled
//! with the EMA parameters from `open_loop_ctx` true frames (green border; generated frames
//! red) next to the truth.

use super::rollout::{comparison_video, Sampling};
use crate::config::{check_same_run, ConfigArgs};
use crate::data::{ClipBatch, ClipBatches, ClipSpec, EpisodeCodes, EpisodeDataset, Split};
use crate::logging::{Progress, RunLogger};
use crate::models::videogpt::trainer::EMA_PREFIX;
use crate::models::videogpt::{
    CodeCache, Validation, VideoGptConfig, VideoGptRun, VideoGptTrainer, VqganRecord, CODES_DIR,
};
use crate::models::vqgan::VqganRun;
use crate::runtime::Client;
use crate::session::Session;
use crate::train::{Checkpoint, CheckpointDir};
use anyhow::{bail, Context};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Instant;

const KEEP_CHECKPOINTS: usize = 2;
const PREFETCH_BATCHES: usize = 4;
/// The validation clips are drawn with this seed (XOR the run's), the same at every eval.
const VALIDATION_SEED: u64 = 0x7E57_C11B;
const VALIDATION_FILE: &str = "validation.json";
/// Clips shown in `viz/sample`.
const VIZ_CLIPS: usize = 2;

#[derive(Clone, Debug, clap::Args)]
pub struct TrainVideoGptArgs {
    /// A `viper train-vqgan` run directory: its newest checkpoint tokenizes the frames.
    #[arg(long)]
    pub vqgan: PathBuf,
    /// Episode dataset (`<root>/<task>/{train,test}/*.npz`, as `viper collect` writes).
    #[arg(long)]
    pub data: PathBuf,
    /// Run directory (config, codes, logs, checkpoints); an existing run there is resumed.
    #[arg(long)]
    pub out: PathBuf,
    /// Total steps (overrides the config's `total_steps`).
    #[arg(long)]
    pub steps: Option<u64>,
    /// No per-interval lines; only the final summary.
    #[arg(long)]
    pub quiet: bool,
    #[command(flatten)]
    pub config: ConfigArgs,
}

/// The best validation so far (`best/validation.json`).
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BestValidation {
    step: u64,
    loss: f64,
    loss_ema: f64,
}

/// What a finished `train-videogpt` did.
#[derive(Clone, Debug)]
pub struct TrainSummary {
    pub steps: u64,
    pub resumed_from: Option<u64>,
    /// The last validation (`None` when no evaluation ran this time).
    pub validation: Option<Validation>,
    /// Episodes encoded now (the others came from the cache).
    pub encoded_episodes: usize,
}

fn bits(nats: f64) -> f64 {
    nats / std::f64::consts::LN_2
}

/// Refuses to continue a run directory with another config, VQ-GAN or dataset tasks.
fn check_resume(
    dir: &Path,
    latest: &Option<Checkpoint>,
    config: &VideoGptConfig,
    vqgan: &VqganRecord,
    class_map: &std::collections::BTreeMap<String, usize>,
) -> anyhow::Result<()> {
    if let Some(ckpt) = latest {
        check_same_run(&ckpt.config, config, dir, "total_steps")?;
    }
    if dir.join(crate::models::videogpt::run::VQGAN_FILE).exists() {
        let existing = VideoGptRun::open(dir)?;
        existing.vqgan.check_same(vqgan, dir)?;
        if &existing.class_map != class_map {
            bail!(
                "{} holds a run on the tasks {:?}, but {:?} are given; use another --out",
                dir.display(),
                existing.class_map.keys().collect::<Vec<_>>(),
                class_map.keys().collect::<Vec<_>>()
            );
        }
    }
    Ok(())
}

/// Clip batches of one split; episodes too short for a clip are reported on stderr.
fn clip_batches(
    codes: Vec<EpisodeCodes>,
    config: &VideoGptConfig,
    grid: [usize; 2],
    seed: u64,
    split: Split,
) -> anyhow::Result<ClipBatches> {
    let spec = ClipSpec {
        seq_len: config.seq_len,
        frame_skip: config.frame_skip,
    };
    let clips = ClipBatches::new(codes, spec, grid, config.batch_size, seed)
        .with_context(|| format!("the {} split", split.dir_name()))?;
    if !clips.short_episodes().is_empty() {
        eprintln!(
            "train-videogpt: {} {} episodes are shorter than one clip ({} frames) and give no clip: {}",
            clips.short_episodes().len(),
            split.dir_name(),
            spec.req_len(),
            clips.short_episodes().join(", ")
        );
    }
    Ok(clips)
}

/// Runs training; see the module doc.
pub fn run(args: &TrainVideoGptArgs, plugin: Option<&Path>) -> anyhow::Result<TrainSummary> {
    let mut config: VideoGptConfig = args.config.load(VideoGptConfig::default())?;
    if let Some(steps) = args.steps {
        config.total_steps = steps as usize;
    }
    config.validate()?;
    let vqgan = VqganRun::open(&args.vqgan)?;
    let record = VqganRecord::of(&vqgan)?;
    let dataset = EpisodeDataset::open(&args.data)?;
    let class_map = dataset.class_map();
    if let Some(n) = config.label_classes() {
        if class_map.len() > n {
            bail!(
                "the dataset {} has {} tasks ({:?}) but the config's n_classes is {n}; \
                 set --set n_classes={}",
                args.data.display(),
                class_map.len(),
                class_map.keys().collect::<Vec<_>>(),
                class_map.len()
            );
        }
    }
    let dir = &args.out;
    let ckpts = CheckpointDir::new(dir.join("checkpoints"), KEEP_CHECKPOINTS);
    let latest = ckpts.load_latest()?;
    check_resume(dir, &latest, &config, &record, &class_map)?;
    VideoGptRun::create(dir, &config, &record, &class_map)?;

    let session = Session::new(Client::new(plugin)?);
    let mut cache = CodeCache::open(&dir.join(CODES_DIR), &vqgan, dataset.masks()?, &session)?;
    let train_codes = cache.split_codes(&dataset, Split::Train)?;
    let test_codes = cache.split_codes(&dataset, Split::Test)?;
    let grid = vqgan.grid();
    let train = clip_batches(train_codes, &config, grid, config.seed, Split::Train)?;
    let mut test = clip_batches(
        test_codes,
        &config,
        grid,
        config.seed ^ VALIDATION_SEED,
        Split::Test,
    )?;
    let validation_batches: Vec<ClipBatch> = (0..config.eval_batches as u64)
        .map(|k| test.batch(k))
        .collect();

    let code_space = record.code_space();
    let codebook = vqgan.codebook()?;
    let mut trainer = match &latest {
        None => VideoGptTrainer::init(&session, &config, code_space, codebook.clone())?,
        Some(ckpt) => VideoGptTrainer::resume(
            &session,
            &config,
            code_space,
            codebook.clone(),
            ckpt,
            &ckpts.sidecar_path(ckpt.step),
        )?,
    };
    let start = trainer.steps_done();
    if !args.quiet {
        match start {
            0 => println!("train-videogpt: new run in {}", dir.display()),
            s => println!(
                "train-videogpt: resuming at step {s} from {}",
                ckpts.path().display()
            ),
        }
    }
    let best_dir = CheckpointDir::new(dir.join(crate::models::videogpt::run::BEST_DIR), 1);
    let best_file = best_dir.path().join(VALIDATION_FILE);
    let mut best: Option<BestValidation> = std::fs::read_to_string(&best_file)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok());

    let total = config.total_steps as u64;
    let every = |n: usize| n.max(1) as u64;
    let mut logger = RunLogger::open(dir, start + 1)?;
    let progress = Progress::new("train-videogpt", start, total, args.quiet);
    let mut batches = train.prefetch(start, PREFETCH_BATCHES);
    let mut last_validation = None;
    // Throughput counts only waiting for batches and stepping (not evals, videos, saves).
    let (mut window_seconds, mut window_steps) = (0.0, 0u64);
    while trainer.steps_done() < total {
        let started = Instant::now();
        let (_, clips) = batches.next_batch()?;
        let metrics = trainer.step(&clips)?;
        window_seconds += started.elapsed().as_secs_f64();
        let step = metrics.step;
        window_steps += 1;
        let loss = metrics.get("loss").unwrap_or(f64::NAN);
        if !loss.is_finite() {
            bail!("the training loss became {loss} at step {step}");
        }
        progress.set_position(step);
        if step % every(config.log_interval) == 0 || step == 1 || step == total {
            let clips_per_second =
                (window_steps * config.batch_size as u64) as f64 / window_seconds;
            logger.log_scalars(
                [
                    ("train/loss", loss),
                    ("train/bits_per_token", bits(loss)),
                    (
                        "train/learning_rate",
                        metrics.get("optim/learning_rate").unwrap_or(f64::NAN),
                    ),
                    (
                        "train/grad_norm",
                        metrics.get("optim/grad_norm").unwrap_or(f64::NAN),
                    ),
                    ("train/clips_per_second", clips_per_second),
                ],
                step,
            )?;
            progress.set_message(format!("loss {loss:.4}"));
            (window_seconds, window_steps) = (0.0, 0);
        }
        if step % every(config.eval_interval) == 0 || step == total {
            let v = trainer.validate(&validation_batches)?;
            logger.log_scalars(
                [
                    ("val/loss", v.loss),
                    ("val/loss_ema", v.loss_ema),
                    ("val/bits_per_token", bits(v.loss_ema)),
                ],
                step,
            )?;
            if !args.quiet {
                progress.println(format!(
                    "step {step}/{total}  loss {loss:.4}  val {:.4}  val(ema) {:.4}  ({:.3} bits/token)",
                    v.loss,
                    v.loss_ema,
                    bits(v.loss_ema)
                ));
            }
            let improved = best.is_none_or(|b| v.loss_ema < b.loss_ema);
            if improved && !best_dir.sidecar_path(step).exists() {
                let mut ckpt = trainer.checkpoint()?;
                // Scoring needs the parameters and their EMA, not the AdamW moments.
                ckpt.opt_state.retain(|(n, _)| n.starts_with(EMA_PREFIX));
                best_dir.save(&ckpt)?;
                let record = BestValidation {
                    step,
                    loss: v.loss,
                    loss_ema: v.loss_ema,
                };
                std::fs::write(&best_file, serde_json::to_string_pretty(&record)?)
                    .with_context(|| format!("writing {}", best_file.display()))?;
                best = Some(record);
            }
            last_validation = Some(v);
        }
        if step % every(config.viz_interval) == 0 || step == total {
            let ema = trainer.ema_params()?;
            let sampling = Sampling {
                session: &session,
                config: &config,
                code_space,
                params: &ema,
                codebook: &codebook,
            };
            let truth = &validation_batches[0];
            let clips = VIZ_CLIPS.min(config.batch_size);
            let samples =
                sampling.sample(truth, config.open_loop_ctx, clips, config.seed ^ step)?;
            let frames = comparison_video(&vqgan, &session, &samples, truth, config.open_loop_ctx)?;
            logger.log_video("viz/sample", &frames, step)?;
        }
        if step % every(config.save_interval) == 0 || step == total {
            logger.flush()?;
            ckpts
                .save(&trainer.checkpoint()?)
                .with_context(|| format!("saving the checkpoint of step {step}"))?;
        }
    }
    logger.flush()?;
    progress.finish();
    Ok(TrainSummary {
        steps: trainer.steps_done(),
        resumed_from: (start > 0).then_some(start),
        validation: last_validation,
        encoded_episodes: cache.encoded,
    })
}
