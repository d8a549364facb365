//! Forward values of the structural ops on the device (dot_general, reductions, movement,
//! sort, composites, large constants), against values computed here on the host by plain
//! loops (never through the graph).

mod common;
use common::{assert_near, f32s, f64s, run};
use viper::graph::{DotDims, Tensor};
use viper::testing::{random_f64, Rng, Sampler};
use viper::{DType, HostTensor};

fn values(h: &HostTensor) -> Vec<f64> {
    h.to_f64_vec()
}

#[test]
fn dot_general_contracts_batches_and_matmul_matches_loops() {
    let mut rng = Rng::new(3);
    // Batched: lhs [2, 3, 4], rhs [2, 4, 5] -> [2, 3, 5].
    let a = random_f64(&mut rng, &[2, 3, 4], Sampler::Normal);
    let b = random_f64(&mut rng, &[2, 4, 5], Sampler::Normal);
    let out = run(&[a.clone(), b.clone()], |t| {
        let dims = DotDims {
            lhs_batch: vec![0],
            rhs_batch: vec![0],
            lhs_contract: vec![2],
            rhs_contract: vec![1],
        };
        vec![t[0].dot_general(&t[1], &dims), t[0].matmul(&t[1])]
    });
    let (av, bv) = (values(&a), values(&b));
    let mut want = vec![0.0; 2 * 3 * 5];
    for n in 0..2 {
        for i in 0..3 {
            for j in 0..5 {
                want[n * 15 + i * 5 + j] = (0..4)
                    .map(|k| av[n * 12 + i * 4 + k] * bv[n * 20 + k * 5 + j])
                    .sum();
            }
        }
    }
    assert_eq!(out[0].dims(), &[2, 3, 5]);
    assert_near(&values(&out[0]), &want, 1e-12);
    assert_near(&values(&out[1]), &want, 1e-12);
}

#[test]
fn bf16_dot_accumulates_in_f32() {
    let a: Vec<half::bf16> = [1.0f32, 2.0, 3.0, 4.0]
        .iter()
        .map(|&v| half::bf16::from_f32(v))
        .collect();
    let b: Vec<half::bf16> = [0.5f32, -1.0, 2.0, 0.25]
        .iter()
        .map(|&v| half::bf16::from_f32(v))
        .collect();
    let ha = HostTensor::from_slice(&[2, 2], &a).unwrap();
    let hb = HostTensor::from_slice(&[2, 2], &b).unwrap();
    let out = run(&[ha, hb], |t| {
        let dims = DotDims {
            lhs_contract: vec![1],
            rhs_contract: vec![0],
            ..Default::default()
        };
        vec![t[0].dot_general_to(&t[1], &dims, DType::F32)]
    });
    assert_eq!(out[0].dtype(), DType::F32);
    // [[1, 2], [3, 4]] x [[0.5, -1], [2, 0.25]]
    assert_near(&values(&out[0]), &[4.5, -0.5, 9.5, -2.0], 0.0);
}

#[test]
fn reductions_over_any_axes() {
    let x = f64s(&[2, 3], &[1.0, 5.0, -2.0, 4.0, 0.0, 3.0]);
    let out = run(&[x], |t| {
        let x = &t[0];
        vec![
            x.sum(&[0]),
            x.sum(&[1]),
            x.sum_all(),
            x.max(&[1]),
            x.min(&[0]),
            x.mean(&[1]),
            x.argmax(1).convert(DType::F64),
            x.argmin(0).convert(DType::F64),
        ]
    });
    assert_near(&values(&out[0]), &[5.0, 5.0, 1.0], 0.0);
    assert_near(&values(&out[1]), &[4.0, 7.0], 0.0);
    assert_near(&values(&out[2]), &[11.0], 0.0);
    assert_near(&values(&out[3]), &[5.0, 4.0], 0.0);
    assert_near(&values(&out[4]), &[1.0, 0.0, -2.0], 0.0);
    assert_near(&values(&out[5]), &[4.0 / 3.0, 7.0 / 3.0], 1e-15);
    assert_near(&values(&out[6]), &[1.0, 0.0], 0.0);
    assert_near(&values(&out[7]), &[0.0, 1.0, 0.0], 0.0);
}

