//! The report of a `viper pipeline` run: a markdown page with the final task returns (VIPER
//! agent, task-oracle agent, random policy, scripted expert), the stages' wall times and the
//! settings, and an SVG plot of task return against env steps.

use super::line_plot::{LinePlot, Series};
use std::fmt::Write;

/// File names inside the run directory.
pub const REPORT_FILE: &str = "report.md";
pub const RETURNS_PLOT_FILE: &str = "returns.svg";

/// One stage's line in the timing table.
#[derive(Clone, Debug)]
pub struct StageTiming {
    pub name: String,
    pub seconds: f64,
    /// CPU seconds of the stage's process, all threads (unknown off Linux); for a stage run
    /// side by side with others, from the group's start to this stage's end.
    pub cpu_seconds: Option<f64>,
    /// The stages it ran side by side with (empty: alone).
    pub alongside: Vec<String>,
    pub summary: String,
}

/// Total wall and CPU seconds of `stages`: stages run side by side started together, so their
/// group counts once, with its longest member's wall time and its last member's CPU time
/// (the group's, see [`StageTiming::cpu_seconds`]).
pub fn totals(stages: &[StageTiming]) -> (f64, Option<f64>) {
    // The group of a stage: its name and its partners', sorted.
    fn group(s: &StageTiming) -> Vec<&str> {
        let mut names: Vec<&str> = s.alongside.iter().map(String::as_str).collect();
        names.push(&s.name);
        names.sort_unstable();
        names
    }
    let mut groups: Vec<(Vec<&str>, f64, Option<f64>)> = Vec::new();
    for s in stages {
        let key = group(s);
        match groups.iter_mut().find(|(k, ..)| *k == key) {
            Some((_, wall, cpu)) => {
                *wall = wall.max(s.seconds);
                *cpu = cpu.zip(s.cpu_seconds).map(|(a, b)| a.max(b));
            }
            None => groups.push((key, s.seconds, s.cpu_seconds)),
        }
    }
    let wall = groups.iter().map(|(_, w, _)| w).sum();
    let cpu = groups.iter().map(|(.., c)| *c).sum();
    (wall, cpu)
}

/// Task returns of one policy's evaluation episodes.
#[derive(Clone, Debug)]
pub struct PolicyReturns {
    pub mean: f64,
    pub episodes: usize,
}

/// Everything the report shows; the numbers come from the stage markers.
#[derive(Clone, Debug)]
pub struct PipelineReport {
    pub env: String,
    /// The command line that produced the run.
    pub command: String,
    pub episode_length: usize,
    /// Env steps of each agent's training.
    pub agent_steps: u64,
    /// `(env step, mean task return of the training episodes ending there)`.
    pub viper_curve: Vec<(f64, f64)>,
    pub task_curve: Vec<(f64, f64)>,
    pub viper: PolicyReturns,
    pub task: PolicyReturns,
    pub expert: PolicyReturns,
    pub random: PolicyReturns,
    pub eval_seed: u64,
    /// Short `(setting, value)` pairs for the settings table.
    pub settings: Vec<(String, String)>,
    /// The whole settings object, pretty JSON.
    pub settings_json: String,
    pub stages: Vec<StageTiming>,
}

/// `value` as a percentage of `of` (empty when `of` is 0).
fn percent(value: f64, of: f64) -> String {
    if of == 0.0 {
        String::new()
    } else {
        format!("{:.1}%", 100.0 * value / of)
    }
}

/// Minutes and seconds, e.g. `3 min 07 s`.
pub fn duration(seconds: f64) -> String {
    let whole = seconds.round() as u64;
    if whole < 60 {
        format!("{seconds:.1} s")
    } else {
        format!("{} min {:02} s", whole / 60, whole % 60)
    }
}

impl PipelineReport {
    /// Task return against env steps: both agents' training episodes, the random policy's
    /// and the scripted expert's means as flat lines over the same steps.
    pub fn returns_plot(&self) -> LinePlot {
        let flat = |label: &str, value: f64| Series {
            label: label.to_string(),
            points: vec![(0.0, value), (self.agent_steps as f64, value)],
        };
        LinePlot {
            title: format!("{}: task return while training", self.env),
            x_label: "env steps".into(),
            y_label: "task return".into(),
            series: vec![
                Series {
                    label: "VIPER agent".into(),
                    points: self.viper_curve.clone(),
                },
                Series {
                    label: "task oracle".into(),
                    points: self.task_curve.clone(),
                },
                flat("random (mean)", self.random.mean),
                flat("scripted expert", self.expert.mean),
            ],
        }
    }

