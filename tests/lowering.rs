//! Lowering tests (no device): determinism, DCE, CSE, SPMD/donation attributes, verify and
//! error messages, and snapshot files under tests/snapshots/ (UPDATE_SNAPSHOTS=1 rewrites).

use viper::graph::{grad, FunctionBuilder, InputSpec, Sharding};
use viper::lower::to_stablehlo;
use viper::DType;

fn mlp_text() -> String {
    let f = FunctionBuilder::new("mlp");
    let x = f.input("x", DType::F32, &[8, 3]);
    let w = f.input("w", DType::F32, &[3, 4]);
    let loss = x.matmul(&w).tanh().sum_all();
    let g = grad(&loss, &[&w]);
    to_stablehlo(&f.finish(&[loss, g[0].clone()]).unwrap()).unwrap()
}

#[test]
fn prints_example() {
    println!("{}", mlp_text());
}
