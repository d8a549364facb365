//! The JAX peer (`tools/bench/jax_peer.py --serve`) as a child process in its pinned venv: it
//! compiles the same programs, then times rounds of calls on request, so the bench can
//! interleave viper's rounds with JAX's and both sides see the same machine load.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

/// A program compiled by the peer: its first call and the losses of its first steps.
#[derive(Debug, Deserialize)]
pub struct PeerReady {
    pub program: String,
    pub first_call_ms: f64,
    pub losses: Vec<f64>,
}

/// The peer's host-overhead record.
#[derive(Debug, Deserialize)]
pub struct PeerHost {
    pub dispatch_median_us: f64,
    pub transfer_roundtrip_median_us: f64,
}

#[derive(Deserialize)]
struct PeerTimes {
    ms: Vec<f64>,
}

/// A running peer.
pub struct Peer {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    /// The peer's first line: versions, devices, flags.
    pub env: serde_json::Value,
    pub ready: Vec<PeerReady>,
}

fn bench_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/bench")
}

impl Peer {
    /// Creates the venv if needed (`tools/bench/setup`, idempotent), starts the peer and waits
    /// until every program is compiled and warmed up.
    pub fn start(programs: &[String], warmup: usize, dump_dir: Option<&Path>) -> Result<Peer> {
        let dir = bench_dir();
        let status = Command::new(dir.join("setup"))
            .status()
            .context("running tools/bench/setup (creates the JAX venv)")?;
        if !status.success() {
            bail!("tools/bench/setup failed ({status})");
        }
        let mut cmd = Command::new(dir.join(".venv/bin/python"));
        cmd.arg(dir.join("jax_peer.py"))
            .arg("--serve")
            .arg("--programs")
            .arg(programs.join(","))
            .arg("--warmup")
            .arg(warmup.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped());
        if let Some(d) = dump_dir {
            cmd.arg("--dump-dir").arg(d);
        }
        let mut child = cmd.spawn().context("starting tools/bench/jax_peer.py")?;
        let stdin = child.stdin.take().context("peer stdin")?;
        let stdout = BufReader::new(child.stdout.take().context("peer stdout")?);
        let mut peer = Peer {
            child,
            stdin,
            stdout,
            env: serde_json::Value::Null,
            ready: Vec::new(),
        };
        peer.env = peer.read_record("env")?;
        for name in programs {
            let ready: PeerReady = serde_json::from_value(peer.read_record("ready")?)?;
            if &ready.program != name {
                bail!(
                    "jax_peer.py compiled `{}` where `{name}` was expected",
                    ready.program
                );
            }
            peer.ready.push(ready);
        }
        Ok(peer)
    }

    /// Milliseconds of each of `calls` train steps of `program`, each waited for.
    pub fn time(&mut self, program: &str, calls: usize) -> Result<Vec<f64>> {
        writeln!(self.stdin, "time {program} {calls}")?;
        let times: PeerTimes = serde_json::from_value(self.read_record("times")?)?;
        Ok(times.ms)
    }

    pub fn host_overhead(&mut self, calls: usize) -> Result<PeerHost> {
        writeln!(self.stdin, "host {calls}")?;
        Ok(serde_json::from_value(self.read_record("host")?)?)
    }

    fn read_record(&mut self, kind: &str) -> Result<serde_json::Value> {
        self.stdin.flush()?;
        let mut line = String::new();
        if self.stdout.read_line(&mut line)? == 0 {
            let status = self.child.wait()?;
            bail!("tools/bench/jax_peer.py exited ({status}) while viper waited for `{kind}`");
        }
        let value: serde_json::Value = serde_json::from_str(&line)
            .with_context(|| format!("jax_peer.py printed bad JSON: {line}"))?;
        if value["kind"] != kind {
            bail!("jax_peer.py: expected a `{kind}` record, got {line}");
        }
        Ok(value)
    }
}

impl Drop for Peer {
    fn drop(&mut self) {
        // Ask politely; the peer exits at `quit` or when its stdin closes.
        let _ = writeln!(self.stdin, "quit");
        let _ = self.stdin.flush();
        let _ = self.child.wait();
    }
}
