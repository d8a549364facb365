//! DreamerV3 agent benchmark (issue #7): viper's agent programs against the JAX peer of the
//! same agent (`tools/bench/dreamer_jax.py`, plain JAX + optax, same machine, same run), and
//! the whole `train-agent` loop with the VIPER reward on.
//!
//! - `train`: one `AgentStep` update (world model, imagination, actor, critics; VIPER mode
//!   adds the density head, the Plan2Explore ensemble and two critics) on a random batch of
//!   `--batch` x `--length` 64x64 frames, 6-dim continuous actions, timed as the host loop
//!   calls it (`DeviceState::train`: the carried state stays on the device, the batch is
//!   uploaded ahead as the loop's prefetch does, only the metrics come back; the peer keeps
//!   its state on the device, donated). Peer: `--mode train [--prior]`.
//! - `policy`: one `PolicyStep` call (encoder, RSSM posterior step, actor sample) for 1 and
//!   for `--envs` observations, frames in and actions out, parameters and carry resident on
//!   the device as the loop keeps them (`act_on_device`; `act`, which sends them each call,
//!   is printed too). Peer: `--mode policy --policy-batch N` (its parameters stay on the device).
//! - `loop`: `viper train-agent --reward viper` on a built-in env with a tiny VQ-GAN and
//!   VideoGPT the bench trains first (as `tests/train_agent_viper_cli.rs`); env steps per
//!   second, time per update and the device-busy fraction; see `agent_loop.rs`.
//!
//! Rounds are interleaved: the peer compiles first (a server process), then each round runs
//! `--repeats` of our calls and then `--repeats` of the peer's; each round's ratio of medians
//! is printed, and the median over rounds. Peak memory is each process's own `VmHWM` (ours is
//! reset before each part, so it is that part's peak: traced graph, executable, buffers).
//!
//! `cargo bench --bench agent_step -- [--parts train,policy,loop] [--modes task,viper]
//! [--size small|tiny] [--batch 16] [--length 64] [--envs 4] [--rounds 3] [--repeats 1]
//! [--policy-repeats 50] [--peer-conv matmul|standard] [--python PATH] [--loop-steps 400]
//! [--loop-config PATH] [--config PATH] [--action-dim 6]` (default interpreter
//! `tools/bench/.venv/bin/python`, made by `tools/bench/setup`; without it the peer is skipped
//! and says so). `tiny` is the peer's tiny size (deter 64, 4x4 latents, depth 4) at 64x64, for
//! trying the bench quickly. `--config configs/dreamer/cpu.json` times the agent a run of
//! `train-agent --config` trains instead (its own frame size and batch unless `--batch` /
//! `--length` are given; the peer has no such size and is skipped; `--action-dim 1` is
//! cart-pole's).

mod agent_loop;
#[path = "../support/peer.rs"]
mod peer;

use peer::{gib, load_average, median, minimum, peak_rss_bytes, reset_peak_rss, seconds, Peer};
use std::path::{Path, PathBuf};
use std::time::Instant;
use viper::agent::prefetch::{BatchInputs, UploadedBatch};
use viper::agent::{AgentState, AgentStep, DeviceCarry, DeviceState, PolicyStep, RewardMode};
use viper::envs::ActionSpace;
use viper::models::dreamer::DreamerConfig;
use viper::session::Session;
use viper::testing::agent::{fresh_agent, metric, random_batch, random_frames, BatchShape};
use viper::testing::Rng;

/// The peer's continuous action size.
const ACTION_DIM: usize = 6;

pub struct Args {
    parts: Vec<String>,
    modes: Vec<String>,
    size: String,
    batch: usize,
    length: usize,
    envs: usize,
    rounds: usize,
    repeats: usize,
    policy_repeats: usize,
    peer_conv: String,
    python: PathBuf,
    loop_steps: u64,
    loop_config: PathBuf,
    /// Writes the traced train step's StableHLO here (`agent_step_<mode>.mlir`) and exits.
    dump: Option<PathBuf>,
    /// An agent config file (as `train-agent --config`) instead of `--size`; no peer.
    config: Option<PathBuf>,
    /// `--batch` / `--length` given on the command line (else a `--config` keeps its own).
    batch_given: bool,
    length_given: bool,
    /// The continuous action size of the agent (the peer's is 6).
    action_dim: usize,
}

