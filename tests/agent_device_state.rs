//! The agent state kept on the device (`DeviceState`): N updates that donate the carried
//! buffers and download only the metrics leave bit-identical metrics and state to N updates
//! through the host path (`AgentState::train`, everything up and down each update); a
//! non-finite batch leaves the device state bit-identical; the policy reading the parameters
//! from the device (carry on the device) acts exactly as the program run on host inputs.

mod nn_support;

use nn_support::session;
use viper::agent::prefetch::{BatchInputs, UploadedBatch};
use viper::agent::{DeviceCarry, DeviceState, PolicyStep, RewardMode};
use viper::envs::ActionSpace;
use viper::models::dreamer::DreamerConfig;
use viper::testing::agent::{fresh_agent, metric, random_batch, random_frames, BatchShape};
use viper::testing::Rng;
use viper::HostTensor;

const ACTION_DIM: usize = 2;

#[test]
fn device_resident_updates_match_the_host_path_bit_for_bit() {
    let config = DreamerConfig::tiny();
    let space = ActionSpace::Continuous { dim: ACTION_DIM };
    let (step, start) = fresh_agent(&config, &space, RewardMode::Task, 3).unwrap();
    let compiled = session().compile(&step.function).unwrap();
    let client = session().client();
    let shape = BatchShape::of(&step.config, &space);
    let inputs = BatchInputs::of(&step);
    let mut host = start.clone();
    let mut device = DeviceState::upload(client, &start).unwrap();
    assert_eq!(device.to_host().unwrap(), start, "upload and download");

    for k in 0..3u32 {
        let data = random_batch(shape, 10 + u64::from(k));
        let key = [k, 99];
        let host_metrics = host.train(&step, &compiled, &data, key).unwrap();
        let uploaded = UploadedBatch::upload(data, client, &inputs).unwrap();
        let device_metrics = device.train(&step, &compiled, &uploaded, key).unwrap();
        assert_eq!(host_metrics, device_metrics, "update {k}: metrics");
        assert!(host_metrics.iter().all(|v| v.is_finite()));
        assert_eq!(metric(&step, &device_metrics, "skipped"), 0.0);
    }
    let after = device.to_host().unwrap();
    assert_eq!(after, host, "state after 3 updates");
    let changed = after
        .values
        .iter()
        .zip(&start.values)
        .filter(|((_, a), (_, b))| a != b)
        .count();
    assert!(
        changed * 2 > start.values.len(),
        "most carried values moved: {changed} of {}",
        start.values.len()
    );

    // A NaN reward: the update is skipped and the device state stays bit-identical.
    let mut bad = random_batch(shape, 50);
    let mut reward = bad.reward.to_vec::<f32>().unwrap();
    reward[3] = f32::NAN;
    bad.reward = HostTensor::from_slice(bad.reward.dims(), &reward).unwrap();
    let uploaded = UploadedBatch::upload(bad, client, &inputs).unwrap();
    let metrics = device.train(&step, &compiled, &uploaded, [5, 6]).unwrap();
    assert_eq!(metric(&step, &metrics, "skipped"), 1.0);
    assert_eq!(
        device.to_host().unwrap(),
        after,
        "a skipped update keeps the state"
    );
}

#[test]
fn the_policy_on_device_parameters_acts_as_the_program_on_host_inputs() {
    let config = DreamerConfig::tiny();
    let space = ActionSpace::Continuous { dim: ACTION_DIM };
    let (_, state) = fresh_agent(&config, &space, RewardMode::Task, 8).unwrap();
    let envs = 3;
    let policy = PolicyStep::trace(&config, &space, RewardMode::Task, envs, false).unwrap();
    let compiled = session().compile(&policy.function).unwrap();
    let client = session().client();
    let params = DeviceState::upload(client, &state).unwrap();
    let initial = policy.initial_carry();
    let mut device_carry = DeviceCarry::upload(client, &initial).unwrap();
    // The host path, written out here: every input by name, uploaded, outputs downloaded.
    let mut carry = vec![initial.deter, initial.stoch, initial.logits, initial.action];
    let s = policy.image_size;
    let mut rng = Rng::new(4);
    for t in 0..3u32 {
        let images = random_frames(&mut rng, envs, s);
        let firsts = [t == 0, t == 2, false];
        let image = HostTensor::from_slice(&[envs, s, s, 3], &images).unwrap();
        let first: Vec<f32> = firsts.iter().map(|&f| f32::from(f)).collect();
        let first = HostTensor::from_slice(&[envs], &first).unwrap();
        let key = HostTensor::from_slice(&[2], &[t, 1]).unwrap();
        let carry_names = ["carry/deter", "carry/stoch", "carry/logits", "carry/action"];
        let args: Vec<HostTensor> = policy
            .function
            .inputs()
            .iter()
            .map(|spec| {
                let name = spec.name.as_str();
                match carry_names.iter().position(|&c| c == name) {
                    Some(k) => carry[k].clone(),
                    None => match name {
                        "image" => image.clone(),
                        "is_first" => first.clone(),
                        "rng_key" => key.clone(),
                        _ => state.get(name).unwrap().clone(),
                    },
                }
            })
            .collect();
        let mut out = session().run(&policy.function, &args).unwrap();
        carry = out.split_off(1);
        let on_host = out[0].to_vec::<f32>().unwrap();
        let on_device = policy
            .act_on_device(
                &compiled,
                &params,
                &mut device_carry,
                &images,
                &firsts,
                [t, 1],
            )
            .unwrap();
        assert_eq!(on_device.len(), envs);
        assert_eq!(on_device.concat(), on_host, "step {t}: actions");
        assert!(on_host.iter().all(|v| v.is_finite()));
        let got = device_carry.to_host().unwrap();
        assert_eq!(
            [got.deter, got.stoch, got.logits, got.action].to_vec(),
            carry,
            "step {t}: carry"
        );
    }
    // The previous action of the carry can be replaced (the loop stores the action taken).
    let taken = HostTensor::from_slice(&[envs, ACTION_DIM], &[0.5f32; 6]).unwrap();
    device_carry.set_action(client, &taken).unwrap();
    assert_eq!(device_carry.to_host().unwrap().action, taken);
    let wrong = HostTensor::from_slice(&[envs], &[0f32; 3]).unwrap();
    let err = device_carry.set_action(client, &wrong).unwrap_err();
    assert!(err.to_string().contains("policy carry action"), "{err}");
}
