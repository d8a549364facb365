//! Settings of one `train_agent` run and what it reports back.

use super::step::RewardMode;
use crate::data::replay::FirstSteps;
use crate::logging::ProgressMode;
use crate::models::dreamer::DreamerConfig;
use std::path::{Path, PathBuf};

/// Settings of one run.
#[derive(Clone, Debug)]
pub struct RunOptions {
    pub env: String,
    pub mode: RewardMode,
    pub config: DreamerConfig,
    pub envs: usize,
    /// Total env steps (over all envs) to reach.
    pub steps: u64,
    /// Random-policy env steps before training starts.
    pub prefill: u64,
    pub episode_length: Option<usize>,
    /// Physics steps per agent step (`None`: the env's default).
    pub action_repeat: Option<usize>,
    pub seed: u64,
    pub logdir: PathBuf,
    /// Env steps between checkpoints.
    pub checkpoint_every: u64,
    /// Skipped (NaN/Inf) updates in a row that stop the run.
    pub max_nonfinite: usize,
    pub replay_capacity: usize,
    /// No progress bar, and no plain progress lines where the bar is not drawn.
    pub quiet: bool,
    /// Updates between open-loop prediction videos in TensorBoard (0: none).
    pub video_every: u64,
    /// Env steps between the loop's scalars (utilisation, FPS, replay size, VIPER density
    /// statistics of the inserted steps).
    pub log_every: u64,
    /// How progress is shown (plain labelled lines for runs side by side in one process).
    pub progress: ProgressMode,
    /// With a reward model: each episode's steps before its first full reward window are
    /// dropped (the reference) or kept with that window's reward (`data::replay::FirstSteps`).
    pub first_steps: FirstSteps,
}

impl RunOptions {
    /// The `viper train-agent` defaults for `env`, `mode`, `config` and `logdir`.
    pub fn new(env: &str, mode: RewardMode, config: DreamerConfig, logdir: &Path) -> RunOptions {
        RunOptions {
            env: env.to_string(),
            mode,
            config,
            envs: 4,
            steps: 100_000,
            prefill: 1000,
            episode_length: None,
            action_repeat: None,
            seed: 0,
            logdir: logdir.to_path_buf(),
            checkpoint_every: 5000,
            max_nonfinite: 10,
            replay_capacity: 1_000_000,
            quiet: false,
            video_every: 1000,
            log_every: 1000,
            progress: ProgressMode::Auto,
            first_steps: FirstSteps::Drop,
        }
    }
}

/// What a run measured.
#[derive(Clone, Debug, Default)]
pub struct RunSummary {
    pub env_steps: u64,
    pub updates: u64,
    /// `(env step, task return)` of every finished episode of this process.
    pub returns: Vec<(u64, f64)>,
    pub env_steps_per_second: f64,
    pub compile_seconds: f64,
    pub seconds_per_update: f64,
    /// Fraction of this process's loop wall time spent in device programs (train, policy,
    /// videos, reward model).
    pub device_busy: f64,
    /// Open-loop videos logged.
    pub videos: u64,
}
