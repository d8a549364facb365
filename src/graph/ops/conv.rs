//! N-d convolution (StableHLO `convolution`) with NHWC activations and HWIO kernels, the
//! layouts of the reference's flax modules: window strides, edge padding (either sign; a
//! negative pad crops), lhs (input) dilation, rhs (kernel) dilation and feature groups.
//! Side by side: the attributes, the shape rule, the VJP (dispatching to `conv_grad.rs`, which
//! owns the plain and the fast gradient forms), the lowering and the tracing method.
//!
//! `out[n, o.., co] = sum_{k.., ci} xp[n, o*s + k*d, g*Cin_g + ci] * w[k.., ci, co]` where `xp`
//! is the input dilated by `lhs_dilation` then edge-padded, `g = co / (Cout / groups)`.

use super::conv_grad;
use super::table::{Lower, OpRule, Vjp, VjpArgs};
use super::Op;
use crate::graph::shape::TensorType;
use crate::graph::tensor::Tensor;
use crate::lower::emit::{Emitter, LowerNode};

/// How the VJP of a convolution is built.
///
/// XLA:CPU runs lhs-dilated convolutions, which the textbook gradients are, through a slow
/// generic path (DESIGN.md §6): above all the weight gradient of a transposed convolution,
/// and the input gradient of a strided one. `Fast` rewrites these exactly (the same
/// products, summed in another order) as stride-1 convolutions plus slices, pads and
/// reshapes: the input gradient of a strided convolution by phase-aligned sub-pixel
/// decomposition, the kernel gradient of a transposed one by sub-pixel decomposition; see
/// `conv_grad.rs` for the forms, the measurements and where it falls back to the plain forms.
/// `Plain` emits the textbook dilated forms; it is kept to compare against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ConvGradient {
    #[default]
    Fast,
    Plain,
}

/// The attributes of one convolution; vectors have one entry per spatial dimension.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ConvAttrs {
    pub strides: Vec<usize>,
    /// `(low, high)` padding of the (dilated) input; negative values crop.
    pub padding: Vec<(i64, i64)>,
    /// Input dilation: `lhs_dilation - 1` zeros between input elements.
    pub lhs_dilation: Vec<usize>,
    /// Kernel dilation (atrous convolution).
    pub rhs_dilation: Vec<usize>,
    /// Input and output features split into this many independent groups.
    pub feature_groups: usize,
    pub gradient: ConvGradient,
}

impl ConvAttrs {
    /// Stride 1, no padding, no dilation, one group, for `spatial` spatial dimensions.
    pub fn unit(spatial: usize) -> Self {
        ConvAttrs {
            strides: vec![1; spatial],
            padding: vec![(0, 0); spatial],
            lhs_dilation: vec![1; spatial],
            rhs_dilation: vec![1; spatial],
            feature_groups: 1,
            gradient: ConvGradient::Fast,
        }
    }

    /// Strided convolution with explicit padding (the common case in model code).
    pub fn strided(strides: &[usize], padding: &[(i64, i64)]) -> Self {
        ConvAttrs {
            strides: strides.to_vec(),
            padding: padding.to_vec(),
            ..ConvAttrs::unit(strides.len())
        }
    }

    pub fn spatial_rank(&self) -> usize {
        self.strides.len()
    }

    /// True when no dimension dilates the input or the kernel.
    pub fn undilated(&self) -> bool {
        self.lhs_dilation.iter().all(|&a| a == 1) && self.rhs_dilation.iter().all(|&d| d == 1)
    }
}

/// Output length of one spatial dimension, `None` when the window does not fit.
pub fn conv_output_len(
    input: usize,
    kernel: usize,
    stride: usize,
    padding: (i64, i64),
    lhs_dilation: usize,
    rhs_dilation: usize,
) -> Option<usize> {
    let dilated_input = (input as i64 - 1) * lhs_dilation as i64 + 1;
    let padded = padding.0 + dilated_input + padding.1;
    let window = (kernel as i64 - 1) * rhs_dilation as i64 + 1;
    (padded >= window && input > 0 && kernel > 0)
        .then(|| ((padded - window) / stride as i64 + 1) as usize)
}

