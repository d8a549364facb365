//! Host images and videos for image summaries: 8-bit HWC pixels, encoded as PNG (stills and
//! video strips) or animated GIF (videos; TensorBoard's image tab plays them).

use super::LogError;

/// An 8-bit image, row-major `[height, width, channels]`, channels 1 (gray), 2 (gray+alpha),
/// 3 (RGB) or 4 (RGBA).
#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    pub height: u32,
    pub width: u32,
    pub channels: u32,
    pub pixels: Vec<u8>,
}

/// A pixel in [0, 1] as a byte: clamped, scaled to 255 and rounded; NaN becomes 0.
pub(crate) fn unit_to_byte(pixel: f64) -> u8 {
    // `as` saturates and maps NaN to 0.
    (pixel.clamp(0.0, 1.0) * 255.0).round() as u8
}

impl Image {
    /// Checks that `pixels` holds `height * width * channels` bytes and channels is 1-4.
    pub fn new(height: u32, width: u32, channels: u32, pixels: Vec<u8>) -> Result<Self, LogError> {
        let image = Image {
            height,
            width,
            channels,
            pixels,
        };
        image.check()?;
        Ok(image)
    }

    /// Converts float pixels in [0, 1] (clamped; NaN becomes 0) to 8 bits.
    pub fn from_unit_floats(
        height: u32,
        width: u32,
        channels: u32,
        pixels: &[f32],
    ) -> Result<Self, LogError> {
        let bytes = pixels.iter().map(|&p| unit_to_byte(f64::from(p))).collect();
        Image::new(height, width, channels, bytes)
    }

    fn check(&self) -> Result<(), LogError> {
        if !(1..=4).contains(&self.channels) {
            return Err(LogError::BadImage(format!(
                "{} channels (expected 1, 2, 3 or 4)",
                self.channels
            )));
        }
        let expected = self.height as usize * self.width as usize * self.channels as usize;
        if self.pixels.len() != expected || self.height == 0 || self.width == 0 {
            return Err(LogError::BadImage(format!(
                "{} pixel bytes for a non-empty [{}, {}, {}] image (expected {expected})",
                self.pixels.len(),
                self.height,
                self.width,
                self.channels
            )));
        }
        Ok(())
    }

    /// PNG bytes of this image.
    pub fn to_png(&self) -> Result<Vec<u8>, LogError> {
        self.check()?;
        let color = match self.channels {
            1 => png::ColorType::Grayscale,
            2 => png::ColorType::GrayscaleAlpha,
            3 => png::ColorType::Rgb,
            _ => png::ColorType::Rgba,
        };
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, self.width, self.height);
        encoder.set_color(color);
        encoder.set_depth(png::BitDepth::Eight);
        let png_error = |e: png::EncodingError| LogError::Encode(format!("PNG: {e}"));
        let mut writer = encoder.write_header().map_err(png_error)?;
        writer.write_image_data(&self.pixels).map_err(png_error)?;
        writer.finish().map_err(png_error)?;
        Ok(out)
    }

    /// RGBA pixels (gray is replicated, missing alpha is opaque).
    fn to_rgba(&self) -> Vec<u8> {
        self.pixels
            .chunks_exact(self.channels as usize)
            .flat_map(|p| match *p {
                [g] => [g, g, g, 255],
                [g, a] => [g, g, g, a],
                [r, g, b] => [r, g, b, 255],
                [r, g, b, a] => [r, g, b, a],
                _ => unreachable!("channels checked to be 1..=4"),
            })
            .collect()
    }
}

/// Checks that a video (or grid) has frames, all of one size and channel count.
fn check_frames(frames: &[Image]) -> Result<&Image, LogError> {
    let first = frames.first().ok_or_else(|| {
        LogError::BadImage("no images (a video or grid needs at least one)".into())
    })?;
    for (i, frame) in frames.iter().enumerate() {
        frame.check()?;
        if (frame.height, frame.width, frame.channels)
            != (first.height, first.width, first.channels)
        {
            return Err(LogError::BadImage(format!(
                "image {i} is [{}, {}, {}] but image 0 is [{}, {}, {}] (video frames and grid cells share one size)",
                frame.height,
                frame.width,
                frame.channels,
                first.height,
                first.width,
                first.channels
            )));
        }
    }
    Ok(first)
}

/// The frames side by side, left to right, as one image (a "strip").
pub fn video_strip(frames: &[Image]) -> Result<Image, LogError> {
    image_grid(frames, frames.len())
}

/// Equal-sized images tiled row by row, `columns` per row; cells after the last image are
/// black (transparent when there is alpha). For sample grids, e.g. reconstructions.
pub fn image_grid(images: &[Image], columns: usize) -> Result<Image, LogError> {
    let first = check_frames(images)?;
    if columns == 0 {
        return Err(LogError::BadImage("an image grid with 0 columns".into()));
    }
    let rows = images.len().div_ceil(columns);
    let (cell_height, cell_row_bytes) = (
        first.height as usize,
        (first.width * first.channels) as usize,
    );
    let too_big = || {
        LogError::BadImage(format!(
            "a grid of {rows}x{columns} images of {}x{} is too large",
            first.height, first.width
        ))
    };
    let height = u32::try_from(rows * cell_height).map_err(|_| too_big())?;
    let width = u32::try_from(columns)
        .ok()
        .and_then(|c| c.checked_mul(first.width))
        .ok_or_else(too_big)?;
    let mut pixels = vec![0u8; rows * cell_height * columns * cell_row_bytes];
    for (index, image) in images.iter().enumerate() {
        let (grid_row, grid_column) = (index / columns, index % columns);
        for row in 0..cell_height {
            let start = ((grid_row * cell_height + row) * columns + grid_column) * cell_row_bytes;
            let source = &image.pixels[row * cell_row_bytes..(row + 1) * cell_row_bytes];
            pixels[start..start + cell_row_bytes].copy_from_slice(source);
        }
    }
    Image::new(height, width, first.channels, pixels)
}

/// An animated GIF of the frames, looping forever, `frame_delay_centis` hundredths of a second
/// per frame. GIF has a 256-colour palette per frame, so colours are quantized (NeuQuant).
pub fn video_gif(frames: &[Image], frame_delay_centis: u16) -> Result<Vec<u8>, LogError> {
    let first = check_frames(frames)?;
    let too_big = || {
        LogError::BadImage(format!(
            "GIF frames are at most 65535 pixels wide and high, got {}x{}",
            first.height, first.width
        ))
    };
    let width = u16::try_from(first.width).map_err(|_| too_big())?;
    let height = u16::try_from(first.height).map_err(|_| too_big())?;
    let gif_error = |e: gif::EncodingError| LogError::Encode(format!("GIF: {e}"));
    let mut out = Vec::new();
    {
        let mut encoder = gif::Encoder::new(&mut out, width, height, &[]).map_err(gif_error)?;
        encoder
            .set_repeat(gif::Repeat::Infinite)
            .map_err(gif_error)?;
        for image in frames {
            // Speed 10 trades a little palette quality for much faster quantization.
            let mut frame = gif::Frame::from_rgba_speed(width, height, &mut image.to_rgba(), 10);
            frame.delay = frame_delay_centis;
            encoder.write_frame(&frame).map_err(gif_error)?;
        }
    }
    Ok(out)
}
