//! The agent run's checkpoint: one directory `<logdir>/checkpoint` holding `state.safetensors`
//! (parameters, optimizer states, normalisers, slow-critic counter), `replay.npz`
//! (`Replay::save`, with the relabeler's pending steps) and `meta.json` (env, action space,
//! reward mode, config, counters, seed). Written into `checkpoint.tmp` and renamed over the
//! old one, so a kill leaves either the old or the new checkpoint whole.

use super::state::AgentState;
use super::AgentError;
use crate::data::replay::{RelabelState, Replay};
use crate::models::dreamer::DreamerConfig;
use crate::train::safetensors;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What identifies a run and where it stopped.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunMeta {
    pub env: String,
    /// Physics steps per agent step (`None`: the env's default); part of the task's control
    /// rate, so a resume with another value is refused and evaluation uses the same.
    #[serde(default)]
    pub action_repeat: Option<usize>,
    /// Agent steps per episode of the training envs (`None`: the env's default); what
    /// `eval-agent` uses unless told otherwise.
    #[serde(default)]
    pub episode_length: Option<usize>,
    /// `Debug` text of the env's `ActionSpace`.
    pub action_space: String,
    pub mode: super::RewardMode,
    /// The VIPER reward model's `RewardScorer::reward_spec` (`None` in task mode, and in
    /// checkpoints written before it was recorded: see `RunMeta::resume`).
    #[serde(default)]
    pub reward: Option<String>,
    pub config: DreamerConfig,
    pub seed: u64,
    pub env_steps: u64,
    pub updates: u64,
    pub episodes: u64,
    /// Fractional updates owed by the train ratio.
    pub updates_due: f64,
}

/// A checkpoint's meta accepted for this run.
#[derive(Clone, Debug, PartialEq)]
pub struct Resumed {
    /// What the run continues with (and its next checkpoint records).
    pub meta: RunMeta,
    /// A check that could not be made, for the user (stderr).
    pub warning: Option<String>,
}

impl RunMeta {
    /// Continues `saved` as `self`, or refuses when env, action space, reward mode, VIPER
    /// reward or model differ. A VIPER checkpoint written before the reward form was recorded
    /// cannot be checked for it: it is accepted with a warning, and takes this run's form so
    /// the next checkpoint records it.
    pub fn resume(&self, saved: RunMeta) -> Result<Resumed, AgentError> {
        self.check_resume(&saved)?;
        // A reward model that states no form (test scorers) has nothing to check or record.
        let form = match (&self.reward, &saved.reward) {
            (Some(form), None) if self.mode == super::RewardMode::Viper => form,
            _ => {
                return Ok(Resumed {
                    meta: saved,
                    warning: None,
                })
            }
        };
        let warning = format!(
            "the checkpoint predates the record of the VIPER reward form, so this run's form \
             ({form}) cannot be checked against the one its replay was scored with (another \
             --reward-scale or reward model would mix two reward forms); the next checkpoint \
             records this run's form"
        );
        Ok(Resumed {
            meta: RunMeta {
                reward: self.reward.clone(),
                ..saved
            },
            warning: Some(warning),
        })
    }

    /// Refuses to continue `saved` as `self` (see `resume`).
    fn check_resume(&self, saved: &RunMeta) -> Result<(), AgentError> {
        let differ = |what: &str, old: &dyn std::fmt::Debug, new: &dyn std::fmt::Debug| {
            Err(AgentError::State(format!(
                "cannot resume: the checkpoint's {what} is {old:?} but this run's is {new:?} (use another --logdir)"
            )))
        };
        if saved.env != self.env {
            return differ("env", &saved.env, &self.env);
        }
        if saved.action_repeat != self.action_repeat {
            return differ("action repeat", &saved.action_repeat, &self.action_repeat);
        }
        if saved.action_space != self.action_space {
            return differ("action space", &saved.action_space, &self.action_space);
        }
        if saved.mode != self.mode {
            return differ("reward mode", &saved.mode, &self.mode);
        }
        if saved.reward.is_some() && saved.reward != self.reward {
            return differ("VIPER reward", &saved.reward, &self.reward);
        }
        if saved.config != self.config {
            return differ("model config", &saved.config, &self.config);
        }
        Ok(())
    }
}

/// A loaded checkpoint: meta, carried values (in file order), replay, relabeler state.
pub type Saved = (RunMeta, AgentState, Replay, Option<RelabelState>);

pub fn checkpoint_dir(logdir: &Path) -> PathBuf {
    logdir.join("checkpoint")
}

fn io(path: &Path, e: impl std::fmt::Display) -> AgentError {
    AgentError::State(format!("checkpoint {}: {e}", path.display()))
}

