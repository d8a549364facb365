//! Data movement: broadcast_in_dim, reshape, transpose, slice, concatenate, pad, reverse.
//! All are linear, so each VJP moves the cotangent back with the "opposite" movement.

use super::table::{Lower, OpRule, Vjp, VjpArgs};
use super::Op;
use crate::graph::shape::TensorType;
use crate::graph::tensor::Tensor;
use crate::lower::emit::{Emitter, LowerNode};

fn broadcast_infer(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let Op::BroadcastInDim { dims, shape } = op else {
        unreachable!("internal error: broadcast rule used for {op:?}")
    };
    let t = inputs[0];
    let fits = dims.len() == t.rank()
        && dims.windows(2).all(|w| w[0] < w[1])
        && dims
            .iter()
            .zip(t.dims())
            .all(|(&d, &size)| d < shape.len() && (size == 1 || size == shape[d]));
    if !fits {
        return Err(format!(
            "cannot broadcast {t} to {shape:?} with increasing dimension map {dims:?} (each \
             operand dimension must be 1 or equal to the target dimension it maps to)"
        ));
    }
    Ok(TensorType::new(t.dtype, shape))
}

// Sum over the axes the broadcast created or expanded, then restore the operand's shape.
fn broadcast_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let Op::BroadcastInDim { dims, shape } = a.op else {
        unreachable!("internal error: broadcast vjp used for {:?}", a.op)
    };
    let in_dims = a.inputs[0].dims();
    let summed: Vec<usize> = (0..shape.len())
        .filter(|axis| match dims.iter().position(|d| d == axis) {
            None => true,
            Some(i) => in_dims[i] != shape[*axis],
        })
        .collect();
    vec![Some(a.cotangent.sum(&summed).reshape(&in_dims))]
}

fn broadcast_lower(e: &mut Emitter, node: &LowerNode) {
    if let Op::BroadcastInDim { dims, .. } = node.op {
        let attrs = format!("broadcast_dimensions = {}", Emitter::i64_array(dims));
        e.emit_op(node, "stablehlo.broadcast_in_dim", &attrs);
    }
}

pub static BROADCAST_IN_DIM: OpRule = OpRule {
    name: "broadcast_in_dim",
    arity: Some(1),
    infer: broadcast_infer,
    vjp: Vjp::Rule(broadcast_vjp),
    lower: Lower::Custom(broadcast_lower),
    elementwise: false,
};

fn reshape_infer(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let Op::Reshape { shape } = op else {
        unreachable!("internal error: reshape rule used for {op:?}")
    };
    let t = inputs[0];
    let n: usize = shape.iter().product();
    if n != t.shape.element_count() {
        return Err(format!(
            "element count must not change, got {t} ({} elements) to {shape:?} ({n} elements)",
            t.shape.element_count()
        ));
    }
    Ok(TensorType::new(t.dtype, shape))
}

fn reshape_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![Some(a.cotangent.reshape(&a.inputs[0].dims()))]
}

pub static RESHAPE: OpRule = OpRule {
    name: "reshape",
    arity: Some(1),
    infer: reshape_infer,
    vjp: Vjp::Rule(reshape_vjp),
    lower: Lower::Op("stablehlo.reshape"),
    elementwise: false,
};

fn is_permutation(perm: &[usize], rank: usize) -> bool {
    let mut seen = vec![false; rank];
    perm.len() == rank
        && perm
            .iter()
            .all(|&p| p < rank && !std::mem::replace(&mut seen[p], true))
}

fn transpose_infer(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let Op::Transpose { perm } = op else {
        unreachable!("internal error: transpose rule used for {op:?}")
    };
    let t = inputs[0];
    if !is_permutation(perm, t.rank()) {
        return Err(format!("{perm:?} is not a permutation of the axes of {t}"));
    }
    let dims: Vec<usize> = perm.iter().map(|&p| t.dims()[p]).collect();
    Ok(TensorType::new(t.dtype, &dims))
}

fn transpose_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let Op::Transpose { perm } = a.op else {
        unreachable!("internal error: transpose vjp used for {:?}", a.op)
    };
    let mut inverse = vec![0; perm.len()];
    for (i, &p) in perm.iter().enumerate() {
        inverse[p] = i;
    }
    vec![Some(a.cotangent.transpose(&inverse))]
}

