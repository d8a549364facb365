//! Harness of the `nn` tests: traces a layer with its parameters (data inputs first, then the
//! parameters the scope creates), initialises the parameters with `ParamTree::init`, runs the
//! function on the shared session and returns outputs and parameter values as f64 vectors,
//! so the host reference can recompute the layer in plain loops.
#![allow(dead_code)]

use std::sync::OnceLock;
use viper::graph::{FunctionBuilder, Tensor};
use viper::nn::{ParamTree, Scope};
use viper::session::Session;
use viper::testing::Rng;
use viper::{DType, HostTensor};

pub fn session() -> &'static Session {
    static SESSION: OnceLock<Session> = OnceLock::new();
    SESSION.get_or_init(|| match Session::discover() {
        Ok(s) => s,
        Err(e) => panic!("no PJRT plugin for the nn tests (run tools/install-pjrt-plugin): {e}"),
    })
}

/// Outputs (as f64, with their dims) and the parameter values used.
pub struct Ran {
    pub outputs: Vec<(Vec<usize>, Vec<f64>)>,
    pub params: ParamTree,
}

impl Ran {
    pub fn out(&self, k: usize) -> &[f64] {
        &self.outputs[k].1
    }

    pub fn dims(&self, k: usize) -> &[usize] {
        &self.outputs[k].0
    }

    pub fn param(&self, name: &str) -> Vec<f64> {
        self.params
            .get(name)
            .unwrap_or_else(|| panic!("no parameter `{name}`"))
            .to_f64_vec()
    }
}

/// Traces `build(scope, data inputs)`, initialises the parameters from `seed` (then applies
/// `tweak`, e.g. to make a zero-initialised bias non-zero) and runs on `data`.
pub fn run_layer_with(
    name: &str,
    data: &[HostTensor],
    seed: u64,
    tweak: impl Fn(&mut ParamTree),
    build: impl Fn(&Scope, &[Tensor]) -> Vec<Tensor>,
) -> Ran {
    let fb = FunctionBuilder::new(name);
    let inputs: Vec<Tensor> = data
        .iter()
        .enumerate()
        .map(|(i, h)| fb.input(&format!("data{i}"), h.dtype(), h.dims()))
        .collect();
    let scope = Scope::new(&fb);
    let outputs = build(&scope, &inputs);
    let function = fb
        .finish(&outputs)
        .unwrap_or_else(|e| panic!("{name}: tracing failed: {e}"));
    let specs = scope.param_specs();
    let mut params = ParamTree::init(&specs, seed).expect("init");
    tweak(&mut params);
    let mut args = data.to_vec();
    args.extend(params.ordered(&specs).expect("ordered params"));
    let results = session()
        .run(&function, &args)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    Ran {
        outputs: results
            .iter()
            .map(|h| (h.dims().to_vec(), h.to_f64_vec()))
            .collect(),
        params,
    }
}

pub fn run_layer(
    name: &str,
    data: &[HostTensor],
    seed: u64,
    build: impl Fn(&Scope, &[Tensor]) -> Vec<Tensor>,
) -> Ran {
    run_layer_with(name, data, seed, |_| {}, build)
}

/// Replaces every parameter whose name ends with `suffix` by seeded normal values (so tests
/// see non-trivial biases and norm scales instead of zeros and ones).
pub fn randomize(tree: &mut ParamTree, suffix: &str, seed: u64) {
    let names: Vec<String> = tree
        .names()
        .filter(|n| n.ends_with(suffix))
        .map(str::to_string)
        .collect();
    let mut rng = Rng::new(seed);
    for name in names {
        let old = tree.get(&name).unwrap();
        let values: Vec<f64> = (0..old.element_count()).map(|_| rng.normal()).collect();
        let new = host(old.dtype(), old.dims(), &values);
        tree.set(&name, new).unwrap();
    }
}

/// A host tensor of a float dtype (f64, f32 or bf16) from f64 values.
pub fn host(dtype: DType, dims: &[usize], values: &[f64]) -> HostTensor {
    match dtype {
        DType::F64 => HostTensor::from_slice(dims, values).unwrap(),
        DType::F32 => {
            let v: Vec<f32> = values.iter().map(|&x| x as f32).collect();
            HostTensor::from_slice(dims, &v).unwrap()
        }
        DType::BF16 => {
            let v: Vec<half::bf16> = values.iter().map(|&x| half::bf16::from_f64(x)).collect();
            HostTensor::from_slice(dims, &v).unwrap()
        }
        other => panic!("test harness: unsupported dtype {other}"),
    }
}

/// Seeded standard-normal values.
pub fn normals(seed: u64, n: usize) -> Vec<f64> {
    let mut rng = Rng::new(seed);
    (0..n).map(|_| rng.normal()).collect()
}

/// Asserts `got` and `expected` agree to `tol`, scaled by max(1, |expected|).
pub fn assert_close(name: &str, got: &[f64], expected: &[f64], tol: f64) {
    assert_eq!(got.len(), expected.len(), "{name}: length");
    for (i, (g, e)) in got.iter().zip(expected).enumerate() {
        assert!(
            (g - e).abs() <= tol * e.abs().max(1.0),
            "{name}: element {i}: got {g}, expected {e}"
        );
    }
}

/// Finite-difference check (`viper::testing::check_vjp`, order 1, f64) of `build` with
/// respect to every f64 data input and every parameter: the parameters are initialised
/// (then scale/bias randomised), passed as inputs, and bound with `Scope::from_params`.
pub fn check_layer_vjp(
    name: &str,
    data: &[HostTensor],
    seed: u64,
    build: impl Fn(&Scope, &[Tensor]) -> Tensor,
) {
    check_vjp_with_params(name, data, seed, build, |specs| {
        let mut tree = ParamTree::init(specs, seed).expect("init");
        randomize(&mut tree, "scale", seed + 1);
        randomize(&mut tree, "bias", seed + 2);
        tree.ordered(specs).expect("ordered")
    });
}

/// The finite-difference check of `build` over its data inputs and its parameters, whose
/// values `params` chooses from their specs (creation order).
#[allow(dead_code)] // each test binary uses a subset of this module
pub fn check_vjp_with_params(
    name: &str,
    data: &[HostTensor],
    seed: u64,
    build: impl Fn(&Scope, &[Tensor]) -> Tensor,
    params: impl FnOnce(&[viper::nn::ParamSpec]) -> Vec<HostTensor>,
) {
    let fb = FunctionBuilder::new(name);
    let inputs: Vec<Tensor> = data
        .iter()
        .enumerate()
        .map(|(i, h)| fb.input(&format!("data{i}"), h.dtype(), h.dims()))
        .collect();
    let scope = Scope::new(&fb);
    build(&scope, &inputs);
    let specs = scope.param_specs();
    let mut args = data.to_vec();
    args.extend(params(&specs));
    let names: Vec<String> = specs.iter().map(|s| s.name.clone()).collect();
    let k = data.len();
    let program = |xs: &[Tensor]| -> Vec<Tensor> {
        let given: Vec<(String, Tensor)> = names.iter().cloned().zip(xs[k..].to_vec()).collect();
        let scope = Scope::from_params(&given).expect("parameters");
        vec![build(&scope, &xs[..k])]
    };
    if let Err(e) = viper::testing::check_vjp(session(), name, &args, &program, 1, seed) {
        panic!("{e}");
    }
}
