#!/usr/bin/env python3
"""The peer of viper's Python-environment benchmark (benches/envs_python.rs): dm_control and
ALE driven directly from Python, in 1..N processes, with the same settings as viper's workers
(DMC: action repeat 2, 64x64 frames from camera 0, `default` or `fast` rendering; Atari: sticky
actions 0.25, repeat 4 with a max-pool of the last two frames, 64x64 area resize).

Prints one JSON line: {"steps_per_second": total agent steps per second over all processes}.
Random actions; an episode that ends is reset, and resets are counted as steps, as in viper.
Run with tools/envs/.venv/bin/python.
"""

import argparse
import json
import multiprocessing
import os
import time

os.environ.setdefault("MUJOCO_GL", "egl")


def dmc_loop(task, render, steps, barrier):
    import mujoco
    import numpy as np
    from dm_control import suite
    from dm_control.mujoco import engine

    (domain, name), = [(d, t) for d, t in suite.ALL_TASKS if f"{d}_{t}" == task]
    env = suite.load(domain, name)
    physics = env.physics
    if render == "fast":
        physics.model.vis.quality.shadowsize = 0
        physics.model.vis.quality.offsamples = 0
        physics.model.vis.global_.offwidth = 64
        physics.model.vis.global_.offheight = 64
        camera = engine.Camera(physics, height=64, width=64, camera_id=0)
        camera.scene.flags[mujoco.mjtRndFlag.mjRND_SHADOW] = 0
        camera.scene.flags[mujoco.mjtRndFlag.mjRND_REFLECTION] = 0

        def frame():
            return camera.render().copy()
    else:

        def frame():
            return physics.render(64, 64, camera_id=0)

    spec = env.action_spec()
    rng = np.random.default_rng(0)
    env.reset()
    frame()
    barrier.wait()
    start = time.perf_counter()
    done = False
    for _ in range(steps):
        if done:
            env.reset()
            done = False
        else:
            action = rng.uniform(spec.minimum, spec.maximum)
            for _ in range(2):
                done = env.step(action).last()
                if done:
                    break
        frame()
    return time.perf_counter() - start


def atari_loop(game, steps, barrier):
    import cv2
    import numpy as np
    from ale_py.env import AtariEnv

    env = AtariEnv(game=game, obs_type="rgb", frameskip=1, repeat_action_probability=0.25,
                   full_action_space=True)
    ale = env.ale
    height, width = ale.getScreenDims()
    screens = [np.zeros((height, width, 3), np.uint8) for _ in range(2)]
    rng = np.random.default_rng(0)
    env.reset(seed=0)
    barrier.wait()
    start = time.perf_counter()
    done = False
    for _ in range(steps):
        if done:
            env.reset()
            ale.getScreenRGB(screens[0])
            done = False
        else:
            action = int(rng.integers(18))
            for repeat in range(4):
                _, _, terminated, truncated, _ = env.step(action)
                if repeat == 2:
                    ale.getScreenRGB(screens[1])
                if terminated or truncated:
                    done = True
                    break
            ale.getScreenRGB(screens[0])
        cv2.resize(np.maximum(screens[0], screens[1]), (64, 64), interpolation=cv2.INTER_AREA)
    return time.perf_counter() - start


def worker(args, barrier, results):
    if args.suite == "dmc":
        results.put(dmc_loop(args.task, args.render, args.steps, barrier))
    else:
        results.put(atari_loop(args.task, args.steps, barrier))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", choices=["dmc", "atari"], required=True)
    parser.add_argument("--task", required=True, help="cartpole_swingup, pong, ...")
    parser.add_argument("--render", choices=["default", "fast"], default="fast")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--steps", type=int, default=500, help="agent steps per process")
    args = parser.parse_args()
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(args.processes)
    results = context.Queue()
    processes = [context.Process(target=worker, args=(args, barrier, results))
                 for _ in range(args.processes)]
    for process in processes:
        process.start()
    elapsed = [results.get() for _ in processes]
    for process in processes:
        process.join()
    print(json.dumps({"steps_per_second": args.processes * args.steps / max(elapsed)}))


if __name__ == "__main__":
    main()
