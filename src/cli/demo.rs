//! `viper demo [--out DIR] [--steps N] [--quiet]`: trains the small conv net of
//! `train::demo_task` (find a blob's position and colour in 32x32 images) through the whole
//! stack: traced model + autodiff + optimizer in one compiled step, parameters and optimizer
//! state on the device, TensorBoard events + `metrics.jsonl` + `config.json` and safetensors
//! checkpoints in the run directory. Re-running on the same directory resumes from its newest
//! checkpoint (and refuses a corrupt one). Ends with a summary of how far the loss fell.
//! TensorBoard shows every metric per step and, under `data/examples`, a strip of inputs.

use crate::config::{check_same_run, write_resolved_config, ConfigArgs};
use crate::host::HostTensor;
use crate::logging::{frames_from_tensor, video_strip, Progress, RunLogger};
use crate::optim::{Adam, Optimizer};
use crate::runtime::Client;
use crate::session::Session;
use crate::train::demo_task::{DemoTask, IMAGE_SIZE};
use crate::train::{CheckpointDir, StepMetrics, TrainStep, Trainer};
use anyhow::{bail, Context};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Clone, Debug, clap::Args)]
pub struct DemoArgs {
    /// Run directory (logs, config, checkpoints); an existing run there is resumed.
    #[arg(long, default_value = "runs/demo")]
    pub out: PathBuf,
    /// Total steps (overrides the config's `steps`).
    #[arg(long)]
    pub steps: Option<u64>,
    /// No progress bar and no per-interval lines; only the final summary.
    #[arg(long)]
    pub quiet: bool,
    #[command(flatten)]
    pub config: ConfigArgs,
}

/// The demo's configuration (`--config FILE`, `--set key=value`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoConfig {
    pub steps: u64,
    pub batch_size: usize,
    /// Data-parallel over this many devices (the batch is split among them).
    pub devices: usize,
    pub seed: u64,
    pub checkpoint_every: u64,
    pub keep_checkpoints: usize,
    /// Print a line every this many steps.
    pub print_every: u64,
    pub optimizer: Optimizer,
}

impl Default for DemoConfig {
    fn default() -> Self {
        DemoConfig {
            steps: 300,
            batch_size: 32,
            devices: 1,
            seed: 0,
            checkpoint_every: 100,
            keep_checkpoints: 2,
            print_every: 25,
            optimizer: Optimizer {
                clip_global_norm: Some(1.0),
                warmup_steps: 10,
                ..Optimizer::new(Adam::adamw(3e-3))
            },
        }
    }
}

/// What a finished demo run reports.
pub struct DemoSummary {
    pub steps_done: u64,
    pub resumed_from: Option<u64>,
    pub first_loss: Option<f64>,
    pub final_loss: f64,
    pub steps_per_second: f64,
}

/// The loss at step 1 from the run's `metrics.jsonl` (also when this process resumed later).
fn first_logged_loss(metrics: &Path) -> Option<f64> {
    let text = std::fs::read_to_string(metrics).ok()?;
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|v| v["step"].as_u64() == Some(1))
        .and_then(|v| v["loss"].as_f64())
}

fn describe(m: &StepMetrics, total: u64, rate: f64) -> String {
    let get = |n: &str| m.get(n).unwrap_or(f64::NAN);
    format!(
        "step {:>5}/{total}  loss {:.4}  colour acc {:.2}  position error {:.2} px  {rate:.1} steps/s",
        m.step,
        get("loss"),
        get("colour_accuracy"),
        get("position_error_px"),
    )
}

