//! `viper score` and `viper heatmap` on run directories written here (random tiny models;
//! the VQ-GAN checkpoint and the VideoGPT run in the formats `train-vqgan` and
//! `train-videogpt` write): the reported rewards equal a `RewardModel` built from the run's
//! EMA parameters, the JSON and npz outputs agree, a too-short episode is listed, and a
//! different VQ-GAN or an unknown task is refused naming both / the known tasks.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use viper::cli::collect::{collect, CollectArgs, PolicyKind};
use viper::cli::heatmap::{run as heatmap, HeatmapArgs};
use viper::cli::score::{run as score, ScoreArgs};
use viper::data::npz::NpzReader;
use viper::data::{load_episode, write_episode, Compression};
use viper::envs::RenderQuality;
use viper::models::videogpt::{VideoGptConfig, VideoGptRun, VqganRecord};
use viper::models::vqgan::{VqganConfig, VqganRun};
use viper::nn::ParamTree;
use viper::reward::programs::encoder_program;
use viper::reward::{RewardModel, RewardModels, RewardOptions};
use viper::train::{Checkpoint, CheckpointDir, RngState};

/// A VQ-GAN run directory holding one checkpoint of random encoder parameters.
fn vqgan_run(dir: &Path, seed: u64) -> ParamTree {
    let config = VqganConfig::tiny();
    let params = ParamTree::init(&encoder_program(&config, 1).unwrap().params, seed).unwrap();
    let checkpoint = Checkpoint {
        step: 1,
        params: params
            .iter()
            .map(|(n, t)| (n.to_string(), t.clone()))
            .collect(),
        opt_state: Vec::new(),
        rng: RngState { seed },
        config: serde_json::to_value(&config).unwrap(),
    };
    CheckpointDir::new(dir.join("checkpoints"), 1)
        .save(&checkpoint)
        .unwrap();
    params
}

/// A VideoGPT run on `vqgan`: random parameters, and EMA parameters that differ from them
/// (half the values), saved as the best-validation checkpoint. Returns the EMA tree.
fn videogpt_run(dir: &Path, vqgan: &Path, config: &VideoGptConfig) -> ParamTree {
    let record = VqganRecord::of(&VqganRun::open(vqgan).unwrap()).unwrap();
    let class_map: BTreeMap<String, usize> = [("cartpole_balance", 0), ("reacher", 1)]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    VideoGptRun::create(dir, config, &record, &class_map).unwrap();
    let model = viper::models::videogpt::VideoGpt::new(config, record.code_space()).unwrap();
    let optimizer = viper::models::videogpt::videogpt_optimizer(config);
    let step =
        viper::models::videogpt::trace_train_step("videogpt_step", &model, 2, &optimizer).unwrap();
    let params = ParamTree::init(step.param_specs(), 21).unwrap();
    let mut ema = ParamTree::new();
    let mut opt_state = Vec::new();
    for (name, value) in params.iter() {
        let half: Vec<f32> = value
            .to_f64_vec()
            .iter()
            .map(|v| (v * 0.5) as f32)
            .collect();
        let half = viper::HostTensor::from_slice(value.dims(), &half).unwrap();
        ema.insert(name, half.clone()).unwrap();
        opt_state.push((format!("optim/ema/{name}"), half));
    }
    let checkpoint = Checkpoint {
        step: 1,
        params: params
            .iter()
            .map(|(n, t)| (n.to_string(), t.clone()))
            .collect(),
        opt_state,
        rng: RngState { seed: 21 },
        config: serde_json::to_value(config).unwrap(),
    };
    CheckpointDir::new(dir.join("best"), 1)
        .save(&checkpoint)
        .unwrap();
    ema
}

fn score_args(videogpt: &Path, episodes: &Path) -> ScoreArgs {
    ScoreArgs {
        videogpt: videogpt.to_path_buf(),
        episodes: episodes.to_path_buf(),
        task: None,
        conditional: false,
        scale: None,
        out: None,
        vqgan: None,
        batch: 4,
        latest: false,
        quiet: true,
    }
}

