#!/usr/bin/env python3
"""Mean episode return of each DMC scripted expert against uniform random actions.

    tools/envs/.venv/bin/python tools/envs/evaluate_experts.py [--episodes 5] [TASK ...]

Uses the workers' own task code (dmc_task.DmcTask, reference settings: action repeat 2,
1000-physics-step episodes, returns out of at most 1000) with fast rendering. Seeds 0..N-1 for
both policies, so both face the same initial states.
"""

import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dmc_task import DmcTask  # noqa: E402
from experts import EXPERT_TASKS  # noqa: E402


def episode_return(task, seed, policy):
    obs = task.reset(seed)
    total = 0.0
    while not obs["is_last"]:
        obs = task.step(policy())
        total += obs["reward"]
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tasks", nargs="*", default=list(EXPERT_TASKS))
    parser.add_argument("--episodes", type=int, default=5)
    args = parser.parse_args()
    print(f"{'task':<24} {'expert':>8} {'random':>8}  (mean return over {args.episodes} episodes)")
    for name in args.tasks:
        task = DmcTask(name, render="fast")
        rng = np.random.default_rng(0)
        dim = task.action_space["dim"]
        expert = [episode_return(task, s, task.expert_action) for s in range(args.episodes)]
        random = [episode_return(task, s, lambda: rng.uniform(-1, 1, dim))
                  for s in range(args.episodes)]
        print(f"{name:<24} {np.mean(expert):>8.1f} {np.mean(random):>8.1f}", flush=True)


if __name__ == "__main__":
    main()
