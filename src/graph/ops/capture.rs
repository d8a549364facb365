//! Closure capture for loop bodies: while a scan body is traced into its own graph, an op
//! that mixes a body tensor with a tensor of an enclosing graph (a parameter the body reads)
//! turns the outer tensor into a new parameter of the body, once per value; the scan then
//! passes the captured outer tensors in as loop invariants. Bodies nest (a scan inside a
//! scan body captures through every level in between). `Tensor::apply` calls [`capture`]
//! only when its inputs come from different graphs.

use crate::graph::ir::{InputSpec, ValueId};
use crate::graph::ops::Op;
use crate::graph::tensor::{GraphRef, Tensor};
use std::cell::RefCell;
use std::panic::Location;
use std::rc::Rc;

struct ActiveBody {
    body: GraphRef,
    parent: GraphRef,
    /// (value in the parent graph, the body parameter standing for it)
    captured: Vec<(ValueId, Tensor)>,
    /// The captured parent tensors, in parameter order.
    outer: Vec<Tensor>,
}

thread_local! {
    /// Bodies being traced, innermost last.
    static ACTIVE: RefCell<Vec<ActiveBody>> = const { RefCell::new(Vec::new()) };
}

/// Marks `body` (a graph whose parameters exist already) as being traced inside `parent`
/// until the guard is finished or dropped.
pub(crate) struct BodyTrace {
    depth: usize,
}

impl BodyTrace {
    pub(crate) fn begin(body: &Tensor, parent: &Tensor) -> BodyTrace {
        ACTIVE.with(|a| {
            let mut a = a.borrow_mut();
            a.push(ActiveBody {
                body: body.graph.clone(),
                parent: parent.graph.clone(),
                captured: Vec::new(),
                outer: Vec::new(),
            });
            BodyTrace { depth: a.len() }
        })
    }

    /// Ends the trace; returns the captured outer tensors in parameter order.
    pub(crate) fn finish(self) -> Vec<Tensor> {
        let outer = ACTIVE.with(|a| {
            let mut a = a.borrow_mut();
            a.truncate(self.depth);
            a.pop().map(|b| b.outer).unwrap_or_default()
        });
        std::mem::forget(self);
        outer
    }
}

impl Drop for BodyTrace {
    fn drop(&mut self) {
        ACTIVE.with(|a| a.borrow_mut().truncate(self.depth - 1));
    }
}

/// Nesting level of a graph: 0 for the outermost enclosing graph, `j + 1` for the `j`-th
/// active body; `None` for a graph outside the active chain.
fn level(active: &[ActiveBody], graph: &GraphRef) -> Option<usize> {
    if Rc::ptr_eq(&active.first()?.parent, graph) {
        return Some(0);
    }
    active
        .iter()
        .position(|b| Rc::ptr_eq(&b.body, graph))
        .map(|j| j + 1)
}

/// `t` (of level `level - 1`) as a parameter of body `level`, created on first use.
fn lift_one(active: &mut [ActiveBody], level: usize, t: &Tensor, at: &'static Location) -> Tensor {
    let body = &mut active[level - 1];
    if let Some((_, p)) = body.captured.iter().find(|(v, _)| *v == t.id) {
        return p.clone();
    }
    let ty = t.ty();
    let id = {
        let mut g = body.body.borrow_mut();
        let index = g.inputs.len();
        g.inputs.push(InputSpec::new(
            &format!("captured{index}"),
            ty.dtype,
            ty.dims(),
        ));
        g.push(Op::Parameter { index, ty }, vec![], at)
    };
    let param = Tensor {
        graph: body.body.clone(),
        id,
    };
    body.captured.push((t.id, param.clone()));
    body.outer.push(t.clone());
    param
}

/// The inputs moved into the innermost of their graphs (capturing the others), or `None`
/// when their graphs are not nested bodies of one another.
pub(crate) fn capture(inputs: &[&Tensor], at: &'static Location<'static>) -> Option<Vec<Tensor>> {
    ACTIVE.with(|a| {
        let mut active = a.borrow_mut();
        let levels: Vec<usize> = inputs
            .iter()
            .map(|t| level(&active, &t.graph))
            .collect::<Option<_>>()?;
        let target = *levels.iter().max()?;
        let mut out = Vec::with_capacity(inputs.len());
        for (t, &from) in inputs.iter().zip(&levels) {
            let mut value = (*t).clone();
            for l in from + 1..=target {
                value = lift_one(&mut active, l, &value, at);
            }
            out.push(value);
        }
        Some(out)
    })
}
