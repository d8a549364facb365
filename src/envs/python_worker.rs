//! DeepMind Control (`dmc:TASK`) and Atari (`atari:GAME`) environments run by Python worker
//! processes (`tools/envs/worker.py`, installed by `tools/envs/setup`), one process per
//! environment, spoken to over pipes (protocol in `protocol.rs`).
//!
//! The Python side lives in a virtualenv at `tools/envs/.venv`. It is found through, in order:
//! the env var `VIPER_PYTHON_ENVS` (the `tools/envs` directory), `tools/envs` in the current
//! directory or one of its ancestors, and the crate's own checkout.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use super::env::{Action, ActionSpace, Env, Step};
use super::protocol::{self, Hello, Reply, WorkerFault};
use super::python_error::PythonEnvError;
use super::worker_process::{WorkerCommand, WorkerProcess};

/// Env var naming the `tools/envs` directory (worker script and `.venv`).
pub const PYTHON_ENVS_VAR: &str = "VIPER_PYTHON_ENVS";

/// How DMC frames are rendered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RenderQuality {
    /// As the reference: `physics.render(64, 64, camera_id)` with shadows and multisampling.
    #[default]
    Default,
    /// Shadows and multisampling off, a 64x64 offscreen buffer and one reused camera.
    Fast,
}

impl FromStr for RenderQuality {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "default" => Ok(Self::Default),
            "fast" => Ok(Self::Fast),
            other => Err(format!(
                "unknown render quality '{other}': expected default or fast"
            )),
        }
    }
}

/// Settings of a Python environment. `Default` gives the reference's settings.
#[derive(Clone, Debug)]
pub struct PythonEnvOptions {
    pub render: RenderQuality,
    /// End episodes after this many agent steps (a truncation); `None`: the task's own limit.
    pub max_steps: Option<usize>,
    /// DMC camera; `None`: the reference's (0, quadruped 2).
    pub camera: Option<usize>,
    /// Agent action repeat; `None`: the reference's (DMC 2, Atari 4).
    pub action_repeat: Option<usize>,
    /// How long a worker may take to answer one request before it is killed.
    pub timeout: Duration,
    /// How long a worker may take to start (import dm_control, load the task).
    pub startup_timeout: Duration,
    /// The `tools/envs` directory; `None`: discovered (see the module docs).
    pub envs_dir: Option<PathBuf>,
    /// Copy the workers' stderr (MuJoCo and ALE messages) to viper's stderr.
    pub forward_stderr: bool,
}

impl Default for PythonEnvOptions {
    fn default() -> Self {
        Self {
            render: RenderQuality::Default,
            max_steps: None,
            camera: None,
            action_repeat: None,
            timeout: Duration::from_secs(60),
            startup_timeout: Duration::from_secs(120),
            envs_dir: None,
            forward_stderr: false,
        }
    }
}

/// True for the names the Python workers serve (`dmc:...`, `atari:...`).
pub fn is_python_env(spec: &str) -> bool {
    spec.starts_with("dmc:") || spec.starts_with("atari:")
}

/// Starts a Python environment; the registry calls this for `dmc:` and `atari:` names.
pub fn make_python_env(
    spec: &str,
    options: &PythonEnvOptions,
) -> Result<Box<dyn Env>, PythonEnvError> {
    Ok(Box::new(PythonEnv::new(spec, options)?))
}

/// Finds the `tools/envs` directory and checks that its virtualenv is installed; returns the
/// interpreter and the worker script.
pub fn locate_worker(envs_dir: Option<&Path>) -> Result<(PathBuf, PathBuf), PythonEnvError> {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(dir) = envs_dir {
        candidates.push(dir.to_path_buf());
    } else if let Some(dir) = std::env::var_os(PYTHON_ENVS_VAR) {
        candidates.push(PathBuf::from(dir));
    } else {
        if let Ok(cwd) = std::env::current_dir() {
            candidates.extend(cwd.ancestors().map(|dir| dir.join("tools/envs")));
        }
        candidates.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/envs"));
    }
    let dir = candidates
        .iter()
        .find(|dir| dir.join("worker.py").is_file())
        .ok_or_else(|| PythonEnvError::MissingWorkerScript {
            searched: candidates.clone(),
        })?;
    let python = dir.join(".venv/bin/python");
    if !python.is_file() {
        return Err(PythonEnvError::MissingVenv {
            python,
            setup: dir.join("setup"),
        });
    }
    Ok((python, dir.join("worker.py")))
}

/// One DMC or Atari environment in its own worker process. A worker that died or hung is
/// restarted by the next `reset`.
pub struct PythonEnv {
    spec: String,
    command: WorkerCommand,
    options: PythonEnvOptions,
    worker: Option<WorkerProcess>,
    action_space: ActionSpace,
    expert: Option<Action>,
    restarts: usize,
}

