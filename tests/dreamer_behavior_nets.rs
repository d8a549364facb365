//! The Dreamer behaviour networks and losses against host computations (tiny sizes, f64):
//! the actor's policy heads and loss in both forms (backprop for continuous, reinforce for
//! discrete actions), the two-hot critic loss with the slow regulariser, the Plan2Explore
//! ensemble's inputs, loss and reward. Gradients: `dreamer_behavior_grads.rs`.

mod dreamer_support;
mod nn_support;

use dreamer_support::fixtures::{f64s, one_hots, tiny_actor, weights, F, H, N, UNITS};

use dreamer_support::{log_softmax, mlp, output, sigmoid, two_hot};
use nn_support::{assert_close, host, normals, randomize, run_layer_with};
use viper::envs::ActionSpace;
use viper::graph::grad;
use viper::models::dreamer::behavior::{
    critic_loss, disagreement_inputs, disagreement_targets, Actor, ActorGradient, ActorObjective,
    Critic, Disagreement,
};
use viper::models::dreamer::{DreamerConfig, Mlp, MlpHead, RssmState};
use viper::nn::dist::TwoHotSymlog;
use viper::DType;

const HALF_LOG_TAU: f64 = 0.918_938_533_204_672_8;

/// Runs the actor loss on (features, actions, advantage, weights) and returns the loss, the
/// per-state log-probabilities and entropies, d loss / d advantage, and the parameters.
fn run_actor(
    actor: &Actor,
    objective: ActorObjective,
    actions: &[f64],
    seed: u64,
) -> (nn_support::Ran, Vec<f64>, Vec<f64>, Vec<f64>) {
    let a = actor.action_dim();
    let features = normals(seed, (H + 1) * N * F);
    let adv = normals(seed + 1, H * N);
    let w = weights();
    let data = [
        f64s(&[H + 1, N, F], &features),
        f64s(&[H + 1, N, a], actions),
        f64s(&[H, N], &adv),
        f64s(&[H + 1, N], &w),
    ];
    let ran = run_layer_with(
        "actor_loss",
        &data,
        seed,
        |tree| {
            randomize(tree, "bias", seed + 2);
            randomize(tree, "scale", seed + 3);
        },
        |scope, x| {
            let policy = actor.policy(&scope.child("actor"), &x[0]);
            let loss = objective.loss(&policy, &x[1], &x[2], &x[3]);
            let d_adv = grad(&loss.loss, &[&x[2]]).remove(0);
            vec![loss.loss, policy.log_prob(&x[1]), policy.entropy(), d_adv]
        },
    );
    (ran, features, adv, w)
}

/// The host loss from per-state log-probabilities and entropies.
fn host_actor_loss(
    gradient: ActorGradient,
    logp: &[f64],
    ent: &[f64],
    adv: &[f64],
    w: &[f64],
    eta: f64,
) -> f64 {
    let total: f64 = (0..H * N)
        .map(|i| {
            let objective = match gradient {
                ActorGradient::Backprop => -adv[i],
                ActorGradient::Reinforce => -logp[i] * adv[i],
            };
            (objective - eta * ent[i]) * w[i]
        })
        .sum();
    total / (H * N) as f64
}

#[test]
fn continuous_actor_loss_matches_host() {
    let actor = tiny_actor(ActionSpace::Continuous { dim: 2 });
    let objective = ActorObjective {
        gradient: ActorGradient::Backprop,
        entropy_scale: 0.1,
    };
    let actions: Vec<f64> = normals(50, (H + 1) * N * 2)
        .iter()
        .map(|x| 0.5 * x)
        .collect();
    let (ran, features, adv, w) = run_actor(&actor, objective, &actions, 11);
    let hidden = mlp(&ran.params, "actor", &features, F, 1, UNITS);
    let mean: Vec<f64> = output(&ran.params, "actor/mean", &hidden, UNITS, 2)
        .iter()
        .map(|x| x.tanh())
        .collect();
    let std: Vec<f64> = output(&ran.params, "actor/std", &hidden, UNITS, 2)
        .iter()
        .map(|x| 0.9 * sigmoid(x + 2.0) + 0.1)
        .collect();
    let rows = (H + 1) * N;
    let logp: Vec<f64> = (0..rows)
        .map(|r| {
            (0..2)
                .map(|j| {
                    let (m, s, x) = (mean[2 * r + j], std[2 * r + j], actions[2 * r + j]);
                    -0.5 * ((x - m) / s).powi(2) - s.ln() - HALF_LOG_TAU
                })
                .sum()
        })
        .collect();
    let ent: Vec<f64> = (0..rows)
        .map(|r| {
            (0..2)
                .map(|j| 0.5 + HALF_LOG_TAU + std[2 * r + j].ln())
                .sum()
        })
        .collect();
    assert_close("log_prob", ran.out(1), &logp, 1e-10);
    assert_close("entropy", ran.out(2), &ent, 1e-10);
    let loss = host_actor_loss(ActorGradient::Backprop, &logp, &ent, &adv, &w, 0.1);
    assert_close("loss", ran.out(0), &[loss], 1e-10);
    // Backprop: the loss is -adv weighted, so d loss / d adv = -w / (H N).
    let expected: Vec<f64> = (0..H * N).map(|i| -w[i] / (H * N) as f64).collect();
    assert_close("d loss / d adv", ran.out(3), &expected, 1e-12);
}

