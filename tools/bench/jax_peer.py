"""JAX peer of the issue #2 benchmark: the same two train steps that viper runs (see README.md
in this folder for their exact definition), jitted with donated parameters, timed per call.

Prints one JSON object per line on stdout: an "env" record (versions, devices, flags), one
record per program (compile time, losses of the first steps, ms per step) and one "host"
record (dispatch and small-batch transfer overhead per call). The viper bench binary runs this
script in the same run and reads those lines; it can also be run alone:

    tools/bench/.venv/bin/python tools/bench/jax_peer.py --steps 50
"""

import argparse
import json
import os
import platform
import statistics
import sys
import time

import numpy as np

import jax
import jax.numpy as jnp
from jax import lax

LEARNING_RATE = 0.01
SEED = 0
# Losses of this many first steps are reported, so both sides can be compared step by step.
CHECKED_STEPS = 3

# ---------------------------------------------------------------------------------------------
# Deterministic initialisation shared with the Rust side (README.md, "Initialisation").

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)


def splitmix_uniform(stream, shape, lo, hi):
    """Element i of stream s is lo + (hi - lo) * u, u = top 24 bits of splitmix64((s << 40) + i
    + golden) / 2^24, computed in f64 and rounded to f32 (bit-identical in Rust and numpy)."""
    n = int(np.prod(shape, dtype=np.int64))
    with np.errstate(over="ignore"):
        z = (np.uint64(stream) << np.uint64(40)) + np.arange(n, dtype=np.uint64) + _GOLDEN
        z = (z ^ (z >> np.uint64(30))) * _MIX1
        z = (z ^ (z >> np.uint64(27))) * _MIX2
        z = z ^ (z >> np.uint64(31))
    u = (z >> np.uint64(40)).astype(np.float64) * (2.0**-24)
    return (lo + (hi - lo) * u).astype(np.float32).reshape(shape)


def fan_in_uniform(stream, shape, fan_in):
    bound = 1.0 / np.sqrt(float(fan_in))
    return splitmix_uniform(stream, shape, -bound, bound)


# ---------------------------------------------------------------------------------------------
# The two programs.

MLP_BATCH, MLP_WIDTH = 256, 512


def mlp_init():
    """Streams 0-3: w1, b1, w2, b2; stream 4: input x; stream 5: target t."""
    w = MLP_WIDTH
    params = [
        fan_in_uniform(0, (w, w), w),
        fan_in_uniform(1, (w,), w),
        fan_in_uniform(2, (w, w), w),
        fan_in_uniform(3, (w,), w),
    ]
    x = splitmix_uniform(4, (MLP_BATCH, w), -1.0, 1.0)
    t = splitmix_uniform(5, (MLP_BATCH, w), -1.0, 1.0)
    return params, (x, t)


def mlp_loss(params, x, t):
    w1, b1, w2, b2 = params
    h = jnp.tanh(x @ w1 + b1)
    y = h @ w2 + b2
    return jnp.mean((y - t) ** 2)


CONV_BATCH, CONV_SIZE, CONV_IN, CONV_CH, CONV_LAYERS, CONV_OUT = 16, 64, 3, 64, 4, 10
CONV_KERNEL, CONV_STRIDE, CONV_PAD = 4, 2, 1


def conv_init():
    """Streams 0-7: (kernel HWIO, bias) of conv layers 1-4; 8-9: head (w, b); 10: x; 11: t."""
    params = []
    cin = CONV_IN
    for layer in range(CONV_LAYERS):
        k = CONV_KERNEL
        fan_in = k * k * cin
        params.append(fan_in_uniform(2 * layer, (k, k, cin, CONV_CH), fan_in))
        params.append(fan_in_uniform(2 * layer + 1, (CONV_CH,), fan_in))
        cin = CONV_CH
    params.append(fan_in_uniform(8, (CONV_CH, CONV_OUT), CONV_CH))
    params.append(fan_in_uniform(9, (CONV_OUT,), CONV_CH))
    x = splitmix_uniform(10, (CONV_BATCH, CONV_SIZE, CONV_SIZE, CONV_IN), 0.0, 1.0)
    t = splitmix_uniform(11, (CONV_BATCH, CONV_OUT), -1.0, 1.0)
    return params, (x, t)