fn conv_infer(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let Op::Convolution { attrs } = op else {
        unreachable!("internal error: conv infer used for {op:?}")
    };
    let (x, w) = (inputs[0], inputs[1]);
    let n = attrs.spatial_rank();
    if x.dtype != w.dtype || !x.dtype.is_float() {
        return Err(format!(
            "requires input and kernel of one floating-point dtype, got {x} and {w}"
        ));
    }
    if x.rank() != n + 2 || w.rank() != n + 2 {
        return Err(format!(
            "with {n} spatial dimensions requires an NHWC input and an HWIO kernel of rank {}, got {x} and {w}",
            n + 2
        ));
    }
    let lens_ok =
        attrs.padding.len() == n && attrs.lhs_dilation.len() == n && attrs.rhs_dilation.len() == n;
    if !lens_ok {
        return Err(format!(
            "requires one stride, padding and dilation per spatial dimension, got {attrs:?}"
        ));
    }
    let positive = |v: &[usize]| v.iter().all(|&s| s >= 1);
    if !positive(&attrs.strides)
        || !positive(&attrs.lhs_dilation)
        || !positive(&attrs.rhs_dilation)
        || attrs.feature_groups == 0
    {
        return Err(format!(
            "requires strides, dilations and feature_groups >= 1, got {attrs:?}"
        ));
    }
    let (cin, kin, cout) = (x.dims()[n + 1], w.dims()[n], w.dims()[n + 1]);
    let groups = attrs.feature_groups;
    if cin != kin * groups || cout % groups != 0 {
        return Err(format!(
            "requires input features = kernel input features * groups ({kin} * {groups}) and \
             output features divisible by groups, got {x} and {w}"
        ));
    }
    let mut dims = vec![x.dims()[0]];
    for i in 0..n {
        let len = conv_output_len(
            x.dims()[i + 1],
            w.dims()[i],
            attrs.strides[i],
            attrs.padding[i],
            attrs.lhs_dilation[i],
            attrs.rhs_dilation[i],
        );
        match len {
            Some(len) => dims.push(len),
            None => {
                return Err(format!(
                    "kernel window does not fit the padded input in spatial dimension {i}, got {x} and {w} with {attrs:?}"
                ))
            }
        }
    }
    dims.push(cout);
    Ok(TensorType::new(x.dtype, &dims))
}

fn conv_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let Op::Convolution { attrs } = a.op else {
        unreachable!("internal error: conv vjp used for {:?}", a.op)
    };
    let (dx, dw) = conv_grad::conv_vjp(&a.inputs[0], &a.inputs[1], a.cotangent, attrs);
    vec![Some(dx), Some(dw)]
}

/// The `dim_numbers` text for NHWC x HWIO -> NHWC with `n` spatial dimensions.
fn dim_numbers(n: usize) -> String {
    let spatial: Vec<String> = (0..n).map(|i| i.to_string()).collect();
    let s = spatial.join(", ");
    format!("#stablehlo.conv<[b, {s}, f]x[{s}, i, o]->[b, {s}, f]>")
}

fn conv_lower(e: &mut Emitter, node: &LowerNode) {
    let Op::Convolution { attrs } = node.op else {
        unreachable!("internal error: conv lowering used for {:?}", node.op)
    };
    let n = attrs.spatial_rank();
    let pads: Vec<String> = attrs
        .padding
        .iter()
        .map(|(lo, hi)| format!("[{lo}, {hi}]"))
        .collect();
    let text = format!(
        "batch_group_count = 1 : i64, dimension_numbers = {}, feature_group_count = {} : i64, \
         lhs_dilation = {}, padding = dense<[{}]> : tensor<{n}x2xi64>, rhs_dilation = {}, \
         window_strides = {}",
        dim_numbers(n),
        attrs.feature_groups,
        Emitter::i64_array(&attrs.lhs_dilation),
        pads.join(", "),
        Emitter::i64_array(&attrs.rhs_dilation),
        Emitter::i64_array(&attrs.strides),
    );
    e.emit_op(node, "stablehlo.convolution", &text);
}

pub static CONVOLUTION: OpRule = OpRule {
    name: "convolution",
    arity: Some(2),
    infer: conv_infer,
    vjp: Vjp::Rule(conv_vjp),
    lower: Lower::Custom(conv_lower),
    elementwise: false,
};

