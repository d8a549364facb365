"""DeepMind Control Suite tasks for worker.py, with the reference's settings.

Reference settings (VIPER's DreamerV3 DMC wrapper): images from camera 0 (quadruped: 2) at
64x64, action repeat 2 with rewards summed, actions in [-1, 1] clipped and mapped onto the
actuator ranges, episodes of 1000 physics steps (501 agent steps with the reset step),
is_terminal always False.

Rendering quality `default` renders as the reference (`physics.render(64, 64, camera_id)`, with
shadows and multisampling). `fast` turns the shadow map and multisampling off, makes the
offscreen buffer 64x64 and reuses one camera: about 15x faster on a software (llvmpipe) EGL.
"""

import os

os.environ.setdefault("MUJOCO_GL", "egl")

import numpy as np  # noqa: E402
from dm_control import suite  # noqa: E402
from dm_control.mujoco import engine  # noqa: E402
import mujoco  # noqa: E402

import experts  # noqa: E402

# The reference's short names for two domains.
DOMAIN_ALIASES = {"cup": "ball_in_cup", "pointmass": "point_mass"}


def resolve_task(name):
    """'cartpole_swingup' -> ('cartpole', 'swingup'); accepts the reference's aliases."""
    for alias, domain in DOMAIN_ALIASES.items():
        if name.startswith(alias + "_"):
            name = domain + name[len(alias):]
    known = {f"{domain}_{task}": (domain, task) for domain, task in suite.ALL_TASKS}
    if name not in known:
        raise ValueError(f"unknown DMC task '{name}'; known: {', '.join(sorted(known))}")
    return known[name]


class DmcTask:
    def __init__(self, name, render="default", max_steps=0, camera=-1, action_repeat=0):
        self.domain, self.task_name = resolve_task(name)
        self.name = f"{self.domain}_{self.task_name}"
        self.env = suite.load(self.domain, self.task_name)
        self.physics = self.env.physics
        self.repeat = action_repeat or 2
        self.max_steps = max_steps
        if camera < 0:
            camera = 2 if self.domain == "quadruped" else 0
        self.camera_id = camera
        spec = self.env.action_spec()
        self.low = np.asarray(spec.minimum, np.float64)
        self.high = np.asarray(spec.maximum, np.float64)
        self.action_space = {"kind": "continuous", "dim": int(spec.shape[0])}
        self.fast_camera = self._make_fast_camera() if render == "fast" else None
        self.expert = experts.make(self.name, self.physics, self.repeat)
        self.has_expert = self.expert is not None
        self.steps = 0
        self.done = True

    def _make_fast_camera(self):
        # Must happen before the first render creates the GL context: the shadow map, the
        # multisample buffers and the offscreen size are allocated with it.
        quality = self.physics.model.vis.quality
        quality.shadowsize = 0
        quality.offsamples = 0
        self.physics.model.vis.global_.offwidth = 64
        self.physics.model.vis.global_.offheight = 64
        camera = engine.Camera(self.physics, height=64, width=64, camera_id=self.camera_id)
        camera.scene.flags[mujoco.mjtRndFlag.mjRND_SHADOW] = 0
        camera.scene.flags[mujoco.mjtRndFlag.mjRND_REFLECTION] = 0
        return camera

    def render(self):
        if self.fast_camera is not None:
            # The camera hands back its own reused buffer: copy the frame.
            return np.array(self.fast_camera.render(), dtype=np.uint8, copy=True)
        return self.physics.render(64, 64, camera_id=self.camera_id)

    def _obs(self, reward, is_first, is_last):
        return {
            "image": self.render(),
            "reward": reward,
            "is_first": is_first,
            "is_last": is_last,
            "is_terminal": False,
        }

    def reset(self, seed):
        # The task draws its initial state from its own RandomState: reseed it in place.
        self.env.task.random.seed(seed % (2**32))
        self.env.reset()
        self.steps = 0
        self.done = False
        return self._obs(0.0, True, False)

    def step(self, action):
        if self.done:
            raise RuntimeError("step after the episode ended: reset first")
        action = np.clip(np.asarray(action, np.float64), -1.0, 1.0)
        action = self.low + (action + 1.0) * 0.5 * (self.high - self.low)
        reward = 0.0
        last = False
        for _ in range(self.repeat):
            time_step = self.env.step(action)
            reward += time_step.reward or 0.0
            if time_step.last():
                last = True
                break
        self.steps += 1
        if self.max_steps and self.steps >= self.max_steps:
            last = True
        self.done = last
        return self._obs(reward, False, last)

    def expert_action(self):
        if self.expert is None:
            return None
        action = self.expert(self.physics)
        # Map the expert's actuator command back to the agent's [-1, 1] range.
        normalized = 2.0 * (np.asarray(action) - self.low) / (self.high - self.low) - 1.0
        return np.clip(normalized, -1.0, 1.0).tolist()
