//! Errors of the data layer; each names the file (and array) involved and what was expected.
//! Underlying errors are part of the message (fields named `error`, not `source`, so that
//! reports do not print them twice).

use std::path::PathBuf;

use thiserror::Error;

#[derive(Debug, Error)]
pub enum DataError {
    #[error("{path}: {error}")]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{path}: not a readable npz (zip) file: {error}")]
    Zip {
        path: PathBuf,
        error: zip::result::ZipError,
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
        move |error| DataError::Io { path, error }
    }
}
