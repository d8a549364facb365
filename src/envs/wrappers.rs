//! Wrappers that add action repeat or a time limit to any `Env` (built-in tasks have both
//! already; these are for environments that lack them).

use super::error::EnvError;
use super::{Action, ActionSpace, Env, Step};

/// Repeats each action `repeat` times, summing rewards and keeping the last image; stops early
/// when the episode ends.
pub struct ActionRepeat<E: Env> {
    env: E,
    repeat: usize,
}

impl<E: Env> ActionRepeat<E> {
    pub fn new(env: E, repeat: usize) -> Result<Self, EnvError> {
        if repeat == 0 {
            return Err(EnvError::BadOption {
                env: env.name().into(),
                option: "action_repeat",
                requirement: "must be at least 1",
                got: "0".into(),
            });
        }
        Ok(Self { env, repeat })
    }

    pub fn inner(&self) -> &E {
        &self.env
    }
}

impl<E: Env> Env for ActionRepeat<E> {
    fn name(&self) -> &str {
        self.env.name()
    }

    fn action_space(&self) -> ActionSpace {
        self.env.action_space()
    }

    fn reset(&mut self, seed: u64) -> anyhow::Result<Step> {
        self.env.reset(seed)
    }

    fn step(&mut self, action: &Action) -> anyhow::Result<Step> {
        let mut step = self.env.step(action)?;
        let mut reward = step.reward;
        for _ in 1..self.repeat {
            if step.is_last {
                break;
            }
            step = self.env.step(action)?;
            reward += step.reward;
        }
        step.reward = reward;
        Ok(step)
    }

    fn expert_action(&mut self) -> Option<Action> {
        self.env.expert_action()
    }
}

/// Ends episodes after `limit` steps with `is_last` (a truncation: `is_terminal` stays as the
/// inner step says, which is false unless the inner episode also ended there).
pub struct TimeLimit<E: Env> {
    env: E,
    limit: usize,
    steps: usize,
    running: bool,
}

impl<E: Env> TimeLimit<E> {
    pub fn new(env: E, limit: usize) -> Result<Self, EnvError> {
        if limit == 0 {
            return Err(EnvError::BadOption {
                env: env.name().into(),
                option: "episode_length",
                requirement: "must be at least 1",
                got: "0".into(),
            });
        }
        Ok(Self {
            env,
            limit,
            steps: 0,
            running: false,
        })
    }

    pub fn inner(&self) -> &E {
        &self.env
    }
}

impl<E: Env> Env for TimeLimit<E> {
    fn name(&self) -> &str {
        self.env.name()
    }

    fn action_space(&self) -> ActionSpace {
        self.env.action_space()
    }

    fn reset(&mut self, seed: u64) -> anyhow::Result<Step> {
        self.steps = 0;
        self.running = true;
        self.env.reset(seed)
    }

    fn step(&mut self, action: &Action) -> anyhow::Result<Step> {
        if !self.running {
            let when = if self.steps == 0 {
                "before reset"
            } else {
                "after the episode ended"
            };
            return Err(EnvError::NotRunning {
                env: self.env.name().into(),
                when,
            }
            .into());
        }
        let mut step = self.env.step(action)?;
        self.steps += 1;
        step.is_last |= self.steps >= self.limit;
        self.running = !step.is_last;
        Ok(step)
    }

    fn expert_action(&mut self) -> Option<Action> {
        self.env.expert_action()
    }
}
