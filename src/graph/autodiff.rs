//! Reverse-mode autodiff: the generic sweep. It walks the graph backwards from the outputs,
//! asks each op's table row for its VJP rule, checks the rule's arity and result types, and
//! accumulates cotangents. Rules emit ordinary IR into the same graph, so the gradient can
//! be differentiated again. Only floating-point values that depend on a `wrt` tensor carry
//! cotangents: integer and bool paths (indices, masks, compare) are cut here, once.

use super::error::{format_location, GraphError};
use super::ops::{rule, Vjp, VjpArgs};
use super::tensor::Tensor;
use std::cell::RefCell;
use std::collections::HashMap;
use std::panic::Location;

/// Gradient of the scalar float `loss` with respect to each of `wrt` (zeros where it does
/// not depend on one).
#[track_caller]
pub fn grad(loss: &Tensor, wrt: &[&Tensor]) -> Vec<Tensor> {
    let ty = loss.ty();
    if !loss.is_poisoned() && (ty.rank() != 0 || !ty.dtype.is_float()) {
        return fail(
            loss,
            wrt,
            "grad",
            format!("needs a scalar floating-point loss, got {ty} (use vjp for other outputs)"),
        );
    }
    vjp(&[loss], &[&loss.full_like(1.0)], wrt)
}

/// Vector-Jacobian product: `sum_k cotangents[k] . d outputs[k] / d wrt[i]` for each `i`.
#[track_caller]
pub fn vjp(outputs: &[&Tensor], cotangents: &[&Tensor], wrt: &[&Tensor]) -> Vec<Tensor> {
    let Some(first) = outputs.first() else {
        return Vec::new();
    };
    let all = outputs.iter().chain(cotangents).chain(wrt);
    if all.clone().any(|t| !t.same_graph(first)) {
        return fail(
            first,
            wrt,
            "vjp",
            "tensors belong to different graphs".to_string(),
        );
    }
    if all.clone().any(|t| t.is_poisoned()) {
        return wrt.iter().map(|w| w.stop_gradient()).collect();
    }
    if outputs.len() != cotangents.len() {
        let message = format!(
            "got {} outputs but {} cotangents",
            outputs.len(),
            cotangents.len()
        );
        return fail(first, wrt, "vjp", message);
    }
    for (o, c) in outputs.iter().zip(cotangents) {
        if o.ty() != c.ty() {
            let message = format!(
                "a cotangent must have its output's type, got {} for {}",
                c.ty(),
                o.ty()
            );
            return fail(first, wrt, "vjp", message);
        }
    }
    let before = first.graph.borrow().nodes.len();
    match sweep(outputs, cotangents, wrt) {
        Ok(grads) => {
            if cfg!(debug_assertions) {
                verify_new_nodes(first, before);
            }
            grads
        }
        Err(error) => {
            first.graph.borrow_mut().first_error.get_or_insert(error);
            wrt.iter().map(|w| w.stop_gradient()).collect()
        }
    }
}

#[track_caller]
fn fail(any: &Tensor, wrt: &[&Tensor], transform: &'static str, message: String) -> Vec<Tensor> {
    let error = GraphError::Autodiff {
        transform,
        message,
        location: format_location(Location::caller()),
    };
    any.graph.borrow_mut().first_error.get_or_insert(error);
    // Poisoned stand-in tensors of the right count, so callers can keep tracing.
    // The error is already recorded, so these stand-ins add none.
    wrt.iter()
        .map(|w| w.fail(transform, String::new()))
        .collect()
}

/// Debug builds re-check the nodes a sweep added: a wrong VJP rule shows up here, at the
/// `grad` call, rather than as a compile error later.
fn verify_new_nodes(any: &Tensor, from: usize) {
    let mut g = any.graph.borrow_mut();
    if g.first_error.is_none() {
        if let Err(error) = super::verify::verify_range(&g.nodes, from..g.nodes.len()) {
            g.first_error = Some(error);
        }
    }
}

fn tensor(like: &Tensor, id: usize) -> Tensor {
    Tensor {
        graph: like.graph.clone(),
        id: super::ir::ValueId(id),
    }
}

