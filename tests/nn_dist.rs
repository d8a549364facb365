//! DreamerV3's distributions on the device against host formulas: categorical with unimix
//! (log_prob, entropy, KL, mode, straight-through gradient, sample frequencies), two-hot
//! symlog regression (encoding against DreamerV3's count-based algorithm, encode/decode round
//! trip, log_prob, mean, samples on bins), bounded normal and Bernoulli (log_prob, entropy,
//! KL, mode, sample moments within 5 sigma).

mod nn_support;

use nn_support::{assert_close, host, normals, run_layer};
use viper::graph::ops::random::RngKey;
use viper::graph::{grad, Tensor};
use viper::nn::dist::{Bernoulli, Categorical, Normal, TwoHotSymlog};
use viper::{DType, HostTensor};

fn f64s(dims: &[usize], values: &[f64]) -> HostTensor {
    host(DType::F64, dims, values)
}

fn key(a: u32, b: u32) -> HostTensor {
    HostTensor::from_slice(&[2], &[a, b]).unwrap()
}

fn unimix_probs(logits: &[f64], unimix: f64) -> Vec<f64> {
    let max = logits.iter().cloned().fold(f64::MIN, f64::max);
    let total: f64 = logits.iter().map(|l| (l - max).exp()).sum();
    let k = logits.len() as f64;
    logits
        .iter()
        .map(|l| (1.0 - unimix) * (l - max).exp() / total + unimix / k)
        .collect()
}

#[test]
fn categorical_matches_host_formulas() {
    let (rows, k) = (3, 5);
    let (a, b) = (normals(1, rows * k), normals(2, rows * k));
    let picks = [4i32, 0, 2];
    let ran = run_layer(
        "categorical",
        &[
            f64s(&[rows, k], &a),
            f64s(&[rows, k], &b),
            HostTensor::from_slice(&[rows], &picks).unwrap(),
        ],
        0,
        |_, xs| {
            let p = Categorical::with_unimix(&xs[0], 0.01);
            let q = Categorical::with_unimix(&xs[1], 0.01);
            vec![
                p.probs(),
                p.log_prob_index(&xs[2]),
                p.entropy(),
                p.kl(&q),
                p.mode(),
            ]
        },
    );
    for r in 0..rows {
        let p = unimix_probs(&a[r * k..(r + 1) * k], 0.01);
        let q = unimix_probs(&b[r * k..(r + 1) * k], 0.01);
        assert_close("probs", &ran.out(0)[r * k..(r + 1) * k], &p, 1e-12);
        assert_close(
            "log_prob",
            &ran.out(1)[r..r + 1],
            &[p[picks[r] as usize].ln()],
            1e-12,
        );
        let entropy: f64 = -p.iter().map(|v| v * v.ln()).sum::<f64>();
        assert_close("entropy", &ran.out(2)[r..r + 1], &[entropy], 1e-12);
        let kl: f64 = p.iter().zip(&q).map(|(x, y)| x * (x.ln() - y.ln())).sum();
        assert_close("kl", &ran.out(3)[r..r + 1], &[kl], 1e-12);
        let best = (0..k).max_by(|&i, &j| p[i].total_cmp(&p[j])).unwrap();
        let mode: Vec<f64> = (0..k).map(|i| (i == best) as u8 as f64).collect();
        assert_close("mode", &ran.out(4)[r * k..(r + 1) * k], &mode, 0.0);
    }
}

#[test]
fn straight_through_sample_has_the_gradient_of_the_probabilities() {
    let (rows, k) = (2, 4);
    let weights = normals(4, rows * k);
    let ran = run_layer(
        "straight_through",
        &[
            f64s(&[rows, k], &normals(3, rows * k)),
            f64s(&[rows, k], &weights),
            key(5, 6),
        ],
        0,
        |_, xs| {
            let dist = Categorical::with_unimix(&xs[0], 0.01);
            let sample = dist.sample(&RngKey::new(&xs[2]));
            let through_sample = grad(&(&sample * &xs[1]).sum_all(), &[&xs[0]]);
            let through_probs = grad(&(dist.probs() * &xs[1]).sum_all(), &[&xs[0]]);
            vec![sample, through_sample[0].clone(), through_probs[0].clone()]
        },
    );
    for r in 0..rows {
        let row = &ran.out(0)[r * k..(r + 1) * k];
        let ones = row.iter().filter(|v| (*v - 1.0).abs() < 1e-12).count();
        let zeros = row.iter().filter(|v| v.abs() < 1e-12).count();
        assert_eq!(
            (ones, zeros),
            (1, k - 1),
            "sample value is one-hot: {row:?}"
        );
    }
    assert!(ran.out(2).iter().any(|g| g.abs() > 1e-3));
    assert_close("straight-through gradient", ran.out(1), ran.out(2), 1e-12);
}

