//! The reward model against computations done another way (reference brief §3.2): which
//! frames each step's window holds, the mask, the joint reward as the sum of per-frame
//! conditional log-likelihoods computed one frame at a time, the conditional reward as the
//! last term, the scaler, and the bad-input errors. Tiny random models (the numbers, not the
//! training, are under test).

mod common;

use viper::data::FrameMask;
use viper::envs::IMAGE_BYTES;
use viper::graph::FunctionBuilder;
use viper::models::videogpt::{CodeSpace, VideoGpt, VideoGptConfig};
use viper::models::vqgan::VqganConfig;
use viper::nn::ParamTree;
use viper::reward::programs::encoder_program;
use viper::reward::{
    code_space, resolve_class, RewardError, RewardMode, RewardModel, RewardModels, RewardOptions,
    RewardScale, VIDEOGPT_SCOPE,
};
use viper::testing::Rng;
use viper::{DType, HostTensor};

const CLASS: usize = 2;

struct Fixture {
    vqgan: VqganConfig,
    vqgan_params: ParamTree,
    videogpt: VideoGptConfig,
    videogpt_params: ParamTree,
    codes: CodeSpace,
}

/// Tiny VQ-GAN and VideoGPT (4 frames, skip 2: windows of W = 8 steps), random parameters.
fn fixture() -> Fixture {
    let vqgan = VqganConfig::tiny();
    let vqgan_params = ParamTree::init(&encoder_program(&vqgan, 1).unwrap().params, 7).unwrap();
    let videogpt = VideoGptConfig {
        frame_skip: 2,
        ..VideoGptConfig::tiny()
    };
    let codes = code_space(&vqgan);
    let (_, specs) = frame_log_prob_program(&videogpt, &codes, 1);
    let videogpt_params = ParamTree::init(&specs, 11).unwrap();
    Fixture {
        vqgan,
        vqgan_params,
        videogpt,
        videogpt_params,
        codes,
    }
}

/// The VideoGPT's per-frame log-likelihoods `[batch, T]`, traced here (not by the reward
/// module): arguments codes, labels, codebook, parameters.
fn frame_log_prob_program(
    config: &VideoGptConfig,
    codes: &CodeSpace,
    batch: usize,
) -> (viper::graph::Function, Vec<viper::nn::ParamSpec>) {
    let model = VideoGpt::new(config, *codes).unwrap();
    let [h, w] = codes.grid;
    let fb = FunctionBuilder::new("test_frame_log_probs");
    let clip = fb.input("codes", DType::I32, &[batch, config.seq_len, h, w]);
    let labels = fb.input("labels", DType::I32, &[batch]);
    let book = fb.input(
        "codebook",
        DType::F32,
        &[codes.codebook_size, codes.code_dim],
    );
    let scope = viper::nn::Scope::new(&fb);
    let out = model.frame_log_probs(
        &scope.child(VIDEOGPT_SCOPE),
        &clip,
        &book,
        Some(&labels),
        None,
    );
    let function = fb.finish(&[out]).unwrap();
    (function, scope.param_specs())
}

/// Host evaluation of the VideoGPT on `windows` (`[n, T, h, w]` codes): `[n][T]`.
fn frame_log_probs(fx: &Fixture, windows: &[i32], n: usize) -> Vec<Vec<f64>> {
    let (function, specs) = frame_log_prob_program(&fx.videogpt, &fx.codes, n);
    let [h, w] = fx.codes.grid;
    let t = fx.videogpt.seq_len;
    let mut inputs = vec![
        HostTensor::from_slice(&[n, t, h, w], windows).unwrap(),
        HostTensor::from_slice(&[n], &vec![CLASS as i32; n]).unwrap(),
        fx.vqgan_params
            .get(viper::models::vqgan::CODEBOOK_PARAM)
            .unwrap()
            .clone(),
    ];
    inputs.extend(fx.videogpt_params.ordered(&specs).unwrap());
    let out = common::session().run(&function, &inputs).unwrap().remove(0);
    let values = out.to_f64_vec();
    values.chunks(t).map(|c| c.to_vec()).collect()
}

fn model(fx: &Fixture, options: RewardOptions) -> RewardModel {
    let models = RewardModels {
        vqgan_config: &fx.vqgan,
        vqgan_params: &fx.vqgan_params,
        videogpt_config: &fx.videogpt,
        videogpt_params: &fx.videogpt_params,
        class_id: Some(CLASS),
    };
    RewardModel::new(common::client(), &models, options).unwrap()
}

