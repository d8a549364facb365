"""JAX peer of viper's DreamerV3 benchmarks: the DreamerV3 "v1" agent of the reference brief
section 4 (as vendored in VIPER), written here in plain JAX + optax (networks in
dreamer_jax_nets.py), float32, timed as one jitted train step or one policy step.

--mode train: one program doing the world-model update (encoder, RSSM observe over batch x
  length, decoder MSE, two-hot reward, Bernoulli cont, KL balancing dyn 0.5 / rep 0.1 with free
  nats 1), then imagination of 15 steps from all B*T posterior states with the updated world
  model, lambda returns (0.95, gamma 1 - 1/333), percentile return normalisation (EMA of P5/P95),
  the actor update (continuous actions: backprop through the dynamics, entropy 3e-4), the
  critic update (two-hot, slow-critic regulariser, slow EMA 0.02). Optimizers: global-norm clip
  then Adam (model 1e-4/1e-8/1000, actor and critic 3e-5/1e-5/100). With --prior: the VIPER
  Prior behaviour (density head trained into the world model, reward head on stop-gradient
  features, 8-head Plan2Explore ensemble trained with its own Adam 1e-4/1e-5/100, one critic
  each for density and disagreement, mixed 50/50 in normalised-advantage space).
--mode policy: encoder + obs_step + actor sample for --policy-batch observations (latency).
--conv-matmul: the 4x4 stride-2 convs and transposed convs as matmuls (same values).
--reference PATH: the same step run by the reference's own agent (viper_rl/dreamerv3 of a
  checkout of github.com/Alescontrela/viper_rl: Agent.train / Agent.policy through its jaxagent
  wrapper, configs dmc_vision [+ videogpt_prior_rb], float32 on CPU). Needs the extra packages
  `BENCH_REFERENCE_DEPS=1 tools/bench/setup` installs (tfp-nightly, ruamel.yaml).

Prints one JSON line: seconds_per_step (median of --iters timed calls), steps_per_second,
min_seconds_per_call, params, param_counts, compile_seconds (lower + compile), iterations,
first_value (world-model loss, or mean action), jax_version, device_count, load_average,
peak_rss_bytes (VmHWM of this process). With --serve: one line after compiling (and the
warmup), then each stdin line `run N` is answered with the times of N more calls (benches/
agent_step.rs interleaves these rounds with its own); `quit` ends.

Usage: tools/bench/.venv/bin/python tools/bench/dreamer_jax.py --mode train [--prior]
"""

import argparse
import json
import os
import statistics
import sys
import time

import jax
import jax.numpy as jnp
import numpy as np
import optax

import dreamer_jax_nets as nets

sg = jax.lax.stop_gradient
SIZES = {
    "small": dict(deter=512, units=512, layers=2, cnn_depth=32, stoch=32, classes=32),
    "tiny": dict(deter=64, units=64, layers=1, cnn_depth=4, stoch=4, classes=4),
}
ACTION_DIM, HORIZON, DISAG_HEADS = 6, 15, 8
GAMMA, LAMBDA, ACTENT, SLOW_MIX = 1 - 1 / 333, 0.95, 3e-4, 0.02


def optimizer(lr, eps, clip):
    return optax.chain(optax.clip_by_global_norm(clip), optax.scale_by_adam(eps=eps),
                       optax.scale(-lr))


OPTS = {"model": optimizer(1e-4, 1e-8, 1000.0), "actor": optimizer(3e-5, 1e-5, 100.0),
        "critic": optimizer(3e-5, 1e-5, 100.0), "expl": optimizer(1e-4, 1e-5, 100.0)}