#[test]
fn categorical_sample_frequencies_within_5_sigma() {
    let n = 20000;
    let logits = [0.3, -1.0, 1.2, 0.0];
    let ran = run_layer(
        "categorical_samples",
        &[f64s(&[4], &logits), key(7, 8)],
        0,
        |_, xs| {
            let dist = Categorical::with_unimix(&xs[0].broadcast_to(&[n, 4]), 0.01);
            vec![dist.sample(&RngKey::new(&xs[1])).sum(&[0])]
        },
    );
    for (i, p) in unimix_probs(&logits, 0.01).iter().enumerate() {
        let sigma = (n as f64 * p * (1.0 - p)).sqrt();
        let got = ran.out(0)[i];
        assert!(
            (got - n as f64 * p).abs() < 5.0 * sigma,
            "class {i}: {got} of {n}, p {p}"
        );
    }
}

fn symlog(x: f64) -> f64 {
    x.signum() * x.abs().ln_1p()
}

/// DreamerV3's `DiscDist.log_prob` target: count the bins below and above, weight by
/// distance (written from its description, independent of the triangle form).
fn host_two_hot(x: f64, bins: &[f64]) -> Vec<f64> {
    let n = bins.len() as i64;
    let y = symlog(x);
    let below = (bins.iter().filter(|&&b| b <= y).count() as i64 - 1).clamp(0, n - 1) as usize;
    let above = (n - bins.iter().filter(|&&b| b > y).count() as i64).clamp(0, n - 1) as usize;
    let equal = below == above;
    let to_below = if equal { 1.0 } else { (bins[below] - y).abs() };
    let to_above = if equal { 1.0 } else { (bins[above] - y).abs() };
    let total = to_below + to_above;
    let mut target = vec![0.0; bins.len()];
    target[below] += to_above / total;
    target[above] += to_below / total;
    target
}

#[test]
fn two_hot_matches_dreamer_encoding_and_round_trips() {
    let n = 255;
    let bins: Vec<f64> = (0..n)
        .map(|i| -20.0 + 40.0 * i as f64 / (n - 1) as f64)
        .collect();
    // Inside, on a bin centre (symexp(bins[130])), zero, and beyond both ends.
    let on_bin = bins[130].signum() * bins[130].abs().exp_m1();
    let targets = [
        -1000.0, -3.7, -1.0, 0.0, 0.5, 2.0, 40.0, 12345.0, on_bin, 1e12, -1e12,
    ];
    let m = targets.len();
    let logits = normals(9, m * n);
    let ran = run_layer(
        "two_hot",
        &[f64s(&[m, n], &logits), f64s(&[m], &targets), key(1, 2)],
        0,
        |_, xs| {
            let dist = TwoHotSymlog::new(&xs[0]);
            let encoded = dist.encode(&xs[1]);
            vec![
                encoded.clone(),
                dist.decode(&encoded),
                dist.log_prob(&xs[1]),
                dist.mean(),
                dist.sample(&RngKey::new(&xs[2])),
                dist.bins(),
            ]
        },
    );
    assert_close("bins", ran.out(5), &bins, 1e-12);
    for (r, &x) in targets.iter().enumerate() {
        let expected = host_two_hot(x, &bins);
        assert_close(
            &format!("encode({x})"),
            &ran.out(0)[r * n..(r + 1) * n],
            &expected,
            1e-9,
        );
        let row = &logits[r * n..(r + 1) * n];
        let max = row.iter().cloned().fold(f64::MIN, f64::max);
        let lse = max + row.iter().map(|l| (l - max).exp()).sum::<f64>().ln();
        let log_prob: f64 = expected.iter().zip(row).map(|(w, l)| w * (l - lse)).sum();
        assert_close("log_prob", &ran.out(2)[r..r + 1], &[log_prob], 1e-9);
        let mean_symlog: f64 = row
            .iter()
            .zip(&bins)
            .map(|(l, b)| (l - lse).exp() * b)
            .sum();
        let mean = mean_symlog.signum() * mean_symlog.abs().exp_m1();
        assert_close("mean", &ran.out(3)[r..r + 1], &[mean], 1e-9);
        let sample = symlog(ran.out(4)[r]);
        assert!(
            bins.iter().any(|b| (b - sample).abs() < 1e-9),
            "sample on a bin"
        );
    }
    // Round trip inside the range (the clamp saturates beyond symexp(20) ~ 4.9e8).
    let inside = &ran.out(1)[..9];
    assert_close("round trip", inside, &targets[..9], 1e-9);
}