fn sweep(
    outputs: &[&Tensor],
    cotangents: &[&Tensor],
    wrt: &[&Tensor],
) -> Result<Vec<Tensor>, GraphError> {
    let anchor = outputs[0];
    let end = outputs.iter().map(|t| t.id.0).max().unwrap_or(0) + 1;
    // Snapshot what the walk needs, so rules can borrow the graph mutably while it runs.
    let nodes: Vec<_> = anchor.graph.borrow().nodes[..end].to_vec();
    let mut depends = vec![false; end];
    for w in wrt {
        if w.id.0 < end {
            depends[w.id.0] = true;
        }
    }
    // A value carries a cotangent if it is floating-point and is a `wrt` tensor or flows
    // from one through ops with a derivative (zero-gradient ops such as stop_gradient cut
    // the path here, so nothing downstream of them asks for a rule).
    for (i, node) in nodes.iter().enumerate() {
        let differentiable = !matches!(rule(&node.op).vjp, Vjp::Zero);
        depends[i] = node.ty.dtype.is_float()
            && (depends[i] || (differentiable && node.inputs.iter().any(|v| depends[v.0])));
    }
    let mut pending: HashMap<usize, Tensor> = HashMap::new();
    for (o, c) in outputs.iter().zip(cotangents) {
        accumulate(&mut pending, o.id.0, (*c).clone());
    }
    // RefCells so a multi-result rule can claim a sibling's cotangent (`VjpArgs::claim`).
    let pending = RefCell::new(pending);
    let done: RefCell<HashMap<usize, Tensor>> = RefCell::new(HashMap::new());
    for i in (0..end).rev() {
        let Some(ct) = pending.borrow_mut().remove(&i) else {
            continue;
        };
        if !depends[i] {
            continue;
        }
        done.borrow_mut().insert(i, ct.clone());
        let node = &nodes[i];
        if !node.inputs.iter().any(|v| depends[v.0]) {
            continue;
        }
        let r = rule(&node.op);
        let vjp_rule = match r.vjp {
            Vjp::Zero => continue,
            Vjp::Missing => {
                return Err(GraphError::MissingVjp {
                    transform: "vjp",
                    op: r.name,
                    location: format_location(node.location),
                })
            }
            Vjp::Rule(f) => f,
        };
        let inputs: Vec<Tensor> = node.inputs.iter().map(|v| tensor(anchor, v.0)).collect();
        // A node before `i` has its complete cotangent: all its consumers come after `i`
        // when it was created together with node `i` (the siblings of a multi-result op).
        let claim = |id: super::ir::ValueId| -> Option<Tensor> {
            if id.0 >= i || !depends[id.0] {
                return None;
            }
            let ct = pending.borrow_mut().remove(&id.0)?;
            done.borrow_mut().insert(id.0, ct.clone());
            Some(ct)
        };
        let args = VjpArgs {
            op: &node.op,
            inputs: &inputs,
            output: &tensor(anchor, i),
            cotangent: &ct,
            claim: &claim,
        };
        let input_cts = vjp_rule(&args);
        assert_eq!(
            input_cts.len(),
            inputs.len(),
            "internal error: the vjp rule of {} returned {} cotangents for {} operands",
            r.name,
            input_cts.len(),
            inputs.len()
        );
        for (input, input_ct) in inputs.iter().zip(input_cts) {
            let Some(input_ct) = input_ct else { continue };
            if !depends[input.id.0] {
                continue;
            }
            let expected = &nodes[input.id.0].ty;
            if input_ct.ty() != *expected && !input_ct.is_poisoned() {
                return Err(GraphError::Autodiff {
                    transform: "vjp",
                    message: format!(
                        "internal error: the vjp rule of {} produced {} for an operand of type {expected}",
                        r.name,
                        input_ct.ty()
                    ),
                    location: format_location(node.location),
                });
            }
            accumulate(&mut pending.borrow_mut(), input.id.0, input_ct);
        }
    }
    let done = done.into_inner();
    Ok(wrt
        .iter()
        .map(|w| match done.get(&w.id.0) {
            Some(g) => g.clone(),
            None => w.zeros_like(),
        })
        .collect())
}

fn accumulate(pending: &mut HashMap<usize, Tensor>, id: usize, ct: Tensor) {
    let sum = match pending.remove(&id) {
        Some(previous) => previous + ct,
        None => ct,
    };
    pending.insert(id, sum);
}
