//! Input gradient of a strided convolution without lhs dilation: the phase-aligned sub-pixel
//! form (`ConvGradient::Fast`, undilated, ungrouped convolutions with a stride above 1).
//!
//! In the coordinates `p` of the padded input, `dxp[p] = sum_{o*s + k = p} dy[o] w[k]`.
//! Writing `p = q*s + r` and `k = m*s + c` with `r, c < s`, a term needs `c = r` and
//! `o = q - m`: phase `r` of `dxp` is a full correlation of `dy` with the sub-kernel
//! `w[r], w[r + s], ..` (at most `M = ceil(K/s)` taps). Stacking every phase's (flipped)
//! sub-kernel as output features gives one stride-1 convolution over `Q = O + M - 1`
//! positions with an `M..` window, then depth-to-space onto the padded grid and a crop to
//! the input: exactly the products the gradient needs (`K^n` per output position and
//! feature pair), where the plain form is an lhs-dilated convolution, slow on XLA:CPU
//! (DESIGN.md §6). Aligning the phases on the padded input rather than on the output grid
//! is what keeps the window at `M`: on the output grid the phases' taps are offset, and a
//! 4x4 stride-2 pad-1 layer needed a 3x3 window (2.25x the products).

use super::conv::ConvAttrs;
use super::conv_grad::{depth_to_space, pad_or_crop};
use crate::graph::tensor::Tensor;

/// `dx` of `conv(x, w, attrs)` for an undilated, ungrouped `attrs`, given `dy`.
pub(super) fn input_grad_phase_aligned(
    dy: &Tensor,
    w: &Tensor,
    x_dims: &[usize],
    attrs: &ConvAttrs,
) -> Tensor {
    let n = attrs.spatial_rank();
    let (wd, dyd) = (w.dims(), dy.dims());
    let s = &attrs.strides;
    let cin = wd[n];
    let m: Vec<usize> = (0..n).map(|i| wd[i].div_ceil(s[i])).collect();
    let q: Vec<usize> = (0..n).map(|i| dyd[i + 1] + m[i] - 1).collect();
    // Input positions [lo, lo + X) of the padded grid against the computed [0, Q*s).
    let disjoint = (0..n).any(|i| {
        let lo = attrs.padding[i].0;
        lo >= (q[i] * s[i]) as i64 || lo + x_dims[i + 1] as i64 <= 0
    });
    if disjoint {
        // No input element is read by any window: its gradient is zero.
        return dy.constant_like(0.0, dy.dtype(), x_dims);
    }
    // [K.., Ci, Co] -> [K.., Co, Ci]: dy's features are this convolution's inputs.
    let mut perm: Vec<usize> = (0..n).collect();
    perm.extend([n + 1, n]);
    let mut kernel = w.transpose(&perm);
    // Last spatial axis first, so the stacked features end up ordered (r1, .., rn, ci).
    for axis in (0..n).rev() {
        kernel = stack_phases(&kernel, axis, s[axis], m[axis], n + 1);
    }
    let spatial: Vec<usize> = (0..n).collect();
    let unit = ConvAttrs {
        padding: m.iter().map(|&mi| (mi as i64 - 1, mi as i64 - 1)).collect(),
        gradient: attrs.gradient,
        ..ConvAttrs::unit(n)
    };
    let stacked = dy.conv(&kernel.reverse(&spatial), &unit);
    let full = depth_to_space(&stacked, &q, s, cin);
    let crop: Vec<(i64, i64)> = (0..n)
        .map(|i| {
            let lo = attrs.padding[i].0;
            (-lo, x_dims[i + 1] as i64 + lo - (q[i] * s[i]) as i64)
        })
        .collect();
    pad_or_crop(&full, &crop)
}

/// Splits `kernel` along `axis` into its `s` phases `kernel[r::s]`, each zero-padded at the
/// end to `m` taps (a phase `r >= K` has none), concatenated along `feature_axis`.
fn stack_phases(kernel: &Tensor, axis: usize, s: usize, m: usize, feature_axis: usize) -> Tensor {
    if s == 1 {
        return kernel.clone();
    }
    let kd = kernel.dims();
    let (k, rank) = (kd[axis], kd.len());
    let parts: Vec<Tensor> = (0..s)
        .map(|r| {
            let mut shape = kd.clone();
            shape[axis] = m;
            if r >= k {
                return kernel.constant_like(0.0, kernel.dtype(), &shape);
            }
            let taps = (k - r).div_ceil(s);
            let (mut start, mut limit, mut stride) = (vec![0; rank], kd.clone(), vec![1; rank]);
            start[axis] = r;
            limit[axis] = r + (taps - 1) * s + 1;
            stride[axis] = s;
            let phase = kernel.slice(&start, &limit, &stride);
            if taps == m {
                return phase;
            }
            let mut high = vec![0; rank];
            high[axis] = m - taps;
            phase.pad(&vec![0; rank], &high, &vec![0; rank], 0.0)
        })
        .collect();
    Tensor::concatenate(&parts.iter().collect::<Vec<_>>(), feature_axis)
}