#[test]
fn bounded_normal_matches_host_formulas() {
    let m = 6;
    let (mean, raw, x) = (normals(10, m), normals(11, m), normals(12, m));
    let (mean_q, std_q) = (normals(13, m), normals(14, m));
    let std_q: Vec<f64> = std_q.iter().map(|v| 0.5 + v.abs()).collect();
    let ran = run_layer(
        "normal",
        &[
            f64s(&[m], &mean),
            f64s(&[m], &raw),
            f64s(&[m], &x),
            f64s(&[m], &mean_q),
            f64s(&[m], &std_q),
        ],
        0,
        |_, xs| {
            let p = Normal::bounded(&xs[0], &xs[1], 0.1, 1.0);
            let q = Normal::new(&xs[3], &xs[4]);
            vec![
                p.std.clone(),
                p.log_prob(&xs[2]),
                p.entropy(),
                p.kl(&q),
                p.mode(),
            ]
        },
    );
    let half_log_tau = 0.5 * (2.0 * std::f64::consts::PI).ln();
    for i in 0..m {
        let s = 0.9 / (1.0 + (-(raw[i] + 2.0)).exp()) + 0.1;
        assert!((0.1..1.0).contains(&s));
        assert_close("std", &ran.out(0)[i..i + 1], &[s], 1e-12);
        let z = (x[i] - mean[i]) / s;
        assert_close(
            "log_prob",
            &ran.out(1)[i..i + 1],
            &[-0.5 * z * z - s.ln() - half_log_tau],
            1e-12,
        );
        assert_close(
            "entropy",
            &ran.out(2)[i..i + 1],
            &[0.5 + half_log_tau + s.ln()],
            1e-12,
        );
        let kl = (std_q[i] / s).ln()
            + (s * s + (mean[i] - mean_q[i]).powi(2)) / (2.0 * std_q[i].powi(2))
            - 0.5;
        assert_close("kl", &ran.out(3)[i..i + 1], &[kl], 1e-12);
    }
    assert_close("mode", ran.out(4), &mean, 0.0);
}

#[test]
fn normal_sample_moments_within_5_sigma() {
    let n = 20000;
    let ran = run_layer("normal_samples", &[key(3, 4)], 0, |_, xs| {
        let mean = xs[0].constant_like(0.5, DType::F64, &[n]);
        let std = xs[0].constant_like(2.0, DType::F64, &[]);
        vec![Normal::new(&mean, &std).sample(&RngKey::new(&xs[0]))]
    });
    let s = ran.out(0);
    let mean = s.iter().sum::<f64>() / n as f64;
    let var = s.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n as f64;
    assert!(
        (mean - 0.5).abs() < 5.0 * 2.0 / (n as f64).sqrt(),
        "mean {mean}"
    );
    assert!(
        (var - 4.0).abs() < 5.0 * 4.0 * (2.0 / n as f64).sqrt(),
        "var {var}"
    );
}

#[test]
fn bernoulli_matches_host_formulas_and_sample_frequency() {
    let logits = [-2.0, -0.3, 0.0, 0.7, 3.0];
    let other = [0.5, 0.5, -1.0, 2.0, -3.0];
    let x = [1.0, 0.0, 1.0, 0.0, 1.0];
    let n = 20000;
    let ran = run_layer(
        "bernoulli",
        &[
            f64s(&[5], &logits),
            f64s(&[5], &other),
            f64s(&[5], &x),
            key(9, 10),
        ],
        0,
        |_, xs| {
            let p = Bernoulli::new(&xs[0]);
            let q = Bernoulli::new(&xs[1]);
            let many = Bernoulli::new(&xs[0].broadcast_to(&[n, 5]));
            let draws: Tensor = many.sample(&RngKey::new(&xs[3])).sum(&[0]);
            vec![p.log_prob(&xs[2]), p.entropy(), p.kl(&q), p.mode(), draws]
        },
    );
    for i in 0..5 {
        let p = 1.0 / (1.0 + (-logits[i]).exp());
        let q = 1.0 / (1.0 + (-other[i]).exp());
        let lp = x[i] * p.ln() + (1.0 - x[i]) * (1.0 - p).ln();
        assert_close("log_prob", &ran.out(0)[i..i + 1], &[lp], 1e-12);
        let h = -p * p.ln() - (1.0 - p) * (1.0 - p).ln();
        assert_close("entropy", &ran.out(1)[i..i + 1], &[h], 1e-12);
        let kl = p * (p / q).ln() + (1.0 - p) * ((1.0 - p) / (1.0 - q)).ln();
        assert_close("kl", &ran.out(2)[i..i + 1], &[kl], 1e-12);
        assert_eq!(ran.out(3)[i], (logits[i] > 0.0) as u8 as f64, "mode");
        let sigma = (n as f64 * p * (1.0 - p)).sqrt();
        assert!(
            (ran.out(4)[i] - n as f64 * p).abs() < 5.0 * sigma,
            "frequency {i}"
        );
    }
}
