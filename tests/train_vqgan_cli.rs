//! `viper train-vqgan` as a user runs it, on a small dataset written by `viper collect`: a
//! run stopped after 3 steps and resumed to 5 ends with the same checkpoint bytes as an
//! uninterrupted 5-step run; `metrics.jsonl` holds every step once with the loss terms,
//! perplexity, codebook usage and learning rates of both networks, all finite; and
//! `viper reconstruct` draws the original frames over their reconstructions, and
//! `viper encode` writes every episode's codes. Repeated `--data` trains on the frames of
//! every dataset; `foreground_weight` changes the reconstruction loss and nothing else.

use std::path::Path;
use std::process::Command;
use viper::cli::collect::{collect, CollectArgs, PolicyKind};
use viper::data::npz::NpzReader;
use viper::data::{EpisodeDataset, Split};
use viper::train::CheckpointDir;

fn train(data: &Path, out: &Path, steps: u64) -> String {
    train_with(&[data], out, steps, &[]).0
}

/// A tiny-config run on every dataset of `data`; its stdout and stderr.
fn train_with(data: &[&Path], out: &Path, steps: u64, sets: &[&str]) -> (String, String) {
    let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("configs/vqgan/tiny.json");
    let mut command = Command::new(env!("CARGO_BIN_EXE_viper"));
    command
        .args(["train-vqgan", "--quiet", "--config"])
        .arg(config);
    for root in data {
        command.arg("--data").arg(root);
    }
    for set in sets {
        command.args(["--set", set]);
    }
    let output = command
        .arg("--out")
        .arg(out)
        .args(["--steps", &steps.to_string()])
        .args(["--set", "batch_size=4", "--set", "save_interval=2"])
        .args(["--set", "log_interval=1", "--set", "viz_interval=2"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    // No LPIPS weights given: the log says the perceptual term is off.
    assert!(stderr.contains("perceptual term is off"), "{stderr}");
    (stdout, stderr.into_owned())
}

fn collect_random(out: &Path, episodes: usize, seed: u64) {
    collect(&CollectArgs {
        env: "builtin:reacher".into(),
        policy: PolicyKind::Random,
        random_action_prob: 0.0,
        expert_roam: 0.0,
        episodes,
        out: out.to_path_buf(),
        seed,
        workers: 1,
        episode_length: Some(6),
        action_repeat: None,
        render: Default::default(),
        quiet: true,
    })
    .unwrap();
}

/// Frames in the train split of the dataset at `root`, read from its episode files.
fn train_frames(root: &Path) -> usize {
    let dataset = EpisodeDataset::open(root).unwrap();
    let episodes = dataset.load_split(Split::Train).unwrap();
    episodes.iter().map(|(_, e)| e.len).sum()
}

fn metric_rows(run: &Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(run.join("metrics.jsonl")).unwrap();
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|v: &serde_json::Value| v.get("gen/l1").is_some())
        .collect()
}

#[test]
fn train_vqgan_reads_every_dataset_given_and_weights_the_foreground_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    collect_random(&a, 3, 5);
    collect_random(&b, 4, 6);
    let expected = train_frames(&a) + train_frames(&b);
    let plain = dir.path().join("plain");
    let (_, stderr) = train_with(&[&a, &b], &plain, 2, &["batch_size=4"]);
    assert!(
        stderr.contains(&format!(
            "train-vqgan: {expected} frames of the training episodes"
        )),
        "expected {expected} frames of both datasets: {stderr}"
    );
    // Without the weighting the reconstruction loss is the plain L1.
    for row in metric_rows(&plain) {
        assert_eq!(row["gen/rec_loss"], row["gen/l1"], "{row}");
    }
    // With it, the first step (same parameters and batch as the plain run's) has the same L1
    // and another, finite reconstruction loss.
    let weighted = dir.path().join("weighted");
    let sets = ["batch_size=4", "foreground_weight=30"];
    train_with(&[&a, &b], &weighted, 2, &sets);
    let (p, w) = (&metric_rows(&plain)[0], &metric_rows(&weighted)[0]);
    let l1 = p["gen/l1"].as_f64().unwrap();
    // Equal up to the float rounding of another compiled program.
    assert!(
        (w["gen/l1"].as_f64().unwrap() - l1).abs() <= 1e-5 * l1,
        "{p} {w}"
    );
    let rec = w["gen/rec_loss"].as_f64().unwrap();
    assert!(rec.is_finite() && (rec - l1).abs() > 1e-3 * l1, "{w}");
    // A missing dataset is named.
    let missing = dir.path().join("missing");
    let output = Command::new(env!("CARGO_BIN_EXE_viper"))
        .args(["train-vqgan", "--quiet", "--data"])
        .arg(&a)
        .arg("--data")
        .arg(&missing)
        .arg("--out")
        .arg(dir.path().join("refused"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success() && stderr.contains(&*missing.to_string_lossy()),
        "{stderr}"
    );
}

#[test]
fn train_vqgan_writes_metrics_and_checkpoints_and_resumes_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    collect_random(&data, 3, 5);

    let resumed = dir.path().join("resumed");
    let first = train(&data, &resumed, 3);
    assert!(first.contains("finished at step 3"), "{first}");
    let second = train(&data, &resumed, 5);
    assert!(second.contains("resumed from step 3"), "{second}");
    let refused = Command::new(env!("CARGO_BIN_EXE_viper"))
        .args(["train-vqgan", "--quiet", "--data"])
        .arg(&data)
        .arg("--out")
        .arg(&resumed)
        .args(["--steps", "6", "--set", "batch_size=2"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        !refused.status.success() && stderr.contains("another `"),
        "{stderr}"
    );
    let straight = dir.path().join("straight");
    train(&data, &straight, 5);

    let ckpts = |run: &Path| CheckpointDir::new(run.join("checkpoints"), 2);
    assert_eq!(ckpts(&resumed).steps().unwrap(), vec![4, 5]);
    let bytes = |run: &Path| std::fs::read(ckpts(run).tensors_path(5)).unwrap();
    assert!(
        bytes(&resumed) == bytes(&straight),
        "the resumed run's step-5 checkpoint differs from the uninterrupted run's"
    );

    let text = std::fs::read_to_string(resumed.join("metrics.jsonl")).unwrap();
    let rows: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|v: &serde_json::Value| v.get("gen/l1").is_some())
        .collect();
    let steps: Vec<u64> = rows.iter().map(|v| v["step"].as_u64().unwrap()).collect();
    assert_eq!(steps, vec![1, 2, 3, 4, 5], "{text}");
    for key in [
        "gen/loss",
        "gen/l1",
        "gen/g_loss",
        "gen/vq_loss",
        "gen/commitment_loss",
        "gen/codebook_loss",
        "gen/perplexity",
        "gen/codebook_usage",
        "gen/optim/learning_rate",
        "disc/loss",
        "disc/d_loss",
        "disc/d_grad_penalty",
        "disc/optim/learning_rate",
    ] {
        for row in &rows {
            let v = row[key].as_f64();
            assert!(v.is_some_and(f64::is_finite), "{key} in {row}");
        }
    }
    assert!(rows
        .iter()
        .all(|r| r["gen/perceptual_weight"].as_f64() == Some(0.0)));
    // Warmup from 0 over 20 steps: step s (1-based) uses lr * (s - 1) / 20.
    let lr = rows[4]["gen/optim/learning_rate"].as_f64().unwrap();
    assert!((lr - 1e-3 * 4.0 / 20.0).abs() < 1e-9, "{lr}");
    let usage = rows[0]["gen/codebook_usage"].as_f64().unwrap();
    assert!(usage > 0.0 && usage <= 1.0, "{usage}");
    check_reconstruct(&data, &resumed, dir.path());
    check_encode(&data, &resumed, dir.path());
}