fn random_frames(n: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    (0..n * IMAGE_BYTES)
        .map(|_| (rng.uniform() * 256.0) as u8)
        .collect()
}

/// The window of step `t` for seq_len 4, skip 2, written out: t-6, t-4, t-2, t.
fn window_frames(t: usize) -> [usize; 4] {
    [t - 6, t - 4, t - 2, t]
}

fn gather(codes: &[i32], tokens: usize, frames: &[usize]) -> Vec<i32> {
    frames
        .iter()
        .flat_map(|&f| codes[f * tokens..(f + 1) * tokens].to_vec())
        .collect()
}

#[test]
fn joint_reward_is_the_sum_of_per_frame_conditionals_of_the_right_frames() {
    let fx = fixture();
    // W = 8: steps 7..=17, 11 windows: a batch of 9, then 2 in a call compiled for 8.
    let n = 18;
    let frames = random_frames(n, 1);
    let joint = model(
        &fx,
        RewardOptions {
            batch_size: 9,
            encode_batch: 5,
            ..RewardOptions::default()
        },
    );
    let scored = joint.score_chunk(&frames).unwrap();
    assert_eq!(scored.first_step, 7);
    assert_eq!(scored.rewards.len(), 11);

    // Codes of every frame, one frame per encoder call (another batching than the model's).
    let tokens = joint.frame_tokens();
    let mut codes = Vec::new();
    for f in 0..n {
        codes.extend(
            joint
                .encode(&frames[f * IMAGE_BYTES..(f + 1) * IMAGE_BYTES])
                .unwrap(),
        );
    }
    let distinct: std::collections::BTreeSet<&[i32]> = codes.chunks(tokens).collect();
    assert!(
        distinct.len() > n / 2,
        "random frames should give varied codes"
    );

    // Per frame k of each window: one forward with the frames after k replaced by garbage
    // (valid by causality), keeping only term k; the sum over k is the joint reward.
    let t_len = fx.videogpt.seq_len;
    let k_codebook = fx.codes.codebook_size as i32;
    for (i, step) in (7..n).enumerate() {
        let window = gather(&codes, tokens, &window_frames(step));
        let mut terms = Vec::new();
        for k in 0..t_len {
            let mut garbled = window.clone();
            for (j, c) in garbled[(k + 1) * tokens..].iter_mut().enumerate() {
                *c = (*c + 5 + j as i32) % k_codebook;
            }
            terms.push(frame_log_probs(&fx, &garbled, 1)[0][k]);
        }
        let sum: f64 = terms.iter().sum();
        common::assert_near(&[scored.rewards[i]], &[sum], 1e-4);
    }
}

#[test]
fn conditional_reward_is_the_last_term_and_scaling_clips() {
    let fx = fixture();
    let frames = random_frames(11, 2);
    let options = |mode, scale| RewardOptions {
        mode,
        batch_size: 4,
        scale,
        ..RewardOptions::default()
    };
    let conditional = model(&fx, options(RewardMode::Conditional, None));
    let scored = conditional.score_chunk(&frames).unwrap();
    let tokens = conditional.frame_tokens();
    let codes = conditional.encode(&frames).unwrap();
    let steps: Vec<usize> = (7..11).collect();
    let windows: Vec<i32> = steps
        .iter()
        .flat_map(|&s| gather(&codes, tokens, &window_frames(s)))
        .collect();
    let full = frame_log_probs(&fx, &windows, steps.len());
    let last: Vec<f64> = full.iter().map(|row| row[3]).collect();
    common::assert_near(&scored.rewards, &last, 1e-4);

    // Scaling: lo/hi inside the reward range, so values below, inside and above occur.
    let joint: Vec<f64> = full.iter().map(|row| row.iter().sum()).collect();
    let (min, max) = joint
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), &v| (a.min(v), b.max(v)));
    let (lo, hi) = (min + 0.25 * (max - min), max - 0.25 * (max - min));
    let scale = RewardScale::new(lo, hi).unwrap();
    let scaled = model(&fx, options(RewardMode::Joint, Some(scale)))
        .score_chunk(&frames)
        .unwrap();
    let want: Vec<f64> = joint
        .iter()
        .map(|r| ((r - lo) / (hi - lo)).clamp(0.0, 1.0))
        .collect();
    common::assert_near(&scaled.rewards, &want, 1e-4);
    assert!(want.contains(&0.0) && want.contains(&1.0), "{want:?}");
    assert!(RewardScale::new(1.0, 1.0).is_err());
    assert!("-5,oops".parse::<RewardScale>().is_err());
    assert_eq!(
        "-5,2".parse::<RewardScale>().unwrap(),
        RewardScale::new(-5.0, 2.0).unwrap()
    );
}

