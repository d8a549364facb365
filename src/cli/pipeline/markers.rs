//! The pipeline's stages and their markers: a finished stage writes `DIR/stages/<name>.json`
//! (the settings it depends on, its duration and its results) atomically, so a re-run skips
//! it; a marker whose settings differ from this run's is an error naming the first differing
//! setting, unless `--restart-from` clears that stage (and the stages built on it) first.

use super::settings::PipelineSettings;
use anyhow::{bail, Context};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The folder of the markers inside the run directory.
pub const STAGES_DIR: &str = "stages";

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Stage {
    /// Scripted-expert episodes -> DIR/data.
    Collect,
    /// VQ-GAN on the expert frames -> DIR/vqgan.
    Vqgan,
    /// VideoGPT on the expert videos' codes -> DIR/videogpt.
    Videogpt,
    /// Agent on the VIPER reward alone -> DIR/agent-viper.
    AgentViper,
    /// Task-oracle agent, same budget -> DIR/agent-task.
    AgentTask,
    /// Random policy's task returns.
    Random,
    /// Both agents' task returns (greedy) next to the scripted expert's.
    Eval,
    /// DIR/report.md and the plots (always rewritten).
    Report,
}

impl Stage {
    pub const ALL: [Stage; 8] = [
        Stage::Collect,
        Stage::Vqgan,
        Stage::Videogpt,
        Stage::AgentViper,
        Stage::AgentTask,
        Stage::Random,
        Stage::Eval,
        Stage::Report,
    ];

    /// The name on the command line, in markers and in logs.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Collect => "collect",
            Stage::Vqgan => "vqgan",
            Stage::Videogpt => "videogpt",
            Stage::AgentViper => "agent-viper",
            Stage::AgentTask => "agent-task",
            Stage::Random => "random",
            Stage::Eval => "eval",
            Stage::Report => "report",
        }
    }

    /// Whether this stage runs side by side with the other such stages not yet done (the two
    /// agents and the random policy): none reads another's output, and a small agent's
    /// update keeps only one of two cores busy, so together they take about the wall time
    /// of the longest.
    pub fn runs_side_by_side(self) -> bool {
        matches!(self, Stage::AgentViper | Stage::AgentTask | Stage::Random)
    }

    /// `[k/8 name]`, the label of this stage's lines.
    pub fn tag(self) -> String {
        let k = Stage::ALL.iter().position(|&s| s == self).unwrap_or(0);
        format!("[{}/{} {}]", k + 1, Stage::ALL.len(), self.name())
    }

    /// The stages whose outputs this one reads.
    pub fn inputs(self) -> &'static [Stage] {
        match self {
            Stage::Collect | Stage::AgentTask | Stage::Random => &[],
            Stage::Vqgan => &[Stage::Collect],
            Stage::Videogpt => &[Stage::Collect, Stage::Vqgan],
            Stage::AgentViper => &[Stage::Videogpt],
            Stage::Eval => &[Stage::AgentViper, Stage::AgentTask],
            Stage::Report => &[
                Stage::Collect,
                Stage::AgentViper,
                Stage::AgentTask,
                Stage::Random,
                Stage::Eval,
            ],
        }
    }

    /// Whether this stage reads, directly or not, what `other` made.
    pub fn builds_on(self, other: Stage) -> bool {
        self.inputs()
            .iter()
            .any(|&i| i == other || i.builds_on(other))
    }

    /// The top-level settings keys this stage's own work depends on.
    fn own_keys(self) -> &'static [&'static str] {
        match self {
            Stage::Collect => &["env", "seed", "episode_length", "action_repeat", "collect"],
            Stage::Vqgan => &["vqgan"],
            Stage::Videogpt => &["videogpt"],
            Stage::AgentViper | Stage::AgentTask => {
                &["env", "seed", "episode_length", "action_repeat", "agent"]
            }
            Stage::Random => &["env", "seed", "episode_length", "action_repeat", "random"],
            Stage::Eval => &["env", "seed", "episode_length", "action_repeat", "eval"],
            Stage::Report => &[],
        }
    }

    /// The settings keys of this stage and of every stage it builds on, sorted.
    pub fn setting_keys(self) -> Vec<&'static str> {
        let mut keys: Vec<&str> = self.own_keys().to_vec();
        for &input in self.inputs() {
            keys.extend(input.setting_keys());
        }
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// The part of `settings` (the whole settings object) this stage depends on.
    pub fn settings_of(self, settings: &Value) -> Value {
        let keys = self.setting_keys();
        let picked = settings
            .as_object()
            .map(|m| {
                m.iter()
                    .filter(|(k, _)| keys.contains(&k.as_str()))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .unwrap_or_default();
        Value::Object(picked)
    }

    /// The folder this stage works in (none for the stages that only measure).
    pub fn work_dir(self, run_dir: &Path) -> Option<PathBuf> {
        let name = match self {
            Stage::Collect => "data",
            Stage::Vqgan | Stage::Videogpt | Stage::AgentViper | Stage::AgentTask => self.name(),
            Stage::Random | Stage::Eval | Stage::Report => return None,
        };
        Some(run_dir.join(name))
    }

    pub fn marker_path(self, run_dir: &Path) -> PathBuf {
        run_dir
            .join(STAGES_DIR)
            .join(format!("{}.json", self.name()))
    }
}

/// What a finished stage leaves: the settings it ran with, how long it took, what it found.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Marker {
    pub stage: String,
    /// `Stage::settings_of` the run's settings.
    pub settings: Value,
    /// Wall seconds of the process that finished the stage (a resumed stage counts only the
    /// last process).
    pub seconds: f64,
    /// CPU seconds (all threads) of that process during the stage: on a shared machine, a
    /// better guide than `seconds` to the time on an idle one. For a stage run side by side
    /// with others, the process's from the start of the group to this stage's end (the
    /// process's CPU cannot be split between threads' stages), which includes theirs.
    pub cpu_seconds: Option<f64>,
    /// The stages this process ran side by side with this one (empty: it ran alone).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alongside: Vec<String>,
    /// Unix time when it finished.
    pub finished_unix: u64,
    pub result: Value,
}

