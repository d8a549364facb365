//! Error messages: tracing errors name the op, the types and the caller's file:line; the
//! first error wins; autodiff and the verifier explain themselves.

use viper::graph::verify::verify_nodes;
use viper::graph::{grad, FunctionBuilder};
use viper::DType;

#[test]
fn shape_error_names_op_shapes_and_caller_line() {
    let f = FunctionBuilder::new("bad");
    let a = f.input("a", DType::F32, &[2, 3]);
    let b = f.input("b", DType::F32, &[4]);
    let line = line!() + 1;
    let c = &a + &b;
    let later = c.tanh() + &a; // poisoned inputs: no second error
    let error = f.finish(&[later]).unwrap_err().to_string();
    let expected = format!(
        "add: operand shapes must broadcast, got f32[2, 3] and f32[4] (traced at {}:{line}:",
        file!()
    );
    assert!(
        error.starts_with(&expected),
        "{error}\nexpected prefix: {expected}"
    );
}

#[test]
fn dtype_error_suggests_convert() {
    let f = FunctionBuilder::new("bad");
    let a = f.input("a", DType::F32, &[2]);
    let b = f.input("b", DType::F64, &[2]);
    let line = line!() + 1;
    let c = a.mul(&b);
    let error = f.finish(&[c]).unwrap_err().to_string();
    assert!(
        error.starts_with("multiply: operands must have the same dtype, got f32[2] and f64[2] (convert one with .convert(DType))"),
        "{error}"
    );
    assert!(error.contains(&format!("{}:{line}:", file!())), "{error}");
}

#[test]
fn matmul_error_points_at_the_matmul_call() {
    let f = FunctionBuilder::new("bad");
    let x = f.input("x", DType::F32, &[8, 3]);
    let w = f.input("w", DType::F32, &[4, 5]);
    let line = line!() + 1;
    let y = x.matmul(&w);
    let error = f.finish(&[y]).unwrap_err().to_string();
    assert!(
        error.starts_with(
            "dot_general: paired dimensions must have equal sizes, got lhs axis 1 (size 3) and rhs axis 0 (size 4) for f32[8, 3] and f32[4, 5]"
        ),
        "{error}"
    );
    assert!(error.contains(&format!("{}:{line}:", file!())), "{error}");
}

#[test]
fn grad_of_a_non_scalar_is_an_error_at_the_grad_call() {
    let f = FunctionBuilder::new("bad");
    let x = f.input("x", DType::F32, &[3]);
    let line = line!() + 1;
    let g = grad(&x.exp(), &[&x]);
    let error = f.finish(&g).unwrap_err().to_string();
    assert!(
        error.starts_with(
            "grad: needs a scalar floating-point loss, got f32[3] (use vjp for other outputs)"
        ),
        "{error}"
    );
    assert!(error.contains(&format!("{}:{line}:", file!())), "{error}");
}

#[test]
fn reshape_and_axis_errors_are_reported() {
    let f = FunctionBuilder::new("bad");
    let x = f.input("x", DType::F32, &[2, 3]);
    let error = f.finish(&[x.reshape(&[4])]).unwrap_err().to_string();
    assert!(
        error.starts_with("reshape: element count must not change, got f32[2, 3] (6 elements) to [4] (4 elements)"),
        "{error}"
    );
    let f = FunctionBuilder::new("bad");
    let x = f.input("x", DType::F32, &[2, 3]);
    let error = f.finish(&[x.sum(&[2])]).unwrap_err().to_string();
    assert!(
        error.starts_with("reduce_sum: axes [2] must be distinct axes of f32[2, 3]"),
        "{error}"
    );
}

#[test]
fn verifier_reports_node_op_and_neighbourhood() {
    let f = FunctionBuilder::new("ok");
    let x = f.input("x", DType::F32, &[2]);
    let y = x.tanh().exp();
    let function = f.finish(&[y]).unwrap();
    let mut nodes = function.nodes().to_vec();
    // Corrupt the recorded type of the tanh node (%1).
    nodes[1].ty = viper::graph::TensorType::new(DType::F32, &[3]);
    let error = verify_nodes(&nodes).unwrap_err().to_string();
    assert!(
        error.starts_with("verify: node %1 (tanh, traced at "),
        "{error}"
    );
    assert!(
        error.contains("recorded type f32[3] but the rule infers f32[2] from operands (f32[2])"),
        "{error}"
    );
    // The window shows the surrounding nodes in dump form.
    assert!(error.contains("%0 = parameter() : f32[2]"), "{error}");
    assert!(error.contains("%2 = exp(%1) : f32[2]"), "{error}");
}
