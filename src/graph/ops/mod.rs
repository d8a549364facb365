//! The primitive ops of the graph IR. Attributes live in the variants; every fact about a
//! primitive (shape rule, gradient rule, StableHLO printing) lives in its family file, and
//! `table.rs` maps each variant to its `OpRule` in the crate's only exhaustive `match` on `Op`.
//!
//! Adding a primitive (justify it first: name the StableHLO op it needs, else write a
//! composite in `composite.rs`):
//! 1. add the variant here, with its attributes;
//! 2. in the family file, write `<op>_infer` (returns `Err("requires X, got Y")`),
//!    `<op>_vjp` (one `Option<Tensor>` per operand, built with tracing methods; or
//!    `Vjp::Zero` / `Vjp::Missing`), the lowering (`Lower::Op("stablehlo.x")` or a custom fn
//!    using `Emitter` helpers), a `pub static` `OpRule`, and the `#[track_caller]` tracing
//!    method that calls `Tensor::apply`;
//! 3. add the row in `table.rs` (the compiler insists), a forward test in
//!    `tests/graph_ops.rs`, a row in the gradient table of `tests/graph_grads.rs`.
//!
//! Every node has exactly one result. A StableHLO op with several results would be modelled
//! as one node per result whose lowering shares the printed op through `Emitter::memo`.

pub mod binary;
pub(crate) mod capture;
pub mod composite;
pub mod control;
mod control_lower;
mod control_trace;
pub mod conv;
mod conv_grad;
mod conv_input_grad;
mod conv_matmul;
pub mod dynamic;
pub mod gather;
pub mod linalg;
pub mod literal;
pub mod logic;
pub mod movement;
pub mod random;
pub mod reduce;
mod residuals;
mod scan_layout;
pub mod slicing;
pub mod sort;
pub mod source;
pub mod table;
pub mod unary;
pub mod window;

pub use literal::Literal;
pub use logic::Comparison;
pub use table::{rule, Lower, OpRule, Vjp, VjpArgs};

use crate::dtype::DType;
use crate::graph::shape::TensorType;

/// A primitive operation with its attributes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    // --- sources (no inputs) ---
    /// The `index`-th function argument.
    Parameter {
        index: usize,
        ty: TensorType,
    },
    /// A constant of type `ty`.
    Constant {
        literal: Literal,
        ty: TensorType,
    },
    /// `0, 1, 2, ...` along `axis` of `ty`.
    Iota {
        axis: usize,
        ty: TensorType,
    },

    // --- elementwise unary ---
    Neg,
    Exp,
    Log,
    Log1p,
    Expm1,
    Tanh,
    Logistic,
    Sqrt,
    Rsqrt,
    Abs,
    Sign,
    Floor,
    Sin,
    Cos,
    /// Logical not on bool, bitwise not on integers.
    Not,

    // --- elementwise binary (equal shapes; tracing broadcasts) ---
    Add,
    Sub,
    Mul,
    Div,
    Pow,
    Max,
    Min,
    And,
    Or,
    Xor,
    ShiftLeft,
    ShiftRightLogical,
    ShiftRightArithmetic,
    Compare {
        direction: Comparison,
    },
    /// `select(pred, on_true, on_false)`.
    Select,
    /// `clamp(min, x, max)`, all of x's shape.
    Clamp,
    Convert {
        to: DType,
    },
    /// Identity whose gradient is zero.
    StopGradient,

    // --- movement ---
    /// Output dimension `dims[i]` takes input dimension `i` (input size 1 or equal).
    BroadcastInDim {
        dims: Vec<usize>,
        shape: Vec<usize>,
    },
    Reshape {
        shape: Vec<usize>,
    },
    /// Output dimension `i` is input dimension `perm[i]`.
    Transpose {
        perm: Vec<usize>,
    },
    Slice {
        start: Vec<usize>,
        limit: Vec<usize>,
        stride: Vec<usize>,
    },
    Concatenate {
        axis: usize,
    },
    /// Inputs: operand, scalar padding value.
    Pad {
        low: Vec<usize>,
        high: Vec<usize>,
        interior: Vec<usize>,
    },
    Reverse {
        axes: Vec<usize>,
    },

    // --- reductions (the reduced axes are removed) ---
    ReduceSum {
        axes: Vec<usize>,
    },
    ReduceMax {
        axes: Vec<usize>,
    },
    ReduceMin {
        axes: Vec<usize>,
    },

    // --- linear algebra ---
    /// Output dims: batch, lhs free, rhs free. `out` overrides the result dtype (bf16 -> f32).
    DotGeneral {
        lhs_batch: Vec<usize>,
        rhs_batch: Vec<usize>,
        lhs_contract: Vec<usize>,
        rhs_contract: Vec<usize>,
        out: Option<DType>,
    },

    // --- convolution, windows, indexing, control flow (graph-ops) ---
    /// NHWC x HWIO convolution; see `conv::ConvAttrs`.
    Convolution {
        attrs: conv::ConvAttrs,
    },
    /// `reduce_window` over every axis with init value the reduction's identity.
    ReduceWindow {
        reduction: window::WindowReduction,
        window: Vec<usize>,
        strides: Vec<usize>,
        padding: Vec<(usize, usize)>,
    },
    /// Whole-row `gather` of a `[K, D..]` table by integer indices of any shape.
    GatherRows,
    /// Inputs: operand `[K, D..]`, indices, updates; adds updates into rows (`scatter`).
    ScatterAddRows,
    /// Inputs: operand, one scalar start per axis.
    DynamicSlice {
        sizes: Vec<usize>,
    },
    /// Inputs: operand, update, one scalar start per axis.
    DynamicUpdateSlice,
    /// Result `result` of a fixed-trip-count loop (`stablehlo.while`); see `control`.
    Scan {
        body: control::ScanBodyRef,
        result: usize,
    },
    /// Inputs: a saved value, the value it stands for (same type): forward the first,
    /// backward the second; a scan's reverse loop reads saved products this way
    /// (`residuals.rs`).
    StandIn,

    // --- sorting ---
    /// Sorts along `axis` (NaNs last for floats).
    Sort {
        axis: usize,
        descending: bool,
    },
}

impl Op {
    /// The op's name as errors and dumps print it.
    pub fn name(&self) -> &'static str {
        rule(self).name
    }
}
