//! `viper encode --run DIR --data DIR --out DIR [--batch N]`: every episode of a dataset
//! (both splits) as its VQ-GAN codes under the newest checkpoint of a `viper train-vqgan`
//! run: `<out>/<task>/<split>/<name>.npz` mirrors the input layout and holds `codes`, int32
//! `[T, h, w]`. Each task's frame mask (`<root>/mask_map.npz`, if any) is multiplied into
//! its frames before encoding, as in training. Frames go through one compiled encoder
//! (`models::vqgan::FrameEncoder`) in batches of `N`.

use crate::data::npz::write_i32_npz;
use crate::data::{Compression, EpisodeDataset, Split};
use crate::models::vqgan::VqganRun;
use crate::runtime::Client;
use crate::session::Session;
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
    let vqgan = VqganRun::open(&args.run)?;
    let dataset = EpisodeDataset::open(&args.data)?;
    let masks = dataset.masks()?;
    let session = Session::new(Client::new(plugin)?);
    let encoder = vqgan.encoder(&session, args.batch)?;
    let [h, w] = vqgan.grid();
    let mut written = 0;
    for split in [Split::Train, Split::Test] {
        for (label, file) in dataset.episodes(split) {
            let mut episode = file.load()?;
            if let Some(masks) = &masks {
                masks.apply(&dataset.tasks()[label].name, &mut episode.frames)?;
            }
            let frames: Vec<&[u8]> = (0..episode.len).filter_map(|i| episode.frame(i)).collect();
            let all = encoder.encode(&frames)?;
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
