//! Makes environments from spec strings `SUITE:TASK` (e.g. `builtin:pointmass`).
//!
//! Suites: `builtin` (pure Rust tasks, `builtin::TASK_NAMES`), and `dmc` (DeepMind Control) and
//! `atari`, run by Python worker processes (`python_worker`, installed by `tools/envs/setup`)
//! with the reference's settings and rendering.

use super::builtin;
use super::error::EnvError;
use super::python_worker::{make_python_env, PythonEnvOptions, RenderQuality};
use super::Env;

/// Suites `make` knows.
pub const SUITES: [&str; 3] = ["builtin", "dmc", "atari"];

/// Settings shared by all suites; `None` means the task's default.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EnvOptions {
    /// Agent steps per episode (the time limit).
    pub episode_length: Option<usize>,
    /// Physics or emulator steps per agent step.
    pub action_repeat: Option<usize>,
    /// How DMC frames are rendered (the reference's quality by default). Built-in and Atari
    /// tasks have one way to render and ignore it.
    pub render: RenderQuality,
    /// The cart-pole expert's set-point amplitude in metres (`collect --expert-roam`; 0: the
    /// plain expert, which holds the cart at the centre). Other tasks refuse anything but 0.
    pub expert_roam: f64,
}

impl EnvOptions {
    /// The time limit and action repeat a run chose (`None`: the task's), frames rendered
    /// the default way.
    pub fn new(episode_length: Option<usize>, action_repeat: Option<usize>) -> Self {
        EnvOptions {
            episode_length,
            action_repeat,
            render: RenderQuality::default(),
            expert_roam: 0.0,
        }
    }
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
        "dmc" | "atari" => {
            if options.expert_roam != 0.0 {
                return Err(EnvError::BadOption {
                    env: spec.into(),
                    option: "expert_roam",
                    requirement: "applies only to the built-in cart-pole tasks' expert (must be 0)",
                    got: options.expert_roam.to_string(),
                });
            }
            let python_options = PythonEnvOptions {
                max_steps: options.episode_length,
                action_repeat: options.action_repeat,
                render: options.render,
                ..PythonEnvOptions::default()
            };
            Ok(make_python_env(spec, &python_options)?)
        }
        _ => Err(EnvError::UnknownSuite {
            spec: spec.into(),
            suite: suite.into(),
            known: SUITES.join(", "),
        }),
    }
}
