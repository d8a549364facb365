//! A fixed-trip-count loop with stacked per-step outputs (a scan), lowered to one
//! `stablehlo.while` whose body is traced once, and its VJP: a reverse scan over the carries
//! saved at every step. The alternative, `scan_unrolled`, traces the body once per step; it
//! has the same signature and results (the tests compare the two), but compiles much more
//! slowly for long loops: a GRU cell over 64 steps with its gradient compiled in 7-12 s
//! unrolled against 0.3-0.55 s as a while (20-30x), and ran 1.4-1.8x slower (`cargo bench
//! --bench graph_ops -- loop`; at 15 steps 3-5x the compile time).
//!
//! Nodes have one result each, so a scan is a family of nodes `Op::Scan { body, result }`
//! with the same operands, one per result; lowering prints the `while` once (memoised by body
//! and operands) and binds each node to its result. Results, in order: the final carries,
//! the stacked per-step outputs `[T, ..]`, then (for the VJP) the stacked carries *entering*
//! each step `[T, ..]` (loop state nobody reads is left for XLA's while-loop simplifier).
//! The VJP of any result claims the cotangents of its sibling results
//! (`VjpArgs::claim`), so one reverse loop differentiates the whole scan.
//!
//! Operands, in order: initial carries, stacked per-step inputs `[T, ..]`, loop invariants
//! (parameters the body reads). The body is traced into its own graph; tensors of the
//! enclosing graph it uses directly (model parameters) are captured as further invariants
//! (`capture.rs`), so passing them explicitly is optional.

use super::control_lower;
pub use super::control_trace::{inline, scan_unrolled};
use super::control_trace::{inline_nodes, step_types, trace_body};
use super::residuals;
use super::scan_layout::{ReverseStep, ScanLayout, ScanResultKind};
use super::table::{Lower, OpRule, Vjp, VjpArgs};
use super::Op;
use crate::graph::function::Function;
use crate::graph::shape::TensorType;
use crate::graph::tensor::Tensor;
use std::rc::Rc;

/// A traced loop body: inputs are carries ++ per-step slices ++ invariants, outputs are the
/// new carries ++ per-step outputs.
#[derive(Debug)]
pub struct ScanBody {
    pub function: Function,
    pub length: usize,
    pub carries: usize,
    pub xs: usize,
    pub invariants: usize,
    pub ys: usize,
    /// Steps run `T-1, .., 0` (per-step inputs read and outputs written at that index).
    pub reverse: bool,
    /// Nodes of `function` whose values are its last `residual_nodes.len()` per-step outputs:
    /// the products the reverse loop of the VJP reads instead of recomputing (`residuals.rs`).
    pub residual_nodes: Vec<usize>,
}

/// Shared handle to a body; equality and hashing are by identity (each trace is distinct).
#[derive(Clone)]
pub struct ScanBodyRef(pub Rc<ScanBody>);

/// A one-line summary, so graph dumps and errors stay readable (the body's own nodes are
/// printed by dumping `function`).
impl std::fmt::Debug for ScanBodyRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let b = &self.0;
        write!(
            f,
            "ScanBody(length {}, carries {}, xs {}, invariants {}, ys {}, reverse {}, {} body nodes)",
            b.length,
            b.carries,
            b.xs,
            b.invariants,
            b.ys,
            b.reverse,
            b.function.nodes().len()
        )
    }
}

impl PartialEq for ScanBodyRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for ScanBodyRef {}

impl std::hash::Hash for ScanBodyRef {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (Rc::as_ptr(&self.0) as usize).hash(state);
    }
}

/// What a scan returns.
#[derive(Clone, Debug)]
pub struct ScanResult {
    pub carries: Vec<Tensor>,
    /// Per-step outputs stacked along a new leading axis of length T.
    pub ys: Vec<Tensor>,
}

fn stacked(length: usize, ty: &TensorType) -> TensorType {
    let mut dims = vec![length];
    dims.extend(ty.dims());
    TensorType::new(ty.dtype, &dims)
}

impl ScanBody {
    /// Where the scan's operand and result groups sit.
    pub(crate) fn layout(&self) -> ScanLayout {
        ScanLayout {
            carries: self.carries,
            xs: self.xs,
            invariants: self.invariants,
            ys: self.ys,
            products: self.residual_nodes.len(),
        }
    }

    fn input_type(&self, i: usize) -> &TensorType {
        &self.function.inputs()[i].ty
    }

    fn output_type(&self, i: usize) -> TensorType {
        let out = self.function.outputs()[i];
        self.function.nodes()[out.0].ty.clone()
    }

