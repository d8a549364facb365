//! Built-in pixel control tasks in pure Rust: known physics at a fixed step, a small
//! rasterizer, DMC-style tolerance rewards and a scripted expert for each task.
//!
//! `BuiltinEnv<T>` turns a `Task` (physics, reward, drawing, expert) into an `Env`: it applies
//! action repeat (the action is held for `action_repeat` physics steps, rewards summed, one frame
//! rendered at the end), the time limit (`is_last` and never `is_terminal` after
//! `episode_length` agent steps, as DMC) and seeding (`reset(seed)` draws the initial state from
//! `Rng::new(seed)`). Defaults follow the reference's DMC setup: physics step 0.01 s, action
//! repeat 2, 500 agent steps, so a return lies in [0, 1000].

pub mod cartpole;
pub mod lqr;
pub mod pointmass;
pub mod reacher;
pub mod render;
pub mod reward;

use crate::envs::error::EnvError;
use crate::envs::registry::EnvOptions;
use crate::envs::rng::Rng;
use crate::envs::{Action, ActionSpace, Env, Step, IMAGE_SHAPE};
use render::Canvas;

/// Seconds per physics step, shared by all built-in tasks.
pub const PHYSICS_DT: f64 = 0.01;
/// Agent steps per episode unless configured (DMC: 1000 physics steps at action repeat 2).
pub const DEFAULT_EPISODE_LENGTH: usize = 500;
/// Physics steps per agent step unless configured (the reference's DMC setting).
pub const DEFAULT_ACTION_REPEAT: usize = 2;

/// Names of the built-in tasks, as used in `builtin:NAME` and in dataset layouts.
pub const TASK_NAMES: [&str; 4] = [
    "cartpole_balance",
    "cartpole_swingup",
    "pointmass",
    "reacher",
];

/// The physics, reward, drawing and expert of one built-in task. Actions are in [-1, 1].
pub trait Task: Send + 'static {
    /// The task name without suite, e.g. `pointmass`.
    fn name(&self) -> &'static str;
    fn action_dim(&self) -> usize;
    /// Draws a new initial state.
    fn reset(&mut self, rng: &mut Rng);
    /// Advances the physics by `PHYSICS_DT` under `action` and returns the reward of the new
    /// state, in [0, 1].
    fn physics_step(&mut self, action: &[f32]) -> f64;
    /// The scripted expert's action in the current state, for a controller that acts every
    /// `control_dt` seconds.
    fn expert_action(&mut self, control_dt: f64) -> Vec<f32>;
    /// Draws what does not move (called once).
    fn draw_background(&self, canvas: &mut Canvas);
    /// Draws the current state over the background.
    fn draw(&self, canvas: &mut Canvas);
}

/// Makes a built-in task by name (`pointmass`, not `builtin:pointmass`).
pub fn make(task: &str, options: &EnvOptions) -> Result<Box<dyn Env>, EnvError> {
    let roam = options.expert_roam;
    if roam != 0.0 {
        let env = format!("builtin:{task}");
        let got = roam.to_string();
        let option = "expert_roam";
        if !task.starts_with("cartpole_") {
            let requirement = "applies only to the cart-pole tasks' expert (must be 0)";
            return Err(EnvError::BadOption {
                env,
                option,
                requirement,
                got,
            });
        }
        if !(0.0..=cartpole::MAX_EXPERT_ROAM).contains(&roam) {
            let requirement = "must be a set-point amplitude in [0, 1] metres";
            return Err(EnvError::BadOption {
                env,
                option,
                requirement,
                got,
            });
        }
    }
    let cartpole = |task: cartpole::Cartpole| task.with_expert_roam(roam);
    Ok(match task {
        "pointmass" => Box::new(BuiltinEnv::new(pointmass::PointMass::new(), options)?),
        "reacher" => Box::new(BuiltinEnv::new(reacher::Reacher::new(), options)?),
        "cartpole_balance" => Box::new(BuiltinEnv::new(
            cartpole(cartpole::Cartpole::balance()),
            options,
        )?),
        "cartpole_swingup" => Box::new(BuiltinEnv::new(
            cartpole(cartpole::Cartpole::swingup()),
            options,
        )?),
        _ => {
            return Err(EnvError::UnknownTask {
                suite: "builtin".into(),
                task: task.into(),
                known: TASK_NAMES.join(", "),
            })
        }
    })
}

/// A `Task` with action repeat, a time limit and rendering: an `Env`.
pub struct BuiltinEnv<T: Task> {
    task: T,
    name: String,
    episode_length: usize,
    action_repeat: usize,
    background: Canvas,
    canvas: Canvas,
    steps: usize,
    running: bool,
}

