//! Bodies of the `viper` subcommands; `main.rs` only parses arguments and dispatches here.

pub mod devices;
pub mod graphs;