    /// The type of result `k` of the scan.
    pub(crate) fn result_type(&self, k: usize) -> Option<TensorType> {
        let layout = self.layout();
        Some(match layout.result_kind(k)? {
            ScanResultKind::Carry(j) => {
                let carry = layout.carry_operands().start + j;
                self.input_type(carry).clone()
            }
            // The body's outputs are ordered like the scan's first results.
            ScanResultKind::Y(_) => stacked(self.length, &self.output_type(k)),
            ScanResultKind::SavedCarry(j) => {
                let carry = layout.carry_operands().start + j;
                stacked(self.length, self.input_type(carry))
            }
        })
    }

    /// The expected type of scan operand `i`.
    fn operand_type(&self, i: usize) -> TensorType {
        if self.layout().x_operands().contains(&i) {
            stacked(self.length, self.input_type(i))
        } else {
            self.input_type(i).clone()
        }
    }
}

fn scan_infer(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let Op::Scan { body, result } = op else {
        unreachable!("internal error: scan infer used for {op:?}")
    };
    let b = &body.0;
    let expected = b.layout().operand_count();
    if inputs.len() != expected {
        return Err(format!(
            "requires {expected} operands, got {}",
            inputs.len()
        ));
    }
    for (i, ty) in inputs.iter().enumerate() {
        let want = b.operand_type(i);
        if **ty != want {
            return Err(format!("operand {i} must be {want}, got {ty}"));
        }
    }
    b.result_type(*result).ok_or_else(|| {
        format!(
            "has {} results, asked for result {result}",
            b.layout().result_count()
        )
    })
}

/// A loop body: `(carries, x_t, invariants) -> (new carries, y_t)`.
pub type Body<'a> = dyn Fn(&[Tensor], &[Tensor], &[Tensor]) -> (Vec<Tensor>, Vec<Tensor>) + 'a;

/// Runs `body(carries, x_t, invariants) -> (new carries, y_t)` for `t = 0..length` (or
/// backwards when `reverse`) as one `stablehlo.while`; the body is traced once.
#[track_caller]
pub fn scan(
    length: usize,
    init: &[&Tensor],
    xs: &[&Tensor],
    invariants: &[&Tensor],
    reverse: bool,
    body: &Body,
) -> ScanResult {
    let anchor = init.first().or(xs.first()).or(invariants.first());
    let Some(anchor) = anchor.map(|t| (*t).clone()) else {
        return ScanResult {
            carries: vec![],
            ys: vec![],
        };
    };
    let traced = step_types(length, xs).and_then(|x_types| {
        let carry_types: Vec<TensorType> = init.iter().map(|t| t.ty()).collect();
        let inv_types: Vec<TensorType> = invariants.iter().map(|t| t.ty()).collect();
        if length == 0 {
            return Err("requires at least one step".to_string());
        }
        trace_body(
            &anchor,
            "scan_body",
            length,
            &carry_types,
            &x_types,
            &inv_types,
            reverse,
            body,
        )
    });
    let (body, captured) = match traced {
        Ok((b, captured)) => (ScanBodyRef(Rc::new(b)), captured),
        Err(message) => {
            let bad = anchor.fail("scan", message);
            return ScanResult {
                carries: init.iter().map(|_| bad.clone()).collect(),
                ys: vec![bad],
            };
        }
    };
    let operands: Vec<&Tensor> = init
        .iter()
        .chain(xs)
        .chain(invariants)
        .copied()
        .chain(&captured)
        .collect();
    let project = |k: usize| {
        Tensor::apply(
            Op::Scan {
                body: body.clone(),
                result: k,
            },
            &operands,
        )
    };
    let layout = body.0.layout();
    ScanResult {
        carries: layout.carry_results().map(project).collect(),
        ys: layout.y_results().map(project).collect(),
    }
}

fn zeros(like: &Tensor, ty: &TensorType) -> Tensor {
    like.constant_like(0.0, ty.dtype, ty.dims())
}

/// The node holding result `r` of the same scan as `a.output`, if `scan` created it: the
/// results are traced one after another, so it sits `result - r` nodes earlier.
fn sibling(a: &VjpArgs, body: &ScanBodyRef, r: usize) -> Option<crate::graph::ValueId> {
    let Op::Scan { result, .. } = a.op else {
        return None;
    };
    let own = a.output.id().0;
    let id = (own + r).checked_sub(*result)?;
    let graph = a.output.graph.borrow();
    let (mine, node) = (&graph.nodes[own], graph.nodes.get(id)?);
    let same_scan = matches!(&node.op, Op::Scan { body: b, result: k } if b == body && *k == r);
    (id != own && same_scan && node.inputs == mine.inputs).then_some(crate::graph::ValueId(id))
}