def conv_loss(params, x, t):
    h = x
    for layer in range(CONV_LAYERS):
        kernel, bias = params[2 * layer], params[2 * layer + 1]
        h = lax.conv_general_dilated(
            h,
            kernel,
            window_strides=(CONV_STRIDE, CONV_STRIDE),
            padding=[(CONV_PAD, CONV_PAD), (CONV_PAD, CONV_PAD)],
            dimension_numbers=("NHWC", "HWIO", "NHWC"),
        )
        h = jax.nn.relu(h + bias)
    pooled = jnp.mean(h, axis=(1, 2))
    y = pooled @ params[-2] + params[-1]
    return jnp.mean((y - t) ** 2)


def sgd_step(loss_fn):
    def step(params, x, t):
        loss, grads = jax.value_and_grad(loss_fn)(params, x, t)
        new_params = [p - LEARNING_RATE * g for p, g in zip(params, grads)]
        return new_params, loss

    return step


PROGRAMS = {"mlp": (mlp_init, mlp_loss), "conv": (conv_init, conv_loss)}

# ---------------------------------------------------------------------------------------------
# Timing.


def summary_ms(seconds):
    ms = [s * 1e3 for s in seconds]
    return {
        "median_ms": statistics.median(ms),
        "mean_ms": statistics.fmean(ms),
        "min_ms": min(ms),
        "max_ms": max(ms),
        "calls": len(ms),
    }


class ProgramRunner:
    """One program, compiled, its parameters on the device; `time_calls` continues training."""

    def __init__(self, name, warmup, dump_dir):
        init, loss_fn = PROGRAMS[name]
        host_params, host_batch = init()
        device = jax.devices()[0]
        self.name = name
        self.params = [jax.device_put(p, device) for p in host_params]
        self.x, self.t = (jax.device_put(a, device) for a in host_batch)
        self.step = jax.jit(sgd_step(loss_fn), donate_argnums=(0,))
        if dump_dir:
            lowered = self.step.lower(self.params, self.x, self.t)
            with open(os.path.join(dump_dir, f"jax_{name}.stablehlo.mlir"), "w") as f:
                f.write(lowered.as_text())
            with open(os.path.join(dump_dir, f"jax_{name}.optimized.hlo"), "w") as f:
                f.write(lowered.compile().as_text())
        start = time.perf_counter()
        self.losses = [self._call()]  # float() waits for the result
        self.first_call_ms = (time.perf_counter() - start) * 1e3
        for _ in range(max(warmup, CHECKED_STEPS) - 1):
            self.losses.append(self._call())

    def _call(self):
        self.params, loss = self.step(self.params, self.x, self.t)
        return float(loss)

    def time_calls(self, calls):
        """Seconds of each of `calls` steps, each waited for on its own."""
        times = []
        for _ in range(calls):
            start = time.perf_counter()
            self.params, loss = self.step(self.params, self.x, self.t)
            jax.block_until_ready((self.params, loss))
            times.append(time.perf_counter() - start)
        return times

    def ready_record(self):
        return {
            "kind": "ready",
            "side": "jax",
            "program": self.name,
            "first_call_ms": self.first_call_ms,
            "losses": self.losses[:CHECKED_STEPS],
        }


HOST_BATCH_SHAPE = (16, 64)


