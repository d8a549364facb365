//! Reference N-d convolution (StableHLO `convolution` semantics) with NHWC activations and
//! HWIO kernels: window strides, edge padding (either sign), lhs (input) dilation, rhs
//! (kernel) dilation and feature groups; plus a transposed convolution written in the
//! independent scatter form, and flax's `ConvTranspose` padding rule.

use super::array::{indices, Array};

/// The attributes of one convolution; every vector has one entry per spatial dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct ConvSpec {
    pub strides: Vec<usize>,
    pub padding: Vec<(i64, i64)>,
    pub lhs_dilation: Vec<usize>,
    pub rhs_dilation: Vec<usize>,
    pub feature_groups: usize,
}

impl ConvSpec {
    /// Stride 1, no padding, no dilation, one group, for `spatial` spatial dimensions.
    pub fn plain(spatial: usize) -> Self {
        Self {
            strides: vec![1; spatial],
            padding: vec![(0, 0); spatial],
            lhs_dilation: vec![1; spatial],
            rhs_dilation: vec![1; spatial],
            feature_groups: 1,
        }
    }
}

/// Output length of one spatial dimension (0 when the window does not fit).
pub fn conv_output_len(
    input: usize,
    kernel: usize,
    stride: usize,
    padding: (i64, i64),
    lhs_dilation: usize,
    rhs_dilation: usize,
) -> usize {
    let dilated_input = if input == 0 {
        0
    } else {
        (input as i64 - 1) * lhs_dilation as i64 + 1
    };
    let padded = padding.0 + dilated_input + padding.1;
    let window = (kernel as i64 - 1) * rhs_dilation as i64 + 1;
    if padded < window {
        0
    } else {
        ((padded - window) / stride as i64 + 1) as usize
    }
}

/// `out[n, o.., co] = sum_{k.., ci} xp[n, o*s + k*d, g*Cin_g + ci] * w[k.., ci, co]` where `xp`
/// is the input dilated by `lhs_dilation` (zeros between elements) and then edge-padded (a
/// negative pad crops), and `g = co / (Cout / groups)` is the output feature's group.
pub fn conv(x: &Array, w: &Array, spec: &ConvSpec) -> Array {
    let nsp = x.rank() - 2;
    assert_eq!(w.rank(), nsp + 2, "kernel rank must match input rank");
    let (batch, cin) = (x.dims[0], x.dims[nsp + 1]);
    let (cin_group, cout) = (w.dims[nsp], w.dims[nsp + 1]);
    let groups = spec.feature_groups;
    assert_eq!(
        cin,
        cin_group * groups,
        "input features = kernel in-features * groups"
    );
    assert_eq!(cout % groups, 0, "output features divisible by groups");
    let cout_group = cout / groups;
    let out_spatial: Vec<usize> = (0..nsp)
        .map(|i| {
            conv_output_len(
                x.dims[i + 1],
                w.dims[i],
                spec.strides[i],
                spec.padding[i],
                spec.lhs_dilation[i],
                spec.rhs_dilation[i],
            )
        })
        .collect();
    let mut out_dims = vec![batch];
    out_dims.extend(&out_spatial);
    out_dims.push(cout);
    let mut out = Array::zeros(&out_dims);
    let kernel_spatial = &w.dims[..nsp];
    let mut x_index = vec![0; nsp + 2];
    let mut w_index = vec![0; nsp + 2];
    for o in indices(&out_dims) {
        let (n, co) = (o[0], o[nsp + 1]);
        let group = co / cout_group;
        let mut acc = 0.0;
        'window: for k in indices(kernel_spatial) {
            for i in 0..nsp {
                let p = (o[i + 1] * spec.strides[i] + k[i] * spec.rhs_dilation[i]) as i64;
                let u = p - spec.padding[i].0;
                let a = spec.lhs_dilation[i] as i64;
                if u < 0 || u % a != 0 || u / a >= x.dims[i + 1] as i64 {
                    continue 'window;
                }
                x_index[i + 1] = (u / a) as usize;
                w_index[i] = k[i];
            }
            x_index[0] = n;
            w_index[nsp + 1] = co;
            for ci in 0..cin_group {
                x_index[nsp + 1] = group * cin_group + ci;
                w_index[nsp] = ci;
                acc += x.get(&x_index) * w.get(&w_index);
            }
        }
        out.set(&o, acc);
    }
    out
}

/// flax/lax `ConvTranspose` padding for one dimension: `same` keeps `out = in * stride`,
/// otherwise (`VALID`) the full output `in * stride + max(k - stride, 0)`.
pub fn conv_transpose_padding(kernel: usize, stride: usize, same: bool) -> (i64, i64) {
    let (k, s) = (kernel as i64, stride as i64);
    let (pad_len, pad_low) = if same {
        let len = k + s - 2;
        (len, if s > k - 1 { k - 1 } else { (len + 1) / 2 })
    } else {
        (k + s - 2 + (k - s).max(0), k - 1)
    };
    (pad_low, pad_len - pad_low)
}

/// Transposed convolution in scatter form, independent of `conv`: every input element
/// `x[n, i.., ci]` adds `x * w[k.., ci, co]` to output position `i*s + lo - k`
/// (kernel used unflipped, as lax.conv_transpose with `transpose_kernel=False`, i.e. it equals
/// `conv` with `lhs_dilation = strides` and `padding`). Out-of-range positions are dropped.
pub fn conv_transpose_scatter(
    x: &Array,
    w: &Array,
    strides: &[usize],
    padding: &[(i64, i64)],
) -> Array {
    let nsp = x.rank() - 2;
    let (batch, cin, cout) = (x.dims[0], x.dims[nsp + 1], w.dims[nsp + 1]);
    assert_eq!(
        w.dims[nsp], cin,
        "kernel in-features must equal input features"
    );
    let mut out_dims = vec![batch];
    for i in 0..nsp {
        out_dims.push(conv_output_len(
            x.dims[i + 1],
            w.dims[i],
            1,
            padding[i],
            strides[i],
            1,
        ));
    }
    out_dims.push(cout);
    let mut out = Array::zeros(&out_dims);
    let mut o_index = vec![0; nsp + 2];
    let mut w_index = vec![0; nsp + 2];
    for xi in indices(&x.dims) {
        let value = x.get(&xi);
        'kernel: for k in indices(&w.dims[..nsp]) {
            for d in 0..nsp {
                let pos = (xi[d + 1] * strides[d]) as i64 + padding[d].0 - k[d] as i64;
                if pos < 0 || pos >= out_dims[d + 1] as i64 {
                    continue 'kernel;
                }
                o_index[d + 1] = pos as usize;
                w_index[d] = k[d];
            }
            o_index[0] = xi[0];
            w_index[nsp] = xi[nsp + 1];
            for co in 0..cout {
                o_index[nsp + 1] = co;
                w_index[nsp + 1] = co;
                out.add_at(&o_index, value * w.get(&w_index));
            }
        }
    }
    out
}
