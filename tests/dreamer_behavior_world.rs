//! The behaviour's view of a tiny world model's imagination: per-critic rewards (reward and
//! density heads' means and the ensemble disagreement at states 1..H) and the continue flags
//! (continue head's mode, entry 0 from the starts' `is_terminal`), checked against the heads
//! evaluated directly on explicitly sliced and concatenated tensors; the errors for an
//! unknown reward and a missing density head; the Prior behaviour's losses and gradients
//! composed in one graph.

mod nn_support;

use nn_support::{assert_close, randomize, run_layer_with};
use viper::envs::ActionSpace;
use viper::graph::grad;
use viper::graph::ops::random::RngKey;
use viper::graph::{FunctionBuilder, Tensor};
use viper::models::dreamer::behavior::{
    disagreement_inputs, disagreement_targets, prior_critics, ActorCritic, Disagreement,
    NormalizerState, RewardInput, RewardModels,
};
use viper::models::dreamer::{DreamerConfig, PriorRewards, WorldModel};
use viper::nn::Scope;
use viper::{DType, HostTensor};

const STARTS: usize = 6;

#[test]
fn imagined_rewards_and_conts_come_from_the_right_states() {
    let config = DreamerConfig::tiny();
    let h = config.imag_horizon;
    let space = ActionSpace::Continuous { dim: 2 };
    let wm = WorldModel::new(&config, &space).unwrap();
    let ac = ActorCritic::new(&config, &space);
    let disag = Disagreement::new(&config, &space);
    let is_terminal = [0.0f32, 1.0, 0.0, 0.0, 1.0, 0.0];
    let ran = run_layer_with(
        "imagined_rewards",
        &[
            HostTensor::from_slice(&[2], &[5u32, 6]).unwrap(),
            HostTensor::from_slice(&[STARTS], &is_terminal).unwrap(),
        ],
        1,
        // Non-zero output layers, so the zero-initialised heads do not all predict 0.
        |tree| randomize(tree, "out/kernel", 2),
        |scope, x| {
            let (model, disag_scope) = (scope.child("wm"), scope.child("disag"));
            let start = wm.initial(&model, STARTS);
            let imagined = ac.imagine(
                &wm,
                &model,
                &scope.child("behavior"),
                &start,
                &RngKey::new(&x[0]),
            );
            let models = RewardModels {
                world_model: &wm,
                model_scope: &model,
                disagreement: &disag,
                disagreement_scope: &disag_scope,
            };
            let critics = [("extr", 1.0), ("density", 1.0), ("disag", 1.0)];
            let rewards = models.rewards(&critics, &imagined).unwrap();
            let trajectory = models.trajectory(&imagined, &x[1]);
            // Direct: the heads on the features of states 1..H.
            let states = &imagined.states;
            let later = |t: &Tensor| t.slice_axis(0, 1, h + 1);
            let features = Tensor::concatenate(
                &[
                    &states.deter,
                    &states
                        .stoch
                        .reshape(&[h + 1, STARTS, config.stoch * config.classes]),
                ],
                2,
            );
            let extr = wm.reward_dist(&model, &later(&features)).mean();
            let density = wm.density_dist(&model, &later(&features)).unwrap().mean();
            let inputs = Tensor::concatenate(&[&features, &imagined.actions], 2);
            let predictions = disag.predictions(&disag_scope, &later(&inputs));
            let mean = predictions.mean(&[0]).expand_dims(0);
            let spread = (&predictions - mean).square().mean(&[0]).sqrt().mean(&[2]);
            let conts = wm.cont_dist(&model, &features).mode();
            vec![
                rewards[0].2.clone(),
                rewards[1].2.clone(),
                rewards[2].2.clone(),
                extr,
                density,
                spread,
                trajectory.conts,
                conts,
                trajectory.features,
                features,
            ]
        },
    );
    for (k, name) in ["extr", "density", "disag"].iter().enumerate() {
        assert_eq!(ran.dims(k), &[h, STARTS], "{name}");
        assert_close(name, ran.out(k), ran.out(k + 3), 1e-5);
        assert!(
            ran.out(k).iter().any(|v| v.abs() > 1e-3),
            "{name} is trivial"
        );
    }
    let (conts, predicted) = (ran.out(6), ran.out(7));
    assert_eq!(ran.dims(6), &[h + 1, STARTS]);
    let first: Vec<f64> = is_terminal.iter().map(|t| 1.0 - *t as f64).collect();
    assert_close("first conts", &conts[..STARTS], &first, 0.0);
    assert_close("later conts", &conts[STARTS..], &predicted[STARTS..], 0.0);
    assert_close("features", ran.out(8), ran.out(9), 0.0);
}

