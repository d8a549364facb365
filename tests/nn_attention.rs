//! Multi-head attention on the device: the forward pass against host loops (with and
//! without the causal mask), KV-cached one-token decoding against the full causal pass, and
//! the causal property (changing a later token never changes an earlier output).

mod nn_support;

use nn_support::{assert_close, host, normals, randomize, run_layer_with, Ran};
use viper::graph::Tensor;
use viper::nn::MultiHeadAttention;
use viper::{DType, HostTensor};

const B: usize = 2;
const T: usize = 4;
const E: usize = 6;
const H: usize = 2;
const D: usize = E / H;

/// `x [B, T, E] · w [E, O] + b` on the host.
fn dense(x: &[f64], rows: usize, w: &[f64], b: &[f64], n_in: usize, n_out: usize) -> Vec<f64> {
    let mut y = vec![0.0; rows * n_out];
    for r in 0..rows {
        for o in 0..n_out {
            y[r * n_out + o] = b[o]
                + (0..n_in)
                    .map(|i| x[r * n_in + i] * w[i * n_out + o])
                    .sum::<f64>();
        }
    }
    y
}

/// The attention layer written out in loops, reading the parameters of `ran`.
fn host_attention(ran: &Ran, x: &[f64], causal: bool) -> Vec<f64> {
    let qkv = dense(
        x,
        B * T,
        &ran.param("mha/qkv/kernel"),
        &ran.param("mha/qkv/bias"),
        E,
        3 * E,
    );
    // qkv row layout: (H, 3D); q = [.., 0..D], k = [.., D..2D], v = [.., 2D..3D] per head.
    let at = |b: usize, t: usize, h: usize, part: usize, d: usize| {
        qkv[(b * T + t) * 3 * E + h * 3 * D + part * D + d]
    };
    let mut merged = vec![0.0; B * T * E];
    for b in 0..B {
        for h in 0..H {
            for t in 0..T {
                let visible = if causal { t + 1 } else { T };
                let scores: Vec<f64> = (0..visible)
                    .map(|s| {
                        (0..D)
                            .map(|d| at(b, t, h, 0, d) * at(b, s, h, 1, d))
                            .sum::<f64>()
                            / (D as f64).sqrt()
                    })
                    .collect();
                let max = scores.iter().cloned().fold(f64::MIN, f64::max);
                let exps: Vec<f64> = scores.iter().map(|s| (s - max).exp()).collect();
                let total: f64 = exps.iter().sum();
                for d in 0..D {
                    merged[(b * T + t) * E + h * D + d] = (0..visible)
                        .map(|s| exps[s] / total * at(b, s, h, 2, d))
                        .sum();
                }
            }
        }
    }
    dense(
        &merged,
        B * T,
        &ran.param("mha/out/kernel"),
        &ran.param("mha/out/bias"),
        E,
        E,
    )
}

fn run_attention(name: &str, x: &[f64], causal: bool) -> Ran {
    let mut layer = MultiHeadAttention::new(E, H);
    layer.causal = causal;
    run_layer_with(
        name,
        &[host(DType::F32, &[B, T, E], x)],
        21,
        |t| randomize(t, "bias", 22),
        |scope, xs| vec![layer.forward(&scope.child("mha"), &xs[0])],
    )
}

#[test]
fn attention_matches_host_loops() {
    let x = normals(20, B * T * E);
    for causal in [false, true] {
        let ran = run_attention(&format!("mha_causal_{causal}"), &x, causal);
        assert_eq!(ran.dims(0), [B, T, E]);
        assert_close(
            "attention",
            ran.out(0),
            &host_attention(&ran, &x, causal),
            1e-5,
        );
    }
}

