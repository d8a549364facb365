//! Reads our event files back with Python's `tensorboard` package (EventAccumulator, through
//! tools/logging/read_events.py) and checks every tag, the scalar values, image sizes and
//! formats, histogram statistics and buckets, and that a resumed run shows each step once.
//!
//! Needs tools/logging/setup. Without it the tests print a skip note, or fail naming the setup
//! command when VIPER_REQUIRE_PYTHON_ENVS=1 (tools/test sets it).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use viper::logging::{EventWriter, Image, RunLogger};

const PNG_MAGIC: &str = "89504e470d0a";
const GIF_MAGIC: &str = "474946383961"; // "GIF89a"

fn tensorboard_python(test: &str) -> Option<PathBuf> {
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/logging/.venv/bin/python");
    if python.exists() {
        return Some(python);
    }
    let why = format!(
        "{test}: {} is missing; run tools/logging/setup",
        python.display()
    );
    if std::env::var("VIPER_REQUIRE_PYTHON_ENVS").as_deref() == Ok("1") {
        panic!("{why}");
    }
    eprintln!("skipping {why}");
    None
}

/// What TensorBoard's reader finds in `run_dir` (see read_events.py for the layout).
fn read_with_tensorboard(python: &Path, run_dir: &Path) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/logging/read_events.py");
    let output = Command::new(python)
        .arg(script)
        .arg(run_dir)
        .output()
        .expect("run python");
    assert!(
        output.status.success(),
        "read_events.py failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("read_events.py prints JSON")
}

fn steps_and_values(events: &Value) -> Vec<(u64, f64)> {
    let events = events.as_array().expect("a list of events");
    events
        .iter()
        .map(|e| (e["step"].as_u64().unwrap(), e["value"].as_f64().unwrap()))
        .collect()
}

fn rgb_frame(height: u32, width: u32, seed: u32) -> Image {
    let pixels = (0..height * width * 3)
        .map(|i| ((i * 37 + seed * 91) % 256) as u8)
        .collect();
    Image::new(height, width, 3, pixels).unwrap()
}

