//! Forward values of the elementwise, logic and conversion ops on the device, against values
//! computed here on the host by plain Rust (never through the graph).

mod common;
use common::{assert_near, f32s, f64s, run};
use viper::graph::Tensor;
use viper::testing::{random_f64, Rng, Sampler};
use viper::{DType, HostTensor};

fn values(h: &HostTensor) -> Vec<f64> {
    h.to_f64_vec()
}

fn unary_case(f: fn(&Tensor) -> Tensor, reference: fn(f64) -> f64, sampler: Sampler) {
    let mut rng = Rng::new(7);
    let x = random_f64(&mut rng, &[2, 3], sampler);
    let out = run(std::slice::from_ref(&x), |t| vec![f(&t[0])]);
    let want: Vec<f64> = values(&x).into_iter().map(reference).collect();
    assert_near(&values(&out[0]), &want, 1e-12);
}

#[test]
fn unary_elementwise_ops_match_host_math() {
    unary_case(|t| -t, |x| -x, Sampler::Normal);
    unary_case(Tensor::exp, f64::exp, Sampler::Normal);
    unary_case(Tensor::log, f64::ln, Sampler::Positive);
    unary_case(Tensor::log1p, f64::ln_1p, Sampler::Positive);
    unary_case(Tensor::expm1, f64::exp_m1, Sampler::Normal);
    unary_case(Tensor::tanh, f64::tanh, Sampler::Normal);
    unary_case(
        Tensor::sigmoid,
        |x| 1.0 / (1.0 + (-x).exp()),
        Sampler::Normal,
    );
    unary_case(Tensor::sqrt, f64::sqrt, Sampler::Positive);
    unary_case(Tensor::rsqrt, |x| 1.0 / x.sqrt(), Sampler::Positive);
    unary_case(Tensor::abs, f64::abs, Sampler::Normal);
    unary_case(Tensor::sign, f64::signum, Sampler::AwayFromZero);
    unary_case(Tensor::floor, f64::floor, Sampler::Uniform(-3.0, 3.0));
    unary_case(Tensor::sin, f64::sin, Sampler::Normal);
    unary_case(Tensor::cos, f64::cos, Sampler::Normal);
}