#[test]
fn mask_is_multiplied_into_the_frames_before_encoding() {
    let fx = fixture();
    let frames = random_frames(9, 3);
    let mut rng = Rng::new(4);
    let pixels: Vec<u8> = (0..64 * 64)
        .map(|_| u8::from(rng.uniform() < 0.5))
        .collect();
    let masked_model = model(
        &fx,
        RewardOptions {
            mask: Some(FrameMask::from_pixels(&pixels).unwrap()),
            ..RewardOptions::default()
        },
    );
    let plain = model(&fx, RewardOptions::default());
    let mut masked_frames = frames.clone();
    for (i, byte) in masked_frames.iter_mut().enumerate() {
        *byte *= pixels[(i % IMAGE_BYTES) / 3];
    }
    let with_mask = masked_model.score_chunk(&frames).unwrap();
    let by_hand = plain.score_chunk(&masked_frames).unwrap();
    common::assert_near(&with_mask.rewards, &by_hand.rewards, 1e-6);
    let unmasked = plain.score_chunk(&frames).unwrap();
    assert_ne!(
        with_mask.rewards, unmasked.rewards,
        "the mask changed nothing"
    );
}

#[test]
fn short_episodes_and_unknown_tasks_are_errors() {
    let fx = fixture();
    let plain = model(&fx, RewardOptions::default());
    match plain.score_chunk(&random_frames(7, 5)) {
        Err(RewardError::EpisodeTooShort {
            frames: 7,
            window: 8,
            ..
        }) => {}
        other => panic!("expected EpisodeTooShort, got {other:?}"),
    }
    let map = [
        ("cartpole_balance".to_string(), 0),
        ("reacher".to_string(), 1),
    ]
    .into_iter()
    .collect();
    let error = resolve_class(&fx.videogpt, &map, Some("pong"))
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("`pong`") && error.contains("cartpole_balance, reacher"),
        "{error}"
    );
    assert!(resolve_class(&fx.videogpt, &map, None).is_err());
    assert_eq!(
        resolve_class(&fx.videogpt, &map, Some("reacher")).unwrap(),
        Some(1)
    );
    let unconditional = VideoGptConfig {
        class_cond: false,
        n_classes: None,
        ..fx.videogpt.clone()
    };
    assert_eq!(
        resolve_class(&unconditional, &map, Some("pong")).unwrap(),
        None
    );
}

#[test]
fn relabelled_replay_steps_carry_the_reward_of_their_window() {
    use viper::data::replay::{Relabeler, ReplayStep};
    let fx = fixture();
    let n = 23;
    let frames = random_frames(n, 4);
    let whole = model(&fx, RewardOptions::default())
        .score_chunk(&frames)
        .unwrap();
    // The same episode step by step through the replay's relabeler, scored in chunks of 5
    // steps (plus the tail), each chunk with its own W-1 = 7 frames of context.
    let mut relabeler = Relabeler::new(model(&fx, RewardOptions::default()), 1, 5);
    let mut released = Vec::new();
    for t in 0..n {
        let step = ReplayStep {
            image: frames[t * IMAGE_BYTES..(t + 1) * IMAGE_BYTES].to_vec(),
            action: vec![t as f32],
            reward: 0.0,
            density: 0.0,
            is_first: t == 0,
            is_last: t + 1 == n,
            is_terminal: false,
        };
        released.extend(relabeler.add(0, step).unwrap());
    }
    let steps: Vec<usize> = released.iter().map(|s| s.action[0] as usize).collect();
    assert_eq!(steps, (whole.first_step..n).collect::<Vec<_>>());
    assert!(
        released[0].is_first,
        "the first scored step starts the stored episode"
    );
    let densities: Vec<f64> = released.iter().map(|s| s.density as f64).collect();
    common::assert_near(&densities, &whole.rewards, 1e-3);
    assert_eq!(
        relabeler.stats().calls,
        4,
        "chunks of 5, 5, 5 and the tail of 1"
    );
}
