//! `viper graphs`: list the named graphs, or export their StableHLO to `graphs/` (the
//! checked-in copies a test compares against).

use crate::named_graphs::{export_all, registry};
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum GraphsCommand {
    /// Write every named graph to `<out>/<name>.mlir`.
    Export {
        /// Directory to write into.
        #[arg(long, default_value = "graphs")]
        out: PathBuf,
    },
    /// List the named graphs.
    List,
}

pub fn run(command: &GraphsCommand) -> anyhow::Result<()> {
    match command {
        GraphsCommand::Export { out } => {
            for path in export_all(out)? {
                println!("wrote {}", path.display());
            }
        }
        GraphsCommand::List => {
            for graph in registry() {
                println!("{:<24} {}", graph.name, graph.description);
            }
        }
    }
    Ok(())
}
