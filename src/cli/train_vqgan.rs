//! `viper train-vqgan --config FILE --data DIR --out DIR [--steps N] [--set k=v] [--quiet]`:
//! trains the VQ-GAN frame tokenizer (`models::vqgan::VqganTrainer`) on the train split of
//! an episode dataset (`data::FrameBatches`, frames box-downsampled to `image_size`, masked
//! by the dataset's `mask_map.npz` if any, prefetched on a background thread). Follows
//! `viper demo`: `config.json`, TensorBoard events + `metrics.jsonl` (every loss term,
//! perplexity, codebook usage and learning rate of both networks, as `gen/..` and `disc/..`)
//! every `log_interval` steps, a grid of originals over reconstructions (`recon/grid`) every
//! `viz_interval` steps, and safetensors checkpoints every `save_interval` steps and at the
//! end. Re-running on the same `--out` resumes from its newest checkpoint.
//!
//! The perceptual (LPIPS) term is on only with LPIPS weights (`--lpips FILE` or the config's
//! `lpips_weights`); stderr and the TensorBoard text `setup/lpips` say which, and the metric
//! `gen/perceptual_weight` is the weight in effect (0 without weights). `--devices N` runs
//! both steps data parallel over N devices.
//!
//! `code_restart_every > 0` turns on dead-code restarts (`models::vqgan::code_restart`); the
//! metrics `gen/codes_restarted` (at the latest restart) and `gen/codes_restarted_total` say
//! how many codes moved.
//!
//! One checkpoint holds both networks: the parameters by their own names (`disc/..` for the
//! discriminator) and each optimizer state under `generator/` or `discriminator/`.

use crate::config::{check_same_run, write_resolved_config, ConfigArgs};
use crate::data::{EpisodeDataset, FrameBatches, Split};
use crate::graph::{Function, FunctionBuilder};
use crate::host::HostTensor;
use crate::logging::{frames_from_tensor, image_grid, Progress, RunLogger};
use crate::models::lpips::{load_lpips_weights, Lpips};
use crate::models::vqgan::{
    trace_vqgan_steps_with, Vqgan, VqganConfig, VqganMetrics, VqganStepOptions, VqganTrainer,
};
use crate::nn::Scope;
use crate::runtime::Client;
use crate::session::Session;
use crate::train::{Checkpoint, CheckpointDir, TrainStep, Trainer};
use crate::DType;
use anyhow::{bail, Context};
use std::path::{Path, PathBuf};

const OPT_PREFIXES: [&str; 2] = ["generator/", "discriminator/"];
const KEEP_CHECKPOINTS: usize = 2;
const GRID_FRAMES: usize = 8;
/// The training frames of every dataset in `roots` (each masked by its own `mask_map.npz`,
/// if any), in batches of the config's size.
fn frame_batches(roots: &[PathBuf], config: &VqganConfig) -> anyhow::Result<FrameBatches> {
    let datasets = roots
        .iter()
        .map(EpisodeDataset::open)
        .collect::<Result<Vec<_>, _>>()?;
    for dataset in &datasets {
        if let Some(masks) = dataset.masks()? {
            let tasks: Vec<&str> = masks.tasks().collect();
            eprintln!(
                "train-vqgan: frame masks from {} for tasks [{}]",
                masks.path().display(),
                tasks.join(", ")
            );
        }
    }
    let names = roots
        .iter()
        .map(|r| r.display().to_string())
        .collect::<Vec<_>>()
        .join(" + ");
    let batches = FrameBatches::from_datasets(
        &datasets,
        Split::Train,
        config.batch_size,
        config.image_size,
        config.seed,
    )
    .with_context(|| format!("dataset {names}"))?;
    eprintln!(
        "train-vqgan: {} frames of the training episodes in {names}",
        batches.frame_count()
    );
    Ok(batches)
}

/// Batches the loader thread may prepare ahead of the device.
const PREFETCH_DEPTH: usize = 2;

#[derive(Clone, Debug, clap::Args)]
pub struct TrainVqganArgs {
    /// Episode dataset (`<root>/<task>/{train,test}/*.npz`, as `viper collect` writes);
    /// repeat it to train on the frames of several (e.g. expert and random-policy episodes).
    #[arg(long, required = true)]
    pub data: Vec<PathBuf>,
    /// Run directory (logs, config, checkpoints); an existing run there is resumed.
    #[arg(long)]
    pub out: PathBuf,
    /// Total steps (overrides the config's `total_steps`).
    #[arg(long)]
    pub steps: Option<u64>,
    /// No per-interval lines; only the final summary.
    #[arg(long)]
    pub quiet: bool,
    /// LPIPS (VGG16) weights as safetensors (`tools/lpips/convert.py`); sets the config's
    /// `lpips_weights`. Without weights the perceptual term is off (weight 0).
    #[arg(long, value_name = "FILE")]
    pub lpips: Option<PathBuf>,
    /// Devices of the data-parallel steps (`config.batch_size` must divide by it).
    #[arg(long, default_value_t = 1)]
    pub devices: usize,
    #[command(flatten)]
    pub config: ConfigArgs,
}

