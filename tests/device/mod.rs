//! Test harness of the graph-ops tests: inputs as f64 arrays of any dtype, running traced
//! programs through the shared session, and thin wrappers over `viper::testing::check_vjp`
//! (the project's finite-difference VJP checker, orders 1 and 2).
#![allow(dead_code)]

use crate::host_reference::Array;
use std::sync::OnceLock;
use viper::graph::{FunctionBuilder, Tensor};
use viper::session::Session;
use viper::{DType, HostTensor};

/// One session (compile cache) shared by the tests of a binary.
pub fn session() -> &'static Session {
    static SESSION: OnceLock<Session> = OnceLock::new();
    SESSION.get_or_init(|| match Session::discover() {
        Ok(s) => s,
        Err(e) => {
            panic!("no PJRT plugin for the device tests (run tools/install-pjrt-plugin): {e}")
        }
    })
}

/// An input of a traced test function: its dtype, shape and values (as f64).
#[derive(Clone, Debug)]
pub struct Arg {
    pub dtype: DType,
    pub dims: Vec<usize>,
    pub values: Vec<f64>,
}

impl Arg {
    pub fn f64(a: &Array) -> Arg {
        Arg {
            dtype: DType::F64,
            dims: a.dims.clone(),
            values: a.data.clone(),
        }
    }

    pub fn f32(a: &Array) -> Arg {
        Arg {
            dtype: DType::F32,
            dims: a.dims.clone(),
            values: a.data.clone(),
        }
    }

    pub fn ints(dtype: DType, dims: &[usize], values: &[i64]) -> Arg {
        Arg {
            dtype,
            dims: dims.to_vec(),
            values: values.iter().map(|&v| v as f64).collect(),
        }
    }

    pub fn host(&self) -> HostTensor {
        let d = &self.dims;
        let v = &self.values;
        let t = match self.dtype {
            DType::F64 => HostTensor::from_slice(d, v),
            DType::F32 => {
                HostTensor::from_slice(d, &v.iter().map(|&x| x as f32).collect::<Vec<_>>())
            }
            DType::I32 => {
                HostTensor::from_slice(d, &v.iter().map(|&x| x as i32).collect::<Vec<_>>())
            }
            DType::I64 => {
                HostTensor::from_slice(d, &v.iter().map(|&x| x as i64).collect::<Vec<_>>())
            }
            DType::U32 => {
                HostTensor::from_slice(d, &v.iter().map(|&x| x as u32).collect::<Vec<_>>())
            }
            other => panic!("test harness: unsupported input dtype {other}"),
        };
        t.expect("test input")
    }
}

/// Traces `build` over inputs of `args`' types, then runs it on `args`' values; returns every
/// output as f64 arrays.
pub fn run(name: &str, args: &[Arg], build: impl Fn(&[Tensor]) -> Vec<Tensor>) -> Vec<Array> {
    let f = FunctionBuilder::new(name);
    let inputs: Vec<Tensor> = args
        .iter()
        .enumerate()
        .map(|(i, a)| f.input(&format!("in{i}"), a.dtype, &a.dims))
        .collect();
    let outputs = build(&inputs);
    let func = f
        .finish(&outputs)
        .unwrap_or_else(|e| panic!("{name}: tracing failed: {e}"));
    if let Ok(dir) = std::env::var("VIPER_TEST_DUMP") {
        let text = viper::lower::to_stablehlo(&func).unwrap_or_else(|e| panic!("{name}: {e}"));
        let _ = std::fs::write(format!("{dir}/{name}.mlir"), text);
    }
    let hosts: Vec<HostTensor> = args.iter().map(Arg::host).collect();
    session()
        .run(&func, &hosts)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .iter()
        .map(|h| Array::new(h.dims(), h.to_f64_vec()))
        .collect()
}

/// Finite-difference check (viper::testing, order 1) of the VJP of `build` with respect to
/// every f64 input; other inputs are held fixed.
pub fn check_vjp(name: &str, args: &[Arg], seed: u64, build: impl Fn(&[Tensor]) -> Tensor) {
    check_order(name, args, seed, build, 1);
}

/// The same check at order 2: the gradient of the gradient.
pub fn check_vjp_order2(name: &str, args: &[Arg], seed: u64, build: impl Fn(&[Tensor]) -> Tensor) {
    check_order(name, args, seed, build, 2);
}

fn check_order(
    name: &str,
    args: &[Arg],
    seed: u64,
    build: impl Fn(&[Tensor]) -> Tensor,
    order: usize,
) {
    let hosts: Vec<HostTensor> = args.iter().map(Arg::host).collect();
    let program = |x: &[Tensor]| vec![build(x)];
    if let Err(e) = viper::testing::check_vjp(session(), name, &hosts, &program, order, seed) {
        panic!("{e}");
    }
}

/// Asserts two arrays agree to `tol` (absolute, scaled by max(1, |expected|)).
pub fn assert_close(name: &str, got: &Array, expected: &Array, tol: f64) {
    assert_eq!(got.dims, expected.dims, "{name}: shape");
    for (i, (g, e)) in got.data.iter().zip(&expected.data).enumerate() {
        assert!(
            g == e || (g - e).abs() <= tol * e.abs().max(1.0),
            "{name}: element {i}: got {g}, expected {e}"
        );
    }
}
