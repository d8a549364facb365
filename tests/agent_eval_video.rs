//! The policy video of `viper eval-agent`: `evaluate_recorded` keeps env 0's frames from its
//! reset observation to its last step (the same returns as `evaluate`); the CLI writes them
//! as a GIF (to `--video PATH`, else `<logdir>/eval/policy.gif`) and into TensorBoard under
//! `eval/policy` in `<logdir>/eval`. A fresh tiny agent is checkpointed, no training needed.

mod nn_support;

use nn_support::session;
use viper::agent::checkpoint::{self, RunMeta};
use viper::agent::{evaluate, evaluate_recorded, EvalOptions, RewardMode};
use viper::cli::eval_agent::{run, EvalAgentArgs};
use viper::data::replay::{Replay, ReplayConfig};
use viper::envs::{make, EnvOptions};
use viper::models::dreamer::DreamerConfig;
use viper::testing::agent::fresh_agent;

const ENV: &str = "builtin:pointmass";
const LENGTH: usize = 12;

fn gif_frames(path: &std::path::Path) -> Vec<(u16, u16)> {
    let mut options = gif::DecodeOptions::new();
    options.set_color_output(gif::ColorOutput::RGBA);
    let mut decoder = options
        .read_info(std::fs::File::open(path).unwrap())
        .unwrap();
    let mut sizes = Vec::new();
    while let Some(frame) = decoder.read_next_frame().unwrap() {
        sizes.push((frame.width, frame.height));
    }
    sizes
}

#[test]
fn eval_agent_writes_one_episode_as_a_gif_and_to_tensorboard() {
    let space = make(ENV, &EnvOptions::default()).unwrap().action_space();
    let (step, state) = fresh_agent(&DreamerConfig::tiny(), &space, RewardMode::Task, 1).unwrap();
    let eval = EvalOptions {
        env: ENV.to_string(),
        episodes: 2,
        episode_length: Some(LENGTH),
        action_repeat: None,
        seed: 1000,
    };
    let recorded = evaluate_recorded(
        session(),
        &step.config,
        RewardMode::Task,
        &state,
        &eval,
        true,
        true,
    )
    .unwrap();
    let plain = evaluate(
        session(),
        &step.config,
        RewardMode::Task,
        &state,
        &eval,
        true,
    )
    .unwrap();
    assert_eq!(recorded.returns, plain);
    // The reset observation, then one frame per agent step.
    assert_eq!(recorded.frames.len(), LENGTH + 1);
    let options = EnvOptions::new(Some(LENGTH), None);
    let first = make(ENV, &options).unwrap().reset(eval.seed).unwrap();
    assert_eq!(recorded.frames[0], first.image);
    assert!(recorded.frames.iter().any(|f| *f != first.image));

    let dir = tempfile::tempdir().unwrap();
    let logdir = dir.path().join("run");
    let meta = RunMeta {
        env: ENV.to_string(),
        action_repeat: None,
        episode_length: None,
        action_space: format!("{space:?}"),
        mode: RewardMode::Task,
        reward: None,
        config: step.config.clone(),
        seed: 0,
        env_steps: 77,
        updates: 0,
        episodes: 0,
        updates_due: 0.0,
    };
    let replay = Replay::new(ReplayConfig {
        sequence_length: step.config.batch_length,
        capacity: 10,
        action_dim: viper::models::dreamer::action_dim(&space),
        workers: 1,
        image_size: step.config.image_size,
    })
    .unwrap();
    checkpoint::save(&logdir, &meta, &state, &replay, None).unwrap();
    let video = dir.path().join("policy.gif");
    let args = EvalAgentArgs {
        logdir: logdir.clone(),
        episodes: 2,
        episode_length: Some(LENGTH),
        sample: false,
        seed: 1000,
        video: Some(video.clone()),
    };
    let (mean, _) = run(&args, None).unwrap();
    assert_eq!(mean, plain.iter().sum::<f64>() / plain.len() as f64);
    assert_eq!(gif_frames(&video), vec![(64, 64); LENGTH + 1]);
    run(
        &EvalAgentArgs {
            video: None,
            ..args
        },
        None,
    )
    .unwrap();
    assert_eq!(
        gif_frames(&logdir.join("eval/policy.gif")).len(),
        LENGTH + 1
    );
    let events: Vec<u8> = std::fs::read_dir(logdir.join("eval"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("tfevents"))
        .flat_map(|p| std::fs::read(p).unwrap())
        .collect();
    assert!(events.windows(11).any(|w| w == b"eval/policy"));
}
