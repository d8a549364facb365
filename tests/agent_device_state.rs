//! The agent state kept on the device (`DeviceState`): N updates that donate the carried
//! buffers and download only the metrics leave bit-identical metrics and state to N updates
//! through the host path (`AgentState::train`, everything up and down each update); a
//! non-finite batch leaves the device state bit-identical; the policy reading the parameters
//! from the device (carry on the device) acts exactly as the program run on host inputs.

mod nn_support;

use nn_support::session;
use viper::agent::prefetch::UploadedBatch;
use viper::agent::{AgentState, AgentStep, DeviceCarry, DeviceState, PolicyStep, RewardMode};
use viper::data::replay::ReplayBatch;
use viper::envs::ActionSpace;
use viper::models::dreamer::DreamerConfig;
use viper::testing::Rng;
use viper::HostTensor;

const ACTION_DIM: usize = 2;

fn batch(config: &DreamerConfig, seed: u64) -> ReplayBatch {
    let (b, t, s, a) = (
        config.batch_size,
        config.batch_length,
        config.image_size,
        ACTION_DIM,
    );
    let mut rng = Rng::new(seed);
    let mut floats = |n: usize, lo: f64, hi: f64| -> Vec<f32> {
        (0..n)
            .map(|_| (lo + (hi - lo) * rng.uniform()) as f32)
            .collect()
    };
    let image: Vec<u8> = floats(b * t * s * s * 3, 0.0, 255.0)
        .into_iter()
        .map(|v| v as u8)
        .collect();
    let action = floats(b * t * a, -1.0, 1.0);
    let reward = floats(b * t, 0.0, 1.0);
    let density = floats(b * t, -3.0, 0.0);
    let first: Vec<f32> = (0..b * t).map(|i| f32::from(i % t == 0)).collect();
    let zeros = vec![0f32; b * t];
    let bt = |v: &[f32]| HostTensor::from_slice(&[b, t], v).unwrap();
    ReplayBatch {
        image: HostTensor::from_slice(&[b, t, s, s, 3], &image).unwrap(),
        action: HostTensor::from_slice(&[b, t, a], &action).unwrap(),
        reward: bt(&reward),
        density: bt(&density),
        is_first: bt(&first),
        is_last: bt(&zeros),
        is_terminal: bt(&zeros),
    }
}

fn metric(step: &AgentStep, metrics: &[f32], name: &str) -> f32 {
    let k = step.metric_names.iter().position(|m| m == name).unwrap();
    metrics[k]
}

#[test]
fn device_resident_updates_match_the_host_path_bit_for_bit() {
    let config = DreamerConfig::tiny();
    let space = ActionSpace::Continuous { dim: ACTION_DIM };
    let step = AgentStep::trace(&config, &space, RewardMode::Task).unwrap();
    let compiled = session().compile(&step.function).unwrap();
    let client = session().client();
    let start = AgentState::init(&step, 3).unwrap();
    let mut host = start.clone();
    let mut device = DeviceState::upload(client, &start).unwrap();
    assert_eq!(device.to_host().unwrap(), start, "upload and download");

    for k in 0..3u32 {
        let data = batch(&step.config, 10 + u64::from(k));
        let key = [k, 99];
        let host_metrics = host.train(&step, &compiled, &data, key).unwrap();
        let uploaded = UploadedBatch::upload(data, client).unwrap();
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
    let mut bad = batch(&step.config, 50);
    let mut reward = bad.reward.to_vec::<f32>().unwrap();
    reward[3] = f32::NAN;
    bad.reward = HostTensor::from_slice(bad.reward.dims(), &reward).unwrap();
    let uploaded = UploadedBatch::upload(bad, client).unwrap();
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
    let step = AgentStep::trace(&config, &space, RewardMode::Task).unwrap();
    let envs = 3;
    let policy = PolicyStep::trace(&config, &space, RewardMode::Task, envs, false).unwrap();
    let compiled = session().compile(&policy.function).unwrap();
    let client = session().client();
    let state = AgentState::init(&step, 8).unwrap();
    let params = DeviceState::upload(client, &state).unwrap();
    let initial = policy.initial_carry();
    let mut device_carry = DeviceCarry::upload(client, &initial).unwrap();
    // The host path, written out here: every input by name, uploaded, outputs downloaded.
    let mut carry = vec![initial.deter, initial.stoch, initial.logits, initial.action];
    let s = policy.image_size;
    let mut rng = Rng::new(4);
    for t in 0..3u32 {
        let images: Vec<u8> = (0..envs * s * s * 3)
            .map(|_| (rng.uniform() * 255.0) as u8)
            .collect();
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
