//! Elementwise unary ops. For each: the tracing method, the shape rule (shared: the result
//! has the operand's type), the VJP written with tracing methods, and the StableHLO op.

use super::table::{Lower, OpRule, Vjp, VjpArgs};
use super::Op;
use crate::graph::shape::TensorType;
use crate::graph::tensor::Tensor;

fn float_infer(_op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let t = inputs[0];
    if t.dtype.is_float() {
        Ok(t.clone())
    } else {
        Err(format!("requires a floating-point operand, got {t}"))
    }
}

fn numeric_infer(_op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let t = inputs[0];
    if t.dtype == crate::dtype::DType::Bool {
        Err(format!("requires a numeric operand, got {t}"))
    } else {
        Ok(t.clone())
    }
}

fn logical_infer(_op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let t = inputs[0];
    if t.dtype.is_float() {
        Err(format!("requires a bool or integer operand, got {t}"))
    } else {
        Ok(t.clone())
    }
}

macro_rules! unary_rule {
    ($static:ident, $name:literal, $infer:ident, $vjp:expr, $hlo:literal) => {
        pub static $static: OpRule = OpRule {
            name: $name,
            arity: Some(1),
            infer: $infer,
            vjp: $vjp,
            lower: Lower::Op($hlo),
            elementwise: true,
        };
    };
}

unary_rule!(
    NEG,
    "negate",
    numeric_infer,
    Vjp::Rule(neg_vjp),
    "stablehlo.negate"
);
unary_rule!(
    EXP,
    "exp",
    float_infer,
    Vjp::Rule(exp_vjp),
    "stablehlo.exponential"
);
unary_rule!(LOG, "log", float_infer, Vjp::Rule(log_vjp), "stablehlo.log");
unary_rule!(
    LOG1P,
    "log1p",
    float_infer,
    Vjp::Rule(log1p_vjp),
    "stablehlo.log_plus_one"
);
unary_rule!(
    EXPM1,
    "expm1",
    float_infer,
    Vjp::Rule(expm1_vjp),
    "stablehlo.exponential_minus_one"
);
unary_rule!(
    TANH,
    "tanh",
    float_infer,
    Vjp::Rule(tanh_vjp),
    "stablehlo.tanh"
);
unary_rule!(
    LOGISTIC,
    "logistic",
    float_infer,
    Vjp::Rule(logistic_vjp),
    "stablehlo.logistic"
);
unary_rule!(
    SQRT,
    "sqrt",
    float_infer,
    Vjp::Rule(sqrt_vjp),
    "stablehlo.sqrt"
);
unary_rule!(
    RSQRT,
    "rsqrt",
    float_infer,
    Vjp::Rule(rsqrt_vjp),
    "stablehlo.rsqrt"
);
unary_rule!(
    ABS,
    "abs",
    numeric_infer,
    Vjp::Rule(abs_vjp),
    "stablehlo.abs"
);
unary_rule!(SIGN, "sign", numeric_infer, Vjp::Zero, "stablehlo.sign");
unary_rule!(FLOOR, "floor", float_infer, Vjp::Zero, "stablehlo.floor");
unary_rule!(
    SIN,
    "sin",
    float_infer,
    Vjp::Rule(sin_vjp),
    "stablehlo.sine"
);
unary_rule!(
    COS,
    "cos",
    float_infer,
    Vjp::Rule(cos_vjp),
    "stablehlo.cosine"
);
unary_rule!(NOT, "not", logical_infer, Vjp::Zero, "stablehlo.not");

fn neg_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![Some(-a.cotangent)]
}

fn exp_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![Some(a.cotangent * a.output)]
}

fn log_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![Some(a.cotangent / &a.inputs[0])]
}

fn log1p_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![Some(a.cotangent / (&a.inputs[0] + 1.0))]
}

// d expm1(x) = exp(x) = expm1(x) + 1
fn expm1_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![Some(a.cotangent * (a.output + 1.0))]
}

// d tanh(x) = 1 - tanh(x)^2
fn tanh_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![Some(a.cotangent * (1.0 - a.output * a.output))]
}

// d sigmoid(x) = sigmoid(x) (1 - sigmoid(x))
fn logistic_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![Some(a.cotangent * a.output * (1.0 - a.output))]
}

// d sqrt(x) = 1 / (2 sqrt(x))
fn sqrt_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![Some(a.cotangent * 0.5 / a.output)]
}

// d x^(-1/2) = -1/2 x^(-3/2) = -1/2 rsqrt(x) / x
fn rsqrt_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![Some(a.cotangent * a.output * -0.5 / &a.inputs[0])]
}

fn abs_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![Some(a.cotangent * a.inputs[0].sign())]
}

fn sin_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![Some(a.cotangent * a.inputs[0].cos())]
}

fn cos_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![Some(-(a.cotangent * a.inputs[0].sin()))]
}

macro_rules! unary_methods {
    ($($(#[$doc:meta])* $method:ident => $op:ident;)*) => {
        impl Tensor {
            $(
                $(#[$doc])*
                #[track_caller]
                pub fn $method(&self) -> Tensor {
                    Tensor::apply(Op::$op, &[self])
                }
            )*
        }
    };
}

unary_methods! {
    /// `-x`.
    neg => Neg;
    /// `e^x`.
    exp => Exp;
    /// Natural logarithm.
    log => Log;
    /// `log(1 + x)`, accurate near 0.
    log1p => Log1p;
    /// `e^x - 1`, accurate near 0.
    expm1 => Expm1;
    tanh => Tanh;
    /// The logistic sigmoid `1 / (1 + e^-x)`.
    sigmoid => Logistic;
    sqrt => Sqrt;
    /// `1 / sqrt(x)`.
    rsqrt => Rsqrt;
    abs => Abs;
    /// -1, 0 or 1 (gradient zero).
    sign => Sign;
    /// Round down (gradient zero).
    floor => Floor;
    sin => Sin;
    cos => Cos;
    /// Logical not (bool) or bitwise not (integers).
    not => Not;
}
