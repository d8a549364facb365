//! `viper train-agent --config FILE --env SUITE:TASK --reward task|viper [--videogpt DIR]
//! --logdir DIR [--steps N]`: trains the DreamerV3 agent (`agent::train_agent`) from pixels.
//! `--reward task` trains on the env's reward (the oracle); `--reward viper` on the VIPER
//! reward of a trained VideoGPT. Re-running on the same `--logdir` resumes from its
//! checkpoint (params, optimizer states, normalisers, replay, counters); a different env,
//! action space, reward mode or model config is refused, naming both.
//!
//! The VIPER reward model sees masked frames, as the VideoGPT did in training (the agent
//! sees them unmasked, as the reference): the task's mask from `--mask-map DIR` (a dataset
//! root's `mask_map.npz`) when given, else for an Atari game the scoreboard mask `viper
//! collect` writes into its datasets (`envs::atari_masks`), else none.

use crate::agent::{train_agent, NoScorer, RewardMode, RunOptions, RunSummary};
use crate::cli::score::load_run;
use crate::config::ConfigArgs;
use crate::data::masks::{FrameMask, MaskMap, MASK_FILE};
use crate::data::replay::FirstSteps;
use crate::envs::atari_masks::env_scoreboard_mask;
use crate::envs::registry::parse_spec;
use crate::logging::ProgressMode;
use crate::models::dreamer::DreamerConfig;
use crate::models::videogpt::Which;
use crate::reward::{resolve_class, RewardModel, RewardModels, RewardOptions, RewardScale};
use crate::runtime::Client;
use crate::session::Session;
use anyhow::bail;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum RewardArg {
    /// The env's task reward (oracle baseline).
    Task,
    /// The VIPER reward of a trained VideoGPT (needs --videogpt).
    Viper,
}

#[derive(Clone, Debug, clap::Args)]
pub struct TrainAgentArgs {
    /// Environment, `SUITE:TASK` (e.g. builtin:pointmass, dmc:cartpole_swingup).
    #[arg(long)]
    pub env: String,
    /// Which reward the agent learns from.
    #[arg(long, value_enum)]
    pub reward: RewardArg,
    /// Trained VideoGPT run directory (required with --reward viper).
    #[arg(long)]
    pub videogpt: Option<PathBuf>,
    /// Dataset root whose `mask_map.npz` holds the frame mask the VideoGPT was trained with
    /// (default: the Atari game's scoreboard mask, as `viper collect` writes it; none for other
    /// suites).
    #[arg(long, value_name = "DIR")]
    pub mask_map: Option<PathBuf>,
    /// With --reward viper: scale each reward to clip((r - lo) / (hi - lo), 0, 1) (the
    /// reference's optional scaler; default: the raw log-likelihood, as the reference).
    #[arg(long, value_name = "LO,HI", allow_hyphen_values = true)]
    pub reward_scale: Option<RewardScale>,
    /// With --reward viper: the reward is the last frame's log-likelihood given the window's
    /// earlier frames (the paper's form) instead of the window's joint log-likelihood (the
    /// reference's default).
    #[arg(long)]
    pub conditional: bool,
    /// With --reward viper: each episode's steps before its first full reward window are
    /// dropped from the replay (`drop`, the reference) or kept with that window's reward
    /// (`backfill`, so the agent also learns from the episode's opening).
    #[arg(long, value_enum, default_value = "drop")]
    pub first_steps: FirstSteps,
    /// Run directory (TensorBoard events, metrics.jsonl, checkpoint); resumed when it has one.
    #[arg(long)]
    pub logdir: PathBuf,
    /// Total env steps over all envs.
    #[arg(long, default_value_t = 100_000)]
    pub steps: u64,
    /// Random-policy env steps before training.
    #[arg(long, default_value_t = 1000)]
    pub prefill: u64,
    /// Environments stepped together.
    #[arg(long, default_value_t = 4)]
    pub envs: usize,
    /// Agent steps per episode (the env's default when absent).
    #[arg(long)]
    pub episode_length: Option<usize>,
    /// Physics steps per agent step, the action held meanwhile (the env's default when absent).
    #[arg(long)]
    pub action_repeat: Option<usize>,
    /// Env steps between checkpoints.
    #[arg(long, default_value_t = 5000)]
    pub checkpoint_every: u64,
    /// Updates between open-loop prediction videos in TensorBoard (0: none).
    #[arg(long, default_value_t = 1000)]
    pub video_every: u64,
    /// Env steps between the loop's scalars (utilisation, FPS, replay size, density stats) and,
    /// when stderr is not a terminal, a progress line on stdout.
    #[arg(long, default_value_t = 1000)]
    pub log_every: u64,
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// No progress bar (nor, when stderr is not a terminal, the plain progress line printed
    /// every --log-every env steps instead).
    #[arg(long)]
    pub quiet: bool,
    /// The agent config: `--config configs/dreamer/tiny.json` (defaults: the small preset).
    #[command(flatten)]
    pub config: ConfigArgs,
    /// How progress is shown (not a flag: the pipeline asks for labelled lines).
    #[arg(skip)]
    pub progress: ProgressMode,
}

