//! Dreamer behaviour functions of tensors against host loops (tiny sizes, f64 unless the
//! state is f32 by design): lambda-returns, continue flags and weights, the percentile
//! normaliser over several carried updates, the Prior mix of normalised advantages, the
//! slow-critic EMA with its counter.

mod dreamer_support;
mod nn_support;

use dreamer_support::{lambda_returns as host_returns, percentile};
use nn_support::{assert_close, host, normals, run_layer, session};
use viper::graph::FunctionBuilder;
use viper::models::dreamer::behavior::{
    discount_from_horizon, lambda_returns, mix_advantages, prior_critics, trajectory_conts,
    trajectory_weights, CriticTerm, NormalizerState, ReturnNormalizer, ReturnSettings, SlowCritic,
};
use viper::models::dreamer::{DreamerConfig, PriorRewards};
use viper::{DType, HostTensor};

fn f64s(dims: &[usize], values: &[f64]) -> HostTensor {
    host(DType::F64, dims, values)
}

/// Continue flags with a few zeros (episode ends inside the imagined trajectory).
fn conts(seed: u64, n: usize) -> Vec<f64> {
    normals(seed, n)
        .iter()
        .map(|x| if *x > 1.2 { 0.0 } else { 1.0 })
        .collect()
}

#[test]
fn lambda_returns_match_host_recursion() {
    let (h, n) = (5, 3);
    let (g, l) = (discount_from_horizon(333.0), 0.95);
    let r = normals(1, h * n);
    let v = normals(2, (h + 1) * n);
    let c = conts(3, (h + 1) * n);
    assert!(c.contains(&0.0), "the test needs a terminal flag");
    let ran = run_layer(
        "lambda_returns",
        &[
            f64s(&[h, n], &r),
            f64s(&[h + 1, n], &v),
            f64s(&[h + 1, n], &c),
        ],
        0,
        |_, x| vec![lambda_returns(&x[0], &x[1], &x[2], g, l)],
    );
    assert_eq!(ran.dims(0), &[h, n]);
    assert_close(
        "returns",
        ran.out(0),
        &host_returns(&r, &v, &c, n, g, l),
        1e-12,
    );
    // lambda = 1 gives the discounted reward sum bootstrapped with v_H; lambda = 0 one-step TD.
    let td = run_layer(
        "td_returns",
        &[
            f64s(&[h, n], &r),
            f64s(&[h + 1, n], &v),
            f64s(&[h + 1, n], &c),
        ],
        0,
        |_, x| vec![lambda_returns(&x[0], &x[1], &x[2], 0.9, 0.0)],
    );
    let expected: Vec<f64> = (0..h * n)
        .map(|k| r[k] + 0.9 * c[k + n] * v[k + n])
        .collect();
    assert_close("td(0) returns", td.out(0), &expected, 1e-12);
}

#[test]
fn weights_are_discounted_cumulative_continues() {
    let (h, n) = (5, 4);
    let g = discount_from_horizon(10.0);
    let predicted = conts(4, (h + 1) * n);
    let first = [1.0, 0.0, 1.0, 1.0]; // 1 - is_terminal of the start states
    let ran = run_layer(
        "weights",
        &[f64s(&[n], &first), f64s(&[h + 1, n], &predicted)],
        0,
        |_, x| {
            let c = trajectory_conts(&x[0], &x[1]);
            vec![c.clone(), trajectory_weights(&c, g)]
        },
    );
    let mut c = predicted.clone();
    c[..n].copy_from_slice(&first);
    assert_close("conts", ran.out(0), &c, 0.0);
    let mut w = vec![0.0; (h + 1) * n];
    for i in 0..n {
        let mut product = 1.0;
        for t in 0..=h {
            product *= g * c[t * n + i];
            w[t * n + i] = product / g;
        }
    }
    assert_close("weights", ran.out(1), &w, 1e-12);
    assert_eq!(
        ran.out(1)[1],
        0.0,
        "a terminal start has weight 0 throughout"
    );
}

fn normalizer() -> ReturnNormalizer {
    ReturnNormalizer::new(&DreamerConfig::tiny().retnorm)
}