impl Marker {
    /// The marker of `stage`, if it finished.
    pub fn read(run_dir: &Path, stage: Stage) -> anyhow::Result<Option<Marker>> {
        let path = stage.marker_path(run_dir);
        if !path.exists() {
            return Ok(None);
        }
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let marker = serde_json::from_str(&text).with_context(|| {
            format!(
                "{} is not a stage marker (delete it to run the stage again)",
                path.display()
            )
        })?;
        Ok(Some(marker))
    }

    /// The typed result of a finished stage.
    pub fn result_of<T: serde::de::DeserializeOwned>(
        run_dir: &Path,
        stage: Stage,
    ) -> anyhow::Result<T> {
        let marker = Marker::read(run_dir, stage)?.with_context(|| {
            format!(
                "stage {} has not finished in {}",
                stage.name(),
                run_dir.display()
            )
        })?;
        serde_json::from_value(marker.result).with_context(|| {
            format!(
                "the result in {} has an unexpected form",
                stage.marker_path(run_dir).display()
            )
        })
    }

    /// Writes the marker: a temporary file, then a rename, so it is whole or absent.
    pub fn write(&self, run_dir: &Path, stage: Stage) -> anyhow::Result<()> {
        let path = stage.marker_path(run_dir);
        let dir = run_dir.join(STAGES_DIR);
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let temp = dir.join(format!(".{}.json.tmp", stage.name()));
        let mut text = serde_json::to_string_pretty(self)?;
        text.push('\n');
        std::fs::write(&temp, text).with_context(|| format!("writing {}", temp.display()))?;
        std::fs::rename(&temp, &path).with_context(|| format!("writing {}", path.display()))?;
        Ok(())
    }
}

/// Leaf-by-leaf differences between two JSON values, as `(path, saved, current)`.
pub fn differences(saved: &Value, current: &Value) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    walk("", saved, current, &mut out);
    out
}

fn walk(path: &str, saved: &Value, current: &Value, out: &mut Vec<(String, String, String)>) {
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match (saved, current) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                let none = Value::Null;
                walk(
                    &join(key),
                    a.get(key).unwrap_or(&none),
                    b.get(key).unwrap_or(&none),
                    out,
                );
            }
        }
        (a, b) if a != b => out.push((path.to_string(), a.to_string(), b.to_string())),
        _ => {}
    }
}

/// The settings of `stage` that differ between its marker (`saved`) and this run (`settings`,
/// all of them). A setting the marker does not record (one added to viper after that run)
/// counts as its default, which is what such runs used: the value `settings` take with that
/// key removed.
fn changed_settings(
    saved: &Value,
    stage: Stage,
    settings: &Value,
) -> Vec<(String, String, String)> {
    let current = stage.settings_of(settings);
    let mut diffs = differences(saved, &current);
    diffs.retain(|(key, _, _)| {
        let path = pointer(key);
        let unrecorded = saved.pointer(&path).is_none();
        !(unrecorded && default_of(settings, key).as_ref() == current.pointer(&path))
    });
    diffs
}

