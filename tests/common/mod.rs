//! Shared by the graph integration tests: one session per test binary (the plugin is loaded
//! once), and helpers to run a traced program on host values.
#![allow(dead_code)]

use std::sync::OnceLock;
use viper::graph::{FunctionBuilder, Tensor};
use viper::session::Session;
use viper::HostTensor;

pub fn session() -> &'static Session {
    static SESSION: OnceLock<Session> = OnceLock::new();
    SESSION
        .get_or_init(|| Session::discover().expect("a PJRT plugin (run tools/install-pjrt-plugin)"))
}

/// Traces `program` over inputs shaped like `inputs`, runs it, returns the outputs.
pub fn run(inputs: &[HostTensor], program: impl Fn(&[Tensor]) -> Vec<Tensor>) -> Vec<HostTensor> {
    let f = FunctionBuilder::new("test");
    let xs: Vec<Tensor> = inputs
        .iter()
        .enumerate()
        .map(|(i, h)| f.input(&format!("x{i}"), h.dtype(), h.dims()))
        .collect();
    let ys = program(&xs);
    let function = f.finish(&ys).expect("traces");
    session().run(&function, inputs).expect("runs")
}

pub fn f32s(dims: &[usize], values: &[f32]) -> HostTensor {
    HostTensor::from_slice(dims, values).unwrap()
}

pub fn f64s(dims: &[usize], values: &[f64]) -> HostTensor {
    HostTensor::from_slice(dims, values).unwrap()
}

/// Asserts two value lists agree to `tol` (relative to magnitude, absolute near zero).
pub fn assert_close(got: &[f64], want: &[f64], tol: f64) {
    assert_eq!(got.len(), want.len(), "lengths differ: {got:?} vs {want:?}");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        let ok = (g - w).abs() <= tol * (1.0 + w.abs()) || (g.is_nan() && w.is_nan());
        assert!(
            ok,
            "element {i}: got {g}, want {w}\n got {got:?}\nwant {want:?}"
        );
    }
}
