//! Every differentiable op's VJP against central finite differences in f64 on the device
//! (projection identity, see `viper::testing`), and grad-of-grad (order 2) for every row whose
//! gradient is smooth at the sampled points (elementwise maximum/minimum of two inputs drawn
//! from one value set can tie, where the gradient jumps, so they stop at order 1). One row
//! per op: name, input shapes and samplers, the traced program, and the order to check to.

mod common;
use common::session;
use viper::graph::{DotDims, Tensor};
use viper::testing::{check_vjp, random_f64, Rng, Sampler};
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
        // The weight cotangent contracts two adjacent axes (merged into one by the rule).
        name: "matmul of a rank-3 input by a shared matrix",
        inputs: &[(&[2, 3, 4], N), (&[4, 5], N)],
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