def bench_host_overhead(calls):
    """Dispatch: a tiny jitted function on a device-resident array, waited for. Transfer: the
    same function called with a fresh host (numpy) batch of HOST_BATCH_SHAPE f32 each call and
    its result copied back to the host."""
    tiny = jax.jit(lambda a: a * 2.0 + 1.0)
    host = splitmix_uniform(20, HOST_BATCH_SHAPE, -1.0, 1.0)
    on_device = jax.device_put(host)
    jax.block_until_ready(tiny(on_device))
    np.asarray(tiny(host))

    dispatch = []
    for _ in range(calls):
        start = time.perf_counter()
        jax.block_until_ready(tiny(on_device))
        dispatch.append(time.perf_counter() - start)
    roundtrip = []
    for _ in range(calls):
        batch = host.copy()  # a fresh host array, as a new batch would be
        start = time.perf_counter()
        out = np.asarray(tiny(batch))
        roundtrip.append(time.perf_counter() - start)
    assert out.shape == HOST_BATCH_SHAPE
    return {
        "kind": "host",
        "side": "jax",
        "batch_shape": list(HOST_BATCH_SHAPE),
        "dispatch_median_us": statistics.median(dispatch) * 1e6,
        "transfer_roundtrip_median_us": statistics.median(roundtrip) * 1e6,
    }


def env_record():
    return {
        "kind": "env",
        "side": "jax",
        "python": platform.python_version(),
        "jax": jax.__version__,
        "jaxlib": jax.lib.__version__ if hasattr(jax.lib, "__version__") else None,
        "numpy": np.__version__,
        "backend": jax.default_backend(),
        "devices": [str(d) for d in jax.devices()],
        "cpu_count": os.cpu_count(),
        "XLA_FLAGS": os.environ.get("XLA_FLAGS"),
        # JAX's XLA:CPU uses Eigen/its own kernels, not OpenBLAS; recorded for completeness.
        "OPENBLAS_CORETYPE": os.environ.get("OPENBLAS_CORETYPE"),
        "OPENBLAS_L2_SIZE": os.environ.get("OPENBLAS_L2_SIZE"),
    }


def serve(runners, host_calls_default):
    """Answers commands on stdin, one JSON line each, so the viper bench can interleave rounds
    of its own calls with rounds of ours (both sides then see the same machine load):
    `time PROGRAM CALLS` -> {"kind": "times", "program", "ms": [...]}; `host CALLS` -> the host
    record; `quit`."""
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "quit":
            return
        if words[0] == "time" and len(words) == 3 and words[1] in runners:
            times = runners[words[1]].time_calls(int(words[2]))
            record = {"kind": "times", "side": "jax", "program": words[1]}
            record["ms"] = [t * 1e3 for t in times]
        elif words[0] == "host" and len(words) <= 2:
            record = bench_host_overhead(int(words[1]) if len(words) == 2 else host_calls_default)
        else:
            record = {"kind": "error", "message": f"jax_peer.py: bad command {line.strip()!r}"}
        print(json.dumps(record), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", default="mlp,conv", help="comma-separated: mlp,conv")
    parser.add_argument("--steps", type=int, default=50, help="timed calls per program")
    parser.add_argument("--warmup", type=int, default=5, help="untimed calls after compile")
    parser.add_argument("--host-calls", type=int, default=1000, help="timed host-overhead calls")
    parser.add_argument("--dump-dir", help="write lowered StableHLO and optimized HLO here")
    parser.add_argument("--serve", action="store_true", help="take commands on stdin")
    args = parser.parse_args()
    if args.dump_dir:
        os.makedirs(args.dump_dir, exist_ok=True)
    names = args.programs.split(",")
    for name in names:
        if name not in PROGRAMS:
            sys.exit(f"jax_peer.py: unknown program {name!r}, expected one of {list(PROGRAMS)}")

    print(json.dumps(env_record()), flush=True)
    runners = {}
    for name in names:
        runners[name] = ProgramRunner(name, args.warmup, args.dump_dir)
        record = runners[name].ready_record()
        if not args.serve:
            record.update(summary_ms(runners[name].time_calls(args.steps)))
        print(json.dumps(record), flush=True)
    if args.serve:
        serve(runners, args.host_calls)
    else:
        print(json.dumps(bench_host_overhead(args.host_calls)), flush=True)


if __name__ == "__main__":
    main()
