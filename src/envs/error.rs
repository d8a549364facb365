//! Errors of the environment layer: bad specs, bad actions, misuse of the episode protocol and
//! failures inside a batch of environments.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum EnvError {
    // === Specs and options ===
    #[error("environment spec `{spec}` must look like SUITE:TASK, e.g. builtin:pointmass")]
    BadSpec { spec: String },
    #[error("unknown environment suite `{suite}` in `{spec}`; known suites: {known}")]
    UnknownSuite {
        spec: String,
        suite: String,
        known: String,
    },
    #[error("unknown task `{task}` in suite `{suite}`; known tasks: {known}")]
    UnknownTask {
        suite: String,
        task: String,
        known: String,
    },
    #[error("{env}: option `{option}` {requirement}, got {got}")]
    BadOption {
        env: String,
        option: &'static str,
        requirement: &'static str,
        got: String,
    },

    // === Episode protocol ===
    #[error("{env}: action must be {expected}, got {got}")]
    BadAction {
        env: String,
        expected: String,
        got: String,
    },
    #[error("{env}: step called {when}; call reset first")]
    NotRunning { env: String, when: &'static str },

    // === Batches ===
    #[error("environment batch needs at least one environment")]
    EmptyBatch,
    #[error("environment batch: {what}: expected {expected}, got {got}")]
    BatchMismatch {
        what: &'static str,
        expected: String,
        got: String,
    },
    #[error("environment {index} of the batch ({env}) failed: {error:#}")]
    Member {
        index: usize,
        env: String,
        error: anyhow::Error,
    },
    #[error("environment {index} of the batch ({env}): its worker thread stopped")]
    WorkerStopped { index: usize, env: String },

    // === Python workers (DMC, Atari) ===
    #[error(transparent)]
    Python(#[from] super::python_error::PythonEnvError),
}
