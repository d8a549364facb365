#!/usr/bin/env python3
"""The JAX + optax peer of viper's demo train step (benches/demo_step.rs): the same conv net
(NHWC, 3x3 stride-2 SAME convs 3->16->32->32 with relu, dense 512->64 relu, dense 64->5), the
same loss (position squared error + colour softmax cross-entropy) and the same optimizer
(global-norm clip 1.0 -> AdamW lr 3e-3 with a 10-step linear warmup, weight decay 1e-4), one
jitted step with parameters and optimizer state donated, on one CPU device.

Prints one JSON line: {"<batch>": seconds per step, ...} (median of 5 timed blocks, after 3
warm-up steps; the host batch is passed as numpy arrays each step, as viper uploads it).
Run with the interpreter tools/bench/setup prepares: tools/bench/.venv/bin/python.
"""

import argparse
import json
import time

import jax
import jax.numpy as jnp
import numpy as np
import optax


def init_params(key):
    shapes = {
        "conv0": ((3, 3, 3, 16), 27),
        "conv1": ((3, 3, 16, 32), 144),
        "conv2": ((3, 3, 32, 32), 288),
        "hidden": ((512, 64), 512),
        "out": ((64, 5), 64),
    }
    params = {}
    for i, (name, (shape, fan_in)) in enumerate(shapes.items()):
        k = jax.random.fold_in(key, i)
        params[name] = {
            "kernel": jax.random.normal(k, shape, jnp.float32) / np.sqrt(fan_in),
            "bias": jnp.zeros((shape[-1],), jnp.float32),
        }
    return params


def loss_fn(params, image, position, colour):
    h = image
    for name in ["conv0", "conv1", "conv2"]:
        h = jax.lax.conv_general_dilated(
            h, params[name]["kernel"], (2, 2), "SAME",
            dimension_numbers=("NHWC", "HWIO", "NHWC"))
        h = jax.nn.relu(h + params[name]["bias"])
    h = h.reshape(h.shape[0], -1)
    h = jax.nn.relu(h @ params["hidden"]["kernel"] + params["hidden"]["bias"])
    out = h @ params["out"]["kernel"] + params["out"]["bias"]
    position_loss = jnp.mean(jnp.sum((out[:, :2] - position) ** 2, axis=1))
    colour_loss = -jnp.mean(jnp.sum(jax.nn.log_softmax(out[:, 2:]) * colour, axis=1))
    return position_loss + colour_loss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--batches", default="32,128")
    parser.add_argument("--steps", type=int, default=40)
    args = parser.parse_args()
    schedule = optax.linear_schedule(0.0, 3e-3, 10)
    tx = optax.chain(optax.clip_by_global_norm(1.0),
                     optax.adamw(schedule, b1=0.9, b2=0.999, eps=1e-8, weight_decay=1e-4))

    def step(params, opt_state, image, position, colour):
        loss, grads = jax.value_and_grad(loss_fn)(params, image, position, colour)
        updates, opt_state = tx.update(grads, opt_state, params)
        return optax.apply_updates(params, updates), opt_state, loss

    step = jax.jit(step, donate_argnums=(0, 1))
    result = {}
    rng = np.random.default_rng(0)
    for batch in [int(b) for b in args.batches.split(",")]:
        params = init_params(jax.random.PRNGKey(0))
        opt_state = tx.init(params)
        steps = args.steps if batch <= 32 else max(args.steps // 3, 5)
        batches = [(rng.random((batch, 32, 32, 3), np.float32),
                    rng.random((batch, 2), np.float32),
                    np.eye(3, dtype=np.float32)[rng.integers(0, 3, batch)])
                   for _ in range(steps)]
        for b in batches[:3]:
            params, opt_state, loss = step(params, opt_state, *b)
        loss.block_until_ready()
        blocks = []
        for _ in range(5):
            start = time.perf_counter()
            for b in batches:
                params, opt_state, loss = step(params, opt_state, *b)
            loss.block_until_ready()
            blocks.append((time.perf_counter() - start) / steps)
        result[str(batch)] = sorted(blocks)[2]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
