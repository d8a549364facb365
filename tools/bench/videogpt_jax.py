"""JAX peer of viper's VideoGPT benchmarks: the VideoGPT of the reference brief section 2.3,
written here in plain JAX + optax (no flax), timed as a train step or as the VIPER reward.

Model: Dense on the code vectors, learned `sos` prepended with the last position dropped (right
shift), three per-axis position tables (time, row, column) concatenated to E dims then added,
dropout, pre-LN blocks (LN -> causal MHA over the raster-flattened sequence -> dropout ->
residual; LN -> Dense(mlp) -> gelu2 -> dropout -> Dense(E) -> dropout -> residual), final LN,
Dense(K) logits. LayerNorm has eps 1e-6 and var = E[x^2] - E[x]^2; with class conditioning
(dmc) every LN's scale is 1 + Dense_noBias(onehot) and its bias Dense_noBias(onehot). Attention
dropout draws one mask per (head, query, key), shared over the batch, as flax does.

Modes (one jitted program each, inputs are VQ codes, i.e. VQ-GAN encoding is NOT included):
  train               mean token NLL, forward + backward + AdamW (lr 1e-4, optax defaults) +
                      parameter EMA (decay 0.9999), batch --batch clips, parameters donated
  reward              joint log-likelihood of each window (sum of all token log-probs), windows
                      scored in minibatches of --reward-batch (32, the reference's)
  reward-conditional  log-likelihood of the last frame of each window given the others

--reference PATH runs the reference's own flax modules (viper_rl/videogpt/models/{transformer,
videogpt}.py of a checkout of github.com/Alescontrela/viper_rl, imported directly so the
package __init__s, which need TensorFlow, are skipped) with the same optimizer and inputs.

Prints one JSON line; a "step" is a train step in train mode and one window (= one env step) in
the reward modes: seconds_per_step (median over --iters timed calls, divided by the windows of
a call in the reward modes), steps_per_second, seconds_per_call, min_seconds_per_call, params,
compile_seconds (lower + compile, first call excluded), iterations, jax_version, device_count,
first_value (loss or mean reward of the first timed call), load_average (before, after).

--layers N and --dropout RATE change the preset (the parameter count is then not asserted).

--serve (for interleaved rounds, as benches/videogpt_step.rs uses it): after compiling and one
warmup call, print one JSON line (params, compile_seconds, first_value of the warmup call,
peak_rss_bytes), then answer each stdin line `run N` with one JSON line of N more timed calls
(seconds_per_call: their median, min_seconds_per_call, peak_rss_bytes, load_average); `quit`
ends.

Usage: tools/bench/.venv/bin/python tools/bench/videogpt_jax.py --preset dmc --mode train
"""

import argparse
import importlib
import json
import math
import os
import statistics
import sys
import time
import types

import jax
import jax.numpy as jnp
import numpy as np
import optax

# Model shapes; `grid`, `codebook` and `code_dim` describe the VQ-GAN whose codes are modelled.
PRESETS = {
    "dmc": dict(seq_len=16, grid=(8, 8), codebook=256, code_dim=64, embed_dim=256, num_heads=8,
                num_layers=8, mlp_dim=1024, dropout=0.1, attention_dropout=0.1, n_classes=16),
    "atari": dict(seq_len=4, grid=(16, 16), codebook=1024, code_dim=64, embed_dim=512,
                  num_heads=8, num_layers=8, mlp_dim=2048, dropout=0.0, attention_dropout=0.0,
                  n_classes=None),
    # VideoGptConfig::tiny() on the tiny VQ-GAN (16x16 images, one downsampling, K 32, dim 16).
    "tiny": dict(seq_len=4, grid=(8, 8), codebook=32, code_dim=16, embed_dim=32, num_heads=2,
                 num_layers=2, mlp_dim=64, dropout=0.0, attention_dropout=0.0, n_classes=4),
}
# Derived from the layer shapes by hand (videogpt-design.md); the reference counts the same.
EXPECTED_PARAMS = {"dmc": 6_534_576, "atari": 25_785_340}
LEARNING_RATE, EMA_DECAY, LN_EPS = 1e-4, 0.9999, 1e-6


