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
//! `(lo, hi)`, kernel unflipped, as flax `ConvTranspose`): each output phase `r` (`o = s*m +
//! r`) is a stride-1 convolution of the undilated input with the taps `k = r' + s*j` of that
//! phase (sub-pixel decomposition). Numbered so that every phase of block `m` reads the same
//! `A = ceil(K / s)` inputs per axis (`TransposeAxis`), all phases are one matmul: the im2col
//! rows of `A` unit-stride slices of the padded input, side by side, times the phases'
//! sub-kernels side by side (`(A.., Cin) x (s.., Cout)`, zero where a phase has fewer taps);
//! depth-to-space of the phases, cropped, is the output. Its gradients are two matmuls, the
//! `A^n` slices' pads onto the input and slices of the kernel: an earlier form (`z = x @ w`
//! for every tap, then each phase a sum of its taps' padded slices of `z`) had a gradient
//! summing `K^n` pads of `z`-sized tensors, the most expensive kernels of the `cpu` agent
//! step (README "Agent benchmark").

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

    /// `self.conv_transpose(kernel, strides, padding, _)` computed as an im2col of the input
    /// and one matmul with the phases' sub-kernels side by side, then depth-to-space and a
    /// crop (module doc).
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
        let mut axes = Vec::with_capacity(n);
        for i in 0..n {
            let (h, k, s, lo) = (xd[i + 1] as i64, wd[i] as i64, strides[i] as i64, pads[i].0);
            let y = lo + (h - 1) * s + 1 + pads[i].1 - k + 1;
            if y < 1 {
                return fallback();
            }
            axes.push(TransposeAxis::new(h, k, s, lo, y));
        }
        // Window rows: (N, M.., A.., Cin) as (N * M.., A.. * Cin), window offset `a` outer.
        let xp = pad_or_crop(
            self,
            &axes.iter().map(|a| a.input_padding).collect::<Vec<_>>(),
        );
        let windows: Vec<usize> = axes.iter().map(|a| a.window).collect();
        let blocks: Vec<usize> = axes.iter().map(|a| a.blocks).collect();
        let rows_count = batch * blocks.iter().product::<usize>();
        let slices: Vec<Tensor> = box_indices(&windows)
            .iter()
            .map(|a| {
                let mut start = vec![0; n + 2];
                let mut limit = xp.dims();
                for i in 0..n {
                    start[i + 1] = a[i];
                    limit[i + 1] = a[i] + blocks[i];
                }
                xp.slice(&start, &limit, &vec![1; n + 2])
                    .reshape(&[rows_count, cin])
            })
            .collect();
        let cols = Tensor::concatenate(&slices.iter().collect::<Vec<_>>(), 1);
        // Kernel (K.., Cin, Cout) -> zero taps up to A*s -> (A, s).. -> phase u reads tap
        // s*a + s-1-u (reverse each s axis) -> (A.., Cin, s.., Cout) as rows.
        let mut k_high = vec![0; n + 2];
        let mut k_split = Vec::with_capacity(2 * n + 2);
        for i in 0..n {
            k_high[i] = windows[i] * strides[i] - wd[i];
            k_split.extend([windows[i], strides[i]]);
        }
        k_split.extend([cin, cout]);
        let phase_axes: Vec<usize> = (0..n).map(|i| 2 * i + 1).collect();
        let mut k_perm: Vec<usize> = (0..n).map(|i| 2 * i).collect();
        k_perm.push(2 * n);
        k_perm.extend(&phase_axes);
        k_perm.push(2 * n + 1);
        let phases: usize = strides.iter().product();
        let k_rows = kernel
            .pad(&vec![0; n + 2], &k_high, &vec![0; n + 2], 0.0)
            .reshape(&k_split)
            .reverse(&phase_axes)
            .transpose(&k_perm)
            .reshape(&[windows.iter().product::<usize>() * cin, phases * cout]);
        // (N * M.., s.. * Cout) -> (N, M.. * s.., Cout) -> the output's window of it.
        let mut phased = vec![batch];
        phased.extend(&blocks);
        phased.extend(strides);
        phased.push(cout);
        let canvas = depth_to_space(
            &cols.matmul(&k_rows).reshape(&phased),
            &blocks,
            strides,
            cout,
        );
        let (mut start, mut limit) = (vec![0; n + 2], canvas.dims());
        for (i, a) in axes.iter().enumerate() {
            start[i + 1] = a.crop;
            limit[i + 1] = a.crop + a.output;
        }
        canvas.slice(&start, &limit, &vec![1; n + 2]) // (N, Y.., Cout)
    }
}

/// One spatial axis of a transposed convolution (input length `h`, kernel `k`, stride `s`,
/// low padding `lo`, output `y`) as the matmul form sees it. Output `o = s*m + r` reads taps
/// `k = ((lo - r) mod s) + s*j` at inputs `m + j - floor((lo - r) / s)`; numbering the blocks
/// so every phase of block `m` reads the inputs `m - floor(lo / s) + a`, `a < A = ceil(k / s)`,
/// phase `u` of block `m` is output `s*m + u - crop` with `crop = s - 1 - (lo mod s)`, and
/// reads tap `s*a + s - 1 - u` (none when that is `>= k`).
struct TransposeAxis {
    /// `A`: inputs each block reads.
    window: usize,
    /// `M`: blocks covering the output.
    blocks: usize,
    /// Canvas positions before the first output.
    crop: usize,
    output: usize,
    /// Padding (negative: cropping) of the input so block `m` reads padded `m .. m + A`.
    input_padding: (i64, i64),
}

impl TransposeAxis {
    fn new(h: i64, k: i64, s: i64, lo: i64, y: i64) -> TransposeAxis {
        let window = (k + s - 1) / s;
        let crop = s - 1 - lo.rem_euclid(s);
        let blocks = (y + crop + s - 1) / s;
        let first = lo.div_euclid(s);
        TransposeAxis {
            window: window as usize,
            blocks: blocks as usize,
            crop: crop as usize,
            output: y as usize,
            input_padding: (first, blocks + window - 1 - first - h),
        }
    }
}
