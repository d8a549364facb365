//! Open-loop prediction videos on the tiny preset, checked against separate computations:
//! the model frames equal the decoder run on the program's features in its own program; the
//! features equal a host-driven rollout of one-step programs (posterior steps over the
//! context frames with the previous recorded actions, then prior steps with the recorded
//! actions), with deterministic latents; the video frames are truth | model | error stacked,
//! recomputed on the host.

mod nn_support;

use nn_support::session;
use std::collections::HashMap;
use viper::agent::{AgentState, OpenLoop, RewardMode};
use viper::data::replay::ReplayBatch;
use viper::envs::ActionSpace;
use viper::graph::ops::random::RngKey;
use viper::graph::{Function, FunctionBuilder};
use viper::models::dreamer::{action_dim, DreamerConfig, RssmState, StochSample, WorldModel};
use viper::nn::Scope;
use viper::testing::agent::{fresh_agent, random_batch, BatchShape};
use viper::{DType, HostTensor};

const ROWS: usize = 2;
const LENGTH: usize = 6;
const CONTEXT: usize = 2;

fn space() -> ActionSpace {
    ActionSpace::Continuous { dim: 2 }
}

/// Runs `function` with inputs by name from `params` and `extra`.
fn run(function: &Function, params: &AgentState, extra: &[(&str, HostTensor)]) -> Vec<HostTensor> {
    let mut by_name: HashMap<&str, &HostTensor> =
        params.values.iter().map(|(k, v)| (k.as_str(), v)).collect();
    by_name.extend(extra.iter().map(|(k, v)| (*k, v)));
    let args: Vec<HostTensor> = function
        .inputs()
        .iter()
        .map(|spec| (*by_name.get(spec.name.as_str()).unwrap()).clone())
        .collect();
    session().run(function, &args).unwrap()
}

fn f32s(t: &HostTensor) -> Vec<f32> {
    t.to_vec::<f32>().unwrap()
}

/// The state (params) of a fresh tiny agent.
fn agent() -> (DreamerConfig, AgentState) {
    let (step, state) = fresh_agent(&DreamerConfig::tiny(), &space(), RewardMode::Task, 5).unwrap();
    (step.config, state)
}

/// Recorded frames and actions: one sequence more than the program's rows (it uses the
/// first ROWS).
fn batch(config: &DreamerConfig) -> ReplayBatch {
    let shape = BatchShape {
        batch: ROWS + 1,
        length: LENGTH,
        image_size: config.image_size,
        action_dim: action_dim(&space()),
    };
    random_batch(shape, 11)
}

#[test]
fn model_frames_are_the_decoded_features_and_the_video_stacks_truth_model_error() {
    let (config, state) = agent();
    let s = config.image_size;
    let program = OpenLoop::trace(
        &config,
        &space(),
        RewardMode::Task,
        ROWS,
        LENGTH,
        CONTEXT,
        StochSample::StraightThrough,
    )
    .unwrap();
    let compiled = session().compile(&program.function).unwrap();
    let data = batch(&config);
    let out = program.run(&compiled, &state, &data, [3, 4]).unwrap();
    assert_eq!(out.model.dims(), &[ROWS, LENGTH, s, s, 3]);

    // The decoder alone, in its own program, on the features the program returned.
    let wm = WorldModel::new(&config, &space()).unwrap();
    let f = config.feature_size();
    let fb = FunctionBuilder::new("decoder_only");
    let features = fb.input("features", DType::F32, &[ROWS, LENGTH, f]);
    let decoded = wm
        .decoder
        .forward(&Scope::new(&fb).child("wm").child("decoder"), &features);
    let decoder = fb.finish(&[decoded]).unwrap();
    let expected = f32s(&run(&decoder, &state, &[("features", out.features.clone())])[0]);
    let model = f32s(&out.model);
    let worst = model
        .iter()
        .zip(&expected)
        .map(|(a, b)| (a - b).abs())
        .fold(0f32, f32::max);
    assert!(
        worst < 1e-5,
        "model frames differ from the decoder's by {worst}"
    );

    // The video: one frame per step, [3 S, ROWS S, 3], panels recomputed on the host.
    let frames = out.frames().unwrap();
    assert_eq!(frames.len(), LENGTH);
    let truth = data.image.to_vec::<u8>().unwrap();
    let byte = |v: f64| (v.clamp(0.0, 1.0) * 255.0).round() as i32;
    for (step, frame) in frames.iter().enumerate() {
        assert_eq!(
            (frame.height, frame.width),
            ((3 * s) as u32, (ROWS * s) as u32)
        );
        for row in 0..ROWS {
            for y in 0..s {
                for x in 0..s {
                    for c in 0..3 {
                        let at = (((row * LENGTH + step) * s + y) * s + x) * 3 + c;
                        let real = f64::from(truth[at]) / 255.0;
                        let m = f64::from(expected[at]);
                        let want = [byte(real), byte(m), byte((m - real + 1.0) / 2.0)];
                        for (panel, w) in want.into_iter().enumerate() {
                            let px = ((panel * s + y) * ROWS * s + row * s + x) * 3 + c;
                            let got = i32::from(frame.pixels[px]);
                            assert!((got - w).abs() <= 1, "step {step} row {row} panel {panel}");
                        }
                    }
                }
            }
        }
    }
}

