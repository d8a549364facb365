//! Reductions over any set of axes (removed from the shape): sum, max, min. Composites built
//! on them: mean, argmax, argmin, keep-dims variants.
//!
//! VJP of max/min: the cotangent goes to every position equal to the extreme value, split
//! evenly among ties (a tie of k positions gives each 1/k), which is the average of the
//! one-sided derivatives and keeps the sum of the gradient equal to the cotangent.

use super::table::{Lower, OpRule, Vjp, VjpArgs};
use super::{Literal, Op};
use crate::dtype::DType;
use crate::graph::shape::TensorType;
use crate::graph::tensor::Tensor;
use crate::lower::emit::{Emitter, LowerNode};

fn axes_of(op: &Op) -> &[usize] {
    match op {
        Op::ReduceSum { axes } | Op::ReduceMax { axes } | Op::ReduceMin { axes } => axes,
        _ => unreachable!("internal error: reduce rule used for {op:?}"),
    }
}

fn reduce_infer(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let axes = axes_of(op);
    let t = inputs[0];
    let mut seen = vec![false; t.rank()];
    if !axes
        .iter()
        .all(|&a| a < t.rank() && !std::mem::replace(&mut seen[a], true))
    {
        return Err(format!("axes {axes:?} must be distinct axes of {t}"));
    }
    if t.dtype == DType::Bool {
        return Err(format!("requires a numeric operand, got {t}"));
    }
    let dims: Vec<usize> = (0..t.rank())
        .filter(|i| !seen[*i])
        .map(|i| t.dims()[i])
        .collect();
    Ok(TensorType::new(t.dtype, &dims))
}

/// The axes a reduction kept, i.e. where its result's dimensions sit in the operand.
fn kept_axes(rank: usize, axes: &[usize]) -> Vec<usize> {
    (0..rank).filter(|i| !axes.contains(i)).collect()
}

/// Broadcasts a reduced value back over the reduced axes of `like`.
fn unreduce(value: &Tensor, like: &Tensor, axes: &[usize]) -> Tensor {
    value.broadcast_in_dim(&like.dims(), &kept_axes(like.rank(), axes))
}

fn sum_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![Some(unreduce(a.cotangent, &a.inputs[0], axes_of(a.op)))]
}

fn extreme_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let x = &a.inputs[0];
    let axes = axes_of(a.op);
    let hits = x.eq(&unreduce(a.output, x, axes)).convert(x.dtype());
    let share = a.cotangent / hits.sum(axes);
    vec![Some(hits * unreduce(&share, x, axes))]
}

fn sum_lower(e: &mut Emitter, node: &LowerNode) {
    let zero = Literal::splat(0.0, node.ty.dtype);
    e.emit_reduce(node, "stablehlo.add", &zero, axes_of(node.op));
}

// Infinities saturate to the integer limits when the literal is encoded.
fn max_lower(e: &mut Emitter, node: &LowerNode) {
    let lowest = Literal::splat(f64::NEG_INFINITY, node.ty.dtype);
    e.emit_reduce(node, "stablehlo.maximum", &lowest, axes_of(node.op));
}

fn min_lower(e: &mut Emitter, node: &LowerNode) {
    let highest = Literal::splat(f64::INFINITY, node.ty.dtype);
    e.emit_reduce(node, "stablehlo.minimum", &highest, axes_of(node.op));
}

pub static REDUCE_SUM: OpRule = OpRule {
    name: "reduce_sum",
    arity: Some(1),
    infer: reduce_infer,
    vjp: Vjp::Rule(sum_vjp),
    lower: Lower::Custom(sum_lower),
    elementwise: false,
};

pub static REDUCE_MAX: OpRule = OpRule {
    name: "reduce_max",
    arity: Some(1),
    infer: reduce_infer,
    vjp: Vjp::Rule(extreme_vjp),
    lower: Lower::Custom(max_lower),
    elementwise: false,
};

