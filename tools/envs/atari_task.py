"""Atari games for worker.py through ale-py (which ships the ROMs), with the reference's settings.

Reference settings (VIPER's DreamerV3 Atari wrapper): the emulator runs with frameskip 1 and the
action is repeated 4 times here, rewards summed; the observation is the pixel-wise maximum of
the last two emulator frames (removes sprite flicker), resized to 64x64 RGB with area
interpolation; sticky actions with probability 0.25; the full 18-action space; no no-op starts;
lives are not used; episodes end at game over or after 108000 emulator frames, and
`is_terminal` equals `is_last` at those ends (a quirk of the reference kept for parity). An
extra agent-step limit (`max_steps`, for short test episodes) is a truncation: is_terminal False.
"""

import cv2
import numpy as np
from ale_py import roms
from ale_py.env import AtariEnv

MAX_FRAMES = 108000


class AtariTask:
    has_expert = False

    def __init__(self, game, max_steps=0, action_repeat=0):
        if game not in roms.get_all_rom_ids():
            raise ValueError(f"unknown Atari game '{game}'; ale-py ships: {', '.join(roms.get_all_rom_ids())}")
        self.env = AtariEnv(
            game=game,
            obs_type="rgb",
            frameskip=1,
            repeat_action_probability=0.25,
            full_action_space=True,
        )
        self.ale = self.env.ale
        self.repeat = action_repeat or 4
        self.max_steps = max_steps
        self.action_space = {"kind": "discrete", "n": int(self.env.action_space.n)}
        height, width = self.ale.getScreenDims()
        self.screens = [np.zeros((height, width, 3), np.uint8) for _ in range(2)]
        self.frames = 0
        self.steps = 0
        self.done = True

    def _image(self):
        pooled = np.maximum(self.screens[0], self.screens[1])
        return cv2.resize(pooled, (64, 64), interpolation=cv2.INTER_AREA)

    def reset(self, seed):
        self.env.reset(seed=int(seed % (2**31)))
        self.ale.getScreenRGB(self.screens[0])
        self.screens[1].fill(0)
        self.frames = 0
        self.steps = 0
        self.done = False
        return {"image": self._image(), "reward": 0.0, "is_first": True, "is_last": False,
                "is_terminal": False}

    def step(self, action):
        if self.done:
            raise RuntimeError("step after the episode ended: reset first")
        reward = 0.0
        game_over = False
        for repeat in range(self.repeat):
            _, frame_reward, terminated, truncated, _ = self.env.step(action)
            self.frames += 1
            reward += frame_reward
            # Keep the second-to-last frame of the repeat for the max-pool.
            if repeat == self.repeat - 2:
                self.ale.getScreenRGB(self.screens[1])
            if terminated or truncated or self.frames >= MAX_FRAMES:
                game_over = True
                break
        self.ale.getScreenRGB(self.screens[0])
        self.steps += 1
        truncated_here = bool(self.max_steps) and self.steps >= self.max_steps
        self.done = game_over or truncated_here
        return {"image": self._image(), "reward": reward, "is_first": False,
                "is_last": self.done, "is_terminal": game_over}

    def expert_action(self):
        return None
