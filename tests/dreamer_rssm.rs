//! RSSM tests (f64, tiny sizes) against the host reference in `host_reference::rssm`: one
//! prior step and one posterior step (with the is_first reset to the learned initial state),
//! `observe` and `imagine` as while loops against host loops, and the KL balancing with free
//! bits against host math, including which side each term's gradient reaches.

mod host_reference;
mod nn_support;

use host_reference::rssm::{kl_sum, HostRssm, HostState, Sizes};
use nn_support::{assert_close, host, normals, randomize, run_layer_with, session};
use viper::graph::ops::random::RngKey;
use viper::graph::{grad, FunctionBuilder, Tensor};
use viper::models::dreamer::{kl_losses, Rssm, RssmState, StochSample};
use viper::nn::ParamTree;
use viper::testing::Rng;
use viper::DType;

const SIZES: Sizes = Sizes {
    deter: 6,
    units: 5,
    stoch: 3,
    classes: 4,
    embed: 7,
    action: 2,
    unimix: 0.01,
};
const N: usize = 3;

fn rssm(sample: StochSample) -> Rssm {
    Rssm {
        deter: SIZES.deter,
        units: SIZES.units,
        stoch: SIZES.stoch,
        classes: SIZES.classes,
        unimix: SIZES.unimix,
        embed: SIZES.embed,
        action_dim: SIZES.action,
        action_clip: 1.0,
        sample,
        param_dtype: DType::F64,
    }
}

/// Non-trivial norm scales and offsets and a non-zero initial state.
fn tweak(tree: &mut ParamTree) {
    randomize(tree, "scale", 31);
    randomize(tree, "bias", 32);
    randomize(tree, "initial", 33);
}

fn host_rssm(params: &ParamTree) -> HostRssm<'_> {
    HostRssm {
        params,
        prefix: "rssm".to_string(),
        sizes: SIZES,
    }
}

/// A random previous state: normal deter, one-hot stoch, unused logits.
fn random_state(seed: u64, n: usize) -> HostState {
    let (s, c) = (SIZES.stoch, SIZES.classes);
    let mut rng = Rng::new(seed);
    let mut stoch = vec![0.0; n * s * c];
    for g in 0..n * s {
        stoch[g * c + (rng.next_u64() % c as u64) as usize] = 1.0;
    }
    HostState {
        deter: normals(seed + 1, n * SIZES.deter),
        stoch,
        logits: normals(seed + 2, n * s * c),
    }
}

fn state_inputs(state: &HostState, n: usize) -> Vec<viper::HostTensor> {
    let (d, s, c) = (SIZES.deter, SIZES.stoch, SIZES.classes);
    vec![
        host(DType::F64, &[n, d], &state.deter),
        host(DType::F64, &[n, s, c], &state.stoch),
        host(DType::F64, &[n, s, c], &state.logits),
    ]
}

fn traced_state(x: &[Tensor]) -> RssmState {
    RssmState {
        deter: x[0].clone(),
        stoch: x[1].clone(),
        logits: x[2].clone(),
    }
}

/// Every latent of a straight-through sample is a one-hot vector (up to rounding).
fn assert_one_hot(name: &str, values: &[f64]) {
    for (g, row) in values.chunks(SIZES.classes).enumerate() {
        let ones = row.iter().filter(|v| (*v - 1.0).abs() < 1e-12).count();
        let zeros = row.iter().filter(|v| v.abs() < 1e-12).count();
        assert!(
            ones == 1 && zeros == row.len() - 1,
            "{name}: latent {g} is {row:?}"
        );
    }
}

