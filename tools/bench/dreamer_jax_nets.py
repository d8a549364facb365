"""Networks of the DreamerV3 "v1" JAX peer (dreamer_jax.py): parameter creation and the pure
functions of the encoder, decoder, RSSM, MLP heads and their distributions, written here in
plain JAX after the reference brief section 4 (the DreamerV3 vendored in VIPER).

Parameters are nested dicts of arrays. A layer followed by LayerNorm has no bias; hidden
kernels are truncated-normal (fan avg), output layers uniform (fan avg) times `outscale` (0
gives zeros). LayerNorm: eps 1e-3 over the last axis, learned scale and bias.

The 4x4 stride-2 convolutions come in two forms with the same values: `standard`
(lax.conv_general_dilated / lax.conv_transpose, what a JAX user writes; their gradients are
dilated convolutions, slow on XLA:CPU) and `matmul` (the forward conv as space-to-depth + im2col
+ one matmul; the transposed conv as one matmul then col2im by overlap-add), whose gradients
are matmuls, pads and slices.
"""

import math

import jax
import jax.numpy as jnp
import numpy as np

sg = jax.lax.stop_gradient
BINS = 255


class Maker:
    """Creates parameters from a seeded numpy generator."""

    def __init__(self, seed):
        self.rng = np.random.default_rng(seed)

    def hidden(self, shape, fan_in, fan_out):
        std = math.sqrt(1.0 / ((fan_in + fan_out) / 2)) / 0.87962566103423978
        value = np.clip(self.rng.standard_normal(shape), -2, 2) * std
        return value.astype(np.float32)

    def output(self, shape, fan_in, fan_out, outscale):
        if outscale == 0.0:
            return np.zeros(shape, np.float32)
        limit = math.sqrt(3 * outscale / ((fan_in + fan_out) / 2))
        return self.rng.uniform(-limit, limit, shape).astype(np.float32)

    def norm(self, units):
        return {"scale": np.ones((units,), np.float32), "bias": np.zeros((units,), np.float32)}

    def dense_norm(self, fan_in, units):
        return {"kernel": self.hidden((fan_in, units), fan_in, units), "norm": self.norm(units)}

    def dense_out(self, fan_in, units, outscale=1.0):
        return {"kernel": self.output((fan_in, units), fan_in, units, outscale),
                "bias": np.zeros((units,), np.float32)}

    def mlp(self, fan_in, units, layers, out, outscale):
        hidden = [self.dense_norm(fan_in if i == 0 else units, units) for i in range(layers)]
        return {"hidden": hidden, "out": self.dense_out(units, out, outscale)}


def layer_norm(p, x):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) * jax.lax.rsqrt(var + 1e-3) * p["scale"] + p["bias"]


def dense(p, x):
    y = x @ p["kernel"]
    if "bias" in p:
        y = y + p["bias"]
    if "norm" in p:
        y = jax.nn.silu(layer_norm(p["norm"], y))
    return y


def mlp(p, x):
    for layer in p["hidden"]:
        x = dense(layer, x)
    return dense(p["out"], x)


# --- convolutions ----------------------------------------------------------------------------

