//! End to end: the tiny VQ-GAN and the tiny VideoGPT trained on scripted-expert episodes of
//! the built-in `cartpole_balance` (the expert holds the pole upright; a random policy lets
//! it fall and swing, so the two look most different among the built-in tasks) must score
//! held-out expert episodes above random-policy episodes: per-episode mean reward AUROC at
//! least 0.95 (all pairs, ties half). Trained with the library's `VqganTrainer` and a
//! `TrainStep` on the VideoGPT loss; sizes chosen to run in about two minutes on 2 cores in
//! release (`cargo test --release --test reward_auroc`).

mod common;

use viper::data::frames_to_signed_unit;
use viper::envs::{make, Action, Env, EnvOptions, IMAGE_BYTES};
use viper::models::videogpt::{VideoGpt, VideoGptConfig};
use viper::models::vqgan::{VqganConfig, VqganTrainer, CODEBOOK_PARAM};
use viper::nn::ParamTree;
use viper::optim::{Adam, Optimizer};
use viper::reward::programs::encoder_program;
use viper::reward::{auroc, code_space, RewardModel, RewardModels, RewardOptions, VIDEOGPT_SCOPE};
use viper::testing::Rng;
use viper::train::{BatchInput, LossOutput, TrainStep, Trainer};
use viper::{DType, HostTensor};

const TASK: &str = "builtin:cartpole_balance";
/// Agent steps per episode (frames = steps + 1).
const EPISODE_STEPS: usize = 60;
const TRAIN_EPISODES: usize = 8;
const HELD_OUT: usize = 6;
const VQGAN_STEPS: usize = 60;
const VIDEOGPT_STEPS: usize = 150;
const BATCH: usize = 16;
const CLASS: usize = 0;

/// One episode's frames under the expert or uniformly random actions.
fn episode(seed: u64, expert: bool) -> Vec<u8> {
    let options = EnvOptions::new(Some(EPISODE_STEPS), None);
    let mut env = make(TASK, &options).unwrap();
    let mut rng = Rng::new(seed ^ 0xAC7);
    let mut step = env.reset(seed).unwrap();
    let mut frames = step.image.clone();
    while !step.is_last {
        let action = if expert {
            env.expert_action().unwrap()
        } else {
            Action::Continuous(vec![(rng.uniform() * 2.0 - 1.0) as f32])
        };
        step = env.step(&action).unwrap();
        frames.extend_from_slice(&step.image);
    }
    frames
}

fn train_vqgan(config: &VqganConfig, frames: &[&[u8]]) -> ParamTree {
    let mut trainer = VqganTrainer::init(common::session(), config, BATCH, 3).unwrap();
    let mut rng = Rng::new(5);
    for _ in 0..VQGAN_STEPS {
        let batch: Vec<&[u8]> = (0..BATCH)
            .map(|_| frames[(rng.uniform() * frames.len() as f64) as usize])
            .collect();
        trainer
            .step(&frames_to_signed_unit(&batch, config.image_size).unwrap())
            .unwrap();
    }
    let mut tree = ParamTree::new();
    for (name, value) in trainer.generator.params().unwrap() {
        tree.insert(&name, value).unwrap();
    }
    tree
}

/// Codes `[n, h, w]` of `frames` under the trained encoder.
fn encode(config: &VqganConfig, params: &ParamTree, frames: &[&[u8]]) -> Vec<i32> {
    let program = encoder_program(config, frames.len()).unwrap();
    let mut inputs = vec![frames_to_signed_unit(frames, config.image_size).unwrap()];
    inputs.extend(params.ordered(&program.params).unwrap());
    let out = common::session().run(&program.function, &inputs).unwrap();
    out[0].to_vec().unwrap()
}

