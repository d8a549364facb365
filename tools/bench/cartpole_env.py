"""`builtin:cartpole_balance` (src/envs/builtin/cartpole.rs) re-implemented in numpy, so that
the reference's DreamerV3 (tools/bench/reference_agent_train.py) trains on the same task as our
agent: the same physics (semi-implicit Euler at 0.01 s, inelastic rail stops), initial states,
smooth DMC-style reward, action repeat, time limit and 64x64 frames (box-downsampled as
src/agent/frames.rs does when the model's image size is smaller).

Seeds follow the Rust env (SplitMix64, `envs::rng::Rng`): `reset(seed)` with the same seed gives
the same initial state, and `python cartpole_env.py --compare DIR` replays `viper collect
--policy random` (same episode seeds and action streams) and compares the returns and frames
with DIR/cartpole_balance/{returns.json,*/episode_*.npz}.
"""

import argparse
import json
import math
import os

import numpy as np

MASK = (1 << 64) - 1
PHYSICS_DT = 0.01
CART_MASS, POLE_MASS, POLE_HALF_LENGTH, GRAVITY = 1.0, 0.1, 0.5, 9.81
FORCE_GAIN, RAIL_HALF_LENGTH, CART_SIZE = 10.0, 1.5, (0.5, 0.25)
POLE_RADIUS, VIEW_HALF_WIDTH, RAIL_ROW, GROUND_ROW = 0.1, 1.6, 38.0, 48
CART_COLOR, POLE_COLOR, RAIL_COLOR = (200, 120, 60), (230, 200, 140), (90, 90, 100)
SKY_COLORS = ((70, 110, 160), (140, 175, 210))
GROUND_COLORS = ((60, 75, 90), (72, 88, 104))
SIZE = 64


