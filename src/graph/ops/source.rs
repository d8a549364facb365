//! Source ops (no operands): function parameters, constants and iota. Their type is part of
//! the op, so the shape rule just reads it back.

use super::table::{Lower, OpRule, Vjp};
use super::Op;
use crate::graph::shape::TensorType;
use crate::lower::emit::{Emitter, LowerNode};

fn source_infer(op: &Op, _inputs: &[&TensorType]) -> Result<TensorType, String> {
    match op {
        Op::Parameter { ty, .. } => Ok(ty.clone()),
        Op::Constant { literal, ty } => {
            let n = ty.shape.element_count();
            if literal.is_splat() || literal.len() == n {
                Ok(ty.clone())
            } else {
                Err(format!(
                    "needs 1 or {n} values for {ty}, got {}",
                    literal.len()
                ))
            }
        }
        Op::Iota { axis, ty } => {
            if *axis >= ty.rank() {
                Err(format!("axis {axis} is out of range for {ty}"))
            } else if ty.dtype == crate::dtype::DType::Bool {
                Err(format!("needs a numeric dtype, got {ty}"))
            } else {
                Ok(ty.clone())
            }
        }
        _ => unreachable!("internal error: source rule used for {op:?}"),
    }
}

fn parameter_lower(e: &mut Emitter, node: &LowerNode) {
    if let Op::Parameter { index, .. } = node.op {
        e.bind(node.id, format!("%arg{index}"));
    }
}

fn constant_lower(e: &mut Emitter, node: &LowerNode) {
    if let Op::Constant { literal, .. } = node.op {
        let name = e.constant(literal, node.ty);
        e.bind(node.id, name);
    }
}

fn iota_lower(e: &mut Emitter, node: &LowerNode) {
    if let Op::Iota { axis, .. } = node.op {
        e.emit_op(
            node,
            "stablehlo.iota",
            &format!("iota_dimension = {axis} : i64"),
        );
    }
}

pub static PARAMETER: OpRule = OpRule {
    name: "parameter",
    arity: Some(0),
    infer: source_infer,
    vjp: Vjp::Zero,
    lower: Lower::Custom(parameter_lower),
    elementwise: false,
};

pub static CONSTANT: OpRule = OpRule {
    name: "constant",
    arity: Some(0),
    infer: source_infer,
    vjp: Vjp::Zero,
    lower: Lower::Custom(constant_lower),
    elementwise: false,
};

pub static IOTA: OpRule = OpRule {
    name: "iota",
    arity: Some(0),
    infer: source_infer,
    vjp: Vjp::Zero,
    lower: Lower::Custom(iota_lower),
    elementwise: false,
};
