//! Bodies of the `viper` subcommands; `src/main.rs` only parses arguments and dispatches here.

pub mod collect;
pub mod demo;
pub mod devices;
pub mod encode;
pub mod eval_agent;
pub mod graphs;
pub mod heatmap;
pub mod pipeline;
pub mod reconstruct;
pub mod rollout;
pub mod score;
pub mod show;
pub mod train_agent;
pub mod train_videogpt;
pub mod train_vqgan;
