//! Times StableHLO files on viper's runtime: each file's `@main` is compiled for one device and
//! called repeatedly, the files round-robin (one call each per round, so machine load hits
//! them alike), with inputs of its argument shapes (f32: small deterministic values; integer
//! types: zeros), each call waited for. A profiling aid for comparing lowered forms of the
//! same computation, e.g. the files `tools/bench/conv_grad_forms.py --dump-dir DIR` writes, or
//! an agent step of ours (`cargo bench --bench agent_step -- --dump DIR`) against JAX's.
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
        let exe = client.compile(&name, &mlir, &CompileOptions::single_device())?;
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
        programs.push((name, exe, inputs, Vec::with_capacity(args.calls)));
    }
    for round in 0..args.calls {
        let mut line = format!("round {round}:");
        for (name, exe, inputs, times) in programs.iter_mut() {
            let start = Instant::now();
            drop(exe.execute(inputs.iter().map(Input::Borrowed).collect())?);
            let ms = start.elapsed().as_secs_f64() * 1e3;
            times.push(ms);
            line += &format!(" {name} {ms:.1}");
        }
        if programs.len() > 1 && args.calls > 1 {
            println!("{line}");
        }
    }
    for (name, _, _, times) in programs.iter_mut() {
        times.sort_by(f64::total_cmp);
        let median = times.get(times.len() / 2).copied().unwrap_or(f64::NAN);
        let min = times.first().copied().unwrap_or(f64::NAN);
        println!("{name:<32} {min:8.3} / {median:8.3}");
    }
    Ok(())
}
