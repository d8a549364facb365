"""VIPER rewards of cart-pole episodes binned by the pole's angle, read off the frames.

Usage: reward_by_pole_angle.py SCORES.json DATASET_ROOT [LABEL]

SCORES.json is what `viper score --episodes DATASET_ROOT --out SCORES.json` writes; the
episodes are builtin cart-pole frames (64x64). The angle is the direction from the cart's
pixels to the pole's pixels (their colours in src/envs/builtin/cartpole.rs), 0 upright.
Prints, per |angle| bin, the number of steps and the reward's mean, 10th and 90th percentiles:
does the reward model's likelihood follow the pole? (README, DreamerV3 agent section.)
Needs numpy (tools/logging/.venv has it).
"""
import json
import os
import sys

import numpy as np

POLE = np.array([230, 200, 140])
CART = np.array([200, 120, 60])
BINS = [0, 2, 5, 10, 20, 45, 90, 180]


def pole_angle(frame):
    """Degrees from upright (NaN when the pole or cart is not found)."""
    pole = np.abs(frame.astype(int) - POLE).sum(-1) < 40
    cart = np.abs(frame.astype(int) - CART).sum(-1) < 40
    if pole.sum() < 3 or cart.sum() < 3:
        return np.nan
    cy, cx = np.argwhere(cart).mean(0)
    py, px = np.argwhere(pole).mean(0)
    return np.degrees(np.arctan2(px - cx, cy - py))


def main():
    scores = json.load(open(sys.argv[1]))
    root = sys.argv[2]
    rows = []
    for episode in scores["episodes"]:
        frames = np.load(os.path.join(root, episode["episode"]))["arr_0"]
        for i, reward in enumerate(episode["rewards"]):
            rows.append((abs(pole_angle(frames[episode["first_step"] + i])), reward))
    rows = np.array(rows)
    label = sys.argv[3] if len(sys.argv) > 3 else ""
    print(f"{label} steps {len(rows)} mean reward {rows[:, 1].mean():.1f}")
    for lo, hi in zip(BINS[:-1], BINS[1:]):
        inside = (rows[:, 0] >= lo) & (rows[:, 0] < hi)
        if inside.any():
            r = rows[inside, 1]
            print(
                f"  |angle| {lo:3d}-{hi:3d} deg: n {inside.sum():5d}  reward mean {r.mean():8.1f}"
                f"  p10 {np.percentile(r, 10):8.1f}  p90 {np.percentile(r, 90):8.1f}"
            )


if __name__ == "__main__":
    main()
