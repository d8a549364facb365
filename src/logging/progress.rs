//! A progress bar for long loops: position/total, steps per second, ETA and a message (e.g. the
//! latest loss). Drawn on stderr only when it is a terminal and the run is not `--quiet`;
//! loops running side by side in one process ask for plain labelled lines instead
//! ([`ProgressMode::Lines`]), since two bars on one terminal overwrite each other.

use std::borrow::Cow;
use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

/// How a loop shows its progress.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ProgressMode {
    /// A bar on stderr when it is a terminal; otherwise the loop's lines go to stdout.
    #[default]
    Auto,
    /// Never a bar: the loop's lines go to stdout, each prefixed with this label (for loops
    /// running side by side, whose lines interleave).
    Lines(String),
}

pub struct Progress {
    bar: ProgressBar,
    /// Put before each line printed while the bar is hidden.
    line_prefix: Option<String>,
}

impl Progress {
    /// A bar for steps `start..total` labelled `label`; a resumed run passes its first step as
    /// `start` so the rate and ETA count only steps run by this process.
    pub fn new(label: &str, start: u64, total: u64, quiet: bool) -> Self {
        Self::with_mode(label, start, total, quiet, &ProgressMode::Auto)
    }

    /// As [`Progress::new`], shown as `mode` asks.
    pub fn with_mode(
        label: &str,
        start: u64,
        total: u64,
        quiet: bool,
        mode: &ProgressMode,
    ) -> Self {
        let line_prefix = match mode {
            ProgressMode::Auto => None,
            ProgressMode::Lines(prefix) => Some(prefix.clone()),
        };
        let visible = !quiet && line_prefix.is_none() && std::io::stderr().is_terminal();
        let target = if visible {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let style =
            ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} {rate} ETA {eta} {msg}")
                .expect("the template is valid")
                // indicatif's own {per_sec} prints four decimals; one is plenty for steps.
                .with_key(
                    "rate",
                    |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                        let _ = write!(w, "{:.1} steps/s", state.per_sec());
                    },
                )
                .progress_chars("=> ");
        let bar = ProgressBar::with_draw_target(Some(total), target)
            .with_style(style)
            .with_prefix(label.to_string());
        bar.set_position(start);
        bar.reset_eta();
        Progress { bar, line_prefix }
    }

    /// Whether the bar is drawn.
    pub fn is_visible(&self) -> bool {
        !self.bar.is_hidden()
    }

    pub fn set_position(&self, step: u64) {
        self.bar.set_position(step);
    }

    pub fn inc(&self, steps: u64) {
        self.bar.inc(steps);
    }

    pub fn position(&self) -> u64 {
        self.bar.position()
    }

    pub fn set_message(&self, message: impl Into<Cow<'static, str>>) {
        self.bar.set_message(message);
    }

    /// Prints a line above the bar, or to stdout when the bar is hidden (so logs still appear;
    /// one `println!` per line, so lines of loops side by side do not mix).
    pub fn println(&self, line: impl AsRef<str>) {
        match (&self.line_prefix, self.is_visible()) {
            (_, true) => self.bar.println(line),
            (Some(prefix), false) => println!("{prefix} {}", line.as_ref()),
            (None, false) => println!("{}", line.as_ref()),
        }
    }

    /// Leaves the finished bar on screen.
    pub fn finish(&self) {
        self.bar.finish();
    }
}
