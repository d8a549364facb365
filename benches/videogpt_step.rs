//! VideoGPT benchmark: our training step (forward + backward + AdamW + parameter EMA, dropout
//! on) or the reward's forward pass (joint or last-frame log-likelihood of 32 windows), and
//! the JAX peer of the same model (`tools/bench/videogpt_jax.py`), same machine, same run;
//! prints both times and the ratio. Inputs are VQ codes (the VQ-GAN encoding is not timed on
//! either side).
//!
//! `cargo bench --bench videogpt_step -- [--preset dmc|atari|tiny] [--mode train|reward|
//! reward-conditional] [--batch 8] [--windows 32] [--repeats 3] [--attention blocks|dense|
//! blocksN|default] [--python PATH]` (default interpreter: `tools/bench/.venv/bin/python`, made by
//! `tools/bench/setup`; without one the peer is skipped and says so). `--attention dense` is
//! the reference's masked `[B, H, L, L]` form, `blocksN` query blocks of N frames, `default`
//! (the default) `AttentionForm::default()`.
//! `--layers N` and `--dropout RATE` change the preset to see where the time goes (the peer is
//! then skipped).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;
use viper::graph::FunctionBuilder;
use viper::models::videogpt::{
    trace_train_step, videogpt_optimizer, AttentionForm, CodeSpace, VideoGpt, VideoGptConfig,
};
use viper::nn::{ParamTree, Scope};
use viper::runtime::{DeviceBuffer, Input};
use viper::session::{Compiled, Session};
use viper::testing::Rng;
use viper::train::Trainer;
use viper::{DType, HostTensor};