#[test]
fn score_and_heatmap_on_run_directories() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    collect(&CollectArgs {
        env: "builtin:cartpole_balance".into(),
        policy: PolicyKind::Expert,
        random_action_prob: 0.0,
        expert_roam: 0.0,
        episodes: 2,
        out: data.clone(),
        seed: 3,
        workers: 1,
        episode_length: Some(9),
        action_repeat: None,
        render: RenderQuality::Default,
        quiet: true,
    })
    .unwrap();
    let short = data.join("cartpole_balance/train/short.npz");
    write_episode(&short, &vec![9u8; 3 * 64 * 64 * 3], 3, Compression::Stored).unwrap();

    let (vq_dir, other_vq, gpt_dir) = (
        tmp.path().join("vq"),
        tmp.path().join("vq2"),
        tmp.path().join("gpt"),
    );
    let vqgan_params = vqgan_run(&vq_dir, 1);
    vqgan_run(&other_vq, 2);
    let config = VideoGptConfig::tiny();
    let ema = videogpt_run(&gpt_dir, &vq_dir, &config);

    let json = tmp.path().join("rewards.json");
    let report = score(
        &ScoreArgs {
            out: Some(json.clone()),
            ..score_args(&gpt_dir, &data)
        },
        None,
    )
    .unwrap();
    assert_eq!(report.episodes.len(), 2);
    assert_eq!(report.too_short.len(), 1);
    assert_eq!(report.too_short[0].frames, 3);

    // The same rewards from a RewardModel on the EMA parameters (class 0).
    let models = RewardModels {
        vqgan_config: &VqganConfig::tiny(),
        vqgan_params: &vqgan_params,
        videogpt_config: &config,
        videogpt_params: &ema,
        class_id: Some(0),
    };
    let direct = RewardModel::new(common::client(), &models, RewardOptions::default()).unwrap();
    for scored in &report.episodes {
        let frames = load_episode(&data.join(&scored.episode)).unwrap().frames;
        let want = direct.score_chunk(&frames).unwrap();
        assert_eq!(scored.first_step, 3);
        assert_eq!(scored.frames, 10);
        common::assert_near(&scored.rewards, &want.rewards, 1e-6);
    }
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(written["episodes"][0]["first_step"], 3);
    assert_eq!(written["too_short"][0]["frames"], 3);

    // npz: one array per episode, indexed by step, NaN before the first full window.
    let npz = tmp.path().join("rewards.npz");
    score(
        &ScoreArgs {
            out: Some(npz.clone()),
            ..score_args(&gpt_dir, &data)
        },
        None,
    )
    .unwrap();
    let mut reader = NpzReader::open(&npz).unwrap();
    let key = report.episodes[0]
        .episode
        .trim_end_matches(".npz")
        .replace('/', "__");
    let (header, bytes) = reader.read(&key).unwrap();
    assert_eq!(header.shape, vec![10]);
    let values: Vec<f32> = bytes
        .chunks(4)
        .map(|b| f32::from_le_bytes(b.try_into().unwrap()))
        .collect();
    assert!(values[..3].iter().all(|v| v.is_nan()));
    let got: Vec<f64> = values[3..].iter().map(|&v| f64::from(v)).collect();
    common::assert_near(&got, &report.episodes[0].rewards, 1e-5);

    // A different VQ-GAN is refused naming both directories.
    let error = score(
        &ScoreArgs {
            vqgan: Some(other_vq.clone()),
            ..score_args(&gpt_dir, &data)
        },
        None,
    )
    .unwrap_err();
    let message = format!("{error:#}");
    assert!(
        message.contains("vq2")
            && message.contains(&*vq_dir.file_name().unwrap().to_string_lossy()),
        "{message}"
    );
    // An unknown task lists the known ones.
    let error = score(
        &ScoreArgs {
            task: Some("pong".into()),
            ..score_args(&gpt_dir, &data)
        },
        None,
    )
    .unwrap_err();
    assert!(
        format!("{error:#}").contains("cartpole_balance, reacher"),
        "{error:#}"
    );

    // Heatmap of the first full window of an episode: 2 rows of 4 frames.
    let png = tmp.path().join("heat.png");
    let summary = heatmap(
        &HeatmapArgs {
            videogpt: gpt_dir.clone(),
            episode: data.join(&report.episodes[0].episode),
            task: None,
            step: Some(5),
            max_nll: None,
            vqgan: None,
            out: png.clone(),
        },
        None,
    )
    .unwrap();
    assert_eq!(summary.frames, vec![2, 3, 4, 5]);
    // The per-frame NLLs add up to minus the joint reward `score` gave step 5 (its third).
    assert_eq!(summary.frame_nll.len(), 4);
    let joint = -summary.frame_nll.iter().sum::<f64>();
    let scored = report.episodes[0].rewards[5 - report.episodes[0].first_step];
    assert!(
        (joint - scored).abs() <= 1e-4 * scored.abs().max(1.0),
        "heatmap {joint} vs score {scored}"
    );
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&png).unwrap()));
    let info = decoder.read_info().unwrap().info().clone();
    assert_eq!((info.width, info.height), (4 * 64, 2 * 64));
}