def make_params(cfg, prior, seed=0):
    mk = nets.Maker(seed)
    depth, units, layers = cfg["cnn_depth"], cfg["units"], cfg["layers"]
    embed = 16 * 8 * depth
    feat = cfg["deter"] + cfg["stoch"] * cfg["classes"]
    wm = {"enc": nets.make_encoder(mk, depth), "rssm": nets.make_rssm(mk, cfg, ACTION_DIM, embed),
          "dec": nets.make_decoder(mk, feat, depth),
          "reward": mk.mlp(feat, units, layers, nets.BINS, 0.0),
          "cont": mk.mlp(feat, units, layers, 1, 1.0)}
    critic_names = ["density", "disag"] if prior else ["extr"]
    if prior:
        wm["density"] = mk.mlp(feat, units, layers, nets.BINS, 0.0)
    params = {"wm": wm, "actor": nets.make_actor(mk, feat, units, layers, ACTION_DIM),
              "critics": {k: mk.mlp(feat, units, layers, nets.BINS, 0.0) for k in critic_names}}
    if prior:
        heads = [mk.mlp(feat + ACTION_DIM, units, layers, cfg["stoch"] * cfg["classes"], 1.0)
                 for _ in range(DISAG_HEADS)]
        params["disag"] = jax.tree_util.tree_map(lambda *x: np.stack(x), *heads)
    return params


def count(tree):
    return sum(int(np.prod(x.shape)) for x in jax.tree_util.tree_leaves(tree))


def world_model_loss(wm, data, key, cfg, form, prior):
    b, t = data["action"].shape[:2]
    embed = nets.encoder(wm["enc"], data["image"].reshape(b * t, 64, 64, 3), form).reshape(b, t, -1)
    prev_actions = jnp.concatenate([jnp.zeros_like(data["action"][:, :1]),
                                    data["action"][:, :-1]], 1)
    post, prior_state = nets.observe(wm["rssm"], embed, prev_actions, data["is_first"], key, cfg)
    feat = nets.features(post)
    losses = {
        "dyn": jnp.maximum(1.0, nets.kl(sg(post["logit"]), prior_state["logit"])),
        "rep": jnp.maximum(1.0, nets.kl(post["logit"], sg(prior_state["logit"]))),
    }
    recon = nets.decoder(wm["dec"], feat.reshape(b * t, -1), form).reshape(b, t, 64, 64, 3)
    target = data["image"].astype(jnp.float32) / 255.0
    losses["image"] = ((recon - target) ** 2).sum((-3, -2, -1))
    reward_feat = sg(feat) if prior else feat  # grad_heads: [decoder, density, cont] in Prior
    losses["reward"] = -nets.twohot_log_prob(nets.mlp(wm["reward"], reward_feat), data["reward"])
    cont_logit = nets.mlp(wm["cont"], feat)[..., 0]
    losses["cont"] = -nets.bernoulli_log_prob(cont_logit, 1.0 - data["is_terminal"])
    if prior:
        losses["density"] = -nets.twohot_log_prob(nets.mlp(wm["density"], feat), data["density"])
    scales = {"dyn": 0.5, "rep": 0.1}
    total = sum(v.mean() * scales.get(k, 1.0) for k, v in losses.items())
    return total, post


def disag_predictions(disag, inputs):
    """[heads, ..., stoch*classes] from the stacked ensemble."""
    return jax.vmap(nets.mlp, in_axes=(0, None))(disag, inputs)


def disag_loss(disag, context):
    inp = sg(jnp.concatenate([nets.features(context)[:, :-1], context["action"][:, :-1]], -1))
    stoch = context["stoch"]
    tar = sg(stoch.reshape(*stoch.shape[:2], -1)[:, 1:])
    return ((disag_predictions(disag, inp) - tar) ** 2).sum(-1).mean((1, 2)).sum()


def imagine(wm, actor, start, key, cfg):
    """Rollout of HORIZON img_steps; states and actions [H+1, N, ...], policy sees sg(state)."""
    def act(state, k):
        mean, std = nets.actor_dist(actor, sg(nets.features(state)))
        return mean + std * jax.random.normal(k, mean.shape)

    k0, key = jax.random.split(key)
    first = {"deter": start["deter"], "stoch": start["stoch"], "logit": start["logit"]}
    first_action = act(first, k0)

    def step(carry, k):
        state, action = carry
        k1, k2 = jax.random.split(k)
        state = nets.img_step(wm["rssm"], state, action, k1, cfg)
        action = act(state, k2)
        return (state, action), (state, action)

    _, (states, actions) = jax.lax.scan(step, (first, first_action), jax.random.split(key, HORIZON))
    traj = jax.tree_util.tree_map(lambda a, b: jnp.concatenate([a[None], b], 0), first, states)
    traj["action"] = jnp.concatenate([first_action[None], actions], 0)
    cont = (nets.mlp(wm["cont"], nets.features(traj))[..., 0] > 0).astype(jnp.float32)
    traj["cont"] = jnp.concatenate([(1.0 - start["is_terminal"])[None], cont[1:]], 0)
    traj["weight"] = jnp.cumprod(GAMMA * traj["cont"], 0) / GAMMA
    return traj