/// Both networks' state in one checkpoint.
fn combined_checkpoint(trainer: &VqganTrainer, config: &VqganConfig) -> anyhow::Result<Checkpoint> {
    let mut params = trainer.generator.params()?;
    params.extend(trainer.discriminator.params()?);
    let mut opt_state = Vec::new();
    for (prefix, t) in OPT_PREFIXES
        .iter()
        .zip([&trainer.generator, &trainer.discriminator])
    {
        opt_state.extend(
            t.opt_state()?
                .into_iter()
                .map(|(n, v)| (format!("{prefix}{n}"), v)),
        );
    }
    Ok(Checkpoint {
        step: trainer.generator.steps_done(),
        params,
        opt_state,
        rng: trainer.generator.rng(),
        config: serde_json::to_value(config)?,
    })
}

/// The part of a combined checkpoint that belongs to `trainer`'s network.
fn network_part(ckpt: &Checkpoint, step: &TrainStep, prefix: &str) -> Checkpoint {
    let names: Vec<String> = step.param_specs().iter().map(|s| s.name.clone()).collect();
    Checkpoint {
        step: ckpt.step,
        params: ckpt
            .params
            .iter()
            .filter(|(n, _)| names.contains(n))
            .cloned()
            .collect(),
        opt_state: ckpt
            .opt_state
            .iter()
            .filter_map(|(n, v)| Some((n.strip_prefix(prefix)?.to_string(), v.clone())))
            .collect(),
        rng: ckpt.rng,
        config: ckpt.config.clone(),
    }
}

/// `images` then the generator's parameters -> reconstructions.
pub(crate) fn reconstruction_function(
    config: &VqganConfig,
    batch: usize,
) -> anyhow::Result<Function> {
    let fb = FunctionBuilder::new("vqgan_reconstruct");
    let s = config.image_size;
    let images = fb.input("images", DType::F32, &[batch, s, s, 3]);
    let recon = Vqgan::new(config)?
        .forward(&Scope::new(&fb), &images, None)
        .recon;
    Ok(fb.finish(&[recon])?)
}

/// A grid with the first frames of `images` over their reconstructions by the generator
/// with parameters `params` (by name; `function` from `reconstruction_function`).
pub(crate) fn recon_grid(
    session: &Session,
    function: &Function,
    params: &[(String, HostTensor)],
    images: &HostTensor,
) -> anyhow::Result<crate::logging::Image> {
    let mut args = vec![images.clone()];
    for input in &function.inputs()[1..] {
        let value = params.iter().find(|(n, _)| *n == input.name);
        let (_, value) = value.with_context(|| format!("no parameter `{}`", input.name))?;
        args.push(value.clone());
    }
    let recon = session.run(function, &args)?.remove(0);
    let dims = images.dims();
    let n = dims[0].min(GRID_FRAMES);
    let frame = dims[1..].iter().product::<usize>();
    let mut tiles = Vec::new();
    for tensor in [images, &recon] {
        let unit: Vec<f32> = tensor.to_f64_vec()[..n * frame]
            .iter()
            .map(|v| ((v + 1.0) / 2.0) as f32)
            .collect();
        let mut shape = vec![n];
        shape.extend(&dims[1..]);
        tiles.extend(frames_from_tensor(&HostTensor::from_slice(&shape, &unit)?)?);
    }
    Ok(image_grid(&tiles, n)?)
}

fn scalars(m: &VqganMetrics) -> Vec<(String, f64)> {
    let gen = m
        .generator
        .values
        .iter()
        .map(|(n, v)| (format!("gen/{n}"), *v));
    let disc = m
        .discriminator
        .values
        .iter()
        .map(|(n, v)| (format!("disc/{n}"), *v));
    gen.chain(disc).collect()
}

/// The LPIPS weights the config names (loaded and checked), and the sentence for the log
/// saying whether the perceptual term is on.
fn load_lpips(config: &VqganConfig) -> anyhow::Result<(Option<Vec<HostTensor>>, String)> {
    match &config.lpips_weights {
        None => Ok((
            None,
            format!(
                "no LPIPS weights given (--lpips FILE or config `lpips_weights`): the perceptual \
                 term is off, its weight is 0 (the config's perceptual_weight {} applies only \
                 with weights)",
                config.perceptual_weight
            ),
        )),
        Some(path) => {
            let values = load_lpips_weights(path, &Lpips::vgg16())?
                .into_iter()
                .map(|(_, v)| v)
                .collect();
            let note = format!(
                "LPIPS (VGG16) weights from {}: perceptual term on, weight {}",
                path.display(),
                config.perceptual_weight
            );
            Ok((Some(values), note))
        }
    }
}