#[test]
fn img_step_matches_host_reference() {
    let prev = random_state(1, N);
    // Some actions beyond the clip magnitude 1.
    let action: Vec<f64> = normals(5, N * SIZES.action)
        .iter()
        .map(|v| 1.5 * v)
        .collect();
    let mut data = state_inputs(&prev, N);
    data.push(host(DType::F64, &[N, SIZES.action], &action));
    data.push(viper::HostTensor::from_slice(&[2], &[7u32, 11]).unwrap());
    let model = rssm(StochSample::StraightThrough);
    let ran = run_layer_with("img_step", &data, 3, tweak, |scope, x| {
        let out = model.img_step(
            &scope.child("rssm"),
            &traced_state(x),
            &x[3],
            &RngKey::new(&x[4]),
        );
        vec![out.deter, out.logits, out.stoch]
    });
    let expected = host_rssm(&ran.params).img_step(&prev, &action, N);
    assert_eq!(ran.dims(0), [N, SIZES.deter]);
    assert_close("deter", ran.out(0), &expected.deter, 1e-10);
    assert_close("prior logits", ran.out(1), &expected.logits, 1e-10);
    assert_one_hot("prior sample", ran.out(2));
}

#[test]
fn obs_step_matches_host_reference_and_resets_on_is_first() {
    let prev = random_state(11, N);
    let action = normals(15, N * SIZES.action);
    let embed = normals(16, N * SIZES.embed);
    let is_first = [false, true, false];
    let flags: Vec<f64> = is_first.iter().map(|&f| f as u8 as f64).collect();
    let mut data = state_inputs(&prev, N);
    data.push(host(DType::F64, &[N, SIZES.action], &action));
    data.push(host(DType::F64, &[N, SIZES.embed], &embed));
    data.push(host(DType::F64, &[N], &flags));
    data.push(viper::HostTensor::from_slice(&[2], &[3u32, 4]).unwrap());
    let model = rssm(StochSample::StraightThrough);
    let ran = run_layer_with("obs_step", &data, 13, tweak, |scope, x| {
        let (post, prior) = model.obs_step(
            &scope.child("rssm"),
            &traced_state(x),
            &x[3],
            &x[4],
            &x[5],
            &RngKey::new(&x[6]),
        );
        let initial = model.initial(&scope.child("rssm"), N);
        vec![
            post.deter,
            post.logits,
            prior.logits,
            post.stoch,
            initial.deter,
        ]
    });
    let reference = host_rssm(&ran.params);
    let (post, prior) = reference.obs_step(&prev, &action, &embed, &is_first, N);
    assert_close("deter", ran.out(0), &post.deter, 1e-10);
    assert_close("post logits", ran.out(1), &post.logits, 1e-10);
    assert_close("prior logits", ran.out(2), &prior.logits, 1e-10);
    assert_one_hot("post sample", ran.out(3));
    assert_close(
        "initial deter",
        ran.out(4),
        &reference.initial(N).deter,
        1e-12,
    );
    // The reset row does not depend on its previous state: the host reference with a
    // different previous state and action in that row gives the same outputs.
    let mut other = prev.clone();
    other.deter[SIZES.deter..2 * SIZES.deter].fill(3.0);
    let mut other_action = action.clone();
    other_action[SIZES.action..2 * SIZES.action].fill(-0.7);
    let (post2, _) = reference.obs_step(&other, &other_action, &embed, &is_first, N);
    let row = |v: &[f64], w: usize| v[w..2 * w].to_vec();
    assert_close(
        "reset row",
        &row(ran.out(1), SIZES.stoch * SIZES.classes),
        &row(&post2.logits, SIZES.stoch * SIZES.classes),
        1e-10,
    );
}

