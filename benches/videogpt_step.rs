//! VideoGPT benchmark: our training step (forward + backward + AdamW + parameter EMA, dropout
//! on) or the reward's forward pass (joint or last-frame log-likelihood of 32 windows), and
//! the JAX peer of the same model (`tools/bench/videogpt_jax.py`), same machine, same run;
//! prints both times and the ratio. Inputs are VQ codes (the VQ-GAN encoding is not timed on
//! either side); the codebook stays on the device on both sides.
//!
//! Rounds are interleaved so both sides see the same machine load: the peer compiles first
//! (as a server process, `--serve`), then ours; each round times `repeats` of our calls and
//! then `repeats` of the peer's; the ratio of medians is printed per round and as the median
//! over rounds, with the load average and both processes' peak memory.
//!
//! `cargo bench --bench videogpt_step -- [--preset dmc|atari|tiny] [--mode train|reward|
//! reward-conditional] [--batch 8] [--windows 32] [--repeats 2] [--rounds 3] [--attention
//! blocks|dense|blocksN|default] [--python PATH]` (default interpreter:
//! `tools/bench/.venv/bin/python`, made by `tools/bench/setup`; without one the peer is skipped
//! and says so). `--attention dense` is the reference's masked `[B, H, L, L]` form, `blocksN`
//! query blocks of N frames, `default` (the default) `AttentionForm::default()`.
//! `--layers N` and `--dropout RATE` change the preset to see where the time goes (the peer is
//! then skipped).

#[path = "support/peer.rs"]
mod peer;

use peer::{load_average, median, peak_rss_bytes, seconds, Peer};
use std::path::{Path, PathBuf};
use std::time::Instant;
use viper::graph::FunctionBuilder;
use viper::models::videogpt::{
    input_values, trace_train_step, videogpt_optimizer, AttentionForm, CodeSpace, VideoGpt,
    VideoGptConfig,
};
use viper::nn::{ParamTree, Scope};
use viper::runtime::{DeviceBuffer, Input};
use viper::session::{Compiled, Session};
use viper::testing::Rng;
use viper::train::Trainer;
use viper::HostTensor;

struct Args {
    preset: String,
    mode: String,
    batch: usize,
    windows: usize,
    repeats: usize,
    rounds: usize,
    attention: AttentionForm,
    /// Overrides for finding where the time goes (the peer then runs the unmodified preset).
    layers: Option<usize>,
    dropout: Option<f64>,
    python: PathBuf,
}

fn parse_attention(text: &str) -> AttentionForm {
    match text {
        "dense" => AttentionForm::Dense,
        "blocks" => AttentionForm::FrameBlocks { frames: 1 },
        "default" => AttentionForm::default(),
        other => {
            let frames = other
                .strip_prefix("blocks")
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("--attention: dense, blocks or blocksN, got {other}"));
            AttentionForm::FrameBlocks { frames }
        }
    }
}

fn parse_args() -> Args {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut args = Args {
        preset: "dmc".to_string(),
        mode: "train".to_string(),
        batch: 8,
        windows: 32,
        repeats: 2,
        rounds: 3,
        attention: AttentionForm::default(),
        layers: None,
        dropout: None,
        python: root.join("tools/bench/.venv/bin/python"),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        match flag.as_str() {
            "--preset" => args.preset = value(),
            "--mode" => args.mode = value(),
            "--batch" => args.batch = value().parse().expect("--batch: an integer"),
            "--windows" => args.windows = value().parse().expect("--windows: an integer"),
            "--repeats" => args.repeats = value().parse().expect("--repeats: an integer"),
            "--rounds" => args.rounds = value().parse().expect("--rounds: an integer"),
            "--attention" => args.attention = parse_attention(&value()),
            "--python" => args.python = PathBuf::from(value()),
            "--layers" => args.layers = Some(value().parse().expect("--layers: an integer")),
            "--dropout" => args.dropout = Some(value().parse().expect("--dropout: a rate")),
            "--bench" => {}
            other => panic!("unknown argument {other}"),
        }
    }
    args
}

