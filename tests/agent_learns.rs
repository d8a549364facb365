//! Issue 7's learning check: the agent trained on the task reward of a built-in task whose
//! reward is dense under random play (`builtin:cartpole_balance`, 100-step episodes) reaches
//! more than 80% of the scripted expert's return, both measured here on the same seeds.
//!
//! Ignored: not reached yet. With these settings (the tiny preset widened to 32 units and 8x8
//! latents, 32x32 frames, batch 8x16, horizon 15, learning rates model 1e-3 / actor and critic
//! 3e-4, train ratio 128, 6000 env steps) runs on the loaded 2-core machine ended near the
//! random policy's ~100-110 (expert 199), one peaking at 140-158 mid-run; the open-loop videos
//! show a world model that does not yet predict the pole's fall after 2000 updates. Run it with
//! `cargo test --release --test agent_learns -- --ignored --nocapture`.

mod nn_support;

use nn_support::session;
use viper::agent::checkpoint;
use viper::agent::{
    evaluate, expert_returns, train_agent, EvalOptions, NoScorer, RewardMode, RunOptions,
};
use viper::models::dreamer::DreamerConfig;

const ENV: &str = "builtin:cartpole_balance";
const EPISODE_LENGTH: usize = 100;

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len() as f64
}

#[test]
#[ignore = "long: trains the tiny agent for several thousand env steps"]
fn agent_reaches_80_percent_of_the_expert_on_cartpole_balance() {
    let eval = EvalOptions {
        env: ENV.to_string(),
        episodes: 8,
        episode_length: Some(EPISODE_LENGTH),
        action_repeat: None,
        seed: 1000,
    };
    let expert = mean(&expert_returns(&eval).unwrap());
    let dir = tempfile::tempdir().unwrap();
    let mut config = DreamerConfig::tiny();
    (config.units, config.deter, config.stoch, config.classes) = (32, 32, 8, 8);
    (config.cnn_depth, config.image_size) = (8, 32);
    (config.batch_size, config.batch_length, config.imag_horizon) = (8, 16, 15);
    config.model_opt.lr = 1e-3;
    (config.actor_opt.lr, config.critic_opt.lr) = (3e-4, 3e-4);
    config.train_ratio = 128.0;
    let opts = RunOptions {
        env: ENV.to_string(),
        mode: RewardMode::Task,
        config: config.clone(),
        envs: 4,
        steps: 6000,
        prefill: 400,
        episode_length: Some(EPISODE_LENGTH),
        action_repeat: None,
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
