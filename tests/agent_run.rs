//! The agent's host loop on the tiny preset and `builtin:pointmass`: a short run writes a
//! checkpoint and logs; re-running on the same logdir resumes from its counters with the
//! saved state; a resume with another env or model size is refused naming both.

mod nn_support;

use nn_support::session;
use viper::agent::checkpoint;
use viper::agent::{train_agent, NoScorer, RewardMode, RunOptions};
use viper::models::dreamer::DreamerConfig;

fn options(logdir: &std::path::Path, env: &str, steps: u64) -> RunOptions {
    RunOptions {
        env: env.to_string(),
        mode: RewardMode::Task,
        config: DreamerConfig::tiny(),
        envs: 2,
        steps,
        prefill: 40,
        episode_length: Some(20),
        action_repeat: None,
        seed: 3,
        logdir: logdir.to_path_buf(),
        checkpoint_every: 1000,
        max_nonfinite: 3,
        replay_capacity: 10_000,
        quiet: true,
        video_every: 16,
        log_every: 20,
        progress: Default::default(),
        first_steps: Default::default(),
    }
}

/// Whether a TensorBoard event file of `logdir` mentions `tag`.
fn events_contain(logdir: &std::path::Path, tag: &str) -> bool {
    std::fs::read_dir(logdir).unwrap().any(|entry| {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        name.starts_with("events.out.tfevents")
            && std::fs::read(&path)
                .unwrap()
                .windows(tag.len())
                .any(|w| w == tag.as_bytes())
    })
}

#[test]
fn runs_checkpoints_resumes_and_refuses_other_runs() {
    let dir = tempfile::tempdir().unwrap();
    let logdir = dir.path().join("run");
    let first =
        train_agent::<NoScorer>(session(), &options(&logdir, "builtin:pointmass", 60), None)
            .unwrap();
    assert_eq!(first.env_steps, 60);
    // Train ratio 64 over 4 x 8 sequences: 2 updates per env step after the 40-step prefill.
    assert_eq!(first.updates, 40);
    // Two envs stepped 30 times each, episodes of 20 steps plus their reset step: one each.
    assert_eq!(first.returns.len(), 2, "{:?}", first.returns);
    // Open-loop videos every 16 updates: at updates 16 and 32.
    assert_eq!(first.videos, 2);
    assert!(first.device_busy > 0.0 && first.device_busy <= 1.0);
    let metrics = std::fs::read_to_string(logdir.join("metrics.jsonl")).unwrap();
    for key in [
        "perf/device_busy",
        "perf/env_wait",
        "perf/env_steps_per_second",
        "perf/updates_per_second",
        "replay/size",
    ] {
        assert!(metrics.contains(key), "metrics.jsonl has no {key}");
    }
    assert!(events_contain(&logdir, "openl/image"));
    let (meta, saved, replay, _) = checkpoint::load(&logdir).unwrap().unwrap();
    assert_eq!((meta.env_steps, meta.updates), (60, 40));
    assert_eq!(replay.steps_added(), 60);

    let second =
        train_agent::<NoScorer>(session(), &options(&logdir, "builtin:pointmass", 80), None)
            .unwrap();
    assert_eq!(second.env_steps, 80);
    assert_eq!(
        second.updates, 80,
        "the resumed run continues the update counter"
    );
    let (meta, resumed, replay, _) = checkpoint::load(&logdir).unwrap().unwrap();
    assert_eq!((meta.env_steps, meta.updates), (80, 80));
    assert_eq!(
        replay.steps_added(),
        80,
        "the replay was restored, not restarted"
    );
    assert_eq!(saved.values.len(), resumed.values.len());
    assert_ne!(
        saved, resumed,
        "the resumed run trained the saved state further"
    );

    let err = train_agent::<NoScorer>(session(), &options(&logdir, "builtin:reacher", 100), None)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("builtin:pointmass") && err.contains("builtin:reacher"),
        "{err}"
    );
    let mut bigger = options(&logdir, "builtin:pointmass", 100);
    bigger.config.units = 32;
    let err = train_agent::<NoScorer>(session(), &bigger, None)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("model config") && err.contains("units: 32") && err.contains("units: 16"),
        "{err}"
    );
}
