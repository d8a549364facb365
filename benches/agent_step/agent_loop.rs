//! The `loop` part: the whole `train-agent` host loop with the VIPER reward on. The bench
//! makes its reward model first with the pipeline's stages (`viper::testing::reward_chain`:
//! expert episodes of builtin cartpole_balance -> a tiny VQ-GAN -> a tiny VideoGPT, a few
//! steps each: the loop's speed, not the reward's quality, is measured), then runs
//! `train-agent --reward viper` in this process and prints env steps per second and where the
//! loop's wall time went (`RunSummary::time`): train updates (device), policy calls, reward-model scoring of
//! inserted steps (relabelling), replay sampling, waiting for the env thread, the rest (logs,
//! checkpoints, host glue); and the env thread's own busy time, which overlaps the updates.

use super::Args;
use clap::Parser;
use viper::cli::train_agent::{run as train_agent, TrainAgentArgs};
use viper::testing::reward_chain::TinyChain;

const ENV: &str = "builtin:cartpole_balance";

#[derive(Parser)]
struct Cli {
    #[command(flatten)]
    args: TrainAgentArgs,
}

pub fn run(args: &Args) {
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let dir = tmp.path();
    println!(
        "train-agent loop, VIPER reward, {ENV}, {} envs, agent config {}:",
        args.envs,
        args.loop_config.display()
    );
    let made = std::time::Instant::now();
    let models = TinyChain::new(ENV)
        .make(dir, None)
        .expect("the tiny reward model");
    println!(
        "  reward model (tiny VQ-GAN + VideoGPT) made in {:.1} s",
        made.elapsed().as_secs_f64()
    );
    let steps = args.loop_steps.to_string();
    let prefill = (args.loop_steps / 4).to_string();
    let envs = args.envs.to_string();
    let logdir = dir.join("agent").display().to_string();
    let gpt = models.videogpt.display().to_string();
    let agent_config = args.loop_config.display().to_string();
    let cli = Cli::parse_from([
        "train-agent",
        "--quiet",
        "--config",
        &agent_config,
        "--env",
        ENV,
        "--reward",
        "viper",
        "--videogpt",
        &gpt,
        "--logdir",
        &logdir,
        "--steps",
        &steps,
        "--prefill",
        &prefill,
        "--episode-length",
        "100",
        "--envs",
        &envs,
    ]);
    let summary = train_agent(&cli.args, None).expect("train-agent --reward viper");
    println!(
        "  {} env steps ({} prefill), {} updates: {:.1} env steps/s; compile {:.1} s (not in the loop)",
        summary.env_steps,
        prefill,
        summary.updates,
        summary.env_steps_per_second,
        summary.compile_seconds
    );
    println!(
        "  {:.4} s per update; device busy {:.1}% of the loop's wall time (updates, policy, scoring; \
         per-interval splits in the run's metrics.jsonl `perf/*`)",
        summary.seconds_per_update,
        100.0 * summary.device_busy
    );
}