/// `a.b.c` as a JSON pointer.
fn pointer(dotted: &str) -> String {
    dotted.split('.').map(|k| format!("/{k}")).collect()
}

/// The value the setting at `dotted` takes when the settings omit it (`None` when it has no
/// default).
fn default_of(settings: &Value, dotted: &str) -> Option<Value> {
    let mut without = settings.clone();
    let (parent, key) = match dotted.rsplit_once('.') {
        Some((parent, key)) => (pointer(parent), key),
        None => (String::new(), dotted),
    };
    without.pointer_mut(&parent)?.as_object_mut()?.remove(key)?;
    let parsed: PipelineSettings = serde_json::from_value(without).ok()?;
    parsed.to_json().pointer(&pointer(dotted)).cloned()
}

/// Refuses a run whose settings differ from a finished stage's marker, naming the setting.
pub fn check_finished(run_dir: &Path, settings: &Value) -> anyhow::Result<()> {
    for stage in Stage::ALL {
        let Some(marker) = Marker::read(run_dir, stage)? else {
            continue;
        };
        let diffs = changed_settings(&marker.settings, stage, settings);
        if let Some((key, saved, now)) = diffs.first() {
            let more = match diffs.len() {
                1 => String::new(),
                n => format!(" (and {} more setting(s))", n - 1),
            };
            bail!(
                "stage {} finished in {} with {key} = {saved}, but this run asks for {now}{more}; \
                 run with the same settings, choose another --out, or redo it and what builds \
                 on it with --restart-from {}",
                stage.name(),
                run_dir.display(),
                stage.name()
            );
        }
    }
    Ok(())
}

/// Removes the marker and work folder of `from` and of every stage that builds on it.
pub fn restart_from(run_dir: &Path, from: Stage) -> anyhow::Result<Vec<Stage>> {
    let mut cleared = Vec::new();
    for stage in Stage::ALL {
        if stage != from && !stage.builds_on(from) {
            continue;
        }
        let marker = stage.marker_path(run_dir);
        if marker.exists() {
            std::fs::remove_file(&marker)
                .with_context(|| format!("removing {}", marker.display()))?;
        }
        if let Some(dir) = stage.work_dir(run_dir).filter(|d| d.exists()) {
            std::fs::remove_dir_all(&dir).with_context(|| format!("removing {}", dir.display()))?;
        }
        cleared.push(stage);
    }
    Ok(cleared)
}

/// CPU time of this process so far (user + system, all threads), from `/proc/self/stat`;
/// `None` where that file does not exist.
pub fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start at the last `)`.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name, in
    // USER_HZ ticks (100 per second in the Linux ABI).
    let ticks = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(ticks as f64 / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The collect stage's marker as a run before `collect.random_action_prob` existed wrote it.
    fn old_collect_marker(settings: &Value) -> Value {
        let mut saved = Stage::Collect.settings_of(settings);
        saved["collect"]
            .as_object_mut()
            .unwrap()
            .remove("random_action_prob")
            .unwrap();
        saved
    }

    #[test]
    fn a_setting_an_older_marker_lacks_counts_as_its_default() {
        let settings = PipelineSettings::default().to_json();
        let saved = old_collect_marker(&settings);
        assert!(changed_settings(&saved, Stage::Collect, &settings).is_empty());

        let mut noisy = settings.clone();
        noisy["collect"]["random_action_prob"] = serde_json::json!(0.2);
        let diffs = changed_settings(&saved, Stage::Collect, &noisy);
        assert_eq!(
            diffs,
            vec![(
                "collect.random_action_prob".to_string(),
                "null".to_string(),
                "0.2".to_string()
            )]
        );
    }

    #[test]
    fn a_recorded_setting_that_differs_is_still_a_change() {
        let settings = PipelineSettings::default().to_json();
        let saved = Stage::Collect.settings_of(&settings);
        let mut more = settings.clone();
        more["collect"]["episodes"] = serde_json::json!(21);
        let diffs = changed_settings(&saved, Stage::Collect, &more);
        assert_eq!(diffs.len(), 1);
        assert_eq!(diffs[0].0, "collect.episodes");
    }
}