impl<T: Task> BuiltinEnv<T> {
    pub fn new(task: T, options: &EnvOptions) -> Result<Self, EnvError> {
        let name = format!("builtin:{}", task.name());
        let episode_length = options.episode_length.unwrap_or(DEFAULT_EPISODE_LENGTH);
        let action_repeat = options.action_repeat.unwrap_or(DEFAULT_ACTION_REPEAT);
        for (option, value) in [
            ("episode_length", episode_length),
            ("action_repeat", action_repeat),
        ] {
            if value == 0 {
                let requirement = "must be at least 1";
                let env = name.clone();
                return Err(EnvError::BadOption {
                    env,
                    option,
                    requirement,
                    got: "0".into(),
                });
            }
        }
        let [height, width, _] = IMAGE_SHAPE;
        let mut background = Canvas::new(width, height, [0, 0, 0]);
        task.draw_background(&mut background);
        let canvas = background.clone();
        let (steps, running) = (0, false);
        Ok(Self {
            task,
            name,
            episode_length,
            action_repeat,
            background,
            canvas,
            steps,
            running,
        })
    }

    /// The task, e.g. to read its state in tests.
    pub fn task(&self) -> &T {
        &self.task
    }

    /// The task, e.g. to set a state in tests; call `render` afterwards for its image.
    pub fn task_mut(&mut self) -> &mut T {
        &mut self.task
    }

    pub fn episode_length(&self) -> usize {
        self.episode_length
    }

    pub fn action_repeat(&self) -> usize {
        self.action_repeat
    }

    /// Seconds between agent actions.
    pub fn control_dt(&self) -> f64 {
        PHYSICS_DT * self.action_repeat as f64
    }

    /// The image of the current state, uint8 `[64, 64, 3]`.
    pub fn render(&mut self) -> Vec<u8> {
        self.canvas.copy_from(&self.background);
        self.task.draw(&mut self.canvas);
        self.canvas.data().to_vec()
    }

    /// Checks the action's kind, size and values and clips it to [-1, 1].
    fn clipped_action(&self, action: &Action) -> Result<Vec<f32>, EnvError> {
        let dim = self.task.action_dim();
        let bad = |got: String| EnvError::BadAction {
            env: self.name.clone(),
            expected: format!("continuous with {dim} finite values"),
            got,
        };
        match action {
            Action::Continuous(values) if values.len() != dim => {
                Err(bad(format!("{} values", values.len())))
            }
            Action::Continuous(values) if values.iter().any(|v| !v.is_finite()) => {
                Err(bad(format!("{values:?}")))
            }
            Action::Continuous(values) => Ok(values.iter().map(|v| v.clamp(-1.0, 1.0)).collect()),
            Action::Discrete(choice) => Err(bad(format!("discrete action {choice}"))),
        }
    }
}

impl<T: Task> Env for BuiltinEnv<T> {
    fn name(&self) -> &str {
        &self.name
    }

    fn action_space(&self) -> ActionSpace {
        ActionSpace::Continuous {
            dim: self.task.action_dim(),
        }
    }

    fn reset(&mut self, seed: u64) -> anyhow::Result<Step> {
        self.task.reset(&mut Rng::new(seed));
        self.steps = 0;
        self.running = true;
        let image = self.render();
        Ok(Step {
            image,
            reward: 0.0,
            is_first: true,
            is_last: false,
            is_terminal: false,
        })
    }

    fn step(&mut self, action: &Action) -> anyhow::Result<Step> {
        if !self.running {
            let when = if self.steps == 0 {
                "before reset"
            } else {
                "after the episode ended"
            };
            return Err(EnvError::NotRunning {
                env: self.name.clone(),
                when,
            }
            .into());
        }
        let action = self.clipped_action(action)?;
        let reward: f64 = (0..self.action_repeat)
            .map(|_| self.task.physics_step(&action))
            .sum();
        self.steps += 1;
        let is_last = self.steps >= self.episode_length;
        self.running = !is_last;
        let image = self.render();
        Ok(Step {
            image,
            reward: reward as f32,
            is_first: false,
            is_last,
            is_terminal: false,
        })
    }

    fn expert_action(&mut self) -> Option<Action> {
        let control_dt = self.control_dt();
        let action = self.task.expert_action(control_dt);
        Some(Action::Continuous(
            action.into_iter().map(|v| v.clamp(-1.0, 1.0)).collect(),
        ))
    }
}
