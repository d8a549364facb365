//! `viper demo` as a user runs it: a run killed after a checkpoint and resumed on the same
//! directory ends with exactly the parameters of an uninterrupted run (byte-identical
//! checkpoints: same batches, keys and executable), the loss falls at least 10x, the logs
//! list each step once (`metrics.jsonl`, and TensorBoard as Python's `tensorboard` reads it:
//! needs tools/logging/setup, like tests/tensorboard.rs), and a corrupt checkpoint is refused
//! and left as it was.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const STEPS: u64 = 120;

fn demo(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_viper"));
    c.args(["demo", "--quiet", "--steps", &STEPS.to_string(), "--out"])
        .arg(dir)
        .args([
            "--set",
            "checkpoint_every=20",
            "--set",
            "keep_checkpoints=10",
        ]);
    c
}

fn finish(dir: &Path) -> String {
    let out = demo(dir).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// The interpreter of tools/logging/setup's venv (None: skip, unless tools/test requires it).
fn tensorboard_python() -> Option<PathBuf> {
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/logging/.venv/bin/python");
    if python.exists() {
        return Some(python);
    }
    let why = format!("{} is missing; run tools/logging/setup", python.display());
    if std::env::var("VIPER_REQUIRE_PYTHON_ENVS").as_deref() == Ok("1") {
        panic!("{why}");
    }
    eprintln!("skipping the TensorBoard read-back: {why}");
    None
}

/// Checks what TensorBoard's reader finds: every step's loss once, equal to metrics.jsonl's
/// (f32), the other metric tags, and the strip of example inputs.
fn check_tensorboard(python: &Path, run_dir: &Path, losses: &[f64]) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/logging/read_events.py");
    let out = Command::new(python)
        .arg(script)
        .arg(run_dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let events: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let loss = events["scalars"]["loss"].as_array().unwrap();
    let steps: Vec<u64> = loss.iter().map(|e| e["step"].as_u64().unwrap()).collect();
    assert_eq!(steps, (1..=STEPS).collect::<Vec<_>>());
    for (e, want) in loss.iter().zip(losses) {
        let got = e["value"].as_f64().unwrap();
        // The same f32 both ways; 1e-12 only absorbs serde_json's last-bit float parsing.
        let want = f64::from(*want as f32);
        assert!(
            (got - want).abs() <= 1e-12 * want.abs(),
            "step {}: {got} vs {want}",
            e["step"]
        );
    }
    for tag in [
        "colour_accuracy",
        "position_error_px",
        "optim/learning_rate",
        "optim/grad_norm",
    ] {
        assert_eq!(
            events["scalars"][tag].as_array().map(Vec::len),
            Some(STEPS as usize),
            "{tag}"
        );
    }
    let image = &events["images"]["data/examples"][0];
    assert_eq!(
        (image["width"].as_u64(), image["height"].as_u64()),
        (Some(8 * 32), Some(32))
    );
}

fn checkpoint_steps(dir: &Path) -> Vec<u64> {
    let Ok(entries) = std::fs::read_dir(dir.join("checkpoints")) else {
        return Vec::new();
    };
    let mut steps: Vec<u64> = entries
        .filter_map(|e| {
            let name = e.ok()?.file_name().to_string_lossy().into_owned();
            name.strip_prefix("ckpt_")?
                .strip_suffix(".json")?
                .parse()
                .ok()
        })
        .collect();
    steps.sort_unstable();
    steps
}

fn final_tensors(dir: &Path) -> Vec<u8> {
    std::fs::read(dir.join(format!("checkpoints/ckpt_{STEPS:09}.safetensors"))).unwrap()
}

#[test]
fn killed_and_resumed_demo_equals_an_uninterrupted_one() {
    let root = tempfile::tempdir().unwrap();
    let (interrupted, straight) = (
        root.path().join("interrupted"),
        root.path().join("straight"),
    );

    let mut child = demo(&interrupted)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while checkpoint_steps(&interrupted).is_empty() {
        assert!(Instant::now() < deadline, "no checkpoint appeared");
        assert!(child.try_wait().unwrap().is_none(), "the demo exited early");
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let at_kill = checkpoint_steps(&interrupted);
    println!("killed with checkpoints {at_kill:?}");
    assert!(
        at_kill.last().is_some_and(|&s| s < STEPS),
        "the run finished before the kill: {at_kill:?}"
    );

    let resumed = finish(&interrupted);
    assert!(
        resumed.contains(&format!("demo finished at step {STEPS}")),
        "{resumed}"
    );
    finish(&straight);
    assert_eq!(final_tensors(&interrupted), final_tensors(&straight));

    // The loss fell at least 10x (the summary's factor is first loss / mean of the last 10).
    let factor: f64 = resumed
        .split(": ")
        .last()
        .and_then(|s| s.trim().strip_suffix("x lower"))
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no factor in {resumed}"));
    assert!(factor >= 10.0, "{resumed}");

    // metrics.jsonl lists steps 1..=STEPS once each, despite the kill; TensorBoard events and
    // the config are there too.
    let metrics = std::fs::read_to_string(interrupted.join("metrics.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = metrics
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let steps: Vec<u64> = lines.iter().map(|l| l["step"].as_u64().unwrap()).collect();
    assert_eq!(steps, (1..=STEPS).collect::<Vec<_>>());
    if let Some(python) = tensorboard_python() {
        let losses: Vec<f64> = lines.iter().map(|l| l["loss"].as_f64().unwrap()).collect();
        check_tensorboard(&python, &interrupted, &losses);
    }
    let names: Vec<String> = std::fs::read_dir(&interrupted)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().any(|n| n.starts_with("events.out.tfevents.")),
        "{names:?}"
    );
    assert!(names.iter().any(|n| n == "config.json"), "{names:?}");

    // A corrupt newest checkpoint: the demo refuses to resume and leaves the file alone.
    let path = interrupted.join(format!("checkpoints/ckpt_{STEPS:09}.safetensors"));
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.truncate(bytes.len() - 100);
    std::fs::write(&path, &bytes).unwrap();
    let out = demo(&interrupted).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("is corrupt or truncated"), "{stderr}");
    assert!(
        stderr.contains(&format!("ckpt_{STEPS:09}.safetensors")),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}