#[test]
fn tensorboard_reads_scalars_images_histograms_and_videos() {
    let Some(python) = tensorboard_python("tensorboard_reads_scalars_images_histograms_and_videos")
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let loss = |step: u64| 2.0f32 / (step as f32 + 1.0);
    let histogram_values = [-2.5, -0.1, 0.0, 0.3, 0.3, 1.7, 40.0, 1e-13];
    {
        let mut writer = EventWriter::open(dir.path()).unwrap();
        for step in 0..5 {
            writer
                .add_scalars(
                    &[("train/loss", loss(step)), ("train/lr", 1e-3 * step as f32)],
                    step,
                )
                .unwrap();
        }
        writer
            .add_image("samples/still", &rgb_frame(3, 5, 0), 4)
            .unwrap();
        writer
            .add_histogram("params/weights", &histogram_values, 4)
            .unwrap();
        let frames: Vec<Image> = (0..4).map(|t| rgb_frame(6, 8, t)).collect();
        writer
            .add_video_gif("video/rollout", &frames, 10, 4)
            .unwrap();
        writer
            .add_video_strip("video/rollout_strip", &frames, 4)
            .unwrap();
        writer
            .add_text("notes", "loss *falls*: 2 → 0.4", 4)
            .unwrap();
    }
    let found = read_with_tensorboard(&python, dir.path());

    let expected_loss: Vec<(u64, f64)> = (0..5).map(|s| (s, f64::from(loss(s)))).collect();
    assert_eq!(
        steps_and_values(&found["scalars"]["train/loss"]),
        expected_loss
    );
    let expected_lr: Vec<(u64, f64)> = (0..5).map(|s| (s, f64::from(1e-3 * s as f32))).collect();
    assert_eq!(steps_and_values(&found["scalars"]["train/lr"]), expected_lr);

    let image = |tag: &str| found["images"][tag][0].clone();
    let still = image("samples/still");
    assert_eq!(
        (still["height"].as_u64(), still["width"].as_u64()),
        (Some(3), Some(5))
    );
    assert_eq!(still["magic"], PNG_MAGIC);
    assert_eq!(still["mime"], "image/png");
    let gif = image("video/rollout");
    assert_eq!(
        (gif["height"].as_u64(), gif["width"].as_u64()),
        (Some(6), Some(8))
    );
    assert_eq!(gif["magic"], GIF_MAGIC);
    assert_eq!(gif["mime"], "image/gif");
    let strip = image("video/rollout_strip");
    assert_eq!(
        (strip["height"].as_u64(), strip["width"].as_u64()),
        (Some(6), Some(32))
    );
    assert_eq!(strip["magic"], PNG_MAGIC);

    let histo = &found["histograms"]["params/weights"][0];
    assert_eq!(histo["step"], 4);
    assert_eq!(histo["num"].as_f64(), Some(histogram_values.len() as f64));
    assert_eq!(histo["min"].as_f64(), Some(-2.5));
    assert_eq!(histo["max"].as_f64(), Some(40.0));
    let sum: f64 = histogram_values.iter().sum();
    let sum_squares: f64 = histogram_values.iter().map(|v| v * v).sum();
    assert_eq!(histo["sum"].as_f64(), Some(sum));
    assert_eq!(histo["sum_squares"].as_f64(), Some(sum_squares));
    // Each bucket holds exactly the values in [previous limit, its limit).
    let limits: Vec<f64> = histo["bucket_limit"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect();
    let counts: Vec<f64> = histo["bucket"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect();
    assert_eq!(limits.len(), counts.len());
    assert!(
        limits.windows(2).all(|w| w[0] < w[1]),
        "bucket limits increase"
    );
    for (i, (&limit, &count)) in limits.iter().zip(&counts).enumerate() {
        let low = if i == 0 {
            f64::NEG_INFINITY
        } else {
            limits[i - 1]
        };
        let inside = histogram_values
            .iter()
            .filter(|&&v| low <= v && v < limit)
            .count();
        assert_eq!(count, inside as f64, "bucket {i} [{low}, {limit})");
    }
    assert_eq!(counts.iter().sum::<f64>(), histogram_values.len() as f64);

    // The web UI's dashboards (which read migrated tensor summaries) list the same tags.
    let plugin = |name: &str| -> Vec<String> {
        let tags = found["plugins"][name].as_array();
        tags.unwrap_or_else(|| panic!("no {name} plugin in {}", found["plugins"]))
            .iter()
            .map(|t| t.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(plugin("scalars"), ["train/loss", "train/lr"]);
    assert_eq!(
        plugin("images"),
        ["samples/still", "video/rollout", "video/rollout_strip"]
    );
    assert_eq!(plugin("histograms"), ["params/weights"]);
    assert_eq!(plugin("text"), ["notes"]);
    assert_eq!(found["texts"]["notes"][0]["text"], "loss *falls*: 2 → 0.4");
    assert_eq!(found["texts"]["notes"][0]["step"], 4);
}

#[test]
fn tensorboard_shows_each_step_once_after_a_resume() {
    let Some(python) = tensorboard_python("tensorboard_shows_each_step_once_after_a_resume") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    {
        let mut logger = RunLogger::open(dir.path(), 0).unwrap();
        let config = serde_json::json!({"optimizer": {"learning_rate": 0.25}});
        logger.log_config(&config, 0).unwrap();
        for step in 0..6u64 {
            logger.log_scalars([("loss", step as f64)], step).unwrap();
        }
    }
    // The interrupted run checkpointed before step 4; the resumed run logs steps 4 and 5 again.
    {
        let mut logger = RunLogger::open(dir.path(), 4).unwrap();
        for step in 4..6u64 {
            logger
                .log_scalars([("loss", 100.0 + step as f64)], step)
                .unwrap();
        }
    }
    let event_files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("events.out.tfevents.")
        })
        .collect();
    assert_eq!(
        event_files.len(),
        1,
        "the resumed run appends to the same event file"
    );
    let found = read_with_tensorboard(&python, dir.path());
    let expected = vec![
        (0, 0.0),
        (1, 1.0),
        (2, 2.0),
        (3, 3.0),
        (4, 104.0),
        (5, 105.0),
    ];
    assert_eq!(steps_and_values(&found["scalars"]["loss"]), expected);
    let config_text = found["texts"]["config"][0]["text"].as_str().unwrap();
    assert!(
        config_text.contains("    \"learning_rate\": 0.25"),
        "{config_text}"
    );
}
