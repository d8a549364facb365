//! Times StableHLO files on viper's runtime: each file's `@main` is compiled for one device and
//! called repeatedly, the files round-robin (one call each per round, so machine load hits
//! them alike), with inputs of its argument shapes (f32: small deterministic values; integer
//! types: zeros), each call waited for. A profiling aid for comparing lowered forms of the
//! same computation, e.g. the files `tools/bench/conv_grad_forms.py --dump-dir DIR` writes, or
//! an agent step of ours (`cargo bench --bench agent_step -- --dump DIR`) against JAX's.
//!
//! Besides wall time, each file's CPU time per call (all threads of this process, from
//! `/proc/self/stat`, in 10 ms ticks, so only its mean over many calls means much) and each
//! file's median per-round ratio to the first file are printed: on a shared machine the CPU
//! time is the steadier measure of the work a program does, the wall time what a caller waits.
//!
//! `cargo bench --bench hlo_time -- [--calls N] [--plugin PATH] FILE...`

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Parser;
use viper::runtime::{Client, CompileOptions, Input};
use viper::{DType, HostTensor};

#[derive(Parser)]
#[command(about = "time StableHLO files on viper's runtime")]
struct Args {
    /// Timed calls per file.
    #[arg(long, default_value_t = 40)]
    calls: usize,
    /// PJRT plugin; default: $VIPER_PJRT_PLUGIN, else the plugin cache.
    #[arg(long)]
    plugin: Option<PathBuf>,
    files: Vec<PathBuf>,
    /// `cargo bench` passes this to every bench binary.
    #[arg(long, hide = true)]
    bench: bool,
}

/// The dtypes and shapes of `@main`'s arguments (f32, or zero-filled u8/u32/i32/i1).
fn main_arg_shapes(mlir: &str) -> Result<Vec<(DType, Vec<usize>)>> {
    let start = mlir.find("@main(").context("no `@main(` in the file")? + "@main(".len();
    let end = start
        + mlir[start..]
            .find(") ->")
            .context("no `) ->` after `@main(`")?;
    let mut shapes = Vec::new();
    for piece in mlir[start..end].split("tensor<").skip(1) {
        let ty = piece.split('>').next().unwrap_or_default();
        let types = [
            ("f32", DType::F32),
            ("ui8", DType::U8),
            ("ui32", DType::U32),
            ("i32", DType::I32),
            ("i1", DType::Bool),
        ];
        let Some((dims, dtype)) = types
            .iter()
            .find_map(|(suffix, dtype)| ty.strip_suffix(suffix).map(|d| (d, *dtype)))
        else {
            bail!("argument type tensor<{ty}> is not f32, ui8, ui32, i32 or i1");
        };
        let dims = dims.trim_end_matches('x');
        let shape = if dims.is_empty() {
            vec![]
        } else {
            dims.split('x')
                .map(|d| {
                    d.parse()
                        .with_context(|| format!("bad dim `{d}` in tensor<{ty}>"))
                })
                .collect::<Result<Vec<usize>>>()?
        };
        shapes.push((dtype, shape));
    }
    Ok(shapes)
}

/// CPU time of this process so far (user + system, every thread), in seconds; Linux's
/// `/proc/self/stat` counts it in ticks of 1/100 s (USER_HZ). `None` where it cannot be read.
fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |k: usize| fields.get(k - 3)?.parse::<f64>().ok();
    Some((ticks(14)? + ticks(15)?) / 100.0)
}

/// One compiled file and what its calls measured.
struct Program {
    name: String,
    exe: viper::runtime::Executable,
    inputs: Vec<viper::runtime::DeviceBuffer>,
    wall_ms: Vec<f64>,
    cpu_seconds: f64,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let client = Client::new(args.plugin.as_deref())?;
    println!(
        "plugin {} (PJRT API {:?}); ms per call, min / median of {}",
        client.plugin_path().display(),
        client.api_version(),
        args.calls
    );
    // Compile everything first, then time the files round-robin (one call each per round),
    // so load from other processes hits every file alike.
    let mut programs = Vec::new();
    for file in &args.files {
        let mlir =
            std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
        let name = file
            .file_stem()
            .map_or("program".into(), |s| s.to_string_lossy().into_owned());
        let start = Instant::now();
        let exe = client.compile(&name, &mlir, &CompileOptions::single_device())?;
        println!("{name}: compiled in {:.1} s", start.elapsed().as_secs_f64());
        let mut inputs = Vec::new();
        for (dtype, shape) in
            main_arg_shapes(&mlir).with_context(|| format!("{}", file.display()))?
        {
            let n: usize = shape.iter().product();
            let host = if dtype == DType::F32 {
                let values: Vec<f32> = (0..n)
                    .map(|i| ((i * 7) % 13) as f32 * 0.01 - 0.06)
                    .collect();
                HostTensor::from_slice(&shape, &values)?
            } else {
                HostTensor::zeros(dtype, &shape)
            };
            inputs.push(client.to_device(&host, 0)?);
        }
        drop(exe.execute(inputs.iter().map(Input::Borrowed).collect())?);
        programs.push(Program {
            name,
            exe,
            inputs,
            wall_ms: Vec::with_capacity(args.calls),
            cpu_seconds: 0.0,
        });
    }
    let mut ratios: Vec<Vec<f64>> = vec![Vec::new(); programs.len()];
    for round in 0..args.calls {
        let mut line = format!("round {round}:");
        for p in programs.iter_mut() {
            let cpu = process_cpu_seconds();
            let start = Instant::now();
            drop(
                p.exe
                    .execute(p.inputs.iter().map(Input::Borrowed).collect())?,
            );
            let ms = start.elapsed().as_secs_f64() * 1e3;
            if let (Some(before), Some(after)) = (cpu, process_cpu_seconds()) {
                p.cpu_seconds += after - before;
            }
            p.wall_ms.push(ms);
            line += &format!(" {} {ms:.1}", p.name);
        }
        let first = programs[0].wall_ms[round];
        for (k, p) in programs.iter().enumerate() {
            ratios[k].push(p.wall_ms[round] / first);
        }
        if programs.len() > 1 && args.calls > 1 {
            println!("{line}");
        }
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    };
    println!(
        "{:<32} {:>8} / {:>8}  {:>8}  {:>9}",
        "file", "min ms", "median", "cpu ms", "ratio"
    );
    for (p, r) in programs.iter().zip(ratios) {
        let min = p.wall_ms.iter().copied().fold(f64::INFINITY, f64::min);
        let cpu_ms = p.cpu_seconds * 1e3 / args.calls.max(1) as f64;
        println!(
            "{:<32} {min:8.3} / {:8.3}  {cpu_ms:8.1}  {:9.3}",
            p.name,
            median(p.wall_ms.clone()),
            median(r)
        );
    }
    Ok(())
}