fn transpose_lower(e: &mut Emitter, node: &LowerNode) {
    if let Op::Transpose { perm } = node.op {
        let attrs = format!("permutation = {}", Emitter::i64_array(perm));
        e.emit_op(node, "stablehlo.transpose", &attrs);
    }
}

pub static TRANSPOSE: OpRule = OpRule {
    name: "transpose",
    arity: Some(1),
    infer: transpose_infer,
    vjp: Vjp::Rule(transpose_vjp),
    lower: Lower::Custom(transpose_lower),
    elementwise: false,
};

fn slice_infer(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let Op::Slice {
        start,
        limit,
        stride,
    } = op
    else {
        unreachable!("internal error: slice rule used for {op:?}")
    };
    let t = inputs[0];
    let r = t.rank();
    let ok = start.len() == r
        && limit.len() == r
        && stride.len() == r
        && (0..r).all(|i| start[i] <= limit[i] && limit[i] <= t.dims()[i] && stride[i] >= 1);
    if !ok {
        return Err(format!(
            "needs start <= limit <= size and stride >= 1 on every axis, got start {start:?}, \
             limit {limit:?}, stride {stride:?} for {t}"
        ));
    }
    let dims: Vec<usize> = (0..r)
        .map(|i| (limit[i] - start[i]).div_ceil(stride[i]))
        .collect();
    Ok(TensorType::new(t.dtype, &dims))
}

// The cotangent goes back to the sliced positions: a zero pad with interior stride - 1.
fn slice_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let Op::Slice { start, stride, .. } = a.op else {
        unreachable!("internal error: slice vjp used for {:?}", a.op)
    };
    let in_dims = a.inputs[0].dims();
    let out_dims = a.cotangent.dims();
    let interior: Vec<usize> = stride.iter().map(|s| s - 1).collect();
    let high: Vec<usize> = (0..in_dims.len())
        .map(|i| {
            let covered = if out_dims[i] == 0 {
                start[i]
            } else {
                start[i] + (out_dims[i] - 1) * stride[i] + 1
            };
            in_dims[i] - covered
        })
        .collect();
    vec![Some(a.cotangent.pad(start, &high, &interior, 0.0))]
}

fn slice_lower(e: &mut Emitter, node: &LowerNode) {
    if let Op::Slice {
        start,
        limit,
        stride,
    } = node.op
    {
        let attrs = format!(
            "start_indices = {}, limit_indices = {}, strides = {}",
            Emitter::i64_array(start),
            Emitter::i64_array(limit),
            Emitter::i64_array(stride)
        );
        e.emit_op(node, "stablehlo.slice", &attrs);
    }
}

pub static SLICE: OpRule = OpRule {
    name: "slice",
    arity: Some(1),
    infer: slice_infer,
    vjp: Vjp::Rule(slice_vjp),
    lower: Lower::Custom(slice_lower),
    elementwise: false,
};

