//! The behaviour inside a world model: imagination from a tiny RSSM's start states with the
//! actor compiles, and repeated actor-critic updates (actor Adam step, critic Adam step,
//! normaliser state and slow-critic EMA carried between steps, all in one executable) raise
//! the imagined reward of a fixed toy reward, for both action spaces: backprop through the
//! dynamics for continuous actions, reinforce for discrete ones. The world model stays frozen
//! at its random initialisation.

mod nn_support;

use nn_support::session;
use viper::envs::ActionSpace;
use viper::graph::ops::random::RngKey;
use viper::graph::{grad, FunctionBuilder, Tensor};
use viper::models::dreamer::behavior::{
    pair_slow_params, ActorCritic, NormalizerState, ReturnNormalizer, RewardInput, SlowCritic,
    Trajectory,
};
use viper::models::dreamer::{DreamerConfig, OptConfig, WorldModel};
use viper::nn::{ParamTree, Scope};
use viper::optim::Optimizer;
use viper::testing::Rng;
use viper::{DType, HostTensor};

const STARTS: usize = 16;
const STEPS: usize = 40;

/// Reward for the action taken at each of the first H states (it leads to states 1..H).
fn toy_reward(space: &ActionSpace, actions: &Tensor, horizon: usize) -> Tensor {
    let taken = actions.slice_axis(0, 0, horizon); // (H, N, A)
    match space {
        // Best action: every dim at 0.3 (inside tanh's range).
        ActionSpace::Continuous { .. } => -(&taken - 0.3).square().sum(&[2]),
        // Choice values [0, 1, -1]: the best is choice 1.
        ActionSpace::Discrete { n } => {
            let values: Vec<f64> = (0..*n).map(|k| [0.0, 1.0, -1.0][k % 3]).collect();
            let table = taken.host_constant(&HostTensor::from_slice(&[*n], &values).unwrap());
            (taken * table.convert(DType::F32)).sum(&[2])
        }
    }
}

struct Step {
    compiled: viper::session::Compiled,
    /// Names of the metrics at the end of the results.
    metrics: Vec<String>,
}

fn named(fb: &FunctionBuilder, name: &str, dtype: DType, dims: &[usize]) -> Tensor {
    fb.input(name, dtype, dims)
}

