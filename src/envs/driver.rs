//! Runs numbered episodes of a fixed policy on an `EnvBatch`, refilling each environment with
//! the next episode as soon as its current one ends, and hands every finished episode to a
//! callback. `viper collect` writes datasets with it.
//!
//! Episode `index` resets from `episode_seed(seed, index)` and draws random actions from its
//! own stream, so the episodes do not depend on the batch size or on which environment ran
//! them.
//!
//! A Python worker that crashes, hangs or raises (`PythonEnvError`) costs only its episode: the
//! episode is dropped and counted, and run again from its start (the reset restarts the
//! worker), while the other environments go on. An episode that fails `MAX_EPISODE_ATTEMPTS`
//! times, or any other failure, stops the run.

use super::batch::{EnvBatch, EnvCommand};
use super::error::EnvError;
use super::policy::random_action;
use super::python_error::PythonEnvError;
use super::rng::Rng;
use super::stats::EpisodeStats;
use super::ActionSpace;

/// Which actions the driver takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DriverPolicy {
    /// Each environment's scripted expert; at each step, with probability `random_prob`, a
    /// uniformly random action instead (a noisy expert, whose videos show recoveries from the
    /// states its slips lead to; 0 for the plain expert).
    Expert { random_prob: f64 },
    /// Uniformly random actions.
    Random,
}

/// A noisy expert's chance of a random action outside [0, 1] (or NaN). The message is the
/// rule only: each caller puts its own flag or setting name in front.
#[derive(Clone, Copy, Debug, PartialEq, thiserror::Error)]
#[error("must be a probability in [0, 1], got {0}")]
pub struct NotAProbability(pub f64);

impl DriverPolicy {
    /// The expert taking a random action with probability `random_prob` at each step (0: the
    /// plain expert); the one place that checks the probability.
    pub fn noisy_expert(random_prob: f64) -> Result<DriverPolicy, NotAProbability> {
        if !(0.0..=1.0).contains(&random_prob) {
            return Err(NotAProbability(random_prob));
        }
        Ok(DriverPolicy::Expert { random_prob })
    }
}

/// A finished episode: its number, frames (`length + 1` images of `IMAGE_BYTES`, the reset
/// frame first), per-step rewards and statistics.
#[derive(Clone, Debug)]
pub struct FinishedEpisode {
    pub index: usize,
    pub frames: Vec<u8>,
    pub rewards: Vec<f32>,
    pub stats: EpisodeStats,
}

/// Tries of one episode before a worker fault stops the run.
pub const MAX_EPISODE_ATTEMPTS: usize = 3;

/// What a run survived.
#[derive(Clone, Debug, Default)]
pub struct DriverReport {
    /// Episodes dropped by Python worker faults (and run again).
    pub dropped_episodes: usize,
    /// The faults' messages, in order.
    pub faults: Vec<String>,
}

/// True for failures that cost only the episode: a Python worker's crash, timeout, protocol
/// break or exception (the worker is restarted or still up).
pub fn is_worker_fault(error: &anyhow::Error) -> bool {
    error
        .downcast_ref::<PythonEnvError>()
        .is_some_and(|e| e.needs_restart() || matches!(e, PythonEnvError::Worker { .. }))
}

/// The reset seed of episode `index` of a run seeded with `seed`.
pub fn episode_seed(seed: u64, index: usize) -> u64 {
    Rng::for_item(seed, index as u64).next_u64()
}

/// An episode in progress in one environment of the batch.
struct Running {
    index: usize,
    /// Earlier tries of this episode that worker faults dropped.
    dropped: usize,
    frames: Vec<u8>,
    rewards: Vec<f32>,
    actions: Rng,
}

fn start(seed: u64, index: usize, dropped: usize) -> (Running, EnvCommand) {
    let actions = Rng::for_item(seed ^ 0xAC71_0000, index as u64);
    let (frames, rewards) = (Vec::new(), Vec::new());
    let running = Running {
        index,
        dropped,
        frames,
        rewards,
        actions,
    };
    (
        running,
        EnvCommand::Reset {
            seed: episode_seed(seed, index),
        },
    )
}

/// The command of an episode's next step under `policy`, drawing from the episode's stream.
fn next_action(policy: DriverPolicy, space: &ActionSpace, actions: &mut Rng) -> EnvCommand {
    match policy {
        DriverPolicy::Expert { random_prob } if random_prob <= 0.0 => EnvCommand::ActExpert,
        DriverPolicy::Expert { random_prob } if actions.uniform() >= random_prob => {
            EnvCommand::ActExpert
        }
        _ => EnvCommand::Act(random_action(space, actions)),
    }
}

