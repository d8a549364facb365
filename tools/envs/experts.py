"""Scripted experts for DMC tasks: controllers that read the physics state.

Each expert is a function physics -> actuator command (in the actuator's own range; the task
maps it to the agent's [-1, 1]). They exist to make expert videos without trained agents.
- cartpole (balance and swing-up): a discrete-time LQR around the upright state, with gains
  computed from MuJoCo's own linearisation of the model at the agent's control period; for the
  swing-up, an energy-pumping controller first brings the pole near upright.
- pendulum (swing-up): energy pumping, then the same kind of LQR as the cartpole.
- point_mass (easy): a PD controller that drives the mass to the target.
- reacher (easy and hard): inverse kinematics of the two-link arm for the target, then a PD
  controller in joint space.
"""

import mujoco
import numpy as np
import scipy.linalg


def make(task_name, physics, repeat):
    """The expert for `task_name` ('cartpole_swingup'), or None where there is none."""
    factory = EXPERT_TASKS.get(task_name)
    return factory(physics, repeat) if factory is not None else None


def linearize(model, repeat, eps=1e-5):
    """(A, B) of the agent step (`repeat` physics steps, control held) at qpos = qvel = 0.

    Central finite differences through mj_step (the cartpole integrates with RK4, which
    MuJoCo's own mjd_transitionFD does not support). State: qpos then qvel (hinge joints only).
    """
    data = mujoco.MjData(model)
    nq, nv, nu = model.nq, model.nv, model.nu

    def advance(state, control):
        mujoco.mj_resetData(model, data)
        data.qpos[:], data.qvel[:], data.ctrl[:] = state[:nq], state[nq:], control
        for _ in range(repeat):
            mujoco.mj_step(model, data)
        return np.concatenate([data.qpos, data.qvel])

    state0, control0 = np.zeros(nq + nv), np.zeros(nu)
    a = np.zeros((nq + nv, nq + nv))
    b = np.zeros((nq + nv, nu))
    for i in range(nq + nv):
        step = np.zeros(nq + nv)
        step[i] = eps
        a[:, i] = (advance(state0 + step, control0) - advance(state0 - step, control0)) / (2 * eps)
    for j in range(nu):
        step = np.zeros(nu)
        step[j] = eps
        b[:, j] = (advance(state0, control0 + step) - advance(state0, control0 - step)) / (2 * eps)
    return a, b


class CartpoleExpert:
    # State weights: cart position, pole angle, cart velocity, pole angular velocity.
    STATE_COST = np.diag([1.0, 10.0, 0.1, 0.1])
    CONTROL_COST = np.array([[1.0]])
    # Below this cosine of the pole angle the swing-up pumps energy instead of balancing.
    CATCH_COSINE = 0.9

    def __init__(self, physics, repeat, swing_up):
        model = physics.model.ptr
        self.gain = lqr_gain(physics, repeat, self.STATE_COST, self.CONTROL_COST)
        self.swing_up = swing_up
        pole = model.body("pole_1")
        self.mass = float(pole.mass[0])
        self.com = float(pole.ipos[2])
        # Moment of inertia of the pole about the hinge (y axis), parallel-axis theorem.
        self.inertia = float(pole.inertia[1]) + self.mass * self.com**2
        self.gravity = float(-model.opt.gravity[2])

    def __call__(self, physics):
        data = physics.data
        x, theta = float(data.qpos[0]), float(data.qpos[1])
        x_dot, theta_dot = float(data.qvel[0]), float(data.qvel[1])
        theta = wrap_angle(theta)
        if not self.swing_up or np.cos(theta) > self.CATCH_COSINE:
            state = np.array([x, theta, x_dot, theta_dot])
            return np.clip(-self.gain @ state, -1.0, 1.0)
        # Energy relative to upright at rest: negative while the pole has too little energy.
        energy = 0.5 * self.inertia * theta_dot**2 + self.mass * self.gravity * self.com * (
            np.cos(theta) - 1.0
        )
        pump = energy * np.sign(theta_dot * np.cos(theta))
        centre = -0.3 * x - 0.3 * x_dot
        return np.clip(np.array([5.0 * pump + centre]), -1.0, 1.0)