#[test]
fn observe_loop_matches_host_steps() {
    // B = 2 sequences of T = 4 steps, resets at t = 0 (both) and t = 2 (the second).
    let (b, t) = (2, 4);
    let start = random_state(21, b);
    let actions = normals(22, b * t * SIZES.action);
    let embeds = normals(23, b * t * SIZES.embed);
    let mut firsts = vec![0.0; b * t];
    firsts[0] = 1.0;
    firsts[t] = 1.0;
    firsts[t + 2] = 1.0;
    let mut data = state_inputs(&start, b);
    data.push(host(DType::F64, &[b, t, SIZES.action], &actions));
    data.push(host(DType::F64, &[b, t, SIZES.embed], &embeds));
    data.push(host(DType::F64, &[b, t], &firsts));
    data.push(viper::HostTensor::from_slice(&[2], &[1u32, 2]).unwrap());
    let model = rssm(StochSample::Probabilities);
    // The parameters are created lazily inside the loop body on this first use.
    let ran = run_layer_with("observe", &data, 25, tweak, |scope, x| {
        let (post, prior) = model.observe(
            &scope.child("rssm"),
            &x[4],
            &x[3],
            &x[5],
            &traced_state(x),
            &RngKey::new(&x[6]),
        );
        vec![post.deter, post.logits, prior.logits]
    });
    assert_eq!(ran.dims(0), [b, t, SIZES.deter]);
    let reference = host_rssm(&ran.params);
    let (a, e, z, d) = (
        SIZES.action,
        SIZES.embed,
        SIZES.stoch * SIZES.classes,
        SIZES.deter,
    );
    let pick = |v: &[f64], w: usize, step: usize| -> Vec<f64> {
        (0..b)
            .flat_map(|r| v[(r * t + step) * w..(r * t + step + 1) * w].to_vec())
            .collect()
    };
    let mut state = start.clone();
    for step in 0..t {
        let first: Vec<bool> = (0..b).map(|r| firsts[r * t + step] == 1.0).collect();
        let (post, prior) = reference.obs_step(
            &state,
            &pick(&actions, a, step),
            &pick(&embeds, e, step),
            &first,
            b,
        );
        assert_close("deter", &pick(ran.out(0), d, step), &post.deter, 1e-9);
        assert_close("post", &pick(ran.out(1), z, step), &post.logits, 1e-9);
        assert_close("prior", &pick(ran.out(2), z, step), &prior.logits, 1e-9);
        state = post;
    }
}

#[test]
fn imagine_loop_matches_host_rollout() {
    let horizon = 3;
    let start = random_state(41, N);
    let mut data = state_inputs(&start, N);
    data.push(viper::HostTensor::from_slice(&[2], &[9u32, 9]).unwrap());
    let model = rssm(StochSample::Probabilities);
    // A deterministic policy: tanh of the first A features times 2 (so the clip acts).
    let a = SIZES.action;
    let policy = |features: &Tensor, _key: &RngKey| features.slice_axis(1, 0, a).tanh() * 2.0;
    let ran = run_layer_with("imagine", &data, 43, tweak, |scope, x| {
        let out = model.imagine(
            &scope.child("rssm"),
            &traced_state(x),
            horizon,
            &RngKey::new(&x[3]),
            &policy,
        );
        vec![out.states.deter, out.states.logits, out.actions]
    });
    assert_eq!(ran.dims(0), [horizon + 1, N, SIZES.deter]);
    assert_eq!(ran.dims(2), [horizon + 1, N, a]);
    let reference = host_rssm(&ran.params);
    let d = SIZES.deter;
    let host_policy = |s: &HostState| -> Vec<f64> {
        (0..N)
            .flat_map(|r| (0..a).map(move |j| (r, j)))
            .map(|(r, j)| 2.0 * s.deter[r * d + j].tanh())
            .collect()
    };
    let mut state = start.clone();
    for step in 0..=horizon {
        let at = |k: usize, w: usize| ran.out(k)[step * N * w..(step + 1) * N * w].to_vec();
        assert_close("deter", &at(0, d), &state.deter, 1e-9);
        let action = host_policy(&state);
        assert_close("action", &at(2, a), &action, 1e-9);
        if step > 0 {
            let z = SIZES.stoch * SIZES.classes;
            assert_close("logits", &at(1, z), &state.logits, 1e-9);
        }
        state = reference.img_step(&state, &action, N);
    }
}

