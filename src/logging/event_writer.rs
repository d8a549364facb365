//! `EventWriter`: appends TensorBoard events to `events.out.tfevents.<unix seconds>.<host>` in a
//! run directory.
//!
//! Flush policy: records go through a `BufWriter`; it is flushed to the OS when `flush()` is
//! called, after any write that comes `FLUSH_INTERVAL` or more after the previous flush, and on
//! drop. So TensorBoard sees new data within a few seconds, without a syscall per scalar.
//!
//! Resume: `open` reuses the newest event file already in the directory. A crash can leave a
//! half-written last record, which would hide everything appended after it from readers, so the
//! file is first cut back to its last record whose checksums are valid.

use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::histogram::Histogram;
use super::image::{video_gif, video_strip, Image};
use super::summary::{encode_event, EventBody, SummaryValue, ValueKind};
use super::tfrecord::{frame_record, parse_records};
use super::LogError;

/// The longest a written event waits in the buffer before a later write flushes it.
pub const FLUSH_INTERVAL: Duration = Duration::from_secs(2);

const FILE_PREFIX: &str = "events.out.tfevents.";

/// Writes one event file; every `add_*` call writes one `Event` at the given step.
pub struct EventWriter {
    path: PathBuf,
    out: BufWriter<File>,
    last_flush: Instant,
    record: Vec<u8>,
}

/// Seconds since the Unix epoch, as TensorBoard's `wall_time`.
pub fn wall_time_now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

fn host_name() -> String {
    let from_env = std::env::var("HOSTNAME").ok().filter(|h| !h.is_empty());
    let from_file = || {
        std::fs::read_to_string("/etc/hostname")
            .ok()
            .map(|h| h.trim().to_string())
    };
    let name = from_env
        .or_else(from_file)
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into());
    // The host is part of a file name: keep it to safe characters.
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The newest `events.out.tfevents.*` file in `dir` (by name, which starts with the time).
fn newest_event_file(dir: &Path) -> Result<Option<PathBuf>, LogError> {
    let entries = std::fs::read_dir(dir).map_err(|e| LogError::io(dir, e))?;
    let mut newest: Option<PathBuf> = None;
    for entry in entries {
        let path = entry.map_err(|e| LogError::io(dir, e))?.path();
        let is_events = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with(FILE_PREFIX));
        if is_events
            && path.is_file()
            && newest
                .as_ref()
                .is_none_or(|n| path.file_name() > n.file_name())
        {
            newest = Some(path);
        }
    }
    Ok(newest)
}

impl EventWriter {
    /// Opens the newest event file in `run_dir` for appending (repairing a torn tail), or
    /// creates a new one (starting with the `file_version` event). Creates `run_dir` if needed.
    pub fn open(run_dir: &Path) -> Result<Self, LogError> {
        std::fs::create_dir_all(run_dir).map_err(|e| LogError::io(run_dir, e))?;
        if let Some(path) = newest_event_file(run_dir)? {
            let bytes = std::fs::read(&path).map_err(|e| LogError::io(&path, e))?;
            let valid_len = parse_records(&bytes).valid_len as u64;
            let io = |e| LogError::io(&path, e);
            let mut file = OpenOptions::new().write(true).open(&path).map_err(io)?;
            file.set_len(valid_len).map_err(io)?;
            file.seek(SeekFrom::Start(valid_len)).map_err(io)?;
            return Ok(Self::from_file(path, file));
        }
        Self::create(run_dir)
    }

    /// Creates a new event file in `run_dir` (which must exist) named after the current time
    /// and host. Fails, naming the file, if that name is taken (another writer started in this
    /// directory within the same second); `open` appends to such a file instead.
    pub fn create(run_dir: &Path) -> Result<Self, LogError> {
        let seconds = wall_time_now() as u64;
        let path = run_dir.join(format!("{FILE_PREFIX}{seconds}.{}", host_name()));
        let file = OpenOptions::new()
            .create_new(true)
            .write(true)
            .open(&path)
            .map_err(|e| LogError::io(&path, e))?;
        let mut writer = Self::from_file(path, file);
        writer.write_event(0, &EventBody::FileVersion)?;
        writer.flush()?;
        Ok(writer)
    }

    fn from_file(path: PathBuf, file: File) -> Self {
        EventWriter {
            path,
            out: BufWriter::new(file),
            last_flush: Instant::now(),
            record: Vec::new(),
        }
    }

