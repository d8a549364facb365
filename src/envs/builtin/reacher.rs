//! `builtin:reacher`: a planar two-link arm (seen from above, no gravity) must put its
//! fingertip on a target.
//!
//! Physics: links are uniform rods (mass `LINK_MASS`, length `LINK_LENGTH`, centre of mass at
//! the middle, inertia m l^2 / 12); joint angles `q = (shoulder, elbow)` with the elbow angle
//! relative to the upper link. Manipulator equation, integrated with semi-implicit Euler:
//!   `M(q) q'' + c(q, q') + DAMPING q' = TORQUE_GAIN u`, with
//!   `M11 = I1 + I2 + m1 c1^2 + m2 (l1^2 + c2^2 + 2 l1 c2 cos q2)`,
//!   `M12 = M21 = I2 + m2 (c2^2 + l1 c2 cos q2)`, `M22 = I2 + m2 c2^2`,
//!   `c = h (-q2' (2 q1' + q2'), q1'^2)`, `h = m2 l1 c2 sin q2`.
//! No joint limits.
//! Reward (as DMC reacher): 1 when the fingertip is within `TARGET_RADIUS + FINGER_RADIUS` of
//! the target centre, else 0.
//! Expert: inverse kinematics for the target (staying on the current elbow branch), then
//! computed-torque PD in joint space, `u = (M (w^2 e - 2 w q') + c + DAMPING q') / TORQUE_GAIN`.
//! Initial state: joint angles uniform in [-pi, pi], at rest; target at a uniform angle and a
//! radius uniform in [0.05, 0.20] m.

use std::f64::consts::PI;

use super::render::{walled_arena, Canvas, Color, Viewport};
use super::reward::{tolerance, Sigmoid};
use super::{Task, PHYSICS_DT};
use crate::envs::rng::Rng;
use crate::envs::IMAGE_SHAPE;

pub const LINK_LENGTH: f64 = 0.12;
pub const LINK_MASS: f64 = 0.25;
/// N m per unit action.
pub const TORQUE_GAIN: f64 = 0.1;
/// N m s per radian, each joint.
pub const DAMPING: f64 = 0.01;
pub const TARGET_RADIUS: f64 = 0.035;
pub const FINGER_RADIUS: f64 = 0.015;
const LINK_RADIUS: f64 = 0.015;
const ARENA_HALF_WIDTH: f64 = 0.3;
const EXPERT_OMEGA: f64 = 8.0;

pub const ARM_COLOR: Color = [200, 140, 90];
pub const FINGER_COLOR: Color = [240, 200, 80];
pub const TARGET_COLOR: Color = [200, 40, 40];

/// Joint angles (rad) and velocities (rad/s); target in metres, world axes (x right, y up).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReacherState {
    pub angles: [f64; 2],
    pub velocities: [f64; 2],
    pub target: [f64; 2],
}

pub struct Reacher {
    pub state: ReacherState,
}

/// Wraps an angle to (-pi, pi].
fn wrap(angle: f64) -> f64 {
    let wrapped = (angle + PI).rem_euclid(2.0 * PI) - PI;
    if wrapped == -PI {
        PI
    } else {
        wrapped
    }
}

impl Reacher {
    pub fn new() -> Self {
        let zero = [0.0; 2];
        Self {
            state: ReacherState {
                angles: zero,
                velocities: zero,
                target: [0.1, 0.0],
            },
        }
    }

    pub fn viewport() -> Viewport {
        Viewport::centered((ARENA_HALF_WIDTH + 0.02) as f32, IMAGE_SHAPE[0])
    }

    /// Elbow and fingertip positions (m) for joint angles `q`.
    pub fn forward_kinematics(q: [f64; 2]) -> ([f64; 2], [f64; 2]) {
        let elbow = [LINK_LENGTH * q[0].cos(), LINK_LENGTH * q[0].sin()];
        let tip = [
            elbow[0] + LINK_LENGTH * (q[0] + q[1]).cos(),
            elbow[1] + LINK_LENGTH * (q[0] + q[1]).sin(),
        ];
        (elbow, tip)
    }

    pub fn fingertip_distance(&self) -> f64 {
        let (_, tip) = Self::forward_kinematics(self.state.angles);
        let [tx, ty] = self.state.target;
        ((tip[0] - tx).powi(2) + (tip[1] - ty).powi(2)).sqrt()
    }

