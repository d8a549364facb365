//! The environment interface every task implements: built-in pixel tasks in Rust and the
//! DeepMind Control and Atari tasks run in Python worker processes.
//!
//! Conventions (as in DreamerV3's `embodied` package): every step carries `is_first`,
//! `is_last` and `is_terminal`; the first step after `reset` has `is_first = true` and reward 0;
//! `is_terminal` means the episode ended in a terminal state (no bootstrapping), while
//! `is_last && !is_terminal` is a time-limit truncation.

use std::fmt;

/// Height, width and channels of every image observation.
pub const IMAGE_SHAPE: [usize; 3] = [64, 64, 3];
/// Bytes in one image observation.
pub const IMAGE_BYTES: usize = IMAGE_SHAPE[0] * IMAGE_SHAPE[1] * IMAGE_SHAPE[2];

/// What actions an environment accepts.
#[derive(Clone, Debug, PartialEq)]
pub enum ActionSpace {
    /// A vector of `dim` values, each in [-1, 1].
    Continuous { dim: usize },
    /// One of `n` choices.
    Discrete { n: usize },
}

/// One action.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Continuous(Vec<f32>),
    Discrete(usize),
}

/// The result of `reset` or `step`.
#[derive(Clone, PartialEq)]
pub struct Step {
    /// RGB image, uint8, row-major [64, 64, 3].
    pub image: Vec<u8>,
    /// Task reward for the transition into this step (0 on the first step).
    pub reward: f32,
    pub is_first: bool,
    pub is_last: bool,
    pub is_terminal: bool,
}

impl fmt::Debug for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Step")
            .field("image", &format_args!("[{} bytes]", self.image.len()))
            .field("reward", &self.reward)
            .field("is_first", &self.is_first)
            .field("is_last", &self.is_last)
            .field("is_terminal", &self.is_terminal)
            .finish()
    }
}

/// A task an agent can act in.
pub trait Env: Send {
    /// The task's full name, e.g. `builtin:pointmass` or `dmc:cartpole_swingup`.
    fn name(&self) -> &str;
    /// The task's name without its suite, as used in dataset layouts (`pointmass`,
    /// `cartpole_swingup`): the part of `name` after the first `:`.
    fn task_name(&self) -> &str {
        let name = self.name();
        name.split_once(':').map_or(name, |(_, task)| task)
    }
    fn action_space(&self) -> ActionSpace;
    /// Starts a new episode; `seed` makes it reproducible.
    fn reset(&mut self, seed: u64) -> anyhow::Result<Step>;
    /// Advances one agent step (after action repeat).
    fn step(&mut self, action: &Action) -> anyhow::Result<Step>;
    /// The scripted expert's action in the current state, where the task has one.
    fn expert_action(&mut self) -> Option<Action>;
}

/// A boxed environment is an environment, so wrappers and batches take `Box<dyn Env>`.
impl<E: Env + ?Sized> Env for Box<E> {
    fn name(&self) -> &str {
        (**self).name()
    }

    fn task_name(&self) -> &str {
        (**self).task_name()
    }

    fn action_space(&self) -> ActionSpace {
        (**self).action_space()
    }

    fn reset(&mut self, seed: u64) -> anyhow::Result<Step> {
        (**self).reset(seed)
    }

    fn step(&mut self, action: &Action) -> anyhow::Result<Step> {
        (**self).step(action)
    }

    fn expert_action(&mut self) -> Option<Action> {
        (**self).expert_action()
    }
}