def conv_down(x, kernel, form):
    """4x4 stride-2 'SAME' conv, NHWC input, HWIO kernel: [N, H, W, C] -> [N, H/2, W/2, O]."""
    if form == "standard":
        return jax.lax.conv_general_dilated(
            x, kernel, (2, 2), "SAME", dimension_numbers=("NHWC", "HWIO", "NHWC"))
    n, h, w, c = x.shape
    xp = jnp.pad(x, ((0, 0), (1, 1), (1, 1), (0, 0)))
    # space-to-depth: xs[n, m, l, bh, bw, c] = xp[n, 2m + bh, 2l + bw, c]
    xs = xp.reshape(n, h // 2 + 1, 2, w // 2 + 1, 2, c).transpose(0, 1, 3, 2, 4, 5)
    # tap (th, tw) = (2 ah + bh, 2 aw + bw) reads xs at (o + ah, p + aw)
    patches = jnp.stack([xs[:, ah:ah + h // 2, aw:aw + w // 2] for ah in (0, 1)
                         for aw in (0, 1)], axis=3)
    k = kernel.reshape(2, 2, 2, 2, c, -1).transpose(0, 2, 1, 3, 4, 5).reshape(16 * c, -1)
    return (patches.reshape(n * (h // 2) * (w // 2), 16 * c) @ k).reshape(
        n, h // 2, w // 2, -1)


def conv_up(x, kernel, form):
    """4x4 stride-2 'SAME' transposed conv, HWOI kernel (lax.conv_transpose semantics, no
    kernel flip): [N, H, W, C] -> [N, 2H, 2W, O]."""
    if form == "standard":
        return jax.lax.conv_transpose(
            x, kernel, (2, 2), "SAME", dimension_numbers=("NHWC", "HWOI", "NHWC"))
    n, h, w, c = x.shape
    out = kernel.shape[2]
    # Input pixel i writes output 2i - 1 + u with tap 3 - u, u = 0..3 (= 2a + b).
    k = jnp.flip(kernel, (0, 1)).transpose(3, 0, 1, 2).reshape(c, 16 * out)
    z = (x.reshape(n * h * w, c) @ k).reshape(n, h, w, 2, 2, 2, 2, out)  # ah bh aw bw
    total = 0.0
    for ah in (0, 1):
        for aw in (0, 1):
            piece = z[:, :, :, ah, :, aw, :, :]  # [n, h, w, bh, bw, out]
            total = total + jnp.pad(piece, ((0, 0), (ah, 1 - ah), (aw, 1 - aw), (0, 0),
                                            (0, 0), (0, 0)))
    full = total.transpose(0, 1, 3, 2, 4, 5).reshape(n, 2 * h + 2, 2 * w + 2, out)
    return full[:, 1:2 * h + 1, 1:2 * w + 1]


# --- encoder and decoder ---------------------------------------------------------------------

def make_encoder(mk, depth, stages=4):
    layers, cin = [], 3
    for i in range(stages):
        cout = depth * 2 ** i
        layers.append({"kernel": mk.hidden((4, 4, cin, cout), 16 * cin, 16 * cout),
                       "norm": mk.norm(cout)})
        cin = cout
    return layers


def encoder(p, image, form):
    """uint8 [N, 64, 64, 3] -> [N, 4 * 4 * 8 depth]."""
    x = image.astype(jnp.float32) / 255.0 - 0.5
    for layer in p:
        x = jax.nn.silu(layer_norm(layer["norm"], conv_down(x, layer["kernel"], form)))
    return x.reshape(x.shape[0], -1)


def make_decoder(mk, feat, depth, stages=4):
    top = depth * 2 ** (stages - 1)
    layers, cin = [], top
    for i in range(stages):
        last = i == stages - 1
        cout = 3 if last else cin // 2
        kernel = mk.hidden((4, 4, cout, cin), 16 * cout, 16 * cin)
        layers.append({"kernel": kernel, "bias": np.zeros((3,), np.float32)} if last
                      else {"kernel": kernel, "norm": mk.norm(cout)})
        cin = cout
    lin = {"kernel": mk.output((feat, 16 * top), feat, 16 * top, 1.0),
           "bias": np.zeros((16 * top,), np.float32)}
    return {"in": lin, "convs": layers}


def decoder(p, feat, form):
    """[N, F] -> image mean [N, 64, 64, 3] (in [0, 1] units, +0.5 offset)."""
    top = p["convs"][0]["kernel"].shape[-1]
    x = (feat @ p["in"]["kernel"] + p["in"]["bias"]).reshape(feat.shape[0], 4, 4, top)
    for layer in p["convs"]:
        x = conv_up(x, layer["kernel"], form)
        x = jax.nn.silu(layer_norm(layer["norm"], x)) if "norm" in layer else x + layer["bias"]
    return x + 0.5


# --- RSSM ------------------------------------------------------------------------------------

def make_rssm(mk, cfg, action_dim, embed):
    d, u, s = cfg["deter"], cfg["units"], cfg["stoch"] * cfg["classes"]
    return {
        "initial": np.zeros((d,), np.float32),
        "img_in": mk.dense_norm(s + action_dim, u),
        "gru": mk.dense_norm(d + u, 3 * d),
        "img_out": mk.dense_norm(d, u),
        "img_stats": mk.dense_out(u, s),
        "obs_out": mk.dense_norm(d + embed, u),
        "obs_stats": mk.dense_out(u, s),
    }


def stats(p, x, cfg):
    """Unimix log-probabilities [N, stoch, classes]."""
    logit = (x @ p["kernel"] + p["bias"]).reshape(*x.shape[:-1], cfg["stoch"], cfg["classes"])
    probs = 0.99 * jax.nn.softmax(logit, -1) + 0.01 / cfg["classes"]
    return jnp.log(probs)


def sample_onehot(logit, key):
    """Straight-through one-hot sample: sample + probs - sg(probs)."""
    probs = jax.nn.softmax(logit, -1)
    sample = jax.nn.one_hot(jax.random.categorical(key, logit, -1), logit.shape[-1])
    return sg(sample) + probs - sg(probs)


def clip_action(a):
    return a * sg(1.0 / jnp.maximum(1.0, jnp.abs(a)))


def initial_state(p, n, cfg):
    deter = jnp.tanh(p["initial"])
    logit = stats(p["img_stats"], dense(p["img_out"], deter), cfg)
    stoch = jax.nn.one_hot(jnp.argmax(logit, -1), cfg["classes"])
    return {"deter": jnp.broadcast_to(deter, (n, deter.shape[0])),
            "stoch": jnp.broadcast_to(stoch, (n, *stoch.shape)),
            "logit": jnp.broadcast_to(logit, (n, *logit.shape))}


def img_step(p, prev, action, key, cfg):
    x = jnp.concatenate([prev["stoch"].reshape(prev["stoch"].shape[0], -1),
                         clip_action(action)], -1)
    x = dense(p["img_in"], x)
    h = jnp.concatenate([prev["deter"], x], -1) @ p["gru"]["kernel"]
    h = layer_norm(p["gru"]["norm"], h)
    reset, cand, update = jnp.split(h, 3, -1)
    cand = jnp.tanh(jax.nn.sigmoid(reset) * cand)
    update = jax.nn.sigmoid(update - 1.0)
    deter = update * cand + (1.0 - update) * prev["deter"]
    logit = stats(p["img_stats"], dense(p["img_out"], deter), cfg)
    return {"deter": deter, "stoch": sample_onehot(logit, key), "logit": logit}


def obs_step(p, prev, action, embed, is_first, key, cfg):
    keep = 1.0 - is_first.astype(jnp.float32)
    init = initial_state(p, embed.shape[0], cfg)
    prev = jax.tree_util.tree_map(
        lambda x, i: x * keep.reshape(-1, *[1] * (x.ndim - 1))
        + i * (1.0 - keep).reshape(-1, *[1] * (x.ndim - 1)), prev, init)
    action = clip_action(action) * keep[:, None]
    k1, k2 = jax.random.split(key)
    prior = img_step(p, prev, action, k1, cfg)
    x = dense(p["obs_out"], jnp.concatenate([prior["deter"], embed], -1))
    logit = stats(p["obs_stats"], x, cfg)
    post = {"deter": prior["deter"], "stoch": sample_onehot(logit, k2), "logit": logit}
    return post, prior


def observe(p, embed, actions, is_first, key, cfg):
    """Scan obs_step over time; inputs [B, T, ...], outputs (post, prior) [B, T, ...]."""
    b, t = embed.shape[:2]
    swap = lambda x: jnp.swapaxes(x, 0, 1)

    def step(carry, inputs):
        action, emb, first, k = inputs
        post, prior = obs_step(p, carry, action, emb, first, k, cfg)
        return post, (post, prior)

    start = initial_state(p, b, cfg)
    keys = jax.random.split(key, t)
    _, (post, prior) = jax.lax.scan(step, start, (swap(actions), swap(embed), swap(is_first),
                                                  keys))
    return jax.tree_util.tree_map(swap, post), jax.tree_util.tree_map(swap, prior)


def features(state):
    stoch = state["stoch"]
    return jnp.concatenate([state["deter"], stoch.reshape(*stoch.shape[:-2], -1)], -1)


def kl(lhs_logit, rhs_logit):
    """KL(lhs || rhs) of the categoricals, summed over the stoch latents."""
    lp, rp = jax.nn.log_softmax(lhs_logit, -1), jax.nn.log_softmax(rhs_logit, -1)
    return (jnp.exp(lp) * (lp - rp)).sum((-2, -1))


# --- distributions of the heads --------------------------------------------------------------

def symlog(x):
    return jnp.sign(x) * jnp.log1p(jnp.abs(x))


def symexp(x):
    return jnp.sign(x) * jnp.expm1(jnp.abs(x))


def twohot_log_prob(logits, target):
    """Log-likelihood of `target` under the two-hot head: bins evenly spaced over [-20, 20] in
    symlog space, the target's weight split linearly between its two neighbouring bins (all on
    the end bin outside the range)."""
    n = logits.shape[-1]
    pos = jnp.clip((symlog(target) + 20.0) / 40.0 * (n - 1), 0.0, n - 1.0)
    below = jnp.minimum(jnp.floor(pos), n - 2).astype(jnp.int32)
    frac = pos - below
    logp = jax.nn.log_softmax(logits, -1)
    at = lambda i: jnp.take_along_axis(logp, i[..., None], -1)[..., 0]
    return (1.0 - frac) * at(below) + frac * at(below + 1)


def twohot_mean(logits):
    bins = jnp.linspace(-20.0, 20.0, logits.shape[-1])
    return symexp((jax.nn.softmax(logits, -1) * bins).sum(-1))


def bernoulli_log_prob(logit, target):
    return target * jax.nn.log_sigmoid(logit) + (1.0 - target) * jax.nn.log_sigmoid(-logit)


def make_actor(mk, feat, units, layers, action_dim):
    p = mk.mlp(feat, units, layers, action_dim, 1.0)
    p["std"] = mk.dense_out(units, action_dim, 1.0)
    return p


def actor_dist(p, feat):
    """Normal(tanh(mu), std) with std in [0.1, 1.0]: (mean, std) [..., A]."""
    x = feat
    for layer in p["hidden"]:
        x = dense(layer, x)
    mean = jnp.tanh(dense(p["out"], x))
    std = 0.9 * jax.nn.sigmoid(dense(p["std"], x) + 2.0) + 0.1
    return mean, std


def normal_log_prob(mean, std, x):
    return (-0.5 * ((x - mean) / std) ** 2 - jnp.log(std) - 0.5 * math.log(2 * math.pi)).sum(-1)


def normal_entropy(std):
    return (0.5 + 0.5 * math.log(2 * math.pi) + jnp.log(std)).sum(-1)
