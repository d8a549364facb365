//! The settings of one `viper pipeline` run: the env, the seed, and each stage's sizes and step
//! counts, as one JSON object (`DIR/settings.json`). Resolved like every other config
//! (`config::load_config`): the defaults below, overlaid by `--config FILE`, by `--set
//! path=value` and `--env`, then `--steps-scale` multiplies the training step counts.
//!
//! Each stage depends on some top-level keys (`Stage::setting_keys`); its marker records their
//! values, so a re-run with other values is caught by name (`markers`).

use crate::config::load_config;
use crate::data::replay::FirstSteps;
use crate::envs::driver::DriverPolicy;
use crate::envs::EnvOptions;
use crate::models::dreamer::DreamerConfig;
use crate::models::videogpt::VideoGptConfig;
use crate::models::vqgan::VqganConfig;
use crate::reward::RewardScale;
use anyhow::{anyhow, bail, Context};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The default environment: its reward is dense under random play (pointmass is nearly sparse).
pub const DEFAULT_ENV: &str = "builtin:cartpole_balance";

/// Expert episodes for the video model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectSettings {
    pub episodes: usize,
    /// The expert's chance of a uniformly random action at each step (`collect
    /// --random-action-prob`): a noisy expert, whose videos also show its recoveries.
    #[serde(default)]
    pub random_action_prob: f64,
    /// The expert's cart set-point amplitude in metres (`collect --expert-roam`; ours, not the
    /// reference's): the plain expert holds the cart still at the centre, so its videos are
    /// nearly static and a video model trained on them scores any motion of the cart as low
    /// as a fallen pole. Absent in older settings, which read as 0.
    #[serde(default)]
    pub expert_roam: f64,
    /// Random-policy episodes whose frames the VQ-GAN also trains on (`DIR/tokenizer-data/`;
    /// ours, not the reference's): expert frames alone never show a fallen pole, so a
    /// tokenizer trained on them has no codes for one. The VideoGPT, and so the reward, still
    /// learns from the expert's videos alone. Absent in older settings, which read as 0.
    #[serde(default)]
    pub tokenizer_random_episodes: usize,
}

/// Both agents (VIPER and task oracle) get the same budget.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentSettings {
    /// Env steps over all envs.
    pub steps: u64,
    /// Random-policy env steps before training.
    pub prefill: u64,
    pub envs: usize,
    /// Env steps between checkpoints (a killed run resumes from the last one).
    pub checkpoint_every: u64,
    pub config: DreamerConfig,
    /// The VIPER agent's replay: each episode's steps before its first full reward window
    /// dropped (`drop`, the reference) or kept with that window's reward (`backfill`).
    /// Absent in older settings, which read as `drop`.
    #[serde(default)]
    pub first_steps: FirstSteps,
    /// The VIPER reward's form: the joint log-likelihood of the window (`false`, the
    /// reference's default) or the last frame's log-likelihood given the window's earlier
    /// frames (`true`, the paper's form). Absent in older settings, which read as `false`.
    #[serde(default)]
    pub conditional: bool,
    /// `[lo, hi]`: each VIPER reward becomes `clip((r - lo) / (hi - lo), 0, 1)` (the
    /// reference's optional scaler); `null` keeps the raw log-likelihood. Absent in older
    /// settings, which read as `null`.
    #[serde(default)]
    pub reward_scale: Option<[f64; 2]>,
}

impl AgentSettings {
    /// `reward_scale` as the reward model takes it (an error names the setting).
    pub fn reward_scale(&self) -> anyhow::Result<Option<RewardScale>> {
        self.reward_scale
            .map(|[lo, hi]| {
                RewardScale::new(lo, hi)
                    .map_err(|e| anyhow!("pipeline setting `agent.reward_scale` {e}"))
            })
            .transpose()
    }
}