struct Args {
    preset: String,
    mode: String,
    batch: usize,
    windows: usize,
    repeats: usize,
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
        repeats: 3,
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

/// Seeded inputs: codes `[B, T, h, w]`, codebook, labels (class-conditional only).
fn inputs(model: &VideoGpt, batch: usize) -> Vec<HostTensor> {
    let [t, h, w] = model.clip_shape();
    let space = model.code_space();
    let mut rng = Rng::new(3);
    let codes: Vec<i32> = (0..batch * t * h * w)
        .map(|_| (rng.next_u64() % space.codebook_size as u64) as i32)
        .collect();
    let book: Vec<f32> = (0..space.codebook_size * space.code_dim)
        .map(|_| rng.normal() as f32)
        .collect();
    let mut out = vec![
        HostTensor::from_slice(&[batch, t, h, w], &codes).unwrap(),
        HostTensor::from_slice(&[space.codebook_size, space.code_dim], &book).unwrap(),
    ];
    if let Some(classes) = model.config().label_classes() {
        let labels: Vec<i32> = (0..batch).map(|b| (b % classes) as i32).collect();
        out.push(HostTensor::from_slice(&[batch], &labels).unwrap());
    }
    out
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// Times `repeats` training steps; returns (seconds per step, first loss).
fn time_train(session: &Session, model: &VideoGpt, args: &Args) -> (Vec<f64>, f64) {
    let optimizer = videogpt_optimizer(model.config());
    let step = trace_train_step("videogpt_bench", model, args.batch, &optimizer).unwrap();
    let mut trainer = Trainer::init(session, step, 1).unwrap();
    let data = inputs(model, args.batch);
    let first = trainer.step(&data).unwrap().get("loss").unwrap();
    let times = (0..args.repeats)
        .map(|_| {
            let start = Instant::now();
            trainer.step(&data).unwrap();
            start.elapsed().as_secs_f64()
        })
        .collect();
    (times, first)
}

/// A compiled reward program with its inputs resident on the device.
struct Resident {
    compiled: Compiled,
    inputs: Vec<DeviceBuffer>,
}

/// Times `repeats` reward calls on `windows` windows; returns (seconds per call, first mean).
fn time_reward(session: &Session, model: &VideoGpt, args: &Args) -> (Vec<f64>, f64) {
    let fb = FunctionBuilder::new("videogpt_reward_bench");
    let [t, h, w] = model.clip_shape();
    let space = model.code_space();
    let n = args.windows;
    let codes = fb.input("codes", DType::I32, &[n, t, h, w]);
    let book = fb.input(
        "codebook",
        DType::F32,
        &[space.codebook_size, space.code_dim],
    );
    let labels = model
        .config()
        .label_classes()
        .map(|_| fb.input("labels", DType::I32, &[n]));
    let scope = Scope::new(&fb);
    let root = scope.child("videogpt");
    let reward = match args.mode.as_str() {
        "reward" => model
            .frame_log_probs(&root, &codes, &book, labels.as_ref(), None)
            .sum(&[1]),
        _ => model
            .frame_log_probs_last(&root, &codes, &book, labels.as_ref(), 1)
            .reshape(&[n]),
    };
    let function = fb.finish(&[reward.mean_all()]).unwrap();
    let params = ParamTree::init(&scope.param_specs(), 1).unwrap();
    let mut host = inputs(model, n);
    host.extend(params.ordered(&scope.param_specs()).unwrap());
    let compiled = session.compile(&function).unwrap();
    let device = compiled.executable().devices()[0];
    let resident = Resident {
        inputs: host
            .iter()
            .map(|h| session.client().to_device(h, device).unwrap())
            .collect(),
        compiled,
    };
    let run = || -> f64 {
        let inputs = resident.inputs.iter().map(Input::Borrowed).collect();
        let out = resident.compiled.execute(inputs).unwrap();
        out[0].to_host().unwrap().to_f64_vec()[0]
    };
    let first = run();
    let times = (0..args.repeats)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed().as_secs_f64()
        })
        .collect();
    (times, first)
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
    let session = Session::discover().expect("a PJRT plugin (tools/install-pjrt-plugin)");
    let start = Instant::now();
    let (times, first) = match args.mode.as_str() {
        "train" => time_train(&session, &model, &args),
        "reward" | "reward-conditional" => time_reward(&session, &model, &args),
        other => panic!("--mode: train, reward or reward-conditional, got {other}"),
    };
    let setup = start.elapsed().as_secs_f64() - times.iter().sum::<f64>();
    let ours = median(times.clone());
    let (unit, per) = match args.mode.as_str() {
        "train" => (format!("batch {}", args.batch), 1.0),
        _ => (format!("{} windows", args.windows), args.windows as f64),
    };
    println!(
        "viper {} {} {unit} ({:?}): trace + compile + first call {setup:.1} s; {ours:.3} s per \
         call (median of {}, min {:.3}); {:.3} s per step; first value {first:.4}",
        args.preset,
        args.mode,
        args.attention,
        args.repeats,
        times.iter().cloned().fold(f64::MAX, f64::min),
        ours / per,
    );
    if args.layers.is_some() || args.dropout.is_some() {
        println!(
            "JAX peer skipped: --layers/--dropout change the model (the peer runs the preset)"
        );
        return;
    }
    if !args.python.exists() {
        println!(
            "JAX peer skipped: {} not found (run tools/bench/setup, or pass --python)",
            args.python.display()
        );
        return;
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/bench/videogpt_jax.py");
    if !script.exists() {
        println!("JAX peer skipped: {} not found", script.display());
        return;
    }
    let output = Command::new(&args.python)
        .arg(&script)
        .args(["--preset", &args.preset, "--mode", &args.mode])
        .args(["--batch", &args.batch.to_string()])
        .args(["--windows", &args.windows.to_string()])
        .args(["--iters", &args.repeats.to_string()])
        .output()
        .expect("run the JAX peer");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout.lines().last().unwrap_or_default();
    let peer: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| {
        panic!(
            "JAX peer output {line:?}: {e}; stderr: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let theirs = peer["seconds_per_call"].as_f64().unwrap_or(f64::NAN);
    println!(
        "jax   {} {} {unit}: {} params; compile {:.1} s; {theirs:.3} s per call (median of {}, \
         min {:.3}); first value {:.4}",
        args.preset,
        args.mode,
        peer["params"],
        peer["compile_seconds"].as_f64().unwrap_or(f64::NAN),
        args.repeats,
        peer["min_seconds_per_call"].as_f64().unwrap_or(f64::NAN),
        peer["first_value"].as_f64().unwrap_or(f64::NAN),
    );
    println!("ratio viper / jax time per call: {:.2}", ours / theirs);
}