fn encode(data: &Path, run: &Path, out: &Path, batch: usize) {
    let output = Command::new(env!("CARGO_BIN_EXE_viper"))
        .arg("encode")
        .arg("--run")
        .arg(run)
        .arg("--data")
        .arg(data)
        .arg("--out")
        .arg(out)
        .args(["--batch", &batch.to_string()])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// `viper encode`: one `codes` npz per episode, int32 `[T, 8, 8]` in [0, 32) for the tiny
/// config; batch 3 (padded last batches) and batch 7 (one batch per episode) agree.
fn check_encode(data: &Path, run: &Path, tmp: &Path) {
    let (small, whole) = (tmp.join("codes3"), tmp.join("codes7"));
    encode(data, run, &small, 3);
    encode(data, run, &whole, 7);
    let dataset = EpisodeDataset::open(data).unwrap();
    let mut files = 0;
    for split in [Split::Train, Split::Test] {
        for (_, file) in dataset.episodes(split) {
            let relative = file.path.strip_prefix(dataset.root()).unwrap();
            let read = |root: &Path| {
                let mut reader = NpzReader::open(&root.join(relative)).unwrap();
                reader.read("codes").unwrap()
            };
            let (header, bytes) = read(&small);
            assert_eq!(header.shape, vec![file.frames, 8, 8]);
            assert_eq!(header.descr, "<i4");
            let codes: Vec<i32> = bytes
                .chunks(4)
                .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            assert!(codes.iter().all(|c| (0..32).contains(c)), "{codes:?}");
            assert_eq!(read(&whole).1, bytes, "{}", relative.display());
            files += 1;
        }
    }
    assert_eq!(files, 3);
}

/// `viper reconstruct`: a 2-row PNG; the top row is the test episode's first frames,
/// box-averaged 64 -> 16 on the host here; the bottom row holds the reconstructions.
fn check_reconstruct(data: &Path, run: &Path, tmp: &Path) {
    let png_path = tmp.join("recon.png");
    let output = Command::new(env!("CARGO_BIN_EXE_viper"))
        .arg("reconstruct")
        .arg("--run")
        .arg(run)
        .arg("--data")
        .arg(data)
        .arg("--out")
        .arg(&png_path)
        .args(["--frames", "3"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&png_path).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((info.width, info.height), (3 * 16, 2 * 16));
    let channels = info.line_size / info.width as usize;
    let dataset = EpisodeDataset::open(data).unwrap();
    let (_, file) = dataset.episodes(Split::Test).next().unwrap();
    let episode = file.load().unwrap();
    for f in 0..3 {
        let frame = episode.frame(f).unwrap();
        for (i, j, c) in [(0, 0, 0), (7, 3, 1), (15, 15, 2), (9, 12, 0)] {
            let mut sum = 0u32;
            for di in 0..4 {
                for dj in 0..4 {
                    sum += frame[((i * 4 + di) * 64 + j * 4 + dj) * 3 + c] as u32;
                }
            }
            let want = sum as f64 / 16.0;
            let got = pixels[i * info.line_size + (f * 16 + j) * channels + c] as f64;
            assert!(
                (got - want).abs() <= 1.0,
                "frame {f} [{i},{j},{c}]: {got} vs {want}"
            );
        }
    }
}
