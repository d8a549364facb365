//! Batched `dot_general` (batch and contracting dimensions, optional wider result dtype such
//! as bf16 x bf16 -> f32) and `matmul` as a composite over it.
//!
//! Result layout (StableHLO's): batch dimensions, then lhs free, then rhs free dimensions,
//! each group in increasing axis order. The VJP is two more dot_generals plus a transpose
//! (adjacent contracted axes merged first, see `contract_merged`).

use super::table::{Lower, OpRule, Vjp, VjpArgs};
use super::Op;
use crate::dtype::DType;
use crate::graph::shape::TensorType;
use crate::graph::tensor::Tensor;
use crate::lower::emit::{Emitter, LowerNode};

/// Which dimensions of `dot_general` pair up as batch and which are contracted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DotDims {
    pub lhs_batch: Vec<usize>,
    pub rhs_batch: Vec<usize>,
    pub lhs_contract: Vec<usize>,
    pub rhs_contract: Vec<usize>,
}

/// Axes of a rank-`rank` operand that are neither batch nor contracted, in order.
fn free_axes(rank: usize, batch: &[usize], contract: &[usize]) -> Vec<usize> {
    (0..rank)
        .filter(|a| !batch.contains(a) && !contract.contains(a))
        .collect()
}

fn distinct_in_range(axes: &[&[usize]], rank: usize) -> bool {
    let mut seen = vec![false; rank];
    axes.iter()
        .flat_map(|a| a.iter())
        .all(|&a| a < rank && !std::mem::replace(&mut seen[a], true))
}

fn dot_infer(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let Op::DotGeneral {
        lhs_batch,
        rhs_batch,
        lhs_contract,
        rhs_contract,
        out,
    } = op
    else {
        unreachable!("internal error: dot_general rule used for {op:?}")
    };
    let (l, r) = (inputs[0], inputs[1]);
    if l.dtype != r.dtype || l.dtype == DType::Bool {
        return Err(format!(
            "operands must share a numeric dtype, got {l} and {r}"
        ));
    }
    if lhs_batch.len() != rhs_batch.len() || lhs_contract.len() != rhs_contract.len() {
        return Err(format!(
            "needs as many lhs as rhs batch and contracting dimensions, got batch {lhs_batch:?} x \
             {rhs_batch:?}, contracting {lhs_contract:?} x {rhs_contract:?} for {l} and {r}"
        ));
    }
    if !distinct_in_range(&[lhs_batch, lhs_contract], l.rank())
        || !distinct_in_range(&[rhs_batch, rhs_contract], r.rank())
    {
        return Err(format!(
            "batch and contracting dimensions must be distinct axes, got batch {lhs_batch:?} x \
             {rhs_batch:?}, contracting {lhs_contract:?} x {rhs_contract:?} for {l} and {r}"
        ));
    }
    let pairs = lhs_batch
        .iter()
        .zip(rhs_batch)
        .chain(lhs_contract.iter().zip(rhs_contract));
    for (&a, &b) in pairs {
        if l.dims()[a] != r.dims()[b] {
            return Err(format!(
                "paired dimensions must have equal sizes, got lhs axis {a} (size {}) and rhs \
                 axis {b} (size {}) for {l} and {r}",
                l.dims()[a],
                r.dims()[b]
            ));
        }
    }
    let mut dims: Vec<usize> = lhs_batch.iter().map(|&a| l.dims()[a]).collect();
    dims.extend(
        free_axes(l.rank(), lhs_batch, lhs_contract)
            .iter()
            .map(|&a| l.dims()[a]),
    );
    dims.extend(
        free_axes(r.rank(), rhs_batch, rhs_contract)
            .iter()
            .map(|&a| r.dims()[a]),
    );
    Ok(TensorType::new(out.unwrap_or(l.dtype), &dims))
}

