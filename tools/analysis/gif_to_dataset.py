"""A policy GIF (`viper eval-agent --video`) as a one-episode dataset `viper score` can read.

Usage: gif_to_dataset.py POLICY.gif OUT_DIR [TASK]

Writes OUT_DIR/TASK/train/episode_000000.npz holding the GIF's frames as `arr_0`, uint8
[T, H, W, 3], and an empty OUT_DIR/TASK/test/: the layout `viper collect` writes, with the
episode once (`score` reads both splits). TASK defaults to cartpole_balance. Used to score whole agent
trajectories with the VIPER reward (README, DreamerV3 agent section, "Session 9").
Needs numpy and Pillow (tools/logging/.venv has them).
"""
import os
import sys

import numpy as np
from PIL import Image


def gif_frames(path):
    image = Image.open(path)
    frames = []
    for index in range(image.n_frames):
        image.seek(index)
        frames.append(np.asarray(image.convert("RGB")))
    return np.stack(frames)


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    gif, out = sys.argv[1], sys.argv[2]
    task = sys.argv[3] if len(sys.argv) == 4 else "cartpole_balance"
    frames = gif_frames(gif)
    for split in ("train", "test"):
        os.makedirs(os.path.join(out, task, split), exist_ok=True)
    np.savez(os.path.join(out, task, "train", "episode_000000.npz"), frames)
    print(f"{gif}: {frames.shape[0]} frames of {frames.shape[1]}x{frames.shape[2]} -> {out}/{task}")


if __name__ == "__main__":
    main()
