//! Counter-based random numbers on the device: Threefry-2x32 against the published
//! known-answer vectors and a host implementation; determinism and key separation; sample
//! statistics within 5-sigma bounds derived from the sample size.

mod device;
mod host_reference;

use device::{run, Arg};
use host_reference::random::threefry2x32 as host_threefry;
use viper::graph::ops::random::{threefry2x32, RngKey};
use viper::DType;

fn key_arg(key: [u32; 2]) -> Arg {
    Arg::ints(DType::U32, &[2], &[key[0] as i64, key[1] as i64])
}

#[test]
fn threefry_matches_known_answers_and_host() {
    // Random123 known-answer vectors for threefry2x32_20.
    let cases: [([u32; 2], [u32; 2], [u32; 2]); 3] = [
        ([0, 0], [0, 0], [0x6b20_0159, 0x99ba_4efe]),
        (
            [u32::MAX, u32::MAX],
            [u32::MAX, u32::MAX],
            [0x1cb9_96fc, 0xbb00_2be7],
        ),
        (
            [0x1319_8a2e, 0x0370_7344],
            [0x243f_6a88, 0x85a3_08d3],
            [0xc492_3a9c, 0x483d_f7a0],
        ),
    ];
    for (key, counter, expected) in cases {
        assert_eq!(host_threefry(key, counter), expected, "host threefry");
        let args = [
            Arg::ints(DType::U32, &[], &[key[0] as i64]),
            Arg::ints(DType::U32, &[], &[key[1] as i64]),
            Arg::ints(DType::U32, &[1], &[counter[0] as i64]),
            Arg::ints(DType::U32, &[1], &[counter[1] as i64]),
        ];
        let got = run("threefry_kat", &args, |t| {
            let (a, b) = threefry2x32(&t[0], &t[1], &t[2], &t[3]);
            vec![a, b]
        });
        assert_eq!([got[0].data[0] as u32, got[1].data[0] as u32], expected);
    }
    // Bits of a key: counter pairs (j, 0), first words then second words.
    let key = [0xdead_beef, 0x0123_4567];
    let got = run("bits", &[key_arg(key)], |t| {
        vec![RngKey::new(&t[0]).bits(&[2, 5])]
    });
    let mut expected = Vec::new();
    let pairs: Vec<[u32; 2]> = (0..5).map(|j| host_threefry(key, [j, 0])).collect();
    expected.extend(pairs.iter().map(|p| p[0]));
    expected.extend(pairs.iter().map(|p| p[1]));
    let got: Vec<u32> = got[0].data.iter().map(|&v| v as u32).collect();
    assert_eq!(got, expected);
}

#[test]
fn same_key_same_numbers_and_derived_keys_differ() {
    let draw = |key: [u32; 2]| {
        run("draw", &[key_arg(key)], |t| {
            let k = RngKey::new(&t[0]);
            let parts = k.split(3);
            vec![
                parts[0].uniform(DType::F32, &[64]),
                parts[1].uniform(DType::F32, &[64]),
                parts[2].fold_in(7).normal(DType::F64, &[64]),
                parts[2].fold_in(8).normal(DType::F64, &[64]),
            ]
        })
    };
    let (a, b, c) = (draw([1, 2]), draw([1, 2]), draw([1, 3]));
    for i in 0..4 {
        assert_eq!(a[i].data, b[i].data, "same key, output {i}");
        assert_ne!(a[i].data, c[i].data, "different keys, output {i}");
    }
    assert_ne!(a[0].data, a[1].data, "split keys give different streams");
    assert_ne!(a[2].data, a[3].data, "fold_in of different data differs");
}

/// Mean and variance of samples.
fn moments(v: &[f64]) -> (f64, f64) {
    let n = v.len() as f64;
    let mean = v.iter().sum::<f64>() / n;
    (mean, v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n)
}

fn within(name: &str, value: f64, expected: f64, sigma: f64) {
    assert!(
        (value - expected).abs() <= 5.0 * sigma,
        "{name}: {value} is more than 5 sigma ({sigma}) from {expected}"
    );
}

