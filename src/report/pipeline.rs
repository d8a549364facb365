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
    /// CPU seconds of the stage's process, all threads (unknown off Linux).
    pub cpu_seconds: Option<f64>,
    pub summary: String,
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
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} |",
                s.name,
                duration(s.seconds),
                cpu(s.cpu_seconds),
                s.summary
            );
        }
        let total: f64 = self.stages.iter().map(|s| s.seconds).sum();
        let total_cpu: Option<f64> = self.stages.iter().map(|s| s.cpu_seconds).sum();
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
             2-core machine the wall time is close to it: the agents' updates are small \
             programs that mostly keep one core busy).\n"
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
