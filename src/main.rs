//! The `viper` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use viper::cli;

#[derive(Parser)]
#[command(
    name = "viper",
    version,
    about = "Video prediction models as rewards for RL, on XLA"
)]
struct Cli {
    /// PJRT plugin (.so) to run on; default: $VIPER_PJRT_PLUGIN, else the plugin cache filled
    /// by tools/install-pjrt-plugin.
    #[arg(long, global = true, value_name = "PATH")]
    plugin: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the PJRT plugin in use and its addressable devices.
    Devices,
    /// Run a policy in an environment and write its episodes as a dataset.
    Collect(cli::collect::CollectArgs),
    /// Write an episode file as a GIF or a PNG grid of frames.
    Show(cli::show::ShowArgs),
    /// The whole VIPER experiment on a built-in env: expert videos, VQ-GAN, VideoGPT, agents on
    /// the VIPER and the task reward, random policy, evaluation, report (resumes in --out).
    #[command(long_about = cli::pipeline::LONG_ABOUT)]
    Pipeline(cli::pipeline::PipelineArgs),
    /// Train a small conv net on a synthetic task through the whole stack (resumes in --out).
    Demo(cli::demo::DemoArgs),
    /// Train the VQ-GAN frame tokenizer on an episode dataset (resumes in --out).
    TrainVqgan(cli::train_vqgan::TrainVqganArgs),
    /// Train the DreamerV3 agent from pixels on the task or VIPER reward (resumes in --logdir).
    TrainAgent(cli::train_agent::TrainAgentArgs),
    /// Task returns of a train-agent run's checkpointed agent (and of the scripted expert).
    EvalAgent(cli::eval_agent::EvalAgentArgs),
    /// PNG grid of episode frames over their reconstructions by a train-vqgan checkpoint.
    Reconstruct(cli::reconstruct::ReconstructArgs),
    /// Every episode of a dataset as VQ-GAN codes (npz) under a train-vqgan checkpoint.
    Encode(cli::encode::EncodeArgs),
    /// Per-step VIPER rewards of episodes under a train-videogpt run (first steps without a
    /// full window get none); prints per-episode means.
    Score(cli::score::ScoreArgs),
    /// PNG of a window's frames over per-code negative log-likelihood heatmaps.
    Heatmap(cli::heatmap::HeatmapArgs),
    /// Train VideoGPT on the VQ codes of an episode dataset (defaults: the dmc preset;
    /// presets in configs/videogpt/; resumes in --out).
    TrainVideogpt(cli::train_videogpt::TrainVideoGptArgs),
    /// GIF of VideoGPT continuations (red border) of true clips' first frames (green) next
    /// to the truth.
    Rollout(cli::rollout::RolloutArgs),
    /// Named graphs: `graphs export [--out graphs/]` writes their StableHLO.
    Graphs {
        #[command(subcommand)]
        command: cli::graphs::GraphsCommand,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // `{:#}` prints the whole context chain on one line, without a backtrace.
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli) -> anyhow::Result<()> {
    match &cli.command {
        Command::Devices => cli::devices::run(cli.plugin.as_deref()),
        Command::Collect(args) => cli::collect::run(args),
        Command::Show(args) => {
            let frames = cli::show::show(args)?;
            println!("wrote {frames} frames to {}", args.out.display());
            Ok(())
        }
        Command::Graphs { command } => cli::graphs::run(command),
        Command::TrainAgent(args) => {
            let s = cli::train_agent::run(args, cli.plugin.as_deref())?;
            let last: Vec<String> = s
                .returns
                .iter()
                .rev()
                .take(5)
                .map(|(_, r)| format!("{r:.1}"))
                .collect();
            println!(
                "train-agent finished at env step {} ({} updates, {:.1} env steps/s, compile {:.1}s, {:.3}s/update); last returns: {}",
                s.env_steps, s.updates, s.env_steps_per_second, s.compile_seconds, s.seconds_per_update, last.join(" ")
            );
            Ok(())
        }
        Command::EvalAgent(args) => {
            let (agent, expert) = cli::eval_agent::run(args, cli.plugin.as_deref())?;
            match expert {
                Some(e) => {
                    println!("eval-agent: mean task return {agent:.1} (scripted expert {e:.1})")
                }
                None => println!("eval-agent: mean task return {agent:.1}"),
            }
            Ok(())
        }
        Command::TrainVqgan(args) => {
            let (steps, resumed) = cli::train_vqgan::run(args, cli.plugin.as_deref())?;
            match resumed {
                Some(from) => {
                    println!("train-vqgan finished at step {steps} (resumed from step {from})")
                }
                None => println!("train-vqgan finished at step {steps}"),
            }
            Ok(())
        }
        Command::Reconstruct(args) => {
            let frames = cli::reconstruct::run(args, cli.plugin.as_deref())?;
            println!(
                "wrote {frames} frames and reconstructions to {}",
                args.out.display()
            );
            Ok(())
        }
        Command::Encode(args) => {
            let episodes = cli::encode::run(args, cli.plugin.as_deref())?;
            println!("encoded {episodes} episodes into {}", args.out.display());
            Ok(())
        }
        Command::Score(args) => {
            let report = cli::score::run(args, cli.plugin.as_deref())?;
            if let Some(out) = &args.out {
                println!(
                    "wrote rewards of {} episodes to {}",
                    report.episodes.len(),
                    out.display()
                );
            }
            Ok(())
        }
        Command::Heatmap(args) => {
            let s = cli::heatmap::run(args, cli.plugin.as_deref())?;
            println!(
                "wrote {} (step {}, frames {:?}; mean NLL {:.3} nats/code, brightest at {:.3}; \
                 NLL per frame {:.1?} nats)",
                args.out.display(),
                s.step,
                s.frames,
                s.mean_nll,
                s.nll_max,
                s.frame_nll
            );
            Ok(())
        }
        Command::TrainVideogpt(args) => {
            let summary = cli::train_videogpt::run(args, cli.plugin.as_deref())?;
            let mut line = format!("train-videogpt finished at step {}", summary.steps);
            if let Some(from) = summary.resumed_from {
                line += &format!(" (resumed from step {from})");
            }
            if let Some(v) = summary.validation {
                line += &format!(
                    "; validation loss {:.4} nats/token, EMA {:.4} ({:.4} bits/token)",
                    v.loss,
                    v.loss_ema,
                    v.loss_ema / std::f64::consts::LN_2
                );
            }
            line += &format!("; {} episodes encoded now", summary.encoded_episodes);
            println!("{line}");
            Ok(())
        }
        Command::Rollout(args) => {
            let clips = cli::rollout::run(args, cli.plugin.as_deref())?;
            println!(
                "wrote {clips} sampled clips next to the truth to {}",
                args.out.display()
            );
            Ok(())
        }
        Command::Pipeline(args) => {
            for line in cli::pipeline::run(args, cli.plugin.as_deref())?.lines() {
                println!("{line}");
            }
            Ok(())
        }
        Command::Demo(args) => {
            let summary = cli::demo::run(args, cli.plugin.as_deref())?;
            println!("{}", summary.line());
            Ok(())
        }
    }
}
