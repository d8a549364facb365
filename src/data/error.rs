//! Errors of the data layer; each names the file (and array) involved and what was expected.

use std::path::PathBuf;

use thiserror::Error;

#[derive(Debug, Error)]
pub enum DataError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not a readable npz (zip) file: {source}")]
    Zip {
        path: PathBuf,
        source: zip::result::ZipError,
    },
    #[error("{path}: no array `{key}` in the npz (expected `{key}.npy`); entries: [{found}]")]
    MissingArray {
        path: PathBuf,
        key: String,
        found: String,
    },
    #[error("{path}: array `{key}`: {problem}")]
    BadArray {
        path: PathBuf,
        key: String,
        problem: String,
    },
    #[error("dataset {root}: {problem}")]
    Layout { root: PathBuf, problem: String },
    #[error("{what}: expected {expected}, got {got}")]
    BadInput {
        what: String,
        expected: String,
        got: String,
    },
}

impl DataError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> DataError {
        let path = path.into();
        move |source| DataError::Io { path, source }
    }
}