fn train_videogpt(
    config: &VideoGptConfig,
    vqgan: &VqganConfig,
    codebook: &HostTensor,
    episodes: &[Vec<i32>],
) -> ParamTree {
    let codes = code_space(vqgan);
    let model = VideoGpt::new(config, codes).unwrap();
    let [h, w] = codes.grid;
    let t = config.seq_len;
    let batch = [
        BatchInput::new("codes", DType::I32, &[BATCH, t, h, w]),
        BatchInput::new("labels", DType::I32, &[BATCH]),
        BatchInput::new("codebook", DType::F32, codebook.dims()),
    ];
    let optimizer = Optimizer::new(Adam::adamw(config.lr));
    let step = TrainStep::trace("videogpt_step", &batch, &optimizer, 1, |scope, x, key| {
        let scope = scope.child(VIDEOGPT_SCOPE);
        LossOutput::new(model.loss(&scope, &x[0], &x[2], Some(&x[1]), Some(key)))
    })
    .unwrap();
    let mut trainer = Trainer::init(common::session(), step, 9).unwrap();
    let tokens = h * w;
    let labels = HostTensor::from_slice(&[BATCH], &[CLASS as i32; BATCH]).unwrap();
    let mut rng = Rng::new(13);
    let mut first_loss = None;
    let mut loss = 0.0;
    for _ in 0..VIDEOGPT_STEPS {
        let mut clips = Vec::with_capacity(BATCH * t * tokens);
        for _ in 0..BATCH {
            let e = &episodes[(rng.uniform() * episodes.len() as f64) as usize];
            let frames = e.len() / tokens;
            let start = (rng.uniform() * (frames - t + 1) as f64) as usize;
            clips.extend_from_slice(&e[start * tokens..(start + t) * tokens]);
        }
        let clips = HostTensor::from_slice(&[BATCH, t, h, w], &clips).unwrap();
        let metrics = trainer
            .step(&[clips, labels.clone(), codebook.clone()])
            .unwrap();
        loss = metrics.get("loss").unwrap();
        first_loss.get_or_insert(loss);
    }
    let first = first_loss.unwrap();
    eprintln!("videogpt loss {first:.3} -> {loss:.3} nats/token");
    assert!(
        loss < first,
        "the VideoGPT did not learn: loss {first} -> {loss}"
    );
    let mut tree = ParamTree::new();
    for (name, value) in trainer.params().unwrap() {
        tree.insert(&name, value).unwrap();
    }
    tree
}

fn frames_of(episode: &[u8]) -> Vec<&[u8]> {
    episode.chunks_exact(IMAGE_BYTES).collect()
}

#[test]
fn expert_episodes_score_above_random_ones() {
    let started = std::time::Instant::now();
    let train: Vec<Vec<u8>> = (0..TRAIN_EPISODES)
        .map(|i| episode(100 + i as u64, true))
        .collect();
    let all_frames: Vec<&[u8]> = train.iter().flat_map(|e| frames_of(e)).collect();

    let vqgan = VqganConfig::tiny();
    let vqgan_params = train_vqgan(&vqgan, &all_frames);
    eprintln!("vqgan trained at {:.1?}", started.elapsed());
    let codebook = vqgan_params.get(CODEBOOK_PARAM).unwrap().clone();
    let codes: Vec<Vec<i32>> = train
        .iter()
        .map(|e| encode(&vqgan, &vqgan_params, &frames_of(e)))
        .collect();
    let used: std::collections::BTreeSet<i32> = codes.iter().flatten().copied().collect();
    eprintln!("{} of {} codes used", used.len(), vqgan.ae.n_embed);

    let videogpt = VideoGptConfig::tiny();
    let videogpt_params = train_videogpt(&videogpt, &vqgan, &codebook, &codes);
    eprintln!("videogpt trained at {:.1?}", started.elapsed());

    let models = RewardModels {
        vqgan_config: &vqgan,
        vqgan_params: &vqgan_params,
        videogpt_config: &videogpt,
        videogpt_params: &videogpt_params,
        class_id: Some(CLASS),
    };
    let reward = RewardModel::new(common::client(), &models, RewardOptions::default()).unwrap();
    let mean_reward = |expert: bool, i: usize| {
        let frames = episode(900 + i as u64, expert);
        reward.score_chunk(&frames).unwrap().mean()
    };
    let expert: Vec<f64> = (0..HELD_OUT).map(|i| mean_reward(true, i)).collect();
    let random: Vec<f64> = (0..HELD_OUT).map(|i| mean_reward(false, i)).collect();
    let area = auroc(&expert, &random).unwrap();
    eprintln!(
        "expert means {expert:.1?}\nrandom means {random:.1?}\nAUROC {area:.3} after {:.1?}",
        started.elapsed()
    );
    assert!(
        area >= 0.95,
        "AUROC {area} < 0.95: expert {expert:?}, random {random:?}"
    );
}
