//! Issue 7's learning check: the tiny agent trained on the task reward of the simplest
//! built-in task (`builtin:pointmass`, short episodes) reaches more than 80% of the scripted
//! expert's return, both measured here by running them on the same seeds.
//!
//! Ignored: not reached yet. Measured with these settings (tiny preset, 16x16 frames, 4 envs,
//! 4000 env steps, 7200 updates, ~4 min on 2 loaded cores): the scripted expert's mean return
//! over 50-step episodes is 36.3, the agent's 0.0 (the 3-pixel target of the 64x64 frame is
//! below one pixel at 16x16). Run it with
//! `cargo test --release --test agent_learns -- --ignored --nocapture`.

mod nn_support;

use nn_support::session;
use viper::agent::checkpoint;
use viper::agent::{
    evaluate, expert_returns, train_agent, EvalOptions, NoScorer, RewardMode, RunOptions,
};
use viper::models::dreamer::DreamerConfig;

const ENV: &str = "builtin:pointmass";
const EPISODE_LENGTH: usize = 50;

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len() as f64
}

#[test]
#[ignore = "long: trains the tiny agent for several thousand env steps"]
fn tiny_agent_reaches_80_percent_of_the_expert_on_pointmass() {
    let eval = EvalOptions {
        env: ENV.to_string(),
        episodes: 8,
        episode_length: Some(EPISODE_LENGTH),
        seed: 1000,
    };
    let expert = mean(&expert_returns(&eval).unwrap());
    let dir = tempfile::tempdir().unwrap();
    let config = DreamerConfig::tiny();
    let opts = RunOptions {
        env: ENV.to_string(),
        mode: RewardMode::Task,
        config: config.clone(),
        envs: 4,
        steps: 4000,
        prefill: 400,
        episode_length: Some(EPISODE_LENGTH),
        seed: 0,
        logdir: dir.path().to_path_buf(),
        checkpoint_every: 1_000_000,
        max_nonfinite: 10,
        replay_capacity: 100_000,
        quiet: true,
        video_every: 0,
        log_every: 1000,
    };
    let summary = train_agent::<NoScorer>(session(), &opts, None).unwrap();
    let (_, saved, _, _) = checkpoint::load(dir.path()).unwrap().unwrap();
    let agent = mean(&evaluate(session(), &config, RewardMode::Task, &saved, &eval, true).unwrap());
    let random_tail: Vec<f64> = summary.returns.iter().take(8).map(|(_, r)| *r).collect();
    eprintln!(
        "expert {expert:.1}, agent {agent:.1}, first training episodes {:.1}; {} updates, {:.1} env steps/s",
        mean(&random_tail),
        summary.updates,
        summary.env_steps_per_second
    );
    assert!(
        agent > 0.8 * expert,
        "agent {agent:.1} vs expert {expert:.1}"
    );
}