#[test]
fn discrete_actor_loss_matches_host() {
    let k = 3;
    let actor = tiny_actor(ActionSpace::Discrete { n: k });
    let objective = ActorObjective::new(&ActionSpace::Discrete { n: k }, &DreamerConfig::tiny());
    assert_eq!(objective.gradient, ActorGradient::Reinforce);
    assert_eq!(objective.entropy_scale, 3e-4);
    let actions = one_hots(60, (H + 1) * N, k);
    let (ran, features, adv, w) = run_actor(&actor, objective, &actions, 21);
    let hidden = mlp(&ran.params, "actor", &features, F, 1, UNITS);
    let logits = output(&ran.params, "actor/logits", &hidden, UNITS, k);
    let rows = (H + 1) * N;
    let mut logp = vec![0.0; rows];
    let mut ent = vec![0.0; rows];
    for r in 0..rows {
        let soft: Vec<f64> = log_softmax(&logits[r * k..(r + 1) * k])
            .iter()
            .map(|l| l.exp())
            .collect();
        let probs: Vec<f64> = soft.iter().map(|p| 0.99 * p + 0.01 / k as f64).collect();
        let pick = (0..k).find(|&j| actions[r * k + j] == 1.0).unwrap();
        logp[r] = probs[pick].ln();
        ent[r] = -probs.iter().map(|p| p * p.ln()).sum::<f64>();
    }
    assert_close("log_prob", ran.out(1), &logp, 1e-10);
    assert_close("entropy", ran.out(2), &ent, 1e-10);
    let loss = host_actor_loss(ActorGradient::Reinforce, &logp, &ent, &adv, &w, 3e-4);
    assert_close("loss", ran.out(0), &[loss], 1e-10);
    // Reinforce stops the advantage's gradient.
    assert_close("d loss / d adv", ran.out(3), &[0.0; H * N], 0.0);
}

#[test]
fn critic_loss_matches_host_two_hot() {
    let bins = 255;
    let logits = normals(70, (H + 1) * N * bins);
    let returns: Vec<f64> = normals(71, H * N).iter().map(|x| 30.0 * x).collect();
    let slow: Vec<f64> = normals(72, (H + 1) * N).iter().map(|x| 5.0 * x).collect();
    let w = weights();
    let ran = run_layer_with(
        "critic_loss",
        &[
            f64s(&[H + 1, N, bins], &logits),
            f64s(&[H + 1, N], &slow),
            f64s(&[H, N], &returns),
            f64s(&[H + 1, N], &w),
        ],
        0,
        |_| {},
        |_, x| {
            vec![critic_loss(
                &TwoHotSymlog::new(&x[0]),
                &x[1],
                &x[2],
                &x[3],
                0.7,
            )]
        },
    );
    let grid: Vec<f64> = (0..bins).map(|i| -20.0 + 40.0 * i as f64 / 254.0).collect();
    let nll = |row: usize, target: f64| -> f64 {
        let lp = log_softmax(&logits[row * bins..(row + 1) * bins]);
        -two_hot(target, &grid)
            .iter()
            .zip(&lp)
            .map(|(a, b)| a * b)
            .sum::<f64>()
    };
    let total: f64 = (0..H * N)
        .map(|i| (nll(i, returns[i]) + 0.7 * nll(i, slow[i])) * w[i])
        .sum();
    assert_close("critic loss", ran.out(0), &[total / (H * N) as f64], 1e-10);
}

#[test]
fn critic_starts_at_zero_value() {
    let mut critic = Critic::new(&DreamerConfig::tiny());
    critic.head.mlp.in_features = F;
    let ran = run_layer_with(
        "critic_init",
        &[host(DType::F32, &[N, F], &normals(80, N * F))],
        0,
        |_| {},
        |scope, x| {
            let dist = critic.dist(&scope.child("critic"), &x[0]);
            vec![dist.mean(), dist.logits]
        },
    );
    assert_eq!(ran.dims(1), &[N, 255]);
    assert_close("zero-initialised output", ran.out(0), &[0.0; N], 0.0);
}

fn tiny_disag() -> Disagreement {
    Disagreement {
        heads: 3,
        head: MlpHead {
            mlp: Mlp::new(5, 1, UNITS, DType::F64),
            outputs: 4,
            outscale: 1.0,
        },
    }
}

