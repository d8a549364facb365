//! `viper encode --run DIR --data DIR --out DIR [--batch N]`: every episode of a dataset
//! (both splits) as its VQ-GAN codes under the newest checkpoint of a `viper train-vqgan`
//! run: `<out>/<task>/<split>/<name>.npz` mirrors the input layout and holds `codes`, int32
//! `[T, h, w]`. Each task's frame mask (`<root>/mask_map.npz`, if any) is multiplied into
//! its frames before encoding, as in training. Frames go through one compiled encoder in batches of `N` (the last batch of
//! an episode padded with its final frame; padded rows are dropped).

use super::reconstruct::load_run;
use crate::data::npz::write_i32_npz;
use crate::data::{frames_to_signed_unit, Compression, EpisodeDataset, Split};
use crate::graph::FunctionBuilder;
use crate::models::vqgan::Vqgan;
use crate::nn::Scope;
use crate::runtime::Client;
use crate::session::Session;
use crate::DType;
use anyhow::{bail, Context};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, clap::Args)]
pub struct EncodeArgs {
    /// A `viper train-vqgan` run directory (its newest checkpoint is used).
    #[arg(long)]
    pub run: PathBuf,
    /// Episode dataset to encode.
    #[arg(long)]
    pub data: PathBuf,
    /// Output folder (the dataset's layout, one npz of codes per episode).
    #[arg(long)]
    pub out: PathBuf,
    /// Frames per encoder call.
    #[arg(long, default_value_t = 32)]
    pub batch: usize,
}

/// Encodes the dataset; returns the number of episodes written.
pub fn run(args: &EncodeArgs, plugin: Option<&Path>) -> anyhow::Result<usize> {
    if args.batch == 0 {
        bail!("--batch must be at least 1");
    }
    let (ckpt, config) = load_run(&args.run)?;
    let dataset = EpisodeDataset::open(&args.data)?;
    let masks = dataset.masks()?;
    let s = config.image_size;
    let fb = FunctionBuilder::new("vqgan_encode");
    let images = fb.input("images", DType::F32, &[args.batch, s, s, 3]);
    let codes = Vqgan::new(&config)?
        .encode(&Scope::new(&fb), &images, None)
        .codes;
    let function = fb.finish(&[codes.convert(DType::I32)])?;
    let mut params = Vec::new();
    for input in &function.inputs()[1..] {
        let value = ckpt.params.iter().find(|(n, _)| *n == input.name);
        let (_, value) =
            value.with_context(|| format!("checkpoint: no parameter `{}`", input.name))?;
        params.push(value.clone());
    }
    let session = Session::new(Client::new(plugin)?);
    let compiled = session.compile(&function)?;
    let [h, w] = config.code_grid();
    let mut written = 0;
    for split in [Split::Train, Split::Test] {
        for (label, file) in dataset.episodes(split) {
            let mut episode = file.load()?;
            if let Some(masks) = &masks {
                masks.apply(&dataset.tasks()[label].name, &mut episode.frames)?;
            }
            let mut all = Vec::with_capacity(episode.len * h * w);
            for start in (0..episode.len).step_by(args.batch) {
                let frames: Vec<&[u8]> = (start..start + args.batch)
                    .filter_map(|i| episode.frame(i.min(episode.len - 1)))
                    .collect();
                let mut inputs = vec![frames_to_signed_unit(&frames, s)?];
                inputs.extend(params.iter().cloned());
                let out = compiled.run(&inputs)?.remove(0);
                let real = (episode.len - start).min(args.batch);
                let values: Vec<i32> = out.to_f64_vec().into_iter().map(|v| v as i32).collect();
                all.extend_from_slice(&values[..real * h * w]);
            }
            let relative = file.path.strip_prefix(dataset.root()).unwrap_or(&file.path);
            let target = args.out.join(relative);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("creating {}", parent.display()))?;
            }
            write_i32_npz(
                &target,
                "codes",
                &[episode.len, h, w],
                &all,
                Compression::Deflated,
            )?;
            written += 1;
        }
    }
    Ok(written)
}
