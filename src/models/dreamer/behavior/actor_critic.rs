//! The imagination actor-critic (DreamerV3 v1 `ImagActorCritic` with one `VFunction` per
//! reward, reference brief §4.3 and §3.4) as traced functions: imagine with the actor, then
//! the actor loss and every critic's loss on that trajectory, so a train step takes the
//! actor's gradient of `actor.loss` and each critic's gradient of its own loss in one graph.
//!
//! Parameters under the behaviour's scope: `actor/..`, `critic/<name>/..` and
//! `slow_critic/<name>/..` (pair them with `pair_slow_params(specs, "<scope>/critic",
//! "<scope>/slow_critic")`). The world model stays frozen here: only its outputs
//! (trajectory, rewards, continue flags) enter, and the caller differentiates with respect
//! to the behaviour's parameters only.
//!
//! Order of the reference, kept: the critics' targets are the lambda-returns computed with
//! the online critics before their update (here: the same graph, before the optimizer), and
//! the actor sees the normalisers updated with this batch's returns.

use super::actor::{Actor, ActorLoss, ActorObjective};
use super::critic::{critic_loss, Critic};
use super::normalizer::{NormalizerState, ReturnNormalizer};
use super::prior::{mix_advantages, CriticTerm, ReturnSettings};
use super::returns::{discount_from_horizon, trajectory_weights};
use super::BehaviorError;
use crate::envs::ActionSpace;
use crate::graph::ops::random::RngKey;
use crate::graph::Tensor;
use crate::models::dreamer::config::DreamerConfig;
use crate::models::dreamer::rssm::{Imagined, RssmState};
use crate::models::dreamer::world_model::WorldModel;
use crate::nn::Scope;

/// The actor-critic's configuration.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorCritic {
    pub actor: Actor,
    pub critic: Critic,
    pub objective: ActorObjective,
    pub returns: ReturnSettings,
    /// Weight of the slow-critic regulariser (`loss_scales.slowreg`, 1.0).
    pub slowreg: f64,
    /// Imagined steps (`imag_horizon`, 15).
    pub horizon: usize,
}

/// One critic's reward over the trajectory and its normaliser state.
#[derive(Clone, Debug)]
pub struct RewardInput {
    /// Names the critic's parameters (`critic/<name>`) and metrics.
    pub name: String,
    pub scale: f64,
    /// Rewards of states `1..=H`, `[H, N]`.
    pub rewards: Tensor,
    pub normalizer: NormalizerState,
}

/// The trajectory as the losses see it.
#[derive(Clone, Debug)]
pub struct Trajectory {
    /// `[H + 1, N, F]` (with gradient: the backprop actor differentiates through it).
    pub features: Tensor,
    /// `[H + 1, N, A]`.
    pub actions: Tensor,
    /// Continue flags `[H + 1, N]`, entry 0 from the start states.
    pub conts: Tensor,
}

/// Everything one behaviour update needs, traced.
pub struct ImaginationLosses {
    pub actor: ActorLoss,
    /// Per reward, in the order given: the critic's loss (scalar).
    pub critics: Vec<Tensor>,
    /// Per reward, in the order given: the updated normaliser state.
    pub normalizers: Vec<NormalizerState>,
    /// `[H + 1, N]`.
    pub weights: Tensor,
    /// Per reward: returns, scale and reward statistics; the critics' losses.
    pub metrics: Vec<(String, Tensor)>,
}

impl ActorCritic {
    pub fn new(config: &DreamerConfig, space: &ActionSpace) -> Self {
        ActorCritic {
            actor: Actor::new(config, space),
            critic: Critic::new(config),
            objective: ActorObjective::new(space, config),
            returns: ReturnSettings {
                discount: discount_from_horizon(config.horizon),
                lambda: config.return_lambda,
                normalizer: ReturnNormalizer::new(&config.retnorm),
            },
            slowreg: config.loss_scales.slowreg,
            horizon: config.imag_horizon,
        }
    }

    /// Imagines `horizon` steps from `start [N, ..]` with the world model (its parameters
    /// under `model_scope`, the scope its loss was traced with) and the actor under
    /// `scope/actor`, which samples from the stop-gradient features. `start` should carry no
    /// gradient (the replay posteriors, `stop_gradient`ed), as in the reference.
    #[track_caller]
    pub fn imagine(
        &self,
        world_model: &WorldModel,
        model_scope: &Scope,
        scope: &Scope,
        start: &RssmState,
        key: &RngKey,
    ) -> Imagined {
        let actor_scope = scope.child("actor");
        let policy =
            |features: &Tensor, key: &RngKey| self.actor.policy(&actor_scope, features).sample(key);
        world_model.imagine(model_scope, start, self.horizon, key, &policy)
    }

    /// The actor's and the critics' losses on a trajectory with one reward per critic.
    #[track_caller]
    pub fn losses(
        &self,
        scope: &Scope,
        trajectory: &Trajectory,
        rewards: &[RewardInput],
    ) -> Result<ImaginationLosses, BehaviorError> {
        let features = &trajectory.features;
        let still = features.stop_gradient();
        let critic_scope = |name: &str| scope.child(&format!("critic/{name}"));
        let terms: Vec<CriticTerm> = rewards
            .iter()
            .map(|r| CriticTerm {
                name: r.name.clone(),
                scale: r.scale,
                rewards: r.rewards.clone(),
                // The online critic's values along the trajectory, with gradient to the
                // features (the backprop actor sees how states change the baseline).
                values: self.critic.dist(&critic_scope(&r.name), features).mean(),
                normalizer: r.normalizer.clone(),
            })
            .collect();
        let mixed = mix_advantages(&terms, &trajectory.conts, &self.returns)?;
        let weights = trajectory_weights(&trajectory.conts, self.returns.discount);
        let policy = self.actor.policy(&scope.child("actor"), &still);
        let actor = self
            .objective
            .loss(&policy, &trajectory.actions, &mixed.advantage, &weights);
        let mut metrics = mixed.metrics;
        let mut critics = Vec::with_capacity(rewards.len());
        for (r, returns) in rewards.iter().zip(&mixed.returns) {
            let online = self.critic.dist(&critic_scope(&r.name), &still);
            let slow = self
                .critic
                .dist(&scope.child(&format!("slow_critic/{}", r.name)), &still)
                .mean();
            let loss = critic_loss(&online, &slow, returns, &weights, self.slowreg);
            metrics.push((format!("{}/critic_loss", r.name), loss.clone()));
            critics.push(loss);
        }
        Ok(ImaginationLosses {
            actor,
            critics,
            normalizers: mixed.normalizers,
            weights,
            metrics,
        })
    }
}
