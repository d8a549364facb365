//! The op table: `rule(op)` is the crate's only exhaustive `match` on `Op`. It returns the
//! op's `OpRule`, which bundles everything the passes need: name, arity, shape rule, gradient
//! rule and lowering. The rules themselves live beside their tracing methods in the family
//! files; adding a primitive means one family entry plus one row here.

use super::{
    binary, control, conv, dynamic, gather, linalg, logic, movement, reduce, residuals, slicing,
    sort, source, unary, window, Op,
};
use crate::graph::shape::TensorType;
use crate::graph::tensor::Tensor;
use crate::lower::emit::{Emitter, LowerNode};

/// Shape and dtype rule: the result type, or a message `requires X, got Y` (the caller adds
/// the op name and the traced location).
pub type InferFn = fn(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String>;

/// Gradient rule: one optional cotangent per input, built with tracing methods so the
/// gradient is itself ordinary IR (and can be differentiated again).
pub type VjpFn = fn(args: &VjpArgs) -> Vec<Option<Tensor>>;

/// Custom lowering: print the node through the emitter's helpers.
pub type LowerFn = fn(emitter: &mut Emitter, node: &LowerNode);

/// What a VJP rule sees: the forward op, its inputs and output, and the output's cotangent.
pub struct VjpArgs<'a> {
    pub op: &'a Op,
    pub inputs: &'a [Tensor],
    pub output: &'a Tensor,
    pub cotangent: &'a Tensor,
    /// For multi-result ops (one node per result): takes the complete cotangent of an
    /// earlier node (a sibling result) so one rule call can handle every result at once; the
    /// sweep then skips that node. `None` when it has none (or comes later than this node).
    pub claim: &'a dyn Fn(crate::graph::ValueId) -> Option<Tensor>,
}

/// How reverse mode treats an op; decided here once, never per call site.
#[derive(Clone, Copy)]
pub enum Vjp {
    Rule(VjpFn),
    /// Derivative zero everywhere it exists (compare, floor, sign, stop_gradient, ...).
    Zero,
    /// Not differentiable yet: reverse mode reports the op by name if a gradient reaches it.
    Missing,
}

/// How lowering prints an op.
#[derive(Clone, Copy)]
pub enum Lower {
    /// One StableHLO op with the node's operands and no attributes, e.g. `stablehlo.add`.
    Op(&'static str),
    Custom(LowerFn),
}

/// Every fact about one primitive.
pub struct OpRule {
    /// The name errors and dumps use.
    pub name: &'static str,
    /// Number of operands; `None` for variadic ops (concatenate).
    pub arity: Option<usize>,
    pub infer: InferFn,
    pub vjp: Vjp,
    pub lower: Lower,
    /// Maps equal-shaped operands element by element.
    pub elementwise: bool,
}

/// The rule of `op`.
pub fn rule(op: &Op) -> &'static OpRule {
    match op {
        Op::Parameter { .. } => &source::PARAMETER,
        Op::Constant { .. } => &source::CONSTANT,
        Op::Iota { .. } => &source::IOTA,
        Op::Neg => &unary::NEG,
        Op::Exp => &unary::EXP,
        Op::Log => &unary::LOG,
        Op::Log1p => &unary::LOG1P,
        Op::Expm1 => &unary::EXPM1,
        Op::Tanh => &unary::TANH,
        Op::Logistic => &unary::LOGISTIC,
        Op::Sqrt => &unary::SQRT,
        Op::Rsqrt => &unary::RSQRT,
        Op::Abs => &unary::ABS,
        Op::Sign => &unary::SIGN,
        Op::Floor => &unary::FLOOR,
        Op::Sin => &unary::SIN,
        Op::Cos => &unary::COS,
        Op::Not => &unary::NOT,
        Op::Add => &binary::ADD,
        Op::Sub => &binary::SUB,
        Op::Mul => &binary::MUL,
        Op::Div => &binary::DIV,
        Op::Pow => &binary::POW,
        Op::Max => &binary::MAX,
        Op::Min => &binary::MIN,
        Op::And => &binary::AND,
        Op::Or => &binary::OR,
        Op::Xor => &binary::XOR,
        Op::ShiftLeft => &binary::SHIFT_LEFT,
        Op::ShiftRightLogical => &binary::SHIFT_RIGHT_LOGICAL,
        Op::ShiftRightArithmetic => &binary::SHIFT_RIGHT_ARITHMETIC,
        Op::Compare { .. } => &logic::COMPARE,
        Op::Select => &logic::SELECT,
        Op::Clamp => &logic::CLAMP,
        Op::Convert { .. } => &logic::CONVERT,
        Op::StopGradient => &logic::STOP_GRADIENT,
        Op::BroadcastInDim { .. } => &movement::BROADCAST_IN_DIM,
        Op::Reshape { .. } => &movement::RESHAPE,
        Op::Transpose { .. } => &movement::TRANSPOSE,
        Op::Slice { .. } => &slicing::SLICE,
        Op::Concatenate { .. } => &slicing::CONCATENATE,
        Op::Pad { .. } => &slicing::PAD,
        Op::Reverse { .. } => &movement::REVERSE,
        Op::ReduceSum { .. } => &reduce::REDUCE_SUM,
        Op::ReduceMax { .. } => &reduce::REDUCE_MAX,
        Op::ReduceMin { .. } => &reduce::REDUCE_MIN,
        Op::DotGeneral { .. } => &linalg::DOT_GENERAL,
        Op::Convolution { .. } => &conv::CONVOLUTION,
        Op::ReduceWindow { .. } => &window::REDUCE_WINDOW,
        Op::GatherRows => &gather::GATHER_ROWS,
        Op::ScatterAddRows => &gather::SCATTER_ADD_ROWS,
        Op::DynamicSlice { .. } => &dynamic::DYNAMIC_SLICE,
        Op::DynamicUpdateSlice => &dynamic::DYNAMIC_UPDATE_SLICE,
        Op::Scan { .. } => &control::SCAN,
        Op::StandIn => &residuals::STAND_IN,
        Op::Sort { .. } => &sort::SORT,
    }
}
