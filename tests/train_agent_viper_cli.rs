//! The whole VIPER chain on tiny sizes: expert episodes -> VQ-GAN -> VideoGPT (made by the
//! pipeline's stage functions, `viper::testing::reward_chain`) -> `train-agent --reward viper`
//! through the CLI. The agent's replay (from its checkpoint) must hold steps relabelled by the
//! reward model: finite, non-zero densities that vary, and no more steps than the episodes
//! have after each one's first W-1 = 3 steps (tiny VideoGPT: 4 frames, no skip). Tiny step
//! counts: the chain, not learning, is under test. Its stdout is a pipe, so it prints a
//! plain progress line every `--log-every` env steps. A resume with the other first-steps
//! policy (`--first-steps backfill`) or the other reward form (`--conditional`) is refused,
//! naming it.

use std::path::{Path, PathBuf};
use std::process::Command;
use viper::data::replay::Replay;
use viper::testing::reward_chain::TinyChain;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Runs the binary with stdout and stderr piped (not terminals); returns its stdout.
fn viper(args: &[&str], dir: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_viper"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "viper {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn train_agent_fills_its_replay_with_relabelled_viper_rewards() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let dreamer_config = repo("configs/dreamer/tiny.json");
    let models = TinyChain::new("builtin:cartpole_balance")
        .make(dir, None)
        .unwrap();
    let (steps, episode_length, envs) = (120u64, 20u64, 2u64);
    let stdout = viper(
        &[
            "train-agent",
            "--log-every",
            "40",
            "--config",
            dreamer_config.to_str().unwrap(),
            "--env",
            "builtin:cartpole_balance",
            "--reward",
            "viper",
            "--videogpt",
            models.videogpt.to_str().unwrap(),
            "--logdir",
            "agent",
            "--steps",
            &steps.to_string(),
            "--prefill",
            "80",
            "--episode-length",
            &episode_length.to_string(),
            "--envs",
            &envs.to_string(),
        ],
        dir,
    );
    // No terminal, so no bar: a plain progress line every --log-every env steps instead.
    let progress: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("env steps "))
        .collect();
    let expected: Vec<String> = [40, 80, 120]
        .iter()
        .map(|s| format!("env steps {s}/{steps}  updates "))
        .collect();
    assert_eq!(progress.len(), expected.len(), "{stdout}");
    for (line, start) in progress.iter().zip(&expected) {
        assert!(
            line.starts_with(start.as_str()) && line.ends_with(" env steps/s"),
            "{line}"
        );
    }
    let (replay, relabel) = Replay::load(&dir.join("agent/checkpoint/replay.npz")).unwrap();
    let relabel = relabel.expect("a VIPER run saves its relabeler state");
    let stats = relabel.stats().scored;
    assert!(stats > 0, "the reward model scored steps");
    // Every stored step was scored; each episode (length + 1 frames with the reset) gives
    // at most length + 1 - 3 of them.
    let episodes = steps / (episode_length + 1) + envs;
    assert!(
        replay.steps_added() <= episodes * (episode_length + 1 - 3),
        "{} steps stored",
        replay.steps_added()
    );
    assert_eq!(replay.steps_added(), stats);
    let densities: Vec<f32> = (0..replay.len())
        .flat_map(|i| {
            replay
                .item(i)
                .unwrap()
                .map(|s| s.density)
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        densities.iter().all(|d| d.is_finite() && *d != 0.0),
        "{densities:?}"
    );
    let (lo, hi) = densities
        .iter()
        .fold((f32::MAX, f32::MIN), |(lo, hi), &d| (lo.min(d), hi.max(d)));
    assert!(hi > lo, "densities vary with the frames: {lo} .. {hi}");
    // The loop logged the raw relabelled rewards it inserted: all of them by the last step.
    let metrics = std::fs::read_to_string(dir.join("agent/metrics.jsonl")).unwrap();
    let logged: Vec<serde_json::Value> = metrics
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|v: &serde_json::Value| v.get("replay/density_count").is_some())
        .collect();
    let total: f64 = logged
        .iter()
        .map(|v| v["replay/density_count"].as_f64().unwrap())
        .sum();
    assert_eq!(total, stats as f64, "every inserted step is counted once");
    let extreme =
        |key: &str| -> Vec<f64> { logged.iter().map(|v| v[key].as_f64().unwrap()).collect() };
    let min = extreme("replay/density_min")
        .into_iter()
        .fold(f64::MAX, f64::min);
    let max = extreme("replay/density_max")
        .into_iter()
        .fold(f64::MIN, f64::max);
    assert_eq!((min, max), (f64::from(lo), f64::from(hi)));

    // A resume with `extra` arguments: refused (asserted), its stderr returned.
    let refused_resume = |extra: &[&str]| -> String {
        let out = Command::new(env!("CARGO_BIN_EXE_viper"))
            .args(["train-agent", "--config", dreamer_config.to_str().unwrap()])
            .args(["--env", "builtin:cartpole_balance", "--reward", "viper"])
            .args(["--videogpt", models.videogpt.to_str().unwrap()])
            .args(["--logdir", "agent", "--steps", "160", "--prefill", "80"])
            .args(["--episode-length", &episode_length.to_string()])
            .args(["--envs", &envs.to_string()])
            .args(extra)
            .current_dir(dir)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(!out.status.success(), "{extra:?} resumed: {stderr}");
        stderr
    };
    // The replay holds no backfilled first steps, so a resume that would add some is refused.
    let stderr = refused_resume(&["--first-steps", "backfill"]);
    assert!(stderr.contains("first steps backfilled"), "{stderr}");
    // Nor is one with the other reward form: `--conditional` reaches the reward model, whose
    // options the checkpoint's reward record is written from.
    let stderr = refused_resume(&["--conditional"]);
    assert!(
        stderr.contains("Conditional") && stderr.contains("Joint"),
        "{stderr}"
    );
}