    /// The event file being written.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn write_event(&mut self, step: u64, body: &EventBody) -> Result<(), LogError> {
        let step = i64::try_from(step).map_err(|_| LogError::BadStep(step))?;
        let payload = encode_event(wall_time_now(), step, body);
        self.record.clear();
        frame_record(&payload, &mut self.record);
        self.out
            .write_all(&self.record)
            .map_err(|e| LogError::io(&self.path, e))?;
        if self.last_flush.elapsed() >= FLUSH_INTERVAL {
            self.flush()?;
        }
        Ok(())
    }

    fn write_values(&mut self, step: u64, values: &[SummaryValue]) -> Result<(), LogError> {
        self.write_event(step, &EventBody::Summary(values))
    }

    /// Writes one scalar (TensorBoard stores scalars as f32).
    pub fn add_scalar(&mut self, tag: &str, value: f32, step: u64) -> Result<(), LogError> {
        self.write_values(
            step,
            &[SummaryValue {
                tag,
                kind: ValueKind::Scalar(value),
            }],
        )
    }

    /// Writes several scalars as one event.
    pub fn add_scalars(&mut self, scalars: &[(&str, f32)], step: u64) -> Result<(), LogError> {
        let values: Vec<SummaryValue> = scalars
            .iter()
            .map(|&(tag, v)| SummaryValue {
                tag,
                kind: ValueKind::Scalar(v),
            })
            .collect();
        self.write_values(step, &values)
    }

    /// Writes an image summary holding already-encoded bytes (PNG or GIF).
    fn add_encoded_image(
        &mut self,
        tag: &str,
        size: &Image,
        encoded: &[u8],
        step: u64,
    ) -> Result<(), LogError> {
        let kind = ValueKind::Image {
            height: size.height,
            width: size.width,
            channels: size.channels,
            encoded,
        };
        self.write_values(step, &[SummaryValue { tag, kind }])
    }

    /// Writes `image` as a PNG image summary.
    pub fn add_image(&mut self, tag: &str, image: &Image, step: u64) -> Result<(), LogError> {
        let png = image.to_png().map_err(|e| e.for_tag(tag))?;
        self.add_encoded_image(tag, image, &png, step)
    }

    /// Writes a short video as an animated GIF image summary (plays in TensorBoard's image tab).
    pub fn add_video_gif(
        &mut self,
        tag: &str,
        frames: &[Image],
        frame_delay_centis: u16,
        step: u64,
    ) -> Result<(), LogError> {
        let gif = video_gif(frames, frame_delay_centis).map_err(|e| e.for_tag(tag))?;
        self.add_encoded_image(tag, &frames[0], &gif, step)
    }

    /// Writes a video as one PNG with the frames side by side.
    pub fn add_video_strip(
        &mut self,
        tag: &str,
        frames: &[Image],
        step: u64,
    ) -> Result<(), LogError> {
        let strip = video_strip(frames).map_err(|e| e.for_tag(tag))?;
        self.add_image(tag, &strip, step)
    }

    /// Writes a histogram of `values` with TensorBoard's default buckets; non-finite values are
    /// an error naming the tag and index.
    pub fn add_histogram(&mut self, tag: &str, values: &[f64], step: u64) -> Result<(), LogError> {
        let histogram = Histogram::from_values(values).map_err(|index| LogError::NonFinite {
            tag: tag.to_string(),
            index,
            value: values[index],
        })?;
        self.write_values(
            step,
            &[SummaryValue {
                tag,
                kind: ValueKind::Histogram(&histogram),
            }],
        )
    }

    /// Writes markdown text (shown in TensorBoard's text dashboard).
    pub fn add_text(&mut self, tag: &str, markdown: &str, step: u64) -> Result<(), LogError> {
        self.write_values(
            step,
            &[SummaryValue {
                tag,
                kind: ValueKind::Text(markdown),
            }],
        )
    }

    /// Tells TensorBoard that a run resumes at `step`: it drops data at or after `step` written
    /// before this event (by the interrupted run).
    pub fn add_session_start(&mut self, step: u64) -> Result<(), LogError> {
        self.write_event(step, &EventBody::SessionStart)
    }

    /// Pushes buffered events to the OS.
    pub fn flush(&mut self) -> Result<(), LogError> {
        self.out.flush().map_err(|e| LogError::io(&self.path, e))?;
        self.last_flush = Instant::now();
        Ok(())
    }
}

impl Drop for EventWriter {
    fn drop(&mut self) {
        // Errors cannot be returned from drop; callers wanting them call flush() first.
        let _ = self.out.flush();
    }
}
