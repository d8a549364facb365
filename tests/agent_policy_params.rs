//! `PolicyStep::act_resident` (parameters uploaded once, `PolicyParams`) gives exactly the
//! actions and carried state of `PolicyStep::act` (parameters sent with every call), over
//! several steps with an episode reset, and again after the parameters change.

mod nn_support;

use nn_support::session;
use viper::agent::{AgentState, AgentStep, PolicyStep, RewardMode};
use viper::envs::ActionSpace;
use viper::models::dreamer::DreamerConfig;
use viper::testing::Rng;

#[test]
fn resident_parameters_give_the_same_actions_as_sent_ones() {
    let config = DreamerConfig::tiny();
    let space = ActionSpace::Continuous { dim: 2 };
    let envs = 3;
    let step = AgentStep::trace(&config, &space, RewardMode::Task).unwrap();
    let policy = PolicyStep::trace(&config, &space, RewardMode::Task, envs, false).unwrap();
    let compiled = session().compile(&policy.function).unwrap();
    let s = config.image_size;
    let mut rng = Rng::new(5);
    let mut state = AgentState::init(&step, 1).unwrap();
    for round in 0..2 {
        let params = policy.upload(&compiled, &state).unwrap();
        let (mut sent, mut resident) = (policy.initial_carry(), policy.initial_carry());
        for t in 0..3u32 {
            let images: Vec<u8> = (0..envs * s * s * 3)
                .map(|_| (rng.uniform() * 255.0) as u8)
                .collect();
            let firsts = [t == 0, false, t == 2];
            let key = [t, round];
            let a = policy
                .act(&compiled, &state, &mut sent, &images, &firsts, key)
                .unwrap();
            let b = policy
                .act_resident(&compiled, &params, &mut resident, &images, &firsts, key)
                .unwrap();
            assert_eq!(a, b, "round {round} step {t}");
            assert_eq!(sent, resident, "round {round} step {t}");
            assert!(a.iter().flatten().all(|v| v.is_finite()));
        }
        // New parameters: scale every actor parameter, so the next round's actions differ.
        for (name, value) in state.values.iter_mut() {
            if name.starts_with("behavior/actor") {
                let scaled: Vec<f32> = value
                    .to_vec::<f32>()
                    .unwrap()
                    .iter()
                    .map(|v| v * 1.5 + 0.01)
                    .collect();
                *value = viper::HostTensor::from_slice(value.dims(), &scaled).unwrap();
            }
        }
    }
}
