//! Benchmark of the demo's train step (`cargo bench --bench demo_step`): steps per second of
//! the whole compiled step (conv net forward + backward + AdamW, parameters donated) through
//! `Trainer`, on 1 device and data-parallel on 4 CPU devices, at the demo's batch (32) and a
//! larger one (128); prints the 4-device / 1-device throughput ratio. Host batch generation
//! is excluded (batches are made before timing); the batch upload is included, as in training.
//!
//! The JAX + optax peer (`tools/bench/demo_step_jax.py`, the same model, loss and optimizer in
//! one jitted step with donation) runs in the same bench run when `tools/bench/setup` has
//! made its venv (or `VIPER_JAX_PYTHON` names an interpreter with jax and optax); the viper /
//! JAX throughput ratio is printed per batch size. The sides alternate over 3 rounds and
//! each side's minimum is kept, so load from other processes skews the ratio less.
//!
//! On a 2-core machine the 4 "devices" share the same 2 cores that one device's
//! multi-threaded kernels already use, so the ratio measures SPMD overhead (partitioned
//! program, all-reduce, 4 uploads), not a speed-up.

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;
use viper::optim::{Adam, Optimizer};
use viper::session::Session;
use viper::train::demo_task::DemoTask;
use viper::train::{TrainStep, Trainer};

fn optimizer() -> Optimizer {
    Optimizer {
        clip_global_norm: Some(1.0),
        warmup_steps: 10,
        ..Optimizer::new(Adam::adamw(3e-3))
    }
}

/// Seconds per step (median of 5 timed blocks) for `devices` devices at `batch_size`.
fn seconds_per_step(session: &Session, batch_size: usize, devices: usize, steps: u64) -> f64 {
    let task = DemoTask { batch_size };
    let step = TrainStep::trace(
        "demo_step",
        &task.batch_inputs(),
        &optimizer(),
        devices,
        |scope, batch, key| task.loss(scope, batch, key),
    )
    .expect("traces");
    let mut trainer = Trainer::init(session, step, 0).expect("compiles");
    let batches: Vec<_> = (0..steps).map(|s| task.batch(0, s)).collect();
    for b in batches.iter().take(3) {
        trainer.step(b).expect("warm-up step");
    }
    let mut blocks = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        for b in &batches {
            trainer.step(b).expect("step");
        }
        blocks.push(start.elapsed().as_secs_f64() / steps as f64);
    }
    blocks.sort_by(f64::total_cmp);
    blocks[2]
}

/// Seconds per step of the JAX peer by batch size, or why it did not run.
fn jax_peer(batches: &[usize]) -> Result<Vec<(usize, f64)>, String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let python = std::env::var_os("VIPER_JAX_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("tools/bench/.venv/bin/python"));
    if !python.exists() {
        return Err(format!(
            "{} not found (run tools/bench/setup)",
            python.display()
        ));
    }
    let list: Vec<String> = batches.iter().map(usize::to_string).collect();
    let out = Command::new(&python)
        .arg(root.join("tools/bench/demo_step_jax.py"))
        .args(["--batches", &list.join(",")])
        .env("JAX_PLATFORMS", "cpu")
        .output()
        .map_err(|e| format!("{}: {e}", python.display()))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    let line = String::from_utf8_lossy(&out.stdout);
    let parsed: serde_json::Value =
        serde_json::from_str(line.trim()).map_err(|e| format!("{e}: {line}"))?;
    batches
        .iter()
        .map(|b| {
            parsed[b.to_string()]
                .as_f64()
                .map(|s| (*b, s))
                .ok_or_else(|| format!("no batch {b} in {line}"))
        })
        .collect()
}

/// Rounds of (viper 1 device, viper 4 devices, JAX), alternated so that load from other
/// processes hits every side; each side's minimum over the rounds is reported.
const ROUNDS: usize = 3;

fn main() {
    let session = Session::discover().expect("a PJRT plugin (run tools/install-pjrt-plugin)");
    let devices = session.client().devices().len();
    println!("demo train step (conv net + AdamW), {devices} CPU devices visible");
    let batches = [32, 128];
    let best = |slot: &mut f64, value: f64| *slot = slot.min(value);
    let mut one = [f64::INFINITY; 2];
    let mut four = [f64::INFINITY; 2];
    let mut jax = [f64::INFINITY; 2];
    let mut jax_error = None;
    for round in 0..ROUNDS {
        for (k, &batch) in batches.iter().enumerate() {
            let steps = if batch == 32 { 40 } else { 15 };
            best(&mut one[k], seconds_per_step(&session, batch, 1, steps));
            if devices >= 4 {
                best(&mut four[k], seconds_per_step(&session, batch, 4, steps));
            }
        }
        match jax_peer(&batches) {
            Ok(peer) => {
                for (k, (_, s)) in peer.into_iter().enumerate() {
                    best(&mut jax[k], s);
                }
            }
            Err(why) => jax_error = Some(why),
        }
        eprintln!("round {} of {ROUNDS} done", round + 1);
    }
    println!("minimum over {ROUNDS} rounds of the median of 5 timed blocks:");
    println!(
        "{:>6} {:>8} {:>12} {:>14}",
        "batch", "devices", "ms/step", "examples/s"
    );
    for (k, batch) in batches.into_iter().enumerate() {
        let row = |d: usize, s: f64| {
            println!(
                "{batch:>6} {d:>8} {:>12.2} {:>14.0}",
                s * 1e3,
                batch as f64 / s
            )
        };
        row(1, one[k]);
        if devices >= 4 {
            row(4, four[k]);
            println!(
                "        4-device / 1-device throughput at batch {batch}: {:.2}x",
                one[k] / four[k]
            );
        }
        match &jax_error {
            None => println!(
                "        JAX + optax, 1 device: {:.2} ms/step; viper / JAX throughput: {:.2}x",
                jax[k] * 1e3,
                jax[k] / one[k]
            ),
            Some(why) => println!("        JAX peer skipped: {why}"),
        }
    }
}