def lambda_return(rew, value, cont):
    disc = cont[1:] * GAMMA
    interm = rew + disc * value[1:] * (1 - LAMBDA)

    def step(nxt, inputs):
        i, d = inputs
        ret = i + d * LAMBDA * nxt
        return ret, ret

    _, ret = jax.lax.scan(step, value[-1], (interm, disc), reverse=True)
    return ret


def rewards(params, traj, name):
    feat = nets.features(traj)
    if name == "extr":
        return nets.twohot_mean(nets.mlp(params["wm"]["reward"], feat))[1:]
    if name == "density":
        return nets.twohot_mean(nets.mlp(params["wm"]["density"], feat))[1:]
    preds = disag_predictions(params["disag"], jnp.concatenate([feat, traj["action"]], -1))
    return preds.std(0).mean(-1)[1:]


def score(params, critic, traj, name):
    value = nets.twohot_mean(nets.mlp(critic, nets.features(traj)))
    return lambda_return(rewards(params, traj, name), value, traj["cont"]), value[:-1]


def actor_loss(actor, params, moments, start, key, cfg):
    traj = imagine(params["wm"], actor, start, key, cfg)
    names = list(params["critics"])
    advs, new_moments = 0.0, {}
    for name in names:
        ret, base = score(params, params["critics"][name], traj, name)
        lo, hi = jnp.percentile(sg(ret), 5.0), jnp.percentile(sg(ret), 95.0)
        m_lo = 0.99 * moments[name][0] + 0.01 * lo
        m_hi = 0.99 * moments[name][1] + 0.01 * hi
        new_moments[name] = jnp.stack([m_lo, m_hi])
        invscale = jnp.maximum(1.0, m_hi - m_lo)
        advs = advs + ((ret - m_lo) / invscale - (base - m_lo) / invscale) / len(names)
    mean, std = nets.actor_dist(actor, sg(nets.features(traj)))
    loss = -advs - ACTENT * nets.normal_entropy(std)[:-1]
    loss = (loss * sg(traj["weight"])[:-1]).mean()
    return loss, (jax.tree_util.tree_map(sg, traj), new_moments)


def critic_loss(critic, slow, traj, target):
    feat = nets.features(traj)[:-1]
    logits = nets.mlp(critic, feat)
    slow_mean = sg(nets.twohot_mean(nets.mlp(slow, feat)))
    loss = -nets.twohot_log_prob(logits, sg(target)) - nets.twohot_log_prob(logits, slow_mean)
    return (loss * sg(traj["weight"])[:-1]).mean()


def apply(opt, grads, state, params):
    updates, state = opt.update(grads, state, params)
    return optax.apply_updates(params, updates), state


def train_step(state, data, key, cfg, form, prior):
    params, opt, slow, moments = state["params"], state["opt"], state["slow"], state["moments"]
    mix = jnp.where(state["slow_updates"] == 0, 1.0, SLOW_MIX)  # hard copy on the first update
    keys = jax.random.split(key, 2)
    (wm_loss, post), grads = jax.value_and_grad(world_model_loss, has_aux=True)(
        params["wm"], data, keys[0], cfg, form, prior)
    wm, opt_wm = apply(OPTS["model"], grads, opt["wm"], params["wm"])
    params = {**params, "wm": wm}
    opt = {**opt, "wm": opt_wm}
    context = {**jax.tree_util.tree_map(sg, post), "action": data["action"]}
    if prior:
        grads = jax.grad(disag_loss)(params["disag"], context)
        disag, opt_disag = apply(OPTS["expl"], grads, opt["disag"], params["disag"])
        params, opt = {**params, "disag": disag}, {**opt, "disag": opt_disag}
    start = jax.tree_util.tree_map(lambda x: x.reshape(-1, *x.shape[2:]), post)
    start = {**jax.tree_util.tree_map(sg, start), "is_terminal": data["is_terminal"].reshape(-1)}
    (_, (traj, moments)), grads = jax.value_and_grad(actor_loss, has_aux=True)(
        params["actor"], params, moments, start, keys[1], cfg)
    actor, opt_actor = apply(OPTS["actor"], grads, opt["actor"], params["actor"])
    critics, opt_critics, slows = {}, {}, {}
    for name, critic in params["critics"].items():
        target = sg(score(params, critic, traj, name)[0])
        grads = jax.grad(critic_loss)(critic, slow[name], traj, target)
        critics[name], opt_critics[name] = apply(OPTS["critic"], grads, opt["critics"][name],
                                                 critic)
        slows[name] = jax.tree_util.tree_map(lambda s, c: (1 - mix) * s + mix * c,
                                             slow[name], critics[name])
    params = {**params, "actor": actor, "critics": critics}
    opt = {**opt, "actor": opt_actor, "critics": opt_critics}
    return {"params": params, "opt": opt, "slow": slows, "moments": moments,
            "slow_updates": state["slow_updates"] + 1}, wm_loss


