//! The issue #2 benchmark: time per call of a compiled, donated-parameter train step of a
//! 2-layer MLP and of a 4-layer conv net, in viper and in JAX on the same machine in one run,
//! printed as a ratio, plus host overhead per call. The programs and the timing rules are
//! defined in `tools/bench/README.md`.
//!
//! `cargo bench --bench train_step -- [--rounds R] [--calls C] [--programs mlp,conv]`
//!
//! Both sides compile first; then R rounds alternate C timed calls of viper with C calls of
//! JAX (and C calls of JAX's own lowered program on viper's runtime), so machine load from
//! other processes hits both sides alike.

mod client_ab;
mod data;
mod host;
mod init;
mod peer;
mod programs;
mod report;
mod runner;

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Parser;
use viper::runtime::{Client, ClientOptions};

use host::HostProbe;
use peer::Peer;
use report::{HostRow, ProgramRow, Stats};
use runner::StepRunner;

/// Losses of this many first steps are compared between the two sides.
const CHECKED_STEPS: usize = 3;
/// Largest relative difference of those losses still taken as float32 rounding.
const LOSS_TOLERANCE: f64 = 1e-5;

#[derive(Parser)]
#[command(about = "viper vs JAX train-step benchmark (issue #2)")]
struct Args {
    /// Interleaved rounds (each: C viper calls, C JAX calls, C calls of JAX's HLO on viper).
    #[arg(long, default_value_t = 10)]
    rounds: usize,
    /// Timed calls per side per round.
    #[arg(long, default_value_t = 10)]
    calls: usize,
    /// Untimed calls after compiling (their losses are compared).
    #[arg(long, default_value_t = 5)]
    warmup: usize,
    /// Programs to run, comma-separated.
    #[arg(long, default_value = "mlp,conv", value_delimiter = ',')]
    programs: Vec<String>,
    /// Timed calls of the host-overhead measurement.
    #[arg(long, default_value_t = 2000)]
    host_calls: usize,
    /// PJRT plugin; default: $VIPER_PJRT_PLUGIN, else the plugin cache.
    #[arg(long)]
    plugin: Option<PathBuf>,
    /// The client option `asynchronous` (true: executions on the plugin's thread pool, the
    /// plugins' own default; false: inline). Default: viper's default for the platform.
    #[arg(long)]
    asynchronous: Option<bool>,
    /// Instead of the JAX comparison: viper's steps and host overhead on two clients of the
    /// plugin, `asynchronous = true` against `false`, interleaved.
    #[arg(long)]
    compare_asynchronous: bool,
    /// Where both sides write their lowered programs (viper's StableHLO, JAX's StableHLO and
    /// optimized HLO); default: a folder under the system temp dir.
    #[arg(long)]
    dump_dir: Option<PathBuf>,
    /// `cargo bench` passes this to every bench binary.
    #[arg(long, hide = true)]
    bench: bool,
}

