//! Slicing ops: slice (start/limit/stride), concatenate and pad (low/high/interior, with a
//! padding value). Each VJP is the "opposite" movement: slice <-> pad, concatenate -> slices.

use super::table::{Lower, OpRule, Vjp, VjpArgs};
use super::Op;
use crate::graph::shape::TensorType;
use crate::graph::tensor::Tensor;
use crate::lower::emit::{Emitter, LowerNode};

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

impl Tensor {
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

    /// Joins tensors along `axis` (all sizes but `axis` equal). Panics if `tensors` is
    /// empty (there is no graph to record the error in).
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
}