/// VJP of one result of a scan: a reverse scan whose step replays the forward body at the
/// saved carry, with its products read from the forward loop (`residuals.rs`), and pulls the
/// step's cotangents back through it.
fn scan_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let Op::Scan { body, result } = a.op else {
        unreachable!("internal error: scan vjp used for {:?}", a.op)
    };
    let anchor = a.cotangent;
    let traced = body.0.layout();
    // Cotangents of every result: this node's, the complete ones of its sibling result
    // nodes (claimed, so the whole scan is differentiated by one reverse loop), else zero.
    let result_ct = |r: usize| -> Tensor {
        if r == *result {
            return a.cotangent.clone();
        }
        sibling(a, body, r)
            .and_then(|id| (a.claim)(id))
            .unwrap_or_else(|| {
                zeros(
                    anchor,
                    &body
                        .0
                        .result_type(r)
                        .expect("internal error: result in range"),
                )
            })
    };
    let ct_carries: Vec<Tensor> = traced.carry_results().map(result_ct).collect();
    let mut ct_ys: Vec<Tensor> = traced.y_results().map(result_ct).collect();
    let ct_saved: Vec<Tensor> = traced.saved_carry_results().map(result_ct).collect();
    // The forward loop also emits its products from now on (once per scan); nothing read
    // them yet, so their cotangents are zero.
    let body = match residuals::with_residuals(&body.0) {
        Some(augmented) => {
            let new = ScanBodyRef(Rc::new(augmented));
            residuals::adopt(a.output, body, &new);
            for r in new.0.layout().product_results() {
                let ty = new.0.result_type(r).expect("internal error: in range");
                ct_ys.push(zeros(anchor, &ty));
            }
            new
        }
        None => body.clone(),
    };
    let b = body.0.clone();
    let layout = b.layout();
    let project = |r: usize| {
        let inputs: Vec<&Tensor> = a.inputs.iter().collect();
        Tensor::apply(
            Op::Scan {
                body: body.clone(),
                result: r,
            },
            &inputs,
        )
    };
    let saved: Vec<Tensor> = layout.saved_carry_results().map(project).collect();
    let products: Vec<Tensor> = layout.product_results().map(project).collect();
    let invariants = &a.inputs[layout.invariant_operands()];
    let inv_zeros: Vec<Tensor> = invariants.iter().map(|v| v.zeros_like()).collect();
    // Backward carries: (ct of the carries, invariant cotangent sums).
    let init: Vec<&Tensor> = ct_carries.iter().chain(&inv_zeros).collect();
    let back_xs = ReverseStep {
        xs: &a.inputs[layout.x_operands()],
        carries: &saved,
        products: &products,
        ct_ys: &ct_ys,
        ct_saved: &ct_saved,
    }
    .chained();
    let forward = b.clone();
    let step = move |carry: &[Tensor], x: &[Tensor], inv: &[Tensor]| {
        let (ct_carry, acc) = carry.split_at(layout.carries);
        let row = ReverseStep::split(x, &layout);
        // The body's inputs are ordered like the scan's operands.
        let args: Vec<Tensor> = row
            .carries
            .iter()
            .chain(row.xs)
            .chain(inv)
            .cloned()
            .collect();
        let stand_ins: Vec<(usize, Tensor)> = forward
            .residual_nodes
            .iter()
            .copied()
            .zip(row.products.iter().cloned())
            .collect();
        let values = inline_nodes(&forward.function, &args, &stand_ins);
        let outs: Vec<&Tensor> = forward
            .function
            .outputs()
            .iter()
            .map(|v| &values[v.0])
            .collect();
        let cts: Vec<&Tensor> = ct_carry.iter().chain(row.ct_ys).collect();
        let wrt: Vec<&Tensor> = args.iter().collect();
        let grads = crate::graph::vjp(&outs, &cts, &wrt);
        let next_ct = grads[layout.carry_operands()]
            .iter()
            .zip(row.ct_saved)
            .map(|(g, saved)| g + saved);
        let sums = acc
            .iter()
            .zip(&grads[layout.invariant_operands()])
            .map(|(sum, g)| sum + g);
        let x_grads: Vec<Tensor> = grads[layout.x_operands()].to_vec();
        (next_ct.chain(sums).collect(), x_grads)
    };
    let back = scan(
        b.length,
        &init,
        &back_xs,
        &invariants.iter().collect::<Vec<_>>(),
        !b.reverse,
        &step,
    );
    // The reverse loop's carries are the cotangents of the initial carries, then of the
    // invariants; its per-step outputs those of the per-step inputs.
    let (ct_init, ct_invariants) = back.carries.split_at(layout.carries);
    let mut out: Vec<Option<Tensor>> = Vec::with_capacity(a.inputs.len());
    out.extend(ct_init.iter().cloned().map(Some));
    out.extend(back.ys.iter().cloned().map(Some));
    out.extend(ct_invariants.iter().cloned().map(Some));
    // Integer operands (step counters, indices) carry no cotangent.
    for (o, input) in out.iter_mut().zip(a.inputs) {
        if !input.dtype().is_float() {
            *o = None;
        }
    }
    out
}

pub static SCAN: OpRule = OpRule {
    name: "scan",
    arity: None,
    infer: scan_infer,
    vjp: Vjp::Rule(scan_vjp),
    lower: Lower::Custom(control_lower::scan_lower),
    elementwise: false,
};
