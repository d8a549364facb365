//! Sorting along one axis (`stablehlo.sort` with a comparator), and quantiles as a composite
//! over it (for percentile-based normalisers such as DreamerV3's return scale).
//!
//! Sort has no VJP yet (it would need the permutation and a scatter): reverse mode reports
//! `sort` by name if a gradient reaches it, so use it on `stop_gradient` values.

use super::table::{Lower, OpRule, Vjp};
use super::Op;
use crate::dtype::DType;
use crate::graph::shape::TensorType;
use crate::graph::tensor::Tensor;
use crate::lower::emit::{Emitter, LowerNode};

fn sort_infer(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let Op::Sort { axis, .. } = op else {
        unreachable!("internal error: sort rule used for {op:?}")
    };
    let t = inputs[0];
    if *axis >= t.rank() {
        return Err(format!("axis {axis} is out of range for {t}"));
    }
    if t.dtype == DType::Bool {
        return Err(format!("requires a numeric operand, got {t}"));
    }
    Ok(t.clone())
}

fn sort_lower(e: &mut Emitter, node: &LowerNode) {
    if let Op::Sort { axis, descending } = node.op {
        e.emit_sort(node, *axis, *descending);
    }
}

pub static SORT: OpRule = OpRule {
    name: "sort",
    arity: Some(1),
    infer: sort_infer,
    vjp: Vjp::Missing,
    lower: Lower::Custom(sort_lower),
    elementwise: false,
};

impl Tensor {
    /// Sorts along `axis` (ascending; NaNs last for floats). Not differentiable yet.
    #[track_caller]
    pub fn sort(&self, axis: usize) -> Tensor {
        Tensor::apply(
            Op::Sort {
                axis,
                descending: false,
            },
            &[self],
        )
    }

    /// Sorts along `axis`, largest first.
    #[track_caller]
    pub fn sort_descending(&self, axis: usize) -> Tensor {
        Tensor::apply(
            Op::Sort {
                axis,
                descending: true,
            },
            &[self],
        )
    }

    /// The `q`-quantile (0 <= q <= 1) of all elements, interpolating linearly between the
    /// two nearest ranks (numpy's default "linear" method). Goes through `sort`, so apply it
    /// to `stop_gradient` values.
    #[track_caller]
    pub fn quantile_all(&self, q: f64) -> Tensor {
        let n = self.dims().iter().product::<usize>();
        if n == 0 || !(0.0..=1.0).contains(&q) {
            return self.fail(
                "quantile",
                format!(
                    "needs a non-empty operand and 0 <= q <= 1, got {} and q = {q}",
                    self.ty()
                ),
            );
        }
        let sorted = self.reshape(&[n]).sort(0);
        let position = q * (n - 1) as f64;
        let below = position.floor() as usize;
        let above = (below + 1).min(n - 1);
        let low = sorted.slice_axis(0, below, below + 1).reshape(&[]);
        let high = sorted.slice_axis(0, above, above + 1).reshape(&[]);
        let weight = position - below as f64;
        &low + (&high - &low) * weight
    }
}
