//! `viper show`: writes an episode file as an animated GIF or a PNG contact sheet (frames left
//! to right, top to bottom), to look at collected data.

use std::fs::File;
use std::io::BufWriter;
use std::path::PathBuf;

use anyhow::{bail, Context};

use crate::data::load_episode;
use crate::envs::IMAGE_SHAPE;

#[derive(clap::Args, Clone, Debug)]
pub struct ShowArgs {
    /// An episode .npz (arr_0, uint8 [T, 64, 64, 3]).
    #[arg(long)]
    pub episode: PathBuf,
    /// Output .gif (animation) or .png (grid of frames).
    #[arg(long)]
    pub out: PathBuf,
    /// Keep every K-th frame.
    #[arg(long, default_value_t = 1)]
    pub every: usize,
    /// Frames per row of a PNG.
    #[arg(long, default_value_t = 10)]
    pub columns: usize,
    /// GIF frame delay in hundredths of a second.
    #[arg(long, default_value_t = 4)]
    pub delay: u16,
}

/// Writes the picture; returns how many frames it shows.
pub fn show(args: &ShowArgs) -> anyhow::Result<usize> {
    if args.every == 0 || args.columns == 0 {
        bail!("--every and --columns must be at least 1");
    }
    let episode = load_episode(&args.episode)?;
    let frames: Vec<&[u8]> = (0..episode.len)
        .step_by(args.every)
        .filter_map(|i| episode.frame(i))
        .collect();
    let extension = args
        .out
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("gif") => write_gif(args, &frames)?,
        Some("png") => write_png(args, &frames)?,
        _ => bail!(
            "--out {}: expected a .gif or .png file name",
            args.out.display()
        ),
    }
    Ok(frames.len())
}

fn create(args: &ShowArgs) -> anyhow::Result<BufWriter<File>> {
    let file =
        File::create(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    Ok(BufWriter::new(file))
}

fn write_gif(args: &ShowArgs, frames: &[&[u8]]) -> anyhow::Result<()> {
    let [h, w, _] = IMAGE_SHAPE.map(|d| d as u16);
    let mut encoder = gif::Encoder::new(create(args)?, w, h, &[])?;
    encoder.set_repeat(gif::Repeat::Infinite)?;
    for frame in frames {
        // Each frame gets its own 256-colour palette (NeuQuant at speed 10).
        let mut gif_frame = gif::Frame::from_rgb_speed(w, h, frame, 10);
        gif_frame.delay = args.delay;
        encoder.write_frame(&gif_frame)?;
    }
    Ok(())
}

fn write_png(args: &ShowArgs, frames: &[&[u8]]) -> anyhow::Result<()> {
    let [h, w, c] = IMAGE_SHAPE;
    let columns = args.columns.min(frames.len()).max(1);
    let rows = frames.len().div_ceil(columns);
    let (width, height) = (columns * w, rows * h);
    let mut sheet = vec![0u8; width * height * c];
    for (i, frame) in frames.iter().enumerate() {
        let (row0, col0) = ((i / columns) * h, (i % columns) * w);
        for y in 0..h {
            let dst = ((row0 + y) * width + col0) * c;
            sheet[dst..dst + w * c].copy_from_slice(&frame[y * w * c..(y + 1) * w * c]);
        }
    }
    let mut encoder = png::Encoder::new(create(args)?, width as u32, height as u32);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.write_header()?.write_image_data(&sheet)?;
    Ok(())
}