#[test]
fn movement_ops_move_elements_like_index_arithmetic() {
    let data: Vec<f32> = (0..6).map(|v| v as f32).collect();
    let x = f32s(&[2, 3], &data);
    let out = run(&[x], |t| {
        let x = &t[0];
        vec![
            x.reshape(&[3, 2]),
            x.transpose(&[1, 0]),
            x.broadcast_in_dim(&[2, 2, 3], &[0, 2]),
            x.slice(&[0, 0], &[2, 3], &[1, 2]),
            Tensor::concatenate(&[x, &x.slice_axis(0, 1, 2)], 0),
            x.pad(&[1, 0], &[0, 1], &[0, 1], -1.0),
            x.reverse(&[1]),
        ]
    });
    assert_eq!(out[0].dims(), &[3, 2]);
    assert_near(&values(&out[0]), &[0.0, 1.0, 2.0, 3.0, 4.0, 5.0], 0.0);
    assert_near(&values(&out[1]), &[0.0, 3.0, 1.0, 4.0, 2.0, 5.0], 0.0);
    assert_near(
        &values(&out[2]),
        &[0.0, 1.0, 2.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 3.0, 4.0, 5.0],
        0.0,
    );
    assert_near(&values(&out[3]), &[0.0, 2.0, 3.0, 5.0], 0.0);
    assert_near(
        &values(&out[4]),
        &[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 3.0, 4.0, 5.0],
        0.0,
    );
    // pad: one row above, interior 1 between columns, one column right:
    // [[-1 x 6], [0,-1,1,-1,2,-1], [3,-1,4,-1,5,-1]]
    assert_eq!(out[5].dims(), &[3, 6]);
    assert_near(
        &values(&out[5]),
        &[
            -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, 0.0, -1.0, 1.0, -1.0, 2.0, -1.0, 3.0, -1.0, 4.0,
            -1.0, 5.0, -1.0,
        ],
        0.0,
    );
    assert_near(&values(&out[6]), &[2.0, 1.0, 0.0, 5.0, 4.0, 3.0], 0.0);
}

#[test]
fn composites_match_host_formulas() {
    let x = f64s(&[2, 3], &[1.0, -2.0, 0.5, 3.0, 0.0, -1.0]);
    let out = run(std::slice::from_ref(&x), |t| {
        let x = &t[0];
        vec![
            x.softmax(1),
            x.log_softmax(1),
            x.logsumexp(&[1]),
            x.relu(),
            x.silu(),
            x.expand_dims(1).squeeze(1).flatten(0, 2),
        ]
    });
    let v = values(&x);
    let mut softmax = vec![0.0; 6];
    let mut lse = vec![0.0; 2];
    for r in 0..2 {
        let row = &v[r * 3..r * 3 + 3];
        let total: f64 = row.iter().map(|a| a.exp()).sum();
        lse[r] = total.ln();
        for c in 0..3 {
            softmax[r * 3 + c] = row[c].exp() / total;
        }
    }
    let log_softmax: Vec<f64> = (0..6).map(|i| v[i] - lse[i / 3]).collect();
    assert_near(&values(&out[0]), &softmax, 1e-14);
    assert_near(&values(&out[1]), &log_softmax, 1e-14);
    assert_near(&values(&out[2]), &lse, 1e-14);
    assert_near(
        &values(&out[3]),
        &v.iter().map(|a| a.max(0.0)).collect::<Vec<_>>(),
        0.0,
    );
    assert_near(
        &values(&out[4]),
        &v.iter().map(|a| a / (1.0 + (-a).exp())).collect::<Vec<_>>(),
        1e-14,
    );
    assert_eq!(out[5].dims(), &[6]);
    assert_near(&values(&out[5]), &v, 0.0);
}