impl Tensor {
    /// Convolution of this NHWC input `[N, spatial.., Cin]` with an HWIO kernel
    /// `[spatial.., Cin / groups, Cout]`; see [`ConvAttrs`].
    #[track_caller]
    pub fn conv(&self, kernel: &Tensor, attrs: &ConvAttrs) -> Tensor {
        let op = Op::Convolution {
            attrs: attrs.clone(),
        };
        Tensor::apply(op, &[self, kernel])
    }
}

/// Padding of a transposed convolution, as flax's `ConvTranspose` / `lax.conv_transpose`
/// take it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConvTransposePadding {
    /// Output size `input * stride`.
    Same,
    /// The full output, `input * stride + max(kernel - stride, 0)`.
    Valid,
    /// `(low, high)` padding of the stride-dilated input, per spatial dimension.
    Explicit(Vec<(i64, i64)>),
}

impl ConvTransposePadding {
    /// The explicit `(low, high)` pair for one dimension (lax's `_conv_transpose_padding`).
    pub fn resolve(&self, axis: usize, kernel: usize, stride: usize) -> (i64, i64) {
        let (k, s) = (kernel as i64, stride as i64);
        match self {
            ConvTransposePadding::Same => {
                let len = k + s - 2;
                let low = if s > k - 1 { k - 1 } else { (len + 1) / 2 };
                (low, len - low)
            }
            ConvTransposePadding::Valid => (k - 1, s - 1 + (k - s).max(0)),
            ConvTransposePadding::Explicit(pads) => pads.get(axis).copied().unwrap_or((0, 0)),
        }
    }
}

impl Tensor {
    /// Transposed convolution of an NHWC input with an HWIO kernel `[K.., Cin, Cout]`, as
    /// flax `ConvTranspose` (kernel not flipped): the convolution of the input dilated by
    /// `strides` and padded by `padding`, at stride 1. With [`ConvGradient::Fast`] its kernel
    /// gradient avoids the lhs-dilated form XLA:CPU is slow on (measured up to 25x).
    #[track_caller]
    pub fn conv_transpose(
        &self,
        kernel: &Tensor,
        strides: &[usize],
        padding: &ConvTransposePadding,
        gradient: ConvGradient,
    ) -> Tensor {
        let pads = match self.conv_transpose_pads(kernel, strides, padding) {
            Ok(p) => p,
            Err(failed) => return failed,
        };
        let attrs = ConvAttrs {
            padding: pads,
            lhs_dilation: strides.to_vec(),
            gradient,
            ..ConvAttrs::unit(strides.len())
        };
        self.conv(kernel, &attrs)
    }

    /// The same values as [`Tensor::conv_transpose`], computed without lhs dilation: one
    /// stride-1 convolution with every output phase's sub-kernel stacked as output features,
    /// then depth-to-space and a crop (sub-pixel decomposition, `conv_grad.rs`). Its
    /// gradients are those of a stride-1 convolution.
    #[track_caller]
    pub fn conv_transpose_subpixel(
        &self,
        kernel: &Tensor,
        strides: &[usize],
        padding: &ConvTransposePadding,
        gradient: ConvGradient,
    ) -> Tensor {
        match self.conv_transpose_pads(kernel, strides, padding) {
            Ok(pads) => {
                conv_grad::lhs_dilated_conv_subpixel(self, kernel, strides, &pads, gradient)
            }
            Err(failed) => failed,
        }
    }

    /// The explicit `(low, high)` padding of the stride-dilated input, or the failed tensor.
    #[track_caller]
    fn conv_transpose_pads(
        &self,
        kernel: &Tensor,
        strides: &[usize],
        padding: &ConvTransposePadding,
    ) -> Result<Vec<(i64, i64)>, Tensor> {
        let n = strides.len();
        if self.rank() != n + 2 || kernel.rank() != n + 2 {
            return Err(self.fail(
                "conv_transpose",
                format!(
                    "with {n} strides requires an NHWC input and an HWIO kernel of rank {}, got {} and {}",
                    n + 2,
                    self.ty(),
                    kernel.ty()
                ),
            ));
        }
        if let ConvTransposePadding::Explicit(p) = padding {
            if p.len() != n {
                return Err(self.fail(
                    "conv_transpose",
                    format!("requires one (low, high) padding per spatial dimension, got {p:?}"),
                ));
            }
        }
        let kd = kernel.dims();
        Ok((0..n)
            .map(|i| padding.resolve(i, kd[i], strides[i]))
            .collect())
    }
}
