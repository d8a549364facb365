//! Saved residuals of a scan: the reverse loop of a scan's VJP (`control.rs`) reads its
//! step's matrix products from the forward loop instead of recomputing them.
//!
//! The reverse step replays the forward body at the saved carry, then pulls the cotangents
//! back through it. Replayed as is, every matmul of the body runs twice (forward loop, then
//! again in the reverse loop), on top of the two matmuls of its own VJP: in DreamerV3's
//! imagination (15 steps over 1024 states with the actor inside) that is a third of the
//! loops' products. So the first VJP of a scan rewrites its forward loop to also emit, per
//! step, the value of every product (`dot_general`, `convolution`) that depends on the step's
//! carries or inputs (stacked like its other per-step outputs, the trailing `ys` of the body),
//! and the reverse step replays the body with each such product wrapped as
//! `saved.stand_in(&replayed)`: the value is the saved one, so the replayed product is dead
//! in the lowered program (XLA removes it), and the derivative is the replayed product's, so
//! gradients (and gradients of gradients) are unchanged. Elementwise work is still replayed
//! (it is cheap, and saving it would cost memory: JAX's `checkpoint_dots` policy makes the
//! same trade), except random draws: a float value computed from a step's key alone (a
//! Gumbel or normal noise: threefry's integer rounds, several times per element once fused)
//! is saved where a differentiable value reads it, so the reverse loop draws nothing.
//!
//! The rewrite changes the forward scan's nodes in place (`adopt`): same operands and
//! results, one body with the extra outputs, so the forward loop stays a single `while`.

use super::control::{ScanBody, ScanBodyRef};
use super::control_trace::inline_nodes;
use super::table::{Lower, OpRule, Vjp, VjpArgs};
use super::Op;
use crate::graph::function::FunctionBuilder;
use crate::graph::shape::TensorType;
use crate::graph::tensor::Tensor;
use crate::lower::emit::{Emitter, LowerNode};
use std::rc::Rc;

fn stand_in_infer(_op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    if inputs[0] != inputs[1] {
        return Err(format!(
            "requires the saved value and the value it stands for of one type, got {} and {}",
            inputs[0], inputs[1]
        ));
    }
    Ok(inputs[0].clone())
}

/// The derivative is the replayed value's; the saved value carries none.
fn stand_in_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![None, Some(a.cotangent.clone())]
}

/// Lowered as the saved operand itself; the replayed one is left unused.
fn stand_in_lower(e: &mut Emitter, node: &LowerNode) {
    let name = e.name(node.inputs[0]).to_string();
    e.bind(node.id, name);
}

pub static STAND_IN: OpRule = OpRule {
    name: "stand_in",
    arity: Some(2),
    infer: stand_in_infer,
    vjp: Vjp::Rule(stand_in_vjp),
    lower: Lower::Custom(stand_in_lower),
    elementwise: false,
};

impl Tensor {
    /// This (saved) value in place of `replayed`, which must have the same type: forward it
    /// is `self`, backward it is `replayed` (the cotangent flows to `replayed` only).
    #[track_caller]
    pub(crate) fn stand_in(&self, replayed: &Tensor) -> Tensor {
        Tensor::apply(Op::StandIn, &[self, replayed])
    }
}

/// The nodes of `body` worth saving, in node order: products (`dot_general`,
/// `convolution`) that depend on a carry or a per-step input (any parameter but the loop
/// invariants, which are not per-step values), and per-step float values computed from
/// non-float per-step inputs only (random draws from a step's key: a Gumbel or normal noise
/// is dozens of integer operations an element, and carries no derivative) where a value that
/// does depend on a float carry or input reads them.
fn saved_products(body: &ScanBody) -> Vec<usize> {
    let nodes = body.function.nodes();
    let invariants = body.layout().invariant_operands();
    let mut varies = vec![false; nodes.len()];
    // Depends on a float carry or per-step input (so it may carry a derivative).
    let mut float_dependent = vec![false; nodes.len()];
    let mut saved = vec![false; nodes.len()];
    for (k, node) in nodes.iter().enumerate() {
        (varies[k], float_dependent[k]) = match &node.op {
            Op::Parameter { index, .. } => {
                let step = !invariants.contains(index);
                (step, step && node.ty.dtype.is_float())
            }
            _ => (
                node.inputs.iter().any(|v| varies[v.0]),
                node.inputs.iter().any(|v| float_dependent[v.0]),
            ),
        };
        let product = matches!(node.op, Op::DotGeneral { .. } | Op::Convolution { .. });
        if product && varies[k] && node.ty.dtype.is_float() {
            saved[k] = true;
        }
        if float_dependent[k] {
            for v in &node.inputs {
                let input = &nodes[v.0];
                let drawn = varies[v.0] && !float_dependent[v.0] && input.ty.dtype.is_float();
                let source = matches!(input.op, Op::Parameter { .. });
                if drawn && !source {
                    saved[v.0] = true;
                }
            }
        }
    }
    (0..nodes.len()).filter(|&k| saved[k]).collect()
}

/// `body` with its saved products as extra trailing per-step outputs, or `None` when it has
/// none (or already has them).
pub(super) fn with_residuals(body: &ScanBody) -> Option<ScanBody> {
    if !body.residual_nodes.is_empty() {
        return None;
    }
    let products = saved_products(body);
    if products.is_empty() {
        return None;
    }
    let f = FunctionBuilder::new(body.function.name());
    let args: Vec<Tensor> = body
        .function
        .inputs()
        .iter()
        .map(|spec| f.input(&spec.name, spec.ty.dtype, spec.ty.dims()))
        .collect();
    let values = inline_nodes(&body.function, &args, &[]);
    let mut outputs: Vec<Tensor> = body
        .function
        .outputs()
        .iter()
        .map(|v| values[v.0].clone())
        .collect();
    outputs.extend(products.iter().map(|&k| values[k].clone()));
    let function = f.finish(&outputs).ok()?;
    Some(ScanBody {
        function,
        length: body.length,
        carries: body.carries,
        xs: body.xs,
        invariants: body.invariants,
        ys: body.ys + products.len(),
        reverse: body.reverse,
        residual_nodes: products.iter().map(|&k| values[k].id.0).collect(),
    })
}

/// Points every node of `anchor`'s graph that is a result of the scan body `old` at the same
/// result of `new` (`old` plus trailing per-step outputs, so the saved-carry results move up).
pub(super) fn adopt(anchor: &Tensor, old: &ScanBodyRef, new: &ScanBodyRef) {
    let (was, now) = (old.0.layout(), new.0.layout());
    let mut graph = anchor.graph.borrow_mut();
    for node in graph.nodes.iter_mut() {
        if let Op::Scan { body, result } = &mut node.op {
            if Rc::ptr_eq(&body.0, &old.0) {
                *body = new.clone();
                let kind = was
                    .result_kind(*result)
                    .expect("internal error: a scan node names one of its results");
                *result = now.result_index(kind);
            }
        }
    }
}
