//! `metrics.jsonl`: one JSON object per line, `{"step": N, "wall_time": seconds, "<name>": value,
//! ...}`, flat so `pandas.read_json(path, lines=True)` gives one column per metric. Non-finite
//! values are written as `null` (JSON has no NaN). Each line is flushed as it is written.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::LogError;

pub const METRICS_FILE: &str = "metrics.jsonl";

/// Keys every line has; metric names may not reuse them.
const RESERVED: [&str; 2] = ["step", "wall_time"];

pub struct MetricsFile {
    path: PathBuf,
    file: File,
}

/// The step of one metrics line, or None when the line is not a complete JSON object with one.
fn line_step(line: &str) -> Option<u64> {
    serde_json::from_str::<serde_json::Value>(line)
        .ok()?
        .get("step")?
        .as_u64()
}

impl MetricsFile {
    /// Opens `run_dir/metrics.jsonl` for appending. Lines with a step at or after `start_step`
    /// (left by an interrupted run resumed from an earlier checkpoint) and a torn last line are
    /// dropped first, so the file lists each step once.
    pub fn open(run_dir: &Path, start_step: u64) -> Result<Self, LogError> {
        let path = run_dir.join(METRICS_FILE);
        if path.exists() {
            let old = std::fs::read_to_string(&path).map_err(|e| LogError::io(&path, e))?;
            let kept: String = old
                .split_inclusive('\n')
                .filter(|line| {
                    line.ends_with('\n') && line_step(line).is_some_and(|s| s < start_step)
                })
                .collect();
            if kept.len() != old.len() {
                let temp = run_dir.join(format!("{METRICS_FILE}.tmp"));
                std::fs::write(&temp, kept).map_err(|e| LogError::io(&temp, e))?;
                std::fs::rename(&temp, &path).map_err(|e| LogError::io(&path, e))?;
            }
        }
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|e| LogError::io(&path, e))?;
        Ok(MetricsFile { path, file })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one line for `step`.
    pub fn write(
        &mut self,
        step: u64,
        wall_time: f64,
        metrics: &[(&str, f64)],
    ) -> Result<(), LogError> {
        let mut line = format!("{{\"step\":{step},\"wall_time\":{}", json_number(wall_time));
        for &(name, value) in metrics {
            if RESERVED.contains(&name) {
                return Err(LogError::ReservedMetricName(name.to_string()));
            }
            let key = serde_json::to_string(name).expect("a string always serializes");
            line.push_str(&format!(",{key}:{}", json_number(value)));
        }
        line.push_str("}\n");
        self.file
            .write_all(line.as_bytes())
            .map_err(|e| LogError::io(&self.path, e))
    }
}

fn json_number(value: f64) -> String {
    serde_json::Number::from_f64(value).map_or_else(|| "null".to_string(), |n| n.to_string())
}
