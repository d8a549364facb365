//! Plan2Explore ensemble disagreement (reference V `expl.py::Disag`, brief §3.4): `heads`
//! MLPs (8) each predict the next posterior stochastic state (flattened one-hots) from the
//! current `[deter, stoch flat, action]`; the exploration reward is how much they disagree.
//!
//! | quantity | formula | shape |
//! |----------|---------|-------|
//! | inputs `x_t` | `concat[deter_t, stoch_t flat, action_t]` | `[.., D + S C + A]` |
//! | prediction `p^k(x)` | head `k`: `layers` x (`units`, LN, SiLU), then a linear output (`mse` mode) | `[.., S C]` |
//! | loss (replay `[B, T]`) | `sum_k mean_{b, t < T-1} sum_j (p^k_j(sg x_{b,t}) - sg z_{b,t+1,j})^2` | scalar |
//! | reward (trajectory `[H + 1, N]`) | `mean_j std_k p^k_j(x_t)` (population std), for `t = 1..H` | `[H, N]` |
//!
//! The loss is `-log N(target; prediction, 1)` summed over the dims up to its constant, as
//! the reference's `mse` distribution. Heads live under `<scope>/head{k}/..`.
//!
//! On replay, the inputs are the posteriors with the batch's own `action` at the same step
//! (the action taken after observing step `t`, which the RSSM feeds into step `t + 1`), as in
//! imagination, where `actions[t]` leads from state `t` to state `t + 1`.

use crate::envs::ActionSpace;
use crate::graph::Tensor;
use crate::models::dreamer::config::DreamerConfig;
use crate::models::dreamer::heads::MlpHead;
use crate::models::dreamer::rssm::{action_dim, RssmState};
use crate::nn::Scope;

/// The ensemble's configuration (parameters live in the scope): `heads` copies of `head`.
#[derive(Clone, Debug, PartialEq)]
pub struct Disagreement {
    pub heads: usize,
    /// One member: inputs `D + S C + A`, outputs `S C`, output init scale 1.
    pub head: MlpHead,
}

/// `concat[deter, stoch flat, action]` `[.., D + S C + A]` of states and actions `[.., ..]`.
#[track_caller]
pub fn disagreement_inputs(states: &RssmState, actions: &Tensor) -> Tensor {
    let features = states.features();
    Tensor::concatenate(&[&features, actions], features.rank().saturating_sub(1))
}

/// The target: the flattened stochastic state `[.., S C]`.
#[track_caller]
pub fn disagreement_targets(states: &RssmState) -> Tensor {
    let rank = states.stoch.rank();
    states.stoch.flatten(rank.saturating_sub(2), rank)
}

impl Disagreement {
    pub fn new(config: &DreamerConfig, space: &ActionSpace) -> Self {
        let inputs = config.feature_size() + action_dim(space);
        Disagreement {
            heads: config.disag_heads,
            head: MlpHead::new(config, inputs, config.stoch_size(), 1.0),
        }
    }

    /// Every head's prediction, stacked `[heads, .., S C]`.
    #[track_caller]
    pub fn predictions(&self, scope: &Scope, inputs: &Tensor) -> Tensor {
        let preds: Vec<Tensor> = (0..self.heads)
            .map(|k| {
                self.head
                    .logits(&scope.child(&format!("head{k}")), inputs)
                    .expand_dims(0)
            })
            .collect();
        if preds.is_empty() {
            return inputs.fail(
                "dreamer.disagreement",
                "needs at least one head".to_string(),
            );
        }
        Tensor::concatenate(&preds.iter().collect::<Vec<_>>(), 0)
    }

    /// The ensemble's loss on replay sequences: `inputs [B, T, ..]` predict `targets [B, T, S C]`
    /// one step ahead (module doc). Inputs and targets carry no gradient.
    #[track_caller]
    pub fn loss(&self, scope: &Scope, inputs: &Tensor, targets: &Tensor) -> Tensor {
        let (x, z) = (inputs.dims(), targets.dims());
        if x.len() != 3 || z.len() != 3 || x[..2] != z[..2] || x[1] < 2 {
            return inputs.fail(
                "dreamer.disagreement_loss",
                format!(
                    "needs inputs [B, T, ..] and targets [B, T, ..] with T >= 2, got {} and {}",
                    inputs.ty(),
                    targets.ty()
                ),
            );
        }
        let t = x[1];
        let inputs = inputs.slice_axis(1, 0, t - 1).stop_gradient();
        let targets = targets.slice_axis(1, 1, t).stop_gradient();
        let preds = self.predictions(scope, &inputs); // (heads, B, T-1, S C)
        let squared = (preds - targets.expand_dims(0)).square().sum(&[3]); // (heads, B, T-1)
        squared.mean(&[1, 2]).sum_all()
    }

    /// The exploration reward of an imagined trajectory's `inputs [H + 1, N, ..]`: the
    /// disagreement at steps `1..=H`, `[H, N]`.
    #[track_caller]
    pub fn reward(&self, scope: &Scope, inputs: &Tensor) -> Tensor {
        let x = inputs.dims();
        if x.len() < 2 || x[0] < 2 {
            return inputs.fail(
                "dreamer.disagreement_reward",
                format!(
                    "needs inputs [H + 1, N, ..] with H >= 1, got {}",
                    inputs.ty()
                ),
            );
        }
        let preds = self.predictions(scope, inputs); // (heads, H + 1, .., S C)
        let last = preds.rank() - 1;
        let centered = &preds - preds.mean(&[0]).expand_dims(0);
        // The variance is floored at 1e-12 (std 1e-6) before the root: where the heads agree
        // to f32 precision it is 0, the root's derivative there is infinite and the actor's
        // backprop gradient became NaN (updates skipped for `actor_grad_norm`); below the floor
        // the gradient is now 0 and every larger std is unchanged.
        let variance = centered.square().mean(&[0]);
        let std = variance.maximum(&variance.scalar_like(1e-12)).sqrt(); // (H + 1, .., S C)
        std.mean(&[last - 1]).slice_axis(0, 1, x[0])
    }
}