#[test]
fn disagreement_reward_and_loss_match_host() {
    let d = tiny_disag();
    let (b, t) = (2, 4);
    let traj = normals(90, (H + 1) * N * 5);
    let seq = normals(91, b * t * 5);
    let targets = normals(92, b * t * 4);
    let ran = run_layer_with(
        "disag",
        &[
            f64s(&[H + 1, N, 5], &traj),
            f64s(&[b, t, 5], &seq),
            f64s(&[b, t, 4], &targets),
        ],
        3,
        |tree| randomize(tree, "bias", 4),
        |scope, x| {
            let s = scope.child("disag");
            vec![d.reward(&s, &x[0]), d.loss(&s, &x[1], &x[2])]
        },
    );
    let predict = |k: usize, x: &[f64]| {
        let prefix = format!("disag/head{k}");
        let hidden = mlp(&ran.params, &prefix, x, 5, 1, UNITS);
        output(&ran.params, &format!("{prefix}/out"), &hidden, UNITS, 4)
    };
    let preds: Vec<Vec<f64>> = (0..3).map(|k| predict(k, &traj)).collect();
    let mut reward = Vec::new();
    for row in N..(H + 1) * N {
        let mut total = 0.0;
        for j in 0..4 {
            let p: Vec<f64> = (0..3).map(|k| preds[k][row * 4 + j]).collect();
            let m = p.iter().sum::<f64>() / 3.0;
            total += (p.iter().map(|v| (v - m).powi(2)).sum::<f64>() / 3.0).sqrt();
        }
        reward.push(total / 4.0);
    }
    assert_eq!(ran.dims(0), &[H, N]);
    assert_close("disagreement reward", ran.out(0), &reward, 1e-10);
    let mut loss = 0.0;
    for k in 0..3 {
        let p = predict(k, &seq);
        let mut sum = 0.0;
        for bi in 0..b {
            for ti in 0..t - 1 {
                let (row, next) = (bi * t + ti, bi * t + ti + 1);
                sum += (0..4)
                    .map(|j| (p[row * 4 + j] - targets[next * 4 + j]).powi(2))
                    .sum::<f64>();
            }
        }
        loss += sum / (b * (t - 1)) as f64;
    }
    assert_close("disagreement loss", ran.out(1), &[loss], 1e-10);
}

/// Heads that agree exactly (all copies of head 0) give no disagreement, and the reward's
/// gradient with respect to the imagined inputs (what the actor backpropagates through) is
/// finite there: the square root's infinite slope at zero variance once made it NaN.
#[test]
fn disagreement_reward_gradient_is_finite_where_heads_agree() {
    let d = tiny_disag();
    let traj = normals(93, (H + 1) * N * 5);
    let copy_head0 = |tree: &mut viper::nn::ParamTree| {
        let names: Vec<String> = tree
            .names()
            .filter(|n| n.starts_with("disag/head0/"))
            .map(str::to_string)
            .collect();
        for name in names {
            let value = tree.get(&name).unwrap().clone();
            for k in 1..3 {
                let other = name.replacen("head0", &format!("head{k}"), 1);
                tree.set(&other, value.clone()).unwrap();
            }
        }
    };
    let ran = run_layer_with(
        "disag_agree",
        &[f64s(&[H + 1, N, 5], &traj)],
        3,
        copy_head0,
        |scope, x| {
            let reward = d.reward(&scope.child("disag"), &x[0]);
            let gradient = grad(&reward.sum_all(), &[&x[0]]).remove(0);
            vec![reward, gradient]
        },
    );
    // Zero variance reads as the floor's std, 1e-6.
    assert_close("zero disagreement", ran.out(0), &[1e-6; H * N], 1e-12);
    assert!(
        ran.out(1).iter().all(|g| g.is_finite()),
        "gradient {:?}",
        ran.out(1)
    );
}

#[test]
fn disagreement_inputs_concatenate_deter_stoch_and_action() {
    let config = DreamerConfig::tiny();
    let space = ActionSpace::Discrete { n: 3 };
    let d = Disagreement::new(&config, &space);
    let (s, c, det) = (config.stoch, config.classes, config.deter);
    assert_eq!(d.heads, config.disag_heads);
    assert_eq!(d.head.mlp.in_features, det + s * c + 3);
    assert_eq!(d.head.outputs, s * c);
    let (b, t) = (2, 3);
    let deter = normals(500, b * t * det);
    let stoch = normals(501, b * t * s * c);
    let action = normals(502, b * t * 3);
    let ran = run_layer_with(
        "disag_inputs",
        &[
            f64s(&[b, t, det], &deter),
            f64s(&[b, t, s, c], &stoch),
            f64s(&[b, t, 3], &action),
        ],
        0,
        |_| {},
        |_, x| {
            let states = RssmState {
                deter: x[0].clone(),
                stoch: x[1].clone(),
                logits: x[1].clone(),
            };
            vec![
                disagreement_inputs(&states, &x[2]),
                disagreement_targets(&states),
            ]
        },
    );
    let width = det + s * c + 3;
    assert_eq!(ran.dims(0), &[b, t, width]);
    assert_eq!(ran.dims(1), &[b, t, s * c]);
    let mut expected = Vec::new();
    for r in 0..b * t {
        expected.extend_from_slice(&deter[r * det..(r + 1) * det]);
        expected.extend_from_slice(&stoch[r * s * c..(r + 1) * s * c]);
        expected.extend_from_slice(&action[r * 3..(r + 1) * 3]);
    }
    assert_close("inputs", ran.out(0), &expected, 0.0);
    assert_close("targets", ran.out(1), &stoch, 0.0);
}