    /// The markdown page; `plot` is the plot's file name next to it.
    pub fn markdown(&self, plot: &str) -> String {
        let mut md = String::new();
        let (expert, random) = (self.expert.mean, self.random.mean);
        let _ = writeln!(md, "# VIPER pipeline on `{}`\n", self.env);
        let _ = writeln!(md, "Produced by `{}`.\n", self.command);
        let _ = writeln!(md, "## Final task returns\n");
        let _ = writeln!(
            md,
            "| policy | mean task return | episodes | % of expert | (x - random) / (expert - random) |"
        );
        let _ = writeln!(md, "| --- | ---: | ---: | ---: | ---: |");
        let rows = [
            (
                "VIPER agent (trained on the VIPER reward only)",
                &self.viper,
            ),
            ("task-oracle agent (trained on the task reward)", &self.task),
            ("random policy", &self.random),
            ("scripted expert", &self.expert),
        ];
        for (name, r) in rows {
            let _ = writeln!(
                md,
                "| {name} | {:.1} | {} | {} | {} |",
                r.mean,
                r.episodes,
                percent(r.mean, expert),
                if expert == random {
                    String::new()
                } else {
                    format!("{:.3}", (r.mean - random) / (expert - random))
                }
            );
        }
        let _ = writeln!(
            md,
            "\nAgents: greedy actions (the policy's mode), evaluated with the task reward on \
             episodes of {} steps from env seeds {}.., the scripted expert on the same seeds. \
             Random policy: uniform actions, its own episodes.\n",
            self.episode_length, self.eval_seed
        );
        let _ = writeln!(md, "![task return against env steps]({plot})\n");
        let _ = writeln!(
            md,
            "Training curves: the mean task return of the training episodes that ended at each \
             env step (actions sampled, the first {} env steps random; the VIPER agent's \
             training never sees the task reward, it is only logged).\n",
            self.settings
                .iter()
                .find(|(k, _)| k == "agent.prefill")
                .map_or("prefill", |(_, v)| v.as_str())
        );
        let _ = writeln!(md, "## Stages\n");
        let _ = writeln!(md, "| stage | wall time | CPU time | result |");
        let _ = writeln!(md, "| --- | ---: | ---: | --- |");
        let cpu = |c: Option<f64>| c.map_or("-".to_string(), duration);
        for s in &self.stages {
            let beside = match s.alongside.as_slice() {
                [] => String::new(),
                names => format!(" (with {})", names.join(", ")),
            };
            let _ = writeln!(
                md,
                "| {} | {} | {}{beside} | {} |",
                s.name,
                duration(s.seconds),
                cpu(s.cpu_seconds),
                s.summary
            );
        }
        let (total, total_cpu) = totals(&self.stages);
        let _ = writeln!(
            md,
            "| total | {} | {} | |\n",
            duration(total),
            cpu(total_cpu)
        );
        let _ = writeln!(
            md,
            "Wall time of the process that finished each stage (on a shared machine it includes \
             waiting for other jobs); CPU time of that process over all its threads (on an idle \
             machine, up to the wall time times the cores in use). Stages marked \"with\" ran \
             side by side in one process: their CPU time is the process's from the group's \
             start, so it includes the others'; the total counts each group once, at its \
             longest wall time.\n"
        );
        let _ = writeln!(md, "## Settings\n");
        let _ = writeln!(md, "| setting | value |");
        let _ = writeln!(md, "| --- | --- |");
        for (k, v) in &self.settings {
            let _ = writeln!(md, "| `{k}` | {v} |");
        }
        let _ = writeln!(
            md,
            "\n<details><summary>All settings (settings.json)</summary>\n\n```json\n{}\n```\n\n</details>",
            self.settings_json.trim_end()
        );
        md
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stage(name: &str, seconds: f64, cpu: f64, alongside: &[&str]) -> StageTiming {
        StageTiming {
            name: name.to_string(),
            seconds,
            cpu_seconds: Some(cpu),
            alongside: alongside.iter().map(|s| s.to_string()).collect(),
            summary: String::new(),
        }
    }

    #[test]
    fn a_group_side_by_side_counts_once_at_its_longest() {
        let stages = [
            stage("videogpt", 10.0, 15.0, &[]),
            stage("agent-viper", 100.0, 180.0, &["agent-task", "random"]),
            stage("agent-task", 80.0, 150.0, &["agent-viper", "random"]),
            stage("random", 2.0, 3.0, &["agent-viper", "agent-task"]),
            stage("eval", 5.0, 6.0, &[]),
        ];
        let (wall, cpu) = totals(&stages);
        assert_eq!(wall, 10.0 + 100.0 + 5.0);
        assert_eq!(cpu, Some(15.0 + 180.0 + 6.0));
        // Alone (markers of another run), each counts.
        let alone = [
            stage("agent-viper", 100.0, 90.0, &[]),
            stage("agent-task", 80.0, 70.0, &[]),
        ];
        assert_eq!(totals(&alone), (180.0, Some(160.0)));
        // A stage resumed alone after its group was killed is not that group.
        let mixed = [
            stage("agent-viper", 100.0, 180.0, &["agent-task"]),
            stage("agent-task", 30.0, 25.0, &[]),
        ];
        assert_eq!(totals(&mixed), (130.0, Some(205.0)));
    }
}
