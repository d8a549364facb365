//! Hand-derived gradient tests (each derivation in a comment): ties of max/min, second
//! derivatives through the `grad` API, bf16 gradients, stop_gradient and sort, and a check
//! that the finite-difference checker can fail.

mod common;
use common::session;
use viper::graph::{DotDims, Tensor};
use viper::testing::{check_vjp, check_with, random_f64, Rng, Sampler, Tolerance};
use viper::HostTensor;

const N: Sampler = Sampler::Normal;

// Through f32 the finite differences carry f32 rounding (~1e-7 / step), so this row uses a
// larger step and a looser tolerance; x * x has no truncation error at any step.
#[test]
fn convert_round_trip_through_f32_passes_the_cotangent_back() {
    let mut rng = Rng::new(5);
    let x = random_f64(&mut rng, &[4], N);
    let program =
        |x: &[Tensor]| vec![x[0].convert(viper::DType::F32).convert(viper::DType::F64) * &x[0]];
    let tolerance = Tolerance {
        step: 1e-2,
        relative: 1e-4,
        absolute: 1e-6,
    };
    check_with(session(), "convert", &[x], &program, 1, 3, tolerance).unwrap();
}

// d/dx [stop_gradient(x) * x] = stop_gradient(x) = x: the stopped factor is a constant.
#[test]
fn stop_gradient_blocks_only_its_own_path() {
    let x = HostTensor::from_slice(&[3], &[1.5f64, -2.0, 0.25]).unwrap();
    let out = common::run(std::slice::from_ref(&x), |t| {
        let y = (t[0].stop_gradient() * &t[0]).sum_all();
        viper::graph::grad(&y, &[&t[0]])
    });
    assert_eq!(out[0].to_vec::<f64>().unwrap(), x.to_vec::<f64>().unwrap());
}

fn grad_values(inputs: &[HostTensor], program: fn(&[Tensor]) -> Tensor) -> Vec<Vec<f64>> {
    let out = common::run(inputs, |t| {
        let loss = program(t);
        viper::graph::grad(&loss, &t.iter().collect::<Vec<_>>())
    });
    out.iter().map(|h| h.to_f64_vec()).collect()
}

// max over [1, 3, 3, 2]: two tied maxima share the cotangent 1 as 1/2 each.
#[test]
fn reduce_max_splits_the_gradient_among_ties() {
    let x = HostTensor::from_slice(&[4], &[1.0f64, 3.0, 3.0, 2.0]).unwrap();
    let g = grad_values(&[x], |t| t[0].max(&[0]));
    assert_eq!(g[0], vec![0.0, 0.5, 0.5, 0.0]);
}

// maximum(a, b) with a == b in the middle element: each side gets half there.
#[test]
fn elementwise_maximum_splits_ties_evenly() {
    let a = HostTensor::from_slice(&[3], &[1.0f64, 2.0, 5.0]).unwrap();
    let b = HostTensor::from_slice(&[3], &[4.0f64, 2.0, 0.0]).unwrap();
    let g = grad_values(&[a, b], |t| t[0].maximum(&t[1]).sum_all());
    assert_eq!(g[0], vec![0.0, 0.5, 1.0]);
    assert_eq!(g[1], vec![1.0, 0.5, 0.0]);
}

// f(x) = sum(x^3): grad = 3x^2, and grad of sum(grad) = 6x (grad of grad through the API).
#[test]
fn second_derivative_of_a_cube() {
    let x = HostTensor::from_slice(&[3], &[1.0f64, -2.0, 0.5]).unwrap();
    let out = common::run(std::slice::from_ref(&x), |t| {
        let y = (&t[0] * &t[0] * &t[0]).sum_all();
        let g = viper::graph::grad(&y, &[&t[0]]).remove(0);
        let gg = viper::graph::grad(&g.sum_all(), &[&t[0]]).remove(0);
        vec![g, gg]
    });
    assert_eq!(out[0].to_vec::<f64>().unwrap(), vec![3.0, 12.0, 0.75]);
    assert_eq!(out[1].to_vec::<f64>().unwrap(), vec![6.0, -12.0, 3.0]);
}

// bf16 x bf16 -> f32: loss = sum(c * (a @ b)), so d loss / d a = c @ b^T, returned in bf16.
#[test]
fn bf16_dot_gradient_flows_back_in_bf16() {
    let bf = |v: &[f32]| {
        v.iter()
            .map(|&x| half::bf16::from_f32(x))
            .collect::<Vec<_>>()
    };
    let a = HostTensor::from_slice(&[2, 3], &bf(&[1.0, 2.0, -1.0, 0.5, 0.25, 3.0])).unwrap();
    let b = HostTensor::from_slice(&[3, 2], &bf(&[2.0, -1.0, 0.5, 1.0, 1.5, 4.0])).unwrap();
    let c = HostTensor::from_slice(&[2, 2], &[1.0f32, -2.0, 0.5, 3.0]).unwrap();
    let out = common::run(&[a, b.clone(), c.clone()], |t| {
        let dims = DotDims {
            lhs_contract: vec![1],
            rhs_contract: vec![0],
            ..Default::default()
        };
        let loss = (t[0].dot_general_to(&t[1], &dims, viper::DType::F32) * &t[2]).sum_all();
        viper::graph::grad(&loss, &[&t[0]])
    });
    assert_eq!(out[0].dtype(), viper::DType::BF16);
    let (bv, cv) = (b.to_f64_vec(), c.to_f64_vec());
    let want: Vec<f64> = (0..2)
        .flat_map(|i| (0..3).map(move |k| (i, k)))
        .map(|(i, k)| (0..2).map(|j| cv[i * 2 + j] * bv[k * 2 + j]).sum())
        .collect();
    // Every value here is exact in bf16 (small dyadic rationals).
    assert_eq!(out[0].to_f64_vec(), want);
}

// The checker itself must be able to fail: stop_gradient(x) * x has reverse-mode gradient x
// but derivative 2x, so the projections differ.
#[test]
fn checker_rejects_a_wrong_gradient() {
    let mut rng = Rng::new(9);
    let x = random_f64(&mut rng, &[4], Sampler::Positive);
    let program = |t: &[Tensor]| vec![t[0].stop_gradient() * &t[0]];
    let error = check_vjp(session(), "wrong", &[x], &program, 1, 1).unwrap_err();
    assert!(error.contains("(reverse mode) but"), "{error}");
}

// Sort has no VJP: a gradient reaching it is an error naming the op; through stop_gradient
// (how quantile normalisers use it) the gradient is simply zero.
#[test]
fn sort_reports_its_missing_gradient_by_name() {
    let f = viper::graph::FunctionBuilder::new("sorted");
    let x = f.input("x", viper::DType::F64, &[5]);
    let loss = x.sort(0).slice_axis(0, 4, 5).sum_all();
    let g = viper::graph::grad(&loss, &[&x]);
    let error = f.finish(&g).unwrap_err().to_string();
    assert!(
        error.starts_with("vjp: no differentiation rule for `sort` (node traced at "),
        "{error}"
    );
    assert!(
        error.contains("src/graph/ops/sort.rs") || error.contains(file!()),
        "{error}"
    );

    let x = HostTensor::from_slice(&[4], &[3.0f64, 1.0, 2.0, 5.0]).unwrap();
    let g = grad_values(&[x], |t| {
        (t[0].stop_gradient().quantile_all(0.5) * &t[0]).sum_all()
    });
    // d/dx [q * x] with q = median = 2.5 held constant: 2.5 everywhere.
    assert_eq!(g[0], vec![2.5; 4]);
}
