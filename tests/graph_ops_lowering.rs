//! Lowering of the graph-ops primitives: deterministic text (traced twice, printed twice),
//! small snapshot files under tests/snapshots/graph_ops_*.mlir (forward and gradient) that
//! fail when the printed text changes (`UPDATE_SNAPSHOTS=1 cargo test --test
//! graph_ops_lowering` rewrites them; review the diff), and the scan printing one `while`
//! shared by all of its result nodes.

mod snapshot;
use snapshot::check_snapshot;

use viper::graph::ops::control::scan;
use viper::graph::ops::conv::{ConvAttrs, ConvGradient, ConvTransposePadding};
use viper::graph::ops::random::RngKey;
use viper::graph::ops::window::WindowReduction;
use viper::graph::{grad, Function, FunctionBuilder, Tensor};
use viper::DType;

fn conv_program() -> Function {
    let f = FunctionBuilder::new("graph_ops_conv");
    let x = f.input("x", DType::F32, &[1, 4, 4, 2]);
    let w = f.input("w", DType::F32, &[2, 2, 2, 3]);
    let u = f.input("u", DType::F32, &[2, 2, 3, 2]);
    let y = x.conv(&w, &ConvAttrs::strided(&[2, 2], &[(0, 0), (0, 0)]));
    let z = y.conv_transpose(&u, &[2, 2], &ConvTransposePadding::Same, ConvGradient::Fast);
    let pooled = z.reduce_window(
        WindowReduction::Max,
        &[1, 2, 2, 1],
        &[1, 2, 2, 1],
        &[(0, 0); 4],
    );
    let loss = pooled.sum_all();
    let g = grad(&loss, &[&x, &w, &u]);
    f.finish(&[loss, g[0].clone(), g[1].clone(), g[2].clone()])
        .unwrap()
}

fn indexing_program() -> Function {
    let f = FunctionBuilder::new("graph_ops_indexing");
    let table = f.input("table", DType::F32, &[5, 3]);
    let idx = f.input("idx", DType::I32, &[2, 2]);
    let start = f.input("start", DType::I32, &[]);
    let rows = table.gather_rows(&idx);
    let window = table.dynamic_slice(&[&start, &start.full_like(0.0)], &[2, 3]);
    let loss = rows.cumsum(1, false).sum_all() + window.sum_all();
    let g = grad(&loss, &[&table]);
    let hot = idx.one_hot(5, DType::F32);
    f.finish(&[loss, g[0].clone(), hot]).unwrap()
}

fn scan_program() -> Function {
    let f = FunctionBuilder::new("graph_ops_scan");
    let h = f.input("h", DType::F32, &[2]);
    let xs = f.input("xs", DType::F32, &[3, 2]);
    let w = f.input("w", DType::F32, &[2]);
    let out = scan(3, &[&h], &[&xs], &[&w], false, &|c, x, inv| {
        let next = (&c[0] * &inv[0] + &x[0]).tanh();
        (vec![next.clone()], vec![next.sum_all()])
    });
    let loss = out.ys[0].sum_all() + out.carries[0].sum_all();
    let g = grad(&loss, &[&h, &xs, &w]);
    let key = f.input("key", DType::U32, &[2]);
    let noise = RngKey::new(&key).uniform(DType::F32, &[2]);
    f.finish(&[loss, g[0].clone(), g[1].clone(), g[2].clone(), noise])
        .unwrap()
}

fn text(f: &Function) -> String {
    viper::lower::to_stablehlo(f).unwrap()
}

#[test]
fn lowering_is_deterministic() {
    for build in [conv_program, indexing_program, scan_program] {
        assert_eq!(text(&build()), text(&build()));
    }
}

#[test]
fn snapshots_match() {
    check_snapshot("graph_ops_conv", &text(&conv_program()));
    check_snapshot("graph_ops_indexing", &text(&indexing_program()));
    check_snapshot("graph_ops_scan", &text(&scan_program()));
}

#[test]
fn a_scan_prints_one_while_for_all_its_results() {
    let f = FunctionBuilder::new("one_while");
    let h = f.input("h", DType::F32, &[2]);
    let xs = f.input("xs", DType::F32, &[4, 2]);
    let out = scan(4, &[&h], &[&xs], &[], false, &|c, x, _| {
        let next: Tensor = &c[0] + &x[0];
        (vec![next.clone()], vec![next])
    });
    let func = f
        .finish(&[out.carries[0].clone(), out.ys[0].clone()])
        .unwrap();
    let printed = text(&func);
    assert_eq!(
        printed.matches("\"stablehlo.while\"").count(),
        1,
        "{printed}"
    );
}

#[test]
fn a_scan_gradient_is_one_reverse_while_for_all_results() {
    let f = FunctionBuilder::new("one_reverse_while");
    let h = f.input("h", DType::F32, &[2]);
    let xs = f.input("xs", DType::F32, &[4, 2]);
    let out = scan(4, &[&h], &[&xs], &[], false, &|c, x, _| {
        let next = (&c[0] * &x[0]).tanh();
        (vec![next.clone()], vec![next.sum_all()])
    });
    // Both the final carry and the stacked outputs carry cotangents.
    let loss = out.carries[0].sum_all() + out.ys[0].sum_all();
    let g = grad(&loss, &[&h, &xs]);
    let func = f.finish(&[g[0].clone(), g[1].clone()]).unwrap();
    let printed = text(&func);
    assert_eq!(
        printed.matches("\"stablehlo.while\"").count(),
        2,
        "{printed}"
    );
}

#[test]
fn shape_errors_name_the_op_the_shapes_and_the_line() {
    let f = FunctionBuilder::new("bad_conv");
    let x = f.input("x", DType::F32, &[1, 8, 8, 3]);
    let w = f.input("w", DType::F32, &[3, 3, 4, 8]);
    let line = line!() + 1;
    let y = x.conv(&w, &ConvAttrs::unit(2));
    let err = f
        .finish(&[y])
        .expect_err("3 input features against a kernel for 4")
        .to_string();
    assert!(err.contains("convolution"), "{err}");
    assert!(
        err.contains("f32[1, 8, 8, 3]") && err.contains("f32[3, 3, 4, 8]"),
        "{err}"
    );
    assert!(
        err.contains(&format!("graph_ops_lowering.rs:{line}")),
        "{err}"
    );

    let f = FunctionBuilder::new("bad_gather");
    let table = f.input("table", DType::F32, &[4, 2]);
    let idx = f.input("idx", DType::F32, &[3]);
    let err = f
        .finish(&[table.gather_rows(&idx)])
        .expect_err("float indices")
        .to_string();
    assert!(
        err.contains("gather") && err.contains("integer indices"),
        "{err}"
    );

    let f = FunctionBuilder::new("bad_window");
    let x = f.input("x", DType::F32, &[4, 4]);
    let y = x.reduce_window(WindowReduction::Max, &[5, 1], &[1, 1], &[(0, 0), (0, 0)]);
    let err = f
        .finish(&[y])
        .expect_err("window larger than the input")
        .to_string();
    assert!(
        err.contains("reduce_window") && err.contains("does not fit"),
        "{err}"
    );

    let f = FunctionBuilder::new("bad_key");
    let k = f.input("k", DType::U32, &[3]);
    let u = RngKey::new(&k).uniform(DType::F32, &[2]);
    let err = f.finish(&[u]).expect_err("a key is u32[2]").to_string();
    assert!(err.contains("u32[2]"), "{err}");
}
