//! The `viper` command line.

use clap::{Parser, Subcommand};
use viper::cli;

#[derive(Parser)]
#[command(
    name = "viper",
    version,
    about = "Video prediction models as rewards for RL, on XLA"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a policy in an environment and write its episodes as a dataset.
    Collect(cli::collect::CollectArgs),
    /// Write an episode file as a GIF or a PNG grid of frames.
    Show(cli::show::ShowArgs),
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Collect(args) => cli::collect::run(&args),
        Command::Show(args) => {
            let frames = cli::show::show(&args)?;
            println!("wrote {frames} frames to {}", args.out.display());
            Ok(())
        }
    }
}
