//! Elementwise binary ops. Primitives take two operands of one type; the tracing methods
//! broadcast numpy-style first (`Tensor::broadcast_pair`, written once), so VJP rules never
//! need to un-broadcast: the broadcast's own VJP sums the cotangent back.

use super::table::{Lower, OpRule, Vjp, VjpArgs};
use super::Op;
use crate::dtype::DType;
use crate::graph::shape::TensorType;
use crate::graph::tensor::Tensor;

fn same_type(inputs: &[&TensorType]) -> Result<TensorType, String> {
    let (a, b) = (inputs[0], inputs[1]);
    if a != b {
        return Err(format!("operands must have equal types, got {a} and {b}"));
    }
    Ok(a.clone())
}

fn arithmetic_infer(_op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let t = same_type(inputs)?;
    if t.dtype == DType::Bool {
        return Err(format!("requires numeric operands, got {t} and {t}"));
    }
    Ok(t)
}

fn float_infer(_op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let t = same_type(inputs)?;
    if !t.dtype.is_float() {
        return Err(format!("requires floating-point operands, got {t} and {t}"));
    }
    Ok(t)
}

fn logical_infer(_op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let t = same_type(inputs)?;
    if t.dtype.is_float() {
        return Err(format!(
            "requires bool or integer operands, got {t} and {t}"
        ));
    }
    Ok(t)
}

fn shift_infer(_op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let t = same_type(inputs)?;
    if !t.dtype.is_integer() {
        return Err(format!("requires integer operands, got {t} and {t}"));
    }
    Ok(t)
}

macro_rules! binary_rule {
    ($static:ident, $name:literal, $infer:ident, $vjp:expr, $hlo:literal) => {
        pub static $static: OpRule = OpRule {
            name: $name,
            arity: Some(2),
            infer: $infer,
            vjp: $vjp,
            lower: Lower::Op($hlo),
            elementwise: true,
        };
    };
}

binary_rule!(
    ADD,
    "add",
    arithmetic_infer,
    Vjp::Rule(add_vjp),
    "stablehlo.add"
);
binary_rule!(
    SUB,
    "subtract",
    arithmetic_infer,
    Vjp::Rule(sub_vjp),
    "stablehlo.subtract"
);
binary_rule!(
    MUL,
    "multiply",
    arithmetic_infer,
    Vjp::Rule(mul_vjp),
    "stablehlo.multiply"
);
binary_rule!(
    DIV,
    "divide",
    arithmetic_infer,
    Vjp::Rule(div_vjp),
    "stablehlo.divide"
);
binary_rule!(
    POW,
    "power",
    float_infer,
    Vjp::Rule(pow_vjp),
    "stablehlo.power"
);
binary_rule!(
    MAX,
    "maximum",
    arithmetic_infer,
    Vjp::Rule(max_vjp),
    "stablehlo.maximum"
);
binary_rule!(
    MIN,
    "minimum",
    arithmetic_infer,
    Vjp::Rule(min_vjp),
    "stablehlo.minimum"
);
binary_rule!(AND, "and", logical_infer, Vjp::Zero, "stablehlo.and");
binary_rule!(OR, "or", logical_infer, Vjp::Zero, "stablehlo.or");
binary_rule!(XOR, "xor", logical_infer, Vjp::Zero, "stablehlo.xor");
binary_rule!(
    SHIFT_LEFT,
    "shift_left",
    shift_infer,
    Vjp::Zero,
    "stablehlo.shift_left"
);
binary_rule!(
    SHIFT_RIGHT_LOGICAL,
    "shift_right_logical",
    shift_infer,
    Vjp::Zero,
    "stablehlo.shift_right_logical"
);
binary_rule!(
    SHIFT_RIGHT_ARITHMETIC,
    "shift_right_arithmetic",
    shift_infer,
    Vjp::Zero,
    "stablehlo.shift_right_arithmetic"
);

fn add_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![Some(a.cotangent.clone()), Some(a.cotangent.clone())]
}

fn sub_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    vec![Some(a.cotangent.clone()), Some(-a.cotangent)]
}

fn mul_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let (x, y) = (&a.inputs[0], &a.inputs[1]);
    vec![Some(a.cotangent * y), Some(a.cotangent * x)]
}

// d(x/y)/dy = -x/y^2 = -(x/y)/y
fn div_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let y = &a.inputs[1];
    vec![Some(a.cotangent / y), Some(-(a.cotangent * a.output / y))]
}

// d x^y/dx = y x^(y-1); d x^y/dy = x^y log x, taken as 0 where x = 0 (the limit for y > 0).
fn pow_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let (x, y) = (&a.inputs[0], &a.inputs[1]);
    let dx = a.cotangent * y * x.pow(&(y - 1.0));
    let x_is_zero = x.eq(&x.zeros_like());
    let safe_x = x_is_zero.select(&x.full_like(1.0), x);
    let dy = a.cotangent * a.output * safe_x.log();
    vec![Some(dx), Some(dy)]
}

/// Share of the cotangent that goes to `x` in max(x, y): 1 where x wins, 1/2 on ties.
fn winner_share(x: &Tensor, y: &Tensor, x_wins: Tensor) -> Tensor {
    let dtype = x.dtype();
    x_wins.convert(dtype) + x.eq(y).convert(dtype) * 0.5
}

// Ties split the cotangent evenly, so the gradient is the average of the one-sided ones.
fn max_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let (x, y) = (&a.inputs[0], &a.inputs[1]);
    let share = winner_share(x, y, x.gt(y));
    vec![
        Some(a.cotangent * &share),
        Some(a.cotangent * (1.0 - share)),
    ]
}

fn min_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let (x, y) = (&a.inputs[0], &a.inputs[1]);
    let share = winner_share(x, y, x.lt(y));
    vec![
        Some(a.cotangent * &share),
        Some(a.cotangent * (1.0 - share)),
    ]
}

macro_rules! binary_methods {
    ($($(#[$doc:meta])* $method:ident => $op:ident;)*) => {
        impl Tensor {
            $(
                $(#[$doc])*
                #[track_caller]
                pub fn $method(&self, other: &Tensor) -> Tensor {
                    let (a, b) = self.broadcast_pair(other, Op::$op.name());
                    Tensor::apply(Op::$op, &[&a, &b])
                }
            )*
        }
    };
}

binary_methods! {
    /// `self + other` (numpy broadcasting; equal dtypes).
    add => Add;
    sub => Sub;
    mul => Mul;
    /// Division (truncating for integers).
    div => Div;
    /// `self ^ other` (floats).
    pow => Pow;
    /// Elementwise maximum; on ties the gradient is split evenly.
    maximum => Max;
    /// Elementwise minimum; on ties the gradient is split evenly.
    minimum => Min;
    /// Logical (bool) or bitwise (integer) and.
    and => And;
    or => Or;
    xor => Xor;
    shift_left => ShiftLeft;
    /// Shift right filling with zeros.
    shift_right_logical => ShiftRightLogical;
    /// Shift right filling with the sign bit.
    shift_right_arithmetic => ShiftRightArithmetic;
}

impl Tensor {
    /// A scalar of this tensor's dtype, broadcast against it (f64 scalars adopt the dtype).
    #[track_caller]
    pub fn scalar_like(&self, value: f64) -> Tensor {
        self.constant_like(value, self.dtype(), &[])
    }

    /// `self ^ exponent` for a constant exponent.
    #[track_caller]
    pub fn powf(&self, exponent: f64) -> Tensor {
        self.pow(&self.full_like(exponent))
    }

    /// `self * self`.
    #[track_caller]
    pub fn square(&self) -> Tensor {
        self.mul(self)
    }
}
