//! VIPER reward throughput in env steps per second (one step = one window scored) for the
//! dmc config (16-frame windows of 8x8 codes, K 256, the 6.5M VideoGPT; random parameters),
//! windows in batches of 32, against the JAX peer `tools/bench/videogpt_jax.py --mode reward`
//! (and `reward-conditional`) on the same machine in the same run, printed as ratios.
//!
//! The peer scores windows of codes (VQ encoding excluded), so the compared number is
//! `RewardModel::score_windows` on gathered code windows. Also printed: the end-to-end
//! `score_chunk` on one RL chunk of 64 frames (dmc VQ-GAN encoding of each frame once plus
//! the scorer on its 49 windows), and the
//! breakdown used in the README: attention form (frame blocks vs the reference's dense
//! masked form), scorer batch size, encoder time per frame.
//!
//! `cargo bench --bench reward -- [--windows 32] [--batch 32] [--repeats 3] [--python PATH]
//! [--no-peer] [--breakdown]` (default interpreter: `tools/bench/.venv/bin/python`, made by
//! `tools/bench/setup`; without it the peer is skipped and says so).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;
use viper::envs::IMAGE_BYTES;
use viper::models::videogpt::{AttentionForm, VideoGptConfig};
use viper::models::vqgan::VqganConfig;
use viper::nn::ParamTree;
use viper::reward::programs::{encoder_program, scorer_program, ScoreOutput};
use viper::reward::{code_space, RewardMode, RewardModel, RewardModels, RewardOptions};
use viper::runtime::Client;
use viper::testing::Rng;

struct Args {
    windows: usize,
    batch: usize,
    repeats: usize,
    python: PathBuf,
    peer: bool,
    breakdown: bool,
}

fn parse_args() -> Args {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut args = Args {
        windows: 32,
        batch: 32,
        repeats: 3,
        python: root.join("tools/bench/.venv/bin/python"),
        peer: true,
        breakdown: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        match flag.as_str() {
            "--windows" => args.windows = value().parse().expect("--windows: an integer"),
            "--batch" => args.batch = value().parse().expect("--batch: an integer"),
            "--repeats" => args.repeats = value().parse().expect("--repeats: an integer"),
            "--python" => args.python = PathBuf::from(value()),
            "--no-peer" => args.peer = false,
            "--breakdown" => args.breakdown = true,
            "--bench" => {}
            other => panic!("unknown argument {other}"),
        }
    }
    args
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// Random dmc models (VQ-GAN encoder + codebook, VideoGPT).
struct Models {
    vqgan: VqganConfig,
    vqgan_params: ParamTree,
    videogpt: VideoGptConfig,
    videogpt_params: ParamTree,
}

fn models() -> Models {
    let vqgan = VqganConfig::dmc();
    let vqgan_params = ParamTree::init(&encoder_program(&vqgan, 1).unwrap().params, 1).unwrap();
    let videogpt = VideoGptConfig::dmc();
    let program = scorer_program(
        &videogpt,
        &code_space(&vqgan),
        AttentionForm::default(),
        1,
        ScoreOutput::FrameLogProbs,
    )
    .unwrap();
    let videogpt_params = ParamTree::init(&program.params, 2).unwrap();
    Models {
        vqgan,
        vqgan_params,
        videogpt,
        videogpt_params,
    }
}

fn build(client: &Client, m: &Models, options: RewardOptions) -> (RewardModel, f64) {
    let start = Instant::now();
    let models = RewardModels {
        vqgan_config: &m.vqgan,
        vqgan_params: &m.vqgan_params,
        videogpt_config: &m.videogpt,
        videogpt_params: &m.videogpt_params,
        class_id: Some(0),
    };
    let model = RewardModel::new(client.clone(), &models, options).expect("reward model");
    (model, start.elapsed().as_secs_f64())
}

/// Median seconds of `f` over `repeats` calls after one warm-up call.
fn time(repeats: usize, mut f: impl FnMut()) -> f64 {
    f();
    median(
        (0..repeats)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed().as_secs_f64()
            })
            .collect(),
    )
}

/// Env steps per second of `score_windows` on `windows` random code windows.
fn windows_rate(model: &RewardModel, windows: usize, repeats: usize) -> f64 {
    let w = model.window();
    let values = windows * w.seq_len() * model.frame_tokens();
    let mut rng = Rng::new(5);
    let codes: Vec<i32> = (0..values)
        .map(|_| (rng.uniform() * 256.0) as i32)
        .collect();
    let seconds = time(repeats, || {
        model.score_windows(&codes, windows).expect("score");
    });
    windows as f64 / seconds
}

