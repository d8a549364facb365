//! `viper rollout --videogpt DIR --episodes DIR --out FILE.gif [--ctx K] [--clips C]
//! [--seed S] [--latest] [--raw]`: VideoGPT continuations of true clips as a GIF.
//! Clips are drawn from the test split (train if it has none) as in training; the first `K`
//! frames of each are given (green border), the rest are sampled token by token (red
//! border), and the truth is shown to the right of each sample. Frames are decoded by the
//! VQ-GAN the run was trained with (refused if it changed since).
//!
//! `comparison_video` (the side-by-side frames) and `sample_clips` are shared with
//! `viper train-videogpt`'s `viz/sample` summaries.

use crate::data::{ClipBatch, ClipBatches, ClipSpec, EpisodeCodes, EpisodeDataset, Split};
use crate::host::HostTensor;
use crate::logging::{video_gif, Image};
use crate::models::videogpt::{
    input_values, trace_sampler, CodeSpace, VideoGpt, VideoGptConfig, VideoGptRun, Which,
    PARAM_ROOT,
};
use crate::models::vqgan::VqganRun;
use crate::runtime::Client;
use crate::session::Session;
use crate::train::step_key;
use anyhow::{bail, Context};
use std::path::{Path, PathBuf};

const GREEN: [u8; 3] = [0, 200, 0];
const RED: [u8; 3] = [220, 0, 0];

/// `frame` (f32 `[S, S, 3]` in [0, 1], row-major) with a `border`-pixel frame of `color`.
fn bordered(frame: &[f32], size: usize, border: usize, color: [u8; 3]) -> anyhow::Result<Image> {
    let outer = size + 2 * border;
    let mut pixels = Vec::with_capacity(outer * outer * 3);
    for y in 0..outer {
        for x in 0..outer {
            let inside =
                (border..border + size).contains(&y) && (border..border + size).contains(&x);
            if inside {
                let at = ((y - border) * size + (x - border)) * 3;
                pixels.extend(
                    frame[at..at + 3]
                        .iter()
                        .map(|p| (p.clamp(0.0, 1.0) * 255.0).round() as u8),
                );
            } else {
                pixels.extend(color);
            }
        }
    }
    Ok(Image::new(outer as u32, outer as u32, 3, pixels)?)
}

/// The frames of a side-by-side video: row `i` shows sampled clip `i` (its first `ctx`
/// frames with a green border, the generated ones red) next to the true clip (no colour:
/// a black border). `samples` are code clips `i32 [N, T, h, w]`; the true clips are the
/// first `N` of `truth`.
pub fn comparison_video(
    vqgan: &VqganRun,
    session: &Session,
    samples: &HostTensor,
    truth: &ClipBatch,
    ctx: usize,
) -> anyhow::Result<Vec<Image>> {
    let dims = samples.dims().to_vec();
    let [n, t, h, w] = dims[..] else {
        bail!("sampled clips of shape {dims:?}, expected [N, T, h, w]");
    };
    let per_clip = t * h * w;
    let sampled: Vec<i32> = samples.to_vec()?;
    let true_codes: Vec<i32> = truth.codes.to_vec()?;
    if true_codes.len() < n * per_clip {
        bail!(
            "{n} sampled clips but only {} true ones",
            true_codes.len() / per_clip
        );
    }
    let decoder = vqgan.decoder(session, n * t)?;
    let decode =
        |codes: &[i32]| -> anyhow::Result<Vec<f32>> { Ok(decoder.decode(codes)?.to_vec::<f32>()?) };
    let sample_frames = decode(&sampled)?;
    let true_frames = decode(&true_codes[..n * per_clip])?;
    let s = vqgan.config.image_size;
    let border = (s / 16).max(1);
    let frame_len = s * s * 3;
    let mut video = Vec::with_capacity(t);
    for f in 0..t {
        let mut cells = Vec::with_capacity(2 * n);
        for clip in 0..n {
            let at = (clip * t + f) * frame_len;
            let color = if f < ctx { GREEN } else { RED };
            cells.push(bordered(
                &sample_frames[at..at + frame_len],
                s,
                border,
                color,
            )?);
            cells.push(bordered(
                &true_frames[at..at + frame_len],
                s,
                border,
                [0, 0, 0],
            )?);
        }
        video.push(crate::logging::image_grid(&cells, 2).context("comparison frame")?);
    }
    Ok(video)
}

/// A trained VideoGPT ready to sample: its config, code space, parameters (by name) and
/// the VQ-GAN codebook.
pub struct Sampling<'a> {
    pub session: &'a Session,
    pub config: &'a VideoGptConfig,
    pub code_space: CodeSpace,
    pub params: &'a [(String, HostTensor)],
    pub codebook: &'a HostTensor,
}

impl Sampling<'_> {
    /// Continuations of the first `clips` true clips of `truth` (their first `ctx` frames
    /// given) through the KV-cached sampler: codes `i32 [clips, T, h, w]`; `seed` keys the
    /// draws.
    pub fn sample(
        &self,
        truth: &ClipBatch,
        ctx: usize,
        clips: usize,
        seed: u64,
    ) -> anyhow::Result<HostTensor> {
        let available = truth.labels.dims()[0];
        if clips == 0 || clips > available {
            bail!("{clips} clips to sample from {available} true clips");
        }
        let model = VideoGpt::new(self.config, self.code_space)?;
        let program = trace_sampler(&model, clips, ctx, PARAM_ROOT)?;
        let [_, t, h, w] = truth.codes.dims()[..] else {
            bail!(
                "true clips of shape {:?}, expected [B, T, h, w]",
                truth.codes.dims()
            );
        };
        let codes: Vec<i32> = truth.codes.to_vec()?;
        let labels: Vec<i32> = truth.labels.to_vec()?;
        let labels = match self.config.label_classes() {
            Some(_) => Some(HostTensor::from_slice(&[clips], &labels[..clips])?),
            None => None,
        };
        let mut inputs = input_values(
            HostTensor::from_slice(&[clips, t, h, w], &codes[..clips * t * h * w])?,
            labels,
            self.codebook.clone(),
        );
        inputs.push(step_key(seed, 0));
        let given = inputs.len();
        for input in &program.function.inputs()[given..] {
            let (_, value) = self
                .params
                .iter()
                .find(|(n, _)| *n == input.name)
                .with_context(|| format!("sampling: no parameter `{}`", input.name))?;
            inputs.push(value.clone());
        }
        Ok(self.session.run(&program.function, &inputs)?.remove(0))
    }
}

