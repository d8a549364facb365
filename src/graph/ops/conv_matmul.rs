//! Convolutions written as one matrix product (`Tensor::conv_as_matmul`,
//! `Tensor::conv_transpose_as_matmul`): the values of `Tensor::conv` and
//! `Tensor::conv_transpose`, built from pads, reshapes, transposes, slices and one 2-D
//! `dot_general`, so that reverse mode makes matmuls, pads and slices of the gradients, and
//! no convolution at all.
//!
//! Why: XLA:CPU runs convolutions through Eigen's generic convolution paths, and the gradients
//! of strided and transposed convolutions are dilated or large-window convolutions it runs
//! slowly (DESIGN.md §6); the same products as one GEMM run near the machine's matmul peak.
//! The DreamerV3 encoder and decoder (4x4, stride 2, 1024 frames a step) use these forms; the
//! JAX peer of the agent benchmark (`tools/bench/dreamer_jax_nets.py`, `--conv-matmul`)
//! writes the same.
//!
//! Strided convolution, per spatial axis with stride `s`, kernel `K`, output `O`: the padded
//! input is folded space-to-depth (`xp[s*q + b] -> xs[q, b]`), so tap `k = s*a + b` reads
//! `xs[o + a, b]`: `A = ceil(K / s)` unit-stride slices of the folded input, side by side,
//! are the im2col matrix, and the kernel, zero-padded to `A*s` taps and reordered to
//! `(a.., b.., cin)`, is the other factor. (A kernel that is not a multiple of the stride
//! wastes the zero taps' products.)
//!
//! Transposed convolution (stride-1 convolution of the input dilated by `s`, padding
//! `(lo, hi)`, kernel unflipped, as flax `ConvTranspose`): `z = x @ w` gives every tap's
//! contribution at once, and input `i` through tap `k` lands on output `o = s*i + lo - k`.
//! On a canvas shifted by `off` so all positions are >= 0, `o + off = s*(i + a_k) + r_k`:
//! each output phase `r` is a sum of the unit-padded `z` of its taps (`K / s` per axis),
//! and depth-to-space of the phases, cropped, is the output.

use super::conv::{ConvAttrs, ConvTransposePadding};
use super::conv_grad::{depth_to_space, pad_or_crop};
use crate::graph::tensor::Tensor;

/// Row-major multi-indices of the box `0..sizes[0] x 0..sizes[1] x ..`.
fn box_indices(sizes: &[usize]) -> Vec<Vec<usize>> {
    sizes.iter().fold(vec![vec![]], |acc, &len| {
        acc.iter()
            .flat_map(|prefix| {
                (0..len).map(move |i| {
                    let mut next = prefix.clone();
                    next.push(i);
                    next
                })
            })
            .collect()
    })
}

/// `[N, D1..Dn, C]` -> `[N * D1 * .. * Dn, C]`.
fn rows(t: &Tensor) -> Tensor {
    let dims = t.dims();
    let c = dims[dims.len() - 1];
    let count: usize = dims.iter().product();
    t.reshape(&[count / c.max(1), c])
}