/// Runs episodes `0..count` with `policy` and calls `on_episode` as each one finishes (in
/// finishing order, which is not always index order). Returns the worker faults it survived.
pub fn run_episodes<E: From<EnvError>>(
    batch: &mut EnvBatch,
    count: usize,
    seed: u64,
    policy: DriverPolicy,
    mut on_episode: impl FnMut(FinishedEpisode) -> Result<(), E>,
) -> Result<DriverReport, E> {
    let mut report = DriverReport::default();
    let space = batch.action_space().clone();
    let mut slots: Vec<Option<Running>> = Vec::with_capacity(batch.len());
    let mut commands = Vec::with_capacity(batch.len());
    for index in 0..batch.len() {
        let (running, command) = if index < count {
            let (running, command) = start(seed, index, 0);
            (Some(running), Some(command))
        } else {
            (None, None)
        };
        slots.push(running);
        commands.push(command);
    }
    let mut next_index = slots.iter().flatten().count();
    while slots.iter().any(Option::is_some) {
        let replies = batch.run_each(commands)?;
        commands = Vec::with_capacity(slots.len());
        for (member, (slot, reply)) in slots.iter_mut().zip(replies).enumerate() {
            let (Some(running), Some(reply)) = (slot.as_mut(), reply) else {
                commands.push(None);
                continue;
            };
            let reply = match reply {
                Ok(reply) => reply,
                Err(error)
                    if is_worker_fault(&error) && running.dropped + 1 < MAX_EPISODE_ATTEMPTS =>
                {
                    report.dropped_episodes += 1;
                    report
                        .faults
                        .push(format!("episode {}: {error:#}", running.index));
                    let (retry, command) = start(seed, running.index, running.dropped + 1);
                    *running = retry;
                    commands.push(Some(command));
                    continue;
                }
                Err(error) => {
                    let env = batch.names()[member].to_string();
                    return Err(EnvError::Member {
                        index: member,
                        env,
                        error,
                    }
                    .into());
                }
            };
            running.frames.extend_from_slice(&reply.step.image);
            if !reply.step.is_first {
                running.rewards.push(reply.step.reward);
            }
            let Some(stats) = reply.episode else {
                commands.push(Some(next_action(policy, &space, &mut running.actions)));
                continue;
            };
            let finished = slot.take().map(|r| FinishedEpisode {
                index: r.index,
                frames: r.frames,
                rewards: r.rewards,
                stats,
            });
            on_episode(finished.expect("internal error: the slot was running"))?;
            if next_index < count {
                let (running, command) = start(seed, next_index, 0);
                next_index += 1;
                *slot = Some(running);
                commands.push(Some(command));
            } else {
                commands.push(None);
            }
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The share of random actions a policy takes over `n` steps of one stream.
    fn random_share(policy: DriverPolicy, n: usize) -> f64 {
        let space = ActionSpace::Continuous { dim: 1 };
        let mut rng = Rng::new(7);
        let random = (0..n)
            .filter(|_| matches!(next_action(policy, &space, &mut rng), EnvCommand::Act(_)))
            .count();
        random as f64 / n as f64
    }

    #[test]
    fn noisy_expert_takes_random_actions_at_its_rate() {
        let n = 20_000;
        for p in [0.0, 0.3, 1.0] {
            let share = random_share(DriverPolicy::Expert { random_prob: p }, n);
            // Binomial standard deviation at p = 0.3: sqrt(0.21 / 20000) = 0.0032.
            assert!((share - p).abs() < 0.015, "random_prob {p}: share {share}");
        }
        assert_eq!(random_share(DriverPolicy::Random, n), 1.0);
    }

    #[test]
    fn a_noisy_expert_needs_a_probability() {
        for p in [0.0, 0.3, 1.0] {
            assert_eq!(
                DriverPolicy::noisy_expert(p),
                Ok(DriverPolicy::Expert { random_prob: p })
            );
        }
        for p in [-0.1, 1.5] {
            let err = DriverPolicy::noisy_expert(p).unwrap_err().to_string();
            assert_eq!(err, format!("must be a probability in [0, 1], got {p}"));
        }
        assert!(DriverPolicy::noisy_expert(f64::NAN).is_err());
    }
}
