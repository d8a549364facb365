//! Built-in tasks against their state: frames show what the state says (a few pixels per
//! task), and the physics matches equations derived independently (energy conservation,
//! Lagrange's equations, kinetic energy from the links' motion).

use viper::envs::builtin::cartpole::{self, Cartpole, CartpoleState};
use viper::envs::builtin::pointmass::{self, PointMass};
use viper::envs::builtin::reacher::{self, Reacher, ReacherState};
use viper::envs::builtin::render::{Color, Viewport};
use viper::envs::builtin::{BuiltinEnv, Task};
use viper::envs::{EnvOptions, IMAGE_SHAPE};

fn options(episode_length: usize) -> EnvOptions {
    EnvOptions::new(Some(episode_length), None)
}

/// The pixel at world point `(x, y)`.
fn pixel(image: &[u8], view: &Viewport, x: f64, y: f64) -> Color {
    let [h, w, _] = IMAGE_SHAPE;
    let (row, col) = view
        .pixel_of(x as f32, y as f32, w, h)
        .expect("point inside the image");
    let i = (row * w + col) * 3;
    [image[i], image[i + 1], image[i + 2]]
}

#[test]
fn pointmass_frame_shows_body_and_target_where_the_state_says() {
    let mut env = BuiltinEnv::new(PointMass::new(), &options(10)).unwrap();
    let view = PointMass::viewport();
    let before = env.render();
    env.task_mut().state.position = [0.1, -0.12];
    env.task_mut().state.target = [-0.15, 0.2];
    let image = env.render();
    assert_eq!(pixel(&image, &view, 0.1, -0.12), pointmass::BODY_COLOR);
    assert_eq!(pixel(&image, &view, -0.15, 0.2), pointmass::TARGET_COLOR);
    // The body (at the origin in the initial frame) has left the origin.
    assert_ne!(pixel(&image, &view, 0.0, 0.0), pointmass::BODY_COLOR);
    assert_eq!(pixel(&before, &view, 0.0, 0.0), pointmass::BODY_COLOR);
    // Exactly one blob of body colour, centred on the projected position.
    let [h, w, _] = IMAGE_SHAPE;
    let (mut sum_col, mut sum_row, mut count) = (0.0, 0.0, 0.0);
    for row in 0..h {
        for col in 0..w {
            let i = (row * w + col) * 3;
            if image[i..i + 3] == pointmass::BODY_COLOR {
                (sum_col, sum_row, count) = (
                    sum_col + col as f32 + 0.5,
                    sum_row + row as f32 + 0.5,
                    count + 1.0,
                );
            }
        }
    }
    let (col, row) = view.to_pixel(0.1, -0.12);
    assert!(count >= 9.0, "body covers {count} pixels");
    assert!((sum_col / count - col).abs() < 0.6 && (sum_row / count - row).abs() < 0.6);
}

#[test]
fn reacher_frame_shows_arm_fingertip_and_target() {
    let mut env = BuiltinEnv::new(Reacher::new(), &options(10)).unwrap();
    let view = Reacher::viewport();
    let angles = [0.7, -1.1];
    env.task_mut().state = ReacherState {
        angles,
        velocities: [0.0; 2],
        target: [-0.15, -0.1],
    };
    let image = env.render();
    let (elbow, tip) = Reacher::forward_kinematics(angles);
    // Forward kinematics by hand: elbow at l (cos 0.7, sin 0.7), tip adds l (cos -0.4, sin -0.4).
    let l = reacher::LINK_LENGTH;
    assert!((tip[0] - l * (0.7f64.cos() + (-0.4f64).cos())).abs() < 1e-12);
    assert_eq!(pixel(&image, &view, tip[0], tip[1]), reacher::FINGER_COLOR);
    assert_eq!(
        pixel(&image, &view, elbow[0] / 2.0, elbow[1] / 2.0),
        reacher::ARM_COLOR
    );
    let forearm = [(elbow[0] + tip[0]) / 2.0, (elbow[1] + tip[1]) / 2.0];
    assert_eq!(
        pixel(&image, &view, forearm[0], forearm[1]),
        reacher::ARM_COLOR
    );
    assert_eq!(pixel(&image, &view, -0.15, -0.1), reacher::TARGET_COLOR);
}

/// Mean column (pixels) of the pixels with `color`.
fn mean_column(image: &[u8], color: Color) -> f32 {
    let [h, w, _] = IMAGE_SHAPE;
    let columns: Vec<f32> = (0..h * w)
        .filter(|p| image[p * 3..p * 3 + 3] == color)
        .map(|p| (p % w) as f32 + 0.5)
        .collect();
    assert!(!columns.is_empty(), "no pixel of colour {color:?}");
    columns.iter().sum::<f32>() / columns.len() as f32
}

