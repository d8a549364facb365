//! `viper eval-agent --logdir DIR [--episodes N] [--episode-length N] [--sample]`: the task
//! returns of a `train-agent` run's checkpointed agent (env, reward mode and config are read
//! from the checkpoint), next to the env's scripted expert on the same seeds when it has one.

use crate::agent::{checkpoint, evaluate, expert_returns, AgentState, AgentStep, EvalOptions};
use crate::envs::make;
use crate::runtime::Client;
use crate::session::Session;
use anyhow::Context;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, clap::Args)]
pub struct EvalAgentArgs {
    /// A `train-agent` run directory (its `checkpoint/` is read).
    #[arg(long)]
    pub logdir: PathBuf,
    /// Episodes to run (one env each, all at once).
    #[arg(long, default_value_t = 8)]
    pub episodes: usize,
    /// Agent steps per episode (the env's default when absent).
    #[arg(long)]
    pub episode_length: Option<usize>,
    /// Sample actions instead of taking the policy's mode.
    #[arg(long)]
    pub sample: bool,
    #[arg(long, default_value_t = 1000)]
    pub seed: u64,
}

/// Mean agent return and, when the env has a scripted expert, the expert's mean return.
pub fn run(args: &EvalAgentArgs, plugin: Option<&Path>) -> anyhow::Result<(f64, Option<f64>)> {
    let (agent, expert) = returns(args, plugin)?;
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    Ok((mean(&agent), expert.as_deref().map(mean)))
}

/// The agent's task return of each episode and, when the env has a scripted expert, the
/// expert's on the same seeds.
pub fn returns(
    args: &EvalAgentArgs,
    plugin: Option<&Path>,
) -> anyhow::Result<(Vec<f64>, Option<Vec<f64>>)> {
    let (meta, values, _, _) = checkpoint::load(&args.logdir)?
        .with_context(|| format!("{} has no agent checkpoint", args.logdir.display()))?;
    let opts = EvalOptions {
        env: meta.env.clone(),
        episodes: args.episodes,
        episode_length: args.episode_length,
        seed: args.seed,
    };
    let space = make(&meta.env, &Default::default())?.action_space();
    let step = AgentStep::trace(&meta.config, &space, meta.mode)?;
    let state = AgentState::from_named(&step, values.values)?;
    let session = Session::new(Client::new(plugin)?);
    let returns = evaluate(
        &session,
        &meta.config,
        meta.mode,
        &state,
        &opts,
        !args.sample,
    )?;
    Ok((returns, expert_returns(&opts).ok()))
}
