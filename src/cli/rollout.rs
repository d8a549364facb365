//! `viper rollout --videogpt DIR --episodes DIR --out FILE.gif [--ctx K] [--episode N]
//! [--clips C] [--seed S] [--latest] [--raw]`: VideoGPT continuations of true clips as a GIF.
//! Clips are drawn from the test split (train if it has none) as in training; the first `K`
//! frames of each are given (green border), the rest are sampled token by token (red
//! border), and the truth is shown to the right of each sample. Frames are decoded by the
//! VQ-GAN the run was trained with (refused if it changed since).
//!
//! `comparison_video` (the side-by-side frames) and `sample_clips` are shared with
//! `viper train-videogpt`'s `viz/sample` summaries.

use crate::data::ClipBatch;
use crate::host::HostTensor;
use crate::logging::Image;
use crate::models::vqgan::VqganRun;
use crate::session::Session;
use anyhow::{bail, Context};

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
