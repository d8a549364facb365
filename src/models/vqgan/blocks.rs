//! The VQ-GAN's building blocks (reference brief §1.2), all NHWC:
//!
//! | block | computation | parameters (under the block's scope) |
//! |-------|-------------|--------------------------------------|
//! | `resnet_block(out)` | `skip(x) + conv2(drop(swish(gn2(conv1(swish(gn1(x)))))))` | `norm1`, `conv1` 3x3, `norm2`, `conv2` 3x3, `shortcut` 1x1 when in != out |
//! | `attention_block` | `x + proj_out(softmax(q k^T / sqrt(C)) v)` over all positions, one head, q/k/v 1x1 convs of `gn(x)` | `norm`, `query`, `key`, `value`, `proj_out` |
//! | `downsample` | 3x3 conv, stride 2 per halved axis, SAME padding | `conv` |
//! | `upsample` | nearest x2 per doubled axis, then 3x3 conv | `conv` |
//!
//! GroupNorm has `norm_groups` groups (32 in the reference), eps 1e-6; convs are flax-default
//! (lecun-normal kernel, zero bias).

use crate::graph::ops::random::RngKey;
use crate::graph::{DotDims, Tensor};
use crate::nn::{dropout, Conv2d, GroupNorm, Scope};

/// What every block needs besides its input: norm groups and, in training, dropout.
#[derive(Clone)]
pub struct BlockContext {
    pub norm_groups: usize,
    pub dropout: f64,
    /// The dropout key in training (`None`: deterministic, as evaluation).
    pub key: Option<RngKey>,
}

impl BlockContext {
    fn norm(&self, scope: &Scope, name: &str, x: &Tensor) -> Tensor {
        let channels = x.dims().last().copied().unwrap_or(0);
        GroupNorm::new(self.norm_groups, channels).forward(&scope.child(name), x)
    }

    /// Dropout keyed by the block's path, so every block draws its own mask.
    fn drop(&self, scope: &Scope, x: &Tensor) -> Tensor {
        match &self.key {
            Some(key) if self.dropout > 0.0 => {
                let salt = crate::nn::init::param_seed(0, scope.path()) as u32;
                dropout(x, self.dropout, &key.fold_in(salt))
            }
            _ => x.clone(),
        }
    }
}

fn channels(x: &Tensor) -> usize {
    x.dims().last().copied().unwrap_or(0)
}

/// `[N, H, W, in] -> [N, H, W, out]`.
#[track_caller]
pub fn resnet_block(scope: &Scope, ctx: &BlockContext, x: &Tensor, out: usize) -> Tensor {
    let cin = channels(x);
    let h = ctx.norm(scope, "norm1", x).silu();
    let h = Conv2d::new(cin, out, [3, 3]).forward(&scope.child("conv1"), &h);
    let h = ctx.norm(scope, "norm2", &h).silu();
    let h = ctx.drop(scope, &h);
    let h = Conv2d::new(out, out, [3, 3]).forward(&scope.child("conv2"), &h);
    let skip = if cin == out {
        x.clone()
    } else {
        Conv2d::new(cin, out, [1, 1]).forward(&scope.child("shortcut"), x)
    };
    skip + h
}

/// `[N, H, W, C] -> [N, H, W, C]`: single-head self-attention over the `H W` positions.
#[track_caller]
pub fn attention_block(scope: &Scope, ctx: &BlockContext, x: &Tensor) -> Tensor {
    let dims = x.dims();
    let (n, c) = (dims[0], channels(x));
    let positions: usize = dims[1..dims.len() - 1].iter().product();
    let h = ctx.norm(scope, "norm", x);
    let project = |name: &str, t: &Tensor| {
        Conv2d::new(c, c, [1, 1])
            .forward(&scope.child(name), t)
            .reshape(&[n, positions, c]) // (N, P, C)
    };
    let (q, k, v) = (
        project("query", &h),
        project("key", &h),
        project("value", &h),
    );
    let scores = q.dot_general(
        &k,
        &DotDims {
            lhs_batch: vec![0],
            rhs_batch: vec![0],
            lhs_contract: vec![2],
            rhs_contract: vec![2],
        },
    ) * (c as f64).powf(-0.5); // (N, P queries, P keys)
    let attended = scores.softmax(2).matmul(&v).reshape(&dims); // (N, H, W, C)
    let out = Conv2d::new(c, c, [1, 1]).forward(&scope.child("proj_out"), &attended);
    x + out
}

/// `[N, H, W, C] -> [N, H / sh, W / sw, C]`.
#[track_caller]
pub fn downsample(scope: &Scope, x: &Tensor, strides: [usize; 2]) -> Tensor {
    let c = channels(x);
    let mut conv = Conv2d::new(c, c, [3, 3]);
    conv.stride = strides;
    conv.forward(&scope.child("conv"), x)
}

/// `[N, H, W, C] -> [N, H fh, W fw, C]`: nearest-neighbour repeat, then a 3x3 conv.
#[track_caller]
pub fn upsample(scope: &Scope, x: &Tensor, factors: [usize; 2]) -> Tensor {
    let dims = x.dims();
    let (n, h, w, c) = (dims[0], dims[1], dims[2], dims[3]);
    let [fh, fw] = factors;
    // (N, H, fh, W, fw, C): every pixel repeated in an fh x fw block.
    let repeated = x
        .broadcast_in_dim(&[n, h, fh, w, fw, c], &[0, 1, 3, 5])
        .reshape(&[n, h * fh, w * fw, c]);
    Conv2d::new(c, c, [3, 3]).forward(&scope.child("conv"), &repeated)
}
