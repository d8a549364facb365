//! `viper reconstruct --run DIR --data DIR --out FILE.png [--episode K] [--frames N]`: the
//! first `N` frames of test episode `K` (train split if there is no test split) over their
//! reconstructions by the newest checkpoint of a `viper train-vqgan` run, as one PNG grid.

use super::train_vqgan::{recon_grid, reconstruction_function};
use crate::data::{frames_to_signed_unit, EpisodeDataset, Split};
use crate::models::vqgan::VqganRun;
use crate::runtime::Client;
use crate::session::Session;
use anyhow::{bail, Context};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, clap::Args)]
pub struct ReconstructArgs {
    /// A `viper train-vqgan` run directory (its newest checkpoint is used).
    #[arg(long)]
    pub run: PathBuf,
    /// Episode dataset.
    #[arg(long)]
    pub data: PathBuf,
    /// The PNG to write.
    #[arg(long)]
    pub out: PathBuf,
    /// Which episode of the split (0-based, in dataset order).
    #[arg(long, default_value_t = 0)]
    pub episode: usize,
    /// How many frames (from the episode's start; fewer if it is shorter).
    #[arg(long, default_value_t = 8)]
    pub frames: usize,
}

/// Writes the grid; returns the number of frames shown.
pub fn run(args: &ReconstructArgs, plugin: Option<&Path>) -> anyhow::Result<usize> {
    let VqganRun {
        config, checkpoint, ..
    } = VqganRun::open(&args.run)?;
    let dataset = EpisodeDataset::open(&args.data)?;
    let split = if dataset.episodes(Split::Test).next().is_some() {
        Split::Test
    } else {
        Split::Train
    };
    let count = dataset.episodes(split).count();
    let Some((label, file)) = dataset.episodes(split).nth(args.episode) else {
        bail!(
            "--episode {}: the {split:?} split has {count} episodes",
            args.episode
        );
    };
    if args.frames == 0 {
        bail!("--frames must be at least 1");
    }
    let mut episode = file.load()?;
    if let Some(masks) = dataset.masks()? {
        masks.apply(&dataset.tasks()[label].name, &mut episode.frames)?;
    }
    let frames: Vec<&[u8]> = (0..args.frames.min(episode.len))
        .filter_map(|i| episode.frame(i))
        .collect();
    let images = frames_to_signed_unit(&frames, config.image_size)?;
    let session = Session::new(Client::new(plugin)?);
    let function = reconstruction_function(&config, frames.len())?;
    let grid = recon_grid(&session, &function, &checkpoint.params, &images)?;
    std::fs::write(&args.out, grid.to_png()?)
        .with_context(|| format!("writing {}", args.out.display()))?;
    Ok(frames.len())
}
