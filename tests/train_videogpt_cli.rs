//! `viper train-videogpt` as a user runs it, on expert episodes of a built-in environment
//! written by `viper collect` and a tiny VQ-GAN (its initial parameters saved as a
//! `train-vqgan` checkpoint: a fixed tokenizer is all VideoGPT needs, and compiling the
//! VQ-GAN's training steps would dominate the test). A run killed after a checkpoint and
//! resumed ends with the same checkpoint bytes as an uninterrupted run; the training loss
//! falls clearly; validation losses are written and the best-validation checkpoint is
//! readable through `VideoGptRun`; episodes too short for a clip are named; the codes are
//! encoded once (the resumed run reads them from the cache, which another VQ-GAN discards);
//! `viper rollout` writes the sampled clips next to the truth and refuses a task the model
//! does not know; and a run directory refuses another config or another VQ-GAN, naming the
//! field and both values.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use viper::cli::collect::{collect, CollectArgs, PolicyKind};
use viper::config::load_config;
use viper::models::videogpt::{CodeCache, VideoGptConfig, VideoGptRun, VqganRecord, Which};
use viper::models::vqgan::{trace_vqgan_steps, VqganConfig, VqganRun};
use viper::nn::ParamTree;
use viper::session::Session;
use viper::train::{Checkpoint, CheckpointDir, RngState};

const STEPS: u64 = 60;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A `train-vqgan` run directory holding the tiny VQ-GAN's initial parameters (`seed`).
fn vqgan_run(dir: &Path, seed: u64) {
    let config: VqganConfig = load_config(
        Some(&repo("configs/vqgan/tiny.json")),
        VqganConfig::default(),
        &[],
    )
    .unwrap();
    let steps = trace_vqgan_steps(&config, 2).unwrap();
    let specs = steps.generator.param_specs();
    let tree = ParamTree::init(specs, seed).unwrap();
    let params = specs
        .iter()
        .map(|s| (s.name.clone(), tree.get(&s.name).unwrap().clone()))
        .collect();
    CheckpointDir::new(dir.join("checkpoints"), 1)
        .save(&Checkpoint {
            step: 1,
            params,
            opt_state: Vec::new(),
            rng: RngState { seed },
            config: serde_json::to_value(&config).unwrap(),
        })
        .unwrap();
}

/// Expert pointmass episodes of 24 frames, and a task whose 3-frame episodes (2 steps) are too short.
fn dataset(root: &Path) {
    for (env, episodes, length) in [("builtin:pointmass", 8, 24), ("builtin:reacher", 2, 2)] {
        collect(&CollectArgs {
            env: env.into(),
            policy: PolicyKind::Expert,
            random_action_prob: 0.0,
            expert_roam: 0.0,
            episodes,
            out: root.to_path_buf(),
            seed: 3,
            workers: 1,
            episode_length: Some(length),
            action_repeat: None,
            render: Default::default(),
            quiet: true,
        })
        .unwrap();
    }
}

fn train_videogpt(data: &Path, vqgan: &Path, out: &Path, extra: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_viper"));
    c.args(["train-videogpt", "--quiet", "--config"])
        .arg(repo("configs/videogpt/tiny.json"))
        .arg("--vqgan")
        .arg(vqgan)
        .arg("--data")
        .arg(data)
        .arg("--out")
        .arg(out)
        .args(["--steps", &STEPS.to_string()])
        .args(["--set", "log_interval=1", "--set", "save_interval=10"])
        .args(["--set", "eval_interval=20", "--set", "viz_interval=30"])
        .args(extra);
    c
}

fn finish(mut command: Command) -> (String, String) {
    let out = command.output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert!(out.status.success(), "{stdout}\n{stderr}");
    (stdout, stderr)
}