#[test]
fn reward_errors_name_the_critic() {
    let config = DreamerConfig {
        prior_rewards: PriorRewards {
            extr: 1.0,
            density: 0.0,
            disag: 0.0,
        },
        ..DreamerConfig::tiny()
    };
    let space = ActionSpace::Discrete { n: 3 };
    let wm = WorldModel::new(&config, &space).unwrap();
    let ac = ActorCritic::new(&config, &space);
    let disag = Disagreement::new(&config, &space);
    let fb = FunctionBuilder::new("reward_errors");
    let key = fb.input("key", DType::U32, &[2]);
    let scope = Scope::new(&fb);
    let model = scope.child("wm");
    let start = wm.initial(&model, 2);
    let imagined = ac.imagine(
        &wm,
        &model,
        &scope.child("behavior"),
        &start,
        &RngKey::new(&key),
    );
    let disag_scope = scope.child("disag");
    let models = RewardModels {
        world_model: &wm,
        model_scope: &model,
        disagreement: &disag,
        disagreement_scope: &disag_scope,
    };
    let err = models
        .rewards(&[("density", 1.0)], &imagined)
        .unwrap_err()
        .to_string();
    assert!(err.contains("density head"), "{err}");
    let err = models
        .rewards(&[("extr", 1.0), ("bogus", 1.0)], &imagined)
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown reward `bogus`"), "{err}");
}

/// The VIPER Prior setting end to end in one graph: imagination in a tiny world model with a
/// density head, the density and disagreement critics' rewards, the mixed advantage, the
/// actor and critic losses and their gradients (backprop actor: through the imagined
/// dynamics, the density head and the ensemble), and the ensemble's own loss on the
/// trajectory read as replay sequences.
#[test]
fn prior_behaviour_losses_and_gradients_compose() {
    let config = DreamerConfig::tiny();
    let space = ActionSpace::Continuous { dim: 2 };
    let wm = WorldModel::new(&config, &space).unwrap();
    let ac = ActorCritic::new(&config, &space);
    let disag = Disagreement::new(&config, &space);
    let critics = prior_critics(&config.prior_rewards);
    assert_eq!(critics, vec![("density", 1.0), ("disag", 1.0)]);
    let zero = HostTensor::scalar(0.0f32);
    let ran = run_layer_with(
        "prior_losses",
        &[
            HostTensor::from_slice(&[2], &[7u32, 8]).unwrap(),
            HostTensor::from_slice(&[STARTS], &[0.0f32; STARTS]).unwrap(),
            zero.clone(),
            zero,
        ],
        4,
        |tree| randomize(tree, "out/kernel", 5),
        |scope, x| {
            let (model, behavior, disag_scope) = (
                scope.child("wm"),
                scope.child("behavior"),
                scope.child("disag"),
            );
            let start = wm.initial(&model, STARTS);
            let imagined = ac.imagine(&wm, &model, &behavior, &start, &RngKey::new(&x[0]));
            let models = RewardModels {
                world_model: &wm,
                model_scope: &model,
                disagreement: &disag,
                disagreement_scope: &disag_scope,
            };
            let inputs: Vec<RewardInput> = models
                .rewards(&critics, &imagined)
                .unwrap()
                .into_iter()
                .map(|(name, scale, rewards)| RewardInput {
                    name,
                    scale,
                    rewards,
                    normalizer: NormalizerState {
                        low: x[2].clone(),
                        high: x[3].clone(),
                    },
                })
                .collect();
            let trajectory = models.trajectory(&imagined, &x[1]);
            let losses = ac.losses(&behavior, &trajectory, &inputs).unwrap();
            // The ensemble trains on sequences: the trajectory read batch-major (N, H + 1).
            let sequences = |t: &Tensor| {
                let mut perm: Vec<usize> = (0..t.rank()).collect();
                perm.swap(0, 1);
                t.transpose(&perm)
            };
            let ensemble_loss = disag.loss(
                &disag_scope,
                &sequences(&disagreement_inputs(&imagined.states, &imagined.actions)),
                &sequences(&disagreement_targets(&imagined.states)),
            );
            let norm = |loss: &Tensor, prefix: &str| {
                let params: Vec<Tensor> = scope
                    .param_specs()
                    .iter()
                    .zip(scope.param_tensors())
                    .filter(|(s, _)| s.name.starts_with(prefix))
                    .map(|(_, t)| t)
                    .collect();
                assert!(!params.is_empty(), "no parameters under {prefix}");
                let grads = grad(loss, &params.iter().collect::<Vec<_>>());
                let squares: Vec<Tensor> = grads.iter().map(|g| g.square().sum_all()).collect();
                squares
                    .iter()
                    .skip(1)
                    .fold(squares[0].clone(), |a, b| a + b)
                    .sqrt()
            };
            vec![
                losses.actor.loss.clone(),
                losses.critics[0].clone(),
                losses.critics[1].clone(),
                ensemble_loss.clone(),
                norm(&losses.actor.loss, "behavior/actor/"),
                norm(&losses.critics[0], "behavior/critic/density/"),
                norm(&losses.critics[1], "behavior/critic/disag/"),
                norm(&ensemble_loss, "disag/"),
                losses.normalizers[0].high.clone() - losses.normalizers[0].low.clone(),
                losses.normalizers[1].high.clone() - losses.normalizers[1].low.clone(),
            ]
        },
    );
    let values: Vec<f64> = (0..10).map(|k| ran.out(k)[0]).collect();
    assert!(values.iter().all(|v| v.is_finite()), "{values:?}");
    // Gradients reach every group of parameters.
    for (k, group) in ["actor", "density critic", "disag critic", "ensemble"]
        .iter()
        .enumerate()
    {
        assert!(
            values[4 + k] > 0.0,
            "no gradient for the {group}: {values:?}"
        );
    }
    // Each critic's normaliser moved from 0 by its own returns' spread (two different rewards).
    assert!(
        values[8] > 0.0 && values[9] > 0.0 && values[8] != values[9],
        "{values:?}"
    );
}
