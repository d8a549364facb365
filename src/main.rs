//! The `viper` command line.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

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
    /// Named graphs: `graphs export [--out graphs/]` writes their StableHLO.
    Graphs {
        #[command(subcommand)]
        command: viper::cli::graphs::GraphsCommand,
    },
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Devices => devices(&cli),
        Command::Graphs { command } => viper::cli::graphs::run(&command),
    }
}

fn devices(cli: &Cli) -> anyhow::Result<()> {
    viper::cli::devices::run(cli.plugin.as_deref())
}
