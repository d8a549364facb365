//! A resumed `train_agent` keeps every log line its checkpoint covers: a run checkpointed at
//! env step S where an episode ends exactly at S, killed after logging further (simulated by
//! putting the step-S checkpoint back after a longer run), then resumed, leaves
//! `metrics.jsonl` with each episode once, at the steps the episodes really ended, and no
//! step logged twice by the update-metric or the periodic lines.

mod nn_support;

use nn_support::session;
use std::path::Path;
use viper::agent::checkpoint::checkpoint_dir;
use viper::agent::{train_agent, NoScorer, RewardMode, RunOptions};
use viper::models::dreamer::DreamerConfig;

/// Agent steps of an episode. One env's episodes end at env steps LENGTH, 2 LENGTH + 1, ...:
/// after the first, each new episode's reset observation counts as a step too.
const LENGTH: usize = 9;

/// The env step at which episode `k` (from 1) ends.
fn episode_end(k: u64) -> u64 {
    k * (LENGTH as u64 + 1) - 1
}

fn options(logdir: &Path, steps: u64) -> RunOptions {
    RunOptions {
        env: "builtin:pointmass".to_string(),
        mode: RewardMode::Task,
        config: DreamerConfig::tiny(),
        envs: 1,
        steps,
        prefill: 5,
        episode_length: Some(LENGTH),
        action_repeat: None,
        seed: 4,
        logdir: logdir.to_path_buf(),
        checkpoint_every: 1000,
        max_nonfinite: 3,
        replay_capacity: 1000,
        quiet: true,
        video_every: 1000,
        log_every: 5,
        progress: Default::default(),
        first_steps: Default::default(),
    }
}

/// The steps of the `metrics.jsonl` lines that hold `key`, in file order.
fn steps_with(logdir: &Path, key: &str) -> Vec<u64> {
    let text = std::fs::read_to_string(logdir.join("metrics.jsonl")).unwrap();
    text.lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
        .filter(|v| v.get(key).is_some())
        .map(|v| v["step"].as_u64().unwrap())
        .collect()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
    }
}

#[test]
fn a_resume_keeps_the_lines_logged_at_its_checkpoint_step() {
    let dir = tempfile::tempdir().unwrap();
    let logdir = dir.path().join("run");
    // Run to 2 episodes: the last ends at the final step, which is checkpointed.
    let first =
        train_agent::<NoScorer>(session(), &options(&logdir, episode_end(2)), None).unwrap();
    assert_eq!(first.returns.len(), 2, "{:?}", first.returns);
    assert_eq!(
        first.returns[1].0,
        episode_end(2),
        "an episode ends at the checkpoint"
    );
    assert_eq!(
        steps_with(&logdir, "episode/task_return"),
        [episode_end(1), episode_end(2)]
    );
    let kept = dir.path().join("checkpoint_at_s");
    copy_dir(&checkpoint_dir(&logdir), &kept);
    // Go on to 3 episodes, then lose that progress: the step-S checkpoint is back, the log
    // lines written after it stay (as after a kill).
    train_agent::<NoScorer>(session(), &options(&logdir, episode_end(3)), None).unwrap();
    std::fs::remove_dir_all(checkpoint_dir(&logdir)).unwrap();
    copy_dir(&kept, &checkpoint_dir(&logdir));
    let resumed =
        train_agent::<NoScorer>(session(), &options(&logdir, episode_end(4)), None).unwrap();
    assert_eq!(resumed.env_steps, episode_end(4));

    // The resumed process restarts its envs, so its episodes end where its summary says.
    let expected: Vec<u64> = first
        .returns
        .iter()
        .chain(&resumed.returns)
        .map(|(step, _)| *step)
        .collect();
    assert_eq!(expected.len(), 4, "{expected:?}");
    assert_eq!(
        steps_with(&logdir, "episode/task_return"),
        expected,
        "every episode once, at the step it ended"
    );
    for key in ["wm/loss", "perf/env_steps_per_second"] {
        let steps = steps_with(&logdir, key);
        assert!(!steps.is_empty(), "no {key} lines");
        assert!(
            steps.windows(2).all(|w| w[0] < w[1]),
            "{key}: steps logged out of order or twice: {steps:?}"
        );
    }
}
