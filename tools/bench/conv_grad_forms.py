"""Times the ways to compute the gradients of the benchmark's 4x4 stride-2 (padding 1) NHWC
convolution, per layer shape, in JAX on XLA:CPU, and checks each against JAX's own VJP.
It backs the findings in README.md ("Profile"): which form our conv VJP rule should emit.

Input gradient (dx), for the layers whose input needs one:
- plain:    JAX's VJP, an lhs-dilated convolution (XLA:CPU's slow generic path);
- phase3x3: sub-pixel decomposition on the output grid: one stride-1 conv over the cotangent
            padded by 1 with a 3x3 window and 4*C output features (the kernel phases stacked),
            then depth-to-space. The two phases' taps are offset by one, so the window is 3x3,
            and 5 of its 9 taps per phase are zeros (2.25x the needed products);
- phase2x2: the same decomposition on the padded input's grid, where the phases align: a 2x2
            window (exactly the needed products) over (Ho+1) x (Wo+1) positions, depth-to-space,
            then crop the padding.
Kernel gradient (dk):
- plain:    JAX's VJP, an rhs-dilated convolution;
- s2dconv:  space-to-depth of the padded input, then the kernel gradient of a stride-1 2x2 conv.

    tools/bench/.venv/bin/python tools/bench/conv_grad_forms.py [--dump-dir DIR]

With --dump-dir, each form's StableHLO is written there (to run it on a PJRT plugin).
"""

import argparse
import os
import statistics
import time

import jax
import jax.numpy as jnp
from jax import lax

DN = ("NHWC", "HWIO", "NHWC")
BATCH, CH = 16, 64


def conv(h, k):
    return lax.conv_general_dilated(h, k, (2, 2), [(1, 1), (1, 1)], dimension_numbers=DN)