def _mix(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


class Rng:
    """SplitMix64 with a mixed seed, as `envs::rng::Rng`."""

    def __init__(self, seed):
        self.state = _mix((seed ^ 0x6A09E667F3BCC908) & MASK)

    @classmethod
    def for_item(cls, seed, index):
        mixer = cls(seed ^ ((index * 0xD1B54A32D192ED03) & MASK))
        return cls(mixer.next_u64())

    def next_u64(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        return _mix(self.state)

    def uniform_in(self, low, high):
        return low + (high - low) * ((self.next_u64() >> 11) * (1.0 / (1 << 53)))


def tolerance_gaussian(x, margin):
    """DMC tolerance with band [0, 0] and a Gaussian sigmoid worth 0.1 at `margin`."""
    if x == 0.0:
        return 1.0
    d = abs(x) / margin
    s = math.sqrt(-2.0 * math.log(0.1))
    return math.exp(-0.5 * (d * s) ** 2)


def small_control(u):
    return (4.0 + max(0.0, 1.0 - u * u)) / 5.0


# Pixel centres, float32 as the Rust rasterizer computes.
_COLS, _ROWS = np.meshgrid(np.arange(SIZE, dtype=np.float32) + np.float32(0.5),
                           np.arange(SIZE, dtype=np.float32) + np.float32(0.5))
_SCALE = np.float32(32.0) / np.float32(VIEW_HALF_WIDTH)


def _to_pixel(x, y):
    return (np.float32(32.0) + np.float32(x) * _SCALE, np.float32(RAIL_ROW) - np.float32(y) * _SCALE)


def _fill(canvas, sdf, color):
    """Covers each pixel by clamp(0.5 - sdf, 0, 1) of `color` (render.rs `fill_sdf`)."""
    alpha = np.clip(np.float32(0.5) - sdf, 0, 1).astype(np.float32)[..., None]
    color = np.asarray(color, np.float32)
    dst = canvas.astype(np.float32)
    mixed = np.floor(dst + (color - dst) * alpha + np.float32(0.5))
    out = np.where(alpha >= 1, color, np.where(alpha > 0, mixed, dst))
    canvas[...] = out.astype(np.uint8)


def _rect(canvas, top_left, bottom_right, color):
    cx, cy = (top_left[0] + bottom_right[0]) / 2, (top_left[1] + bottom_right[1]) / 2
    hw, hh = (bottom_right[0] - top_left[0]) / 2, (bottom_right[1] - top_left[1]) / 2
    qx, qy = np.abs(_COLS - cx) - hw, np.abs(_ROWS - cy) - hh
    outside = np.sqrt(np.maximum(qx, 0) ** 2 + np.maximum(qy, 0) ** 2)
    _fill(canvas, outside + np.minimum(np.maximum(qx, qy), 0), color)


def _capsule(canvas, a, b, radius, color):
    dx, dy = b[0] - a[0], b[1] - a[1]
    len2 = max(dx * dx + dy * dy, np.float32(1e-12))
    t = np.clip(((_COLS - a[0]) * dx + (_ROWS - a[1]) * dy) / len2, 0, 1)
    dist = np.sqrt((_COLS - a[0] - t * dx) ** 2 + (_ROWS - a[1] - t * dy) ** 2)
    _fill(canvas, dist - radius, color)


def _background():
    canvas = np.zeros((SIZE, SIZE, 3), np.uint8)
    top, bottom = (np.asarray(c, np.float32) for c in SKY_COLORS)
    for row in range(GROUND_ROW):
        t = np.float32(row) / np.float32(GROUND_ROW)
        canvas[row] = np.floor(top + (bottom - top) * t + np.float32(0.5)).astype(np.uint8)
    for row in range(GROUND_ROW, SIZE):
        for col in range(SIZE):
            canvas[row, col] = GROUND_COLORS[(row // 8 + col // 8) % 2]
    half = np.float32(0.02) * _SCALE
    end = RAIL_HALF_LENGTH + CART_SIZE[0] / 2
    left, right = _to_pixel(-end, 0)[0], _to_pixel(end, 0)[0]
    _rect(canvas, (left, np.float32(RAIL_ROW) - half), (right, np.float32(RAIL_ROW) + half),
          RAIL_COLOR)
    return canvas


def downsample(frame, size):
    """Box filter with rounding, as `data::downsample_frames`."""
    f = frame.shape[0] // size
    area = f * f
    sums = frame.reshape(size, f, size, f, 3).astype(np.uint32).sum((1, 3))
    return ((sums + area // 2) // area).astype(np.uint8)


class CartpoleBalance:
    """The balance task with action repeat and a time limit; observations are dicts."""

    def __init__(self, action_repeat=8, episode_length=125, image_size=64):
        if SIZE % image_size:
            raise ValueError(f"image_size {image_size}: must divide {SIZE}")
        self.action_repeat, self.episode_length, self.image_size = (
            action_repeat, episode_length, image_size)
        self.background = _background()
        self.state = np.zeros(4)  # x, x_dot, theta, theta_dot
        self.steps = 0

    def reset(self, seed):
        rng = Rng(seed)
        x = rng.uniform_in(-0.2, 0.2)
        theta = rng.uniform_in(-0.1, 0.1)
        x_dot = rng.uniform_in(-0.05, 0.05)
        theta_dot = rng.uniform_in(-0.05, 0.05)
        self.state = [x, x_dot, theta, theta_dot]
        self.steps = 0
        return self._obs(0.0, first=True)

    def physics_step(self, u):
        x, x_dot, theta, theta_dot = self.state
        total, l = CART_MASS + POLE_MASS, POLE_HALF_LENGTH
        sin, cos = math.sin(theta), math.cos(theta)
        push = (FORCE_GAIN * u + POLE_MASS * l * theta_dot ** 2 * sin) / total
        theta_acc = (GRAVITY * sin - cos * push) / (l * (4.0 / 3.0 - POLE_MASS * cos * cos / total))
        x_acc = push - POLE_MASS * l * theta_acc * cos / total
        x_dot += PHYSICS_DT * x_acc
        theta_dot += PHYSICS_DT * theta_acc
        x += PHYSICS_DT * x_dot
        theta += PHYSICS_DT * theta_dot
        if abs(x) > RAIL_HALF_LENGTH:
            x, x_dot = max(-RAIL_HALF_LENGTH, min(RAIL_HALF_LENGTH, x)), 0.0
        self.state = [x, x_dot, theta, theta_dot]
        upright = (math.cos(theta) + 1.0) / 2.0
        centered = (1.0 + tolerance_gaussian(x, 2.0)) / 2.0
        small_velocity = (1.0 + tolerance_gaussian(theta_dot, 5.0)) / 2.0
        return upright * centered * small_control(u) * small_velocity

    def step(self, action):
        u = float(np.clip(np.float32(np.asarray(action, np.float32).reshape(-1)[0]), -1, 1))
        reward = sum(self.physics_step(u) for _ in range(self.action_repeat))
        self.steps += 1
        return self._obs(reward, last=self.steps >= self.episode_length)

    def render(self):
        canvas = self.background.copy()
        x, _, theta, _ = self.state
        w, h = CART_SIZE[0] / 2, CART_SIZE[1] / 2
        xf = np.float32(x)
        _rect(canvas, _to_pixel(xf - np.float32(w), h), _to_pixel(xf + np.float32(w), -h),
              CART_COLOR)
        length = 2 * POLE_HALF_LENGTH
        tip = _to_pixel(x + length * math.sin(theta), length * math.cos(theta))
        _capsule(canvas, _to_pixel(xf, 0), tip, np.float32(POLE_RADIUS) * _SCALE, POLE_COLOR)
        return canvas

    def _obs(self, reward, first=False, last=False):
        image = self.render()
        if self.image_size != SIZE:
            image = downsample(image, self.image_size)
        return {"image": image, "reward": np.float32(reward), "is_first": first,
                "is_last": last, "is_terminal": False}


def compare(directory, action_repeat, episode_length, seed=0):
    """Replays `viper collect --policy random --seed SEED` and compares returns and frames."""
    task_dir = os.path.join(directory, "cartpole_balance")
    with open(os.path.join(task_dir, "returns.json")) as f:
        listing = json.load(f)
    env = CartpoleBalance(action_repeat, episode_length)
    ours = []
    for episode in listing["episodes"]:
        index = episode["index"]
        actions = Rng.for_item(seed ^ 0xAC710000, index)
        frames = [env.reset(Rng.for_item(seed, index).next_u64())["image"]]
        total = 0.0
        for _ in range(episode_length):
            obs = env.step(np.float32(actions.uniform_in(-1.0, 1.0)))
            frames.append(obs["image"])
            total += float(obs["reward"])
        theirs = np.load(os.path.join(task_dir, episode["file"]))
        theirs = theirs[theirs.files[0]]
        frames = np.stack(frames)[-len(theirs):]
        diff = np.abs(frames.astype(int) - theirs.astype(int))
        print(f"episode {index}: return {total:.3f} (rust {episode['return']:.3f}), frames "
              f"{frames.shape} vs {theirs.shape}: max |diff| {diff.max()}, "
              f"pixels differing {(diff.max(-1) > 0).mean():.5f}")
        ours.append(total)
    print(f"mean return: numpy {np.mean(ours):.3f}, rust {listing['mean_return']:.3f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compare", metavar="DIR", required=True,
                        help="output of `viper collect --env builtin:cartpole_balance "
                             "--policy random`")
    parser.add_argument("--action-repeat", type=int, default=8)
    parser.add_argument("--episode-length", type=int, default=125)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    compare(args.compare, args.action_repeat, args.episode_length, args.seed)