fn concatenate_infer(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let Op::Concatenate { axis } = op else {
        unreachable!("internal error: concatenate rule used for {op:?}")
    };
    let Some(first) = inputs.first() else {
        return Err("needs at least one operand, got none".to_string());
    };
    let list = || {
        inputs
            .iter()
            .map(|t| t.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if *axis >= first.rank() {
        return Err(format!("axis {axis} is out of range for {}", list()));
    }
    let compatible = inputs.iter().all(|t| {
        t.dtype == first.dtype
            && t.rank() == first.rank()
            && (0..t.rank()).all(|i| i == *axis || t.dims()[i] == first.dims()[i])
    });
    if !compatible {
        return Err(format!(
            "operands must share dtype and all sizes except axis {axis}, got {}",
            list()
        ));
    }
    let mut dims = first.dims().to_vec();
    dims[*axis] = inputs.iter().map(|t| t.dims()[*axis]).sum();
    Ok(TensorType::new(first.dtype, &dims))
}

fn concatenate_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let Op::Concatenate { axis } = a.op else {
        unreachable!("internal error: concatenate vjp used for {:?}", a.op)
    };
    let mut offset = 0;
    a.inputs
        .iter()
        .map(|x| {
            let size = x.dims()[*axis];
            let part = a.cotangent.slice_axis(*axis, offset, offset + size);
            offset += size;
            Some(part)
        })
        .collect()
}

fn concatenate_lower(e: &mut Emitter, node: &LowerNode) {
    if let Op::Concatenate { axis } = node.op {
        e.emit_op(
            node,
            "stablehlo.concatenate",
            &format!("dimension = {axis} : i64"),
        );
    }
}

pub static CONCATENATE: OpRule = OpRule {
    name: "concatenate",
    arity: None,
    infer: concatenate_infer,
    vjp: Vjp::Rule(concatenate_vjp),
    lower: Lower::Custom(concatenate_lower),
    elementwise: false,
};

fn pad_infer(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let Op::Pad {
        low,
        high,
        interior,
    } = op
    else {
        unreachable!("internal error: pad rule used for {op:?}")
    };
    let (t, v) = (inputs[0], inputs[1]);
    if v.dtype != t.dtype || v.rank() != 0 {
        return Err(format!(
            "padding value must be a scalar of the operand's dtype, got {t} and {v}"
        ));
    }
    let r = t.rank();
    if low.len() != r || high.len() != r || interior.len() != r {
        return Err(format!(
            "needs one low, high and interior size per axis, got {low:?}, {high:?}, {interior:?} for {t}"
        ));
    }
    let dims: Vec<usize> = (0..r)
        .map(|i| {
            let d = t.dims()[i];
            low[i] + high[i] + d + d.saturating_sub(1) * interior[i]
        })
        .collect();
    Ok(TensorType::new(t.dtype, &dims))
}

// The operand's elements sit at low + k (interior + 1): slice them back out. The padding
// value fed every other position, so its cotangent is the rest of the sum.
fn pad_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let Op::Pad { low, interior, .. } = a.op else {
        unreachable!("internal error: pad vjp used for {:?}", a.op)
    };
    let in_dims = a.inputs[0].dims();
    let stride: Vec<usize> = interior.iter().map(|i| i + 1).collect();
    let limit: Vec<usize> = (0..in_dims.len())
        .map(|i| {
            if in_dims[i] == 0 {
                low[i]
            } else {
                low[i] + (in_dims[i] - 1) * stride[i] + 1
            }
        })
        .collect();
    let operand = a.cotangent.slice(low, &limit, &stride);
    let value = a.cotangent.sum_all() - operand.sum_all();
    vec![Some(operand), Some(value)]
}

fn pad_lower(e: &mut Emitter, node: &LowerNode) {
    if let Op::Pad {
        low,
        high,
        interior,
    } = node.op
    {
        let attrs = format!(
            "edge_padding_low = {}, edge_padding_high = {}, interior_padding = {}",
            Emitter::i64_array(low),
            Emitter::i64_array(high),
            Emitter::i64_array(interior)
        );
        e.emit_op(node, "stablehlo.pad", &attrs);
    }
}

pub static PAD: OpRule = OpRule {
    name: "pad",
    arity: Some(2),
    infer: pad_infer,
    vjp: Vjp::Rule(pad_vjp),
    lower: Lower::Custom(pad_lower),
    elementwise: false,
};

fn reverse_infer(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let Op::Reverse { axes } = op else {
        unreachable!("internal error: reverse rule used for {op:?}")
    };
    let t = inputs[0];
    let mut seen = vec![false; t.rank()];
    if !axes
        .iter()
        .all(|&a| a < t.rank() && !std::mem::replace(&mut seen[a], true))
    {
        return Err(format!("axes {axes:?} must be distinct axes of {t}"));
    }
    Ok(t.clone())
}

fn reverse_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let Op::Reverse { axes } = a.op else {
        unreachable!("internal error: reverse vjp used for {:?}", a.op)
    };
    vec![Some(a.cotangent.reverse(axes))]
}

fn reverse_lower(e: &mut Emitter, node: &LowerNode) {
    if let Op::Reverse { axes } = node.op {
        let attrs = format!("dimensions = {}", Emitter::i64_array(axes));
        e.emit_op(node, "stablehlo.reverse", &attrs);
    }
}

