//! Images and videos from host tensors: `[H, W]` or `[H, W, C]` images and `[T, H, W]` or
//! `[T, H, W, C]` videos, either u8 pixels or float pixels in [0, 1] (as models output them).

use super::image::{unit_to_byte, Image};
use super::LogError;
use crate::{DType, HostTensor};

/// 8-bit pixels of `tensor`: u8 as is, floats scaled from [0, 1] (clamped; NaN becomes 0).
fn pixel_bytes(tensor: &HostTensor, what: &str) -> Result<Vec<u8>, LogError> {
    match tensor.dtype() {
        DType::U8 => Ok(tensor.as_bytes().to_vec()),
        DType::F16 | DType::BF16 | DType::F32 | DType::F64 => {
            Ok(tensor.to_f64_vec().into_iter().map(unit_to_byte).collect())
        }
        other => Err(LogError::BadImage(format!(
            "{what} of dtype {other}: expected u8 or a float dtype"
        ))),
    }
}

fn dim(value: usize, what: &str) -> Result<u32, LogError> {
    u32::try_from(value).map_err(|_| LogError::BadImage(format!("{what} {value} is too large")))
}

/// `(height, width, channels)` of an image shape `[H, W]` or `[H, W, C]`.
fn image_shape(dims: &[usize], what: &str) -> Result<(u32, u32, u32), LogError> {
    match *dims {
        [h, w] => Ok((dim(h, "height")?, dim(w, "width")?, 1)),
        [h, w, c] => Ok((dim(h, "height")?, dim(w, "width")?, dim(c, "channels")?)),
        _ => Err(LogError::BadImage(format!(
            "{what} of shape {dims:?}: expected [H, W] or [H, W, C]"
        ))),
    }
}

impl Image {
    /// An image from a `[H, W]` or `[H, W, C]` tensor (C in 1..=4).
    pub fn from_tensor(tensor: &HostTensor) -> Result<Image, LogError> {
        let (height, width, channels) = image_shape(tensor.dims(), "image tensor")?;
        Image::new(
            height,
            width,
            channels,
            pixel_bytes(tensor, "image tensor")?,
        )
    }
}

/// The frames of a `[T, H, W]` or `[T, H, W, C]` video tensor.
pub fn frames_from_tensor(tensor: &HostTensor) -> Result<Vec<Image>, LogError> {
    let dims = tensor.dims();
    let Some((&frames, frame_dims)) = dims
        .split_first()
        .filter(|(_, rest)| matches!(rest.len(), 2 | 3))
    else {
        return Err(LogError::BadImage(format!(
            "video tensor of shape {dims:?}: expected [T, H, W] or [T, H, W, C]"
        )));
    };
    let (height, width, channels) = image_shape(frame_dims, "video frame")?;
    let frame_len = (height * width * channels) as usize;
    if frames == 0 || frame_len == 0 {
        return Err(LogError::BadImage(format!(
            "video tensor of shape {dims:?} is empty"
        )));
    }
    let pixels = pixel_bytes(tensor, "video tensor")?;
    pixels
        .chunks_exact(frame_len)
        .map(|p| Image::new(height, width, channels, p.to_vec()))
        .collect()
}
