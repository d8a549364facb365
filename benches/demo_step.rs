//! Benchmark of the demo's train step (`cargo bench --bench demo_step`): steps per second of
//! the whole compiled step (conv net forward + backward + AdamW, parameters donated) through
//! `Trainer`, on 1 device and data-parallel on 4 CPU devices, at the demo's batch (32) and a
//! larger one (128); prints the 4-device / 1-device throughput ratio. Host batch generation
//! is excluded (batches are made before timing); the batch upload is included, as in training.
//!
//! On a 2-core machine the 4 "devices" share the same 2 cores that one device's
//! multi-threaded kernels already use, so the ratio measures SPMD overhead (partitioned
//! program, all-reduce, 4 uploads), not a speed-up.

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

fn main() {
    let session = Session::discover().expect("a PJRT plugin (run tools/install-pjrt-plugin)");
    let devices = session.client().devices().len();
    println!("demo train step (conv net + AdamW), {devices} CPU devices visible");
    println!(
        "{:>6} {:>8} {:>12} {:>14}",
        "batch", "devices", "ms/step", "examples/s"
    );
    for batch in [32, 128] {
        let steps = if batch == 32 { 40 } else { 15 };
        let one = seconds_per_step(&session, batch, 1, steps);
        let row = |d: usize, s: f64| {
            println!(
                "{batch:>6} {d:>8} {:>12.2} {:>14.0}",
                s * 1e3,
                batch as f64 / s
            )
        };
        row(1, one);
        if devices >= 4 {
            let four = seconds_per_step(&session, batch, 4, steps);
            row(4, four);
            println!(
                "        4-device / 1-device throughput at batch {batch}: {:.2}x",
                one / four
            );
        }
    }
}