pub static REDUCE_MIN: OpRule = OpRule {
    name: "reduce_min",
    arity: Some(1),
    infer: reduce_infer,
    vjp: Vjp::Rule(extreme_vjp),
    lower: Lower::Custom(min_lower),
    elementwise: false,
};

impl Tensor {
    /// Sum over `axes` (removed from the shape).
    #[track_caller]
    pub fn sum(&self, axes: &[usize]) -> Tensor {
        if axes.is_empty() {
            return self.clone();
        }
        Tensor::apply(
            Op::ReduceSum {
                axes: axes.to_vec(),
            },
            &[self],
        )
    }

    /// Sum of every element (a scalar).
    #[track_caller]
    pub fn sum_all(&self) -> Tensor {
        self.sum(&(0..self.rank()).collect::<Vec<_>>())
    }

    /// Maximum over `axes`; the gradient goes to the maxima, split evenly among ties.
    #[track_caller]
    pub fn max(&self, axes: &[usize]) -> Tensor {
        Tensor::apply(
            Op::ReduceMax {
                axes: axes.to_vec(),
            },
            &[self],
        )
    }

    /// Minimum over `axes`; the gradient goes to the minima, split evenly among ties.
    #[track_caller]
    pub fn min(&self, axes: &[usize]) -> Tensor {
        Tensor::apply(
            Op::ReduceMin {
                axes: axes.to_vec(),
            },
            &[self],
        )
    }

    /// Mean over `axes` (floats).
    #[track_caller]
    pub fn mean(&self, axes: &[usize]) -> Tensor {
        let dims = self.dims();
        let count: usize = axes.iter().filter_map(|&a| dims.get(a)).product();
        self.sum(axes) / count as f64
    }

    /// Mean of every element.
    #[track_caller]
    pub fn mean_all(&self) -> Tensor {
        self.mean(&(0..self.rank()).collect::<Vec<_>>())
    }

    /// Sum over `axes`, keeping them as size-1 dimensions.
    #[track_caller]
    pub fn sum_keepdims(&self, axes: &[usize]) -> Tensor {
        self.sum(axes).reshape(&keepdims_shape(&self.dims(), axes))
    }

    /// Maximum over `axes`, keeping them as size-1 dimensions.
    #[track_caller]
    pub fn max_keepdims(&self, axes: &[usize]) -> Tensor {
        self.max(axes).reshape(&keepdims_shape(&self.dims(), axes))
    }

    /// Index (i32) of the first maximum along `axis`.
    #[track_caller]
    pub fn argmax(&self, axis: usize) -> Tensor {
        self.arg_extreme(axis, true)
    }

    /// Index (i32) of the first minimum along `axis`.
    #[track_caller]
    pub fn argmin(&self, axis: usize) -> Tensor {
        self.arg_extreme(axis, false)
    }

    // Composite: mark the positions equal to the extreme, replace the others by the axis
    // size, and take the smallest index.
    #[track_caller]
    fn arg_extreme(&self, axis: usize, maximum: bool) -> Tensor {
        let dims = self.dims();
        let Some(&size) = dims.get(axis) else {
            return self.fail(
                "argmax",
                format!("axis {axis} is out of range for {}", self.ty()),
            );
        };
        let extreme = if maximum {
            self.max(&[axis])
        } else {
            self.min(&[axis])
        };
        let hits = self.eq(&unreduce(&extreme, self, &[axis]));
        let index = self.apply_source(Op::Iota {
            axis,
            ty: TensorType::new(DType::I32, &dims),
        });
        let missing = index.full_like(size as f64);
        hits.select(&index, &missing).min(&[axis])
    }
}

fn keepdims_shape(dims: &[usize], axes: &[usize]) -> Vec<usize> {
    (0..dims.len())
        .map(|i| if axes.contains(&i) { 1 } else { dims[i] })
        .collect()
}