/// Episodes of a stage that only runs a policy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EpisodeCount {
    pub episodes: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PipelineSettings {
    /// `SUITE:TASK`; needs a scripted expert.
    pub env: String,
    pub seed: u64,
    /// Agent steps per episode in every stage (`null`: the task's, 500 for the built-ins), so
    /// expert, random and agent returns are over the same horizon.
    pub episode_length: Option<usize>,
    /// Physics steps per agent step in every stage (`null`: the task's, 2 for the built-ins).
    #[serde(default)]
    pub action_repeat: Option<usize>,
    pub collect: CollectSettings,
    /// The VQ-GAN config (`total_steps` is its step count).
    pub vqgan: VqganConfig,
    /// The VideoGPT config (`total_steps` is its step count).
    pub videogpt: VideoGptConfig,
    pub agent: AgentSettings,
    /// The random policy's episodes.
    pub random: EpisodeCount,
    /// Evaluation episodes of each agent (and of the scripted expert, same seeds).
    pub eval: EpisodeCount,
}

impl Default for PipelineSettings {
    /// Tiny video models and the `cpu` agent preset, sized so the whole run fits in 30
    /// minutes on 2 CPU cores.
    fn default() -> Self {
        // Dead-code restarts keep the small codebook in use (README "VQ-GAN": usage 0.74 ->
        // 0.93 on the noisy expert's cart-pole frames, VideoGPT validation loss 0.44 -> 0.37).
        let vqgan = VqganConfig {
            code_restart_every: 50,
            ..VqganConfig::tiny()
        };
        let mut videogpt = VideoGptConfig::tiny();
        // One task in the dataset.
        videogpt.n_classes = Some(1);
        PipelineSettings {
            env: DEFAULT_ENV.to_string(),
            seed: 0,
            // Cart-pole at 12.5 Hz control for the DMC episode's 1000 physics steps: at the
            // DMC repeat of 2 an imagined 15-step horizon spans 0.3 s, too short to see a
            // push's effect on the pole, and learning takes far more updates than fit here.
            episode_length: Some(125),
            action_repeat: Some(8),
            collect: CollectSettings {
                episodes: 20,
                random_action_prob: 0.0,
                expert_roam: 0.0,
                tokenizer_random_episodes: 0,
            },
            vqgan,
            videogpt,
            agent: AgentSettings {
                steps: 16_000,
                prefill: 1000,
                envs: 4,
                checkpoint_every: 2000,
                config: DreamerConfig::cpu(),
                first_steps: FirstSteps::Drop,
                conditional: false,
                reward_scale: None,
            },
            random: EpisodeCount { episodes: 10 },
            eval: EpisodeCount { episodes: 8 },
        }
    }
}

/// A step count times `scale`, at least 1.
fn scaled(steps: u64, scale: f64) -> u64 {
    ((steps as f64 * scale).round() as u64).max(1)
}

impl PipelineSettings {
    /// Defaults, then `file`, then `env` (as `--set env=..`), then `overrides`, then
    /// `steps_scale` on the VQ-GAN, VideoGPT and agent step counts (and the agent's prefill).
    pub fn resolve(
        file: Option<&Path>,
        env: Option<&str>,
        overrides: &[String],
        steps_scale: Option<f64>,
    ) -> anyhow::Result<Self> {
        let mut all: Vec<String> = env.map(|e| format!("env={e}")).into_iter().collect();
        all.extend(overrides.iter().cloned());
        let mut s: PipelineSettings =
            load_config(file, PipelineSettings::default(), &all).context("pipeline settings")?;
        if let Some(scale) = steps_scale {
            if !(scale.is_finite() && scale > 0.0) {
                bail!("--steps-scale must be a positive number, got {scale}");
            }
            s.vqgan.total_steps = scaled(s.vqgan.total_steps as u64, scale) as usize;
            s.videogpt.total_steps = scaled(s.videogpt.total_steps as u64, scale) as usize;
            s.agent.steps = scaled(s.agent.steps, scale);
            s.agent.prefill = scaled(s.agent.prefill, scale);
        }
        s.check()?;
        Ok(s)
    }

