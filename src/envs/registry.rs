//! Makes environments from spec strings `SUITE:TASK` (e.g. `builtin:pointmass`).
//!
//! Suites: `builtin` (pure Rust tasks, `builtin::TASK_NAMES`). Python-backed suites (`dmc`,
//! `atari`) add an arm to `make` and their name to `SUITES`.

use super::builtin;
use super::error::EnvError;
use super::Env;

/// Suites `make` knows.
pub const SUITES: [&str; 1] = ["builtin"];

/// Settings shared by all suites; `None` means the task's default.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EnvOptions {
    /// Agent steps per episode (the time limit).
    pub episode_length: Option<usize>,
    /// Physics or emulator steps per agent step.
    pub action_repeat: Option<usize>,
}

/// Splits `SUITE:TASK`.
pub fn parse_spec(spec: &str) -> Result<(&str, &str), EnvError> {
    match spec.split_once(':') {
        Some((suite, task)) if !suite.is_empty() && !task.is_empty() => Ok((suite, task)),
        _ => Err(EnvError::BadSpec { spec: spec.into() }),
    }
}

/// Makes the environment named by `spec`.
pub fn make(spec: &str, options: &EnvOptions) -> Result<Box<dyn Env>, EnvError> {
    let (suite, task) = parse_spec(spec)?;
    match suite {
        "builtin" => builtin::make(task, options),
        _ => Err(EnvError::UnknownSuite {
            spec: spec.into(),
            suite: suite.into(),
            known: SUITES.join(", "),
        }),
    }
}
