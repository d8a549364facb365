"""JAX peer of `cargo bench --bench vqgan_step`: the same VQ-GAN (encoder, quantizer, decoder)
and StyleGAN2-style discriminator as src/models/vqgan, written in plain JAX (no flax), timed
as the generator objective's value and gradient plus the discriminator objective's (with its
R1 penalty, a gradient of a gradient) on one batch of frames.

Usage: python vqgan_step_jax.py --preset dmc --batch 8 --repeats 3 [--serve]
Prints one JSON line: compile_seconds, gen_seconds and disc_seconds (medians of the repeats),
params, peak_rss_bytes (VmHWM of this process). With --serve: one line after compiling, then
one line of medians per stdin line `run N` (so a caller can interleave its own rounds).
"""

import argparse
import json
import sys
import math
import time

import jax
import jax.numpy as jnp
import numpy as np

PRESETS = {
    "dmc": dict(ch=128, ch_mult=[1, 2, 2, 2], z=64, embed=64, n_embed=256, patch=8),
    "atari": dict(ch=128, ch_mult=[1, 2, 2], z=64, embed=64, n_embed=1024, patch=4),
}


class Scope:
    """Named parameters, created (numpy, seeded) on first use when `create` is set."""

    def __init__(self, params, path="", create=False, rng=None):
        self.params, self.path, self.create, self.rng = params, path, create, rng

    def child(self, name):
        return Scope(self.params, f"{self.path}/{name}", self.create, self.rng)

    def param(self, name, shape, std):
        key = f"{self.path}/{name}"
        if key not in self.params:
            assert self.create, key
            if std == "zeros":
                value = np.zeros(shape, np.float32)
            elif std == "ones":
                value = np.ones(shape, np.float32)
            else:
                value = (self.rng.standard_normal(shape) * std).astype(np.float32)
            self.params[key] = value
        return self.params[key]


def conv(s, x, cout, k, stride=1, padding="SAME", std=None):
    cin = x.shape[-1]
    w = s.param("kernel", (k, k, cin, cout), std or 1 / math.sqrt(k * k * cin))
    b = s.param("bias", (cout,), "zeros")
    y = jax.lax.conv_general_dilated(
        x, w, (stride, stride), padding, dimension_numbers=("NHWC", "HWIO", "NHWC")
    )
    return y + b


