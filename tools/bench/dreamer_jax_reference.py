"""`dreamer_jax.py --reference PATH`: the same train step and policy step run by the reference's
own agent, the DreamerV3 vendored in a checkout of github.com/Alescontrela/viper_rl
(`viper_rl/dreamerv3`, imported from the checkout, never copied): Agent.train and Agent.policy
through its jaxagent wrapper, config blocks `dmc_vision` (+ `videogpt_prior_rb` with --prior),
float32 on CPU, sizes overridden to dreamer_jax.py's --size. It needs tfp-nightly and
ruamel.yaml (`BENCH_REFERENCE_DEPS=1 tools/bench/setup`).
"""

import os
import sys

import numpy as np

import dreamer_jax as peer


def reference_config(args, embodied, configs):
    config = embodied.Config(configs["defaults"]).update(configs["dmc_vision"])
    if args.prior:
        config = config.update(configs["videogpt_prior_rb"])
    cfg = peer.SIZES[args.size]
    update = {"jax.platform": "cpu", "jax.precision": "float32", "jax.prealloc": False,
              "batch_size": args.batch, "batch_length": args.length,
              "rssm.deter": cfg["deter"], "rssm.units": cfg["units"],
              "rssm.stoch": cfg["stoch"], "rssm.classes": cfg["classes"],
              "encoder.cnn_depth": cfg["cnn_depth"], "decoder.cnn_depth": cfg["cnn_depth"]}
    for head in ["reward_head", "cont_head", "density_head", "actor", "critic", "disag_head"]:
        update.update({f"{head}.units": cfg["units"], f"{head}.layers": cfg["layers"]})
    return config.update(update)


def build(args):
    """(call, state, param counts) running the reference's vendored DreamerV3 agent."""
    root = os.path.abspath(args.reference)
    vendored = os.path.join(root, "viper_rl", "dreamerv3")
    if not os.path.isfile(os.path.join(vendored, "agent.py")):
        sys.exit(f"--reference {args.reference}: {vendored}/agent.py not found")
    sys.path[:0] = [vendored, root]  # agent.py imports `embodied` as a top-level package
    try:
        import embodied
        from viper_rl import dreamerv3
        from viper_rl.dreamerv3 import jaxutils
    except ImportError as error:
        sys.exit(f"--reference: {error} (run BENCH_REFERENCE_DEPS=1 tools/bench/setup)")
    config = reference_config(args, embodied, dreamerv3.Agent.configs)
    obs_space = {"image": embodied.Space(np.uint8, (64, 64, 3)),
                 "reward": embodied.Space(np.float32), "is_first": embodied.Space(bool),
                 "is_last": embodied.Space(bool), "is_terminal": embodied.Space(bool)}
    if args.prior:
        obs_space["density"] = embodied.Space(np.float32)
    act_space = {"action": embodied.Space(np.float32, (peer.ACTION_DIM,), -1, 1),
                 "reset": embodied.Space(bool)}
    agent = dreamerv3.Agent(obs_space, act_space, embodied.Counter(), config)
    counts = {k: int(v) for k, v in jaxutils.Optimizer.PARAM_COUNTS.items()}
    rng = np.random.default_rng(1)
    if args.mode == "train":
        data = {k: np.asarray(v) for k, v in peer.fake_batch(rng, args.batch, args.length).items()}
        data.update(is_first=data["is_first"] > 0, is_terminal=data["is_terminal"] > 0,
                    is_last=np.zeros((args.batch, args.length), bool),
                    reset=np.zeros((args.batch, args.length), bool))
        if not args.prior:
            del data["density"]

        def call(state, i):
            _, state, _ = agent.train(data, state)
            return state, agent.varibs
        return call, None, counts
    n = args.policy_batch
    obs = {"image": rng.integers(0, 256, (n, 64, 64, 3)).astype(np.uint8),
           "reward": np.zeros(n, np.float32), "is_first": np.zeros(n, bool),
           "is_last": np.zeros(n, bool), "is_terminal": np.zeros(n, bool)}
    if args.prior:
        obs["density"] = np.zeros(n, np.float32)
    _, state = agent.policy({**obs, "is_first": np.ones(n, bool)}, None)

    def call(state, i):
        outs, state = agent.policy(obs, state)  # host in, host out, as the env loop calls it
        return state, outs["action"].mean()
    return call, state, counts
