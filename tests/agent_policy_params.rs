//! `AgentState::policy_params`: the parameters a policy program reads, picked out of a whole
//! agent state (as `eval-agent` does with a checkpoint, without tracing the train step): the
//! same values as the state's, exactly the policy's non-runtime inputs, none of the optimizer
//! states; a missing or reshaped parameter is refused naming it.

use std::collections::BTreeSet;
use viper::agent::{AgentState, PolicyStep, RewardMode};
use viper::envs::ActionSpace;
use viper::models::dreamer::DreamerConfig;
use viper::testing::agent::fresh_agent;
use viper::HostTensor;

/// The policy's inputs that are not parameters: the carry, the frames, resets and the key.
const RUNTIME_INPUTS: [&str; 7] = [
    "carry/deter",
    "carry/stoch",
    "carry/logits",
    "carry/action",
    "image",
    "is_first",
    "rng_key",
];

#[test]
fn policy_params_are_the_policy_inputs_out_of_the_whole_state() {
    let config = DreamerConfig::tiny();
    let space = ActionSpace::Discrete { n: 3 };
    for mode in [RewardMode::Task, RewardMode::Viper] {
        let (_, state) = fresh_agent(&config, &space, mode, 6).unwrap();
        let policy = PolicyStep::trace(&config, &space, mode, 1, true).unwrap();
        let picked = AgentState::policy_params(&policy, state.values.clone()).unwrap();

        let names: BTreeSet<&str> = picked.values.iter().map(|(n, _)| n.as_str()).collect();
        let inputs: BTreeSet<&str> = policy
            .function
            .inputs()
            .iter()
            .map(|spec| spec.name.as_str())
            .filter(|name| !RUNTIME_INPUTS.contains(name))
            .collect();
        assert_eq!(names, inputs, "{mode:?}");
        assert!(picked.values.len() < state.values.len(), "{mode:?}");
        assert!(!names.iter().any(|n| n.contains("_opt/")), "{names:?}");
        for (name, value) in &picked.values {
            assert_eq!(Some(value), state.get(name), "{mode:?}: {name}");
        }

        // A checkpoint without one of them, or with it reshaped, is refused naming it.
        let (first, value) = picked.values[0].clone();
        let without: Vec<(String, HostTensor)> = state
            .values
            .iter()
            .filter(|(n, _)| *n != first)
            .cloned()
            .collect();
        let err = AgentState::policy_params(&policy, without).unwrap_err();
        assert!(
            err.to_string().contains(&format!("has no `{first}`")),
            "{err}"
        );
        let mut dims = value.dims().to_vec();
        dims[0] += 1;
        let wider = HostTensor::zeros(value.dtype(), &dims);
        let reshaped: Vec<(String, HostTensor)> = state
            .values
            .iter()
            .map(|(n, v)| {
                (
                    n.clone(),
                    if *n == first {
                        wider.clone()
                    } else {
                        v.clone()
                    },
                )
            })
            .collect();
        let err = AgentState::policy_params(&policy, reshaped)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(&format!("saved `{first}`")) && err.contains("the model needs"),
            "{err}"
        );
    }
}