/// Traces one behaviour update. Carried state (argument and result order): behaviour
/// parameters, actor and critic optimizer states, normaliser low/high, slow-critic counter.
/// World-model parameters are inputs too, returned unchanged. Extra results: metrics.
fn trace_step(
    space: &ActionSpace,
    config: &DreamerConfig,
    lr: f64,
) -> (Step, ParamTree, Vec<(String, HostTensor)>) {
    let wm = WorldModel::new(config, space).unwrap();
    let ac = ActorCritic::new(config, space);
    let a = ac.actor.action_dim();
    let fb = FunctionBuilder::new("behavior_step");
    let key = named(&fb, "rng_key", DType::U32, &[2]);
    let start_actions = named(&fb, "start_actions", DType::F32, &[STARTS, a]);
    let norm_specs = ReturnNormalizer::state_specs("retnorm/toy");
    let low = named(&fb, &norm_specs[0].name, DType::F32, &[]);
    let high = named(&fb, &norm_specs[1].name, DType::F32, &[]);
    let counter = SlowCritic::counter_spec("slow_critic/updates");
    let updates = named(&fb, &counter.name, DType::I32, &[]);

    let scope = Scope::new(&fb);
    let (model, behavior) = (scope.child("wm"), scope.child("behavior"));
    let keys = RngKey::new(&key).split(2);
    // Diverse start states: one prior step from the learned initial state with random actions.
    let initial = wm.initial(&model, STARTS);
    let start = wm
        .rssm
        .img_step(&model.child("rssm"), &initial, &start_actions, &keys[0])
        .stop_gradient();
    let imagined = ac.imagine(&wm, &model, &behavior, &start, &keys[1]);
    let features = imagined.states.features();
    assert_eq!(
        features.dims(),
        vec![config.imag_horizon + 1, STARTS, wm.rssm.feature_size()]
    );
    let rewards = toy_reward(space, &imagined.actions, config.imag_horizon);
    let conts = imagined
        .states
        .deter
        .slice_axis(2, 0, 1)
        .reshape(&[config.imag_horizon + 1, STARTS])
        .full_like(1.0);
    let losses = ac
        .losses(
            &behavior,
            &Trajectory {
                features,
                actions: imagined.actions.clone(),
                conts,
            },
            &[RewardInput {
                name: "toy".to_string(),
                scale: 1.0,
                rewards: rewards.clone(),
                normalizer: NormalizerState { low, high },
            }],
        )
        .unwrap();

    let specs = scope.param_specs();
    let tensors = scope.param_tensors();
    let under = |prefix: &str| -> Vec<usize> {
        (0..specs.len())
            .filter(|&i| specs[i].name.starts_with(prefix))
            .collect()
    };
    let (actor_ix, critic_ix) = (under("behavior/actor/"), under("behavior/critic/"));
    assert!(!actor_ix.is_empty() && !critic_ix.is_empty());
    let pairs = pair_slow_params(&specs, "behavior/critic", "behavior/slow_critic").unwrap();
    assert_eq!(pairs.len(), critic_ix.len());

    let opt: Optimizer = OptConfig::new(lr, 1e-5, 100.0).optimizer();
    let mut results: Vec<Tensor> = tensors.clone();
    let mut state_inputs: Vec<(String, Tensor)> = Vec::new();
    let mut init_state: Vec<(String, HostTensor)> = Vec::new();
    let params = ParamTree::init(&specs, 3).unwrap();
    for (prefix, loss, ix) in [
        ("actor_opt", &losses.actor.loss, &actor_ix),
        ("critic_opt", &losses.critics[0], &critic_ix),
    ] {
        let own: Vec<Tensor> = ix.iter().map(|&i| tensors[i].clone()).collect();
        let infos: Vec<_> = ix
            .iter()
            .map(|&i| {
                (
                    specs[i].name.clone(),
                    viper::graph::TensorType::new(specs[i].dtype, &specs[i].dims),
                )
            })
            .collect();
        let state_specs = opt.state_specs(&infos);
        let initial_values: Vec<HostTensor> = ix
            .iter()
            .map(|&i| params.get(&specs[i].name).unwrap().clone())
            .collect();
        let values = Optimizer::init_state(&state_specs, &initial_values).unwrap();
        let state: Vec<Tensor> = state_specs
            .iter()
            .zip(values)
            .map(|(s, v)| {
                let name = format!("{prefix}/{}", s.name);
                init_state.push((name.clone(), v));
                let t = named(&fb, &name, s.ty.dtype, s.ty.dims());
                state_inputs.push((name, t.clone()));
                t
            })
            .collect();
        let grads = grad(loss, &own.iter().collect::<Vec<_>>());
        let applied = opt.apply(&own, &grads, &state).unwrap();
        for (k, &i) in ix.iter().enumerate() {
            results[i] = applied.params[k].clone();
        }
        state_inputs
            .iter_mut()
            .rev()
            .take(state.len())
            .rev()
            .zip(applied.state)
            .for_each(|(slot, new)| slot.1 = new);
    }
    let critic_new: Vec<Tensor> = pairs.iter().map(|&(i, _)| results[i].clone()).collect();
    let slow_old: Vec<Tensor> = pairs.iter().map(|&(_, j)| tensors[j].clone()).collect();
    let (slow_new, updates_new) = SlowCritic::new(config)
        .update(&critic_new, &slow_old, &updates)
        .unwrap();
    for (k, &(_, j)) in pairs.iter().enumerate() {
        results[j] = slow_new[k].clone();
    }
    let new_norm = &losses.normalizers[0];
    let mut outputs = results;
    outputs.extend(state_inputs.iter().map(|(_, t)| t.clone()));
    outputs.extend([new_norm.low.clone(), new_norm.high.clone(), updates_new]);
    let metric_names = vec![
        "return".to_string(),
        "actor_loss".to_string(),
        "critic_loss".to_string(),
    ];
    // The imagined return: the weighted (discounted) sum of the rewards, mean over starts.
    let weights = losses.weights.slice_axis(0, 0, config.imag_horizon);
    outputs.extend([
        (&rewards * weights).sum(&[0]).mean_all(),
        losses.actor.loss.clone(),
        losses.critics[0].clone(),
    ]);
    let function = fb
        .finish(&outputs)
        .unwrap_or_else(|e| panic!("tracing the behaviour step: {e}"));
    let compiled = session().compile(&function).unwrap();
    (
        Step {
            compiled,
            metrics: metric_names,
        },
        params,
        init_state,
    )
}