def space_to_depth(x):
    """[N, 2A, 2B, C] -> [N, A, B, 2, 2, C]: x[n, 2a+p, 2b+q, c] at [n, a, b, p, q, c]."""
    n, h, w, c = x.shape
    return x.reshape(n, h // 2, 2, w // 2, 2, c).transpose(0, 1, 3, 2, 4, 5)


def depth_to_space(z, c):
    """[N, A, B, 2*2*C] -> [N, 2A, 2B, C], the inverse of space_to_depth."""
    n, a, b, _ = z.shape
    return z.reshape(n, a, b, 2, 2, c).transpose(0, 1, 3, 2, 4, 5).reshape(n, 2 * a, 2 * b, c)


def dx_plain(g, k):
    n, ho, wo, _ = g.shape
    x0 = jnp.zeros((n, 2 * ho, 2 * wo, k.shape[2]), g.dtype)
    return jax.vjp(lambda h: conv(h, k), x0)[1](g)[0]


def dx_phase2x2(g, k):
    # With xp = pad(x, 1): dxp[2m+p] = sum_{a in 0,1} g[m-a] k[2a+p], m = 0..Ho, both phases
    # reading g[m-1], g[m]: a 2x2 window over g padded by 1, then crop xp's padding.
    _, ho, wo, o = g.shape
    c = k.shape[2]
    gp = jnp.pad(g, ((0, 0), (1, 1), (1, 1), (0, 0)))
    # window tap u = 1 - a; kernel [u, v, o, (p, q, c)] = k[2(1-u)+p, 2(1-v)+q, c, o]
    kk = k.reshape(2, 2, 2, 2, c, o)[::-1, :, ::-1]  # [1-a, p, 1-b, q, c, o]
    kk = kk.transpose(0, 2, 5, 1, 3, 4).reshape(2, 2, o, 4 * c)
    z = lax.conv_general_dilated(gp, kk, (1, 1), "VALID", dimension_numbers=DN)
    return depth_to_space(z, c)[:, 1:-1, 1:-1, :]


def dx_phase3x3(g, k):
    # On the output grid: dx[2j+r] = dxp[2j+r+1]; r=0 is phase p=1 at m=j (reads g[j-1], g[j]),
    # r=1 is phase p=0 at m=j+1 (reads g[j], g[j+1]): offset by one, so a 3x3 window.
    _, ho, wo, o = g.shape
    c = k.shape[2]
    gp = jnp.pad(g, ((0, 0), (1, 1), (1, 1), (0, 0)))
    kk = jnp.zeros((3, 3, o, 2, 2, c), g.dtype)
    phase = {0: (0, 1), 1: (1, 0)}  # r -> (m offset, p)
    for r, (mr, p) in phase.items():
        for s, (ms, q) in phase.items():
            for a in range(2):
                for b in range(2):
                    kk = kk.at[mr - a + 1, ms - b + 1, :, r, s, :].set(k[2 * a + p, 2 * b + q].T)
    z = lax.conv_general_dilated(gp, kk.reshape(3, 3, o, 4 * c), (1, 1), "VALID", dimension_numbers=DN)
    return depth_to_space(z, c)


def dk_plain(h, g):
    k0 = jnp.zeros((4, 4, h.shape[-1], g.shape[-1]), h.dtype)
    return jax.vjp(lambda k: conv(h, k), k0)[1](g)[0]


def dk_s2dconv(h, g):
    n, hh, ww, c = h.shape
    o = g.shape[-1]
    s = space_to_depth(jnp.pad(h, ((0, 0), (1, 1), (1, 1), (0, 0)))).reshape(n, hh // 2 + 1, ww // 2 + 1, 4 * c)
    k0 = jnp.zeros((2, 2, 4 * c, o), h.dtype)
    dk2 = jax.vjp(lambda kk: lax.conv_general_dilated(s, kk, (1, 1), "VALID", dimension_numbers=DN), k0)[1](g)[0]
    # kk[a, b, (p, q, c), o] = k[2a+p, 2b+q, c, o]
    return dk2.reshape(2, 2, 2, 2, c, o).transpose(0, 2, 1, 3, 4, 5).reshape(4, 4, c, o)


def time_ms(f, *args, calls=40):
    jax.block_until_ready(f(*args))
    times = []
    for _ in range(calls):
        start = time.perf_counter()
        jax.block_until_ready(f(*args))
        times.append((time.perf_counter() - start) * 1e3)
    return min(times), statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump-dir")
    args = parser.parse_args()
    if args.dump_dir:
        os.makedirs(args.dump_dir, exist_ok=True)
    key = jax.random.PRNGKey(0)
    print(f"jax {jax.__version__}; ms per call, min / median of 40")
    for size, cin in [(64, 3), (32, CH), (16, CH), (8, CH)]:
        kx, kk, kg = jax.random.split(key, 3)
        x = jax.random.normal(kx, (BATCH, size, size, cin))
        k = jax.random.normal(kk, (4, 4, cin, CH)) * 0.1
        g = jax.random.normal(kg, (BATCH, size // 2, size // 2, CH))
        forms = [("dk", "plain", dk_plain, (x, g)), ("dk", "s2dconv", dk_s2dconv, (x, g))]
        if cin == CH:  # the first layer's input (the images) needs no gradient
            forms = [(
                "dx", name, f, (g, k)) for name, f in
                [("plain", dx_plain), ("phase3x3", dx_phase3x3), ("phase2x2", dx_phase2x2)]
            ] + forms
        ref = {"dx": dx_plain(g, k) if cin == CH else None, "dk": dk_plain(x, g)}
        for what, name, f, fargs in forms:
            jf = jax.jit(f)
            err = float(jnp.max(jnp.abs(jf(*fargs) - ref[what])) / jnp.max(jnp.abs(ref[what])))
            lo, med = time_ms(jf, *fargs)
            print(f"input {size}x{size}x{cin:<2} {what} {name:9s} {lo:7.3f} / {med:7.3f}   rel err {err:.1e}")
            if args.dump_dir:
                path = os.path.join(args.dump_dir, f"{what}_{name}_{size}x{cin}.mlir")
                with open(path, "w") as out:
                    out.write(jf.lower(*fargs).as_text())


if __name__ == "__main__":
    main()
