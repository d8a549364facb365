//! One Python worker process: spawning it, sending requests, and receiving replies with a
//! timeout.
//!
//! A reader thread decodes the worker's stdout into a channel, so a reply can be awaited with a
//! deadline (`recv_timeout`) and a hung worker does not hang viper. A second thread keeps the
//! last lines of the worker's stderr (MuJoCo warnings, Python tracebacks of a dying interpreter)
//! for error messages, and forwards them to viper's stderr when asked.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use super::protocol::{self, ProtocolError, Reply};
use super::python_error::PythonEnvError;

/// Lines of worker stderr kept for error messages.
const STDERR_TAIL_LINES: usize = 40;
/// How long a worker may take to exit after `close` before it is killed.
const CLOSE_GRACE: Duration = Duration::from_millis(500);

/// How to start a worker: the interpreter, the script and its arguments.
#[derive(Clone, Debug)]
pub struct WorkerCommand {
    pub python: PathBuf,
    pub script: PathBuf,
    pub args: Vec<String>,
    pub forward_stderr: bool,
}

pub struct WorkerProcess {
    task: String,
    child: Child,
    stdin: ChildStdin,
    replies: Receiver<Result<Reply, ProtocolError>>,
    stderr_tail: Arc<Mutex<VecDeque<String>>>,
    pid: u32,
}

impl WorkerProcess {
    /// Starts the process; the caller awaits its hello with `recv`.
    pub fn spawn(task: &str, command: &WorkerCommand) -> Result<Self, PythonEnvError> {
        let mut cmd = Command::new(&command.python);
        cmd.arg(&command.script)
            .args(&command.args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if std::env::var_os("MUJOCO_GL").is_none() {
            cmd.env("MUJOCO_GL", "egl");
        }
        let spawn_error = |source| PythonEnvError::Spawn {
            task: task.to_string(),
            source,
        };
        let mut child = cmd.spawn().map_err(spawn_error)?;
        let pid = child.id();
        let missing = |what: &str| {
            spawn_error(std::io::Error::other(format!(
                "no {what} pipe to the worker"
            )))
        };
        let stdin = child.stdin.take().ok_or_else(|| missing("stdin"))?;
        let stdout = child.stdout.take().ok_or_else(|| missing("stdout"))?;
        let stderr = child.stderr.take().ok_or_else(|| missing("stderr"))?;

        let (sender, replies) = mpsc::channel();
        thread::spawn(move || {
            let mut stdout = BufReader::new(stdout);
            loop {
                let reply = match protocol::read_message(&mut stdout) {
                    Ok(Some((kind, payload))) => protocol::decode_reply(kind, payload),
                    Ok(None) => return,
                    Err(e) => Err(e),
                };
                let failed = reply.is_err();
                if sender.send(reply).is_err() || failed {
                    return;
                }
            }
        });
        let stderr_tail = Arc::new(Mutex::new(VecDeque::new()));
        let tail = Arc::clone(&stderr_tail);
        let forward = command.forward_stderr;
        let label = format!("[{task} pid {pid}]");
        thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if forward {
                    eprintln!("{label} {line}");
                }
                if let Ok(mut tail) = tail.lock() {
                    if tail.len() == STDERR_TAIL_LINES {
                        tail.pop_front();
                    }
                    tail.push_back(line);
                }
            }
        });
        Ok(Self {
            task: task.to_string(),
            child,
            stdin,
            replies,
            stderr_tail,
            pid,
        })
    }

    pub fn pid(&self) -> u32 {
        self.pid
    }

    /// Sends one request; a closed pipe means the worker died.
    pub fn send(&mut self, kind: u8, payload: &[u8]) -> Result<(), PythonEnvError> {
        protocol::write_message(&mut self.stdin, kind, payload).map_err(|_| self.crashed())
    }

    /// Waits for the next reply. On a timeout the worker is killed. A Python exception comes
    /// back as `PythonEnvError::Worker` with its traceback.
    pub fn recv(&mut self, timeout: Duration) -> Result<Reply, PythonEnvError> {
        match self.replies.recv_timeout(timeout) {
            Ok(Ok(Reply::Error(traceback))) => Err(PythonEnvError::Worker {
                task: self.task.clone(),
                pid: self.pid,
                traceback,
            }),
            Ok(Ok(reply)) => Ok(reply),
            Ok(Err(source)) => {
                self.kill();
                Err(PythonEnvError::Protocol {
                    task: self.task.clone(),
                    pid: self.pid,
                    source,
                })
            }
            Err(RecvTimeoutError::Timeout) => {
                self.kill();
                Err(PythonEnvError::Timeout {
                    task: self.task.clone(),
                    pid: self.pid,
                    seconds: timeout.as_secs_f64(),
                    stderr_tail: self.stderr_tail(),
                })
            }
            Err(RecvTimeoutError::Disconnected) => Err(self.crashed()),
        }
    }

    /// The error for a worker whose pipes closed: waits briefly for its exit status.
    fn crashed(&mut self) -> PythonEnvError {
        let deadline = Instant::now() + CLOSE_GRACE;
        let status = loop {
            match self.child.try_wait() {
                Ok(Some(status)) => break status.to_string(),
                Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(5)),
                Ok(None) => {
                    self.kill();
                    break "closed its pipes but did not exit; killed".to_string();
                }
                Err(e) => break format!("exit status unknown: {e}"),
            }
        };
        // Give the stderr thread a moment to collect a dying interpreter's last words.
        thread::sleep(Duration::from_millis(20));
        PythonEnvError::Crashed {
            task: self.task.clone(),
            pid: self.pid,
            status,
            stderr_tail: self.stderr_tail(),
        }
    }

    fn stderr_tail(&self) -> String {
        match self.stderr_tail.lock() {
            Ok(tail) => tail.iter().cloned().collect::<Vec<_>>().join("\n"),
            Err(_) => String::new(),
        }
    }

    fn kill(&mut self) {
        // Errors mean the process is already gone, which is what we want.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for WorkerProcess {
    fn drop(&mut self) {
        if protocol::write_message(&mut self.stdin, protocol::CLOSE, &[]).is_ok() {
            let deadline = Instant::now() + CLOSE_GRACE;
            while Instant::now() < deadline {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                thread::sleep(Duration::from_millis(5));
            }
        }
        self.kill();
    }
}
