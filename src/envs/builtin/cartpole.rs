//! `builtin:cartpole_balance` and `builtin:cartpole_swingup`: a pole hinged on a cart that
//! slides on a rail; the force on the cart must keep the pole upright (balance) or swing it up
//! from hanging down and then keep it upright (swing-up).
//!
//! Physics (frictionless cart-pole; Barto, Sutton and Anderson 1983, with Florian's 2007
//! correction), `theta = 0` upright and positive with the tip to the right, `l` the half pole
//! length, `M = m_cart + m_pole`, `F = FORCE_GAIN u`:
//!   `theta'' = (g sin(theta) - cos(theta) (F + m_pole l theta'^2 sin(theta)) / M)
//!              / (l (4/3 - m_pole cos^2(theta) / M))`,
//!   `x'' = (F + m_pole l (theta'^2 sin(theta) - theta'' cos(theta))) / M`,
//! semi-implicit Euler at `PHYSICS_DT`; the rail ends at `+-RAIL_HALF_LENGTH` stop the cart
//! inelastically (the pole keeps its angular velocity).
//! Reward (as DMC cartpole, smooth): `upright * centered * small_control * small_velocity` with
//! `upright = (cos(theta) + 1) / 2`, `centered = (1 + tolerance(x, margin 2)) / 2`,
//! `small_velocity = (1 + tolerance(theta', margin 5)) / 2`.
//! Expert: LQR on the dynamics linearised at upright (see `lqr`) when `|theta| <
//! LQR_ANGLE`; otherwise energy pumping (Astrom and Furuta 2000): with pole energy
//! `E = I theta'^2 / 2 + m_pole g l (cos(theta) - 1)` (`I = 4/3 m_pole l^2` about the hinge,
//! `E = 0` at rest upright), a cart acceleration `a` changes it at `dE/dt = -m_pole l a theta'
//! cos(theta)`, so `a = ENERGY_GAIN E sign(theta' cos(theta))` pumps `E` towards 0, plus a PD
//! term pulling the cart back to the centre.
//! Roaming expert (`Cartpole::with_expert_roam(A)`, `collect --expert-roam A`): LQR and the
//! pumping's centring term track the cart set-point `x_ref(t) = A sin(2 pi t / ROAM_PERIOD +
//! phi)` instead of 0, with the phase `phi = pi x0 / 0.2` taken from the episode's initial cart
//! position (no extra random draw, so the env's random stream is the plain expert's). Its videos
//! show a balanced pole over a moving cart, so a video model trained on them does not tell the
//! pole's angle and the cart's motion apart as the still plain expert's videos do (README,
//! agent section, session 11).
//! Initial state: balance: x, theta uniform in +-0.2 and +-0.1, small velocities; swing-up:
//! x uniform in +-0.2, theta = pi + uniform in +-0.1, at rest.

use std::f64::consts::PI;

use super::lqr::{discretize, lqr_gain, Matrix, Vector};
use super::render::{Canvas, Color, Viewport};
use super::reward::{small_control, tolerance, Sigmoid};
use super::{Task, PHYSICS_DT};
use crate::envs::rng::Rng;

pub const CART_MASS: f64 = 1.0;
pub const POLE_MASS: f64 = 0.1;
/// Half the pole's length (m).
pub const POLE_HALF_LENGTH: f64 = 0.5;
pub const GRAVITY: f64 = 9.81;
/// Newtons per unit action.
pub const FORCE_GAIN: f64 = 10.0;
pub const RAIL_HALF_LENGTH: f64 = 1.5;
pub const CART_SIZE: [f64; 2] = [0.5, 0.25];
/// 2 pixels at 64x64 (a pole 4 pixels wide): thick enough to stay about a pixel wide in the
/// 16x16 frames the pipeline's tiny models see (frames are area-downsampled), where a thinner
/// pole fades into the sky and neither a world model nor a video model can tell its angle.
const POLE_RADIUS: f64 = 0.1;
/// Below this |angle| (rad) the expert balances with LQR.
const LQR_ANGLE: f64 = 0.6;
const ENERGY_GAIN: f64 = 20.0;
/// Pumps slightly past the upright energy (J): the cart's motion takes energy out of the pole,
/// so aiming at exactly 0 stalls the pole short of the LQR region.
const TARGET_ENERGY: f64 = 0.05;
/// LQR costs on (x, x', theta, theta') and on the action.
const LQR_STATE_COST: Vector = [1.0, 0.1, 10.0, 0.1];
const LQR_ACTION_COST: f64 = 0.1;
/// Initial cart positions are uniform in +- this (m); the roaming phase scales it to +- pi.
const INITIAL_CART_RANGE: f64 = 0.2;
/// The roaming expert's set-point period (s): two sweeps in the 10 s DMC episode.
const ROAM_PERIOD: f64 = 5.0;
/// The largest roaming amplitude (m): the set-point stays off the rail's ends.
pub const MAX_EXPERT_ROAM: f64 = 1.0;

