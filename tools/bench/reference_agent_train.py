"""Trains the REFERENCE DreamerV3 (the one vendored in a checkout of
github.com/Alescontrela/viper_rl, imported from the checkout, never copied) on our
`builtin:cartpole_balance` (tools/bench/cartpole_env.py, bit-identical to the Rust env), to
compare its learning with our agent's (`viper train-agent`) at the same sizes and budget.

The loop is the reference's `embodied.run.train` without checkpoints and its logger: its
Driver over a BatchEnv of N envs (wrapped as its `train_dreamer.wrap_env` does), its Uniform
replay, random prefill, `when.Ratio(train_ratio / (batch * length))` updates per env step,
`Agent.policy(mode="train")` and `Agent.train`. Output (OUT/): `episodes.jsonl` (every
episode's return with the env step), `train.jsonl` (every --log-every updates: means of the
imagined action, its |a|, actor entropy, losses, and the env actions taken since the last line),
`config.json`.

Needs the bench venv with the reference deps (`BENCH_REFERENCE_DEPS=1 tools/bench/setup`):
  nice -n 5 tools/bench/.venv/bin/python tools/bench/reference_agent_train.py \
      --reference /path/to/viper_rl --out runs/ref-cartpole --preset ours
"""

import argparse
import json
import os
import sys
import time

import numpy as np

import cartpole_env

# The sizes and rates our agent's cart-pole runs use (/work/exp/e1.json, configs/dreamer/
# small.json for the rest): 64 units, 8x8 latents, cnn_depth 8, 32x32 frames, batch 8x16.
PRESETS = {
    "ours": {"image_size": 32, "batch_size": 8, "batch_length": 16, "train_ratio": 128,
             "update": {"rssm.deter": 64, "rssm.units": 64, "rssm.stoch": 8, "rssm.classes": 8,
                        "encoder.cnn_depth": 8, "decoder.cnn_depth": 8, "imag_horizon": 15,
                        "model_opt.lr": 3e-4, "actor_opt.lr": 1e-4, "critic_opt.lr": 1e-4},
             "head_units": 64, "head_layers": 2},
    # The reference's dmc_vision block as it is (512 units, batch 16x64, ratio 64), 64x64.
    "dmc_vision": {"image_size": 64, "batch_size": 16, "batch_length": 64, "train_ratio": 64,
                   "update": {}, "head_units": None, "head_layers": None},
}


def import_reference(root):
    vendored = os.path.join(os.path.abspath(root), "viper_rl", "dreamerv3")
    if not os.path.isfile(os.path.join(vendored, "agent.py")):
        sys.exit(f"--reference {root}: {vendored}/agent.py not found")
    sys.path[:0] = [vendored, os.path.abspath(root)]  # agent.py imports top-level `embodied`
    try:
        import embodied
        from viper_rl import dreamerv3
    except ImportError as error:
        sys.exit(f"--reference: {error} (run BENCH_REFERENCE_DEPS=1 tools/bench/setup)")
    return embodied, dreamerv3


def make_config(args, embodied, configs):
    preset = PRESETS[args.preset]
    config = embodied.Config(configs["defaults"]).update(configs["dmc_vision"])
    update = {"jax.platform": "cpu", "jax.precision": "float32", "jax.prealloc": False,
              "seed": args.seed, "batch_size": preset["batch_size"],
              "batch_length": preset["batch_length"], "data_loaders": 1,
              "run.train_ratio": preset["train_ratio"], "run.train_fill": args.prefill,
              "envs.amount": args.envs, **preset["update"]}
    if preset["head_units"]:
        for head in ["reward_head", "cont_head", "density_head", "actor", "critic",
                     "disag_head"]:
            update.update({f"{head}.units": preset["head_units"],
                           f"{head}.layers": preset["head_layers"]})
    return config.update(update)


def make_env_class(embodied):
    class Cartpole(embodied.Env):
        """cartpole_env.CartpoleBalance behind the reference's Env interface."""

        def __init__(self, index, seed, action_repeat, episode_length, image_size):
            self._env = cartpole_env.CartpoleBalance(action_repeat, episode_length, image_size)
            self._index, self._seed, self._episodes, self._done = index, seed, 0, True
            self._size = image_size

        @property
        def obs_space(self):
            return {"image": embodied.Space(np.uint8, (self._size, self._size, 3)),
                    "reward": embodied.Space(np.float32), "is_first": embodied.Space(bool),
                    "is_last": embodied.Space(bool), "is_terminal": embodied.Space(bool)}

        @property
        def act_space(self):
            return {"action": embodied.Space(np.float32, (1,), -1, 1),
                    "reset": embodied.Space(bool)}

        def step(self, action):
            if action["reset"] or self._done:
                stream = cartpole_env.Rng.for_item(self._seed * 1000 + self._index,
                                                   self._episodes)
                self._episodes += 1
                obs = self._env.reset(stream.next_u64())
            else:
                obs = self._env.step(action["action"])
            self._done = obs["is_last"]
            return obs

    return Cartpole


def wrap(embodied, env):
    """The wrapper chain of the reference's `train_dreamer.wrap_env` for a continuous action."""
    wrappers = embodied.wrappers
    env = wrappers.NormalizeAction(env, "action")
    env = wrappers.FlattenTwoDimObs(env)
    env = wrappers.ExpandScalars(env)
    return wrappers.ClipAction(env, "action")