#[test]
fn binary_ops_broadcast_like_numpy() {
    // a: [2, 3], b: [3] broadcast over rows.
    let a = f64s(&[2, 3], &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    let b = f64s(&[3], &[0.5, 2.0, -1.0]);
    let out = run(&[a.clone(), b.clone()], |t| {
        let (x, y) = (&t[0], &t[1]);
        vec![
            x + y,
            x - y,
            x * y,
            x / y,
            x.maximum(y),
            x.minimum(y),
            x * 2.0 + 1.0,
            1.0 - x,
        ]
    });
    let av = values(&a);
    let bv = values(&b);
    let pair =
        |f: fn(f64, f64) -> f64| -> Vec<f64> { (0..6).map(|i| f(av[i], bv[i % 3])).collect() };
    assert_near(&values(&out[0]), &pair(|x, y| x + y), 1e-15);
    assert_near(&values(&out[1]), &pair(|x, y| x - y), 1e-15);
    assert_near(&values(&out[2]), &pair(|x, y| x * y), 1e-15);
    assert_near(&values(&out[3]), &pair(|x, y| x / y), 1e-15);
    assert_near(&values(&out[4]), &pair(f64::max), 1e-15);
    assert_near(&values(&out[5]), &pair(f64::min), 1e-15);
    assert_near(
        &values(&out[6]),
        &av.iter().map(|x| 2.0 * x + 1.0).collect::<Vec<_>>(),
        1e-15,
    );
    assert_near(
        &values(&out[7]),
        &av.iter().map(|x| 1.0 - x).collect::<Vec<_>>(),
        1e-15,
    );
}

#[test]
fn pow_matches_host() {
    let a = f64s(&[4], &[0.5, 1.5, 2.0, 3.0]);
    let b = f64s(&[4], &[2.0, -1.0, 0.5, 1.7]);
    let out = run(&[a.clone(), b.clone()], |t| vec![t[0].pow(&t[1])]);
    let want: Vec<f64> = values(&a)
        .iter()
        .zip(values(&b))
        .map(|(x, y)| x.powf(y))
        .collect();
    assert_near(&values(&out[0]), &want, 1e-14);
}

/// A host tensor of any dtype from f64 values (exactly representable ones).
fn host_of(dtype: DType, dims: &[usize], v: &[f64]) -> HostTensor {
    fn conv<T: viper::Element>(dims: &[usize], v: &[f64], f: impl Fn(f64) -> T) -> HostTensor {
        HostTensor::from_slice(dims, &v.iter().map(|&x| f(x)).collect::<Vec<_>>()).unwrap()
    }
    match dtype {
        DType::Bool => conv(dims, v, |x| x != 0.0),
        DType::U8 => conv(dims, v, |x| x as u8),
        DType::I32 => conv(dims, v, |x| x as i32),
        DType::I64 => conv(dims, v, |x| x as i64),
        DType::U32 => conv(dims, v, |x| x as u32),
        DType::U64 => conv(dims, v, |x| x as u64),
        DType::F16 => conv(dims, v, half::f16::from_f64),
        DType::BF16 => conv(dims, v, half::bf16::from_f64),
        DType::F32 => conv(dims, v, |x| x as f32),
        DType::F64 => conv(dims, v, |x| x),
    }
}

#[test]
fn convert_between_every_pair_of_dtypes() {
    for from in DType::ALL {
        let input: &[f64] = if from == DType::Bool {
            &[0.0, 1.0, 1.0, 0.0]
        } else {
            &[0.0, 1.0, 2.0, 3.0]
        };
        let x = host_of(from, &[4], input);
        let out = run(std::slice::from_ref(&x), |t| {
            DType::ALL.iter().map(|&to| t[0].convert(to)).collect()
        });
        for (to, got) in DType::ALL.iter().zip(&out) {
            assert_eq!(got.dtype(), *to);
            let want: Vec<f64> = input
                .iter()
                .map(|&v| {
                    if *to == DType::Bool {
                        (v != 0.0) as u8 as f64
                    } else {
                        v
                    }
                })
                .collect();
            assert_eq!(values(got), want, "convert {from} -> {to}");
        }
    }
    // float -> int truncates toward zero.
    let out = run(&[f32s(&[3], &[-1.7, 2.9, 0.4])], |t| {
        vec![t[0].convert(DType::I32)]
    });
    assert_eq!(out[0].to_vec::<i32>().unwrap(), vec![-1, 2, 0]);
}

#[test]
fn compare_all_directions_returns_bool() {
    let a = f32s(&[4], &[1.0, 2.0, 3.0, -1.0]);
    let b = f32s(&[4], &[1.0, 3.0, 2.0, -1.5]);
    let out = run(&[a.clone(), b.clone()], |t| {
        let (x, y) = (&t[0], &t[1]);
        vec![x.eq(y), x.ne(y), x.lt(y), x.le(y), x.gt(y), x.ge(y)]
    });
    let (av, bv) = (values(&a), values(&b));
    let checks: [fn(f64, f64) -> bool; 6] = [
        |x, y| x == y,
        |x, y| x != y,
        |x, y| x < y,
        |x, y| x <= y,
        |x, y| x > y,
        |x, y| x >= y,
    ];
    for (got, check) in out.iter().zip(checks) {
        assert_eq!(got.dtype(), DType::Bool);
        let want: Vec<bool> = av.iter().zip(&bv).map(|(&x, &y)| check(x, y)).collect();
        assert_eq!(got.to_vec::<bool>().unwrap(), want);
    }
    // Integers compare as signed.
    let i = host_of(DType::I32, &[3], &[-2.0, 0.0, 5.0]);
    let out = run(&[i], |t| vec![t[0].lt(&t[0].zeros_like())]);
    assert_eq!(out[0].to_vec::<bool>().unwrap(), vec![true, false, false]);
}

#[test]
fn select_clamp_and_iota() {
    let x = f32s(&[2, 3], &[-2.0, -0.5, 0.0, 0.5, 2.0, 3.0]);
    let out = run(std::slice::from_ref(&x), |t| {
        let x = &t[0];
        let positive = x.gt(&x.scalar_like(0.0));
        vec![
            positive.select(x, &x.scalar_like(-9.0)),
            x.clamp(-1.0, 1.0),
            x.clamp_between(&x.scalar_like(-0.25), &x.slice_axis(0, 1, 2)),
            x.stop_gradient(),
            x.apply_source(viper::graph::Op::Iota {
                axis: 1,
                ty: viper::graph::TensorType::new(DType::I32, &[2, 3]),
            }),
        ]
    });
    assert_near(&values(&out[0]), &[-9.0, -9.0, -9.0, 0.5, 2.0, 3.0], 0.0);
    assert_near(&values(&out[1]), &[-1.0, -0.5, 0.0, 0.5, 1.0, 1.0], 0.0);
    // clamp_between: lower bound -0.25, upper bound row 1 [0.5, 2, 3] broadcast over rows.
    assert_near(&values(&out[2]), &[-0.25, -0.25, 0.0, 0.5, 2.0, 3.0], 0.0);
    assert_near(&values(&out[3]), &values(&x), 0.0);
    assert_eq!(out[4].to_vec::<i32>().unwrap(), vec![0, 1, 2, 0, 1, 2]);
}

#[test]
fn bitwise_and_shift_ops_on_integers_and_bools() {
    let a = HostTensor::from_slice(&[3], &[0xF0F0_1234u32, 7, 0x8000_0000]).unwrap();
    let b = HostTensor::from_slice(&[3], &[0x0FF0_FFFFu32, 2, 31]).unwrap();
    let shifts = HostTensor::from_slice(&[3], &[4u32, 2, 31]).unwrap();
    let out = run(&[a.clone(), b.clone(), shifts.clone()], |t| {
        let (x, y, s) = (&t[0], &t[1], &t[2]);
        vec![
            x.and(y),
            x.or(y),
            x.xor(y),
            x.shift_left(s),
            x.shift_right_logical(s),
            x.not(),
        ]
    });
    let sv = shifts.to_vec::<u32>().unwrap();
    let (av, bv) = (a.to_vec::<u32>().unwrap(), b.to_vec::<u32>().unwrap());
    let zip = |f: fn(u32, u32) -> u32| -> Vec<u32> {
        av.iter().zip(&bv).map(|(&x, &y)| f(x, y)).collect()
    };
    assert_eq!(out[0].to_vec::<u32>().unwrap(), zip(|x, y| x & y));
    assert_eq!(out[1].to_vec::<u32>().unwrap(), zip(|x, y| x | y));
    assert_eq!(out[2].to_vec::<u32>().unwrap(), zip(|x, y| x ^ y));
    let shifted = |f: fn(u32, u32) -> u32| -> Vec<u32> {
        av.iter().zip(&sv).map(|(&x, &s)| f(x, s)).collect()
    };
    assert_eq!(out[3].to_vec::<u32>().unwrap(), shifted(|x, s| x << s));
    assert_eq!(out[4].to_vec::<u32>().unwrap(), shifted(|x, s| x >> s));
    assert_eq!(
        out[5].to_vec::<u32>().unwrap(),
        av.iter().map(|x| !x).collect::<Vec<_>>()
    );
    // Arithmetic shift keeps the sign.
    let s = HostTensor::from_slice(&[2], &[-16i32, 16]).unwrap();
    let out = run(&[s], |t| {
        vec![t[0].shift_right_arithmetic(&t[0].full_like(2.0))]
    });
    assert_eq!(out[0].to_vec::<i32>().unwrap(), vec![-4, 4]);
    // Bools: logical ops.
    let p = HostTensor::from_slice(&[4], &[true, true, false, false]).unwrap();
    let q = HostTensor::from_slice(&[4], &[true, false, true, false]).unwrap();
    let out = run(&[p, q], |t| {
        vec![t[0].and(&t[1]), t[0].or(&t[1]), t[0].xor(&t[1]), t[0].not()]
    });
    assert_eq!(
        out[0].to_vec::<bool>().unwrap(),
        vec![true, false, false, false]
    );
    assert_eq!(
        out[1].to_vec::<bool>().unwrap(),
        vec![true, true, true, false]
    );
    assert_eq!(
        out[2].to_vec::<bool>().unwrap(),
        vec![false, true, true, false]
    );
    assert_eq!(
        out[3].to_vec::<bool>().unwrap(),
        vec![false, false, true, true]
    );
}

#[test]
fn integer_arithmetic_and_reductions() {
    let a = host_of(DType::I32, &[2, 2], &[7.0, -7.0, 3.0, 10.0]);
    let b = host_of(DType::I32, &[2, 2], &[2.0, 2.0, -3.0, 4.0]);
    let out = run(&[a, b], |t| {
        vec![
            &t[0] / &t[1],
            t[0].sum(&[1]),
            t[0].max(&[0]),
            t[0].min(&[0, 1]),
        ]
    });
    // Integer division truncates toward zero.
    assert_eq!(out[0].to_vec::<i32>().unwrap(), vec![3, -3, -1, 2]);
    assert_eq!(out[1].to_vec::<i32>().unwrap(), vec![0, 13]);
    assert_eq!(out[2].to_vec::<i32>().unwrap(), vec![7, 10]);
    assert_eq!(out[3].to_vec::<i32>().unwrap(), vec![-7]);
}