    /// Settings the stages would fail on late, refused before anything runs.
    fn check(&self) -> anyhow::Result<()> {
        let counts = [
            ("collect.episodes", self.collect.episodes as u64),
            ("agent.steps", self.agent.steps),
            ("agent.envs", self.agent.envs as u64),
            ("agent.checkpoint_every", self.agent.checkpoint_every),
            ("random.episodes", self.random.episodes as u64),
            ("eval.episodes", self.eval.episodes as u64),
        ];
        if let Some((key, _)) = counts.iter().find(|(_, v)| *v == 0) {
            bail!("pipeline setting `{key}` must be at least 1");
        }
        if self.collect.episodes < 2 {
            bail!(
                "pipeline setting `collect.episodes` must be at least 2 (one goes to the test \
                 split the VideoGPT validates on), got {}",
                self.collect.episodes
            );
        }
        // `collect`'s own rule, checked here too so a bad value stops the run before any stage.
        DriverPolicy::noisy_expert(self.collect.random_action_prob)
            .map_err(|e| anyhow!("pipeline setting `collect.random_action_prob` {e}"))?;
        let roam = self.collect.expert_roam;
        if roam != 0.0 {
            // Refused before anything starts for any env but a built-in cart-pole (cheap to make).
            let options = EnvOptions {
                expert_roam: roam,
                ..EnvOptions::new(self.episode_length, self.action_repeat)
            };
            crate::envs::make(&self.env, &options)
                .map_err(|e| anyhow!("pipeline setting `collect.expert_roam` ({roam}): {e}"))?;
        }
        self.agent.reward_scale()?;
        if self.agent.prefill >= self.agent.steps {
            bail!(
                "pipeline setting `agent.prefill` ({}) must be below `agent.steps` ({}), or the \
                 agent never trains",
                self.agent.prefill,
                self.agent.steps
            );
        }
        self.videogpt.validate()?;
        self.vqgan.validate()?;
        self.agent.config.validate()?;
        Ok(())
    }

    /// The settings as a JSON object (what markers record).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("the settings serialise")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(sets: &[&str]) -> anyhow::Result<PipelineSettings> {
        let sets: Vec<String> = sets.iter().map(|s| s.to_string()).collect();
        PipelineSettings::resolve(None, None, &sets, None)
    }

    #[test]
    fn the_noisy_expert_probability_is_a_setting_in_the_unit_interval() {
        let s = resolve(&["collect.random_action_prob=0.25"]).unwrap();
        assert_eq!(s.collect.random_action_prob, 0.25);
        let err = format!(
            "{:#}",
            resolve(&["collect.random_action_prob=1.5"]).unwrap_err()
        );
        assert!(
            err.contains("collect.random_action_prob") && err.contains("1.5"),
            "{err}"
        );
    }

    #[test]
    fn the_reward_scale_is_checked_before_any_stage() {
        let s = resolve(&["agent.reward_scale=[-600, -20]", "agent.conditional=true"]).unwrap();
        let scale = s.agent.reward_scale().unwrap().unwrap();
        assert_eq!((scale.lo(), scale.hi()), (-600.0, -20.0));
        assert!(s.agent.conditional);
        assert!(resolve(&[])
            .unwrap()
            .agent
            .reward_scale()
            .unwrap()
            .is_none());
        let err = format!(
            "{:#}",
            resolve(&["agent.reward_scale=[0, -20]"]).unwrap_err()
        );
        assert!(
            err.contains("agent.reward_scale") && err.contains("lo < hi"),
            "{err}"
        );
    }

    #[test]
    fn expert_roam_is_checked_before_any_stage() {
        let s = resolve(&["collect.expert_roam=0.5"]).unwrap();
        assert_eq!(s.collect.expert_roam, 0.5);
        for (sets, named) in [
            (&["collect.expert_roam=2"][..], "[0, 1]"),
            (
                &["collect.expert_roam=0.5", "env=builtin:pointmass"][..],
                "pointmass",
            ),
        ] {
            let err = format!("{:#}", resolve(sets).unwrap_err());
            assert!(
                err.contains("collect.expert_roam") && err.contains(named),
                "{err}"
            );
        }
    }
}
