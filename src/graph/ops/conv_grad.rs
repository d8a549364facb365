//! Gradients of `convolution`.
//!
//! Plain forms (any strides, dilations, padding): the input gradient is the cotangent,
//! dilated by the strides, convolved with the flipped kernel (in/out features swapped); the
//! kernel gradient is the input convolved with the cotangent as kernel (batch and features
//! swapped, kernel dilated by the strides, input dilated as in the forward).
//!
//! XLA:CPU runs lhs-dilated convolutions through a slow generic path (DESIGN.md §6), and
//! two of these gradients are such: the kernel gradient of a transposed convolution
//! (measured 5-50x slower) and the input gradient of a strided one (1.1-1.7x on the
//! benchmark's layers). So [`ConvGradient::Fast`] rewrites exactly (same products, another
//! summation order):
//! - the input gradient of an undilated, ungrouped strided convolution by phase-aligned
//!   sub-pixel decomposition (`conv_input_grad.rs`): one stride-1 convolution of the
//!   cotangent with the kernel's phases stacked as output features, then depth-to-space
//!   onto the padded input grid and a crop;
//! - the kernel gradient of an lhs-dilated stride-1 convolution (ungrouped, no rhs dilation)
//!   by sub-pixel decomposition: output phase `r` (position mod dilation) only meets kernel
//!   taps `k = c_r + m*a`, so stacking every phase's sub-kernel as output features gives one
//!   stride-1 convolution followed by depth-to-space; the kernel gradient is taken through
//!   that form.
//!
//! Elsewhere `Fast` is the plain form: rhs dilation, feature groups, lhs dilation together
//! with a stride (the input gradient), and the kernel gradient of a strided convolution.
//! That one is rhs-dilated, not lhs-dilated; its space-to-depth rewrite (a stride-1
//! convolution of the folded input, removed after commit 4cab3d1) measured as fast as the
//! plain form on `xla-cpu-pjrt` and 15-40% slower on `lammps-jax-pjrt-cpu` at the
//! benchmark's layers (`cargo bench --bench graph_ops -- conv`, "d kernel" rows; the whole
//! train step within noise of either), so the plain form is kept.
//!
//! The input gradient of a grouped convolution is one grouped convolution; its kernel
//! gradient is taken group by group (slice, ungrouped rule, concatenate).

use super::conv::{ConvAttrs, ConvGradient};
use super::conv_input_grad::input_grad_phase_aligned;
use crate::graph::tensor::Tensor;

/// Cotangents of (input, kernel) of `conv(x, w, attrs)` given the output cotangent `dy`.
pub fn conv_vjp(x: &Tensor, w: &Tensor, dy: &Tensor, attrs: &ConvAttrs) -> (Tensor, Tensor) {
    let dx = input_grad(dy, w, &x.dims(), attrs);
    let groups = attrs.feature_groups;
    if groups == 1 {
        return (dx, kernel_grad(x, dy, w, attrs));
    }
    let n = attrs.spatial_rank();
    let cin_group = w.dims()[n];
    let cout_group = w.dims()[n + 1] / groups;
    let single = ConvAttrs {
        feature_groups: 1,
        ..attrs.clone()
    };
    let dws: Vec<Tensor> = (0..groups)
        .map(|g| {
            let xg = x.slice_axis(n + 1, g * cin_group, (g + 1) * cin_group);
            let wg = w.slice_axis(n + 1, g * cout_group, (g + 1) * cout_group);
            let dyg = dy.slice_axis(n + 1, g * cout_group, (g + 1) * cout_group);
            kernel_grad(&xg, &dyg, &wg, &single)
        })
        .collect();
    (
        dx,
        Tensor::concatenate(&dws.iter().collect::<Vec<_>>(), n + 1),
    )
}

/// Fast input gradient of a strided convolution (phase-aligned sub-pixel) applies.
fn fast_strided(attrs: &ConvAttrs) -> bool {
    attrs.gradient == ConvGradient::Fast
        && attrs.undilated()
        && attrs.feature_groups == 1
        && attrs.strides.iter().any(|&s| s > 1)
}

/// Fast kernel gradient of an lhs-dilated stride-1 convolution (sub-pixel) applies.
fn fast_lhs_dilated(attrs: &ConvAttrs) -> bool {
    attrs.gradient == ConvGradient::Fast
        && attrs.feature_groups == 1
        && attrs.lhs_dilation.iter().any(|&a| a > 1)
        && attrs.strides.iter().all(|&s| s == 1)
        && attrs.rhs_dilation.iter().all(|&d| d == 1)
}

