//! Helpers shared by the Python environment tests (`envs_python`, `envs_python_faults`).

use std::time::Duration;

use viper::envs::python_worker::locate_worker;
use viper::envs::{PythonEnvOptions, RenderQuality};

/// True when the Python side is installed. Without it: a skip note, or a failure naming the
/// setup command when `VIPER_REQUIRE_PYTHON_ENVS=1` (tools/test sets it for CI).
pub fn python_envs_installed(test: &str) -> bool {
    match locate_worker(None) {
        Ok(_) => true,
        Err(e) if std::env::var("VIPER_REQUIRE_PYTHON_ENVS").as_deref() == Ok("1") => {
            panic!("{test}: {e}")
        }
        Err(e) => {
            eprintln!("skipping {test}: {e}");
            false
        }
    }
}

/// Fast rendering and episodes of `max_steps` agent steps.
pub fn short_episodes(max_steps: usize) -> PythonEnvOptions {
    PythonEnvOptions {
        render: RenderQuality::Fast,
        max_steps: Some(max_steps),
        timeout: Duration::from_secs(60),
        ..PythonEnvOptions::default()
    }
}