#[test]
fn normalizer_tracks_percentiles_over_updates() {
    let dims = [4, 5];
    let fb = FunctionBuilder::new("retnorm");
    let returns = fb.input("returns", DType::F64, &dims);
    let specs = ReturnNormalizer::state_specs("retnorm/density");
    assert_eq!(specs[0].name, "retnorm/density/low");
    assert_eq!(specs[1].name, "retnorm/density/high");
    let low = fb.input(&specs[0].name, specs[0].ty.dtype, specs[0].ty.dims());
    let high = fb.input(&specs[1].name, specs[1].ty.dtype, specs[1].ty.dims());
    let out = normalizer().update(&NormalizerState { low, high }, &returns);
    let function = fb
        .finish(&[out.state.low, out.state.high, out.offset, out.invscale])
        .unwrap();
    let compiled = session().compile(&function).unwrap();

    let (mut low, mut high) = (0.0f64, 0.0f64);
    let mut saw_floor = false;
    let mut saw_span = false;
    for step in 0..6 {
        // Spread grows with the step so the scale passes from the floor 1 to the span.
        let spread = [1.0, 40.0, 150.0, 400.0, 900.0, 5.0][step];
        let r: Vec<f64> = normals(10 + step as u64, 20)
            .iter()
            .map(|x| spread * x + 3.0)
            .collect();
        let got = compiled
            .run(&[
                f64s(&dims, &r),
                HostTensor::scalar(low as f32),
                HostTensor::scalar(high as f32),
            ])
            .unwrap();
        low = 0.99 * low + 0.01 * percentile(&r, 5.0);
        high = 0.99 * high + 0.01 * percentile(&r, 95.0);
        let values: Vec<f64> = got.iter().map(|t| t.to_f64_vec()[0]).collect();
        let scale = (high - low).max(1.0);
        saw_floor |= high - low < 1.0;
        saw_span |= high - low > 1.0;
        assert_close(
            &format!("update {step}"),
            &values,
            &[low, high, low, scale],
            1e-5,
        );
        // Carry the device's f32 state, as the agent step does.
        (low, high) = (values[0], values[1]);
    }
    assert!(
        saw_floor && saw_span,
        "both branches of max(1, span) were exercised"
    );
}

#[test]
fn prior_mix_matches_host_normalised_advantages() {
    let (h, n) = (4, 6);
    let (g, l) = (0.99, 0.95);
    let settings = ReturnSettings {
        discount: g,
        lambda: l,
        normalizer: normalizer(),
    };
    let rewards = PriorRewards {
        extr: 0.5,
        density: 1.0,
        disag: 2.0,
    };
    let critics = prior_critics(&rewards);
    assert_eq!(
        critics,
        vec![("extr", 0.5), ("density", 1.0), ("disag", 2.0)]
    );
    let viper_only = PriorRewards {
        extr: 0.0,
        ..rewards.clone()
    };
    assert_eq!(prior_critics(&viper_only).len(), 2);

    let c = conts(20, (h + 1) * n);
    // Rewards of very different scales: the mix must not be dominated by the largest.
    let scales = [1.0, 300.0, 0.05];
    let data: Vec<(Vec<f64>, Vec<f64>)> = (0..3)
        .map(|k| {
            let s = scales[k];
            let r: Vec<f64> = normals(30 + k as u64, h * n)
                .iter()
                .map(|x| s * x)
                .collect();
            let v: Vec<f64> = normals(40 + k as u64, (h + 1) * n)
                .iter()
                .map(|x| s * x)
                .collect();
            (r, v)
        })
        .collect();
    let states = [(0.5, 2.0), (-100.0, 400.0), (0.0, 0.0)];
    let mut inputs = vec![f64s(&[h + 1, n], &c)];
    for (k, (r, v)) in data.iter().enumerate() {
        inputs.push(f64s(&[h, n], r));
        inputs.push(f64s(&[h + 1, n], v));
        inputs.push(HostTensor::scalar(states[k].0 as f32));
        inputs.push(HostTensor::scalar(states[k].1 as f32));
    }
    let ran = run_layer("prior_mix", &inputs, 0, |_, x| {
        let terms: Vec<CriticTerm> = critics
            .iter()
            .enumerate()
            .map(|(k, (name, scale))| CriticTerm {
                name: name.to_string(),
                scale: *scale,
                rewards: x[1 + 4 * k].clone(),
                values: x[2 + 4 * k].clone(),
                normalizer: NormalizerState {
                    low: x[3 + 4 * k].clone(),
                    high: x[4 + 4 * k].clone(),
                },
            })
            .collect();
        let mixed = mix_advantages(&terms, &x[0], &settings).unwrap();
        let mut out = vec![mixed.advantage];
        out.extend(mixed.returns);
        for s in mixed.normalizers {
            out.push(s.high - s.low);
        }
        for (name, metric) in mixed.metrics {
            if name.ends_with("/advantage_abs") {
                out.push(metric);
            }
        }
        out
    });
    let total = 3.5;
    let mut adv = vec![0.0; h * n];
    for (k, (r, v)) in data.iter().enumerate() {
        let ret = host_returns(r, v, &c, n, g, l);
        assert_close(&format!("returns {k}"), ran.out(1 + k), &ret, 1e-12);
        let low = 0.99 * states[k].0 + 0.01 * percentile(&ret, 5.0);
        let high = 0.99 * states[k].1 + 0.01 * percentile(&ret, 95.0);
        assert_close(&format!("span {k}"), ran.out(4 + k), &[high - low], 1e-5);
        let invscale = (high - low).max(1.0);
        let mut part_abs = 0.0;
        for i in 0..h * n {
            let part = critics[k].1 / total * (ret[i] - v[i]) / invscale;
            adv[i] += part;
            part_abs += part.abs() / (h * n) as f64;
        }
        assert_close(
            &format!("advantage_abs {k}"),
            ran.out(7 + k),
            &[part_abs],
            1e-5,
        );
    }
    // The f32 normaliser state limits the agreement to f32 precision.
    assert_close("advantage", ran.out(0), &adv, 1e-5);
}