def init_state(params):
    opt = {"wm": OPTS["model"].init(params["wm"]), "actor": OPTS["actor"].init(params["actor"]),
           "critics": {k: OPTS["critic"].init(v) for k, v in params["critics"].items()}}
    if "disag" in params:
        opt["disag"] = OPTS["expl"].init(params["disag"])
    slow = jax.tree_util.tree_map(jnp.copy, params["critics"])
    moments = {k: jnp.zeros((2,), jnp.float32) for k in params["critics"]}
    return {"params": params, "opt": opt, "slow": slow, "moments": moments,
            "slow_updates": jnp.zeros((), jnp.int32)}


def fake_batch(rng, b, t):
    is_first = np.zeros((b, t), np.float32)
    is_first[:, 0] = 1.0
    return {"image": jnp.asarray(rng.integers(0, 256, (b, t, 64, 64, 3)), jnp.uint8),
            "action": jnp.asarray(rng.uniform(-1, 1, (b, t, ACTION_DIM)), jnp.float32),
            "reward": jnp.asarray(rng.standard_normal((b, t)), jnp.float32),
            "density": jnp.asarray(rng.normal(-228.0, 383.0, (b, t)), jnp.float32),
            "is_first": jnp.asarray(is_first), "is_terminal": jnp.zeros((b, t), jnp.float32)}


def policy_step(params, carry, image, is_first, key, cfg, form):
    latent, action = carry
    k1, k2 = jax.random.split(key)
    embed = nets.encoder(params["wm"]["enc"], image, form)
    post, _ = nets.obs_step(params["wm"]["rssm"], latent, action, embed, is_first, k1, cfg)
    mean, std = nets.actor_dist(params["actor"], nets.features(post))
    action = mean + std * jax.random.normal(k2, mean.shape)
    return (post, action), action