#[test]
fn kl_balancing_with_free_bits_matches_host() {
    // Logits [B=2, T=3, S, C] scaled so that some per-step sums fall below the 1 nat floor
    // and some above; free bits apply after the sum over the latents.
    let (b, t, s, c) = (2, 3, SIZES.stoch, SIZES.classes);
    let n = b * t * s * c;
    let log_probs = |seed: u64, spread: &[f64]| -> Vec<f64> {
        let raw = normals(seed, n);
        let mut out = vec![0.0; n];
        for g in 0..b * t * s {
            let k = spread[g / s];
            let row: Vec<f64> = raw[g * c..(g + 1) * c].iter().map(|v| v * k).collect();
            let lse = row.iter().map(|v| v.exp()).sum::<f64>().ln();
            for j in 0..c {
                out[g * c + j] = row[j] - lse;
            }
        }
        out
    };
    let spread = [0.1, 2.0, 0.2, 3.0, 0.05, 1.5];
    let post = log_probs(51, &spread);
    let prior = log_probs(52, &spread);
    let dims = [b, t, s, c];
    let fb = FunctionBuilder::new("kl");
    let p = fb.input("post", DType::F64, &dims);
    let q = fb.input("prior", DType::F64, &dims);
    let state = |l: &Tensor| RssmState {
        deter: l.clone(),
        stoch: l.clone(),
        logits: l.clone(),
    };
    let (dynamics, representation, raw) = kl_losses(&state(&p), &state(&q), 1.0);
    let dyn_grads = grad(&dynamics.sum_all(), &[&p, &q]);
    let rep_grads = grad(&representation.sum_all(), &[&p, &q]);
    let function = fb
        .finish(&[
            dynamics,
            representation,
            raw,
            dyn_grads[0].clone(),
            dyn_grads[1].clone(),
            rep_grads[0].clone(),
            rep_grads[1].clone(),
        ])
        .unwrap();
    let out = session()
        .run(
            &function,
            &[
                host(DType::F64, &dims, &post),
                host(DType::F64, &dims, &prior),
            ],
        )
        .unwrap();
    let kl = kl_sum(&post, &prior, s, c);
    assert!(
        kl.iter().any(|&v| v < 1.0) && kl.iter().any(|&v| v > 1.0),
        "{kl:?}"
    );
    let floored: Vec<f64> = kl.iter().map(|v| v.max(1.0)).collect();
    assert_close("dyn", &out[0].to_f64_vec(), &floored, 1e-12);
    assert_close("rep", &out[1].to_f64_vec(), &floored, 1e-12);
    assert_close("kl", &out[2].to_f64_vec(), &kl, 1e-12);
    // dyn trains only the prior, rep only the posterior; steps under the floor get nothing.
    let zero = vec![0.0; n];
    assert_close("d dyn / d post", &out[3].to_f64_vec(), &zero, 0.0);
    assert_close("d rep / d prior", &out[6].to_f64_vec(), &zero, 0.0);
    for (step, &v) in kl.iter().enumerate() {
        let block = step * s * c..(step + 1) * s * c;
        let dq = &out[4].to_f64_vec()[block.clone()];
        let dp = &out[5].to_f64_vec()[block];
        let active = v > 1.0;
        assert_eq!(
            dq.iter().any(|g| *g != 0.0),
            active,
            "dyn grad at step {step}"
        );
        assert_eq!(
            dp.iter().any(|g| *g != 0.0),
            active,
            "rep grad at step {step}"
        );
        if active {
            // KL(sg(p) || q) with q = log_softmax(l): d/dl_k = softmax(l)_k - p_k, and
            // softmax(l) = exp(l) for normalised log-probabilities l.
            let block = step * s * c..(step + 1) * s * c;
            let expected: Vec<f64> = post[block.clone()]
                .iter()
                .zip(&prior[block])
                .map(|(lp, lq)| lq.exp() - lp.exp())
                .collect();
            assert_close("d dyn / d prior", dq, &expected, 1e-12);
        }
    }
}

#[test]
fn observe_names_a_mismatched_input() {
    let model = rssm(StochSample::StraightThrough);
    let fb = FunctionBuilder::new("bad_observe");
    let embed = fb.input("embed", DType::F64, &[2, 4, SIZES.embed]);
    let action = fb.input("action", DType::F64, &[2, 3, SIZES.action]);
    let is_first = fb.input("is_first", DType::F64, &[2, 4]);
    let scope = viper::nn::Scope::new(&fb);
    let start = model.initial(&scope.child("rssm"), 2);
    let key = RngKey::from_seed(&embed, 1);
    let (post, _) = model.observe(
        &scope.child("rssm"),
        &embed,
        &action,
        &is_first,
        &start,
        &key,
    );
    let err = fb.finish(&[post.deter]).unwrap_err().to_string();
    assert!(err.contains("`action` must be [2, 4, 2]"), "{err}");
}
