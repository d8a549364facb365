//! Loading the LPIPS weights file: a safetensors file with one f32 tensor per parameter of
//! `Lpips::param_specs`, named without the `lpips/` prefix (`vgg/conv1_1/kernel`
//! `[3, 3, 3, 64]` HWIO, `vgg/conv1_1/bias` `[64]`, .., `vgg/conv5_3/kernel`
//! `[3, 3, 512, 512]`, `lin0/weight` `[64]` .. `lin4/weight` `[512]`; the lin weights must be
//! non-negative). `tools/lpips/convert.py` writes it from the public torch weights (torchvision
//! VGG16 + the LPIPS v0.1 lin layers). Extra tensors are ignored.

use super::{Lpips, LPIPS_SCOPE};
use crate::host::HostTensor;
use crate::train::safetensors::decode;
use crate::DType;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum LpipsError {
    #[error("LPIPS weights {path}: {error}")]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("LPIPS weights {path}: not a safetensors file: {message}")]
    Format { path: PathBuf, message: String },
    #[error("LPIPS weights {path}: no tensor `{name}` (expected {expected}; `tools/lpips/convert.py` writes every one)")]
    Missing {
        path: PathBuf,
        name: String,
        expected: String,
    },
    #[error("LPIPS weights {path}: tensor `{name}` is {got}, expected {expected}")]
    Mismatch {
        path: PathBuf,
        name: String,
        got: String,
        expected: String,
    },
}

/// Reads the weights of `net` from `path`; returns `(name with the lpips/ prefix, value)` in
/// `net.param_specs()` order.
pub fn load_lpips_weights(
    path: &Path,
    net: &Lpips,
) -> Result<Vec<(String, HostTensor)>, LpipsError> {
    let bytes = std::fs::read(path).map_err(|error| LpipsError::Io {
        path: path.to_path_buf(),
        error,
    })?;
    let decoded = decode(&bytes).map_err(|message| LpipsError::Format {
        path: path.to_path_buf(),
        message,
    })?;
    let prefix = format!("{LPIPS_SCOPE}/");
    let mut out = Vec::new();
    for spec in net.param_specs() {
        let name = spec.name.strip_prefix(&prefix).unwrap_or(&spec.name);
        let expected = format!("f32{:?}", spec.dims);
        let found = decoded.tensors.iter().find(|(n, _)| n == name);
        let Some((_, value)) = found else {
            return Err(LpipsError::Missing {
                path: path.to_path_buf(),
                name: name.to_string(),
                expected,
            });
        };
        let mismatch = |got: String, expected: String| LpipsError::Mismatch {
            path: path.to_path_buf(),
            name: name.to_string(),
            got,
            expected,
        };
        if value.dtype() != DType::F32 || value.dims() != spec.dims {
            let got = format!("{}{:?}", value.dtype(), value.dims());
            return Err(mismatch(got, expected));
        }
        if name.starts_with("lin") {
            if let Some(v) = value
                .to_f64_vec()
                .into_iter()
                .find(|v| v.is_nan() || *v < 0.0)
            {
                return Err(mismatch(
                    format!("holding {v}"),
                    "non-negative channel weights".to_string(),
                ));
            }
        }
        out.push((spec.name.clone(), value.clone()));
    }
    Ok(out)
}
