//! Every differentiable op's VJP against central finite differences in f64 on the device
//! (projection identity, see `viper::testing`), and grad-of-grad (order 2) for every row whose
//! gradient is smooth at the sampled points (elementwise maximum/minimum of two inputs drawn
//! from one value set can tie, where the gradient jumps, so they stop at order 1). One row
//! per op: name, input shapes and samplers, the traced program, and the order to check to.

mod common;
use common::session;
use viper::graph::{DotDims, Tensor};
use viper::testing::{check_vjp, check_with, random_f64, Rng, Sampler, Tolerance};
use viper::HostTensor;

struct Row {
    name: &'static str,
    inputs: &'static [(&'static [usize], Sampler)],
    program: fn(&[Tensor]) -> Vec<Tensor>,
    order: usize,
}

const N: Sampler = Sampler::Normal;
const POS: Sampler = Sampler::Positive;
const AWAY: Sampler = Sampler::AwayFromZero;
const DISTINCT: Sampler = Sampler::Distinct;

fn dot_dims() -> DotDims {
    DotDims {
        lhs_batch: vec![0],
        rhs_batch: vec![1],
        lhs_contract: vec![2],
        rhs_contract: vec![0],
    }
}

const ROWS: &[Row] = &[
    Row {
        name: "neg",
        inputs: &[(&[2, 3], N)],
        program: |x| vec![-&x[0]],
        order: 2,
    },
    Row {
        name: "exp",
        inputs: &[(&[2, 3], N)],
        program: |x| vec![x[0].exp()],
        order: 2,
    },
    Row {
        name: "log",
        inputs: &[(&[2, 3], POS)],
        program: |x| vec![x[0].log()],
        order: 2,
    },
    Row {
        name: "log1p",
        inputs: &[(&[2, 3], POS)],
        program: |x| vec![x[0].log1p()],
        order: 2,
    },
    Row {
        name: "expm1",
        inputs: &[(&[2, 3], N)],
        program: |x| vec![x[0].expm1()],
        order: 2,
    },
    Row {
        name: "tanh",
        inputs: &[(&[2, 3], N)],
        program: |x| vec![x[0].tanh()],
        order: 2,
    },
    Row {
        name: "logistic",
        inputs: &[(&[2, 3], N)],
        program: |x| vec![x[0].sigmoid()],
        order: 2,
    },
    Row {
        name: "sqrt",
        inputs: &[(&[2, 3], POS)],
        program: |x| vec![x[0].sqrt()],
        order: 2,
    },
    Row {
        name: "rsqrt",
        inputs: &[(&[2, 3], POS)],
        program: |x| vec![x[0].rsqrt()],
        order: 2,
    },
    Row {
        name: "abs",
        inputs: &[(&[2, 3], AWAY)],
        program: |x| vec![x[0].abs()],
        order: 2,
    },
    Row {
        name: "sin",
        inputs: &[(&[2, 3], N)],
        program: |x| vec![x[0].sin()],
        order: 2,
    },
    Row {
        name: "cos",
        inputs: &[(&[2, 3], N)],
        program: |x| vec![x[0].cos()],
        order: 2,
    },
    Row {
        name: "add (broadcast)",
        inputs: &[(&[2, 3], N), (&[3], N)],
        program: |x| vec![&x[0] + &x[1]],
        order: 2,
    },
    Row {
        name: "sub",
        inputs: &[(&[2, 3], N), (&[2, 1], N)],
        program: |x| vec![&x[0] - &x[1]],
        order: 2,
    },
    Row {
        name: "mul",
        inputs: &[(&[2, 3], N), (&[2, 3], N)],
        program: |x| vec![&x[0] * &x[1]],
        order: 2,
    },
    Row {
        name: "div",
        inputs: &[(&[2, 3], N), (&[2, 3], POS)],
        program: |x| vec![&x[0] / &x[1]],
        order: 2,
    },
    Row {
        name: "pow",
        inputs: &[(&[2, 3], POS), (&[2, 3], N)],
        program: |x| vec![x[0].pow(&x[1])],
        order: 2,
    },
    Row {
        name: "maximum",
        inputs: &[(&[6], DISTINCT), (&[6], DISTINCT)],
        program: |x| vec![x[0].maximum(&x[1])],
        order: 1,
    },
    Row {
        name: "minimum",
        inputs: &[(&[6], DISTINCT), (&[6], DISTINCT)],
        program: |x| vec![x[0].minimum(&x[1])],
        order: 1,
    },
    Row {
        name: "select",
        inputs: &[(&[2, 3], N), (&[2, 3], N), (&[2, 3], N)],
        program: |x| vec![x[0].gt(&x[0].zeros_like()).select(&x[1], &x[2])],
        order: 2,
    },
    Row {
        name: "clamp",
        inputs: &[(&[8], Sampler::Uniform(-2.0, 2.0))],
        program: |x| vec![x[0].clamp(-1.0, 1.0)],
        order: 2,
    },
    Row {
        name: "clamp_between",
        inputs: &[
            (&[8], N),
            (&[], Sampler::Uniform(-1.0, -0.5)),
            (&[], Sampler::Uniform(0.5, 1.0)),
        ],
        program: |x| vec![x[0].clamp_between(&x[1], &x[2])],
        order: 2,
    },
    Row {
        name: "broadcast_in_dim",
        inputs: &[(&[3, 1], N)],
        program: |x| vec![x[0].broadcast_in_dim(&[2, 3, 4], &[1, 2])],
        order: 2,
    },
    Row {
        name: "reshape",
        inputs: &[(&[2, 3], N)],
        program: |x| vec![x[0].reshape(&[3, 2]).tanh()],
        order: 2,
    },
    Row {
        name: "transpose",
        inputs: &[(&[2, 3, 4], N)],
        program: |x| vec![x[0].transpose(&[2, 0, 1])],
        order: 2,
    },
    Row {
        name: "slice",
        inputs: &[(&[5, 4], N)],
        program: |x| vec![x[0].slice(&[1, 0], &[5, 3], &[2, 2])],
        order: 2,
    },
    Row {
        name: "concatenate",
        inputs: &[(&[2, 3], N), (&[1, 3], N)],
        program: |x| vec![Tensor::concatenate(&[&x[0], &x[1]], 0)],
        order: 2,
    },
    Row {
        name: "pad",
        inputs: &[(&[2, 3], N), (&[], N)],
        program: |x| vec![x[0].pad_with(&x[1], &[1, 0], &[2, 1], &[1, 2])],
        order: 2,
    },
    Row {
        name: "reverse",
        inputs: &[(&[2, 3], N)],
        program: |x| vec![x[0].reverse(&[0, 1])],
        order: 2,
    },
    Row {
        name: "sum",
        inputs: &[(&[2, 3, 4], N)],
        program: |x| vec![x[0].sum(&[0, 2])],
        order: 2,
    },
    Row {
        name: "mean",
        inputs: &[(&[2, 3], N)],
        program: |x| vec![x[0].mean(&[1])],
        order: 2,
    },
    Row {
        name: "max",
        inputs: &[(&[3, 4], DISTINCT)],
        program: |x| vec![x[0].max(&[1])],
        order: 2,
    },
    Row {
        name: "min",
        inputs: &[(&[3, 4], DISTINCT)],
        program: |x| vec![x[0].min(&[0, 1])],
        order: 2,
    },
    Row {
        name: "dot_general (batch, transposed operands)",
        inputs: &[(&[2, 3, 4], N), (&[4, 2, 5], N)],
        program: |x| vec![x[0].dot_general(&x[1], &dot_dims())],
        order: 2,
    },
    Row {
        name: "matmul",
        inputs: &[(&[3, 4], N), (&[4, 2], N)],
        program: |x| vec![x[0].matmul(&x[1]).tanh()],
        order: 2,
    },
    Row {
        name: "mlp loss",
        inputs: &[(&[4, 3], N), (&[3, 5], N), (&[5], N)],
        program: |x| vec![(x[0].matmul(&x[1]) + &x[2]).tanh().square().mean_all()],
        order: 2,
    },
    Row {
        name: "dot_general (two contracting dims, batch in the middle)",
        inputs: &[(&[3, 2, 4], N), (&[4, 3, 2, 5], N)],
        program: |x| {
            vec![x[0].dot_general(
                &x[1],
                &DotDims {
                    lhs_batch: vec![1],
                    rhs_batch: vec![2],
                    lhs_contract: vec![2, 0],
                    rhs_contract: vec![0, 1],
                },
            )]
        },
        order: 2,
    },
    Row {
        name: "vector matmul",
        inputs: &[(&[3], N), (&[3, 2], N)],
        program: |x| vec![x[0].matmul(&x[1])],
        order: 2,
    },
    Row {
        name: "two outputs, shared input",
        inputs: &[(&[2, 3], N)],
        program: |x| vec![x[0].tanh(), x[0].sum(&[1]) * &x[0].max(&[1])],
        order: 2,
    },
    Row {
        name: "softplus",
        inputs: &[(&[2, 3], Sampler::Uniform(-4.0, 4.0))],
        program: |x| vec![x[0].softplus()],
        order: 2,
    },
    Row {
        name: "gelu",
        inputs: &[(&[2, 3], N)],
        program: |x| vec![x[0].gelu()],
        order: 2,
    },
    Row {
        name: "relu",
        inputs: &[(&[2, 3], AWAY)],
        program: |x| vec![x[0].relu()],
        order: 2,
    },
    Row {
        name: "silu",
        inputs: &[(&[2, 3], N)],
        program: |x| vec![x[0].silu()],
        order: 2,
    },
    Row {
        name: "softmax",
        inputs: &[(&[2, 4], N)],
        program: |x| vec![x[0].softmax(1)],
        order: 2,
    },
    Row {
        name: "log_softmax",
        inputs: &[(&[2, 4], N)],
        program: |x| vec![x[0].log_softmax(0)],
        order: 2,
    },
    Row {
        name: "logsumexp",
        inputs: &[(&[2, 3, 2], N)],
        program: |x| vec![x[0].logsumexp(&[1, 2])],
        order: 2,
    },
    Row {
        name: "argmax path is cut",
        inputs: &[(&[3, 4], DISTINCT)],
        program: |x| vec![x[0].argmax(1).convert(viper::DType::F64) * x[0].sum(&[1])],
        order: 2,
    },
];

fn inputs_for(row: &Row, seed: u64) -> Vec<HostTensor> {
    let mut rng = Rng::new(seed);
    row.inputs
        .iter()
        .map(|(dims, s)| random_f64(&mut rng, dims, *s))
        .collect()
}

#[test]
fn every_vjp_matches_finite_differences() {
    let mut failures = Vec::new();
    for (i, row) in ROWS.iter().enumerate() {
        let inputs = inputs_for(row, 100 + i as u64);
        for order in 1..=row.order {
            if let Err(e) = check_vjp(
                session(),
                "grad_check",
                &inputs,
                &row.program,
                order,
                7 + i as u64,
            ) {
                failures.push(format!("{} (order {order}): {e}", row.name));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "VJP mismatches:\n{}",
        failures.join("\n")
    );
}

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