def point_mass_expert(physics):
    positions = physics.named.data.geom_xpos
    to_target = positions["target", :2] - positions["pointmass", :2]
    velocity = physics.named.data.qvel[["root_x", "root_y"]]
    return np.clip(20.0 * to_target - 4.0 * velocity, -1.0, 1.0)


def wrap_angle(angle):
    return (angle + np.pi) % (2 * np.pi) - np.pi


def lqr_gain(physics, repeat, state_cost, control_cost):
    """The discrete-time LQR gain of the agent step around qpos = qvel = 0."""
    a, b = linearize(physics.model.ptr, repeat)
    p = scipy.linalg.solve_discrete_are(a, b, state_cost, control_cost)
    return np.linalg.solve(control_cost + b.T @ p @ b, b.T @ p @ a)


class PendulumExpert:
    # Below this cosine of the pole angle the controller pumps energy instead of balancing.
    CATCH_COSINE = 0.8

    def __init__(self, physics, repeat):
        self.gain = lqr_gain(physics, repeat, np.diag([10.0, 0.1]), np.array([[1.0]]))
        model = physics.model.ptr
        mass = model.body("pole")
        self.weight_torque = float(mass.mass[0] * -model.opt.gravity[2] * mass.ipos[2])
        # Moment of inertia about the hinge (y axis), parallel-axis theorem.
        self.inertia = float(mass.inertia[1] + mass.mass[0] * mass.ipos[2] ** 2)

    def __call__(self, physics):
        theta = wrap_angle(float(physics.data.qpos[0]))
        theta_dot = float(physics.data.qvel[0])
        if np.cos(theta) > self.CATCH_COSINE:
            return np.clip(-self.gain @ np.array([theta, theta_dot]), -1.0, 1.0)
        energy = 0.5 * self.inertia * theta_dot**2 + self.weight_torque * (np.cos(theta) - 1.0)
        # Push along the motion while short of the upright energy; a kick from rest.
        direction = np.sign(theta_dot) if abs(theta_dot) > 1e-3 else 1.0
        return np.array([np.clip(-2.0 * energy, -1.0, 1.0) * direction])


def reacher_expert(physics, repeat=None):
    del repeat
    upper, lower = 0.12, 0.12
    target = physics.named.model.geom_pos["target", :2] - physics.named.data.xpos["arm", :2]
    distance = min(np.linalg.norm(target), upper + lower - 1e-6)
    cos_elbow = (distance**2 - upper**2 - lower**2) / (2 * upper * lower)
    elbow = np.arccos(np.clip(cos_elbow, -1.0, 1.0))
    shoulder_now, wrist_now = physics.data.qpos[0], physics.data.qpos[1]
    # Of the two elbow solutions, the one nearer the current wrist angle.
    if abs(-elbow - wrist_now) < abs(elbow - wrist_now):
        elbow = -elbow
    shoulder = np.arctan2(target[1], target[0]) - np.arctan2(
        lower * np.sin(elbow), upper + lower * np.cos(elbow)
    )
    error = np.array([wrap_angle(shoulder - shoulder_now), elbow - wrist_now])
    return np.clip(3.0 * error - 0.3 * physics.data.qvel[:2], -1.0, 1.0)


EXPERT_TASKS = {
    "cartpole_balance": lambda physics, repeat: CartpoleExpert(physics, repeat, swing_up=False),
    "cartpole_swingup": lambda physics, repeat: CartpoleExpert(physics, repeat, swing_up=True),
    "pendulum_swingup": PendulumExpert,
    "point_mass_easy": lambda physics, repeat: point_mass_expert,
    "reacher_easy": lambda physics, repeat: reacher_expert,
    "reacher_hard": lambda physics, repeat: reacher_expert,
}