/// The JAX peer's steps per second in `mode`, or why it is missing.
fn peer_rate(args: &Args, mode: &str) -> Result<f64, String> {
    if !args.peer {
        return Err("skipped (--no-peer)".into());
    }
    if !args.python.exists() {
        return Err(format!(
            "skipped: {} not found (run tools/bench/setup, or pass --python)",
            args.python.display()
        ));
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/bench/videogpt_jax.py");
    if !script.exists() {
        return Err(format!("skipped: {} not found", script.display()));
    }
    let output = Command::new(&args.python)
        .arg(&script)
        .args(["--preset", "dmc", "--mode", mode])
        .args(["--windows", &args.windows.to_string()])
        .args(["--reward-batch", &args.batch.to_string()])
        .args(["--iters", &args.repeats.to_string()])
        .output()
        .map_err(|e| format!("could not run {}: {e}", args.python.display()))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout.lines().last().unwrap_or_default();
    let peer: serde_json::Value = serde_json::from_str(line).map_err(|e| {
        format!(
            "output {line:?}: {e}; stderr: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    })?;
    peer["steps_per_second"]
        .as_f64()
        .ok_or_else(|| format!("no steps_per_second in {line}"))
}

fn report(name: &str, ours: f64, peer: Result<f64, String>) {
    match peer {
        Ok(theirs) => println!(
            "{name:<12} viper {ours:7.3} steps/s   jax {theirs:7.3} steps/s   ratio viper/jax {:.2}",
            ours / theirs
        ),
        Err(why) => println!("{name:<12} viper {ours:7.3} steps/s   jax peer {why}"),
    }
}

fn main() {
    let args = parse_args();
    let client = Client::new(None).expect("a PJRT plugin (tools/install-pjrt-plugin)");
    let m = models();
    println!(
        "reward bench: dmc VideoGPT {} params, windows of {} frames x 8x8 codes, {} windows a call, batch {}",
        m.videogpt_params.count(),
        m.videogpt.seq_len,
        args.windows,
        args.batch
    );
    let options = |mode| RewardOptions {
        mode,
        batch_size: args.batch,
        ..RewardOptions::default()
    };
    for (mode, peer_mode, name) in [
        (RewardMode::Joint, "reward", "joint"),
        (RewardMode::Conditional, "reward-conditional", "conditional"),
    ] {
        let (model, compile) = build(&client, &m, options(mode));
        let ours = windows_rate(&model, args.windows, args.repeats);
        println!("{name}: build + compile {compile:.1} s");
        report(name, ours, peer_rate(&args, peer_mode));
        if mode == RewardMode::Joint {
            end_to_end(&model, args.repeats);
        }
    }
    if args.breakdown {
        breakdown(&client, &m, &args);
    }
}

/// Frames of the reference's relabelling chunk (64 steps: 49 windows of 16).
const CHUNK_FRAMES: usize = 64;

/// `score_chunk` on one RL chunk of frames (49 windows: a batch of 32, then 17 in a call
/// compiled for 24).
fn end_to_end(model: &RewardModel, repeats: usize) {
    let frames = CHUNK_FRAMES;
    let rewards = frames - model.window().first_step();
    let mut rng = Rng::new(7);
    let pixels: Vec<u8> = (0..frames * IMAGE_BYTES)
        .map(|_| (rng.uniform() * 256.0) as u8)
        .collect();
    let total = time(repeats, || {
        model.score_chunk(&pixels).expect("score chunk");
    });
    let encode = time(repeats, || {
        model.encode(&pixels).expect("encode");
    });
    println!(
        "end to end   {:.3} steps/s ({frames} frames -> {rewards} rewards in {total:.2} s, of which \
         VQ-GAN encoding {encode:.2} s = {:.0} ms a frame)",
        rewards as f64 / total,
        1000.0 * encode / frames as f64
    );
}

/// Where the time goes: the attention form and the scorer's batch size.
fn breakdown(client: &Client, m: &Models, args: &Args) {
    for (attention, name) in [
        (
            AttentionForm::Dense,
            "dense attention (the reference's form)",
        ),
        (
            AttentionForm::FrameBlocks { frames: 4 },
            "frame-block attention, 4 frames",
        ),
    ] {
        let options = RewardOptions {
            batch_size: args.batch,
            attention,
            ..RewardOptions::default()
        };
        let (model, _) = build(client, m, options);
        let rate = windows_rate(&model, args.windows, args.repeats);
        println!(
            "breakdown    {name}, batch {}: {rate:.3} steps/s",
            args.batch
        );
    }
    let batch = 8;
    let options = RewardOptions {
        batch_size: batch,
        ..RewardOptions::default()
    };
    let (model, _) = build(client, m, options);
    let rate = windows_rate(&model, args.windows, args.repeats);
    println!("breakdown    default attention, batch {batch}: {rate:.3} steps/s");
}
