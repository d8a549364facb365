//! The agent's one-executable update on the tiny preset: it compiles and runs in task mode
//! (extr critic) and VIPER mode (density + disag critics, ensemble update); one step changes
//! every parameter group and every optimizer state; a NaN in the batch leaves every carried
//! value bit-identical and reports the offending term.

mod nn_support;

use nn_support::session;
use std::time::Instant;
use viper::agent::{AgentState, AgentStep, RewardMode};
use viper::envs::ActionSpace;
use viper::models::dreamer::DreamerConfig;
use viper::testing::agent::{metric, random_batch, BatchShape};
use viper::HostTensor;

fn check(mode: RewardMode, space: ActionSpace, groups: &[&str]) {
    let config = DreamerConfig::tiny();
    let t0 = Instant::now();
    let step = AgentStep::trace(&config, &space, mode).unwrap();
    let traced = t0.elapsed();
    let compiled = session().compile(&step.function).unwrap();
    eprintln!(
        "{mode:?}: trace {:.2}s, compile {:.2}s, {} carried values",
        traced.as_secs_f64(),
        (t0.elapsed() - traced).as_secs_f64(),
        step.carried.len()
    );
    let shape = BatchShape::of(&step.config, &space);
    let initial = AgentState::init(&step, 1).unwrap();
    let mut state = initial.clone();
    let t1 = Instant::now();
    let metrics = state
        .train(&step, &compiled, &random_batch(shape, 2), [0, 1])
        .unwrap();
    eprintln!("{mode:?}: step {:.3}s", t1.elapsed().as_secs_f64());
    assert!(
        metrics.iter().all(|m| m.is_finite()),
        "{:?} {metrics:?}",
        step.metric_names
    );
    assert_eq!(metric(&step, &metrics, "skipped"), 0.0);
    for group in groups {
        let before = initial.under(group);
        assert!(!before.is_empty(), "no carried values under {group}");
        let changed = before
            .iter()
            .filter(|(name, old)| state.get(name).unwrap() != old)
            .count();
        // Some tensor of every group moves (hidden layers under a zero-initialised output
        // layer get no gradient on the first step, as in the reference).
        assert!(changed > 0, "{group}: none of {} changed", before.len());
    }

    // A NaN reward: the update is skipped in the graph and the term is named.
    let mut bad = random_batch(shape, 3);
    let mut reward = bad.reward.to_vec::<f32>().unwrap();
    reward[5] = f32::NAN;
    bad.reward =
        HostTensor::from_slice(&[config.batch_size, config.batch_length], &reward).unwrap();
    let before = state.clone();
    let metrics = state.train(&step, &compiled, &bad, [1, 1]).unwrap();
    assert_eq!(metric(&step, &metrics, "skipped"), 1.0);
    assert_eq!(metric(&step, &metrics, "nonfinite/wm_loss"), 1.0);
    for ((name, new), (_, old)) in state.values.iter().zip(&before.values) {
        let (n, o) = (new.to_f64_vec(), old.to_f64_vec());
        assert!(
            n.iter().zip(&o).all(|(x, y)| x.to_bits() == y.to_bits()),
            "{name} changed"
        );
    }
}

#[test]
fn task_step_updates_every_group_and_skips_nan() {
    check(
        RewardMode::Task,
        ActionSpace::Continuous { dim: 2 },
        &[
            "wm/encoder",
            "wm/rssm",
            "wm/decoder",
            "wm/reward",
            "wm/cont",
            "behavior/actor",
            "behavior/critic/extr",
            "behavior/slow_critic/extr",
            "model_opt/",
            "actor_opt/",
            "critic_opt/extr/",
            "retnorm/extr",
            "slow_critic/updates",
        ],
    );
}

#[test]
fn viper_step_updates_critics_ensemble_and_skips_nan() {
    check(
        RewardMode::Viper,
        ActionSpace::Discrete { n: 3 },
        &[
            "wm/encoder",
            "wm/rssm",
            "wm/density",
            "disag/",
            "expl_opt/",
            "behavior/actor",
            "behavior/critic/density",
            "behavior/critic/disag",
            "behavior/slow_critic/density",
            "behavior/slow_critic/disag",
            "actor_opt/",
            "critic_opt/density/",
            "critic_opt/disag/",
            "retnorm/density",
            "retnorm/disag",
        ],
    );
}

/// `actor_opt.warmup`: the actor's learning rate rises linearly from 0 (optax's count of
/// updates already applied), while the world model's stays at its peak.
#[test]
fn an_actor_warmup_ramps_only_the_actor_learning_rate() {
    let mut config = DreamerConfig::tiny();
    config.actor_opt.warmup = 4;
    let space = ActionSpace::Continuous { dim: 1 };
    let step = AgentStep::trace(&config, &space, RewardMode::Task).unwrap();
    let compiled = session().compile(&step.function).unwrap();
    let shape = BatchShape::of(&step.config, &space);
    let mut state = AgentState::init(&step, 1).unwrap();
    for k in 0..6u32 {
        let metrics = state
            .train(
                &step,
                &compiled,
                &random_batch(shape, 10 + k as u64),
                [k, 1],
            )
            .unwrap();
        let expected = config.actor_opt.lr * k.min(4) as f64 / 4.0;
        let actor = metric(&step, &metrics, "actor_opt/learning_rate") as f64;
        assert!(
            (actor - expected).abs() <= 1e-6 * config.actor_opt.lr,
            "update {k}: actor lr {actor}, expected {expected}"
        );
        let model = metric(&step, &metrics, "model_opt/learning_rate") as f64;
        assert!((model - config.model_opt.lr).abs() <= 1e-6 * config.model_opt.lr);
    }
}