#[test]
fn prior_mix_rejects_zero_total_scale() {
    let fb = FunctionBuilder::new("bad_mix");
    let x = fb.input("x", DType::F32, &[3, 2]);
    let zero = fb.input("z", DType::F32, &[]);
    let term = CriticTerm {
        name: "density".to_string(),
        scale: 0.0,
        rewards: x.slice_axis(0, 0, 2),
        values: x.clone(),
        normalizer: NormalizerState {
            low: zero.clone(),
            high: zero,
        },
    };
    let settings = ReturnSettings {
        discount: 0.99,
        lambda: 0.95,
        normalizer: normalizer(),
    };
    let err = mix_advantages(&[term], &x, &settings)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("positive sum of scales") && err.contains("density=0"),
        "{err}"
    );
}

#[test]
fn slow_critic_copies_then_mixes() {
    let slow = SlowCritic {
        fraction: 0.02,
        period: 1,
    };
    let every_other = SlowCritic {
        fraction: 0.3,
        period: 2,
    };
    let fb = FunctionBuilder::new("slow_update");
    let critic = fb.input("critic", DType::F32, &[3]);
    let target = fb.input("slow", DType::F32, &[3]);
    let updates = fb.input("updates", DType::I32, &[]);
    let (a, ua) = slow
        .update(
            std::slice::from_ref(&critic),
            std::slice::from_ref(&target),
            &updates,
        )
        .unwrap();
    let (b, _) = every_other.update(&[critic], &[target], &updates).unwrap();
    let function = fb.finish(&[a[0].clone(), ua, b[0].clone()]).unwrap();
    let compiled = session().compile(&function).unwrap();

    let critic_values = [1.0f32, -2.0, 4.0];
    let mut slow_values = [9.0f32, 9.0, -9.0];
    let mut alt_values = slow_values;
    for count in 0..4i32 {
        let run = |s: &[f32; 3]| {
            compiled
                .run(&[
                    HostTensor::from_slice(&[3], &critic_values).unwrap(),
                    HostTensor::from_slice(&[3], s).unwrap(),
                    HostTensor::scalar(count),
                ])
                .unwrap()
        };
        let out = run(&slow_values);
        let alt = run(&alt_values);
        let mix = if count == 0 { 1.0 } else { 0.02 };
        let alt_mix = if count == 0 {
            1.0
        } else if count % 2 == 0 {
            0.3
        } else {
            0.0
        };
        for k in 0..3 {
            let expected = mix * critic_values[k] + (1.0 - mix) * slow_values[k];
            let alt_expected = alt_mix * critic_values[k] + (1.0 - alt_mix) * alt_values[k];
            assert_close("slow", &[out[0].to_f64_vec()[k]], &[expected as f64], 1e-6);
            assert_close(
                "slow/2",
                &[alt[2].to_f64_vec()[k]],
                &[alt_expected as f64],
                1e-6,
            );
        }
        assert_eq!(out[1].to_vec::<i32>().unwrap(), vec![count + 1]);
        for k in 0..3 {
            slow_values[k] = out[0].to_f64_vec()[k] as f32;
            alt_values[k] = alt[2].to_f64_vec()[k] as f32;
        }
    }
}

#[test]
fn slow_critic_rejects_mismatched_pairs() {
    let fb = FunctionBuilder::new("slow_bad");
    let a = fb.input("a", DType::F32, &[3]);
    let b = fb.input("b", DType::F32, &[4]);
    let u = fb.input("u", DType::I32, &[]);
    let slow = SlowCritic {
        fraction: 0.02,
        period: 1,
    };
    let err = slow
        .update(std::slice::from_ref(&a), &[b], &u)
        .unwrap_err()
        .to_string();
    assert!(err.contains("parameter pair 0"), "{err}");
    let err = slow
        .update(std::slice::from_ref(&a), &[], &u)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("one slow parameter per critic parameter"),
        "{err}"
    );
}