impl Tensor {
    /// `self.conv(kernel, attrs)` computed as space-to-depth, im2col and one matmul (module
    /// doc). Dilated or grouped convolutions, and convolutions whose window does not fit, go
    /// to `conv` unchanged (the latter reports the error).
    #[track_caller]
    pub fn conv_as_matmul(&self, kernel: &Tensor, attrs: &ConvAttrs) -> Tensor {
        let n = attrs.spatial_rank();
        let (xd, wd) = (self.dims(), kernel.dims());
        let shaped = xd.len() == n + 2 && wd.len() == n + 2 && attrs.padding.len() == n;
        if !shaped || !attrs.undilated() || attrs.feature_groups != 1 || xd[n + 1] != wd[n] {
            return self.conv(kernel, attrs);
        }
        let padded_len = |i: usize| xd[i + 1] as i64 + attrs.padding[i].0 + attrs.padding[i].1;
        if (0..n).any(|i| padded_len(i) < wd[i] as i64 || attrs.strides[i] == 0) {
            return self.conv(kernel, attrs);
        }
        let xp = pad_or_crop(self, &attrs.padding); // (N, P.., C)
        let pd = xp.dims();
        let (batch, cin, cout) = (xd[0], xd[n + 1], wd[n + 1]);
        let s = &attrs.strides;
        let out: Vec<usize> = (0..n).map(|i| (pd[i + 1] - wd[i]) / s[i] + 1).collect();
        let taps: Vec<usize> = (0..n).map(|i| wd[i].div_ceil(s[i])).collect();
        let q: Vec<usize> = (0..n)
            .map(|i| pd[i + 1].div_ceil(s[i]).max(out[i] + taps[i] - 1))
            .collect();
        // Zero-extend to a whole number of stride blocks, then fold: (N, Q.., s.., C).
        let mut high = vec![0; n + 2];
        for i in 0..n {
            high[i + 1] = q[i] * s[i] - pd[i + 1];
        }
        let extended = xp.pad(&vec![0; n + 2], &high, &vec![0; n + 2], 0.0);
        let mut split = vec![batch];
        for i in 0..n {
            split.extend([q[i], s[i]]);
        }
        split.push(cin);
        let mut perm = vec![0];
        perm.extend((0..n).map(|i| 1 + 2 * i));
        perm.extend((0..n).map(|i| 2 + 2 * i));
        perm.push(2 * n + 1);
        let folded = extended.reshape(&split).transpose(&perm);
        // One unit-stride slice per tap block `a`: (N, O.., s.., C) as rows.
        let fd = folded.dims();
        let blocks: Vec<Tensor> = box_indices(&taps)
            .iter()
            .map(|a| {
                let mut start = vec![0; fd.len()];
                let mut limit = fd.clone();
                for i in 0..n {
                    start[i + 1] = a[i];
                    limit[i + 1] = a[i] + out[i];
                }
                let block = folded.slice(&start, &limit, &vec![1; fd.len()]);
                let per_row: usize = fd[n + 1..].iter().product();
                let count = batch * out.iter().product::<usize>();
                block.reshape(&[count, per_row])
            })
            .collect();
        let cols = Tensor::concatenate(&blocks.iter().collect::<Vec<_>>(), 1);
        // Kernel (K.., Cin, Cout) -> zero taps up to A*s -> (A.., s.., Cin, Cout) as rows.
        let mut k_high = vec![0; n + 2];
        for i in 0..n {
            k_high[i] = taps[i] * s[i] - wd[i];
        }
        let k_ext = kernel.pad(&vec![0; n + 2], &k_high, &vec![0; n + 2], 0.0);
        let mut k_split = Vec::new();
        for i in 0..n {
            k_split.extend([taps[i], s[i]]);
        }
        k_split.extend([cin, cout]);
        let mut k_perm: Vec<usize> = (0..n).map(|i| 2 * i).collect();
        k_perm.extend((0..n).map(|i| 2 * i + 1));
        k_perm.extend([2 * n, 2 * n + 1]);
        let k_rows = rows(&k_ext.reshape(&k_split).transpose(&k_perm));
        let mut y_dims = vec![batch];
        y_dims.extend(&out);
        y_dims.push(cout);
        cols.matmul(&k_rows).reshape(&y_dims) // (N, O.., Cout)
    }

