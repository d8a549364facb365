//! VQ-GAN step benchmark: the generator objective's value and gradients plus the
//! discriminator objective's (with R1, a gradient of a gradient) on one batch, in viper and in
//! a plain-JAX peer of the same architecture (`tools/bench/vqgan_step_jax.py`), same machine,
//! same run; prints both times and the ratio. The optimizer update is left out on both sides
//! (elementwise, small next to the convolutions).
//!
//! `cargo bench --bench vqgan_step -- [--preset dmc|atari] [--batch 8] [--repeats 3]
//! [--python PATH]` (default interpreter: `tools/bench/.venv/bin/python`, made by
//! `tools/bench/setup`; without one the peer is skipped and says so).

use std::path::{Path, PathBuf};
use std::process::Command;
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
    python: PathBuf,
}

fn parse_args() -> Args {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut args = Args {
        preset: "dmc".to_string(),
        batch: 8,
        repeats: 3,
        python: root.join("tools/bench/.venv/bin/python"),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        match flag.as_str() {
            "--preset" => args.preset = value(),
            "--batch" => args.batch = value().parse().expect("--batch: an integer"),
            "--repeats" => args.repeats = value().parse().expect("--repeats: an integer"),
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

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let args = parse_args();
    let config = match args.preset.as_str() {
        "dmc" => VqganConfig::dmc(),
        "atari" => VqganConfig::atari(),
        other => panic!("--preset: dmc or atari, got {other}"),
    };
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
    println!(
        "viper {} batch {}: {} params; trace + compile + first step {compile_seconds:.1} s; \
         G {gen_s:.3} s + D {disc_s:.3} s = {ours:.3} s (medians of {})",
        args.preset,
        args.batch,
        tree.count(),
        args.repeats
    );
    if !args.python.exists() {
        println!(
            "JAX peer skipped: {} not found (run tools/bench/setup, or pass --python)",
            args.python.display()
        );
        return;
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/bench/vqgan_step_jax.py");
    let output = Command::new(&args.python)
        .arg(&script)
        .args(["--preset", &args.preset])
        .args(["--batch", &args.batch.to_string()])
        .args(["--repeats", &args.repeats.to_string()])
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
    let seconds = |key: &str| peer[key].as_f64().unwrap_or(f64::NAN);
    let theirs = seconds("gen_seconds") + seconds("disc_seconds");
    println!(
        "jax   {} batch {}: {} params; compile + first step {:.1} s; G {:.3} s + D {:.3} s = \
         {theirs:.3} s",
        args.preset,
        args.batch,
        peer["params"],
        seconds("compile_seconds"),
        seconds("gen_seconds"),
        seconds("disc_seconds")
    );
    println!("ratio viper / jax step time: {:.2}", ours / theirs);
}
