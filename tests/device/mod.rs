//! Test harness for running traced graphs on the default PJRT plugin: trace, lower, compile,
//! run on host tensors; and a finite-difference VJP checker in f64 using the projection
//! identity `<t, J^T c> = <J t, c>` with seeded random tangent `t` and cotangent `c`.
#![allow(dead_code)]

use crate::host_reference::{Array, SplitMix64};
use std::sync::OnceLock;
use viper::graph::{vjp, FunctionBuilder, Tensor};
use viper::runtime::{Client, CompileOptions, Input};
use viper::{DType, HostTensor};

pub fn client() -> Client {
    static CLIENT: OnceLock<Client> = OnceLock::new();
    CLIENT
        .get_or_init(|| match Client::new(None) {
            Ok(c) => c,
            Err(e) => panic!("no PJRT plugin for the device tests: {e}"),
        })
        .clone()
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
    let text = viper::lower::to_stablehlo(&func).unwrap_or_else(|e| panic!("{name}: {e}"));
    run_text(name, &text, &args.iter().map(Arg::host).collect::<Vec<_>>())
}

/// Compiles StableHLO text and runs it on host tensors.
pub fn run_text(name: &str, text: &str, inputs: &[HostTensor]) -> Vec<Array> {
    if let Ok(dir) = std::env::var("VIPER_TEST_DUMP") {
        let _ = std::fs::write(format!("{dir}/{name}.mlir"), text);
    }
    let client = client();
    let exe = client
        .compile(name, text, &CompileOptions::single_device())
        .unwrap_or_else(|e| panic!("{name}: compile failed: {e}\n{text}"));
    let buffers: Vec<_> = inputs
        .iter()
        .map(|h| client.to_device(h, 0).expect("host to device"))
        .collect();
    let outs = exe
        .execute(buffers.iter().map(Input::Borrowed).collect())
        .unwrap_or_else(|e| panic!("{name}: execute failed: {e}"));
    outs.iter()
        .map(|b| {
            let h = b.to_host().expect("device to host");
            Array::new(h.dims(), h.to_f64_vec())
        })
        .collect()
}

/// Finite-difference check of the VJP of `build` (one float output) with respect to every
/// f64 input, at the given points, in f64. Non-float inputs are held fixed.
pub fn check_vjp(name: &str, args: &[Arg], seed: u64, build: impl Fn(&[Tensor]) -> Tensor) {
    let mut rng = SplitMix64(seed);
    let float: Vec<usize> = (0..args.len())
        .filter(|&i| args[i].dtype == DType::F64)
        .collect();
    // First run: the output shape, so the cotangent input can be declared.
    let probe = run(&format!("{name}_probe"), args, |x| vec![build(x)]);
    let out_dims = probe[0].dims.clone();
    let cotangent = Array::random(&out_dims, &mut rng);
    let tangents: Vec<Array> = float
        .iter()
        .map(|&i| Array::random(&args[i].dims, &mut rng))
        .collect();
    let mut with_ct = args.to_vec();
    with_ct.push(Arg::f64(&cotangent));
    let grads = run(&format!("{name}_vjp"), &with_ct, |x| {
        let (inputs, ct) = x.split_at(args.len());
        let y = build(inputs);
        let wrt: Vec<&Tensor> = float.iter().map(|&i| &inputs[i]).collect();
        let mut outs = vec![y.clone()];
        outs.extend(vjp(&[&y], &[&ct[0]], &wrt));
        outs
    });
    let analytic: f64 = tangents
        .iter()
        .zip(&grads[1..])
        .map(|(t, g)| t.dot(g))
        .sum();
    let eps = 1e-5;
    let shifted = |sign: f64| {
        let mut moved = args.to_vec();
        for (k, &i) in float.iter().enumerate() {
            for (v, t) in moved[i].values.iter_mut().zip(&tangents[k].data) {
                *v += sign * eps * t;
            }
        }
        run(&format!("{name}_fd"), &moved, |x| vec![build(x)]).remove(0)
    };
    let numeric = (shifted(1.0).dot(&cotangent) - shifted(-1.0).dot(&cotangent)) / (2.0 * eps);
    let scale = analytic.abs().max(numeric.abs()).max(1.0);
    assert!(
        (analytic - numeric).abs() <= 1e-6 * scale,
        "{name}: <t, J^T c> = {analytic} but finite differences give <J t, c> = {numeric}"
    );
}

/// Second order: checks the VJP of `x -> <vjp(build, c)(x), u>` (a gradient of a gradient)
/// with fixed random `c` and `u`, for the f64 inputs.
pub fn check_vjp_order2(name: &str, args: &[Arg], seed: u64, build: impl Fn(&[Tensor]) -> Tensor) {
    let probe = run(&format!("{name}_probe2"), args, |x| vec![build(x)]);
    let mut rng = SplitMix64(seed ^ 0x5EED);
    let c = Array::random(&probe[0].dims, &mut rng);
    let float: Vec<usize> = (0..args.len())
        .filter(|&i| args[i].dtype == DType::F64)
        .collect();
    let us: Vec<Array> = float
        .iter()
        .map(|&i| Array::random(&args[i].dims, &mut rng))
        .collect();
    check_vjp(&format!("{name}_order2"), args, seed, |x| {
        let y = build(x);
        let ct = constant(&y, &c);
        let wrt: Vec<&Tensor> = float.iter().map(|&i| &x[i]).collect();
        let grads = vjp(&[&y], &[&ct], &wrt);
        let mut total: Option<Tensor> = None;
        for (g, u) in grads.iter().zip(&us) {
            let term = (g * &constant(g, u)).sum_all();
            total = Some(match total {
                None => term,
                Some(t) => t + term,
            });
        }
        total.expect("at least one float input")
    });
}

/// An f64 constant holding `a` in `like`'s graph.
pub fn constant(like: &Tensor, a: &Array) -> Tensor {
    let host = HostTensor::from_slice(&a.dims, &a.data).expect("constant");
    let op = viper::graph::Op::Constant {
        literal: viper::graph::ops::Literal::from_host(&host),
        ty: viper::graph::TensorType::new(DType::F64, &a.dims),
    };
    like.apply_source(op)
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