pub fn run(args: &DemoArgs, plugin: Option<&Path>) -> anyhow::Result<DemoSummary> {
    let mut config: DemoConfig = args.config.load(DemoConfig::default())?;
    if let Some(steps) = args.steps {
        config.steps = steps;
    }
    let dir = &args.out;
    let ckpts = CheckpointDir::new(dir.join("checkpoints"), config.keep_checkpoints);
    let latest = ckpts.load_latest()?;
    if let Some(ckpt) = &latest {
        check_same_run(&ckpt.config, &config, dir, "steps")?;
    }
    write_resolved_config(dir, &config)?;
    let session = Session::new(Client::new(plugin)?);
    let task = DemoTask {
        batch_size: config.batch_size,
    };
    let compile_start = Instant::now();
    let step = TrainStep::trace(
        "demo_step",
        &task.batch_inputs(),
        &config.optimizer,
        config.devices,
        |scope, batch, key| task.loss(scope, batch, key),
    )?;
    let mut trainer = match &latest {
        Some(ckpt) => Trainer::resume(&session, step, ckpt, &ckpts.sidecar_path(ckpt.step))?,
        None => Trainer::init(&session, step, config.seed)?,
    };
    let start = trainer.steps_done();
    let say = |line: String| {
        if !args.quiet {
            println!("{line}");
        }
    };
    say(format!(
        "demo: {} parameters on {} device(s), compiled in {:.1} s; {}",
        trainer
            .train_step()
            .param_specs()
            .iter()
            .map(|s| s.element_count())
            .sum::<usize>(),
        config.devices,
        compile_start.elapsed().as_secs_f64(),
        match latest {
            Some(_) => format!("resuming at step {start} from {}", ckpts.path().display()),
            None => format!("new run in {}", dir.display()),
        }
    ));
    let mut logger = RunLogger::open(dir, start + 1)?;
    if start == 0 {
        // What the net sees: the first 8 images of the first batch, side by side.
        let images = &task.batch(config.seed, 0)[0];
        let n = config.batch_size.min(8);
        let s = IMAGE_SIZE;
        let first = HostTensor::from_bytes(
            images.dtype(),
            &[n, s, s, 3],
            images.as_bytes()[..n * s * s * 3 * images.dtype().size_bytes()].to_vec(),
        )?;
        logger.log_image(
            "data/examples",
            &video_strip(&frames_from_tensor(&first)?)?,
            0,
        )?;
    }
    let progress = Progress::new("demo", start, config.steps, args.quiet);
    let loop_start = Instant::now();
    let mut recent = Vec::new();
    let mut first_loss = None;
    while trainer.steps_done() < config.steps {
        let s = trainer.steps_done();
        let metrics = trainer.step(&task.batch(config.seed, s))?;
        let loss = metrics.get("loss").unwrap_or(f64::NAN);
        if !loss.is_finite() {
            bail!("the loss became {loss} at step {}", metrics.step);
        }
        first_loss.get_or_insert(loss);
        recent.push(loss);
        if recent.len() > 10 {
            recent.remove(0);
        }
        logger.log_scalars(
            metrics.values.iter().map(|(n, v)| (n.as_str(), *v)),
            metrics.step,
        )?;
        progress.set_position(metrics.step);
        progress.set_message(format!("loss {loss:.4}"));
        let rate = (metrics.step - start) as f64 / loop_start.elapsed().as_secs_f64();
        if !args.quiet && (metrics.step % config.print_every == 0 || metrics.step == 1) {
            progress.println(describe(&metrics, config.steps, rate));
        }
        if metrics.step % config.checkpoint_every == 0 || metrics.step == config.steps {
            logger.flush()?;
            let path = ckpts
                .save(&trainer.checkpoint(serde_json::to_value(&config)?)?)
                .with_context(|| format!("saving the checkpoint of step {}", metrics.step))?;
            if !args.quiet {
                progress.println(format!("checkpoint {}", path.display()));
            }
        }
    }
    logger.flush()?;
    progress.finish();
    let ran = trainer.steps_done() - start;
    let final_loss = recent.iter().sum::<f64>() / recent.len().max(1) as f64;
    let first = first_logged_loss(logger.metrics_path()).or(first_loss);
    Ok(DemoSummary {
        steps_done: trainer.steps_done(),
        resumed_from: (start > 0).then_some(start),
        first_loss: first,
        final_loss,
        steps_per_second: ran as f64 / loop_start.elapsed().as_secs_f64().max(1e-9),
    })
}

impl DemoSummary {
    /// One line for the terminal (the kill/resume test reads it too).
    pub fn line(&self) -> String {
        let fell = match self.first_loss {
            Some(first) if self.final_loss > 0.0 => format!(
                "loss fell from {first:.4} (step 1) to {:.4} (mean of the last steps): {:.1}x lower",
                self.final_loss,
                first / self.final_loss
            ),
            _ => format!("final loss {:.4}", self.final_loss),
        };
        format!(
            "demo finished at step {} ({:.1} steps/s): {fell}",
            self.steps_done, self.steps_per_second
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `configs/demo.json` spells out the defaults; keep them in step.
    #[test]
    fn the_checked_in_config_is_the_default() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("configs/demo.json");
        let args = ConfigArgs {
            config: Some(path),
            overrides: vec!["optimizer.adam.learning_rate=0.01".into()],
        };
        let loaded: DemoConfig = args.load(DemoConfig::default()).unwrap();
        let mut want = DemoConfig::default();
        want.optimizer.adam.learning_rate = 0.01;
        assert_eq!(loaded, want);
        let bad = ConfigArgs {
            config: None,
            overrides: vec!["optimizer.adam.lr=0.01".into()],
        };
        let message = bad.load(DemoConfig::default()).unwrap_err().to_string();
        assert!(message.contains("`lr`"), "{message}");
    }
}