impl PythonEnv {
    pub fn new(spec: &str, options: &PythonEnvOptions) -> Result<Self, PythonEnvError> {
        Ok(Self::start_many(spec, 1, options)?.remove(0))
    }

    /// Starts `count` workers of the same task; they load their tasks concurrently.
    pub fn start_many(
        spec: &str,
        count: usize,
        options: &PythonEnvOptions,
    ) -> Result<Vec<Self>, PythonEnvError> {
        let command = worker_command(spec, options)?;
        let workers = (0..count)
            .map(|_| WorkerProcess::spawn(spec, &command))
            .collect::<Result<Vec<_>, _>>()?;
        workers
            .into_iter()
            .map(|mut worker| {
                let hello = await_hello(spec, &mut worker, options)?;
                Ok(Self {
                    spec: spec.to_string(),
                    command: command.clone(),
                    options: options.clone(),
                    worker: Some(worker),
                    action_space: ActionSpace::from(&hello.action_space),
                    expert: None,
                    restarts: 0,
                })
            })
            .collect()
    }

    /// The worker's process id, `None` while it is down (after a crash, before a restart).
    pub fn pid(&self) -> Option<u32> {
        self.worker.as_ref().map(WorkerProcess::pid)
    }

    /// Kills the worker (if any) and starts a new one.
    pub fn restart(&mut self) -> Result<(), PythonEnvError> {
        self.worker = None;
        self.expert = None;
        let (worker, _) = start_worker(&self.spec, &self.command, &self.options)?;
        self.worker = Some(worker);
        self.restarts += 1;
        Ok(())
    }

    /// How many times the worker was started again (by `restart` or by a `reset` after a fault).
    pub fn restarts(&self) -> usize {
        self.restarts
    }

    /// Asks the worker to hang, raise or exit, now or on its next step (fault tests only).
    pub fn inject_fault(&mut self, fault: &WorkerFault) -> Result<(), PythonEnvError> {
        let payload = serde_json::to_vec(fault).map_err(|e| self.usage(e.to_string()))?;
        self.request(protocol::DEBUG, &payload)?;
        match self.receive()? {
            Reply::Ack => Ok(()),
            other => Err(self.unexpected("an ack", &other)),
        }
    }

    /// Sends a reset request; `finish` reads its observation. Restarts a dead worker first.
    pub(crate) fn send_reset(&mut self, seed: u64) -> Result<(), PythonEnvError> {
        if self.worker.is_none() {
            self.restart()?;
        }
        self.request(protocol::RESET, &seed.to_le_bytes())
    }

    /// Sends a step request; `finish` reads its observation.
    pub(crate) fn send_step(&mut self, action: &Action) -> Result<(), PythonEnvError> {
        self.check_action(action)?;
        self.request(protocol::STEP, &protocol::encode_action(action))
    }

    /// Reads the observation that answers the last reset or step request.
    pub(crate) fn finish(&mut self) -> Result<Step, PythonEnvError> {
        match self.receive()? {
            Reply::Observation { step, expert } => {
                self.expert = expert;
                Ok(step)
            }
            other => Err(self.unexpected("an observation", &other)),
        }
    }

    fn request(&mut self, kind: u8, payload: &[u8]) -> Result<(), PythonEnvError> {
        let worker = self.worker.as_mut().ok_or_else(|| PythonEnvError::Usage {
            task: self.spec.clone(),
            detail: "the worker is down after a failure: reset to restart it".into(),
        })?;
        let result = worker.send(kind, payload);
        self.forget_worker_on_fault(result)
    }

    fn receive(&mut self) -> Result<Reply, PythonEnvError> {
        let timeout = self.options.timeout;
        let worker = self.worker.as_mut().ok_or_else(|| PythonEnvError::Usage {
            task: self.spec.clone(),
            detail: "no request is pending: the worker is down".into(),
        })?;
        let result = worker.recv(timeout);
        self.forget_worker_on_fault(result)
    }

    fn forget_worker_on_fault<T>(
        &mut self,
        result: Result<T, PythonEnvError>,
    ) -> Result<T, PythonEnvError> {
        if let Err(e) = &result {
            if e.needs_restart() {
                self.worker = None;
                self.expert = None;
            }
        }
        result
    }

