//! The `viper` command line.

use clap::{Parser, Subcommand};

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
enum Command {}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {}
}