fn main() -> Result<()> {
    let args = Args::parse();
    for p in &args.programs {
        if !programs::NAMES.contains(&p.as_str()) {
            bail!(
                "unknown program `{p}`, expected some of {:?}",
                programs::NAMES
            );
        }
    }
    let dump_dir = args
        .dump_dir
        .clone()
        .unwrap_or_else(|| std::env::temp_dir().join("viper-bench-train-step"));
    std::fs::create_dir_all(&dump_dir)
        .with_context(|| format!("creating dump dir {}", dump_dir.display()))?;

    if args.compare_asynchronous {
        return client_ab::run(&client_ab::Plan {
            plugin: args.plugin.as_deref(),
            programs: &args.programs,
            rounds: args.rounds,
            calls: args.calls,
            warmup: args.warmup,
            host_calls: args.host_calls,
            checked_steps: CHECKED_STEPS,
        });
    }
    let load_before = load_average();
    let options = ClientOptions {
        asynchronous: args.asynchronous,
        ..Default::default()
    };
    let client = Client::with_options(args.plugin.as_deref(), &options)?;
    eprintln!(
        "viper: plugin {} (PJRT API {:?}), {} devices, client options {:?}; compiling...",
        client.plugin_path().display(),
        client.api_version(),
        client.devices().len(),
        client.options()
    );
    // Every program's variants (e.g. the conv net with each conv gradient form): a runner, or
    // why viper cannot trace that variant yet.
    let mut built = Vec::new();
    let mut ours: Vec<(usize, String, Result<StepRunner, &'static str>)> = Vec::new();
    for (index, name) in args.programs.iter().enumerate() {
        let program = programs::build(name)?;
        for variant in &program.variants {
            let file = dump_dir.join(format!("viper_{}.stablehlo.mlir", variant.key));
            let runner = match &variant.mlir {
                Ok(mlir) => {
                    std::fs::write(&file, mlir)?;
                    Ok(StepRunner::new(
                        &client,
                        &format!("viper_{}_step", variant.key),
                        mlir,
                        &program.params,
                        &program.batch,
                        args.warmup,
                        CHECKED_STEPS,
                    )?)
                }
                Err(missing) => {
                    // No stale text from an earlier run may pass for this run's program.
                    let _ = std::fs::remove_file(&file);
                    Err(*missing)
                }
            };
            ours.push((index, variant.label.clone(), runner));
        }
        built.push(program);
    }

    eprintln!("JAX peer: compiling...");
    let mut peer = Peer::start(&args.programs, args.warmup, Some(&dump_dir))?;
    eprintln!("JAX peer: {}", peer.env);
    // JAX's own program on viper's runtime: separates "our program" from "our plugin's XLA".
    let mut theirs_on_ours = Vec::new();
    for (name, program) in args.programs.iter().zip(&built) {
        let path = dump_dir.join(format!("jax_{name}.stablehlo.mlir"));
        let mlir = std::fs::read_to_string(&path)
            .with_context(|| format!("reading JAX's lowered program {}", path.display()))?;
        theirs_on_ours.push(StepRunner::new(
            &client,
            &format!("jax_{name}_step"),
            &mlir,
            &program.params,
            &program.batch,
            args.warmup,
            CHECKED_STEPS,
        )?);
    }

    let n = args.programs.len();
    let mut t_viper = vec![vec![]; ours.len()];
    let (mut t_jax, mut t_cross) = (vec![vec![]; n], vec![vec![]; n]);
    for round in 0..args.rounds {
        eprint!("\rround {}/{}", round + 1, args.rounds);
        for (i, name) in args.programs.iter().enumerate() {
            for (v, (program, _, runner)) in ours.iter_mut().enumerate() {
                if let (true, Ok(runner)) = (*program == i, runner) {
                    t_viper[v].extend(runner.time_calls(args.calls)?);
                }
            }
            t_jax[i].extend(peer.time(name, args.calls)?);
            t_cross[i].extend(theirs_on_ours[i].time_calls(args.calls)?);
        }
    }
    eprintln!();

    // Host overhead, interleaved the same way: per round, each side's medians of a chunk.
    let probe = HostProbe::new(&client)?;
    let chunk = (args.host_calls / args.rounds.max(1)).max(1);
    let (mut ours_host, mut jax_host) = (vec![], vec![]);
    for _ in 0..args.rounds.max(1) {
        ours_host.push(probe.measure(chunk)?);
        let h = peer.host_overhead(chunk)?;
        jax_host.push((h.dispatch_median_us, h.transfer_roundtrip_median_us));
    }
    let median_of = |v: &[(f64, f64)], second: bool| {
        let xs: Vec<f64> = v.iter().map(|p| if second { p.1 } else { p.0 }).collect();
        Stats::of(&xs).median
    };

    let rows: Vec<ProgramRow> = ours
        .iter()
        .zip(&t_viper)
        .map(|((i, label, runner), times)| {
            let ready = &peer.ready[*i];
            ProgramRow {
                program: label.clone(),
                viper: runner.as_ref().map(|_| Stats::of(times)).map_err(|m| *m),
                jax: Stats::of(&t_jax[*i]),
                jax_hlo_on_viper: Some(Stats::of(&t_cross[*i])),
                viper_losses: runner.as_ref().map_or(vec![], |r| r.losses.clone()),
                jax_losses: ready.losses.clone(),
                viper_compile_ms: runner.as_ref().ok().map(|r| r.compile_ms),
                jax_first_call_ms: ready.first_call_ms,
            }
        })
        .collect();
    report::print_table(
        &rows,
        &HostRow {
            viper_dispatch_us: Some(median_of(&ours_host, false)),
            viper_roundtrip_us: Some(median_of(&ours_host, true)),
            jax_dispatch_us: median_of(&jax_host, false),
            jax_roundtrip_us: median_of(&jax_host, true),
        },
        args.rounds,
    );
    println!(
        "plugin: {} (PJRT API {:?}, client options {:?}); JAX {}; load average (1 min) before \
         {load_before}, after {}",
        client.plugin_path().display(),
        client.api_version(),
        client.options(),
        peer.env["jax"].as_str().unwrap_or("?"),
        load_average()
    );
    println!("lowered programs: {}", dump_dir.display());
    // Same initial values and data, same math: the first losses must agree to f32 rounding,
    // or the timings compare different programs.
    for row in &rows {
        if let Some(diff) = report::loss_rel_diff(&row.viper_losses, &row.jax_losses) {
            if diff > LOSS_TOLERANCE {
                bail!(
                    "{}: viper's first losses {:?} differ from JAX's {:?} by {diff:.1e} \
                     (relative): the two sides do not run the same program",
                    row.program,
                    row.viper_losses,
                    row.jax_losses
                );
            }
        }
    }
    Ok(())
}

/// The 1-minute load average (Linux), to judge how busy the machine was; "?" elsewhere.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".to_string())
}