def build(args, cfg, params):
    """(call(state, i) -> (state, value), initial state) for the mode."""
    form = "matmul" if args.conv_matmul else "standard"
    rng = np.random.default_rng(1)
    base = jax.random.PRNGKey(2)
    if args.mode == "train":
        data = fake_batch(rng, args.batch, args.length)
        state = init_state(jax.tree_util.tree_map(jnp.asarray, params))
        step = jax.jit(lambda s, d, k: train_step(s, d, k, cfg, form, args.prior),
                       donate_argnums=(0,))
        compiled = step.lower(state, data, base).compile()
        return (lambda s, i: compiled(s, data, jax.random.fold_in(base, i))), state
    n = args.policy_batch
    params = jax.device_put(params)
    latent = nets.initial_state(params["wm"]["rssm"], n, cfg)
    carry = (latent, jnp.zeros((n, ACTION_DIM), jnp.float32))
    images = jnp.asarray(rng.integers(0, 256, (n, 64, 64, 3)), jnp.uint8)
    is_first = jnp.zeros((n,), jnp.float32)
    step = jax.jit(lambda p, c, x, f, k: policy_step(p, c, x, f, k, cfg, form))
    compiled = step.lower(params, carry, images, is_first, base).compile()

    def call(c, i):
        c, action = compiled(params, c, images, is_first, jax.random.fold_in(base, i))
        return c, action.mean()
    return call, carry


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", default="train", choices=["train", "policy"])
    parser.add_argument("--size", default="small", choices=sorted(SIZES))
    parser.add_argument("--prior", action="store_true",
                        help="VIPER Prior behaviour (density + disag)")
    parser.add_argument("--conv-matmul", action="store_true", help="strided convs as matmuls")
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--length", type=int, default=64)
    parser.add_argument("--policy-batch", type=int, default=4)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--iters", type=int, default=3)
    parser.add_argument("--reference", metavar="PATH", help="viper_rl checkout: run its agent")
    parser.add_argument("--serve", action="store_true",
                        help="after compiling (and --warmup calls), print one JSON line, then "
                             "answer each stdin line `run N` with the times of N more calls "
                             "(for interleaved rounds); `quit` ends")
    args = parser.parse_args()
    cfg = SIZES[args.size]
    load_before = os.getloadavg()
    start = time.perf_counter()
    if args.reference:
        # Construction runs the reference's init pass; its first train call compiles.
        import dreamer_jax_reference  # imports this file as a module: only when asked

        call, state, counts = dreamer_jax_reference.build(args)
        n_params = sum(counts.values())
    else:
        params = make_params(cfg, args.prior)
        counts = {k: count(v) for k, v in params["wm"].items()}
        counts.update(actor=count(params["actor"]), critics=len(params["critics"]),
                      critic=count(next(iter(params["critics"].values()))))
        if args.prior:
            counts["disag_ensemble"] = count(params["disag"])
        n_params = count(params)
        call, state = build(args, cfg, params)
    print(f"dreamer {args.size}: {n_params:,} parameters (slow critics excluded): {counts}",
          file=sys.stderr)
    if args.reference:
        state, value = call(state, -1)
        jax.block_until_ready(value)
    compile_seconds = time.perf_counter() - start
    for i in range(args.warmup):
        state, value = call(state, i)
    if args.warmup:
        jax.block_until_ready((state, value))
    calls = [args.warmup]

    def measure(n):
        nonlocal state
        times, first = [], None
        for _ in range(n):
            start = time.perf_counter()
            state, value = call(state, calls[0])
            jax.block_until_ready((state, value))
            times.append(time.perf_counter() - start)
            calls[0] += 1
            if first is None and not args.reference:
                first = float(value)
        return times, first

    if args.serve:
        print(json.dumps({"compile_seconds": compile_seconds, "params": n_params,
                          "param_counts": counts, "jax_version": jax.__version__,
                          "device_count": jax.device_count(),
                          "peak_rss_bytes": peak_rss_bytes()}), flush=True)
        for line in sys.stdin:
            words = line.split()
            if len(words) == 2 and words[0] == "run":
                times, first = measure(int(words[1]))
                print(json.dumps({"seconds_per_call": statistics.median(times),
                                  "min_seconds_per_call": min(times), "times": times,
                                  "first_value": first, "peak_rss_bytes": peak_rss_bytes(),
                                  "load_average": os.getloadavg()[0]}), flush=True)
            elif words == ["quit"]:
                return
        return
    times, first = measure(args.iters)
    per = statistics.median(times)
    print(json.dumps({
        "peer": "dreamer", "impl": "reference" if args.reference else "ours",
        "mode": args.mode, "size": args.size,
        "prior": args.prior, "conv": "matmul" if args.conv_matmul else "standard",
        "batch": args.batch if args.mode == "train" else args.policy_batch,
        "length": args.length if args.mode == "train" else 1,
        "seconds_per_step": per, "steps_per_second": 1.0 / per, "seconds_per_call": per,
        "min_seconds_per_call": min(times), "params": n_params, "param_counts": counts,
        "compile_seconds": compile_seconds, "iterations": args.iters, "first_value": first,
        "jax_version": jax.__version__, "device_count": jax.device_count(),
        "load_average": [load_before[0], os.getloadavg()[0]],
        "peak_rss_bytes": peak_rss_bytes(),
    }))


def peak_rss_bytes():
    """The process's peak resident set (VmHWM), read the same way as the Rust side."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return None


if __name__ == "__main__":
    main()
