//! Tracing helpers of the loop construct: tracing a body once into its own function,
//! replaying (inlining) a traced function into another graph (the VJP recomputes the
//! forward step this way), and `scan_unrolled`, the same loop traced once per step.

use super::capture::BodyTrace;
use super::control::{Body, ScanBody, ScanResult};
use super::Op;
use crate::graph::function::{Function, FunctionBuilder};
use crate::graph::shape::TensorType;
use crate::graph::tensor::Tensor;

/// Replays `function`'s nodes in the graph of `args` (its parameters bound to `args`) and
/// returns its outputs there.
pub fn inline(function: &Function, args: &[Tensor]) -> Vec<Tensor> {
    let values = inline_nodes(function, args, &[]);
    function
        .outputs()
        .iter()
        .map(|v| values[v.0].clone())
        .collect()
}

/// Replays `function`'s nodes in the graph of `args` and returns every node's value there.
/// Node `k` of each `(k, saved)` in `stand_ins` is still replayed, but its value is
/// `saved.stand_in(&replayed)`: the saved value forward, the replayed node's derivative
/// backward (`residuals.rs`).
pub(crate) fn inline_nodes(
    function: &Function,
    args: &[Tensor],
    stand_ins: &[(usize, Tensor)],
) -> Vec<Tensor> {
    let anchor = &args[0];
    let nodes = function.nodes();
    let mut saved_at: Vec<Option<&Tensor>> = vec![None; nodes.len()];
    for (k, saved) in stand_ins {
        saved_at[*k] = Some(saved);
    }
    let mut values: Vec<Tensor> = Vec::with_capacity(nodes.len());
    for (node, saved) in nodes.iter().zip(saved_at) {
        let value = match &node.op {
            Op::Parameter { index, .. } => args[*index].clone(),
            op if node.inputs.is_empty() => anchor.apply_source(op.clone()),
            op => {
                let inputs: Vec<&Tensor> = node.inputs.iter().map(|v| &values[v.0]).collect();
                Tensor::apply(op.clone(), &inputs)
            }
        };
        let value = match saved {
            Some(saved) => saved.stand_in(&value),
            None => value,
        };
        values.push(value);
    }
    values
}

/// Traces `body(carries, x_t, invariants) -> (new carries, y_t)` once into its own graph,
/// inside `parent`'s graph: tensors of enclosing graphs the body reads are captured (see
/// `capture.rs`) and returned, to be passed in as further invariants.
#[allow(clippy::too_many_arguments)]
pub(crate) fn trace_body(
    parent: &Tensor,
    name: &str,
    length: usize,
    carry_types: &[TensorType],
    x_types: &[TensorType],
    invariant_types: &[TensorType],
    reverse: bool,
    body: &Body,
) -> Result<(ScanBody, Vec<Tensor>), String> {
    let f = FunctionBuilder::new(name);
    let arg = |prefix: &str, i: usize, ty: &TensorType| {
        f.input(&format!("{prefix}{i}"), ty.dtype, ty.dims())
    };
    let carries: Vec<Tensor> = carry_types
        .iter()
        .enumerate()
        .map(|(i, t)| arg("carry", i, t))
        .collect();
    let xs: Vec<Tensor> = x_types
        .iter()
        .enumerate()
        .map(|(i, t)| arg("x", i, t))
        .collect();
    let invariants: Vec<Tensor> = invariant_types
        .iter()
        .enumerate()
        .map(|(i, t)| arg("invariant", i, t))
        .collect();
    let Some(first) = carries.iter().chain(&xs).next() else {
        return Err("requires at least one carry or per-step input".to_string());
    };
    let trace = BodyTrace::begin(first, parent);
    let (new_carries, ys) = body(&carries, &xs, &invariants);
    let captured = trace.finish();
    if new_carries.len() != carries.len() {
        return Err(format!(
            "the body must return {} carries, returned {}",
            carries.len(),
            new_carries.len()
        ));
    }
    for (i, (new, old)) in new_carries.iter().zip(carry_types).enumerate() {
        if !new.is_poisoned() && new.ty() != *old {
            return Err(format!(
                "carry {i} enters the body as {old} but leaves as {}",
                new.ty()
            ));
        }
    }
    let outputs: Vec<Tensor> = new_carries.into_iter().chain(ys.iter().cloned()).collect();
    if outputs.is_empty() {
        return Err("the body has neither carries nor outputs".to_string());
    }
    let function = f
        .finish(&outputs)
        .map_err(|e| format!("in the loop body: {e}"))?;
    let body = ScanBody {
        function,
        length,
        carries: carries.len(),
        xs: xs.len(),
        invariants: invariants.len() + captured.len(),
        ys: ys.len(),
        reverse,
        residual_nodes: vec![],
    };
    Ok((body, captured))
}

/// Per-step slice types of stacked inputs, or an error naming the bad one.
pub(crate) fn step_types(length: usize, xs: &[&Tensor]) -> Result<Vec<TensorType>, String> {
    xs.iter()
        .enumerate()
        .map(|(i, x)| {
            let ty = x.ty();
            if ty.rank() == 0 || ty.dims()[0] != length {
                Err(format!(
                    "per-step input {i} must have a leading axis of length {length}, got {ty}"
                ))
            } else {
                Ok(TensorType::new(ty.dtype, &ty.dims()[1..]))
            }
        })
        .collect()
}

/// The same loop as [`scan`], traced once per step (no `while`): identical results.
#[track_caller]
pub fn scan_unrolled(
    length: usize,
    init: &[&Tensor],
    xs: &[&Tensor],
    invariants: &[&Tensor],
    reverse: bool,
    body: &Body,
) -> ScanResult {
    let mut carries: Vec<Tensor> = init.iter().map(|t| (*t).clone()).collect();
    let consts: Vec<Tensor> = invariants.iter().map(|t| (*t).clone()).collect();
    let mut per_step: Vec<Vec<Tensor>> = Vec::new();
    for i in 0..length {
        let t = if reverse { length - 1 - i } else { i };
        let x_t: Vec<Tensor> = xs
            .iter()
            .map(|x| {
                let dims = x.dims();
                x.slice_axis(0, t, t + 1).reshape(&dims[1..])
            })
            .collect();
        let (next, ys) = body(&carries, &x_t, &consts);
        carries = next;
        per_step.push(ys);
    }
    if reverse {
        per_step.reverse();
    }
    let count = per_step.first().map_or(0, Vec::len);
    let ys = (0..count)
        .map(|j| {
            let rows: Vec<Tensor> = per_step
                .iter()
                .map(|ys| {
                    let mut dims = vec![1];
                    dims.extend(ys[j].dims());
                    ys[j].reshape(&dims)
                })
                .collect();
            Tensor::concatenate(&rows.iter().collect::<Vec<_>>(), 0)
        })
        .collect();
    ScanResult { carries, ys }
}
