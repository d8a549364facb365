//! Steps per second of the built-in environments at 64x64 (render included), one environment
//! in the calling thread and an `EnvBatch` of two in worker threads (agent steps summed over the
//! batch). Run: `cargo bench --bench envs [-- SECONDS_PER_MEASUREMENT]`.

use std::time::{Duration, Instant};

use viper::envs::builtin::TASK_NAMES;
use viper::envs::policy::random_action;
use viper::envs::rng::Rng;
use viper::envs::{make, Env, EnvBatch, EnvOptions};

/// Runs `step` until `budget` has passed; returns calls per second.
fn rate(budget: Duration, mut step: impl FnMut() -> usize) -> f64 {
    let start = Instant::now();
    let mut count = 0;
    while start.elapsed() < budget {
        count += step();
    }
    count as f64 / start.elapsed().as_secs_f64()
}

fn main() -> anyhow::Result<()> {
    let seconds: f64 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(2.0);
    let budget = Duration::from_secs_f64(seconds);
    let options = EnvOptions::default();
    println!("agent steps per second at 64x64, action repeat 2 (one frame rendered per step)");
    println!(
        "{:<18} {:>12} {:>12} {:>14}",
        "task", "1 env", "1 env expert", "EnvBatch of 2"
    );
    for task in TASK_NAMES {
        let spec = format!("builtin:{task}");
        let mut env = make(&spec, &options)?;
        let space = env.action_space();
        let mut rng = Rng::new(0);
        env.reset(0)?;
        let single = rate(budget, || {
            let step = env.step(&random_action(&space, &mut rng)).expect("step");
            if step.is_last {
                env.reset(rng.next_u64()).expect("reset");
            }
            1
        });
        let expert = rate(budget, || {
            let action = env.expert_action().expect("expert");
            if env.step(&action).expect("step").is_last {
                env.reset(rng.next_u64()).expect("reset");
            }
            1
        });
        let mut batch = EnvBatch::new(vec![make(&spec, &options)?, make(&spec, &options)?])?;
        batch.reset(&[1, 2])?;
        let batched = rate(budget, || {
            let actions = (0..2).map(|_| random_action(&space, &mut rng)).collect();
            let steps = batch.step(actions).expect("batch step");
            if steps.iter().any(|s| s.step.is_last) {
                batch
                    .reset(&[rng.next_u64(), rng.next_u64()])
                    .expect("reset");
            }
            2
        });
        println!("{task:<18} {single:>12.0} {expert:>12.0} {batched:>14.0}");
    }
    Ok(())
}