fn parse_args() -> Args {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let list = |s: &str| s.split(',').map(str::to_string).collect::<Vec<_>>();
    let mut args = Args {
        parts: list("train,policy,loop"),
        modes: list("task,viper"),
        size: "small".into(),
        batch: 16,
        length: 64,
        envs: 4,
        rounds: 3,
        repeats: 1,
        policy_repeats: 50,
        peer_conv: "matmul".into(),
        python: root.join("tools/bench/.venv/bin/python"),
        loop_steps: 400,
        loop_config: root.join("configs/dreamer/tiny.json"),
        dump: None,
        config: None,
        batch_given: false,
        length_given: false,
        action_dim: ACTION_DIM,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        let int = |v: String| -> usize { v.parse().unwrap_or_else(|_| panic!("an integer: {v}")) };
        match flag.as_str() {
            "--parts" => args.parts = list(&value()),
            "--modes" => args.modes = list(&value()),
            "--size" => args.size = value(),
            "--batch" => (args.batch, args.batch_given) = (int(value()), true),
            "--length" => (args.length, args.length_given) = (int(value()), true),
            "--envs" => args.envs = int(value()),
            "--rounds" => args.rounds = int(value()).max(1),
            "--repeats" => args.repeats = int(value()).max(1),
            "--policy-repeats" => args.policy_repeats = int(value()).max(1),
            "--peer-conv" => args.peer_conv = value(),
            "--python" => args.python = PathBuf::from(value()),
            "--loop-steps" => args.loop_steps = int(value()) as u64,
            "--loop-config" => args.loop_config = PathBuf::from(value()),
            "--dump" => args.dump = Some(PathBuf::from(value())),
            "--config" => args.config = Some(PathBuf::from(value())),
            "--action-dim" => args.action_dim = int(value()),
            "--bench" => {}
            other => panic!("unknown argument {other}"),
        }
    }
    assert!(
        ["matmul", "standard"].contains(&args.peer_conv.as_str()),
        "--peer-conv: matmul or standard"
    );
    args
}

/// The agent config of `--size` at `--batch` x `--length` (64x64 frames, as the peer), or
/// of `--config` (its batch unless `--batch` / `--length` are given).
fn bench_config(args: &Args) -> DreamerConfig {
    if let Some(path) = &args.config {
        let mut config = viper::config::load_config(Some(path), DreamerConfig::small(), &[])
            .unwrap_or_else(|e| panic!("--config {}: {e}", path.display()));
        if args.batch_given {
            config.batch_size = args.batch;
        }
        if args.length_given {
            config.batch_length = args.length;
        }
        return config;
    }
    let mut config = DreamerConfig::small();
    if args.size == "tiny" {
        (config.deter, config.units, config.layers) = (64, 64, 1);
        (config.cnn_depth, config.stoch, config.classes) = (4, 4, 4);
    } else {
        assert_eq!(args.size, "small", "--size: small or tiny");
    }
    config.batch_size = args.batch;
    config.batch_length = args.length;
    config
}

/// What the bench times: `--size`, or the `--config` file (which the peer does not have).
fn size_label(args: &Args) -> String {
    match &args.config {
        Some(path) => format!("config {}", path.display()),
        None => args.size.clone(),
    }
}

/// The JAX peer of the agent (tools/bench).
const PEER_SCRIPT: &str = "dreamer_jax.py";

fn peer_args(args: &Args, extra: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = ["--warmup", "1", "--size", &args.size]
        .iter()
        .chain(extra)
        .map(|s| s.to_string())
        .collect();
    if args.peer_conv == "matmul" {
        out.push("--conv-matmul".into());
    }
    out
}

/// Interleaved rounds: `ours()` gives one round's times; the peer answers with its own (and
/// its peak memory, kept in `peer.ready`).
fn rounds(
    label: &str,
    args: &Args,
    repeats: usize,
    peer: &mut Option<Peer>,
    mut ours: impl FnMut() -> Vec<f64>,
) {
    let mut ratios = Vec::new();
    let (mut all_ours, mut all_theirs) = (Vec::new(), Vec::new());
    for round in 1..=args.rounds {
        let load = load_average();
        let times = ours();
        let mine = median(times.clone());
        all_ours.extend(times);
        let mut line = format!("  {label} round {round}: viper {mine:.4} s");
        if let Some(p) = peer.as_mut() {
            let theirs = p.round(repeats);
            let t = seconds(&theirs, "seconds_per_call");
            if let Some(ts) = theirs["times"].as_array() {
                all_theirs.extend(ts.iter().filter_map(|v| v.as_f64()));
            }
            line += &format!("; jax {t:.4} s; ratio {:.2}", mine / t);
            ratios.push(mine / t);
            p.ready["peak_rss_bytes"] = theirs["peak_rss_bytes"].clone();
        }
        println!("{line} (medians of {repeats}; load average {load:.1})");
    }
    let list: Vec<String> = ratios.iter().map(|r| format!("{r:.2}")).collect();
    let mut line = format!(
        "  {label}: viper median {:.4} s, min {:.4} s",
        median(all_ours.clone()),
        minimum(&all_ours)
    );
    if !all_theirs.is_empty() {
        line += &format!(
            "; jax median {:.4} s, min {:.4} s; ratio viper / jax {:.2} (median of {} rounds: {})",
            median(all_theirs.clone()),
            minimum(&all_theirs),
            median(ratios.clone()),
            ratios.len(),
            list.join(", ")
        );
    }
    println!("{line}");
}