#[derive(Clone, Debug, clap::Args)]
pub struct RolloutArgs {
    /// A `viper train-videogpt` run directory.
    #[arg(long)]
    pub videogpt: PathBuf,
    /// Episode dataset to take the true clips from (its test split; train if it has none).
    #[arg(long)]
    pub episodes: PathBuf,
    /// The GIF to write.
    #[arg(long)]
    pub out: PathBuf,
    /// Given (context) frames per clip (default: the config's `open_loop_ctx`).
    #[arg(long)]
    pub ctx: Option<usize>,
    /// Clips to sample, one row each.
    #[arg(long, default_value_t = 4)]
    pub clips: usize,
    /// Seeds which clips are drawn and the sampling.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Use the latest checkpoint instead of the best-validation one.
    #[arg(long)]
    pub latest: bool,
    /// Use the raw parameters instead of their EMA.
    #[arg(long)]
    pub raw: bool,
    /// Hundredths of a second per GIF frame.
    #[arg(long, default_value_t = 25)]
    pub frame_delay: u16,
}

/// The true clips: `clips` clips of the chosen split, labelled by the run's class map.
fn true_clips(
    run: &VideoGptRun,
    vqgan: &VqganRun,
    session: &Session,
    args: &RolloutArgs,
) -> anyhow::Result<ClipBatch> {
    let dataset = EpisodeDataset::open(&args.episodes)?;
    let split = if dataset.episodes(Split::Test).next().is_some() {
        Split::Test
    } else {
        Split::Train
    };
    let mut chosen = Vec::new();
    for (index, file) in dataset.episodes(split) {
        let task = &dataset.tasks()[index].name;
        let label = match run.class_map.get(task) {
            Some(&label) => label,
            None if run.config.class_cond => bail!(
                "task `{task}` of {} is not one the class-conditional model {} knows; known: {:?}",
                args.episodes.display(),
                run.dir.display(),
                run.class_map.keys().collect::<Vec<_>>()
            ),
            None => 0,
        };
        chosen.push((task, label, file));
    }
    let masks = dataset.masks()?;
    let encoder = vqgan.encoder(session, 32)?;
    let mut codes = Vec::new();
    for (task, label, file) in chosen {
        let mut episode = file.load()?;
        if let Some(masks) = &masks {
            masks.apply(task, &mut episode.frames)?;
        }
        let frames: Vec<&[u8]> = (0..episode.len).filter_map(|i| episode.frame(i)).collect();
        codes.push(EpisodeCodes {
            name: file.path.display().to_string(),
            label,
            len: episode.len,
            codes: encoder.encode(&frames)?,
        });
    }
    let spec = ClipSpec {
        seq_len: run.config.seq_len,
        frame_skip: run.config.frame_skip,
    };
    let mut batches = ClipBatches::new(codes, spec, vqgan.grid(), args.clips, args.seed)
        .with_context(|| {
            format!(
                "the {} split of {}",
                split.dir_name(),
                args.episodes.display()
            )
        })?;
    if !batches.short_episodes().is_empty() {
        eprintln!(
            "rollout: episodes shorter than one clip ({} frames) are skipped: {}",
            spec.req_len(),
            batches.short_episodes().join(", ")
        );
    }
    Ok(batches.batch(0))
}

/// Writes the GIF; returns the number of clips shown.
pub fn run(args: &RolloutArgs, plugin: Option<&Path>) -> anyhow::Result<usize> {
    let run = VideoGptRun::open(&args.videogpt)?;
    let ctx = args.ctx.unwrap_or(run.config.open_loop_ctx);
    if ctx == 0 || ctx >= run.config.seq_len {
        bail!(
            "--ctx {ctx}: expected 1..{} (at least one given and one sampled frame of a {}-frame clip)",
            run.config.seq_len,
            run.config.seq_len
        );
    }
    if args.clips == 0 {
        bail!("--clips must be at least 1");
    }
    let vqgan = run.open_vqgan()?;
    let which = if args.latest {
        Which::Latest
    } else {
        Which::Best
    };
    let params: Vec<(String, HostTensor)> = run
        .params(which, !args.raw)?
        .iter()
        .map(|(n, t)| (n.to_string(), t.clone()))
        .collect();
    let session = Session::new(Client::new(plugin)?);
    let truth = true_clips(&run, &vqgan, &session, args)?;
    let codebook = vqgan.codebook()?;
    let sampling = Sampling {
        session: &session,
        config: &run.config,
        code_space: run.code_space,
        params: &params,
        codebook: &codebook,
    };
    let samples = sampling.sample(&truth, ctx, args.clips, args.seed)?;
    let frames = comparison_video(&vqgan, &session, &samples, &truth, ctx)?;
    std::fs::write(&args.out, video_gif(&frames, args.frame_delay)?)
        .with_context(|| format!("writing {}", args.out.display()))?;
    Ok(args.clips)
}
