//! Benchmark of the Python environment workers: agent steps per second at 64x64 for DMC
//! (`fast` and `default` rendering) and Atari, with 1 and 2 workers through viper's bridge
//! (`PythonEnvBatch`), against dm_control and ALE driven directly from Python in as many
//! processes (`tools/bench/envs_python_peer.py`) on the same machine in the same run.
//!
//! `cargo bench --bench envs_python -- [--rounds R] [--steps N] [--dmc-task T] [--atari-game G]`
//!
//! Each configuration runs R rounds, each timing the peer and then the bridge for N agent steps
//! per worker (a tenth of that for `default` rendering, which is slow), with random actions and
//! resets counted as steps on both sides. It prints medians over the rounds and
//! bridge/peer ratios (1.0: the pipes and the worker protocol cost nothing). Needs
//! `tools/envs/setup`.

use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Parser;
use viper::envs::protocol::WorkerFault;
use viper::envs::python_worker::locate_worker;
use viper::envs::{
    Action, ActionSpace, PythonEnv, PythonEnvBatch, PythonEnvOptions, RenderQuality,
};

#[derive(Parser)]
#[command(about = "viper's Python environment workers against dm_control/ALE used directly")]
struct Args {
    /// Interleaved rounds per configuration.
    #[arg(long, default_value_t = 3)]
    rounds: usize,
    /// Agent steps per worker per round (fast DMC and Atari; default rendering: a tenth).
    #[arg(long, default_value_t = 1000)]
    steps: usize,
    #[arg(long, default_value = "cartpole_swingup")]
    dmc_task: String,
    #[arg(long, default_value = "pong")]
    atari_game: String,
    /// Accepted for `cargo bench`, which passes it to every bench.
    #[arg(long, hide = true)]
    bench: bool,
}

struct Config {
    suite: &'static str,
    task: String,
    render: RenderQuality,
    workers: usize,
    steps: usize,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let (python, _) = locate_worker(None)?;
    let peer_script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tools/bench/envs_python_peer.py"
    );
    let mut configs = Vec::new();
    for workers in [1, 2] {
        for (render, steps) in [
            (RenderQuality::Fast, args.steps),
            (RenderQuality::Default, args.steps.div_ceil(10)),
        ] {
            configs.push(Config {
                suite: "dmc",
                task: args.dmc_task.clone(),
                render,
                workers,
                steps,
            });
        }
        configs.push(Config {
            suite: "atari",
            task: args.atari_game.clone(),
            render: RenderQuality::Fast,
            workers,
            steps: args.steps,
        });
    }
    println!(
        "{:<38} {:>7} {:>12} {:>12} {:>12}",
        "environment (64x64)", "workers", "viper st/s", "python st/s", "viper/python"
    );
    for config in &configs {
        let options = PythonEnvOptions {
            render: config.render,
            ..PythonEnvOptions::default()
        };
        let spec = format!("{}:{}", config.suite, config.task);
        let mut batch = PythonEnvBatch::new(&spec, config.workers, &options, 0)?;
        batch.reset()?;
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..args.rounds {
            theirs.push(run_peer(&python, peer_script, config)?);
            ours.push(run_bridge(&mut batch, config.steps)?);
        }
        if batch.stats().dropped_episodes > 0 {
            bail!(
                "{spec}: workers failed during the benchmark: {:?}",
                batch.stats()
            );
        }
        let (ours, theirs) = (median(&mut ours), median(&mut theirs));
        let render = match (config.suite, config.render) {
            ("dmc", RenderQuality::Fast) => " (fast render)",
            ("dmc", RenderQuality::Default) => " (default render)",
            _ => "",
        };
        println!(
            "{:<38} {:>7} {:>12.0} {:>12.0} {:>12.2}",
            format!("{spec}{render}"),
            config.workers,
            ours,
            theirs,
            ours / theirs
        );
    }
    round_trip(&args)?;
    Ok(())
}

/// The bridge's fixed cost: a request that the worker answers without touching the task.
fn round_trip(args: &Args) -> Result<()> {
    let spec = format!("atari:{}", args.atari_game);
    let mut env = PythonEnv::new(&spec, &PythonEnvOptions::default())?;
    let no_op = WorkerFault {
        action: "sleep".into(),
        on: "now".into(),
        seconds: 0.0,
        message: String::new(),
    };
    let calls = 2000;
    let mut times = Vec::new();
    for _ in 0..args.rounds {
        let start = Instant::now();
        for _ in 0..calls {
            env.inject_fault(&no_op)?;
        }
        times.push(start.elapsed().as_secs_f64() * 1e6 / calls as f64);
    }
    println!(
        "pipe round trip (no-op request, median of {} x {calls}): {:.0} us",
        args.rounds,
        median(&mut times)
    );
    Ok(())
}

/// Agent steps per second over all workers of the batch.
fn run_bridge(batch: &mut PythonEnvBatch, steps: usize) -> Result<f64> {
    let mut random = 0x2545_f491_4f6c_dd1du64;
    let mut draw = move || {
        random ^= random << 13;
        random ^= random >> 7;
        random ^= random << 17;
        random
    };
    let start = Instant::now();
    for _ in 0..steps {
        let actions: Vec<Action> = (0..batch.len())
            .map(|_| match batch.action_space() {
                ActionSpace::Continuous { dim } => Action::Continuous(
                    (0..dim)
                        .map(|_| (draw() >> 40) as f32 / (1u64 << 23) as f32 - 1.0)
                        .collect(),
                ),
                ActionSpace::Discrete { n } => Action::Discrete((draw() % n as u64) as usize),
            })
            .collect();
        batch.step(&actions)?;
    }
    Ok((steps * batch.len()) as f64 / start.elapsed().as_secs_f64())
}

/// Agent steps per second of the Python peer in `config.workers` processes.
fn run_peer(python: &std::path::Path, script: &str, config: &Config) -> Result<f64> {
    let render = match config.render {
        RenderQuality::Fast => "fast",
        RenderQuality::Default => "default",
    };
    let output = Command::new(python)
        .arg(script)
        .args([
            "--suite",
            config.suite,
            "--task",
            &config.task,
            "--render",
            render,
        ])
        .args(["--processes", &config.workers.to_string()])
        .args(["--steps", &config.steps.to_string()])
        .env("MUJOCO_GL", "egl")
        .output()
        .context("running tools/bench/envs_python_peer.py")?;
    if !output.status.success() {
        bail!(
            "the Python peer failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let reply: serde_json::Value = serde_json::from_slice(&output.stdout)
        .with_context(|| format!("peer output {:?}", String::from_utf8_lossy(&output.stdout)))?;
    reply["steps_per_second"]
        .as_f64()
        .context("peer output has no steps_per_second")
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}
