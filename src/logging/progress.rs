//! A progress bar for long loops: position/total, steps per second, ETA and a message (e.g. the
//! latest loss). Drawn on stderr only when it is a terminal and the run is not `--quiet`.

use std::borrow::Cow;
use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    /// A bar for steps `start..total` labelled `label`; a resumed run passes its first step as
    /// `start` so the rate and ETA count only steps run by this process.
    pub fn new(label: &str, start: u64, total: u64, quiet: bool) -> Self {
        let visible = !quiet && std::io::stderr().is_terminal();
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
        Progress { bar }
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

    /// Prints a line above the bar, or to stdout when the bar is hidden (so logs still appear).
    pub fn println(&self, line: impl AsRef<str>) {
        if self.is_visible() {
            self.bar.println(line);
        } else {
            println!("{}", line.as_ref());
        }
    }

    /// Leaves the finished bar on screen.
    pub fn finish(&self) {
        self.bar.finish();
    }
}
