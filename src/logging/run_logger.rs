//! `RunLogger`: the one logging handle a training loop holds. Scalars go to TensorBoard and to
//! `metrics.jsonl`; images, videos and histograms go to TensorBoard. A resumed run (same
//! directory) appends to the same files.

use std::path::{Path, PathBuf};

use super::event_writer::{wall_time_now, EventWriter};
use super::image::Image;
use super::metrics_file::MetricsFile;
use super::LogError;

/// Frame time of logged GIF videos: 10 hundredths of a second, i.e. 10 frames per second.
pub const VIDEO_FRAME_DELAY_CENTIS: u16 = 10;

pub struct RunLogger {
    run_dir: PathBuf,
    events: EventWriter,
    metrics: MetricsFile,
}

impl RunLogger {
    /// Opens (creating if needed) the logs of `run_dir`. `start_step` is the first step this
    /// process will log: 0 for a new run, the checkpoint's next step when resuming. Entries at or
    /// after it left by an interrupted process are dropped from `metrics.jsonl` and hidden from
    /// TensorBoard (a `SessionLog START` event), so each step is shown once.
    pub fn open(run_dir: &Path, start_step: u64) -> Result<Self, LogError> {
        let mut events = EventWriter::open(run_dir)?;
        let metrics = MetricsFile::open(run_dir, start_step)?;
        // Harmless in a new file; in a reused one it hides the old entries at or after
        // start_step (all of them when a run restarts from scratch at step 0).
        events.add_session_start(start_step)?;
        Ok(RunLogger {
            run_dir: run_dir.to_path_buf(),
            events,
            metrics,
        })
    }

    pub fn run_dir(&self) -> &Path {
        &self.run_dir
    }

    /// The TensorBoard writer, for summaries this type has no shortcut for.
    pub fn events(&mut self) -> &mut EventWriter {
        &mut self.events
    }

    pub fn metrics_path(&self) -> &Path {
        self.metrics.path()
    }

    /// Logs scalars at `step` to TensorBoard (one event) and as one `metrics.jsonl` line.
    pub fn log_scalars<K: AsRef<str>, V: Into<f64>>(
        &mut self,
        metrics: impl IntoIterator<Item = (K, V)>,
        step: u64,
    ) -> Result<(), LogError> {
        let owned: Vec<(K, f64)> = metrics.into_iter().map(|(k, v)| (k, v.into())).collect();
        let named: Vec<(&str, f64)> = owned.iter().map(|(k, v)| (k.as_ref(), *v)).collect();
        let as_f32: Vec<(&str, f32)> = named.iter().map(|&(k, v)| (k, v as f32)).collect();
        self.metrics.write(step, wall_time_now(), &named)?;
        self.events.add_scalars(&as_f32, step)
    }

    pub fn log_image(&mut self, tag: &str, image: &Image, step: u64) -> Result<(), LogError> {
        self.events.add_image(tag, image, step)
    }

    /// Logs a short video twice: an animated GIF under `tag` and a PNG strip of its frames under
    /// `<tag>/strip` (readable where GIFs are not, e.g. in printed reports).
    pub fn log_video(&mut self, tag: &str, frames: &[Image], step: u64) -> Result<(), LogError> {
        self.events
            .add_video_gif(tag, frames, VIDEO_FRAME_DELAY_CENTIS, step)?;
        self.events
            .add_video_strip(&format!("{tag}/strip"), frames, step)
    }

    pub fn log_histogram(&mut self, tag: &str, values: &[f64], step: u64) -> Result<(), LogError> {
        self.events.add_histogram(tag, values, step)
    }

    pub fn log_text(&mut self, tag: &str, markdown: &str, step: u64) -> Result<(), LogError> {
        self.events.add_text(tag, markdown, step)
    }

    /// Shows `config` as pretty JSON under the tag `config` in TensorBoard's text dashboard, so
    /// a run's settings sit next to its curves.
    pub fn log_config<T: serde::Serialize>(
        &mut self,
        config: &T,
        step: u64,
    ) -> Result<(), LogError> {
        let json = serde_json::to_string_pretty(config)
            .map_err(|e| LogError::Encode(format!("config as JSON: {e}")))?;
        // Four-space indentation makes a markdown code block that keeps the JSON layout.
        let block: String = json.lines().map(|line| format!("    {line}\n")).collect();
        self.events.add_text("config", &block, step)
    }

    /// Pushes buffered TensorBoard events to the OS (metrics lines are never buffered).
    pub fn flush(&mut self) -> Result<(), LogError> {
        self.events.flush()
    }
}