#[test]
fn cartpole_frame_moves_the_cart_and_tilts_the_pole() {
    let mut env = BuiltinEnv::new(Cartpole::balance(), &options(10)).unwrap();
    let view = Cartpole::viewport();
    let mut at = |x: f64, theta: f64| {
        env.task_mut().state = CartpoleState {
            x,
            x_dot: 0.0,
            theta,
            theta_dot: 0.0,
        };
        env.render()
    };
    let left = at(-0.8, 0.0);
    let right_upright = at(0.6, 0.0);
    let right = at(0.6, 0.5);
    // The cart's pixels move by the cart's displacement times the scale (both poles upright:
    // a tilted pole covers the cart's pixels on one side of the hinge).
    let shift = mean_column(&right_upright, cartpole::CART_COLOR)
        - mean_column(&left, cartpole::CART_COLOR);
    assert!(
        (shift - 1.4 * view.scale).abs() < 0.5,
        "cart moved {shift} pixels"
    );
    // Points of the cart body (beside the pole's base) and of the pole.
    let [half_width, _] = cartpole::CART_SIZE.map(|v| v / 2.0);
    assert_eq!(
        pixel(&left, &view, -0.8 + 0.7 * half_width, 0.0),
        cartpole::CART_COLOR
    );
    assert_ne!(
        pixel(&right, &view, -0.8 + 0.7 * half_width, 0.0),
        cartpole::CART_COLOR
    );
    let length = 2.0 * cartpole::POLE_HALF_LENGTH;
    assert_eq!(
        pixel(&left, &view, -0.8, 0.75 * length),
        cartpole::POLE_COLOR
    );
    let (sin, cos) = 0.5f64.sin_cos();
    assert_eq!(
        pixel(
            &right,
            &view,
            0.6 + 0.75 * length * sin,
            0.75 * length * cos
        ),
        cartpole::POLE_COLOR
    );
    assert_ne!(
        pixel(&right, &view, 0.6, 0.75 * length),
        cartpole::POLE_COLOR
    );
}

#[test]
fn cartpole_conserves_energy_without_force() {
    // With F = 0 and the cart away from the rail ends, the total energy
    // E = M x'^2 / 2 + m l cos(t) x' t' + (2/3) m l^2 t'^2 + m g l cos(t)
    // is conserved (from the pole's centre of mass at (x + l sin t, l cos t) and its inertia
    // m (2l)^2 / 12 about the centre).
    let mut task = Cartpole::swingup();
    task.state = CartpoleState {
        x: 0.0,
        x_dot: 0.1,
        theta: 2.0,
        theta_dot: 1.0,
    };
    let (m, l, total) = (
        cartpole::POLE_MASS,
        cartpole::POLE_HALF_LENGTH,
        cartpole::CART_MASS + cartpole::POLE_MASS,
    );
    let energy_of = |s: &CartpoleState| {
        let (x_dot, t, t_dot) = (s.x_dot, s.theta, s.theta_dot);
        total * x_dot * x_dot / 2.0
            + m * l * t.cos() * x_dot * t_dot
            + 2.0 / 3.0 * m * l * l * t_dot * t_dot
            + m * cartpole::GRAVITY * l * t.cos()
    };
    let energy0 = energy_of(&task.state);
    for _ in 0..200 {
        task.physics_step(&[0.0]);
        assert!(task.state.x.abs() < cartpole::RAIL_HALF_LENGTH);
        let energy = energy_of(&task.state);
        // Semi-implicit Euler is first order: over 2 s at dt = 0.01 it drifts by about 1%.
        let energy_scale = energy0.abs().max(m * cartpole::GRAVITY * l);
        assert!(
            (energy - energy0).abs() < 0.02 * energy_scale,
            "energy {energy} vs {energy0}"
        );
    }
}

#[test]
fn cartpole_accelerations_solve_the_lagrangian_equations() {
    // Lagrange's equations for the cart and the pole (centre of mass at (x + l sin t, l cos t),
    // inertia about the hinge 4/3 m l^2), written as a 2x2 linear system:
    //   [M, m l cos t; m l cos t, 4/3 m l^2] [x''; t''] = [F + m l t'^2 sin t; m g l sin t].
    // Semi-implicit Euler updates the velocities with the accelerations of the old state.
    let (m, l) = (cartpole::POLE_MASS, cartpole::POLE_HALF_LENGTH);
    let total = cartpole::CART_MASS + m;
    let dt = viper::envs::builtin::PHYSICS_DT;
    for (theta, theta_dot, u) in [(0.3, -1.0, 0.5f32), (2.5, 4.0, -1.0), (-1.2, 0.0, 0.0)] {
        let mut task = Cartpole::balance();
        task.state = CartpoleState {
            x: 0.0,
            x_dot: 0.2,
            theta,
            theta_dot,
        };
        task.physics_step(&[u]);
        let force = cartpole::FORCE_GAIN * u as f64;
        let (a, b, d) = (total, m * l * theta.cos(), 4.0 / 3.0 * m * l * l);
        let (r1, r2) = (
            force + m * l * theta_dot * theta_dot * theta.sin(),
            m * cartpole::GRAVITY * l * theta.sin(),
        );
        let det = a * d - b * b;
        let (x_acc, theta_acc) = ((d * r1 - b * r2) / det, (a * r2 - b * r1) / det);
        assert!(((task.state.x_dot - 0.2) / dt - x_acc).abs() < 1e-9 * x_acc.abs().max(1.0));
        assert!(
            ((task.state.theta_dot - theta_dot) / dt - theta_acc).abs()
                < 1e-9 * theta_acc.abs().max(1.0)
        );
    }
}

