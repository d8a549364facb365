//! A JAX peer (`tools/bench/<script> --serve`) as a server process: it compiles once, prints
//! one JSON line, then answers `run N` with the times of N more calls, so a bench can
//! interleave its rounds with ours under the same machine load. Also the shared timing
//! helpers (median, peak resident set, load average) both sides are measured with. Shared by
//! the benches through `#[path]`; each uses a subset.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

/// A running peer.
pub struct Peer {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    /// The line printed after compiling: `compile_seconds`, `params`, `peak_rss_bytes`.
    pub ready: serde_json::Value,
}

impl Peer {
    /// Starts `tools/bench/<script> --serve` with `args`; `None` (and says so) without an
    /// interpreter.
    pub fn start(python: &Path, script: &str, args: &[String]) -> Option<Peer> {
        if !python.exists() {
            println!(
                "JAX peer skipped: {} not found (run tools/bench/setup, or pass --python)",
                python.display()
            );
            return None;
        }
        let script = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tools/bench")
            .join(script);
        let mut child = Command::new(python)
            .arg(&script)
            .args(args)
            .arg("--serve")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the JAX peer");
        let stdin = child.stdin.take().expect("piped stdin");
        let stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
        let mut peer = Peer {
            child,
            stdin,
            stdout,
            ready: serde_json::Value::Null,
        };
        peer.ready = peer.read_line();
        Some(peer)
    }

    fn read_line(&mut self) -> serde_json::Value {
        let mut line = String::new();
        self.stdout.read_line(&mut line).expect("read the JAX peer");
        serde_json::from_str(line.trim())
            .unwrap_or_else(|e| panic!("JAX peer output {line:?}: {e} (see its stderr above)"))
    }

    /// Times `calls` more calls: `seconds_per_call` (median), `times`, `peak_rss_bytes`.
    pub fn round(&mut self, calls: usize) -> serde_json::Value {
        writeln!(self.stdin, "run {calls}").expect("ask the JAX peer");
        self.stdin.flush().expect("ask the JAX peer");
        self.read_line()
    }
}

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = writeln!(self.stdin, "quit");
        let _ = self.stdin.flush();
        let _ = self.child.wait();
    }
}

pub fn seconds(v: &serde_json::Value, key: &str) -> f64 {
    v[key].as_f64().unwrap_or(f64::NAN)
}

pub fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

pub fn minimum(values: &[f64]) -> f64 {
    values.iter().copied().fold(f64::INFINITY, f64::min)
}

/// This process's peak resident set in bytes (`VmHWM`), as the peer measures its own.
pub fn peak_rss_bytes() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024.0)
}

/// Resets `VmHWM` to the current resident set (Linux `clear_refs` 5), so each part of the
/// bench reports its own peak; false where the kernel does not allow it.
pub fn reset_peak_rss() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

pub fn gib(bytes: f64) -> f64 {
    bytes / (1u64 << 30) as f64
}

/// The 1-minute load average, for the printed record.
pub fn load_average() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(f64::NAN)
}
