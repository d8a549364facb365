//! The VIPER reward model at test size, made by the pipeline's own stage functions (the
//! functions `collect`, `train-vqgan` and `train-videogpt` run): scripted-expert episodes of
//! one built-in task -> a tiny VQ-GAN -> a tiny VideoGPT, a few steps each. For tests and
//! benchmarks of what uses a reward model (the agent loop with `--reward viper`), where the
//! model's quality does not matter and its making should be one call.

use crate::cli::pipeline::markers::Stage;
use crate::cli::pipeline::settings::PipelineSettings;
use crate::cli::pipeline::stages::{collect_expert, train_videogpt, train_vqgan, StageContext};
use std::path::{Path, PathBuf};

/// What a tiny chain is made of: expert episodes, their number and length, training steps.
#[derive(Clone, Debug)]
pub struct TinyChain {
    /// A built-in env with a scripted expert, e.g. `builtin:cartpole_balance`.
    pub env: String,
    pub episodes: usize,
    /// Agent steps per expert episode.
    pub episode_length: usize,
    /// Steps of the VQ-GAN and of the VideoGPT (the VideoGPT validates at its last step).
    pub train_steps: usize,
}

impl TinyChain {
    /// 12 expert episodes of 24 steps of `env`, 4 training steps per model.
    pub fn new(env: &str) -> Self {
        TinyChain {
            env: env.to_string(),
            episodes: 12,
            episode_length: 24,
            train_steps: 4,
        }
    }

    /// The pipeline settings of this chain: the pipeline's tiny model presets.
    pub fn settings(&self) -> PipelineSettings {
        let mut s = PipelineSettings {
            env: self.env.clone(),
            episode_length: Some(self.episode_length),
            // The env's own control rate, as the agent runs that use the chain step it.
            action_repeat: None,
            ..PipelineSettings::default()
        };
        s.collect.episodes = self.episodes;
        s.vqgan.total_steps = self.train_steps;
        s.videogpt.total_steps = self.train_steps;
        s.videogpt.eval_interval = self.train_steps;
        s
    }

    /// Makes the chain in `dir` (the pipeline's layout: `data/`, `vqgan/`, `videogpt/`,
    /// `configs/`) on the plugin at `plugin` (`None`: the discovered one), quietly.
    pub fn make(&self, dir: &Path, plugin: Option<&Path>) -> anyhow::Result<RewardModelDirs> {
        let settings = self.settings();
        let ctx = StageContext {
            dir,
            settings: &settings,
            plugin,
            quiet: true,
            progress: Default::default(),
        };
        collect_expert(&ctx)?;
        train_vqgan(&ctx)?;
        train_videogpt(&ctx)?;
        let folder = |stage: Stage| {
            stage
                .work_dir(dir)
                .expect("internal error: a training stage has a folder")
        };
        Ok(RewardModelDirs {
            data: folder(Stage::Collect),
            vqgan: folder(Stage::Vqgan),
            videogpt: folder(Stage::Videogpt),
        })
    }
}

/// Where a made chain is: `videogpt` is what `train-agent --videogpt` takes.
#[derive(Clone, Debug)]
pub struct RewardModelDirs {
    pub data: PathBuf,
    pub vqgan: PathBuf,
    pub videogpt: PathBuf,
}