fn memory_line(label: &str, peer: &Option<Peer>) {
    let ours = peak_rss_bytes();
    let theirs = peer
        .as_ref()
        .and_then(|p| p.ready["peak_rss_bytes"].as_f64());
    match (ours, theirs) {
        (Some(a), Some(b)) => println!(
            "  {label} peak memory (VmHWM): viper {:.2} GiB, jax {:.2} GiB; ratio {:.2}",
            gib(a),
            gib(b),
            a / b
        ),
        (Some(a), None) => println!("  {label} peak memory (VmHWM): viper {:.2} GiB", gib(a)),
        _ => println!("  {label} peak memory: no VmHWM here"),
    }
}

fn train_part(args: &Args, session: &Session, mode_name: &str) {
    let (mode, prior) = match mode_name {
        "task" => (RewardMode::Task, false),
        "viper" => (RewardMode::Viper, true),
        other => panic!("--modes: task or viper, got {other}"),
    };
    let config = bench_config(args);
    let (b, t) = (config.batch_size, config.batch_length);
    println!(
        "train step, {} {mode_name} mode, batch {b} x {t}:",
        size_label(args)
    );
    let mut extra = vec!["--mode", "train"];
    let (bs, ts) = (b.to_string(), t.to_string());
    extra.extend(["--batch", &bs, "--length", &ts]);
    if prior {
        extra.push("--prior");
    }
    // The peer compiles first, alone, so neither side's compile slows the other's.
    let mut peer = match (&args.dump, &args.config) {
        (None, None) => Peer::start(&args.python, PEER_SCRIPT, &peer_args(args, &extra)),
        _ => None,
    };
    reset_peak_rss();
    let space = ActionSpace::Continuous {
        dim: args.action_dim,
    };
    if let Some(dir) = &args.dump {
        let step = AgentStep::trace(&config, &space, mode).expect("trace the agent step");
        let text = viper::lower::to_stablehlo(&step.function).expect("lower");
        let path = dir.join(format!("agent_step_{mode_name}.mlir"));
        std::fs::write(&path, text).expect("write the StableHLO");
        println!("  wrote {}", path.display());
        return;
    }
    let start = Instant::now();
    let step = AgentStep::trace(&config, &space, mode).expect("trace the agent step");
    let traced = start.elapsed().as_secs_f64();
    let compiled = session.compile(&step.function).expect("compile");
    let compile = start.elapsed().as_secs_f64() - traced;
    let host = AgentState::init(&step, 1).expect("initial state");
    let mut state = DeviceState::upload(compiled.client(), &host).expect("upload the state");
    let shape = BatchShape::of(&step.config, &space);
    let inputs = BatchInputs::of(&step);
    let batch =
        UploadedBatch::upload(random_batch(shape, 2), compiled.client(), &inputs).expect("batch");
    let first = Instant::now();
    let metrics = state.train(&step, &compiled, &batch, [0, 1]).unwrap();
    let first = first.elapsed().as_secs_f64();
    let value = |name: &str| metric(&step, &metrics, name);
    let params: usize = step
        .params
        .iter()
        .map(|p| p.dims.iter().product::<usize>())
        .sum();
    println!(
        "  viper: {params} parameters (incl. slow critics); trace {traced:.1} s, compile {compile:.1} s, first step {first:.1} s; wm loss {:.4}, skipped {}",
        value("wm/loss"),
        value("skipped")
    );
    if let Some(p) = &peer {
        println!(
            "  jax ({} convs): {} parameters (slow critics excluded); compile + warmup {:.1} s",
            args.peer_conv,
            p.ready["params"],
            seconds(&p.ready, "compile_seconds")
        );
    }
    let mut calls = 1u32;
    rounds(
        &format!("{mode_name} step"),
        args,
        args.repeats,
        &mut peer,
        || {
            (0..args.repeats)
                .map(|_| {
                    let tick = Instant::now();
                    state.train(&step, &compiled, &batch, [calls, 1]).unwrap();
                    calls += 1;
                    tick.elapsed().as_secs_f64()
                })
                .collect()
        },
    );
    memory_line(&format!("{mode_name} step"), &peer);
}