/// The kernel of the input gradient: flipped along its spatial axes, with in/out features
/// swapped within each group: `[K.., Cin_g, G*Cout_g]` -> `[K.., Cout_g, G*Cin_g]`.
fn flipped_kernel(w: &Tensor, groups: usize) -> Tensor {
    let dims = w.dims();
    let n = dims.len() - 2;
    let spatial: Vec<usize> = (0..n).collect();
    if groups == 1 {
        let mut perm = spatial.clone();
        perm.extend([n + 1, n]);
        return w.transpose(&perm).reverse(&spatial);
    }
    let (cin_group, cout_group) = (dims[n], dims[n + 1] / groups);
    let mut split = dims[..n].to_vec();
    split.extend([cin_group, groups, cout_group]);
    let mut perm: Vec<usize> = (0..n).collect();
    perm.extend([n + 2, n + 1, n]);
    let mut merged = dims[..n].to_vec();
    merged.extend([cout_group, groups * cin_group]);
    w.reshape(&split)
        .transpose(&perm)
        .reshape(&merged)
        .reverse(&spatial)
}

/// Input gradient, one convolution grouped like the forward:
/// `dxp[i] = sum_{o*s + k*d = i} dy[o] w[k]`, read at the input's positions `lo + a*j` of
/// the dilated, padded input.
fn input_grad(dy: &Tensor, w: &Tensor, x_dims: &[usize], attrs: &ConvAttrs) -> Tensor {
    if fast_strided(attrs) {
        return input_grad_phase_aligned(dy, w, x_dims, attrs);
    }
    let n = attrs.spatial_rank();
    let (wd, dyd) = (w.dims(), dy.dims());
    let mut padding = Vec::with_capacity(n);
    for i in 0..n {
        let (x_len, k_len, o_len) = (x_dims[i + 1] as i64, wd[i] as i64, dyd[i + 1] as i64);
        let (a, s, d) = (
            attrs.lhs_dilation[i] as i64,
            attrs.strides[i] as i64,
            attrs.rhs_dilation[i] as i64,
        );
        let window = (k_len - 1) * d + 1;
        let dilated_dy = (o_len - 1) * s + 1;
        let low = window - 1 - attrs.padding[i].0;
        let high = (x_len - 1) * a + 1 + attrs.padding[i].0 - dilated_dy;
        padding.push((low, high));
    }
    let wf = flipped_kernel(w, attrs.feature_groups);
    let grad_attrs = ConvAttrs {
        strides: attrs.lhs_dilation.clone(),
        padding,
        lhs_dilation: attrs.strides.clone(),
        rhs_dilation: attrs.rhs_dilation.clone(),
        feature_groups: attrs.feature_groups,
        gradient: attrs.gradient,
    };
    dy.conv(&wf, &grad_attrs)
}

/// Kernel gradient (ungrouped): `dw[k] = sum_{n, o} xp[n, o*s + k*d] dy[n, o]`.
fn kernel_grad(x: &Tensor, dy: &Tensor, w: &Tensor, attrs: &ConvAttrs) -> Tensor {
    if fast_lhs_dilated(attrs) {
        // Reverse mode through the sub-pixel form: its kernel gradient is a stride-1
        // convolution's plus slices and pads; the recomputed forward is dead and removed.
        let y =
            lhs_dilated_conv_subpixel(x, w, &attrs.lhs_dilation, &attrs.padding, attrs.gradient);
        return crate::graph::vjp(&[&y], &[dy], &[w]).remove(0);
    }
    plain_kernel_grad(x, dy, &w.dims(), attrs)
}

fn plain_kernel_grad(x: &Tensor, dy: &Tensor, w_dims: &[usize], attrs: &ConvAttrs) -> Tensor {
    let n = attrs.spatial_rank();
    let (xd, dyd) = (x.dims(), dy.dims());
    let mut padding = Vec::with_capacity(n);
    for i in 0..n {
        let (x_len, k_len, o_len) = (xd[i + 1] as i64, w_dims[i] as i64, dyd[i + 1] as i64);
        let (a, s, d) = (
            attrs.lhs_dilation[i] as i64,
            attrs.strides[i] as i64,
            attrs.rhs_dilation[i] as i64,
        );
        let low = attrs.padding[i].0;
        // Exactly the extent the windows read, so the output has the kernel's size.
        let high = (k_len - 1) * d + (o_len - 1) * s + 1 - low - ((x_len - 1) * a + 1);
        padding.push((low, high));
    }
    let grad_attrs = ConvAttrs {
        strides: attrs.rhs_dilation.clone(),
        padding,
        lhs_dilation: attrs.lhs_dilation.clone(),
        rhs_dilation: attrs.strides.clone(),
        feature_groups: 1,
        gradient: attrs.gradient,
    };
    // Batch and features swap roles: x as [Ci, spatial.., N], dy as kernel [O.., N, Co].
    let mut x_perm = vec![n + 1];
    x_perm.extend(1..=n);
    x_perm.push(0);
    let mut dy_perm: Vec<usize> = (1..=n).collect();
    dy_perm.extend([0, n + 1]);
    let out = x
        .transpose(&x_perm)
        .conv(&dy.transpose(&dy_perm), &grad_attrs);
    // [Ci, K.., Co] -> [K.., Ci, Co]
    let mut back: Vec<usize> = (1..=n).collect();
    back.extend([0, n + 1]);
    out.transpose(&back)
}

