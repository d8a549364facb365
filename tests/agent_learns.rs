//! Issue 7's learning check: the agent trained on the task reward of a built-in task whose
//! reward is dense under random play (`builtin:cartpole_balance`, the DMC episode of 1000
//! physics steps at action repeat 8) reaches more than 80% of the scripted expert's return, both
//! measured here on the same seeds. The agent is the `cpu` preset, as the pipeline's.
//!
//! Ignored: long (20000 env steps, 19000 updates of the `cpu` preset: 23-35 minutes on the
//! 2-core machine, 52 minutes when it shares the machine with a CI run and a pipeline). With
//! the session-8 preset (batches of 4 x 32 steps) it passes with 834.3 against the expert's
//! 999.3 (83.5%); with 8 x 16 it gave 845.4 in session 5 and 774.9 after session 6's speed
//! changes moved the run's float rounding (README "Agent learning": the greedy return of one
//! checkpoint swings by about a tenth of the expert's between checkpoints, so the margin is
//! thin). Run it with
//! `cargo test --release --test agent_learns -- --ignored --nocapture`.

mod nn_support;

use nn_support::session;
use viper::agent::checkpoint;
use viper::agent::{
    evaluate, expert_returns, train_agent, EvalOptions, NoScorer, RewardMode, RunOptions,
};
use viper::models::dreamer::DreamerConfig;

const ENV: &str = "builtin:cartpole_balance";
const EPISODE_LENGTH: usize = 125;
const ACTION_REPEAT: usize = 8;

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len() as f64
}

#[test]
#[ignore = "long: trains the cpu-preset agent for 20000 env steps (~35 min)"]
fn agent_reaches_80_percent_of_the_expert_on_cartpole_balance() {
    let eval = EvalOptions {
        env: ENV.to_string(),
        episodes: 8,
        episode_length: Some(EPISODE_LENGTH),
        action_repeat: Some(ACTION_REPEAT),
        seed: 1000,
    };
    let expert = mean(&expert_returns(&eval).unwrap());
    let dir = tempfile::tempdir().unwrap();
    let config = DreamerConfig::cpu();
    let opts = RunOptions {
        env: ENV.to_string(),
        mode: RewardMode::Task,
        config: config.clone(),
        envs: 4,
        steps: 20_000,
        prefill: 1000,
        episode_length: Some(EPISODE_LENGTH),
        action_repeat: Some(ACTION_REPEAT),
        seed: 0,
        logdir: dir.path().to_path_buf(),
        checkpoint_every: 1_000_000,
        max_nonfinite: 10,
        replay_capacity: 100_000,
        quiet: true,
        video_every: 0,
        log_every: 1000,
        progress: Default::default(),
        first_steps: Default::default(),
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
