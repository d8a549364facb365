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
    fn input_type(&self, i: usize) -> &TensorType {
        &self.function.inputs()[i].ty
    }

    fn output_type(&self, i: usize) -> TensorType {
        let out = self.function.outputs()[i];
        self.function.nodes()[out.0].ty.clone()
    }

    /// The type of result `k` of the scan.
    pub(crate) fn result_type(&self, k: usize) -> Option<TensorType> {
        let (c, y) = (self.carries, self.ys);
        if k < c {
            Some(self.input_type(k).clone())
        } else if k < c + y {
            Some(stacked(self.length, &self.output_type(k)))
        } else if k < 2 * c + y {
            Some(stacked(self.length, self.input_type(k - c - y)))
        } else {
            None
        }
    }

    /// The expected type of scan operand `i`.
    fn operand_type(&self, i: usize) -> TensorType {
        let (c, x) = (self.carries, self.xs);
        if i >= c && i < c + x {
            stacked(self.length, self.input_type(i))
        } else {
            self.input_type(i).clone()
        }
    }

    fn result_count(&self) -> usize {
        2 * self.carries + self.ys
    }
}

fn scan_infer(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let Op::Scan { body, result } = op else {
        unreachable!("internal error: scan infer used for {op:?}")
    };
    let b = &body.0;
    let expected = b.carries + b.xs + b.invariants;
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
            b.result_count()
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
    let (c, y) = (body.0.carries, body.0.ys);
    ScanResult {
        carries: (0..c).map(project).collect(),
        ys: (c..c + y).map(project).collect(),
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
    let (c, nx, k, t) = (body.0.carries, body.0.xs, body.0.invariants, body.0.length);
    let anchor = a.cotangent;
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
    let ny_before = body.0.ys;
    let ct_carries: Vec<Tensor> = (0..c).map(result_ct).collect();
    let mut ct_ys: Vec<Tensor> = (c..c + ny_before).map(result_ct).collect();
    let ct_saved: Vec<Tensor> = (c + ny_before..c + ny_before + c).map(result_ct).collect();
    // The forward loop also emits its products from now on (once per scan).
    let body = match residuals::with_residuals(&body.0) {
        Some(augmented) => {
            let new = ScanBodyRef(Rc::new(augmented));
            residuals::adopt(a.output, body, &new, new.0.ys - ny_before);
            new
        }
        None => body.clone(),
    };
    let b = body.0.clone();
    let (ny, nr) = (b.ys, b.residual_nodes.len());
    for r in ny_before..ny {
        ct_ys.push(zeros(
            anchor,
            &b.result_type(c + r).expect("internal error: in range"),
        ));
    }
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
    let saved: Vec<Tensor> = (0..c).map(|j| project(c + ny + j)).collect();
    let products: Vec<Tensor> = (ny - nr..ny).map(|r| project(c + r)).collect();
    let xs = &a.inputs[c..c + nx];
    let invariants = &a.inputs[c + nx..];
    let inv_zeros: Vec<Tensor> = invariants.iter().map(|v| v.zeros_like()).collect();
    // Backward carries: (ct of the carries, invariant cotangent sums).
    let init: Vec<&Tensor> = ct_carries.iter().chain(&inv_zeros).collect();
    let back_xs: Vec<&Tensor> = xs
        .iter()
        .chain(&saved)
        .chain(&products)
        .chain(&ct_ys)
        .chain(&ct_saved)
        .collect();
    let forward = b.clone();
    let step = move |carry: &[Tensor], x: &[Tensor], inv: &[Tensor]| {
        let (ct_carry, acc) = carry.split_at(c);
        let (x_t, rest) = x.split_at(nx);
        let (carry_t, rest) = rest.split_at(c);
        let (products_t, rest) = rest.split_at(nr);
        let (ct_y, ct_saved_t) = rest.split_at(ny);
        let args: Vec<Tensor> = carry_t.iter().chain(x_t).chain(inv).cloned().collect();
        let stand_ins: Vec<(usize, Tensor)> = forward
            .residual_nodes
            .iter()
            .copied()
            .zip(products_t.iter().cloned())
            .collect();
        let values = inline_nodes(&forward.function, &args, &stand_ins);
        let outs: Vec<&Tensor> = forward
            .function
            .outputs()
            .iter()
            .map(|v| &values[v.0])
            .collect();
        let cts: Vec<&Tensor> = ct_carry.iter().chain(ct_y).collect();
        let wrt: Vec<&Tensor> = args.iter().collect();
        let grads = crate::graph::vjp(&outs, &cts, &wrt);
        let next_ct: Vec<Tensor> = (0..c).map(|j| &grads[j] + &ct_saved_t[j]).collect();
        let sums: Vec<Tensor> = (0..k).map(|j| &acc[j] + &grads[c + nx + j]).collect();
        let x_grads: Vec<Tensor> = grads[c..c + nx].to_vec();
        (next_ct.into_iter().chain(sums).collect(), x_grads)
    };
    let back = scan(
        t,
        &init,
        &back_xs,
        &invariants.iter().collect::<Vec<_>>(),
        !b.reverse,
        &step,
    );
    let mut out: Vec<Option<Tensor>> = Vec::with_capacity(a.inputs.len());
    out.extend(back.carries[..c].iter().cloned().map(Some));
    out.extend(back.ys.iter().cloned().map(Some));
    out.extend(back.carries[c..].iter().cloned().map(Some));
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