def group_norm(s, x, groups=32):
    n, h, w, c = x.shape
    g = x.reshape(n, h * w, groups, c // groups)
    mean = g.mean(axis=(1, 3), keepdims=True)
    var = ((g - mean) ** 2).mean(axis=(1, 3), keepdims=True)
    y = ((g - mean) / jnp.sqrt(var + 1e-6)).reshape(n, h, w, c)
    return y * s.param("scale", (c,), "ones") + s.param("bias", (c,), "zeros")


def resnet(s, x, out):
    h = conv(s.child("conv1"), jax.nn.silu(group_norm(s.child("norm1"), x)), out, 3)
    h = conv(s.child("conv2"), jax.nn.silu(group_norm(s.child("norm2"), h)), out, 3)
    skip = x if x.shape[-1] == out else conv(s.child("shortcut"), x, out, 1)
    return skip + h


def attention(s, x):
    n, hh, ww, c = x.shape
    h = group_norm(s.child("norm"), x)
    q, k, v = (conv(s.child(m), h, c, 1).reshape(n, hh * ww, c) for m in ("q", "k", "v"))
    weights = jax.nn.softmax(jnp.einsum("bqc,bkc->bqk", q, k) * c**-0.5, axis=2)
    out = jnp.einsum("bqk,bkc->bqc", weights, v).reshape(n, hh, ww, c)
    return x + conv(s.child("proj_out"), out, c, 1)


def encoder(s, x, cfg):
    h = conv(s.child("conv_in"), x, cfg["ch"], 3)
    levels = len(cfg["ch_mult"])
    for i, m in enumerate(cfg["ch_mult"]):
        h = resnet(s.child(f"l{i}b0"), h, cfg["ch"] * m)
        if i + 1 < levels:
            h = conv(s.child(f"l{i}down"), h, h.shape[-1], 3, stride=2)
    c = h.shape[-1]
    h = resnet(s.child("mid0"), h, c)
    h = attention(s.child("mida"), h)
    h = resnet(s.child("mid1"), h, c)
    h = jax.nn.silu(group_norm(s.child("norm_out"), h))
    return conv(s.child("conv_out"), h, cfg["z"], 3)


def decoder(s, z, cfg):
    levels = len(cfg["ch_mult"])
    top = cfg["ch"] * cfg["ch_mult"][-1]
    h = conv(s.child("conv_in"), z, top, 3)
    h = resnet(s.child("mid0"), h, top)
    h = attention(s.child("mida"), h)
    h = resnet(s.child("mid1"), h, top)
    for i in reversed(range(levels)):
        for j in range(2):
            h = resnet(s.child(f"l{i}b{j}"), h, cfg["ch"] * cfg["ch_mult"][i])
        if i > 0:
            n, hh, ww, c = h.shape
            h = jax.image.resize(h, (n, 2 * hh, 2 * ww, c), "nearest")
            h = conv(s.child(f"l{i}up"), h, c, 3)
    h = jax.nn.silu(group_norm(s.child("norm_out"), h))
    return conv(s.child("conv_out"), h, 3, 3)


def vqgan(s, x, cfg):
    z = conv(s.child("quant_conv"), encoder(s.child("enc"), x, cfg), cfg["embed"], 1)
    k = cfg["n_embed"]
    table = jnp.asarray(s.child("quantizer").param("embeddings", (k, cfg["embed"]), 1.0 / k))
    flat = z.reshape(-1, z.shape[-1])
    d = (flat**2).sum(1, keepdims=True) + (table**2).sum(1)[None] - 2 * flat @ table.T
    codes = jnp.argmin(d, axis=1)
    zq = table[codes].reshape(z.shape)
    sg = jax.lax.stop_gradient
    vq_loss = 0.25 * jnp.mean((sg(zq) - z) ** 2) + jnp.mean((zq - sg(z)) ** 2)
    zq = z + sg(zq - z)
    recon = decoder(s.child("dec"), conv(s.child("post_quant_conv"), zq, cfg["z"], 1), cfg)
    return recon, vq_loss


def blurred_down(s, x, k, out):
    taps = np.array([1.0, 3.0, 3.0, 1.0])
    f = np.outer(taps, taps) / 64.0
    c = x.shape[-1]
    kernel = jnp.asarray(np.tile(f[:, :, None, None], (1, 1, 1, c)), jnp.float32)
    p0, p1 = (4 - 2 + k) // 2, (4 - 2 + k - 1) // 2
    y = jax.lax.conv_general_dilated(
        x, kernel, (1, 1), [(p0, p1), (p0, p1)],
        dimension_numbers=("NHWC", "HWIO", "NHWC"), feature_group_count=c,
    )
    return conv(s, y, out, k, stride=2, padding="VALID", std=0.01)


def mbstd(x, group=4):
    n, h, w, c = x.shape
    g = min(group, n)
    y = x.reshape(-1, g, h, w, 1, c)
    std = jnp.sqrt(((y - y.mean(1, keepdims=True)) ** 2).mean(1) + 1e-8)
    std = jnp.tile(std.mean(axis=(1, 2, 4)).reshape(-1, 1, 1, 1), (g, h, w, 1))
    return jnp.concatenate([x, std], axis=3)


def disc(s, x):
    lrelu = jax.nn.leaky_relu
    feats = [64, 128, 256, 512, 512]
    y = lrelu(conv(s.child("conv_in"), x, 32, 1))
    for i in range(len(feats) - 1):
        b = s.child(f"block{i}")
        h = lrelu(conv(b.child("conv"), y, feats[i + 1], 3, std=0.01))
        h = lrelu(blurred_down(b.child("down"), h, 3, feats[i]))
        y = (h + blurred_down(b.child("skip"), y, 1, feats[i])) / math.sqrt(2)
    y = lrelu(conv(s.child("final"), mbstd(y), 512, 3, padding="VALID"))
    y = y.reshape(y.shape[0], -1)
    w1 = s.child("dense").param("kernel", (y.shape[1], 512), 1 / math.sqrt(y.shape[1]))
    y = lrelu(y @ w1 + s.child("dense").param("bias", (512,), "zeros"))
    w2 = s.child("logit").param("kernel", (512, 1), 1 / math.sqrt(512))
    return y @ w2 + s.child("logit").param("bias", (1,), "zeros")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--preset", default="dmc", choices=sorted(PRESETS))
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--serve", action="store_true",
                        help="after compiling, print one JSON line, then answer each stdin line "
                             "`run N` with the medians of N more steps (for interleaved rounds)")
    args = parser.parse_args()
    cfg = PRESETS[args.preset]
    rng = np.random.default_rng(0)
    x = jnp.asarray(rng.uniform(-1, 1, (args.batch, 64, 64, 3)), jnp.float32)
    gen, dis = {}, {}
    jax.eval_shape(lambda x: vqgan(Scope(gen, create=True, rng=rng), x, cfg), x)
    jax.eval_shape(lambda x: disc(Scope(dis, create=True, rng=rng), x), x)

    def gen_loss(gp, dp, x):
        recon, vq_loss = vqgan(Scope(gp), x, cfg)
        g_loss = jnp.mean(jax.nn.softplus(-disc(Scope(dp), recon)))
        return jnp.mean(jnp.abs(x - recon)) + 0.1 * g_loss + vq_loss

    def disc_loss(dp, gp, x):
        recon, _ = vqgan(Scope(gp), x, cfg)
        real, fake = disc(Scope(dp), x), disc(Scope(dp), recon)
        d_loss = jnp.mean(jax.nn.softplus(fake) + jax.nn.softplus(-real))
        r1 = jax.grad(lambda x: jnp.mean(disc(Scope(dp), x)))(x)
        return d_loss + 1e8 * jnp.mean(r1**2)

    g_step = jax.jit(jax.value_and_grad(gen_loss))
    d_step = jax.jit(jax.value_and_grad(disc_loss))
    start = time.perf_counter()
    jax.block_until_ready((g_step(gen, dis, x), d_step(dis, gen, x)))
    compile_seconds = time.perf_counter() - start
    count = sum(int(np.prod(v.shape)) for v in list(gen.values()) + list(dis.values()))

    def measure(repeats):
        gen_times, disc_times = [], []
        for _ in range(repeats):
            start = time.perf_counter()
            jax.block_until_ready(g_step(gen, dis, x))
            gen_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            jax.block_until_ready(d_step(dis, gen, x))
            disc_times.append(time.perf_counter() - start)
        return {
            "gen_seconds": float(np.median(gen_times)),
            "disc_seconds": float(np.median(disc_times)),
            "peak_rss_bytes": peak_rss_bytes(),
        }

    ready = {"compile_seconds": compile_seconds, "params": count}
    if not args.serve:
        print(json.dumps({**ready, **measure(args.repeats)}))
        return
    print(json.dumps({**ready, "peak_rss_bytes": peak_rss_bytes()}), flush=True)
    for line in sys.stdin:
        words = line.split()
        if len(words) == 2 and words[0] == "run":
            print(json.dumps(measure(int(words[1]))), flush=True)
        elif words == ["quit"]:
            return


def peak_rss_bytes():
    """The process's peak resident set (VmHWM), read the same way as the Rust side."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return None

if __name__ == "__main__":
    main()
