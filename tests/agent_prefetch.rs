//! Prefetched batches: `UploadedBatch::sample` draws exactly the batch `Replay::sample` draws
//! for the same update, and an update on the uploaded batch (`train_uploaded`) leaves the
//! same state and metrics as the host path (`train`) on that batch, bit for bit. Only the
//! arrays the step declares as inputs go to the device (a task-mode step reads no densities).

mod nn_support;

use nn_support::session;
use viper::agent::prefetch::{BatchInputs, UploadedBatch, BATCH_ARRAY_NAMES};
use viper::agent::{AgentStep, RewardMode};
use viper::data::replay::{Replay, ReplayConfig, ReplayStep};
use viper::envs::rng::Rng;
use viper::envs::ActionSpace;
use viper::models::dreamer::DreamerConfig;
use viper::testing::agent::{fresh_agent, random_batch, BatchShape};

fn filled_replay(config: &DreamerConfig) -> Replay {
    let mut replay = Replay::new(ReplayConfig {
        sequence_length: config.batch_length,
        capacity: 1000,
        action_dim: 2,
        workers: 1,
        image_size: config.image_size,
    })
    .unwrap();
    let mut rng = Rng::new(9);
    for t in 0..40 {
        let image = (0..64 * 64 * 3).map(|_| rng.below(256) as u8).collect();
        replay
            .push(
                0,
                ReplayStep {
                    image,
                    action: vec![rng.below(100) as f32 / 50.0 - 1.0; 2],
                    reward: (t % 7) as f32,
                    density: 0.0,
                    is_first: t % 20 == 0,
                    is_last: t % 20 == 19,
                    is_terminal: false,
                },
            )
            .unwrap();
    }
    replay
}

#[test]
fn uploaded_batches_train_exactly_as_host_batches() {
    let config = DreamerConfig::tiny();
    let space = ActionSpace::Continuous { dim: 2 };
    let (step, start) = fresh_agent(&config, &space, RewardMode::Task, 2).unwrap();
    let compiled = session().compile(&step.function).unwrap();
    let replay = filled_replay(&step.config);
    let client = session().client();
    let (b, seed, update) = (step.config.batch_size, 4, 17);
    let inputs = BatchInputs::of(&step);
    let uploaded = UploadedBatch::sample(&replay, b, seed, update, client, &inputs).unwrap();
    let again = UploadedBatch::sample(&replay, b, seed, update, client, &inputs).unwrap();
    assert_eq!(
        uploaded.host, again.host,
        "a batch is a function of (seed, update)"
    );
    let other = UploadedBatch::sample(&replay, b, seed, update + 1, client, &inputs).unwrap();
    assert_ne!(uploaded.host, other.host);

    let (mut on_host, mut on_device) = (start.clone(), start);
    let key = [7, 8];
    let host_metrics = on_host
        .train(&step, &compiled, &uploaded.host, key)
        .unwrap();
    let device_metrics = on_device
        .train_uploaded(&step, &compiled, client, &uploaded, key)
        .unwrap();
    assert_eq!(host_metrics, device_metrics);
    assert_eq!(on_host, on_device);
    assert!(host_metrics.iter().all(|v| v.is_finite()));
}

/// The batch arrays among the step's declared inputs, by looking at the inputs directly.
fn declared(step: &AgentStep) -> Vec<&'static str> {
    let inputs = step.function.inputs();
    BATCH_ARRAY_NAMES
        .into_iter()
        .filter(|name| inputs.iter().any(|spec| spec.name == *name))
        .collect()
}

#[test]
fn only_the_arrays_the_step_reads_are_uploaded() {
    let config = DreamerConfig::tiny();
    let space = ActionSpace::Continuous { dim: 2 };
    let client = session().client();
    for mode in [RewardMode::Task, RewardMode::Viper] {
        let step = AgentStep::trace(&config, &space, mode).unwrap();
        let inputs = BatchInputs::of(&step);
        let batch = random_batch(BatchShape::of(&step.config, &space), 1);
        let uploaded = UploadedBatch::upload(batch, client, &inputs).unwrap();
        assert_eq!(uploaded.uploaded_names(), declared(&step), "{mode:?}");
        assert_eq!(inputs.names(), declared(&step).as_slice(), "{mode:?}");
        for name in BATCH_ARRAY_NAMES {
            assert_eq!(
                uploaded.buffer(name).is_some(),
                inputs.contains(name),
                "{mode:?}: {name}"
            );
        }
        // Task mode learns from the task reward alone: no density input, none uploaded.
        let reads_density = mode == RewardMode::Viper;
        assert_eq!(
            uploaded.buffer("density").is_some(),
            reads_density,
            "{mode:?}"
        );
        assert!(uploaded.buffer("image").is_some() && uploaded.buffer("is_first").is_some());
    }
}