#[test]
fn large_constants_round_trip_exactly() {
    // 40 values > the hex threshold: printed as raw bytes, must come back bit for bit.
    let mut rng = Rng::new(2);
    let v64 = random_f64(&mut rng, &[5, 8], Sampler::Normal);
    let v32: Vec<f32> = v64.to_f64_vec().iter().map(|&x| x as f32).collect();
    let h32 = HostTensor::from_slice(&[5, 8], &v32).unwrap();
    let ints: Vec<i64> = (0..40).map(|i| (i as i64 - 20) * 1_000_000_007).collect();
    let hi = HostTensor::from_slice(&[40], &ints).unwrap();
    let halves: Vec<half::bf16> = v32.iter().map(|&x| half::bf16::from_f32(x)).collect();
    let hb = HostTensor::from_slice(&[40], &halves).unwrap();
    let (c64, c32, ci, cb) = (v64.clone(), h32.clone(), hi.clone(), hb.clone());
    let out = run(&[f64s(&[1], &[0.0])], move |t| {
        vec![
            t[0].host_constant(&c64),
            t[0].host_constant(&c32),
            t[0].host_constant(&ci),
            t[0].host_constant(&cb),
        ]
    });
    assert_eq!(out[0], v64);
    assert_eq!(out[1], h32);
    assert_eq!(out[2], hi);
    assert_eq!(out[3], hb);
}

#[test]
fn sort_and_quantiles_match_host() {
    let mut rng = Rng::new(4);
    let x = random_f64(&mut rng, &[3, 5], Sampler::Normal);
    let out = run(std::slice::from_ref(&x), |t| {
        vec![
            t[0].sort(1),
            t[0].sort(0),
            t[0].sort_descending(1),
            t[0].quantile_all(0.05),
            t[0].quantile_all(0.95),
            t[0].quantile_all(1.0),
        ]
    });
    let v = values(&x);
    let mut rows = Vec::new();
    let mut rows_desc = Vec::new();
    for r in 0..3 {
        let mut row = v[r * 5..r * 5 + 5].to_vec();
        row.sort_by(f64::total_cmp);
        rows.extend(row.iter().copied());
        rows_desc.extend(row.iter().rev().copied());
    }
    assert_eq!(values(&out[0]), rows);
    assert_eq!(values(&out[2]), rows_desc);
    let mut cols = vec![0.0; 15];
    for c in 0..5 {
        let mut col: Vec<f64> = (0..3).map(|r| v[r * 5 + c]).collect();
        col.sort_by(f64::total_cmp);
        for r in 0..3 {
            cols[r * 5 + c] = col[r];
        }
    }
    assert_eq!(values(&out[1]), cols);
    // numpy "linear" quantile: position q (n - 1) between sorted neighbours.
    let mut all = v.clone();
    all.sort_by(f64::total_cmp);
    let quantile = |q: f64| {
        let pos = q * 14.0;
        let (lo, hi) = (pos.floor() as usize, (pos.floor() as usize + 1).min(14));
        all[lo] + (all[hi] - all[lo]) * (pos - pos.floor())
    };
    assert_near(&values(&out[3]), &[quantile(0.05)], 1e-15);
    assert_near(&values(&out[4]), &[quantile(0.95)], 1e-15);
    assert_near(&values(&out[5]), &[all[14]], 0.0);
    // Integers and NaN placement.
    let i = HostTensor::from_slice(&[4], &[3i32, -1, 7, 0]).unwrap();
    let n = f32s(&[4], &[2.0, f32::NAN, -1.0, 0.5]);
    let out = run(&[i, n], |t| vec![t[0].sort(0), t[1].sort(0)]);
    assert_eq!(out[0].to_vec::<i32>().unwrap(), vec![-1, 0, 3, 7]);
    let sorted = out[1].to_vec::<f32>().unwrap();
    assert_eq!(&sorted[..3], &[-1.0, 0.5, 2.0]);
    assert!(sorted[3].is_nan());
}
