//! VQ-GAN step benchmark: the generator objective's value and gradients plus the
//! discriminator objective's (with R1, a gradient of a gradient) on one batch, in viper and in
//! a plain-JAX peer of the same architecture (`tools/bench/vqgan_step_jax.py`), same machine,
//! same run; prints both times and the ratio. The optimizer update is left out on both sides
//! (elementwise, small next to the convolutions).
//!
//! Rounds are interleaved so both sides see the same machine load: the peer compiles first
//! (as a server process, `--serve`), then each round times `repeats` viper steps and then
//! `repeats` peer steps; the ratio is printed per round and as the median over rounds.
//! Peak memory is measured the same way for both: the peak resident set (`VmHWM` in
//! `/proc/self/status`) of each side's own process (this bench process holds viper's traced
//! graphs, compiled executables and device buffers; the peer process the JAX equivalents).
//!
//! `cargo bench --bench vqgan_step -- [--preset dmc|atari] [--batch 8] [--repeats 3]
//! [--rounds 3] [--python PATH]` (default interpreter: `tools/bench/.venv/bin/python`, made
//! by `tools/bench/setup`; without one the peer is skipped and says so).

#[path = "support/peer.rs"]
mod peer;

use peer::{median, peak_rss_bytes, seconds, Peer};
use std::path::{Path, PathBuf};
use std::time::Instant;
use viper::models::vqgan::{gradient_graph, GradientGraph, Objective, VqganConfig};
use viper::nn::{ParamSpec, ParamTree};
use viper::runtime::{DeviceBuffer, Input};
use viper::session::{Compiled, Session};
use viper::testing::Rng;
use viper::HostTensor;

struct Args {
    preset: String,
    batch: usize,
    repeats: usize,
    rounds: usize,
    python: PathBuf,
}

fn parse_args() -> Args {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut args = Args {
        preset: "dmc".to_string(),
        batch: 8,
        repeats: 3,
        rounds: 3,
        python: root.join("tools/bench/.venv/bin/python"),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        match flag.as_str() {
            "--preset" => args.preset = value(),
            "--batch" => args.batch = value().parse().expect("--batch: an integer"),
            "--repeats" => args.repeats = value().parse().expect("--repeats: an integer"),
            "--rounds" => args.rounds = value().parse().expect("--rounds: an integer"),
            "--python" => args.python = PathBuf::from(value()),
            "--bench" => {}
            other => panic!("unknown argument {other}"),
        }
    }
    args
}

/// A compiled objective with its inputs resident on the device.
struct Resident {
    compiled: Compiled,
    inputs: Vec<DeviceBuffer>,
}

fn prepare(
    session: &Session,
    graph: &GradientGraph,
    tree: &ParamTree,
    images: &HostTensor,
) -> Resident {
    let compiled = session.compile(&graph.function).expect("compile");
    let device = compiled.executable().devices()[0];
    let inputs = graph
        .function
        .inputs()
        .iter()
        .map(|spec| {
            let host = match spec.name.as_str() {
                "images" => images,
                name => tree.get(name).expect("every parameter initialised"),
            };
            session.client().to_device(host, device).expect("upload")
        })
        .collect();
    Resident { compiled, inputs }
}

fn run(resident: &Resident) {
    let inputs = resident.inputs.iter().map(Input::Borrowed).collect();
    let outputs = resident.compiled.execute(inputs).expect("execute");
    outputs[0].to_host().expect("loss to host");
}

/// The JAX peer of the VQ-GAN steps at this preset and batch.
fn start_peer(args: &Args) -> Option<Peer> {
    let batch = args.batch.to_string();
    let peer_args = ["--preset", &args.preset, "--batch", &batch].map(String::from);
    Peer::start(&args.python, "vqgan_step_jax.py", &peer_args)
}