    /// Checks that `action` fits the action space, before anything is sent.
    pub(crate) fn check_action(&self, action: &Action) -> Result<(), PythonEnvError> {
        let detail = match (&self.action_space, action) {
            (ActionSpace::Continuous { dim }, Action::Continuous(v)) if v.len() != *dim => {
                format!("expected {dim} values, got {}", v.len())
            }
            (ActionSpace::Continuous { .. }, Action::Continuous(v))
                if v.iter().any(|x| !x.is_finite()) =>
            {
                format!("values must be finite, got {v:?}")
            }
            (ActionSpace::Discrete { n }, Action::Discrete(i)) if i >= n => {
                format!("expected an index below {n}, got {i}")
            }
            (ActionSpace::Continuous { .. }, Action::Continuous(_))
            | (ActionSpace::Discrete { .. }, Action::Discrete(_)) => return Ok(()),
            (space, action) => format!("{action:?} for action space {space:?}"),
        };
        Err(PythonEnvError::BadAction {
            task: self.spec.clone(),
            detail,
        })
    }

    fn unexpected(&mut self, expected: &'static str, got: &Reply) -> PythonEnvError {
        let got = match got {
            Reply::Hello(_) => "a hello",
            Reply::Observation { .. } => "an observation",
            Reply::Ack => "an ack",
            Reply::Error(_) => "an error",
        };
        let pid = self.pid().unwrap_or(0);
        // The request/reply pairing is lost: the worker cannot be trusted any more.
        self.worker = None;
        PythonEnvError::UnexpectedReply {
            task: self.spec.clone(),
            pid,
            expected,
            got: got.to_string(),
        }
    }

    fn usage(&self, detail: String) -> PythonEnvError {
        PythonEnvError::Usage {
            task: self.spec.clone(),
            detail,
        }
    }
}

impl Env for PythonEnv {
    fn name(&self) -> &str {
        &self.spec
    }

    fn action_space(&self) -> ActionSpace {
        self.action_space.clone()
    }

    fn reset(&mut self, seed: u64) -> anyhow::Result<Step> {
        self.send_reset(seed)?;
        Ok(self.finish()?)
    }

    fn step(&mut self, action: &Action) -> anyhow::Result<Step> {
        self.send_step(action)?;
        Ok(self.finish()?)
    }

    fn expert_action(&mut self) -> Option<Action> {
        self.expert.clone()
    }
}

fn worker_command(spec: &str, options: &PythonEnvOptions) -> Result<WorkerCommand, PythonEnvError> {
    let bad = |reason: &str| PythonEnvError::BadSpec {
        spec: spec.to_string(),
        reason: reason.to_string(),
    };
    let (scheme, name) = spec
        .split_once(':')
        .ok_or_else(|| bad("expected dmc:DOMAIN_TASK or atari:GAME"))?;
    if !matches!(scheme, "dmc" | "atari") {
        return Err(bad("the Python workers serve dmc: and atari: tasks"));
    }
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(bad("the task name must be letters, digits and underscores"));
    }
    for (option, value) in [
        ("max_steps", options.max_steps),
        ("action_repeat", options.action_repeat),
    ] {
        if value == Some(0) {
            return Err(PythonEnvError::Usage {
                task: spec.to_string(),
                detail: format!("option {option} must be at least 1, got 0"),
            });
        }
    }
    let (python, script) = locate_worker(options.envs_dir.as_deref())?;
    let render = match options.render {
        RenderQuality::Default => "default",
        RenderQuality::Fast => "fast",
    };
    let mut args = vec![
        "--task".to_string(),
        spec.to_string(),
        "--render".to_string(),
        render.to_string(),
        "--max-steps".to_string(),
        options.max_steps.unwrap_or(0).to_string(),
        "--action-repeat".to_string(),
        options.action_repeat.unwrap_or(0).to_string(),
    ];
    if let Some(camera) = options.camera {
        args.extend(["--camera".to_string(), camera.to_string()]);
    }
    Ok(WorkerCommand {
        python,
        script,
        args,
        forward_stderr: options.forward_stderr,
    })
}

fn start_worker(
    spec: &str,
    command: &WorkerCommand,
    options: &PythonEnvOptions,
) -> Result<(WorkerProcess, Hello), PythonEnvError> {
    let mut worker = WorkerProcess::spawn(spec, command)?;
    let hello = await_hello(spec, &mut worker, options)?;
    Ok((worker, hello))
}

fn await_hello(
    spec: &str,
    worker: &mut WorkerProcess,
    options: &PythonEnvOptions,
) -> Result<Hello, PythonEnvError> {
    match worker.recv(options.startup_timeout)? {
        Reply::Hello(hello) => Ok(hello),
        _ => Err(PythonEnvError::UnexpectedReply {
            task: spec.to_string(),
            pid: worker.pid(),
            expected: "a hello",
            got: "another message".to_string(),
        }),
    }
}