#[test]
fn reacher_mass_matrix_matches_kinetic_energy_of_the_links() {
    // Kinetic energy from the links' centres of mass (finite differences of their positions)
    // and spins, against q'^T M(q) q' / 2.
    let (l, m) = (reacher::LINK_LENGTH, reacher::LINK_MASS);
    let inertia = m * l * l / 12.0;
    let centres = |q: [f64; 2]| {
        let (elbow, tip) = Reacher::forward_kinematics(q);
        (
            [elbow[0] / 2.0, elbow[1] / 2.0],
            [(elbow[0] + tip[0]) / 2.0, (elbow[1] + tip[1]) / 2.0],
        )
    };
    for (q, v) in [
        ([0.3, 1.2], [0.7, -2.0]),
        ([-2.0, -0.4], [-1.5, 0.5]),
        ([1.0, 3.0], [0.0, 1.0]),
    ] {
        let h = 1e-6;
        let (a1, a2) = centres([q[0] - h * v[0], q[1] - h * v[1]]);
        let (b1, b2) = centres([q[0] + h * v[0], q[1] + h * v[1]]);
        let speed2 = |a: [f64; 2], b: [f64; 2]| {
            ((b[0] - a[0]).powi(2) + (b[1] - a[1]).powi(2)) / (4.0 * h * h)
        };
        let energy = m * (speed2(a1, b1) + speed2(a2, b2)) / 2.0
            + inertia * (v[0].powi(2) + (v[0] + v[1]).powi(2)) / 2.0;
        let mut task = Reacher::new();
        task.state = ReacherState {
            angles: q,
            velocities: v,
            target: [0.1, 0.0],
        };
        let (mass, _) = task.dynamics_terms();
        let quadratic = (0..2)
            .flat_map(|i| (0..2).map(move |j| (i, j)))
            .map(|(i, j)| v[i] * mass[i][j] * v[j])
            .sum::<f64>()
            / 2.0;
        assert!(
            (energy - quadratic).abs() < 1e-8 * energy.max(1e-6),
            "{energy} vs {quadratic}"
        );
    }
}

#[test]
fn roaming_cartpole_expert_balances_while_its_cart_follows_the_sine() {
    use std::f64::consts::PI;
    use viper::envs::Env;
    // The set-point as the module doc states it: x_ref(t) = A sin(2 pi t / 5 s + pi x0 / 0.2).
    let amplitude = 0.5;
    let (repeat, dt) = (8, viper::envs::builtin::PHYSICS_DT);
    let task = Cartpole::balance().with_expert_roam(amplitude);
    let mut env = BuiltinEnv::new(task, &EnvOptions::new(Some(125), Some(repeat))).unwrap();
    env.reset(3).unwrap();
    let phase = PI * env.task_mut().state.x / 0.2;
    let (mut xs, mut refs, mut max_tilt) = (Vec::new(), Vec::new(), 0.0f64);
    for step in 1..=125 {
        let action = env.expert_action().unwrap();
        env.step(&action).unwrap();
        let s = env.task_mut().state;
        let t = (step * repeat) as f64 * dt;
        xs.push(s.x);
        refs.push(amplitude * (2.0 * PI * t / 5.0 + phase).sin());
        max_tilt = max_tilt.max(s.theta.abs());
    }
    let (lowest, highest) = xs
        .iter()
        .fold((0.0f64, 0.0f64), |(lo, hi), &x| (lo.min(x), hi.max(x)));
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    let (mx, mr) = (mean(&xs), mean(&refs));
    let cov = |a: &[f64], ma: f64, b: &[f64], mb: f64| {
        a.iter()
            .zip(b)
            .map(|(x, y)| (x - ma) * (y - mb))
            .sum::<f64>()
    };
    let correlation =
        cov(&xs, mx, &refs, mr) / (cov(&xs, mx, &xs, mx) * cov(&refs, mr, &refs, mr)).sqrt();
    // The cart sways over the set-point's range, in step with it (the regulator lags behind a
    // moving set-point, so not exactly on it), and the pole stays up.
    assert!(
        correlation > 0.6,
        "cart position against the set-point: correlation {correlation}"
    );
    assert!(
        lowest < -0.8 * amplitude && highest > 0.8 * amplitude,
        "cart range [{lowest}, {highest}] m"
    );
    assert!(max_tilt < 0.2, "largest tilt {max_tilt} rad");
}