/// One posterior step (`obs`) or one prior step (`img`) with deterministic latents.
fn one_step(config: &DreamerConfig, posterior: bool) -> Function {
    let wm = WorldModel::new(config, &space())
        .unwrap()
        .sampling(StochSample::Probabilities);
    let (n, d, st, c, a, s) = (
        ROWS,
        config.deter,
        config.stoch,
        config.classes,
        2,
        config.image_size,
    );
    let fb = FunctionBuilder::new(if posterior { "obs_one" } else { "img_one" });
    let prev = RssmState {
        deter: fb.input("deter", DType::F32, &[n, d]),
        stoch: fb.input("stoch", DType::F32, &[n, st, c]),
        logits: fb.input("logits", DType::F32, &[n, st, c]),
    };
    let action = fb.input("act", DType::F32, &[n, a]);
    let key = RngKey::new(&fb.input("rng_key", DType::U32, &[2]));
    let scope = Scope::new(&fb).child("wm");
    let state = if posterior {
        let image = fb.input("frame", DType::U8, &[n, s, s, 3]);
        let first = fb.input("first", DType::F32, &[n]);
        let embed = wm.encoder.forward(&scope.child("encoder"), &image);
        wm.rssm
            .obs_step(&scope.child("rssm"), &prev, &action, &embed, &first, &key)
            .0
    } else {
        wm.rssm.img_step(&scope.child("rssm"), &prev, &action, &key)
    };
    fb.finish(&[state.deter, state.stoch, state.logits])
        .unwrap()
}

/// `[ROWS, ..]`: step `k` of the first ROWS sequences of a `[N, T, ..]` tensor.
fn at_step(t: &HostTensor, k: usize) -> HostTensor {
    let dims = t.dims();
    let (n, steps) = (ROWS, dims[1]);
    let per: usize = dims[2..].iter().product::<usize>() * t.dtype().size_bytes();
    let bytes = t.as_bytes();
    let mut out = Vec::with_capacity(n * per);
    for row in 0..n {
        let start = (row * steps + k) * per;
        out.extend_from_slice(&bytes[start..start + per]);
    }
    let mut new_dims = vec![n];
    new_dims.extend_from_slice(&dims[2..]);
    HostTensor::from_bytes(t.dtype(), &new_dims, out).unwrap()
}

#[test]
fn features_follow_the_context_then_the_recorded_actions() {
    let (config, state) = agent();
    let program = OpenLoop::trace(
        &config,
        &space(),
        RewardMode::Task,
        ROWS,
        LENGTH,
        CONTEXT,
        StochSample::Probabilities,
    )
    .unwrap();
    let compiled = session().compile(&program.function).unwrap();
    let data = batch(&config);
    let out = program.run(&compiled, &state, &data, [1, 2]).unwrap();
    let f = config.feature_size();
    let got = f32s(&out.features);

    let (obs, img) = (one_step(&config, true), one_step(&config, false));
    let (d, sc) = (config.deter, config.stoch * config.classes);
    let zeros = |dims: &[usize]| HostTensor::zeros(DType::F32, dims);
    let mut carry = [
        zeros(&[ROWS, d]),
        zeros(&[ROWS, config.stoch, config.classes]),
        zeros(&[ROWS, config.stoch, config.classes]),
    ];
    let key = HostTensor::from_slice(&[2], &[0u32, 0]).unwrap();
    for k in 0..LENGTH {
        // The action into step k is the one recorded at step k - 1 (zero before the first).
        let act = if k == 0 {
            zeros(&[ROWS, 2])
        } else {
            at_step(&data.action, k - 1)
        };
        let mut inputs = vec![
            ("deter", carry[0].clone()),
            ("stoch", carry[1].clone()),
            ("logits", carry[2].clone()),
            ("act", act),
            ("rng_key", key.clone()),
        ];
        let next = if k < CONTEXT {
            inputs.push(("frame", at_step(&data.image, k)));
            inputs.push(("first", at_step(&data.is_first, k)));
            run(&obs, &state, &inputs)
        } else {
            run(&img, &state, &inputs)
        };
        let (deter, stoch) = (f32s(&next[0]), f32s(&next[1]));
        for row in 0..ROWS {
            let mut expected = deter[row * d..(row + 1) * d].to_vec();
            expected.extend_from_slice(&stoch[row * sc..(row + 1) * sc]);
            let have = &got[(row * LENGTH + k) * f..(row * LENGTH + k + 1) * f];
            let worst = have
                .iter()
                .zip(&expected)
                .map(|(a, b)| (a - b).abs())
                .fold(0f32, f32::max);
            assert!(
                worst < 1e-4,
                "step {k} row {row}: features differ by {worst}"
            );
        }
        carry = [next[0].clone(), next[1].clone(), next[2].clone()];
    }
}

#[test]
fn bad_context_is_refused() {
    let config = DreamerConfig::tiny();
    for (context, length) in [(0, 4), (4, 4)] {
        let e = OpenLoop::trace(
            &config,
            &space(),
            RewardMode::Task,
            1,
            length,
            context,
            StochSample::StraightThrough,
        )
        .err()
        .unwrap()
        .to_string();
        assert!(
            e.contains("context") && e.contains(&length.to_string()),
            "{e}"
        );
    }
}
