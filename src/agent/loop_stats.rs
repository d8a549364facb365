//! What the host loop measures per log interval, as TensorBoard scalars:
//!
//! - `LoopClock`: wall-time fractions of the interval spent in device programs (train
//!   updates, policy steps, open-loop videos; each call timed from the host, transfers
//!   included), in the reward model (relabelling at insert time, also on the device), waiting
//!   for the envs (the device idles then) and waiting for a replay batch (one that was not
//!   prefetched); env steps and updates per second.
//! - `DensityStats`: mean, std, min and max of the VIPER rewards (`density`) of the steps
//!   inserted into the replay, the raw relabelled values before any normalisation.
//! - `progress_line`: the interval as one plain line, printed where no progress bar is drawn
//!   (stderr not a terminal: a log file, a pipe, a batch job).

use std::time::{Duration, Instant};

/// Time spent per activity since the interval started.
#[derive(Clone, Debug)]
pub struct LoopClock {
    started: Instant,
    device: Duration,
    reward_model: Duration,
    env_wait: Duration,
    batch_wait: Duration,
    env_steps: u64,
    updates: u64,
    /// Device time since the clock was made (not reset by `take`).
    total_device: Duration,
}

impl Default for LoopClock {
    fn default() -> Self {
        LoopClock::new()
    }
}

impl LoopClock {
    pub fn new() -> Self {
        LoopClock {
            started: Instant::now(),
            device: Duration::ZERO,
            reward_model: Duration::ZERO,
            env_wait: Duration::ZERO,
            batch_wait: Duration::ZERO,
            env_steps: 0,
            updates: 0,
            total_device: Duration::ZERO,
        }
    }

    /// A device program ran for `time`.
    pub fn device(&mut self, time: Duration) {
        self.device += time;
        self.total_device += time;
    }

    /// The reward model scored inserted steps for `time`.
    pub fn reward_model(&mut self, time: Duration) {
        self.reward_model += time;
        self.total_device += time;
    }

    /// Device and reward-model time since the clock was made.
    pub fn total_device(&self) -> Duration {
        self.total_device
    }

    /// The loop waited `time` for the envs' observations.
    pub fn env_wait(&mut self, time: Duration) {
        self.env_wait += time;
    }

    /// The loop waited `time` for a replay batch that was not prefetched.
    pub fn batch_wait(&mut self, time: Duration) {
        self.batch_wait += time;
    }

    pub fn count(&mut self, env_steps: u64, updates: u64) {
        self.env_steps += env_steps;
        self.updates += updates;
    }

    /// The interval's scalars over `wall` seconds of wall time.
    pub fn scalars(&self, wall: Duration) -> Vec<(&'static str, f64)> {
        let wall = wall.as_secs_f64().max(1e-9);
        let fraction = |d: Duration| d.as_secs_f64() / wall;
        vec![
            (
                "perf/device_busy",
                fraction(self.device + self.reward_model),
            ),
            ("perf/reward_model", fraction(self.reward_model)),
            ("perf/env_wait", fraction(self.env_wait)),
            ("perf/batch_wait", fraction(self.batch_wait)),
            ("perf/env_steps_per_second", self.env_steps as f64 / wall),
            ("perf/updates_per_second", self.updates as f64 / wall),
        ]
    }

    /// The scalars of the interval ending now; starts the next interval.
    pub fn take(&mut self) -> Vec<(&'static str, f64)> {
        let scalars = self.scalars(self.started.elapsed());
        *self = LoopClock {
            total_device: self.total_device,
            ..LoopClock::new()
        };
        scalars
    }
}

/// Running statistics of the inserted steps' VIPER rewards (Welford's update).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DensityStats {
    count: u64,
    mean: f64,
    /// Sum of squared deviations from the running mean.
    m2: f64,
    min: f64,
    max: f64,
}

impl DensityStats {
    pub fn add(&mut self, value: f32) {
        let v = f64::from(value);
        if self.count == 0 {
            self.min = v;
            self.max = v;
        }
        self.count += 1;
        let delta = v - self.mean;
        self.mean += delta / self.count as f64;
        self.m2 += delta * (v - self.mean);
        self.min = self.min.min(v);
        self.max = self.max.max(v);
    }

    pub fn count(&self) -> u64 {
        self.count
    }

    /// `replay/density_{mean,std,min,max,count}` (population std); None before any value.
    pub fn scalars(&self) -> Option<Vec<(&'static str, f64)>> {
        (self.count > 0).then(|| {
            vec![
                ("replay/density_mean", self.mean),
                ("replay/density_std", (self.m2 / self.count as f64).sqrt()),
                ("replay/density_min", self.min),
                ("replay/density_max", self.max),
                ("replay/density_count", self.count as f64),
            ]
        })
    }

    /// The scalars so far; starts the next interval.
    pub fn take(&mut self) -> Option<Vec<(&'static str, f64)>> {
        let scalars = self.scalars();
        *self = DensityStats::default();
        scalars
    }
}

/// One plain progress line: env steps done of `total`, updates, the task returns of the
/// episodes that ended in the interval, and the interval's env steps per second.
pub fn progress_line(
    env_steps: u64,
    total: u64,
    updates: u64,
    returns: &[f64],
    env_steps_per_second: f64,
) -> String {
    let episodes = match returns {
        [] => "no episode ended".to_string(),
        [.., last] => format!(
            "{} episode(s), mean return {:.1}, last {last:.1}",
            returns.len(),
            returns.iter().sum::<f64>() / returns.len() as f64
        ),
    };
    format!(
        "env steps {env_steps}/{total}  updates {updates}  {episodes}  \
         {env_steps_per_second:.1} env steps/s"
    )
}