fn refused(mut command: Command) -> String {
    let out = command.output().unwrap();
    assert!(!out.status.success());
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn tensors(run: &Path, step: u64) -> Vec<u8> {
    std::fs::read(CheckpointDir::new(run.join("checkpoints"), 2).tensors_path(step)).unwrap()
}

fn metrics(run: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(run.join("metrics.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// `(step, value)` of every line holding `key`.
fn series(lines: &[serde_json::Value], key: &str) -> Vec<(u64, f64)> {
    lines
        .iter()
        .filter_map(|l| Some((l["step"].as_u64()?, l.get(key)?.as_f64()?)))
        .collect()
}

#[test]
fn train_videogpt_learns_validates_and_resumes_exactly_after_a_kill() {
    let root = tempfile::tempdir().unwrap();
    let (data, vqgan) = (root.path().join("data"), root.path().join("vqgan"));
    dataset(&data);
    vqgan_run(&vqgan, 1);
    let (interrupted, straight) = (root.path().join("killed"), root.path().join("straight"));

    let mut child = train_videogpt(&data, &vqgan, &interrupted, &[])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let ckpts = CheckpointDir::new(interrupted.join("checkpoints"), 2);
    let deadline = Instant::now() + Duration::from_secs(300);
    while ckpts.steps().unwrap().is_empty() {
        assert!(Instant::now() < deadline, "no checkpoint appeared");
        assert!(child.try_wait().unwrap().is_none(), "the run exited early");
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let at_kill = ckpts.steps().unwrap();
    assert!(at_kill.last().is_some_and(|&s| s < STEPS), "{at_kill:?}");

    let (resumed, _) = finish(train_videogpt(&data, &vqgan, &interrupted, &[]));
    assert!(
        resumed.contains(&format!("resumed from step {}", at_kill.last().unwrap())),
        "{resumed}"
    );
    assert!(resumed.contains("; 0 episodes encoded now"), "{resumed}");
    let (out, stderr) = finish(train_videogpt(&data, &vqgan, &straight, &[]));
    // 7 + 1 pointmass and 1 + 1 reacher episodes, all encoded once.
    assert!(out.contains("; 10 episodes encoded now"), "{out}");
    assert!(stderr.contains("reacher/train/episode_"), "{stderr}");
    assert!(stderr.contains("(3 frames)"), "{stderr}");
    assert_eq!(tensors(&interrupted, STEPS), tensors(&straight, STEPS));

    // The loss falls clearly: from ln K-ish to well below within 60 steps.
    let lines = metrics(&straight);
    let loss = series(&lines, "train/loss");
    assert_eq!(loss.len() as u64, STEPS);
    let first = loss[0].1;
    let last: f64 = loss[loss.len() - 10..].iter().map(|x| x.1).sum::<f64>() / 10.0;
    assert!(last < first - 1.0, "first {first}, last ten {last}");
    for (key, bits) in [
        ("train/loss", "train/bits_per_token"),
        ("val/loss_ema", "val/bits_per_token"),
    ] {
        for ((s, nats), (t, b)) in series(&lines, key).iter().zip(series(&lines, bits)) {
            assert_eq!(*s, t);
            assert!((nats / std::f64::consts::LN_2 - b).abs() < 1e-9);
        }
    }
    let val = series(&lines, "val/loss");
    let val_ema = series(&lines, "val/loss_ema");
    assert_eq!(val.iter().map(|v| v.0).collect::<Vec<_>>(), [20, 40, 60]);
    assert!(val.iter().chain(&val_ema).all(|v| v.1.is_finite()));
    assert!(val_ema[2].1 < val_ema[0].1, "{val_ema:?}");
    // Resumed logs list every step once.
    let steps: Vec<u64> = series(&metrics(&interrupted), "train/loss")
        .iter()
        .map(|x| x.0)
        .collect();
    assert_eq!(steps, (1..=STEPS).collect::<Vec<_>>());

    // The run directory as scoring reads it.
    let run = VideoGptRun::open(&straight).unwrap();
    assert_eq!(run.code_space.grid, [8, 8]);
    assert_eq!(
        run.class_map,
        BTreeMap::from([("pointmass".into(), 0), ("reacher".into(), 1)])
    );
    assert_eq!(run.vqgan_dir, std::path::absolute(&vqgan).unwrap());
    let best = run.params(Which::Best, true).unwrap();
    let latest = run.params(Which::Latest, false).unwrap();
    assert_eq!(
        best.names().collect::<Vec<_>>(),
        latest.names().collect::<Vec<_>>()
    );
    assert!(best.len() > 10);
    run.open_vqgan().unwrap();

    // Sampled videos went to TensorBoard.
    let events: Vec<u8> = std::fs::read_dir(&straight)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("events.out.tfevents"))
        .flat_map(|p| std::fs::read(p).unwrap())
        .collect();
    assert!(events.windows(10).any(|w| w == b"viz/sample"));

    // `viper rollout`: two sampled clips next to the truth, 2 x 2 bordered 16-pixel frames.
    let gif = root.path().join("rollout.gif");
    let rollout = |episodes: &Path| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_viper"));
        c.args(["rollout", "--clips", "2", "--ctx", "2", "--videogpt"])
            .arg(&straight)
            .arg("--episodes")
            .arg(episodes)
            .arg("--out")
            .arg(&gif);
        c
    };
    let (out, _) = finish(rollout(&data));
    assert!(out.contains("wrote 2 sampled clips"), "{out}");
    let bytes = std::fs::read(&gif).unwrap();
    assert_eq!(&bytes[..6], b"GIF89a");
    let (width, height) = (
        u16::from_le_bytes([bytes[6], bytes[7]]),
        u16::from_le_bytes([bytes[8], bytes[9]]),
    );
    assert_eq!((width, height), (2 * 18, 2 * 18));
    // A task the class-conditional model never saw is refused, listing the known ones.
    let unknown = root.path().join("unknown");
    collect(&CollectArgs {
        env: "builtin:cartpole_balance".into(),
        policy: PolicyKind::Expert,
        random_action_prob: 0.0,
        expert_roam: 0.0,
        episodes: 2,
        out: unknown.clone(),
        seed: 3,
        workers: 1,
        episode_length: Some(6),
        action_repeat: None,
        render: Default::default(),
        quiet: true,
    })
    .unwrap();
    let stderr = refused(rollout(&unknown));
    assert!(stderr.contains("task `cartpole_balance`"), "{stderr}");
    assert!(stderr.contains("[\"pointmass\", \"reacher\"]"), "{stderr}");

    // Another config on the same directory is refused, naming the key.
    let stderr = refused(train_videogpt(
        &data,
        &vqgan,
        &straight,
        &["--set", "num_layers=3"],
    ));
    assert!(stderr.contains("another `num_layers`"), "{stderr}");
}

#[test]
fn a_videogpt_run_refuses_another_vqgan_naming_field_and_both() {
    let root = tempfile::tempdir().unwrap();
    let (data, out) = (root.path().join("data"), root.path().join("gpt"));
    let (first, second) = (root.path().join("vq-a"), root.path().join("vq-b"));
    dataset(&data);
    vqgan_run(&first, 1);
    vqgan_run(&second, 2);
    let record = VqganRecord::of(&VqganRun::open(&first).unwrap()).unwrap();
    let config = VideoGptConfig::tiny();
    let classes = BTreeMap::from([("pointmass".to_string(), 0), ("reacher".to_string(), 1)]);
    VideoGptRun::create(&out, &config, &record, &classes).unwrap();

    // Same shapes, other weights: refused by the checkpoint hash.
    let stderr = refused(train_videogpt(&data, &second, &out, &[]));
    assert!(stderr.contains("checkpoint_sha256"), "{stderr}");
    assert!(
        stderr.contains("vq-a") && stderr.contains("vq-b"),
        "{stderr}"
    );
    let run = VideoGptRun::open(&out).unwrap();
    let err = run
        .check_vqgan(&VqganRun::open(&second).unwrap())
        .unwrap_err()
        .to_string();
    assert!(err.contains(&record.checkpoint_sha256), "{err}");
    run.check_vqgan(&VqganRun::open(&first).unwrap()).unwrap();

    // Another grid or codebook is named with both values.
    let other = VqganRecord {
        grid: [4, 4],
        ..record.clone()
    };
    let err = record.check_same(&other, &out).unwrap_err().to_string();
    assert!(
        err.contains("grid [8, 8]") && err.contains("grid [4, 4]"),
        "{err}"
    );
    let other = VqganRecord {
        codebook_size: 64,
        ..record.clone()
    };
    let err = record.check_same(&other, &out).unwrap_err().to_string();
    assert!(
        err.contains("codebook_size 32") && err.contains("codebook_size 64"),
        "{err}"
    );
}

#[test]
fn the_code_cache_is_discarded_when_the_vqgan_changes() {
    let root = tempfile::tempdir().unwrap();
    let (first, second) = (root.path().join("vq-a"), root.path().join("vq-b"));
    vqgan_run(&first, 1);
    vqgan_run(&second, 2);
    let (first, second) = (
        VqganRun::open(&first).unwrap(),
        VqganRun::open(&second).unwrap(),
    );
    let session = Session::discover().unwrap();
    let cache = root.path().join("codes");
    let marker = cache.join("pointmass/train/episode_000000.npz");
    let reopen = |vqgan: &VqganRun| {
        CodeCache::open(&cache, vqgan, None, &session).unwrap();
    };
    reopen(&first);
    std::fs::create_dir_all(marker.parent().unwrap()).unwrap();
    std::fs::write(&marker, b"codes").unwrap();
    reopen(&first);
    assert!(marker.exists(), "the same VQ-GAN keeps the cache");
    reopen(&second);
    assert!(!marker.exists(), "another VQ-GAN discards it");
}
