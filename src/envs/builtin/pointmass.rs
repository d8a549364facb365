//! `builtin:pointmass`: a point mass in a walled square arena must reach a target.
//!
//! Physics (mass `MASS`, action `u` in [-1, 1]^2, semi-implicit Euler at `PHYSICS_DT`):
//!   `a = (FORCE_GAIN u - DAMPING v) / MASS`, `v += dt a`, `p += dt v`;
//! the walls stop the body inelastically (position clamped, that velocity component zeroed).
//! Reward (as DMC point_mass): `tolerance(|p - target|, 0, TARGET_RADIUS, margin =
//! TARGET_RADIUS, gaussian 0.1) * small_control(u)`.
//! Expert: PD control to the target with damping compensation, a critically damped second
//! order response of natural frequency `EXPERT_OMEGA`, saturated at the action bounds.
//! Initial state: body and target uniform in the arena, body at rest.

use super::render::{walled_arena, Canvas, Color, Viewport};
use super::reward::{small_control, tolerance, Sigmoid};
use super::{Task, PHYSICS_DT};
use crate::envs::rng::Rng;
use crate::envs::IMAGE_SHAPE;

pub const MASS: f64 = 1.0;
/// Newtons per unit action.
pub const FORCE_GAIN: f64 = 2.0;
/// Viscous damping, N s / m.
pub const DAMPING: f64 = 1.0;
/// Walls at +-ARENA_HALF_WIDTH (m).
pub const ARENA_HALF_WIDTH: f64 = 0.3;
pub const BODY_RADIUS: f64 = 0.025;
pub const TARGET_RADIUS: f64 = 0.03;
const EXPERT_OMEGA: f64 = 5.0;

pub const BODY_COLOR: Color = [230, 150, 50];
pub const TARGET_COLOR: Color = [200, 40, 40];

/// Positions and velocity in metres and m/s, world axes (x right, y up).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PointMassState {
    pub position: [f64; 2],
    pub velocity: [f64; 2],
    pub target: [f64; 2],
}

pub struct PointMass {
    pub state: PointMassState,
}

impl PointMass {
    pub fn new() -> Self {
        let zero = [0.0; 2];
        Self {
            state: PointMassState {
                position: zero,
                velocity: zero,
                target: zero,
            },
        }
    }

    /// How the arena maps onto the 64x64 image (walls drawn in the outer margin).
    pub fn viewport() -> Viewport {
        Viewport::centered((ARENA_HALF_WIDTH + 0.02) as f32, IMAGE_SHAPE[0])
    }

    pub fn distance_to_target(&self) -> f64 {
        let [px, py] = self.state.position;
        let [tx, ty] = self.state.target;
        ((px - tx).powi(2) + (py - ty).powi(2)).sqrt()
    }
}

impl Default for PointMass {
    fn default() -> Self {
        Self::new()
    }
}

impl Task for PointMass {
    fn name(&self) -> &'static str {
        "pointmass"
    }

    fn action_dim(&self) -> usize {
        2
    }

    fn reset(&mut self, rng: &mut Rng) {
        let reach = ARENA_HALF_WIDTH - BODY_RADIUS;
        let mut draw = || [rng.uniform_in(-reach, reach), rng.uniform_in(-reach, reach)];
        let position = draw();
        let target = draw();
        self.state = PointMassState {
            position,
            velocity: [0.0; 2],
            target,
        };
    }

    fn physics_step(&mut self, action: &[f32]) -> f64 {
        let limit = ARENA_HALF_WIDTH - BODY_RADIUS;
        let s = &mut self.state;
        for (k, &u) in action.iter().enumerate() {
            let accel = (FORCE_GAIN * u as f64 - DAMPING * s.velocity[k]) / MASS;
            s.velocity[k] += PHYSICS_DT * accel;
            s.position[k] += PHYSICS_DT * s.velocity[k];
            if s.position[k].abs() > limit {
                s.position[k] = s.position[k].clamp(-limit, limit);
                s.velocity[k] = 0.0;
            }
        }
        let near = tolerance(
            self.distance_to_target(),
            0.0,
            TARGET_RADIUS,
            TARGET_RADIUS,
            Sigmoid::Gaussian(0.1),
        );
        near * small_control(action)
    }

    fn expert_action(&mut self, _control_dt: f64) -> Vec<f32> {
        let s = &self.state;
        (0..2)
            .map(|k| {
                let error = s.target[k] - s.position[k];
                let accel = EXPERT_OMEGA.powi(2) * error - 2.0 * EXPERT_OMEGA * s.velocity[k];
                let force = MASS * accel + DAMPING * s.velocity[k];
                (force / FORCE_GAIN).clamp(-1.0, 1.0) as f32
            })
            .collect()
    }

    fn draw_background(&self, canvas: &mut Canvas) {
        walled_arena(canvas, &Self::viewport(), ARENA_HALF_WIDTH as f32);
    }

    fn draw(&self, canvas: &mut Canvas) {
        let view = Self::viewport();
        let s = &self.state;
        let target = view.to_pixel(s.target[0] as f32, s.target[1] as f32);
        canvas.circle(target, view.length(TARGET_RADIUS as f32), TARGET_COLOR);
        let body = view.to_pixel(s.position[0] as f32, s.position[1] as f32);
        canvas.circle(body, view.length(BODY_RADIUS as f32), BODY_COLOR);
    }
}