pub static REVERSE: OpRule = OpRule {
    name: "reverse",
    arity: Some(1),
    infer: reverse_infer,
    vjp: Vjp::Rule(reverse_vjp),
    lower: Lower::Custom(reverse_lower),
    elementwise: false,
};

impl Tensor {
    /// Places operand dimension `i` at output dimension `dims[i]` (increasing) of `shape`;
    /// operand dimensions of size 1 are repeated.
    #[track_caller]
    pub fn broadcast_in_dim(&self, shape: &[usize], dims: &[usize]) -> Tensor {
        let op = Op::BroadcastInDim {
            dims: dims.to_vec(),
            shape: shape.to_vec(),
        };
        Tensor::apply(op, &[self])
    }

    /// Numpy-style broadcast to `shape` (trailing dimensions aligned). No-op if equal.
    #[track_caller]
    pub fn broadcast_to(&self, shape: &[usize]) -> Tensor {
        let rank = self.rank();
        if self.dims() == shape {
            return self.clone();
        }
        if rank > shape.len() {
            return self.fail(
                "broadcast_in_dim",
                format!(
                    "cannot broadcast {} to the lower-rank shape {shape:?}",
                    self.ty()
                ),
            );
        }
        let dims: Vec<usize> = (shape.len() - rank..shape.len()).collect();
        self.broadcast_in_dim(shape, &dims)
    }

    #[track_caller]
    pub fn reshape(&self, shape: &[usize]) -> Tensor {
        if self.dims() == shape {
            return self.clone();
        }
        Tensor::apply(
            Op::Reshape {
                shape: shape.to_vec(),
            },
            &[self],
        )
    }

    /// Output dimension `i` is input dimension `perm[i]`.
    #[track_caller]
    pub fn transpose(&self, perm: &[usize]) -> Tensor {
        if perm.iter().enumerate().all(|(i, &p)| i == p) && perm.len() == self.rank() {
            return self.clone();
        }
        Tensor::apply(
            Op::Transpose {
                perm: perm.to_vec(),
            },
            &[self],
        )
    }

    /// Elements `start[i], start[i] + stride[i], ... < limit[i]` on every axis.
    #[track_caller]
    pub fn slice(&self, start: &[usize], limit: &[usize], stride: &[usize]) -> Tensor {
        let op = Op::Slice {
            start: start.to_vec(),
            limit: limit.to_vec(),
            stride: stride.to_vec(),
        };
        Tensor::apply(op, &[self])
    }

    /// `start..limit` along one axis, everything along the others.
    #[track_caller]
    pub fn slice_axis(&self, axis: usize, start: usize, limit: usize) -> Tensor {
        let mut lo = vec![0; self.rank()];
        let mut hi = self.dims();
        if axis >= hi.len() {
            return self.fail(
                "slice",
                format!("axis {axis} is out of range for {}", self.ty()),
            );
        }
        lo[axis] = start;
        hi[axis] = limit;
        self.slice(&lo, &hi, &vec![1; hi.len()])
    }

    /// Joins tensors along `axis` (all sizes but `axis` equal).
    #[track_caller]
    pub fn concatenate(tensors: &[&Tensor], axis: usize) -> Tensor {
        Tensor::apply(Op::Concatenate { axis }, tensors)
    }

    /// Pads with `value`: `low`/`high` elements at each end and `interior` between elements.
    #[track_caller]
    pub fn pad(&self, low: &[usize], high: &[usize], interior: &[usize], value: f64) -> Tensor {
        self.pad_with(&self.scalar_like(value), low, high, interior)
    }

    /// Like `pad` with a traced scalar padding value.
    #[track_caller]
    pub fn pad_with(
        &self,
        value: &Tensor,
        low: &[usize],
        high: &[usize],
        interior: &[usize],
    ) -> Tensor {
        let op = Op::Pad {
            low: low.to_vec(),
            high: high.to_vec(),
            interior: interior.to_vec(),
        };
        Tensor::apply(op, &[self, value])
    }

    /// Reverses the order of elements along `axes`.
    #[track_caller]
    pub fn reverse(&self, axes: &[usize]) -> Tensor {
        Tensor::apply(
            Op::Reverse {
                axes: axes.to_vec(),
            },
            &[self],
        )
    }
}