/// The preset and the code space of its VQ-GAN (brief §1.1; tiny: the tiny VQ-GAN).
fn preset(name: &str) -> (VideoGptConfig, CodeSpace) {
    let space = |grid, codebook_size, code_dim| CodeSpace {
        grid,
        codebook_size,
        code_dim,
    };
    match name {
        "dmc" => (VideoGptConfig::dmc(), space([8, 8], 256, 64)),
        "atari" => (VideoGptConfig::atari(), space([16, 16], 1024, 64)),
        "tiny" => (VideoGptConfig::tiny(), space([8, 8], 32, 16)),
        other => panic!("--preset: dmc, atari or tiny, got {other}"),
    }
}

/// Seeded data: the batch arrays (`VideoGpt::batch_inputs`: codes, labels when
/// class-conditional) and the codebook.
fn data(model: &VideoGpt, batch: usize) -> (Vec<HostTensor>, HostTensor) {
    let [t, h, w] = model.clip_shape();
    let space = model.code_space();
    let mut rng = Rng::new(3);
    let codes: Vec<i32> = (0..batch * t * h * w)
        .map(|_| (rng.next_u64() % space.codebook_size as u64) as i32)
        .collect();
    let book: Vec<f32> = (0..space.codebook_size * space.code_dim)
        .map(|_| rng.normal() as f32)
        .collect();
    let mut arrays = vec![HostTensor::from_slice(&[batch, t, h, w], &codes).unwrap()];
    if let Some(classes) = model.config().label_classes() {
        let labels: Vec<i32> = (0..batch).map(|b| (b % classes) as i32).collect();
        arrays.push(HostTensor::from_slice(&[batch], &labels).unwrap());
    }
    let codebook = HostTensor::from_slice(&[space.codebook_size, space.code_dim], &book).unwrap();
    (arrays, codebook)
}

/// Our compiled program with its state and inputs on the device.
enum Ours {
    /// The train step; the codebook is a frozen input uploaded once.
    Train {
        trainer: Box<Trainer>,
        arrays: Vec<HostTensor>,
        codebook: Vec<Vec<DeviceBuffer>>,
    },
    /// A reward program with every input resident.
    Reward {
        compiled: Compiled,
        inputs: Vec<DeviceBuffer>,
    },
}

impl Ours {
    fn train(session: &Session, model: &VideoGpt, args: &Args) -> Ours {
        let optimizer = videogpt_optimizer(model.config());
        let step = trace_train_step("videogpt_bench", model, args.batch, &optimizer).unwrap();
        let trainer = Trainer::init(session, step, 1).unwrap();
        let (arrays, codebook) = data(model, args.batch);
        let codebook = trainer.upload(&[codebook]).unwrap();
        Ours::Train {
            trainer: Box::new(trainer),
            arrays,
            codebook,
        }
    }

    fn reward(session: &Session, model: &VideoGpt, args: &Args) -> Ours {
        let fb = FunctionBuilder::new("videogpt_reward_bench");
        let n = args.windows;
        let x = model.trace_inputs(&fb, n);
        let scope = Scope::new(&fb);
        let root = scope.child("videogpt");
        let reward = match args.mode.as_str() {
            "reward" => model
                .frame_log_probs(&root, &x.codes, &x.codebook, x.labels(), None)
                .sum(&[1]),
            _ => model
                .frame_log_probs_last(&root, &x.codes, &x.codebook, x.labels(), 1)
                .reshape(&[n]),
        };
        let function = fb.finish(&[reward.mean_all()]).unwrap();
        let params = ParamTree::init(&scope.param_specs(), 1).unwrap();
        let (mut arrays, codebook) = data(model, n);
        let labels = (arrays.len() > 1).then(|| arrays.remove(1));
        let mut host = input_values(arrays.remove(0), labels, codebook);
        host.extend(params.ordered(&scope.param_specs()).unwrap());
        let compiled = session.compile(&function).unwrap();
        let device = compiled.executable().devices()[0];
        let inputs = host
            .iter()
            .map(|h| session.client().to_device(h, device).unwrap())
            .collect();
        Ours::Reward { compiled, inputs }
    }

    /// One call; returns its loss (train) or mean reward.
    fn call(&mut self) -> f64 {
        match self {
            Ours::Train {
                trainer,
                arrays,
                codebook,
            } => {
                let frozen: Vec<Vec<&DeviceBuffer>> =
                    codebook.iter().map(|d| d.iter().collect()).collect();
                let metrics = trainer.step_with(arrays, &frozen).unwrap();
                metrics.get("loss").unwrap()
            }
            Ours::Reward { compiled, inputs } => {
                let inputs = inputs.iter().map(Input::Borrowed).collect();
                let out = compiled.execute(inputs).unwrap();
                out[0].to_host().unwrap().to_f64_vec()[0]
            }
        }
    }
}

