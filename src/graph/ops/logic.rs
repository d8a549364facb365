//! Comparison, selection and type ops: compare (returns bool), select, clamp, convert and
//! stop_gradient. Compare and stop_gradient have zero gradient (decided in their rows).

use super::table::{Lower, OpRule, Vjp, VjpArgs};
use super::Op;
use crate::dtype::DType;
use crate::graph::shape::{broadcast_shapes, TensorType};
use crate::graph::tensor::Tensor;
use crate::lower::emit::{Emitter, LowerNode};

/// The direction of an elementwise comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Comparison {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Comparison {
    fn mlir_name(self) -> &'static str {
        match self {
            Comparison::Eq => "EQ",
            Comparison::Ne => "NE",
            Comparison::Lt => "LT",
            Comparison::Le => "LE",
            Comparison::Gt => "GT",
            Comparison::Ge => "GE",
        }
    }
}

fn compare_infer(_op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let (a, b) = (inputs[0], inputs[1]);
    if a != b {
        return Err(format!("operands must have equal types, got {a} and {b}"));
    }
    Ok(a.with_dtype(DType::Bool))
}

fn compare_lower(e: &mut Emitter, node: &LowerNode) {
    if let Op::Compare { direction } = node.op {
        let attrs = format!(
            "comparison_direction = #stablehlo<comparison_direction {}>",
            direction.mlir_name()
        );
        e.emit_op(node, "stablehlo.compare", &attrs);
    }
}

pub static COMPARE: OpRule = OpRule {
    name: "compare",
    arity: Some(2),
    infer: compare_infer,
    vjp: Vjp::Zero,
    lower: Lower::Custom(compare_lower),
    elementwise: true,
};

fn select_infer(_op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let (p, a, b) = (inputs[0], inputs[1], inputs[2]);
    if p.dtype != DType::Bool {
        return Err(format!("predicate must be bool, got {p}"));
    }
    if a != b || p.shape != a.shape {
        return Err(format!(
            "predicate and branches must have one shape and the branches one dtype, got {p}, {a} and {b}"
        ));
    }
    Ok(a.clone())
}

fn select_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let pred = &a.inputs[0];
    let zero = a.cotangent.zeros_like();
    vec![
        None,
        Some(pred.select(a.cotangent, &zero)),
        Some(pred.select(&zero, a.cotangent)),
    ]
}

pub static SELECT: OpRule = OpRule {
    name: "select",
    arity: Some(3),
    infer: select_infer,
    vjp: Vjp::Rule(select_vjp),
    lower: Lower::Op("stablehlo.select"),
    elementwise: true,
};

fn clamp_infer(_op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let (lo, x, hi) = (inputs[0], inputs[1], inputs[2]);
    if lo != x || hi != x {
        return Err(format!(
            "min, operand and max must have equal types, got {lo}, {x} and {hi}"
        ));
    }
    if x.dtype == DType::Bool {
        return Err(format!("requires a numeric operand, got {x}"));
    }
    Ok(x.clone())
}

// The operand gets the cotangent where it lies inside [min, max]; each bound where it binds.
fn clamp_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let (lo, x, hi) = (&a.inputs[0], &a.inputs[1], &a.inputs[2]);
    let zero = a.cotangent.zeros_like();
    let below = x.lt(lo);
    let above = x.gt(hi);
    let inside = below.or(&above).not();
    vec![
        Some(below.select(a.cotangent, &zero)),
        Some(inside.select(a.cotangent, &zero)),
        Some(above.select(a.cotangent, &zero)),
    ]
}

pub static CLAMP: OpRule = OpRule {
    name: "clamp",
    arity: Some(3),
    infer: clamp_infer,
    vjp: Vjp::Rule(clamp_vjp),
    lower: Lower::Op("stablehlo.clamp"),
    elementwise: true,
};

fn convert_infer(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    match op {
        Op::Convert { to } => Ok(inputs[0].with_dtype(*to)),
        _ => unreachable!("internal error: convert rule used for {op:?}"),
    }
}

