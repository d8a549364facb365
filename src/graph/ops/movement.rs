//! Data movement: broadcast_in_dim, reshape, transpose, reverse. All are linear, so each VJP
//! moves the cotangent back with the inverse movement. (Slice, concatenate, pad: slicing.rs.)

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