/// The JAX peer of the VideoGPT programs at this preset, mode and batch; skipped when the
/// model was changed from the preset.
fn start_peer(args: &Args) -> Option<Peer> {
    if args.layers.is_some() || args.dropout.is_some() {
        println!(
            "JAX peer skipped: --layers/--dropout change the model (the peer runs the preset)"
        );
        return None;
    }
    let (batch, windows) = (args.batch.to_string(), args.windows.to_string());
    let peer_args = [
        "--preset",
        &args.preset,
        "--mode",
        &args.mode,
        "--batch",
        &batch,
        "--windows",
        &windows,
    ]
    .map(String::from);
    Peer::start(&args.python, "videogpt_jax.py", &peer_args)
}

fn main() {
    let args = parse_args();
    let (mut config, space) = preset(&args.preset);
    if let Some(layers) = args.layers {
        config.num_layers = layers;
    }
    if let Some(rate) = args.dropout {
        config.dropout = rate;
        config.attention_dropout = rate;
    }
    let model = VideoGpt::new(&config, space)
        .unwrap()
        .with_attention(args.attention);
    let (unit, per) = match args.mode.as_str() {
        "train" => (format!("batch {}", args.batch), 1.0),
        "reward" | "reward-conditional" => {
            (format!("{} windows", args.windows), args.windows as f64)
        }
        other => panic!("--mode: train, reward or reward-conditional, got {other}"),
    };
    // The peer compiles first, alone, so neither side's compile slows the other's.
    let mut peer = start_peer(&args);
    let session = Session::discover().expect("a PJRT plugin (tools/install-pjrt-plugin)");
    let start = Instant::now();
    let mut ours = match args.mode.as_str() {
        "train" => Ours::train(&session, &model, &args),
        _ => Ours::reward(&session, &model, &args),
    };
    let first = ours.call();
    println!(
        "viper {} {} {unit} ({:?}): trace + compile + first call {:.1} s; first value {first:.4}",
        args.preset,
        args.mode,
        args.attention,
        start.elapsed().as_secs_f64()
    );
    if let Some(p) = &peer {
        println!(
            "jax   {} {} {unit}: {} params; compile {:.1} s; first value {:.4}",
            args.preset,
            args.mode,
            p.ready["params"],
            seconds(&p.ready, "compile_seconds"),
            seconds(&p.ready, "first_value"),
        );
    }
    let mut ratios = Vec::new();
    let mut peer_rss = None;
    for round in 1..=args.rounds.max(1) {
        let times: Vec<f64> = (0..args.repeats.max(1))
            .map(|_| {
                let start = Instant::now();
                ours.call();
                start.elapsed().as_secs_f64()
            })
            .collect();
        let mine = median(times);
        let mut line = format!(
            "round {round}: viper {mine:.3} s per call ({:.3} s per step; median of {})",
            mine / per,
            args.repeats
        );
        if let Some(p) = peer.as_mut() {
            let theirs = p.round(args.repeats);
            let time = seconds(&theirs, "seconds_per_call");
            line += &format!("; jax {time:.3} s per call; ratio {:.2}", mine / time);
            ratios.push(mine / time);
            peer_rss = theirs["peak_rss_bytes"].as_f64();
        }
        println!("{line} (load {:.1})", load_average());
    }
    let gib = |b: f64| b / (1u64 << 30) as f64;
    match (peak_rss_bytes(), peer_rss) {
        (Some(a), Some(b)) => println!(
            "peak memory (process VmHWM): viper {:.2} GiB, jax {:.2} GiB",
            gib(a),
            gib(b)
        ),
        (Some(a), None) => println!("peak memory (process VmHWM): viper {:.2} GiB", gib(a)),
        _ => {}
    }
    if !ratios.is_empty() {
        let list: Vec<String> = ratios.iter().map(|r| format!("{r:.2}")).collect();
        println!(
            "ratio viper / jax time per call: {:.2} (median of {} interleaved rounds: {})",
            median(ratios.clone()),
            ratios.len(),
            list.join(", ")
        );
    }
}