    /// Mass matrix `M(q)` and velocity terms `c(q, q')` (see the module doc).
    pub fn dynamics_terms(&self) -> ([[f64; 2]; 2], [f64; 2]) {
        let (m, l) = (LINK_MASS, LINK_LENGTH);
        let (c, inertia) = (l / 2.0, m * l * l / 12.0);
        let [_, q2] = self.state.angles;
        let [v1, v2] = self.state.velocities;
        let m11 = 2.0 * inertia + m * c * c + m * (l * l + c * c + 2.0 * l * c * q2.cos());
        let m12 = inertia + m * (c * c + l * c * q2.cos());
        let m22 = inertia + m * c * c;
        let h = m * l * c * q2.sin();
        (
            [[m11, m12], [m12, m22]],
            [-h * v2 * (2.0 * v1 + v2), h * v1 * v1],
        )
    }

    /// Joint angles that put the fingertip on the target, on the current elbow branch.
    fn inverse_kinematics(&self) -> [f64; 2] {
        let [tx, ty] = self.state.target;
        let l = LINK_LENGTH;
        let cos_elbow = ((tx * tx + ty * ty - 2.0 * l * l) / (2.0 * l * l)).clamp(-1.0, 1.0);
        let branch = if wrap(self.state.angles[1]) >= 0.0 {
            1.0
        } else {
            -1.0
        };
        let elbow = branch * cos_elbow.acos();
        let shoulder = ty.atan2(tx) - (l * elbow.sin()).atan2(l + l * elbow.cos());
        [shoulder, elbow]
    }
}

impl Default for Reacher {
    fn default() -> Self {
        Self::new()
    }
}

impl Task for Reacher {
    fn name(&self) -> &'static str {
        "reacher"
    }

    fn action_dim(&self) -> usize {
        2
    }

    fn reset(&mut self, rng: &mut Rng) {
        let angles = [rng.uniform_in(-PI, PI), rng.uniform_in(-PI, PI)];
        let (angle, radius) = (rng.uniform_in(-PI, PI), rng.uniform_in(0.05, 0.20));
        let target = [radius * angle.cos(), radius * angle.sin()];
        self.state = ReacherState {
            angles,
            velocities: [0.0; 2],
            target,
        };
    }

    fn physics_step(&mut self, action: &[f32]) -> f64 {
        let ([[m11, m12], [_, m22]], c) = self.dynamics_terms();
        let s = &mut self.state;
        let rhs: [f64; 2] = std::array::from_fn(|k| {
            TORQUE_GAIN * action[k] as f64 - c[k] - DAMPING * s.velocities[k]
        });
        // Solve the 2x2 system M q'' = rhs by Cramer's rule (M is positive definite).
        let det = m11 * m22 - m12 * m12;
        let accel = [
            (m22 * rhs[0] - m12 * rhs[1]) / det,
            (m11 * rhs[1] - m12 * rhs[0]) / det,
        ];
        for (k, a) in accel.into_iter().enumerate() {
            s.velocities[k] += PHYSICS_DT * a;
            s.angles[k] = wrap(s.angles[k] + PHYSICS_DT * s.velocities[k]);
        }
        let reach = TARGET_RADIUS + FINGER_RADIUS;
        tolerance(
            self.fingertip_distance(),
            0.0,
            reach,
            0.0,
            Sigmoid::Gaussian(0.1),
        )
    }

    fn expert_action(&mut self, _control_dt: f64) -> Vec<f32> {
        let goal = self.inverse_kinematics();
        let (mass, c) = self.dynamics_terms();
        let s = &self.state;
        let w = EXPERT_OMEGA;
        let accel: [f64; 2] = std::array::from_fn(|k| {
            w * w * wrap(goal[k] - s.angles[k]) - 2.0 * w * s.velocities[k]
        });
        (0..2)
            .map(|k| {
                let torque = mass[k][0] * accel[0]
                    + mass[k][1] * accel[1]
                    + c[k]
                    + DAMPING * s.velocities[k];
                (torque / TORQUE_GAIN).clamp(-1.0, 1.0) as f32
            })
            .collect()
    }

    fn draw_background(&self, canvas: &mut Canvas) {
        walled_arena(canvas, &Self::viewport(), ARENA_HALF_WIDTH as f32);
    }

    fn draw(&self, canvas: &mut Canvas) {
        let view = Self::viewport();
        let px = |p: [f64; 2]| view.to_pixel(p[0] as f32, p[1] as f32);
        let s = &self.state;
        canvas.circle(
            px(s.target),
            view.length(TARGET_RADIUS as f32),
            TARGET_COLOR,
        );
        let (elbow, tip) = Self::forward_kinematics(s.angles);
        let link = view.length(LINK_RADIUS as f32);
        canvas.capsule(px([0.0, 0.0]), px(elbow), link, ARM_COLOR);
        canvas.capsule(px(elbow), px(tip), link, ARM_COLOR);
        canvas.circle(px(tip), view.length(FINGER_RADIUS as f32), FINGER_COLOR);
    }
}
