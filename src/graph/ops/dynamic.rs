//! Slices at traced positions (StableHLO `dynamic_slice` / `dynamic_update_slice`): the start
//! of each axis is a scalar integer tensor. As in StableHLO, starts are clamped so the slice
//! fits inside the operand; both VJPs reuse the same starts, so they clamp identically.

use super::table::{Lower, OpRule, Vjp, VjpArgs};
use super::Op;
use crate::graph::shape::TensorType;
use crate::graph::tensor::Tensor;
use crate::lower::emit::{Emitter, LowerNode};

fn check_starts(operand: &TensorType, starts: &[&TensorType]) -> Result<(), String> {
    if starts.len() != operand.rank() {
        return Err(format!(
            "requires one start index per axis of {operand}, got {}",
            starts.len()
        ));
    }
    let first = starts.first().map(|t| t.dtype);
    for t in starts {
        let integer = matches!(t.dtype, crate::dtype::DType::I32 | crate::dtype::DType::I64);
        if t.rank() != 0 || !integer || Some(t.dtype) != first {
            return Err(format!(
                "requires scalar i32 or i64 start indices of one dtype, got {t}"
            ));
        }
    }
    Ok(())
}

fn dynamic_slice_infer(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let Op::DynamicSlice { sizes } = op else {
        unreachable!("internal error: dynamic_slice infer used for {op:?}")
    };
    let operand = inputs.first().ok_or("requires an operand")?;
    check_starts(operand, &inputs[1..])?;
    if sizes.len() != operand.rank() || sizes.iter().zip(operand.dims()).any(|(s, d)| s > d) {
        return Err(format!(
            "requires one slice size per axis, each at most the axis size, got {sizes:?} for {operand}"
        ));
    }
    Ok(TensorType::new(operand.dtype, sizes))
}

fn dynamic_update_slice_infer(_op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    if inputs.len() < 2 {
        return Err("requires an operand, an update and start indices".to_string());
    }
    let (operand, update) = (inputs[0], inputs[1]);
    check_starts(operand, &inputs[2..])?;
    let fits = update.rank() == operand.rank()
        && update
            .dims()
            .iter()
            .zip(operand.dims())
            .all(|(u, d)| u <= d);
    if update.dtype != operand.dtype || !fits {
        return Err(format!(
            "requires an update of the operand's dtype and rank, no larger on any axis, got {operand} and {update}"
        ));
    }
    Ok(operand.clone())
}

fn dynamic_slice_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let starts: Vec<&Tensor> = a.inputs[1..].iter().collect();
    let grad = a.inputs[0]
        .zeros_like()
        .dynamic_update_slice(a.cotangent, &starts);
    let mut out = vec![Some(grad)];
    out.extend(starts.iter().map(|_| None));
    out
}

fn dynamic_update_slice_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let update = &a.inputs[1];
    let starts: Vec<&Tensor> = a.inputs[2..].iter().collect();
    let grad_operand = a
        .cotangent
        .dynamic_update_slice(&update.zeros_like(), &starts);
    let grad_update = a.cotangent.dynamic_slice(&starts, &update.dims());
    let mut out = vec![Some(grad_operand), Some(grad_update)];
    out.extend(starts.iter().map(|_| None));
    out
}

fn dynamic_slice_lower(e: &mut Emitter, node: &LowerNode) {
    let Op::DynamicSlice { sizes } = node.op else {
        unreachable!(
            "internal error: dynamic_slice lowering used for {:?}",
            node.op
        )
    };
    e.emit_op(
        node,
        "stablehlo.dynamic_slice",
        &format!("slice_sizes = {}", Emitter::i64_array(sizes)),
    );
}

pub static DYNAMIC_SLICE: OpRule = OpRule {
    name: "dynamic_slice",
    arity: None,
    infer: dynamic_slice_infer,
    vjp: Vjp::Rule(dynamic_slice_vjp),
    lower: Lower::Custom(dynamic_slice_lower),
    elementwise: false,
};

pub static DYNAMIC_UPDATE_SLICE: OpRule = OpRule {
    name: "dynamic_update_slice",
    arity: None,
    infer: dynamic_update_slice_infer,
    vjp: Vjp::Rule(dynamic_update_slice_vjp),
    lower: Lower::Op("stablehlo.dynamic_update_slice"),
    elementwise: false,
};

impl Tensor {
    /// The `sizes` block starting at `starts` (one scalar i32/i64 tensor per axis, clamped so
    /// the block fits).
    #[track_caller]
    pub fn dynamic_slice(&self, starts: &[&Tensor], sizes: &[usize]) -> Tensor {
        let mut inputs = vec![self];
        inputs.extend(starts);
        Tensor::apply(
            Op::DynamicSlice {
                sizes: sizes.to_vec(),
            },
            &inputs,
        )
    }

    /// This tensor with the block at `starts` (clamped so it fits) replaced by `update`.
    #[track_caller]
    pub fn dynamic_update_slice(&self, update: &Tensor, starts: &[&Tensor]) -> Tensor {
        let mut inputs = vec![self, update];
        inputs.extend(starts);
        Tensor::apply(Op::DynamicUpdateSlice, &inputs)
    }
}