    /// `self.conv_transpose(kernel, strides, padding, _)` computed as one matmul, then the
    /// taps' contributions summed per output phase, depth-to-space and a crop (module doc).
    #[track_caller]
    pub fn conv_transpose_as_matmul(
        &self,
        kernel: &Tensor,
        strides: &[usize],
        padding: &ConvTransposePadding,
    ) -> Tensor {
        let n = strides.len();
        let (xd, wd) = (self.dims(), kernel.dims());
        let fallback = || self.conv_transpose(kernel, strides, padding, Default::default());
        if xd.len() != n + 2 || wd.len() != n + 2 || xd[n + 1] != wd[n] || strides.contains(&0) {
            return fallback();
        }
        let pads: Vec<(i64, i64)> = (0..n)
            .map(|i| padding.resolve(i, wd[i], strides[i]))
            .collect();
        let (batch, cin, cout) = (xd[0], xd[n + 1], wd[n + 1]);
        let (h, k, s): (Vec<i64>, Vec<i64>, Vec<i64>) = (
            (0..n).map(|i| xd[i + 1] as i64).collect(),
            (0..n).map(|i| wd[i] as i64).collect(),
            strides.iter().map(|&v| v as i64).collect(),
        );
        let y: Vec<i64> = (0..n)
            .map(|i| pads[i].0 + (h[i] - 1) * s[i] + 1 + pads[i].1 - k[i] + 1)
            .collect();
        if y.iter().any(|&len| len < 1) {
            return fallback();
        }
        // Canvas shift: every tap's first position `lo - k + off` is >= 0.
        let off: Vec<i64> = (0..n).map(|i| (k[i] - 1 - pads[i].0).max(0)).collect();
        let q: Vec<i64> = (0..n)
            .map(|i| {
                let reach = (pads[i].0 + off[i] + (h[i] - 1) * s[i] + 1).max(off[i] + y[i]);
                (reach + s[i] - 1) / s[i]
            })
            .collect();
        // z = x @ w for every tap: (N, H.., K.., Cout).
        let mut w_perm = vec![n];
        w_perm.extend(0..n);
        w_perm.push(n + 1);
        let w_cols = kernel
            .transpose(&w_perm)
            .reshape(&[cin, wd.iter().product::<usize>() / cin.max(1)]);
        let mut z_dims = xd[..n + 1].to_vec();
        z_dims.extend(&wd[..n]);
        z_dims.push(cout);
        let z = rows(self).matmul(&w_cols).reshape(&z_dims);
        // Each phase: the sum of its taps' contributions, unit-padded onto the (Q..) grid.
        let mut phase_dims = vec![batch];
        phase_dims.extend(q.iter().map(|&v| v as usize));
        phase_dims.push(cout);
        let mut x_dims = xd[..n + 1].to_vec();
        x_dims.push(cout);
        let phases: Vec<Tensor> = box_indices(strides)
            .iter()
            .map(|r| {
                let mut sum: Option<Tensor> = None;
                for tap in box_indices(&wd[..n]) {
                    let d: Vec<i64> = (0..n).map(|i| pads[i].0 - tap[i] as i64 + off[i]).collect();
                    if (0..n).any(|i| (d[i] % s[i]) as usize != r[i]) {
                        continue;
                    }
                    let mut start = vec![0; 2 * n + 2];
                    let mut limit = z_dims.clone();
                    for i in 0..n {
                        start[n + 1 + i] = tap[i];
                        limit[n + 1 + i] = tap[i] + 1;
                    }
                    let part = z
                        .slice(&start, &limit, &vec![1; 2 * n + 2])
                        .reshape(&x_dims);
                    let (mut low, mut high) = (vec![0; n + 2], vec![0; n + 2]);
                    for i in 0..n {
                        let a = d[i] / s[i];
                        low[i + 1] = a as usize;
                        high[i + 1] = (q[i] - a - h[i]) as usize;
                    }
                    let placed = part.pad(&low, &high, &vec![0; n + 2], 0.0);
                    sum = Some(match sum {
                        Some(total) => total + placed,
                        None => placed,
                    });
                }
                sum.unwrap_or_else(|| z.constant_like(0.0, z.dtype(), &phase_dims))
            })
            .collect();
        let stacked = Tensor::concatenate(&phases.iter().collect::<Vec<_>>(), n + 1);
        let mut split = phase_dims[..n + 1].to_vec();
        split.extend(strides);
        split.push(cout);
        let q_usize: Vec<usize> = q.iter().map(|&v| v as usize).collect();
        let canvas = depth_to_space(&stacked.reshape(&split), &q_usize, strides, cout);
        let (mut start, mut limit) = (vec![0; n + 2], canvas.dims());
        for i in 0..n {
            start[i + 1] = off[i] as usize;
            limit[i + 1] = (off[i] + y[i]) as usize;
        }
        canvas.slice(&start, &limit, &vec![1; n + 2]) // (N, Y.., Cout)
    }
}