/// World x range shown: the rail plus a margin; 20 pixels per metre at 64 pixels.
const VIEW_HALF_WIDTH: f32 = 1.6;
/// Image row of the rail (world y = 0).
const RAIL_ROW: f32 = 38.0;
pub const CART_COLOR: Color = [200, 120, 60];
pub const POLE_COLOR: Color = [230, 200, 140];
const RAIL_COLOR: Color = [90, 90, 100];
const SKY_COLORS: [Color; 2] = [[70, 110, 160], [140, 175, 210]];
const GROUND_COLORS: [Color; 2] = [[60, 75, 90], [72, 88, 104]];
const GROUND_ROW: usize = 48;

/// Cart position (m), pole angle (rad, 0 upright, tip right positive) and their rates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CartpoleState {
    pub x: f64,
    pub x_dot: f64,
    pub theta: f64,
    pub theta_dot: f64,
}

pub struct Cartpole {
    pub state: CartpoleState,
    swingup: bool,
    /// The LQR gain and the control period it was computed for.
    lqr: Option<(f64, Vector)>,
    /// The roaming expert's set-point amplitude (m); 0 for the plain expert.
    expert_roam: f64,
    /// Time since reset (s) and the set-point's phase, for the roaming expert.
    time: f64,
    roam_phase: f64,
}

/// Wraps an angle to [-pi, pi).
fn wrap(angle: f64) -> f64 {
    (angle + PI).rem_euclid(2.0 * PI) - PI
}

impl Cartpole {
    pub fn balance() -> Self {
        Self::with_mode(false)
    }

    pub fn swingup() -> Self {
        Self::with_mode(true)
    }

    fn with_mode(swingup: bool) -> Self {
        let state = CartpoleState {
            x: 0.0,
            x_dot: 0.0,
            theta: 0.0,
            theta_dot: 0.0,
        };
        Self {
            state,
            swingup,
            lqr: None,
            expert_roam: 0.0,
            time: 0.0,
            roam_phase: 0.0,
        }
    }

    /// The same task with a roaming expert of set-point amplitude `amplitude` metres, in
    /// `[0, MAX_EXPERT_ROAM]` (checked by the caller, `builtin::make`).
    pub fn with_expert_roam(self, amplitude: f64) -> Self {
        Self {
            expert_roam: amplitude,
            ..self
        }
    }

    /// The expert's cart set-point: position (m) and velocity (m/s) now.
    pub fn expert_setpoint(&self) -> (f64, f64) {
        let omega = 2.0 * PI / ROAM_PERIOD;
        let angle = omega * self.time + self.roam_phase;
        (
            self.expert_roam * angle.sin(),
            self.expert_roam * omega * angle.cos(),
        )
    }

    pub fn viewport() -> Viewport {
        let scale = 32.0 / VIEW_HALF_WIDTH;
        Viewport {
            origin_col: 32.0,
            origin_row: RAIL_ROW,
            scale,
        }
    }

    /// The pole's tip position (m), world axes with the rail at y = 0.
    pub fn pole_tip(&self) -> [f64; 2] {
        let s = &self.state;
        let length = 2.0 * POLE_HALF_LENGTH;
        [s.x + length * s.theta.sin(), length * s.theta.cos()]
    }

