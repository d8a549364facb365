//! Run logs a researcher can open: TensorBoard event files written by our own small writer
//! (TFRecord framing, hand-encoded protos: scalars, PNG images, GIF/strip videos, histograms),
//! `metrics.jsonl`, and a progress bar with rate and ETA.
//!
//! A training loop holds one `RunLogger` and one `Progress`:
//!
//! ```no_run
//! # fn main() -> Result<(), viper::logging::LogError> {
//! use viper::logging::{Progress, RunLogger};
//! let run_dir = std::path::Path::new("runs/demo");
//! let (start, total) = (0, 1000); // start: the checkpoint's next step when resuming
//! let mut logger = RunLogger::open(run_dir, start)?; // appends when the directory has logs
//! let progress = Progress::new("train", start, total, /* quiet */ false);
//! for step in start..total {
//!     let loss = 1.0 / (step as f64 + 1.0);
//!     if step % 10 == 0 {
//!         logger.log_scalars([("train/loss", loss)], step)?; // TensorBoard + metrics.jsonl
//!         progress.set_message(format!("loss {loss:.4}"));
//!     }
//!     progress.set_position(step + 1);
//! }
//! progress.finish();
//! logger.flush()?;
//! # Ok(())
//! # }
//! ```
//!
//! Images (`Image`, `Image::from_tensor`), videos (`frames_from_tensor`, logged as a GIF and a
//! PNG strip), histograms and text go through the same logger. View with
//! `tensorboard --logdir runs/` (tools/logging/setup installs it).

pub mod crc32c;
pub mod event_writer;
pub mod histogram;
pub mod image;
pub mod metrics_file;
pub mod progress;
pub mod proto;
pub mod run_logger;
pub mod summary;
pub mod tensor_images;
pub mod tfrecord;

use std::path::{Path, PathBuf};

pub use event_writer::{EventWriter, FLUSH_INTERVAL};
pub use histogram::Histogram;
pub use image::{image_grid, video_gif, video_strip, Image};
pub use metrics_file::{MetricsFile, METRICS_FILE};
pub use progress::{Progress, ProgressMode};
pub use run_logger::RunLogger;
pub use tensor_images::frames_from_tensor;

#[derive(Debug, thiserror::Error)]
pub enum LogError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("bad image: {0}")]
    BadImage(String),
    #[error("encoding {0}")]
    Encode(String),
    #[error("summary '{tag}': {source}")]
    Tag { tag: String, source: Box<LogError> },
    #[error("histogram '{tag}': value {index} is {value}, but histograms need finite values")]
    NonFinite {
        tag: String,
        index: usize,
        value: f64,
    },
    #[error("step {0} does not fit TensorBoard's int64 step")]
    BadStep(u64),
    #[error("metric name '{0}' is reserved in metrics.jsonl (it holds the step and wall time)")]
    ReservedMetricName(String),
    #[error("{path}: corrupt TFRecord stream: {what}")]
    CorruptRecord { path: PathBuf, what: String },
}

impl LogError {
    fn io(path: &Path, source: std::io::Error) -> Self {
        LogError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// Adds the summary tag to an image or encoding error.
    fn for_tag(self, tag: &str) -> Self {
        LogError::Tag {
            tag: tag.to_string(),
            source: Box::new(self),
        }
    }
}
