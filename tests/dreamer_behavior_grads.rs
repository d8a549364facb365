//! Finite-difference gradient checks (f64) of the Dreamer behaviour losses: the actor loss in
//! both forms, the backprop actor's gradient end to end through reparameterised samples,
//! lambda-returns and the normaliser, and the critic loss through the critic network.

mod dreamer_support;
mod nn_support;

use dreamer_support::check_all_params_vjp;
use dreamer_support::fixtures::{f32s, f64s, one_hots, tiny_actor, weights, F, H, N, UNITS};
use dreamer_support::percentile;
use nn_support::{normals, run_layer_with};
use viper::envs::ActionSpace;
use viper::graph::ops::random::RngKey;
use viper::graph::Tensor;
use viper::models::dreamer::behavior::{
    critic_loss, lambda_returns, mix_advantages, ActorGradient, ActorObjective, Critic, CriticTerm,
    NormalizerState, ReturnNormalizer, ReturnSettings,
};
use viper::models::dreamer::{DreamerConfig, Mlp, MlpHead};
use viper::{DType, HostTensor};

#[test]
fn actor_loss_gradients_match_finite_differences() {
    let continuous = ActionSpace::Continuous { dim: 2 };
    for (space, gradient, seed) in [
        (continuous.clone(), ActorGradient::Backprop, 100),
        (continuous, ActorGradient::Reinforce, 300),
        (
            ActionSpace::Discrete { n: 3 },
            ActorGradient::Reinforce,
            200,
        ),
    ] {
        let actor = tiny_actor(space.clone());
        let objective = ActorObjective {
            gradient,
            entropy_scale: 0.05,
        };
        let a = actor.action_dim();
        let actions = match space {
            ActionSpace::Continuous { .. } => normals(seed, (H + 1) * N * a),
            ActionSpace::Discrete { n } => one_hots(seed, (H + 1) * N, n),
        };
        // Inputs the loss stops gradients at (actions, weights; the advantage under
        // reinforce) are f32, so the checker holds them fixed; the advantage's gradient under
        // backprop is checked by `continuous_actor_loss_matches_host`.
        let data = [
            f64s(&[H + 1, N, F], &normals(seed + 1, (H + 1) * N * F)),
            f32s(&[H + 1, N, a], &actions),
            f32s(&[H, N], &normals(seed + 2, H * N)),
            f32s(&[H + 1, N], &weights()),
        ];
        check_all_params_vjp("actor_loss_fd", &data, seed, 0.5, |scope, x| {
            let policy = actor.policy(&scope.child("actor"), &x[0]);
            let [actions, adv, w] = [&x[1], &x[2], &x[3]].map(|t| t.convert(DType::F64));
            objective.loss(&policy, &actions, &adv, &w).loss
        });
    }
}

/// The backprop path end to end: actor parameters -> reparameterised action samples (fixed
/// key) -> a toy reward -> lambda-returns -> normalised advantage -> actor loss. The
/// normaliser's statistics carry no gradient; the returns here spread less than 1, so the
/// scale is the constant floor 1 and finite differences see the same function.
#[test]
fn backprop_actor_gradient_through_returns_matches_finite_differences() {
    let actor = tiny_actor(ActionSpace::Continuous { dim: 2 });
    let objective = ActorObjective {
        gradient: ActorGradient::Backprop,
        entropy_scale: 3e-4,
    };
    let settings = ReturnSettings {
        discount: 0.99,
        lambda: 0.95,
        normalizer: ReturnNormalizer::new(&DreamerConfig::tiny().retnorm),
    };
    let values: Vec<f64> = normals(301, (H + 1) * N).iter().map(|x| 0.1 * x).collect();
    let data = [
        f64s(&[H + 1, N, F], &normals(300, (H + 1) * N * F)),
        f64s(&[H + 1, N], &values),
        f64s(&[H + 1, N], &[1.0; (H + 1) * N]),
        f32s(&[H + 1, N], &weights()), // stop-gradient in the loss: held fixed
        HostTensor::scalar(0.0f32),
    ];
    let build = |scope: &viper::nn::Scope, x: &[Tensor]| -> Tensor {
        let policy = actor.policy(&scope.child("actor"), &x[0]);
        let actions = policy.sample(&RngKey::from_seed(&x[0], 7)); // (H+1, N, 2)
        let reward = -(&actions - 0.3).square().sum(&[2]) * 0.1; // (H+1, N)
        let terms = [CriticTerm {
            name: "toy".to_string(),
            scale: 1.0,
            rewards: reward.slice_axis(0, 1, H + 1),
            values: x[1].clone(),
            normalizer: NormalizerState {
                low: x[4].clone(),
                high: x[4].clone(),
            },
        }];
        let mixed = mix_advantages(&terms, &x[2], &settings).unwrap();
        let w = x[3].convert(DType::F64);
        objective.loss(&policy, &actions, &mixed.advantage, &w).loss
    };
    // Confirm the premise: the returns' P95 - P5, shrunk by the EMA, is far below 1.
    let probe = run_layer_with(
        "probe",
        &data,
        5,
        |_| {},
        |scope, x| {
            let policy = actor.policy(&scope.child("actor"), &x[0]);
            let actions = policy.sample(&RngKey::from_seed(&x[0], 7));
            let reward = -(&actions - 0.3).square().sum(&[2]) * 0.1;
            vec![lambda_returns(
                &reward.slice_axis(0, 1, H + 1),
                &x[1],
                &x[2],
                0.99,
                0.95,
            )]
        },
    );
    let ret = probe.out(0);
    assert!(0.01 * (percentile(ret, 95.0) - percentile(ret, 5.0)) < 1.0);
    check_all_params_vjp("backprop_actor_fd", &data, 5, 0.5, build);
}

#[test]
fn critic_loss_gradients_match_finite_differences() {
    let critic = Critic {
        head: MlpHead {
            mlp: Mlp::new(F, 1, UNITS, DType::F64),
            outputs: 15,
            outscale: 0.0,
        },
    };
    // Every data input is a stop-gradient constant of the loss: f32, so the checker holds it.
    let returns: Vec<f64> = normals(402, H * N).iter().map(|x| 3.0 * x).collect();
    let data = [
        f32s(&[H + 1, N, F], &normals(400, (H + 1) * N * F)),
        f32s(&[H + 1, N], &normals(401, (H + 1) * N)),
        f32s(&[H, N], &returns),
        f32s(&[H + 1, N], &weights()),
    ];
    check_all_params_vjp("critic_loss_fd", &data, 9, 0.5, |scope, x| {
        let [features, slow, returns, w] =
            [&x[0], &x[1], &x[2], &x[3]].map(|t| t.convert(DType::F64));
        let online = critic.dist(&scope.child("critic"), &features.stop_gradient());
        critic_loss(&online, &slow, &returns, &w, 1.0)
    });
}