    /// Continuous dynamics linearised at upright, state (x, x', theta, theta'), input u.
    fn linearised() -> (Matrix, Vector) {
        let total = CART_MASS + POLE_MASS;
        let l = POLE_HALF_LENGTH;
        let denominator = l * (4.0 / 3.0 - POLE_MASS / total);
        // theta'' = (g theta - F / M) / den;  x'' = F / M - m_pole l theta'' / M.
        let mut a = [[0.0; 4]; 4];
        a[0][1] = 1.0;
        a[2][3] = 1.0;
        a[3][2] = GRAVITY / denominator;
        a[1][2] = -POLE_MASS * l * GRAVITY / (total * denominator);
        let theta_per_force = -1.0 / (total * denominator);
        let x_per_force = 1.0 / total - POLE_MASS * l * theta_per_force / total;
        (
            a,
            [
                0.0,
                x_per_force * FORCE_GAIN,
                0.0,
                theta_per_force * FORCE_GAIN,
            ],
        )
    }

    fn lqr_action(&mut self, control_dt: f64) -> f64 {
        let gain = match self.lqr {
            Some((dt, gain)) if dt == control_dt => gain,
            _ => {
                let (a, b) = Self::linearised();
                let (ad, bd) = discretize(&a, &b, control_dt);
                // The linearised cart-pole is controllable, so the Riccati iteration converges.
                let gain = lqr_gain(&ad, &bd, &LQR_STATE_COST, LQR_ACTION_COST)
                    .expect("internal error: cart-pole LQR did not converge");
                self.lqr = Some((control_dt, gain));
                gain
            }
        };
        let s = &self.state;
        let (x_ref, v_ref) = self.expert_setpoint();
        let state = [s.x - x_ref, s.x_dot - v_ref, wrap(s.theta), s.theta_dot];
        -state.iter().zip(&gain).map(|(v, k)| v * k).sum::<f64>()
    }

    fn swing_action(&self) -> f64 {
        let s = &self.state;
        let inertia = 4.0 / 3.0 * POLE_MASS * POLE_HALF_LENGTH.powi(2);
        let energy = 0.5 * inertia * s.theta_dot.powi(2)
            + POLE_MASS * GRAVITY * POLE_HALF_LENGTH * (s.theta.cos() - 1.0);
        let direction = if s.theta_dot * s.theta.cos() >= 0.0 {
            1.0
        } else {
            -1.0
        };
        let (x_ref, v_ref) = self.expert_setpoint();
        let accel = ENERGY_GAIN * (energy - TARGET_ENERGY) * direction
            - 2.0 * (s.x - x_ref)
            - 2.0 * (s.x_dot - v_ref);
        (CART_MASS + POLE_MASS) * accel / FORCE_GAIN
    }
}

