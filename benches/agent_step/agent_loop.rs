//! The `loop` part: the whole `train-agent` host loop with the VIPER reward on. The bench
//! makes its reward model first, through the `viper` binary as a user would (expert episodes
//! of builtin cartpole_balance -> a tiny VQ-GAN -> a tiny VideoGPT, a few steps each: the
//! loop's speed, not the reward's quality, is measured), then runs `train-agent --reward
//! viper` in this process and prints env steps per second and where the loop's wall time
//! went (`RunSummary::time`): train updates (device), policy calls, reward-model scoring of
//! inserted steps (relabelling), replay sampling, waiting for the env thread, the rest (logs,
//! checkpoints, host glue); and the env thread's own busy time, which overlaps the updates.

use super::Args;
use clap::Parser;
use std::path::Path;
use std::process::Command;
use viper::cli::train_agent::{run as train_agent, TrainAgentArgs};

const ENV: &str = "builtin:cartpole_balance";

#[derive(Parser)]
struct Cli {
    #[command(flatten)]
    args: TrainAgentArgs,
}

fn viper(args: &[&str], dir: &Path) {
    let out = Command::new(env!("CARGO_BIN_EXE_viper"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run the viper binary");
    assert!(
        out.status.success(),
        "viper {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

pub fn run(args: &Args) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = |name: &str| root.join("configs").join(name).display().to_string();
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let dir = tmp.path();
    println!(
        "train-agent loop, VIPER reward, {ENV}, {} envs, agent config {}:",
        args.envs,
        args.loop_config.display()
    );
    let made = std::time::Instant::now();
    viper(
        &[
            "collect",
            "--env",
            ENV,
            "--episodes",
            "12",
            "--episode-length",
            "24",
        ]
        .into_iter()
        .chain(["--out", "data"])
        .collect::<Vec<_>>(),
        dir,
    );
    let (vqgan, videogpt) = (config("vqgan/tiny.json"), config("videogpt/tiny.json"));
    viper(
        &[
            "train-vqgan",
            "--quiet",
            "--config",
            &vqgan,
            "--data",
            "data",
            "--out",
            "vq",
            "--steps",
            "4",
        ],
        dir,
    );
    viper(
        &[
            "train-videogpt",
            "--quiet",
            "--config",
            &videogpt,
            "--vqgan",
            "vq",
            "--data",
            "data",
            "--out",
            "gpt",
            "--steps",
            "4",
            "--set",
            "n_classes=1",
            "--set",
            "eval_interval=4",
        ],
        dir,
    );
    println!(
        "  reward model (tiny VQ-GAN + VideoGPT) made in {:.1} s",
        made.elapsed().as_secs_f64()
    );
    let steps = args.loop_steps.to_string();
    let prefill = (args.loop_steps / 4).to_string();
    let envs = args.envs.to_string();
    let logdir = dir.join("agent").display().to_string();
    let gpt = dir.join("gpt").display().to_string();
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