/// Makes its own client and session on `plugin`, so runs on several threads share nothing
/// but the loaded plugin.
pub fn run(args: &TrainAgentArgs, plugin: Option<&Path>) -> anyhow::Result<RunSummary> {
    let config: DreamerConfig = args.config.load(DreamerConfig::small())?;
    let mode = match args.reward {
        RewardArg::Task => RewardMode::Task,
        RewardArg::Viper => RewardMode::Viper,
    };
    let opts = RunOptions {
        env: args.env.clone(),
        mode,
        config,
        envs: args.envs,
        steps: args.steps,
        prefill: args.prefill,
        episode_length: args.episode_length,
        action_repeat: args.action_repeat,
        seed: args.seed,
        logdir: args.logdir.clone(),
        checkpoint_every: args.checkpoint_every,
        max_nonfinite: 10,
        replay_capacity: 1_000_000,
        quiet: args.quiet,
        video_every: args.video_every,
        log_every: args.log_every,
        progress: args.progress.clone(),
        first_steps: args.first_steps,
    };
    let session = Session::new(Client::new(plugin)?);
    match mode {
        RewardMode::Task => Ok(train_agent::<NoScorer>(&session, &opts, None)?),
        RewardMode::Viper => {
            let Some(dir) = &args.videogpt else {
                bail!("--reward viper needs --videogpt DIR (a trained VideoGPT run)");
            };
            let options = RewardOptions {
                mask: reward_mask(&args.env, args.mask_map.as_deref())?,
                scale: args.reward_scale,
                mode: crate::reward::RewardMode::from_conditional_flag(args.conditional),
                ..RewardOptions::default()
            };
            let scorer = viper_scorer(dir, &args.env, options, session.client())?;
            Ok(train_agent(&session, &opts, Some(scorer))?)
        }
    }
}

/// The VIPER reward model of the VideoGPT run `dir` (best EMA parameters) with `options`,
/// conditioned on the env's task name when the model is class-conditional.
fn viper_scorer(
    dir: &Path,
    env: &str,
    options: RewardOptions,
    client: &Client,
) -> anyhow::Result<RewardModel> {
    let loaded = load_run(dir, None, Which::Best)?;
    let (_, task) = parse_spec(env)?;
    let class_id = resolve_class(&loaded.run.config, &loaded.run.class_map, Some(task))?;
    let models = RewardModels {
        vqgan_config: &loaded.vqgan.config,
        vqgan_params: &loaded.vqgan_params,
        videogpt_config: &loaded.run.config,
        videogpt_params: &loaded.videogpt_params,
        class_id,
    };
    Ok(RewardModel::new(client.clone(), &models, options)?)
}

/// The frame mask the VIPER reward model applies for `env` (see the module doc): the task's
/// entry in `mask_map`'s `mask_map.npz` (an error when the file or the entry is missing),
/// else the Atari scoreboard mask, else none.
pub fn reward_mask(env: &str, mask_map: Option<&Path>) -> anyhow::Result<Option<FrameMask>> {
    let (_, task) = parse_spec(env)?;
    if let Some(root) = mask_map {
        let Some(masks) = MaskMap::open(root)? else {
            bail!(
                "--mask-map {}: no {MASK_FILE} there (a dataset root holding the masks the \
                 VideoGPT was trained with)",
                root.display()
            );
        };
        let Some(mask) = masks.get(task) else {
            let known: Vec<&str> = masks.tasks().collect();
            bail!(
                "--mask-map {}: no mask for task `{task}` (it has: {})",
                masks.path().display(),
                known.join(", ")
            );
        };
        return Ok(Some(mask.clone()));
    }
    Ok(env_scoreboard_mask(env))
}
