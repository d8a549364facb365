//! What the world model tells the behaviour about an imagined trajectory (DreamerV3 v1
//! `WorldModel.imagine` and the reward functions of VIPER's behaviours, reference brief §4.3,
//! §3.4): the rewards of each critic for states `1..=H` and the continue flags.
//!
//! | critic | reward of state `t` (`t = 1..=H`) |
//! |--------|------------------------------------|
//! | `extr` | reward head's mean (task oracle) |
//! | `density` | density head's mean (the VIPER video-model likelihood it learned) |
//! | `disag` | Plan2Explore ensemble disagreement |
//!
//! Continue flags: the continue head's mode at every imagined state, except the first, which
//! is `1 - is_terminal` of the start state.

use super::actor_critic::Trajectory;
use super::disag::{disagreement_inputs, Disagreement};
use super::returns::trajectory_conts;
use super::BehaviorError;
use crate::graph::Tensor;
use crate::models::dreamer::rssm::Imagined;
use crate::models::dreamer::world_model::WorldModel;
use crate::nn::Scope;

/// The models the rewards come from, with the scopes of their parameters.
pub struct RewardModels<'a, 's> {
    pub world_model: &'a WorldModel,
    /// The world model's scope (`reward`, `density`, `cont` heads below it).
    pub model_scope: &'a Scope<'s>,
    pub disagreement: &'a Disagreement,
    pub disagreement_scope: &'a Scope<'s>,
}

impl RewardModels<'_, '_> {
    /// Rewards `[H, N]` of the critics `(name, scale)` (e.g. `prior_critics`), in order.
    #[track_caller]
    pub fn rewards(
        &self,
        critics: &[(&str, f64)],
        imagined: &Imagined,
    ) -> Result<Vec<(String, f64, Tensor)>, BehaviorError> {
        let features = imagined.states.features();
        let steps = features.dims().first().copied().unwrap_or(0);
        let later = |t: &Tensor| t.slice_axis(0, 1, steps);
        critics
            .iter()
            .map(|&(name, scale)| {
                let all = match name {
                    "extr" => later(
                        &self
                            .world_model
                            .reward_dist(self.model_scope, &features)
                            .mean(),
                    ),
                    "density" => {
                        let dist = self
                            .world_model
                            .density_dist(self.model_scope, &features)
                            .ok_or_else(|| {
                                BehaviorError::Critics(
                                    "the `density` critic needs the world model's density head (config prior_rewards.density > 0)"
                                        .to_string(),
                                )
                            })?;
                        later(&dist.mean())
                    }
                    "disag" => self.disagreement.reward(
                        self.disagreement_scope,
                        &disagreement_inputs(&imagined.states, &imagined.actions),
                    ),
                    other => {
                        return Err(BehaviorError::Critics(format!(
                            "unknown reward `{other}` (expected extr, density or disag)"
                        )))
                    }
                };
                Ok((name.to_string(), scale, all))
            })
            .collect()
    }

    /// The trajectory the losses see: features, actions and continue flags (the continue
    /// head's mode, entry 0 replaced by `1 - is_terminal [N]` of the starts).
    #[track_caller]
    pub fn trajectory(&self, imagined: &Imagined, start_is_terminal: &Tensor) -> Trajectory {
        let features = imagined.states.features();
        let predicted = self
            .world_model
            .cont_dist(self.model_scope, &features)
            .mode();
        let first = -start_is_terminal.convert(predicted.dtype()) + 1.0;
        Trajectory {
            conts: trajectory_conts(&first, &predicted),
            features,
            actions: imagined.actions.clone(),
        }
    }
}