impl Task for Cartpole {
    fn name(&self) -> &'static str {
        if self.swingup {
            "cartpole_swingup"
        } else {
            "cartpole_balance"
        }
    }

    fn action_dim(&self) -> usize {
        1
    }

    fn reset(&mut self, rng: &mut Rng) {
        let x = rng.uniform_in(-INITIAL_CART_RANGE, INITIAL_CART_RANGE);
        self.time = 0.0;
        self.roam_phase = PI * x / INITIAL_CART_RANGE;
        self.state = if self.swingup {
            let theta = PI + rng.uniform_in(-0.1, 0.1);
            CartpoleState {
                x,
                x_dot: 0.0,
                theta,
                theta_dot: 0.0,
            }
        } else {
            let theta = rng.uniform_in(-0.1, 0.1);
            let (x_dot, theta_dot) = (rng.uniform_in(-0.05, 0.05), rng.uniform_in(-0.05, 0.05));
            CartpoleState {
                x,
                x_dot,
                theta,
                theta_dot,
            }
        };
    }

    fn physics_step(&mut self, action: &[f32]) -> f64 {
        self.time += PHYSICS_DT;
        let force = FORCE_GAIN * action[0] as f64;
        let (total, l) = (CART_MASS + POLE_MASS, POLE_HALF_LENGTH);
        let s = &mut self.state;
        let (sin, cos) = s.theta.sin_cos();
        let push = (force + POLE_MASS * l * s.theta_dot.powi(2) * sin) / total;
        let theta_acc =
            (GRAVITY * sin - cos * push) / (l * (4.0 / 3.0 - POLE_MASS * cos * cos / total));
        let x_acc = push - POLE_MASS * l * theta_acc * cos / total;
        s.x_dot += PHYSICS_DT * x_acc;
        s.theta_dot += PHYSICS_DT * theta_acc;
        s.x += PHYSICS_DT * s.x_dot;
        s.theta += PHYSICS_DT * s.theta_dot;
        if s.x.abs() > RAIL_HALF_LENGTH {
            s.x = s.x.clamp(-RAIL_HALF_LENGTH, RAIL_HALF_LENGTH);
            s.x_dot = 0.0;
        }
        let gaussian = Sigmoid::Gaussian(0.1);
        let upright = (s.theta.cos() + 1.0) / 2.0;
        let centered = (1.0 + tolerance(s.x, 0.0, 0.0, 2.0, gaussian)) / 2.0;
        let small_velocity = (1.0 + tolerance(s.theta_dot, 0.0, 0.0, 5.0, gaussian)) / 2.0;
        upright * centered * small_control(action) * small_velocity
    }

    fn expert_action(&mut self, control_dt: f64) -> Vec<f32> {
        let action = if wrap(self.state.theta).abs() < LQR_ANGLE {
            self.lqr_action(control_dt)
        } else {
            self.swing_action()
        };
        vec![action.clamp(-1.0, 1.0) as f32]
    }

    fn draw_background(&self, canvas: &mut Canvas) {
        let size = canvas.height();
        canvas.vertical_gradient(0, GROUND_ROW, SKY_COLORS[0], SKY_COLORS[1]);
        canvas.checkerboard(GROUND_ROW, size, 8, GROUND_COLORS);
        let view = Self::viewport();
        let half = view.length(0.02);
        let (left, _) = view.to_pixel(-(RAIL_HALF_LENGTH + CART_SIZE[0] / 2.0) as f32, 0.0);
        let (right, _) = view.to_pixel((RAIL_HALF_LENGTH + CART_SIZE[0] / 2.0) as f32, 0.0);
        canvas.rect(
            (left, RAIL_ROW - half),
            (right, RAIL_ROW + half),
            RAIL_COLOR,
        );
    }

    fn draw(&self, canvas: &mut Canvas) {
        let view = Self::viewport();
        let s = &self.state;
        let [w, h] = CART_SIZE.map(|v| v as f32 / 2.0);
        let x = s.x as f32;
        let top_left = view.to_pixel(x - w, h);
        let bottom_right = view.to_pixel(x + w, -h);
        canvas.rect(top_left, bottom_right, CART_COLOR);
        let tip = self.pole_tip();
        let hinge = view.to_pixel(x, 0.0);
        let tip = view.to_pixel(tip[0] as f32, tip[1] as f32);
        canvas.capsule(hinge, tip, view.length(POLE_RADIUS as f32), POLE_COLOR);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quadratic cost of running `u = -K s` on the discretised linear model from `s0`.
    fn cost(ad: &Matrix, bd: &Vector, gain: &Vector, s0: Vector) -> f64 {
        let mut s = s0;
        let mut total = 0.0;
        for _ in 0..3000 {
            let u: f64 = -s.iter().zip(gain).map(|(v, k)| v * k).sum::<f64>();
            total += (0..4).map(|i| LQR_STATE_COST[i] * s[i] * s[i]).sum::<f64>()
                + LQR_ACTION_COST * u * u;
            s = std::array::from_fn(|i| (0..4).map(|j| ad[i][j] * s[j]).sum::<f64>() + bd[i] * u);
        }
        total
    }

    #[test]
    fn lqr_gain_is_locally_optimal_for_the_linearised_cartpole() {
        let (a, b) = Cartpole::linearised();
        let (ad, bd) = discretize(&a, &b, 0.02);
        let gain = lqr_gain(&ad, &bd, &LQR_STATE_COST, LQR_ACTION_COST).unwrap();
        let s0 = [0.3, -0.2, 0.1, 0.4];
        let best = cost(&ad, &bd, &gain, s0);
        assert!(best.is_finite() && best > 0.0);
        // Perturbing any gain component either way costs more.
        for i in 0..4 {
            for factor in [0.97, 1.03] {
                let mut other = gain;
                other[i] *= factor;
                let worse = cost(&ad, &bd, &other, s0);
                assert!(worse > best, "K[{i}] x {factor}: {worse} <= {best}");
            }
        }
    }
}