/// Cotangent of one operand ("this") of a dot_general with the other operand ("other").
/// `dot(ct, other)` contracting ct's other-free dims yields [batch, this free, this
/// contracted (ordered like other's contracted axes, ascending)]; a transpose restores this
/// operand's axis order.
fn operand_cotangent(
    ct: &Tensor,
    other: &Tensor,
    this: (&[usize], &[usize], usize),
    other_dims: (&[usize], &[usize]),
    other_free_offset: usize,
    out: Option<DType>,
) -> Tensor {
    let (this_batch, this_contract, this_rank) = this;
    let (other_batch, other_contract) = other_dims;
    let nb = this_batch.len();
    let other_free = free_axes(other.rank(), other_batch, other_contract);
    let this_free = free_axes(this_rank, this_batch, this_contract);
    let dims = DotDims {
        lhs_batch: (0..nb).collect(),
        rhs_batch: other_batch.to_vec(),
        lhs_contract: (other_free_offset..other_free_offset + other_free.len()).collect(),
        rhs_contract: other_free,
    };
    let raw = contract_merged(ct, other, &dims, out);
    let mut sorted_other_contract = other_contract.to_vec();
    sorted_other_contract.sort_unstable();
    let perm: Vec<usize> = (0..this_rank)
        .map(|d| {
            if let Some(i) = this_batch.iter().position(|&b| b == d) {
                i
            } else if let Some(j) = this_free.iter().position(|&f| f == d) {
                nb + j
            } else {
                let k = this_contract
                    .iter()
                    .position(|&c| c == d)
                    .expect("internal error: axis is batch, free or contracted");
                let rank = sorted_other_contract
                    .iter()
                    .position(|&c| c == other_contract[k])
                    .expect("internal error: contracted axis listed");
                nb + this_free.len() + rank
            }
        })
        .collect();
    raw.transpose(&perm)
}

/// `lhs . rhs` over `dims` (no batch axes) with each side's contracted axes merged into one
/// axis first when they are a run of adjacent ascending axes on both sides: the result is the
/// same. This is the weight gradient of a dense layer over `[B, L, E]` (both sides contract
/// `B, L`). XLA:CPU folds the transposed operand of a rank-2 matmul into the matmul, but
/// copies a higher-rank operand into a transposed layout first, an element-wise strided
/// copy: measured 30 ms against 360-390 ms for `[8, 1024, 1024]` and `[8, 1024, 256]`
/// operands, and such copies were half of the VideoGPT train step.
fn contract_merged(lhs: &Tensor, rhs: &Tensor, dims: &DotDims, out: Option<DType>) -> Tensor {
    let dot = |l: &Tensor, r: &Tensor, d: &DotDims| match out {
        Some(dtype) => l.dot_general_to(r, d, dtype),
        None => l.dot_general(r, d),
    };
    let run = |axes: &[usize]| axes.len() >= 2 && axes.windows(2).all(|w| w[1] == w[0] + 1);
    if !dims.lhs_batch.is_empty() || !run(&dims.lhs_contract) || !run(&dims.rhs_contract) {
        return dot(lhs, rhs, dims);
    }
    let merge = |t: &Tensor, axes: &[usize]| t.flatten(axes[0], axes[axes.len() - 1] + 1);
    let merged = DotDims {
        lhs_batch: Vec::new(),
        rhs_batch: Vec::new(),
        lhs_contract: vec![dims.lhs_contract[0]],
        rhs_contract: vec![dims.rhs_contract[0]],
    };
    dot(
        &merge(lhs, &dims.lhs_contract),
        &merge(rhs, &dims.rhs_contract),
        &merged,
    )
}

fn dot_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let Op::DotGeneral {
        lhs_batch,
        rhs_batch,
        lhs_contract,
        rhs_contract,
        out,
    } = a.op
    else {
        unreachable!("internal error: dot_general vjp used for {:?}", a.op)
    };
    let (lhs, rhs) = (&a.inputs[0], &a.inputs[1]);
    let operand_dtype = lhs.dtype();
    // A widened result (bf16 -> f32) sends its cotangent back through the operand dtype,
    // accumulating in the wide dtype again.
    let ct = a.cotangent.convert(operand_dtype);
    let nb = lhs_batch.len();
    let lhs_free_count = free_axes(lhs.rank(), lhs_batch, lhs_contract).len();
    let d_lhs = operand_cotangent(
        &ct,
        rhs,
        (lhs_batch, lhs_contract, lhs.rank()),
        (rhs_batch, rhs_contract),
        nb + lhs_free_count,
        *out,
    );
    let d_rhs = operand_cotangent(
        &ct,
        lhs,
        (rhs_batch, rhs_contract, rhs.rank()),
        (lhs_batch, lhs_contract),
        nb,
        *out,
    );
    vec![
        Some(d_lhs.convert(operand_dtype)),
        Some(d_rhs.convert(operand_dtype)),
    ]
}

