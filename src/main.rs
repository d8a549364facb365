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
        Command::Demo(args) => {
            let summary = cli::demo::run(args, cli.plugin.as_deref())?;
            println!("{}", summary.line());
            Ok(())
        }
    }
}