/// Pads (positive) or crops (negative) each spatial axis of an NHWC tensor.
pub(super) fn pad_or_crop(t: &Tensor, padding: &[(i64, i64)]) -> Tensor {
    let dims = t.dims();
    let rank = dims.len();
    let mut start = vec![0; rank];
    let mut limit = dims.clone();
    let (mut low, mut high) = (vec![0; rank], vec![0; rank]);
    for (i, &(lo, hi)) in padding.iter().enumerate() {
        let axis = i + 1;
        if lo < 0 {
            start[axis] = (-lo) as usize;
        } else {
            low[axis] = lo as usize;
        }
        if hi < 0 {
            limit[axis] = (dims[axis] as i64 + hi) as usize;
        } else {
            high[axis] = hi as usize;
        }
    }
    let mut out = t.clone();
    if start.iter().any(|&s| s > 0) || limit != dims {
        out = out.slice(&start, &limit, &vec![1; rank]);
    }
    if low.iter().chain(&high).any(|&p| p > 0) {
        out = out.pad(&low, &high, &vec![0; rank], 0.0);
    }
    out
}

/// `[N, Q.., S1..Sn, C]` -> `[N, Q1*S1, .., C]`: interleaves phase channels into space.
pub(super) fn depth_to_space(t: &Tensor, q: &[usize], s: &[usize], c: usize) -> Tensor {
    let n = q.len();
    let mut split = vec![t.dims()[0]];
    split.extend(q);
    split.extend(s);
    split.push(c);
    let mut perm = vec![0];
    for i in 0..n {
        perm.extend([1 + i, 1 + n + i]);
    }
    perm.push(2 * n + 1);
    let mut merged = vec![t.dims()[0]];
    merged.extend((0..n).map(|i| q[i] * s[i]));
    merged.push(c);
    t.reshape(&split).transpose(&perm).reshape(&merged)
}

/// `conv(x, w, lhs_dilation = s, padding, stride 1)` without lhs dilation, by sub-pixel
/// decomposition (see the module doc). `w` is `[K.., Ci, Co]`, used unflipped.
pub(super) fn lhs_dilated_conv_subpixel(
    x: &Tensor,
    w: &Tensor,
    strides: &[usize],
    padding: &[(i64, i64)],
    gradient: ConvGradient,
) -> Tensor {
    let n = strides.len();
    let (xd, wd) = (x.dims(), w.dims());
    let cout = wd[n + 1];
    let mut kernel = w.clone();
    let (mut conv_pad, mut q, mut out_len) = (vec![(0, 0); n], vec![0; n], vec![0; n]);
    // Last spatial axis first, so the stacked channel order ends up (r1, .., rn, co).
    for axis in (0..n).rev() {
        let (s, k) = (strides[axis] as i64, wd[axis] as i64);
        let (lo, hi) = padding[axis];
        let x_len = xd[axis + 1] as i64;
        let y_len = lo + (x_len - 1) * s + 1 + hi - k + 1;
        // Phase r meets taps k = c_r + m*s (m < taps) reading x[q + m + e_r].
        let phases: Vec<(i64, i64, i64)> = (0..s)
            .map(|r| {
                let c = (lo - r).rem_euclid(s);
                let taps = if c < k { (k - c + s - 1) / s } else { 0 };
                (c, taps, (r + c - lo) / s)
            })
            .collect();
        let live = phases.iter().filter(|p| p.1 > 0);
        let first = live.clone().map(|p| p.2).min().unwrap_or(0);
        let span = live.map(|p| p.2 - first + p.1).max().unwrap_or(1);
        let kd = kernel.dims();
        let parts: Vec<Tensor> = phases
            .iter()
            .map(|&(c, taps, e)| {
                let mut shape = kd.clone();
                shape[axis] = span as usize;
                if taps == 0 {
                    return kernel.constant_like(0.0, kernel.dtype(), &shape);
                }
                let mut start = vec![0; kd.len()];
                let mut limit = kd.clone();
                let mut stride = vec![1; kd.len()];
                start[axis] = c as usize;
                limit[axis] = (c + (taps - 1) * s + 1) as usize;
                stride[axis] = s as usize;
                let (mut low, mut high) = (vec![0; kd.len()], vec![0; kd.len()]);
                low[axis] = (e - first) as usize;
                high[axis] = (span - (e - first) - taps) as usize;
                kernel
                    .slice(&start, &limit, &stride)
                    .pad(&low, &high, &vec![0; kd.len()], 0.0)
            })
            .collect();
        kernel = Tensor::concatenate(&parts.iter().collect::<Vec<_>>(), n + 1);
        let phase_len = (y_len + s - 1) / s;
        conv_pad[axis] = (-first, phase_len + span - 1 - x_len + first);
        q[axis] = phase_len as usize;
        out_len[axis] = y_len;
    }
    let attrs = ConvAttrs {
        padding: conv_pad,
        gradient,
        ..ConvAttrs::unit(n)
    };
    let stacked = x.conv(&kernel, &attrs);
    let full = depth_to_space(&stacked, &q, strides, cout);
    let crop: Vec<(i64, i64)> = (0..n)
        .map(|i| (0, out_len[i] - (q[i] * strides[i]) as i64))
        .collect();
    pad_or_crop(&full, &crop)
}