#[test]
fn changing_a_later_token_never_changes_earlier_outputs() {
    let x = normals(30, B * T * E);
    let mut changed = x.clone();
    let j = 2; // tokens j.. of every sequence change
    for b in 0..B {
        for v in &mut changed[(b * T + j) * E..(b + 1) * T * E] {
            *v += 1.5;
        }
    }
    let (a, c) = (
        run_attention("mha_causal_a", &x, true),
        run_attention("mha_causal_a", &changed, true),
    );
    for b in 0..B {
        let early = (b * T) * E..(b * T + j) * E;
        assert_close(
            "earlier outputs",
            &c.out(0)[early.clone()],
            &a.out(0)[early],
            1e-6,
        );
        let late = (b * T + j) * E..(b + 1) * T * E;
        let moved = c.out(0)[late.clone()]
            .iter()
            .zip(&a.out(0)[late])
            .any(|(p, q)| (p - q).abs() > 1e-3);
        assert!(moved, "later outputs see the change");
    }
}

#[test]
fn kv_cached_decoding_equals_the_full_causal_pass() {
    let x = normals(40, B * T * E);
    let positions = HostTensor::from_slice(&[T], &(0..T as i32).collect::<Vec<_>>()).unwrap();
    let layer = MultiHeadAttention::new(E, H).causal();
    let ran = run_layer_with(
        "mha_decode",
        &[host(DType::F32, &[B, T, E], &x), positions],
        41,
        |t| randomize(t, "bias", 42),
        |scope, xs| {
            let scope = scope.child("mha");
            let full = layer.forward(&scope, &xs[0]);
            let mut cache = layer.empty_cache(&xs[0], B, T, DType::F32);
            let mut steps: Vec<Tensor> = Vec::new();
            for t in 0..T {
                let token = xs[0].slice_axis(1, t, t + 1); // (B, 1, E)
                let position = xs[1].slice_axis(0, t, t + 1).reshape(&[]);
                let (y, next) = layer.decode_step(&scope, &token, &cache, &position);
                steps.push(y);
                cache = next;
            }
            let decoded = Tensor::concatenate(&steps.iter().collect::<Vec<_>>(), 1);
            vec![full, decoded, cache.keys]
        },
    );
    assert_eq!(ran.dims(1), [B, T, E]);
    assert_close("decode vs full", ran.out(1), ran.out(0), 1e-5);
    // The cache holds every position's keys: qkv[.., D..2D] per head.
    let qkv = dense(
        &x,
        B * T,
        &ran.param("mha/qkv/kernel"),
        &ran.param("mha/qkv/bias"),
        E,
        3 * E,
    );
    let keys: Vec<f64> = (0..B * T)
        .flat_map(|r| (0..H).flat_map(move |h| (0..D).map(move |d| (r, h, d))))
        .map(|(r, h, d)| qkv[r * 3 * E + h * 3 * D + D + d])
        .collect();
    assert_close("cached keys", ran.out(2), &keys, 1e-5);
    assert_close(
        "decode vs host",
        ran.out(1),
        &host_attention(&ran, &x, true),
        1e-5,
    );
}

#[test]
fn attention_dropout_is_keyed_and_off_at_rate_zero() {
    let x = normals(50, B * T * E);
    let key = HostTensor::from_slice(&[2], &[5u32, 6]).unwrap();
    let ran = run_layer_with(
        "mha_dropout",
        &[host(DType::F32, &[B, T, E], &x), key],
        51,
        |t| randomize(t, "bias", 52),
        |scope, xs| {
            let scope = scope.child("mha");
            let key = viper::graph::ops::random::RngKey::new(&xs[1]);
            let plain = MultiHeadAttention::new(E, H).causal();
            let dropped = plain.clone().attention_dropout(0.5);
            vec![
                plain.forward(&scope, &xs[0]),
                plain.forward_train(&scope, &xs[0], None, &key),
                dropped.forward_train(&scope, &xs[0], None, &key),
            ]
        },
    );
    assert_close("rate 0", ran.out(1), ran.out(0), 0.0);
    let differs = ran
        .out(2)
        .iter()
        .zip(ran.out(0))
        .any(|(a, b)| (a - b).abs() > 1e-3);
    assert!(differs, "dropout at rate 0.5 changes the output");
}