class TrainLog:
    """Averages the agent's train metrics and the env actions over --log-every updates."""

    KEYS = ["action_mean", "action_std", "policy_entropy_mean", "policy_randomness_mean",
            "image_loss_mean", "reward_loss_mean", "cont_loss_mean", "dyn_loss_mean",
            "extr_return_raw_mean", "extr_reward_mean", "adv_mean", "actor_opt_grad_norm",
            "model_opt_grad_norm", "extr_critic_critic_opt_grad_norm"]

    def __init__(self, path):
        self.file = open(path, "a")
        self.metrics, self.env_actions = [], []

    def add_metrics(self, mets):
        if mets and not self.metrics and not hasattr(self, "keys_shown"):
            self.keys_shown = True
            print("train metric keys:", " ".join(sorted(mets)), flush=True)
        if mets:
            row = {k: float(np.mean(mets[k])) for k in self.KEYS if k in mets}
            if "action_dist" in mets:
                row["action_abs_mean"] = float(np.abs(np.asarray(mets["action_dist"])).mean())
            self.metrics.append(row)

    def write(self, step, updates, wall):
        line = {"step": int(step), "updates": int(updates), "wall": round(wall, 1)}
        for key in sorted({k for row in self.metrics for k in row}):
            line[key] = float(np.mean([row[key] for row in self.metrics if key in row]))
        if self.env_actions:
            acts = np.concatenate(self.env_actions)
            line.update(env_action_mean=float(acts.mean()),
                        env_action_abs_mean=float(np.abs(acts).mean()))
        self.file.write(json.dumps(line) + "\n")
        self.file.flush()
        print(json.dumps(line), flush=True)
        self.metrics, self.env_actions = [], []


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", required=True, metavar="PATH",
                        help="viper_rl checkout")
    parser.add_argument("--out", required=True)
    parser.add_argument("--preset", choices=sorted(PRESETS), default="ours")
    parser.add_argument("--steps", type=int, default=20000, help="env steps (agent steps)")
    parser.add_argument("--prefill", type=int, default=1000)
    parser.add_argument("--envs", type=int, default=4)
    parser.add_argument("--action-repeat", type=int, default=8)
    parser.add_argument("--episode-length", type=int, default=125)
    parser.add_argument("--log-every", type=int, default=500, help="updates")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-minutes", type=float, default=1e9,
                        help="stop (with everything logged) after this wall time")
    args = parser.parse_args()

    embodied, dreamerv3 = import_reference(args.reference)
    config = make_config(args, embodied, dreamerv3.Agent.configs)
    os.makedirs(args.out, exist_ok=True)
    # Config.save needs the removed ruamel safe_dump; its flat dict is plain JSON.
    with open(os.path.join(args.out, "config.json"), "w") as f:
        json.dump(dict(config.flat), f, indent=1, default=str)
    preset = PRESETS[args.preset]
    env_class = make_env_class(embodied)
    envs = [wrap(embodied, env_class(i, args.seed, args.action_repeat, args.episode_length,
                                     preset["image_size"])) for i in range(args.envs)]
    env = embodied.BatchEnv(envs, parallel=False)
    replay = embodied.replay.Uniform(config.batch_length, config.replay_size)
    step = embodied.Counter()
    agent = dreamerv3.Agent(env.obs_space, env.act_space, step, config)
    start = time.time()
    episodes_file = open(os.path.join(args.out, "episodes.jsonl"), "a")
    log = TrainLog(os.path.join(args.out, "train.jsonl"))

    def per_episode(ep, worker):
        score = float(ep["reward"].astype(np.float64).sum())
        row = {"step": int(step), "env": worker, "return": score,
               "wall": round(time.time() - start, 1)}
        episodes_file.write(json.dumps(row) + "\n")
        episodes_file.flush()
        print(f"episode env {worker} step {int(step)}: return {score:.1f}", flush=True)

    driver = embodied.Driver(env)
    driver.on_episode(per_episode)
    driver.on_step(lambda tran, _: step.increment())
    driver.on_step(replay.add)
    driver.on_step(lambda tran, _: log.env_actions.append(np.asarray(tran["action"]).ravel()))

    batch_steps = config.batch_size * config.batch_length
    random_agent = embodied.RandomAgent(env.act_space)
    while len(replay) < max(batch_steps, args.prefill):
        driver(random_agent.policy, steps=100)
    print(f"prefilled {int(step)} steps in {time.time() - start:.0f} s", flush=True)
    log.env_actions = []

    dataset = agent.dataset(replay.dataset)
    should_train = embodied.when.Ratio(config.run.train_ratio / batch_steps)
    updates = embodied.Counter()
    state = [None]

    def train_step(tran, worker):
        for _ in range(should_train(step)):
            outs, state[0], mets = agent.train(next(dataset), state[0])
            log.add_metrics(mets)
            updates.increment()
            if int(updates) % args.log_every == 0:
                log.write(step, updates, time.time() - start)

    driver.on_step(train_step)
    policy = lambda *a: agent.policy(*a, mode="train")
    while step < args.steps and time.time() - start < 60 * args.max_minutes:
        driver(policy, steps=100)
    log.write(step, updates, time.time() - start)
    print(f"done: {int(step)} env steps, {int(updates)} updates, "
          f"{time.time() - start:.0f} s", flush=True)


if __name__ == "__main__":
    main()
