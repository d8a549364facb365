//! The full-size presets build, compile and run one training step (ignored by default: the
//! dmc step compiles for minutes on 2 cores). Run with
//! `cargo test --release --test videogpt_presets -- --ignored`.

mod nn_support;

use nn_support::session;
use viper::models::videogpt::{
    trace_train_step, videogpt_optimizer, CodeSpace, VideoGpt, VideoGptConfig,
};
use viper::testing::Rng;
use viper::train::Trainer;
use viper::HostTensor;

/// One AdamW step at batch 2 on seeded codes; the first loss of an untrained model is near
/// (above) the uniform code's `ln K`, and the step's outputs are finite.
fn one_step(config: VideoGptConfig, space: CodeSpace, expected_params: usize) {
    let model = VideoGpt::new(&config, space).unwrap();
    let batch = 2;
    let step = trace_train_step(
        "videogpt_preset_step",
        &model,
        batch,
        &videogpt_optimizer(&config),
    )
    .unwrap();
    let count: usize = step.param_specs().iter().map(|s| s.element_count()).sum();
    assert_eq!(count, expected_params);
    let mut trainer = Trainer::init(session(), step, 1).unwrap();
    let [t, h, w] = model.clip_shape();
    let mut rng = Rng::new(5);
    let k = space.codebook_size;
    let codes: Vec<i32> = (0..batch * t * h * w)
        .map(|_| (rng.next_u64() % k as u64) as i32)
        .collect();
    let book: Vec<f32> = (0..k * space.code_dim)
        .map(|_| rng.normal() as f32)
        .collect();
    let mut data = vec![HostTensor::from_slice(&[batch, t, h, w], &codes).unwrap()];
    if config.class_cond {
        data.push(HostTensor::from_slice(&[batch], &[0i32, 1]).unwrap());
    }
    let codebook = trainer
        .upload(&[HostTensor::from_slice(&[k, space.code_dim], &book).unwrap()])
        .unwrap();
    let frozen: Vec<Vec<_>> = codebook.iter().map(|d| d.iter().collect()).collect();
    let metrics = trainer.step_with(&data, &frozen).unwrap();
    let loss = metrics.get("loss").unwrap();
    let uniform = (k as f64).ln();
    assert!(
        loss > uniform - 0.5 && loss < uniform + 3.0,
        "loss {loss}, ln K {uniform}"
    );
    let bits = metrics.get("bits_per_token").unwrap();
    assert!((bits - loss / std::f64::consts::LN_2).abs() < 1e-4 * bits);
    let second = trainer
        .step_with(&data, &frozen)
        .unwrap()
        .get("loss")
        .unwrap();
    assert!(second.is_finite());
}

#[test]
#[ignore]
fn dmc_preset_compiles_and_steps() {
    let space = CodeSpace {
        grid: [8, 8],
        codebook_size: 256,
        code_dim: 64,
    };
    one_step(VideoGptConfig::dmc(), space, 6_534_576);
}

#[test]
#[ignore]
fn atari_preset_compiles_and_steps() {
    let space = CodeSpace {
        grid: [16, 16],
        codebook_size: 1024,
        code_dim: 64,
    };
    one_step(VideoGptConfig::atari(), space, 25_785_340);
}