fn dot_lower(e: &mut Emitter, node: &LowerNode) {
    let Op::DotGeneral {
        lhs_batch,
        rhs_batch,
        lhs_contract,
        rhs_contract,
        ..
    } = node.op
    else {
        return;
    };
    let mut fields = Vec::new();
    if !lhs_batch.is_empty() {
        fields.push(format!(
            "lhs_batching_dimensions = {}",
            Emitter::int_list(lhs_batch)
        ));
        fields.push(format!(
            "rhs_batching_dimensions = {}",
            Emitter::int_list(rhs_batch)
        ));
    }
    fields.push(format!(
        "lhs_contracting_dimensions = {}",
        Emitter::int_list(lhs_contract)
    ));
    fields.push(format!(
        "rhs_contracting_dimensions = {}",
        Emitter::int_list(rhs_contract)
    ));
    let attrs = format!(
        "dot_dimension_numbers = #stablehlo.dot<{}>",
        fields.join(", ")
    );
    e.emit_op(node, "stablehlo.dot_general", &attrs);
}

pub static DOT_GENERAL: OpRule = OpRule {
    name: "dot_general",
    arity: Some(2),
    infer: dot_infer,
    vjp: Vjp::Rule(dot_vjp),
    lower: Lower::Custom(dot_lower),
    elementwise: false,
};

impl Tensor {
    /// General contraction; the result's dtype is the operands'.
    #[track_caller]
    pub fn dot_general(&self, rhs: &Tensor, dims: &DotDims) -> Tensor {
        self.dot_with_result(rhs, dims, None)
    }

    /// General contraction accumulating into `out` (e.g. bf16 operands, f32 result).
    #[track_caller]
    pub fn dot_general_to(&self, rhs: &Tensor, dims: &DotDims, out: DType) -> Tensor {
        self.dot_with_result(rhs, dims, Some(out))
    }

    #[track_caller]
    fn dot_with_result(&self, rhs: &Tensor, dims: &DotDims, out: Option<DType>) -> Tensor {
        let op = Op::DotGeneral {
            lhs_batch: dims.lhs_batch.clone(),
            rhs_batch: dims.rhs_batch.clone(),
            lhs_contract: dims.lhs_contract.clone(),
            rhs_contract: dims.rhs_contract.clone(),
            out: out.filter(|&o| o != self.dtype()),
        };
        Tensor::apply(op, &[self, rhs])
    }

    /// Matrix product over the last axis of `self` and the second-to-last of `rhs` (the
    /// only axis if `rhs` is a vector). Leading axes are batch axes when both operands have
    /// the same rank >= 3; a 2-D `rhs` is shared by every leading index of `self`.
    #[track_caller]
    pub fn matmul(&self, rhs: &Tensor) -> Tensor {
        let (lr, rr) = (self.rank(), rhs.rank());
        if lr == 0 || rr == 0 || (rr >= 3 && rr != lr) {
            return self.fail(
                "matmul",
                format!(
                    "needs operands of rank >= 1 and, for a rhs of rank >= 3, equal ranks, got {} and {}",
                    self.ty(),
                    rhs.ty()
                ),
            );
        }
        let batch: Vec<usize> = if rr >= 3 {
            (0..rr - 2).collect()
        } else {
            vec![]
        };
        let dims = DotDims {
            lhs_batch: batch.clone(),
            rhs_batch: batch,
            lhs_contract: vec![lr - 1],
            rhs_contract: vec![if rr == 1 { 0 } else { rr - 2 }],
        };
        self.dot_general(rhs, &dims)
    }
}