fn policy_part(args: &Args, session: &Session, envs: usize) {
    let config = bench_config(args);
    let space = ActionSpace::Continuous {
        dim: args.action_dim,
    };
    println!(
        "policy step, {} task mode, {envs} observation(s):",
        size_label(args)
    );
    let n = envs.to_string();
    let mut peer = match args.config {
        Some(_) => None,
        None => Peer::start(
            &args.python,
            PEER_SCRIPT,
            &peer_args(args, &["--mode", "policy", "--policy-batch", &n]),
        ),
    };
    reset_peak_rss();
    let start = Instant::now();
    let (_, state) = fresh_agent(&config, &space, RewardMode::Task, 1).expect("an agent");
    let policy = PolicyStep::trace(&config, &space, RewardMode::Task, envs, false).expect("trace");
    let compiled = session.compile(&policy.function).expect("compile");
    println!(
        "  viper: trace + compile {:.1} s",
        start.elapsed().as_secs_f64()
    );
    if let Some(p) = &peer {
        println!(
            "  jax: compile + warmup {:.1} s",
            seconds(&p.ready, "compile_seconds")
        );
    }
    let mut rng = Rng::new(3);
    let s = config.image_size;
    let images = random_frames(&mut rng, envs, s);
    let firsts = vec![false; envs];
    // As the loop acts: parameters and carry on the device (`act_on_device`); `act` sends
    // them each call.
    let params = DeviceState::upload(compiled.client(), &state).expect("upload");
    let mut carry =
        DeviceCarry::upload(compiled.client(), &policy.initial_carry()).expect("upload carry");
    let mut sent_carry = policy.initial_carry();
    let mut sent_times = Vec::new();
    let mut calls = 0u32;
    let mut act = |sent: bool| {
        let tick = Instant::now();
        if sent {
            let c = &mut sent_carry;
            policy.act(&compiled, &state, c, &images, &firsts, [calls, 2])
        } else {
            let c = &mut carry;
            policy.act_on_device(&compiled, &params, c, &images, &firsts, [calls, 2])
        }
        .unwrap();
        calls += 1;
        tick.elapsed().as_secs_f64()
    };
    act(false);
    act(true);
    let repeats = args.policy_repeats;
    rounds(&format!("policy x{envs}"), args, repeats, &mut peer, || {
        sent_times.extend((0..repeats).map(|_| act(true)));
        (0..repeats).map(|_| act(false)).collect()
    });
    println!(
        "  policy x{envs} with the parameters sent each call (PolicyStep::act): median {:.4} s, min {:.4} s",
        median(sent_times.clone()),
        minimum(&sent_times)
    );
    memory_line(&format!("policy x{envs}"), &peer);
}

fn main() {
    let args = parse_args();
    // Each part (and train mode) in its own process, so each peak memory is that part's.
    let jobs: Vec<(String, String)> = args
        .parts
        .iter()
        .flat_map(|part| match part.as_str() {
            "train" => args
                .modes
                .iter()
                .map(|m| (part.clone(), m.clone()))
                .collect(),
            _ => vec![(part.clone(), String::new())],
        })
        .collect();
    println!(
        "agent_step bench: size {}, peer convs {}, load average {:.1} at start",
        size_label(&args),
        args.peer_conv,
        load_average()
    );
    if jobs.len() > 1 {
        let me = std::env::current_exe().expect("the bench's own path");
        let passed: Vec<String> = std::env::args().skip(1).collect();
        for (part, mode) in jobs {
            let mut cmd = std::process::Command::new(&me);
            cmd.args(&passed).args(["--parts", &part]);
            if !mode.is_empty() {
                cmd.args(["--modes", &mode]);
            }
            let status = cmd.status().expect("run a part of the bench");
            assert!(status.success(), "part {part} {mode} failed");
        }
        return;
    }
    let session = Session::discover().expect("a PJRT plugin (tools/install-pjrt-plugin)");
    reset_peak_rss();
    let (part, mode) = &jobs[0];
    match part.as_str() {
        "train" => train_part(&args, &session, mode),
        "policy" => {
            policy_part(&args, &session, 1);
            if args.envs != 1 {
                reset_peak_rss();
                policy_part(&args, &session, args.envs);
            }
        }
        "loop" => agent_loop::run(&args),
        other => panic!("--parts: train, policy, loop; got {other}"),
    }
}