fn main() {
    let args = parse_args();
    let config = match args.preset.as_str() {
        "dmc" => VqganConfig::dmc(),
        "atari" => VqganConfig::atari(),
        other => panic!("--preset: dmc or atari, got {other}"),
    };
    // The peer compiles first, alone, so neither side's compile slows the other's.
    let mut peer = start_peer(&args);
    let session = Session::discover().expect("a PJRT plugin (tools/install-pjrt-plugin)");
    let start = Instant::now();
    let gen = gradient_graph("vqgan_gen", &config, args.batch, Objective::Generator).unwrap();
    let disc = gradient_graph("vqgan_disc", &config, args.batch, Objective::Discriminator).unwrap();
    let specs: Vec<ParamSpec> = gen.updated.iter().chain(&disc.updated).cloned().collect();
    let tree = ParamTree::init(&specs, config.seed).unwrap();
    let s = config.image_size;
    let mut rng = Rng::new(3);
    let pixels: Vec<f32> = (0..args.batch * s * s * 3)
        .map(|_| 2.0 * rng.uniform() as f32 - 1.0)
        .collect();
    let images = HostTensor::from_slice(&[args.batch, s, s, 3], &pixels).unwrap();
    let g = prepare(&session, &gen, &tree, &images);
    let d = prepare(&session, &disc, &tree, &images);
    run(&g);
    run(&d);
    let compile_seconds = start.elapsed().as_secs_f64();
    println!(
        "viper {} batch {}: {} params; trace + compile + first step {compile_seconds:.1} s",
        args.preset,
        args.batch,
        tree.count()
    );
    if let Some(p) = &peer {
        println!(
            "jax   {} batch {}: {} params; compile + first step {:.1} s",
            args.preset,
            args.batch,
            p.ready["params"],
            seconds(&p.ready, "compile_seconds")
        );
    }
    let mut ratios = Vec::new();
    let mut peer_rss = None;
    for round in 1..=args.rounds.max(1) {
        let (mut gen_times, mut disc_times) = (vec![], vec![]);
        for _ in 0..args.repeats {
            let start = Instant::now();
            run(&g);
            gen_times.push(start.elapsed().as_secs_f64());
            let start = Instant::now();
            run(&d);
            disc_times.push(start.elapsed().as_secs_f64());
        }
        let (gen_s, disc_s) = (median(gen_times), median(disc_times));
        let ours = gen_s + disc_s;
        let mut line = format!(
            "round {round}: viper G {gen_s:.3} s + D {disc_s:.3} s = {ours:.3} s (medians of {})",
            args.repeats
        );
        if let Some(p) = peer.as_mut() {
            let theirs = p.round(args.repeats);
            let total = seconds(&theirs, "gen_seconds") + seconds(&theirs, "disc_seconds");
            line += &format!(
                "; jax G {:.3} s + D {:.3} s = {total:.3} s; ratio {:.2}",
                seconds(&theirs, "gen_seconds"),
                seconds(&theirs, "disc_seconds"),
                ours / total
            );
            ratios.push(ours / total);
            peer_rss = theirs["peak_rss_bytes"].as_f64();
        }
        println!("{line}");
    }
    let ours_rss = peak_rss_bytes();
    let gib = |b: f64| b / (1u64 << 30) as f64;
    match (ours_rss, peer_rss) {
        (Some(a), Some(b)) => println!(
            "peak memory (process VmHWM): viper {:.2} GiB, jax {:.2} GiB; ratio viper / jax {:.2}",
            gib(a),
            gib(b),
            a / b
        ),
        (Some(a), None) => println!("peak memory (process VmHWM): viper {:.2} GiB", gib(a)),
        _ => println!("peak memory: /proc/self/status has no VmHWM here"),
    }
    if !ratios.is_empty() {
        let list: Vec<String> = ratios.iter().map(|r| format!("{r:.2}")).collect();
        println!(
            "ratio viper / jax step time: {:.2} (median of {} interleaved rounds: {})",
            median(ratios.clone()),
            ratios.len(),
            list.join(", ")
        );
    }
    drop(peer);
}
