//! Lowering tests (no device): determinism, DCE, CSE, SPMD and donation attributes, and
//! snapshot files under tests/snapshots/ that fail when the printed text changes
//! (`UPDATE_SNAPSHOTS=1 cargo test --test lowering` rewrites them; review the diff).

mod snapshot;
use snapshot::check_snapshot;

use viper::graph::{grad, Function, FunctionBuilder, InputSpec, Sharding, Tensor};
use viper::lower::to_stablehlo;
use viper::DType;

fn mlp(with_grad: bool) -> Function {
    let f = FunctionBuilder::new("mlp");
    let x = f.input("x", DType::F32, &[8, 3]);
    let w = f.input("w", DType::F32, &[3, 4]);
    let b = f.input("b", DType::F32, &[4]);
    let loss = (x.matmul(&w) + &b).tanh().square().mean_all();
    let mut outputs = vec![loss.clone()];
    if with_grad {
        outputs.extend(grad(&loss, &[&w, &b]));
    }
    f.finish(&outputs).unwrap()
}

fn text(f: &Function) -> String {
    to_stablehlo(f).unwrap()
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn lowering_is_deterministic() {
    assert_eq!(text(&mlp(true)), text(&mlp(true)));
}

#[test]
fn dead_code_is_removed() {
    let f = FunctionBuilder::new("dce");
    let x = f.input("x", DType::F32, &[4]);
    let _unused = x.exp().log();
    let y = x.tanh();
    let t = text(&f.finish(&[y]).unwrap());
    assert_eq!(count(&t, "stablehlo.exponential"), 0, "{t}");
    assert_eq!(count(&t, "stablehlo.log"), 0, "{t}");
    assert_eq!(count(&t, "stablehlo.tanh"), 1, "{t}");
}

#[test]
fn common_subexpressions_are_merged() {
    let f = FunctionBuilder::new("cse");
    let x = f.input("x", DType::F32, &[4]);
    let y = x.tanh() * 2.0 + x.tanh() * 2.0;
    let t = text(&f.finish(&[y]).unwrap());
    assert_eq!(count(&t, "stablehlo.tanh"), 1, "{t}");
    assert_eq!(count(&t, "stablehlo.multiply"), 1, "{t}");
    assert_eq!(count(&t, "stablehlo.constant"), 1, "{t}");
    assert_eq!(count(&t, "stablehlo.add"), 1, "{t}");
}

#[test]
fn spmd_and_donation_attributes_are_printed() {
    let f = FunctionBuilder::new("spmd");
    let x =
        f.input_with(InputSpec::new("x", DType::F32, &[8, 3]).sharded(Sharding::split(0, 2, 4)));
    let w = f.input_with(InputSpec::new("w", DType::F32, &[3, 4]).donated_to(1));
    let loss = x.matmul(&w).tanh().sum_all();
    let g = grad(&loss, &[&w]);
    let function = f.finish(&[loss, &w - &g[0]]).unwrap();
    let t = text(&function);
    assert!(t.starts_with(
        "module @spmd attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {\n  \
         func.func public @main(%arg0: tensor<8x3xf32> {mhlo.sharding = \"{devices=[4,1]0,1,2,3}\"}, \
         %arg1: tensor<3x4xf32> {mhlo.sharding = \"{replicated}\", tf.aliasing_output = 1 : i32}) \
         -> (tensor<f32> {mhlo.sharding = \"{replicated}\"}, tensor<3x4xf32> {mhlo.sharding = \"{replicated}\"}) {\n"
    ), "{t}");
    let tiled = function
        .with_output_shardings(vec![Sharding::Replicated, Sharding::split(1, 2, 4)])
        .unwrap();
    assert!(
        text(&tiled).contains("tensor<3x4xf32> {mhlo.sharding = \"{devices=[1,4]0,1,2,3}\"}) {")
    );
}

#[test]
fn inconsistent_device_counts_are_refused() {
    let f = FunctionBuilder::new("spmd");
    let a = f.input_with(InputSpec::new("a", DType::F32, &[8]).sharded(Sharding::split(0, 1, 4)));
    let b = f.input_with(InputSpec::new("b", DType::F32, &[8]).sharded(Sharding::split(0, 1, 2)));
    let error = f.finish(&[&a + &b]).unwrap_err().to_string();
    assert_eq!(
        error,
        "function `spmd`: input `b` is sharded over 2 devices, others over 4"
    );
}

fn movement_program() -> Function {
    let f = FunctionBuilder::new("movement");
    let x = f.input("x", DType::F32, &[2, 3]);
    let y = f.input("y", DType::F32, &[1, 3]);
    let joined = Tensor::concatenate(&[&x, &y], 0); // (3, 3)
    let moved = joined
        .transpose(&[1, 0])
        .reverse(&[0])
        .slice(&[0, 1], &[3, 3], &[2, 1]);
    let padded = moved.pad(&[1, 0], &[0, 2], &[1, 0], 0.5);
    let picked = x
        .gt(&x.scalar_like(0.0))
        .select(&x, &x.scalar_like(-1.0))
        .clamp(-0.5, 0.5);
    let stats = picked.max(&[1]) + picked.min(&[1]) + x.argmax(1).convert(DType::F32);
    f.finish(&[padded, stats, x.convert(DType::BF16)]).unwrap()
}

#[test]
fn snapshots_match() {
    check_snapshot("mlp_forward", &text(&mlp(false)));
    check_snapshot("mlp_grad", &text(&mlp(true)));
    check_snapshot("movement", &text(&movement_program()));
}

#[test]
fn bad_shardings_are_refused() {
    let f = FunctionBuilder::new("spmd");
    let x =
        f.input_with(InputSpec::new("x", DType::F32, &[6, 2]).sharded(Sharding::split(0, 2, 4)));
    let error = f.finish(&[x.sum_all()]).unwrap_err().to_string();
    assert_eq!(
        error,
        "function `spmd`: input `x`: f32[6, 2] axis 0 does not split evenly into 4 tiles"
    );
    let f = FunctionBuilder::new("spmd");
    let x =
        f.input_with(InputSpec::new("x", DType::F32, &[8, 2]).sharded(Sharding::split(0, 2, 4)));
    let function = f.finish(&[x.tanh()]).unwrap();
    let error = function
        .with_output_shardings(vec![Sharding::split(1, 2, 2)])
        .unwrap_err()
        .to_string();
    assert_eq!(
        error,
        "function `spmd`: output 0: sharded over 2 devices, the inputs over 4"
    );
}