/// Runs training; returns (steps done, the step it resumed from if any).
pub fn run(args: &TrainVqganArgs, plugin: Option<&Path>) -> anyhow::Result<(u64, Option<u64>)> {
    let mut config: VqganConfig = args.config.load(VqganConfig::default())?;
    if let Some(steps) = args.steps {
        config.total_steps = steps as usize;
    }
    if let Some(path) = &args.lpips {
        config.lpips_weights = Some(path.clone());
    }
    let dir = &args.out;
    let ckpts = CheckpointDir::new(dir.join("checkpoints"), KEEP_CHECKPOINTS);
    let latest = ckpts.load_latest()?;
    if let Some(ckpt) = &latest {
        // Read back through the type first, so keys added since (with serde defaults, e.g.
        // `code_restart_every`) compare as their defaults in runs saved before them.
        let saved: VqganConfig = serde_json::from_value(ckpt.config.clone())
            .with_context(|| format!("the config saved in {}", ckpts.path().display()))?;
        check_same_run(&serde_json::to_value(saved)?, &config, dir, "total_steps")?;
    }
    write_resolved_config(dir, &config)?;
    let batch = config.batch_size;
    let frames = frame_batches(&args.data, &config)?;
    let (lpips, lpips_note) = load_lpips(&config)?;
    eprintln!("train-vqgan: {lpips_note}");
    let options = VqganStepOptions {
        devices: args.devices,
        lpips: lpips.as_ref().map(|_| Lpips::vgg16()),
    };
    let weights = lpips.as_deref();
    let session = Session::new(Client::new(plugin)?);
    let mut trainer = match &latest {
        None => VqganTrainer::init_with(&session, &config, batch, config.seed, &options, weights)?,
        Some(ckpt) => {
            let path = ckpts.sidecar_path(ckpt.step);
            let steps = trace_vqgan_steps_with(&config, batch, &options)?;
            let gen = network_part(ckpt, &steps.generator, OPT_PREFIXES[0]);
            let disc = network_part(ckpt, &steps.discriminator, OPT_PREFIXES[1]);
            VqganTrainer::from_trainers(
                &session,
                &config,
                Trainer::resume(&session, steps.generator, &gen, &path)?,
                Trainer::resume(&session, steps.discriminator, &disc, &path)?,
                weights,
            )?
        }
    };
    if !args.quiet {
        match &latest {
            Some(c) => println!(
                "train-vqgan: resuming at step {} from {}",
                c.step,
                ckpts.path().display()
            ),
            None => println!("train-vqgan: new run in {}", dir.display()),
        }
    }
    let start = trainer.generator.steps_done();
    let total = config.total_steps as u64;
    let every = |n: usize| n.max(1) as u64;
    let recon_fn = reconstruction_function(&config, batch)?;
    let mut logger = RunLogger::open(dir, start + 1)?;
    logger.log_text("setup/lpips", &lpips_note, start + 1)?;
    let progress = Progress::new("train-vqgan", start, total, args.quiet);
    // Batch k of the run is read on a background thread while the device trains.
    let mut frames = frames.prefetch(start, PREFETCH_DEPTH);
    while trainer.generator.steps_done() < total {
        debug_assert_eq!(frames.next_index(), trainer.generator.steps_done());
        let images = frames.next_batch()?;
        let metrics = trainer.step(&images)?;
        let step = metrics.generator.step;
        let values = scalars(&metrics);
        if let Some((name, v)) = values.iter().find(|(_, v)| !v.is_finite()) {
            bail!("`{name}` became {v} at step {step}");
        }
        progress.set_position(step);
        if step % every(config.log_interval) == 0 || step == 1 || step == total {
            logger.log_scalars(values.iter().map(|(n, v)| (n.as_str(), *v)), step)?;
            if !args.quiet {
                let get = |n: &str| {
                    values
                        .iter()
                        .find(|(k, _)| k == n)
                        .map_or(f64::NAN, |x| x.1)
                };
                progress.println(format!(
                    "step {step}/{total}  l1 {:.4}  perplexity {:.2}  usage {:.2}  d_loss {:.4}",
                    get("gen/l1"),
                    get("gen/perplexity"),
                    get("gen/codebook_usage"),
                    get("disc/d_loss")
                ));
            }
        }
        if step % every(config.viz_interval) == 0 || step == total {
            let grid = recon_grid(&session, &recon_fn, &trainer.generator.params()?, &images)?;
            logger.log_image("recon/grid", &grid, step)?;
        }
        if step % every(config.save_interval) == 0 || step == total {
            logger.flush()?;
            ckpts
                .save(&combined_checkpoint(&trainer, &config)?)
                .with_context(|| format!("saving the checkpoint of step {step}"))?;
        }
    }
    logger.flush()?;
    progress.finish();
    Ok((trainer.generator.steps_done(), (start > 0).then_some(start)))
}
