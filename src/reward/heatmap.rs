//! The paper's uncertainty figure: a window's frames over their per-code negative
//! log-likelihoods, each code's value spread over the pixels it covers (nearest upsampling)
//! and coloured from dark (likely) to bright (surprising).
//!
//! Layout: row 1 the `T` frames of the window as the model sees them (masked), row 2 the
//! heatmaps, frames side by side left to right (oldest first).

use crate::envs::IMAGE_SHAPE;
use crate::logging::image::{image_grid, Image};
use crate::logging::LogError;

/// Anchor colours of the heat scale, from 0 (likely) to 1 (surprising): black, purple, red,
/// orange, pale yellow. Values between anchors are interpolated linearly.
const HEAT_ANCHORS: [[f64; 3]; 5] = [
    [0.0, 0.0, 0.0],
    [90.0, 20.0, 125.0],
    [205.0, 50.0, 75.0],
    [250.0, 150.0, 35.0],
    [252.0, 252.0, 170.0],
];

/// The colour of `value` in [0, 1] (clamped; NaN is black).
pub fn heat_colour(value: f64) -> [u8; 3] {
    let v = if value.is_nan() {
        0.0
    } else {
        value.clamp(0.0, 1.0)
    };
    let position = v * (HEAT_ANCHORS.len() - 1) as f64;
    let lower = (position.floor() as usize).min(HEAT_ANCHORS.len() - 2);
    let weight = position - lower as f64;
    let (a, b) = (HEAT_ANCHORS[lower], HEAT_ANCHORS[lower + 1]);
    std::array::from_fn(|c| (a[c] + weight * (b[c] - a[c])).round() as u8)
}

/// The figure for `frames` (`T` frames of `[64, 64, 3]` bytes) and their token
/// log-probabilities (`T * h * w` values, raster order): NLL `-log p` scaled by `nll_max`
/// (values above it saturate). Returns the image.
pub fn heatmap_figure(
    frames: &[u8],
    token_log_probs: &[f32],
    grid: [usize; 2],
    nll_max: f64,
) -> Result<Image, LogError> {
    let [height, width, channels] = IMAGE_SHAPE;
    let frame_bytes = height * width * channels;
    let [h, w] = grid;
    let count = frames.len() / frame_bytes;
    if frames.len() != count * frame_bytes
        || token_log_probs.len() != count * h * w
        || h == 0
        || w == 0
    {
        return Err(LogError::BadImage(format!(
            "heatmap: {} frame bytes and {} token values do not make frames of {IMAGE_SHAPE:?} with a {h}x{w} code grid",
            frames.len(),
            token_log_probs.len()
        )));
    }
    let mut cells = Vec::with_capacity(2 * count);
    for frame in frames.chunks_exact(frame_bytes) {
        cells.push(Image::new(height as u32, width as u32, 3, frame.to_vec())?);
    }
    for values in token_log_probs.chunks_exact(h * w) {
        let mut pixels = Vec::with_capacity(frame_bytes);
        for row in 0..height {
            for column in 0..width {
                let code = (row * h / height) * w + column * w / width;
                let nll = -f64::from(values[code]);
                pixels.extend_from_slice(&heat_colour(nll / nll_max));
            }
        }
        cells.push(Image::new(height as u32, width as u32, 3, pixels)?);
    }
    image_grid(&cells, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_and_upsampling() {
        assert_eq!(heat_colour(0.0), [0, 0, 0]);
        assert_eq!(heat_colour(1.0), [252, 252, 170]);
        assert_eq!(heat_colour(f64::NAN), [0, 0, 0]);
        // Halfway between anchors 1 and 2 (value 0.375 = position 1.5).
        assert_eq!(heat_colour(0.375), [148, 35, 100]);
        // One frame, a 2x2 grid: NLL 0 in the top-left code, 4 (= max) in the others.
        let frames = vec![7u8; 64 * 64 * 3];
        let figure = heatmap_figure(&frames, &[0.0, -4.0, -4.0, -4.0], [2, 2], 4.0).unwrap();
        assert_eq!((figure.height, figure.width), (128, 64));
        let pixel = |row: usize, col: usize| {
            let at = (row * 64 + col) * 3;
            [
                figure.pixels[at],
                figure.pixels[at + 1],
                figure.pixels[at + 2],
            ]
        };
        assert_eq!(pixel(0, 0), [7, 7, 7]);
        assert_eq!(pixel(64 + 31, 31), [0, 0, 0]);
        assert_eq!(pixel(64 + 31, 32), [252, 252, 170]);
        assert_eq!(pixel(64 + 32, 0), [252, 252, 170]);
    }
}
