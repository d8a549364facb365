//! Helpers shared by the integration tests that run on the installed default PJRT plugin:
//! runtime helpers (a shared client, typed test tensors) and graph helpers (a shared session,
//! running a traced program on host values).
#![allow(dead_code)]

use std::sync::OnceLock;

use half::{bf16, f16};
use viper::graph::{FunctionBuilder, Tensor};
use viper::runtime::Client;
use viper::session::Session;
use viper::{DType, HostTensor};

/// One client shared by the tests of this binary (plugins are initialised once per process).
pub fn client() -> Client {
    static CLIENT: OnceLock<Client> = OnceLock::new();
    CLIENT
        .get_or_init(|| match Client::new(None) {
            Ok(c) => c,
            Err(e) => panic!("no PJRT plugin for the runtime tests: {e}"),
        })
        .clone()
}

/// The plugins a test should cover: `None` (the discovered default), then the file named by
/// `VIPER_TEST_PLUGIN_ALT` if set (e.g. `tools/install-pjrt-plugin --package
/// lammps-jax-pjrt-cpu`).
pub fn plugins_to_test() -> Vec<Option<std::path::PathBuf>> {
    let mut plugins = vec![None];
    match std::env::var_os("VIPER_TEST_PLUGIN_ALT") {
        Some(alt) => plugins.push(Some(alt.into())),
        None => eprintln!("VIPER_TEST_PLUGIN_ALT not set: alternative plugin not tested"),
    }
    plugins
}

/// A host tensor of `dtype` whose values are `f(i)` converted to the dtype.
pub fn tensor_of(dtype: DType, dims: &[usize], f: impl Fn(usize) -> f64) -> HostTensor {
    let n: usize = dims.iter().product();
    let v: Vec<f64> = (0..n).map(f).collect();
    let t = match dtype {
        DType::Bool => {
            HostTensor::from_slice(dims, &v.iter().map(|&x| x != 0.0).collect::<Vec<_>>())
        }
        DType::U8 => HostTensor::from_slice(dims, &v.iter().map(|&x| x as u8).collect::<Vec<_>>()),
        DType::I32 => {
            HostTensor::from_slice(dims, &v.iter().map(|&x| x as i32).collect::<Vec<_>>())
        }
        DType::I64 => {
            HostTensor::from_slice(dims, &v.iter().map(|&x| x as i64).collect::<Vec<_>>())
        }
        DType::U32 => {
            HostTensor::from_slice(dims, &v.iter().map(|&x| x as u32).collect::<Vec<_>>())
        }
        DType::U64 => {
            HostTensor::from_slice(dims, &v.iter().map(|&x| x as u64).collect::<Vec<_>>())
        }
        DType::F16 => HostTensor::from_slice(
            dims,
            &v.iter().map(|&x| f16::from_f64(x)).collect::<Vec<_>>(),
        ),
        DType::BF16 => HostTensor::from_slice(
            dims,
            &v.iter().map(|&x| bf16::from_f64(x)).collect::<Vec<_>>(),
        ),
        DType::F32 => {
            HostTensor::from_slice(dims, &v.iter().map(|&x| x as f32).collect::<Vec<_>>())
        }
        DType::F64 => HostTensor::from_slice(dims, &v),
    };
    t.expect("test tensor")
}

/// Values rounded to f32, as a device holding f32 returns them.
pub fn as_f32(values: &[f64]) -> Vec<f64> {
    values.iter().map(|&v| f64::from(v as f32)).collect()
}

pub fn assert_close(got: &[f64], want: &[f64], tol: f64, what: &str) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert!(
            (g - w).abs() <= tol * (1.0 + w.abs()),
            "{what}: element {i}: got {g}, want {w}"
        );
    }
}

/// One session shared by the graph tests of this binary.
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
pub fn assert_near(got: &[f64], want: &[f64], tol: f64) {
    assert_eq!(got.len(), want.len(), "lengths differ: {got:?} vs {want:?}");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        let ok = (g - w).abs() <= tol * (1.0 + w.abs()) || (g.is_nan() && w.is_nan());
        assert!(
            ok,
            "element {i}: got {g}, want {w}\n got {got:?}\nwant {want:?}"
        );
    }
}
