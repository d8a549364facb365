//! Errors of the Python environment workers, each naming the task and the worker process.

use std::path::PathBuf;

use super::protocol::ProtocolError;

#[derive(Debug, thiserror::Error)]
pub enum PythonEnvError {
    #[error(
        "cannot find the Python environment workers (tools/envs/worker.py); searched: {}; \
         set VIPER_PYTHON_ENVS to the tools/envs directory of a viper checkout",
        .searched.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
    )]
    MissingWorkerScript { searched: Vec<PathBuf> },
    #[error(
        "the Python environments for DMC and Atari are not installed ({} is missing): \
         run `{}` to install them",
        .python.display(), .setup.display()
    )]
    MissingVenv { python: PathBuf, setup: PathBuf },
    #[error("bad Python environment name '{spec}': {reason}")]
    BadSpec { spec: String, reason: String },
    #[error("starting the worker for {task}: {source}")]
    Spawn {
        task: String,
        source: std::io::Error,
    },
    #[error("worker for {task} (pid {pid}) raised a Python exception:\n{traceback}")]
    Worker {
        task: String,
        pid: u32,
        traceback: String,
    },
    #[error("worker for {task} (pid {pid}) did not answer within {seconds} s and was killed; its last stderr lines:\n{stderr_tail}")]
    Timeout {
        task: String,
        pid: u32,
        seconds: f64,
        stderr_tail: String,
    },
    #[error(
        "worker for {task} (pid {pid}) died ({status}); its last stderr lines:\n{stderr_tail}"
    )]
    Crashed {
        task: String,
        pid: u32,
        status: String,
        stderr_tail: String,
    },
    #[error("worker for {task} (pid {pid}) broke the protocol: {source}")]
    Protocol {
        task: String,
        pid: u32,
        source: ProtocolError,
    },
    #[error("worker for {task} (pid {pid}) answered {got} where {expected} was expected")]
    UnexpectedReply {
        task: String,
        pid: u32,
        expected: &'static str,
        got: String,
    },
    #[error("action for {task} does not fit its action space: {detail}")]
    BadAction { task: String, detail: String },
    #[error("{task}: {detail}")]
    Usage { task: String, detail: String },
}

impl PythonEnvError {
    /// True when the worker process is dead or unusable and must be restarted (a crash, a
    /// timeout or a protocol break), false when it is still up (a Python exception, bad input).
    pub fn needs_restart(&self) -> bool {
        matches!(
            self,
            Self::Timeout { .. }
                | Self::Crashed { .. }
                | Self::Protocol { .. }
                | Self::UnexpectedReply { .. }
        )
    }
}