def chunk_sizes(embed_dim, axes):
    """E split over the axes as evenly as possible, earlier axes taking the remainder."""
    return [embed_dim // axes + (i < embed_dim % axes) for i in range(axes)]


def init_params(cfg, rng):
    """Parameters as a nested dict; Dense kernels lecun-normal, biases zero, tables N(0, 0.02)."""
    e, h, mlp = cfg["embed_dim"], cfg["num_heads"], cfg["mlp_dim"]
    hd = e // h

    def dense(fan_in, shape):
        return (rng.standard_normal(shape) / math.sqrt(fan_in)).astype(np.float32)

    def zeros(*shape):
        return np.zeros(shape, np.float32)

    def norm():
        if cfg["n_classes"]:
            n = cfg["n_classes"]
            return {"scale": dense(n, (n, e)), "bias": dense(n, (n, e))}
        return {"scale": np.ones((e,), np.float32), "bias": zeros(e)}

    shape = (cfg["seq_len"], *cfg["grid"])
    tables = [(0.02 * rng.standard_normal((n, c))).astype(np.float32)
              for n, c in zip(shape, chunk_sizes(e, len(shape)))]
    layers = [{
        "ln1": norm(),
        "qkv": {"kernel": dense(e, (e, h, 3 * hd)), "bias": zeros(h, 3 * hd)},
        "out": {"kernel": dense(e, (h, hd, e)), "bias": zeros(e)},
        "ln2": norm(),
        "fc1": {"kernel": dense(e, (e, mlp)), "bias": zeros(mlp)},
        "fc2": {"kernel": dense(mlp, (mlp, e)), "bias": zeros(e)},
    } for _ in range(cfg["num_layers"])]
    return {
        "embed": {"kernel": dense(cfg["code_dim"], (cfg["code_dim"], e)), "bias": zeros(e)},
        "sos": (0.02 * rng.standard_normal((e,))).astype(np.float32),
        "position": tables,
        "layers": layers,
        "ln_f": norm(),
        "logits": {"kernel": dense(e, (e, cfg["codebook"])), "bias": zeros(cfg["codebook"])},
    }


def count(tree):
    return sum(int(np.prod(x.shape)) for x in jax.tree_util.tree_leaves(tree))


def dropout(x, rate, key, shape=None):
    if key is None or rate == 0.0:
        return x
    keep = jax.random.bernoulli(key, 1.0 - rate, shape or x.shape)
    return jnp.where(keep, x / (1.0 - rate), 0.0)


def layer_norm(p, x, onehot):
    mean = x.mean(-1, keepdims=True)
    var = jnp.maximum(0.0, (x * x).mean(-1, keepdims=True) - mean * mean)
    y = (x - mean) * jax.lax.rsqrt(var + LN_EPS)
    if onehot is None:
        return y * p["scale"] + p["bias"]
    scale, bias = onehot @ p["scale"], onehot @ p["bias"]
    return y * (1.0 + scale[:, None, :]) + bias[:, None, :]


def position_table(tables, shape):
    """Each axis table broadcast over the (T, h, w) grid, concatenated on features: [L, E]."""
    parts = []
    for axis, table in enumerate(tables):
        view = [1] * len(shape) + [table.shape[-1]]
        view[axis] = shape[axis]
        parts.append(jnp.broadcast_to(table.reshape(view), (*shape, table.shape[-1])))
    return jnp.concatenate(parts, -1).reshape(-1, sum(t.shape[-1] for t in tables))


def attention(p, x, rate, key):
    qkv = jnp.einsum("ble,ehf->blhf", x, p["qkv"]["kernel"]) + p["qkv"]["bias"]
    q, k, v = jnp.split(qkv, 3, axis=-1)
    length, depth = x.shape[1], q.shape[-1]
    scores = jnp.einsum("bqhd,bkhd->bhqk", q / math.sqrt(depth), k)
    causal = jnp.tril(jnp.ones((length, length), bool))
    scores = jnp.where(causal, scores, jnp.finfo(jnp.float32).min)
    weights = jax.nn.softmax(scores, axis=-1)
    weights = dropout(weights, rate, key, (1, *weights.shape[1:]))
    out = jnp.einsum("bhqk,bkhd->bqhd", weights, v)
    return jnp.einsum("bqhd,hde->bqe", out, p["out"]["kernel"]) + p["out"]["bias"]


def logits_fn(params, cfg, codes, codebook, labels, key):
    """codes int [B, T, h, w] -> logits [B, L, K]; `key` None means deterministic."""
    batch, shape = codes.shape[0], codes.shape[1:]
    keys = iter(jax.random.split(key, 4 * cfg["num_layers"] + 1)) if key is not None else None

    def next_key():
        return next(keys) if keys is not None else None

    onehot = None
    if cfg["n_classes"]:
        onehot = jax.nn.one_hot(labels, cfg["n_classes"], dtype=jnp.float32)
    x = codebook[codes].reshape(batch, -1, codebook.shape[-1])
    x = x @ params["embed"]["kernel"] + params["embed"]["bias"]
    sos = jnp.broadcast_to(params["sos"], (batch, 1, x.shape[-1]))
    x = jnp.concatenate([sos, x[:, :-1]], axis=1)
    x = x + position_table(params["position"], shape)
    x = dropout(x, cfg["dropout"], next_key())
    for p in params["layers"]:
        h = attention(p, layer_norm(p["ln1"], x, onehot), cfg["attention_dropout"], next_key())
        x = x + dropout(h, cfg["dropout"], next_key())
        h = layer_norm(p["ln2"], x, onehot) @ p["fc1"]["kernel"] + p["fc1"]["bias"]
        h = h * jax.nn.sigmoid(1.702 * h)
        h = dropout(h, cfg["dropout"], next_key())
        h = h @ p["fc2"]["kernel"] + p["fc2"]["bias"]
        x = x + dropout(h, cfg["dropout"], next_key())
    x = layer_norm(params["ln_f"], x, onehot)
    return x @ params["logits"]["kernel"] + params["logits"]["bias"]


def frame_log_probs(logits, codes):
    """Per-frame log-likelihood [B, T]: log-softmax at the target code, summed over h, w."""
    logp = jax.nn.log_softmax(logits, axis=-1)
    flat = codes.reshape(codes.shape[0], -1)
    token = jnp.take_along_axis(logp, flat[..., None], axis=-1)[..., 0]
    return token.reshape(*codes.shape[:2], -1).sum(-1)


def ours(cfg, params):
    """(frame_ll(params, codes, codebook, labels, key) -> [B, T], params): this file's model."""
    def frame_ll(p, codes, codebook, labels, key):
        return frame_log_probs(logits_fn(p, cfg, codes, codebook, labels, key), codes)
    return frame_ll, params


def reference(cfg, path):
    """(frame_ll, params) for the reference's flax VideoGPT (its own `log_prob`) from a
    checkout at `path`."""
    models = os.path.join(os.path.abspath(path), "viper_rl", "videogpt", "models")
    if not os.path.isfile(os.path.join(models, "videogpt.py")):
        sys.exit(f"--reference {path}: {models}/videogpt.py not found (want a viper_rl checkout)")
    package = types.ModuleType("viper_reference_models")
    package.__path__ = [models]  # a namespace for the two files only: no package __init__
    sys.modules["viper_reference_models"] = package
    module = importlib.import_module("viper_reference_models.videogpt")
    shape = (cfg["seq_len"], *cfg["grid"])
    ae = types.SimpleNamespace(n_embed=cfg["codebook"], latent_shape=lambda size: cfg["grid"])
    config = types.SimpleNamespace(
        seq_len=cfg["seq_len"], image_size=64, class_cond=bool(cfg["n_classes"]),
        n_classes=cfg["n_classes"],
        transformer=dict(embed_dim=cfg["embed_dim"], num_heads=cfg["num_heads"],
                         num_layers=cfg["num_layers"], mlp_dim=cfg["mlp_dim"],
                         dropout=cfg["dropout"], attention_dropout=cfg["attention_dropout"]))
    model = module.VideoGPT(config, ae)
    emb = jnp.zeros((1, *shape, cfg["code_dim"]), jnp.float32)
    label = jnp.zeros((1,), jnp.int32) if cfg["n_classes"] else None
    key = jax.random.PRNGKey(0)
    params = model.init({"params": key, "dropout": key}, emb, label=label)["params"]

    def frame_ll(p, codes, codebook, labels, key):
        rngs = {"dropout": key} if key is not None else {}
        return model.apply({"params": p}, codebook[codes], codes, label=labels if
                           cfg["n_classes"] else None, training=key is not None, rngs=rngs,
                           method=model.log_prob)
    return frame_ll, params


def build(args, cfg, frame_ll, params):
    """The jitted program of the mode, its initial state and its per-call argument maker."""
    rng = np.random.default_rng(1)
    shape = (cfg["seq_len"], *cfg["grid"])
    codebook = jnp.asarray(rng.standard_normal((cfg["codebook"], cfg["code_dim"])), jnp.float32)
    n_labels = cfg["n_classes"] or 1

    def data(batch):
        codes = jnp.asarray(rng.integers(0, cfg["codebook"], (batch, *shape)), jnp.int32)
        return codes, jnp.asarray(rng.integers(0, n_labels, (batch,)), jnp.int32)

    if args.mode == "train":
        tx = optax.adamw(LEARNING_RATE)

        def loss(p, codes, labels, key):
            tokens = math.prod(cfg["grid"])
            return -frame_ll(p, codes, codebook, labels, key).mean() / tokens

        def step(state, codes, labels, key):
            p, opt, ema, count_ = state
            value, grads = jax.value_and_grad(loss)(p, codes, labels, key)
            updates, opt = tx.update(grads, opt, p)
            p = optax.apply_updates(p, updates)
            decay = jnp.where(count_ == 0, 0.0, EMA_DECAY)
            ema = jax.tree_util.tree_map(lambda a, b: decay * a + (1 - decay) * b, ema, p)
            return (p, opt, ema, count_ + 1), value

        params = jax.tree_util.tree_map(jnp.asarray, params)
        state = (params, tx.init(params), jax.tree_util.tree_map(jnp.copy, params),
                 jnp.zeros((), jnp.int32))
        codes, labels = data(args.batch)
        base = jax.random.PRNGKey(2)
        program = jax.jit(step, donate_argnums=(0,))
        compiled = program.lower(state, codes, labels, base).compile()

        def call(state, i):
            return compiled(state, codes, labels, jax.random.fold_in(base, i))
        return call, state, 1

    conditional = args.mode == "reward-conditional"

    def score(p, codes, labels):
        ll = frame_ll(p, codes, codebook, labels, None)
        return ll[:, -1] if conditional else ll.sum(-1)

    params = jax.device_put(params)
    codes, labels = data(args.windows)
    program = jax.jit(score)
    sizes = sorted({min(args.reward_batch, args.windows - i)
                    for i in range(0, args.windows, args.reward_batch)})
    compiled = {n: program.lower(params, codes[:n], labels[:n]).compile() for n in sizes}

    def call(p, i):
        out = [compiled[min(args.reward_batch, args.windows - j)](
            p, codes[j:j + args.reward_batch], labels[j:j + args.reward_batch])
            for j in range(0, args.windows, args.reward_batch)]
        return p, jnp.concatenate(out).mean()
    return call, params, args.windows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--preset", default="dmc", choices=sorted(PRESETS))
    parser.add_argument("--mode", default="train",
                        choices=["train", "reward", "reward-conditional"])
    parser.add_argument("--batch", type=int, default=8, help="clips per train step")
    parser.add_argument("--windows", type=int, default=32, help="windows per reward call")
    parser.add_argument("--reward-batch", type=int, default=32, help="windows per minibatch")
    parser.add_argument("--warmup", type=int, default=1, help="untimed calls after compiling")
    parser.add_argument("--iters", type=int, default=3, help="timed calls")
    parser.add_argument("--layers", type=int, help="override the preset's num_layers")
    parser.add_argument("--dropout", type=float, help="override dropout and attention_dropout")
    parser.add_argument("--reference", metavar="PATH", help="viper_rl checkout: run its modules")
    parser.add_argument("--serve", action="store_true",
                        help="compile, then answer stdin lines `run N` (see the module doc)")
    args = parser.parse_args()
    cfg = dict(PRESETS[args.preset])
    if args.layers is not None:
        cfg["num_layers"] = args.layers
    if args.dropout is not None:
        cfg["dropout"] = cfg["attention_dropout"] = args.dropout
    changed = args.layers is not None or args.dropout is not None
    load_before = os.getloadavg()
    if args.reference:
        frame_ll, params = reference(cfg, args.reference)
    else:
        frame_ll, params = ours(cfg, init_params(cfg, np.random.default_rng(0)))
    n_params = count(params)
    print(f"videogpt {args.preset} ({'reference' if args.reference else 'ours'}): "
          f"{n_params:,} parameters", file=sys.stderr)
    if args.layers is None and args.preset in EXPECTED_PARAMS and \
            n_params != EXPECTED_PARAMS[args.preset]:
        sys.exit(f"parameter count {n_params} != expected {EXPECTED_PARAMS[args.preset]}")
    start = time.perf_counter()
    call, state, per_call = build(args, cfg, frame_ll, params)
    compile_seconds = time.perf_counter() - start
    if args.serve:
        serve(call, state, n_params, compile_seconds)
        return
    for i in range(args.warmup):
        state, value = call(state, i)
    jax.block_until_ready((state, value)) if args.warmup else None
    times, first = [], None
    for i in range(args.iters):
        start = time.perf_counter()
        state, value = call(state, args.warmup + i)
        jax.block_until_ready((state, value))
        times.append(time.perf_counter() - start)
        first = float(value) if first is None else first
    per = statistics.median(times)
    print(json.dumps({
        "peer": "videogpt", "impl": "reference" if args.reference else "ours",
        "preset": args.preset, "mode": args.mode, "num_layers": cfg["num_layers"],
        "dropout": cfg["dropout"], "preset_changed": changed,
        "batch": args.batch if args.mode == "train" else args.reward_batch,
        "windows": None if args.mode == "train" else args.windows,
        "vq_encoding_included": False,
        "seconds_per_step": per / per_call, "steps_per_second": per_call / per,
        "seconds_per_call": per, "min_seconds_per_call": min(times),
        "params": n_params, "compile_seconds": compile_seconds, "iterations": args.iters,
        "first_value": first, "jax_version": jax.__version__,
        "device_count": jax.device_count(),
        "load_average": [load_before[0], os.getloadavg()[0]],
    }))


def peak_rss_bytes():
    """This process's peak resident set (VmHWM), read as the Rust side reads its own."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def serve(call, state, n_params, compile_seconds):
    """One warmup call, a ready line, then timed rounds on request (module doc)."""
    state, value = call(state, 0)
    jax.block_until_ready((state, value))
    print(json.dumps({"params": n_params, "compile_seconds": compile_seconds,
                      "first_value": float(value), "peak_rss_bytes": peak_rss_bytes()}),
          flush=True)
    calls = 1
    for line in sys.stdin:
        words = line.split()
        if words == ["quit"]:
            return
        if len(words) != 2 or words[0] != "run":
            sys.exit(f"--serve: expected `run N` or `quit`, got {line!r}")
        times = []
        for _ in range(int(words[1])):
            start = time.perf_counter()
            state, value = call(state, calls)
            jax.block_until_ready((state, value))
            times.append(time.perf_counter() - start)
            calls += 1
        print(json.dumps({"seconds_per_call": statistics.median(times),
                          "min_seconds_per_call": min(times),
                          "peak_rss_bytes": peak_rss_bytes(),
                          "load_average": os.getloadavg()[0]}), flush=True)


if __name__ == "__main__":
    main()