/// Runs `STEPS` updates; returns the imagined return and the critic loss of every step.
fn train(space: ActionSpace, lr: f64) -> (Vec<f64>, Vec<f64>) {
    let config = DreamerConfig::tiny();
    let (step, params, opt_state) = trace_step(&space, &config, lr);
    let a = match space {
        ActionSpace::Continuous { dim } => dim,
        ActionSpace::Discrete { n } => n,
    };
    // Argument order: key, start actions, low, high, updates, parameters, optimizer states.
    let mut carried: Vec<HostTensor> = params.iter().map(|(_, t)| t.clone()).collect();
    carried.extend(opt_state.iter().map(|(_, t)| t.clone()));
    let (mut low, mut high, mut updates) = (
        HostTensor::scalar(0.0f32),
        HostTensor::scalar(0.0f32),
        HostTensor::scalar(0i32),
    );
    let mut rng = Rng::new(17);
    let (mut returns, mut critic_losses) = (Vec::new(), Vec::new());
    for i in 0..STEPS {
        let starts: Vec<f32> = (0..STARTS * a).map(|_| rng.normal() as f32).collect();
        let mut args = vec![
            HostTensor::from_slice(&[2], &[i as u32, 99u32]).unwrap(),
            HostTensor::from_slice(&[STARTS, a], &starts).unwrap(),
            low.clone(),
            high.clone(),
            updates.clone(),
        ];
        args.extend(carried.iter().cloned());
        let out = step.compiled.run(&args).unwrap();
        let k = carried.len();
        carried = out[..k].to_vec();
        (low, high, updates) = (out[k].clone(), out[k + 1].clone(), out[k + 2].clone());
        let m: Vec<f64> = out[k + 3..].iter().map(|t| t.to_f64_vec()[0]).collect();
        assert!(
            m.iter().all(|v| v.is_finite()),
            "step {i}: {:?} = {m:?}",
            step.metrics
        );
        returns.push(m[0]);
        critic_losses.push(m[2]);
    }
    assert_eq!(updates.to_vec::<i32>().unwrap(), vec![STEPS as i32]);
    (returns, critic_losses)
}

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len() as f64
}

/// The best imagined return: the best reward at every step, discounted (all conts are 1).
fn best_return(best_reward: f64) -> f64 {
    let config = DreamerConfig::tiny();
    let discount = 1.0 - 1.0 / config.horizon;
    (0..config.imag_horizon)
        .map(|t| best_reward * discount.powi(t as i32))
        .sum()
}

fn check_learns(name: &str, returns: &[f64], critic_losses: &[f64], best: f64) {
    let (first, last) = (mean(&returns[..5]), mean(&returns[STEPS - 5..]));
    eprintln!(
        "{name}: imagined return {first:.4} -> {last:.4} (best {best:.4}); critic loss {:.3} -> {:.3}",
        critic_losses[0],
        critic_losses[STEPS - 1]
    );
    // At least a third of the way from the start to the best possible return.
    assert!(
        last - first > (best - first) / 3.0,
        "{name}: imagined return {first} -> {last}, best {best}"
    );
    assert!(
        critic_losses[STEPS - 1] < critic_losses[0],
        "{name}: critic loss did not fall"
    );
}

#[test]
fn backprop_actor_critic_raises_imagined_return() {
    let (returns, critic) = train(ActionSpace::Continuous { dim: 2 }, 1e-2);
    check_learns("continuous", &returns, &critic, best_return(0.0));
}

#[test]
fn reinforce_actor_critic_raises_imagined_return() {
    let (returns, critic) = train(ActionSpace::Discrete { n: 3 }, 1e-2);
    check_learns("discrete", &returns, &critic, best_return(1.0));
}