// float -> float conversions carry the cotangent back in the source dtype; conversions from
// or to integers are not differentiable (the sweep never sends cotangents to integers).
fn convert_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let from = a.inputs[0].dtype();
    if from.is_float() && a.cotangent.dtype().is_float() {
        vec![Some(a.cotangent.convert(from))]
    } else {
        vec![None]
    }
}

pub static CONVERT: OpRule = OpRule {
    name: "convert",
    arity: Some(1),
    infer: convert_infer,
    vjp: Vjp::Rule(convert_vjp),
    lower: Lower::Op("stablehlo.convert"),
    elementwise: true,
};

fn identity_infer(_op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    Ok(inputs[0].clone())
}

// Lowered as the operand itself: stop_gradient only matters to autodiff.
fn stop_gradient_lower(e: &mut Emitter, node: &LowerNode) {
    let name = e.name(node.inputs[0]).to_string();
    e.bind(node.id, name);
}

pub static STOP_GRADIENT: OpRule = OpRule {
    name: "stop_gradient",
    arity: Some(1),
    infer: identity_infer,
    vjp: Vjp::Zero,
    lower: Lower::Custom(stop_gradient_lower),
    elementwise: true,
};

macro_rules! compare_methods {
    ($($(#[$doc:meta])* $method:ident => $dir:ident;)*) => {
        impl Tensor {
            $(
                $(#[$doc])*
                #[track_caller]
                pub fn $method(&self, other: &Tensor) -> Tensor {
                    let (a, b) = self.broadcast_pair(other, "compare");
                    Tensor::apply(Op::Compare { direction: Comparison::$dir }, &[&a, &b])
                }
            )*
        }
    };
}

compare_methods! {
    /// `self == other` elementwise (bool result).
    eq => Eq;
    ne => Ne;
    lt => Lt;
    le => Le;
    gt => Gt;
    ge => Ge;
}

impl Tensor {
    /// `self ? on_true : on_false` elementwise; `self` is the bool predicate. All three
    /// broadcast to their common shape.
    #[track_caller]
    pub fn select(&self, on_true: &Tensor, on_false: &Tensor) -> Tensor {
        let dims = broadcast_shapes(&self.dims(), &on_true.dims())
            .and_then(|d| broadcast_shapes(&d, &on_false.dims()));
        match dims {
            Some(d) => Tensor::apply(
                Op::Select,
                &[
                    &self.broadcast_to(&d),
                    &on_true.broadcast_to(&d),
                    &on_false.broadcast_to(&d),
                ],
            ),
            None => self.fail(
                "select",
                format!(
                    "predicate and branch shapes must broadcast, got {}, {} and {}",
                    self.ty(),
                    on_true.ty(),
                    on_false.ty()
                ),
            ),
        }
    }

    /// Limits every element to `[min, max]`.
    #[track_caller]
    pub fn clamp(&self, min: f64, max: f64) -> Tensor {
        Tensor::apply(
            Op::Clamp,
            &[&self.full_like(min), self, &self.full_like(max)],
        )
    }

    /// Limits every element to `[min, max]` given as tensors (broadcast to `self`).
    #[track_caller]
    pub fn clamp_between(&self, min: &Tensor, max: &Tensor) -> Tensor {
        let dims = self.dims();
        Tensor::apply(
            Op::Clamp,
            &[&min.broadcast_to(&dims), self, &max.broadcast_to(&dims)],
        )
    }

    /// Converts to another dtype (float -> int truncates toward zero).
    #[track_caller]
    pub fn convert(&self, to: DType) -> Tensor {
        if self.dtype() == to {
            return self.clone();
        }
        Tensor::apply(Op::Convert { to }, &[self])
    }

    /// The same values, but reverse mode treats the result as a constant.
    #[track_caller]
    pub fn stop_gradient(&self) -> Tensor {
        Tensor::apply(Op::StopGradient, &[self])
    }
}