/// Writes the checkpoint atomically (see the module doc).
pub fn save(
    logdir: &Path,
    meta: &RunMeta,
    state: &AgentState,
    replay: &Replay,
    relabel: Option<&RelabelState>,
) -> Result<(), AgentError> {
    let dir = checkpoint_dir(logdir);
    let tmp = logdir.join("checkpoint.tmp");
    let old = logdir.join("checkpoint.old");
    if tmp.exists() {
        std::fs::remove_dir_all(&tmp).map_err(|e| io(&tmp, e))?;
    }
    std::fs::create_dir_all(&tmp).map_err(|e| io(&tmp, e))?;
    let bytes = safetensors::encode(&state.values, &BTreeMap::new());
    let file = tmp.join("state.safetensors");
    std::fs::write(&file, bytes).map_err(|e| io(&file, e))?;
    replay
        .save(&tmp.join("replay.npz"), relabel)
        .map_err(|e| io(&tmp, e))?;
    let file = tmp.join("meta.json");
    let json = serde_json::to_string_pretty(meta).map_err(|e| io(&file, e))?;
    std::fs::write(&file, json).map_err(|e| io(&file, e))?;
    if dir.exists() {
        if old.exists() {
            std::fs::remove_dir_all(&old).map_err(|e| io(&old, e))?;
        }
        std::fs::rename(&dir, &old).map_err(|e| io(&dir, e))?;
    }
    std::fs::rename(&tmp, &dir).map_err(|e| io(&dir, e))?;
    if old.exists() {
        std::fs::remove_dir_all(&old).map_err(|e| io(&old, e))?;
    }
    Ok(())
}

/// The saved run (None when `logdir` has no checkpoint). A kill between the two renames of
/// `save` leaves only `checkpoint.old`, which is then used.
pub fn load(logdir: &Path) -> Result<Option<Saved>, AgentError> {
    let mut dir = checkpoint_dir(logdir);
    if !dir.exists() {
        dir = logdir.join("checkpoint.old");
        if !dir.exists() {
            return Ok(None);
        }
    }
    let file = dir.join("meta.json");
    let text = std::fs::read_to_string(&file).map_err(|e| io(&file, e))?;
    let meta: RunMeta = serde_json::from_str(&text).map_err(|e| io(&file, e))?;
    let file = dir.join("state.safetensors");
    let bytes = std::fs::read(&file).map_err(|e| io(&file, e))?;
    let decoded = safetensors::decode(&bytes).map_err(|e| io(&file, e))?;
    let (replay, relabel) = Replay::load(&dir.join("replay.npz")).map_err(|e| io(&dir, e))?;
    Ok(Some((
        meta,
        AgentState {
            values: decoded.tensors,
        },
        replay,
        relabel,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::RewardMode;

    fn meta(reward: Option<&str>) -> RunMeta {
        RunMeta {
            env: "builtin:cartpole_balance".into(),
            action_repeat: Some(8),
            episode_length: None,
            action_space: "Continuous { dim: 1 }".into(),
            mode: RewardMode::Viper,
            reward: reward.map(String::from),
            config: DreamerConfig::tiny(),
            seed: 0,
            env_steps: 0,
            updates: 0,
            episodes: 0,
            updates_due: 0.0,
        }
    }

    #[test]
    fn a_resume_with_another_viper_reward_is_refused_naming_both() {
        let (raw, scaled) = (
            Some("Joint, unscaled"),
            Some("Joint, scaled from [-150, -20]"),
        );
        let same = meta(raw).resume(meta(raw)).unwrap();
        assert_eq!((same.meta, same.warning), (meta(raw), None));
        let err = meta(scaled).resume(meta(raw)).unwrap_err().to_string();
        assert!(
            err.contains("VIPER reward") && err.contains("unscaled") && err.contains("[-150, -20]"),
            "{err}"
        );
    }

    #[test]
    fn a_viper_checkpoint_without_a_recorded_reward_warns_and_gets_it() {
        let scaled = Some("Joint, scaled from [-150, -20]");
        let mut saved = meta(None);
        saved.env_steps = 500;
        let resumed = meta(scaled).resume(saved.clone()).unwrap();
        let warning = resumed.warning.expect("a warning");
        assert!(
            warning.contains("predates the record of the VIPER reward form")
                && warning.contains("cannot be checked")
                && warning.contains("[-150, -20]"),
            "{warning}"
        );
        // The saved run continues (its counters), with this run's form recorded from now on.
        assert_eq!(resumed.meta.env_steps, 500);
        assert_eq!(resumed.meta.reward.as_deref(), scaled);
        assert_eq!(
            resumed.meta,
            RunMeta {
                reward: meta(scaled).reward,
                ..saved
            }
        );
    }

    #[test]
    fn without_a_reward_form_to_record_a_resume_does_not_warn() {
        let task = RunMeta {
            mode: RewardMode::Task,
            ..meta(None)
        };
        let resumed = task.resume(task.clone()).unwrap();
        assert_eq!((resumed.meta, resumed.warning), (task, None));
        // A reward model that states no form.
        let resumed = meta(None).resume(meta(None)).unwrap();
        assert_eq!((resumed.meta, resumed.warning), (meta(None), None));
    }
}