#[test]
fn uniform_and_normal_moments_are_within_bounds() {
    let n = 200_000usize;
    for dtype in [DType::F32, DType::F64] {
        let got = run("moments", &[key_arg([42, 0])], |t| {
            let k = RngKey::new(&t[0]).split(2);
            vec![
                k[0].uniform(dtype, &[n]).convert(DType::F64),
                k[1].normal(dtype, &[n]).convert(DType::F64),
            ]
        });
        let u = &got[0].data;
        assert!(
            u.iter().all(|&x| (0.0..1.0).contains(&x)),
            "uniform in [0, 1)"
        );
        let nf = n as f64;
        let (mean, var) = moments(u);
        // U(0,1): variance 1/12, fourth central moment 1/80.
        within("uniform mean", mean, 0.5, (1.0 / 12.0 / nf).sqrt());
        within(
            "uniform variance",
            var,
            1.0 / 12.0,
            ((1.0 / 80.0 - 1.0 / 144.0) / nf).sqrt(),
        );
        let (mean, var) = moments(&got[1].data);
        // N(0,1): fourth moment 3, so Var(sample variance) ~ 2/n.
        within("normal mean", mean, 0.0, (1.0 / nf).sqrt());
        within("normal variance", var, 1.0, (2.0 / nf).sqrt());
        let tail = got[1].data.iter().filter(|x| x.abs() > 1.959964).count() as f64 / nf;
        within(
            "normal two-sided 5% tail",
            tail,
            0.05,
            (0.05 * 0.95 / nf).sqrt(),
        );
    }
}

#[test]
fn half_precision_uniforms_are_exact_grids_with_the_right_moments() {
    let n = 200_000usize;
    for (dtype, mantissa) in [(DType::BF16, 8), (DType::F16, 11)] {
        let got = run("uniform16", &[key_arg([5, 6])], |t| {
            vec![RngKey::new(&t[0]).uniform(dtype, &[n]).convert(DType::F64)]
        });
        let grid = 2f64.powi(mantissa);
        let u = &got[0].data;
        assert!(u
            .iter()
            .all(|&x| (0.0..1.0).contains(&x) && (x * grid).fract() == 0.0));
        // Discrete uniform on k / 2^m, k < 2^m.
        let (mean, var) = moments(u);
        let nf = n as f64;
        let want_var = (1.0 - grid.powi(-2)) / 12.0;
        within(
            "mean",
            mean,
            (1.0 - 1.0 / grid) / 2.0,
            (want_var / nf).sqrt(),
        );
        within(
            "variance",
            var,
            want_var,
            ((1.0 / 80.0 - 1.0 / 144.0) / nf).sqrt(),
        );
    }
}

#[test]
fn categorical_and_bernoulli_frequencies_match_probabilities() {
    let n = 50_000usize;
    let logits = [0.5f64, -1.0, 2.0, 0.0];
    let got = run("categorical", &[key_arg([9, 9])], |t| {
        let k = RngKey::new(&t[0]).split(2);
        let host = viper::HostTensor::from_slice(&[1, 4], &logits).expect("logits");
        let row = t[0].host_constant(&host);
        let batch = row.broadcast_to(&[n, 4]);
        let p = t[0].constant_like(0.3, DType::F32, &[]);
        vec![
            k[0].categorical(&batch, 1),
            k[1].bernoulli(&p, &[n]).convert(DType::F32),
        ]
    });
    let z: f64 = logits.iter().map(|l| l.exp()).sum();
    let nf = n as f64;
    for (class, logit) in logits.iter().enumerate() {
        let p = logit.exp() / z;
        let count = got[0].data.iter().filter(|&&c| c as usize == class).count() as f64;
        within(
            &format!("class {class} count"),
            count,
            nf * p,
            (nf * p * (1.0 - p)).sqrt(),
        );
    }
    let hits: f64 = got[1].data.iter().sum();
    within("bernoulli count", hits, nf * 0.3, (nf * 0.3 * 0.7).sqrt());
}
