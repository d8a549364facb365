//! Benchmarks for the graph-ops choices, printed as ratios (run: `cargo bench --bench
//! graph_ops`; `-- conv` or `-- loop` runs one part):
//! - conv: forward + input and kernel gradients of strided convolutions and transposed
//!   convolutions, with the fast gradient form (no lhs dilation) against the plain form
//!   (lhs-dilated convolutions, slow on XLA:CPU); also checks both give the same numbers.
//! - loop: a GRU cell rolled over 15 and 64 steps with its gradient, as one
//!   `stablehlo.while` (`scan`) against trace-time unrolling (`scan_unrolled`): lowering +
//!   compile time, and time per call.
//! - decoder: the decoder's transposed convolutions at the agent step's batch, lhs-dilated
//!   against sub-pixel forward (`decoder_convs.rs`; `--frames N`, default 1024).

mod decoder_convs;

use decoder_convs::decoder_bench;
use std::time::Instant;
use viper::graph::ops::control::{scan, scan_unrolled, ScanResult};
use viper::graph::ops::conv::{ConvAttrs, ConvGradient, ConvTransposePadding};
use viper::graph::{vjp, FunctionBuilder, Tensor};
use viper::runtime::{Client, CompileOptions, DeviceBuffer, Executable, Input};
use viper::{DType, HostTensor};

fn random_host(dims: &[usize], seed: u64) -> HostTensor {
    let mut state = seed;
    let n: usize = dims.iter().product();
    let values: Vec<f32> = (0..n)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 40) as f32 / (1u64 << 24) as f32) - 0.5
        })
        .collect();
    HostTensor::from_slice(dims, &values).expect("bench input")
}

struct Compiled {
    exe: Executable,
    inputs: Vec<DeviceBuffer>,
    compile_seconds: f64,
}

fn compile(
    client: &Client,
    name: &str,
    shapes: &[Vec<usize>],
    build: impl Fn(&[Tensor]) -> Vec<Tensor>,
) -> Compiled {
    let start = Instant::now();
    let f = FunctionBuilder::new(name);
    let inputs: Vec<Tensor> = shapes
        .iter()
        .enumerate()
        .map(|(i, d)| f.input(&format!("in{i}"), DType::F32, d))
        .collect();
    let outputs = build(&inputs);
    let func = f.finish(&outputs).unwrap_or_else(|e| panic!("{name}: {e}"));
    let text = viper::lower::to_stablehlo(&func).unwrap_or_else(|e| panic!("{name}: {e}"));
    let exe = client
        .compile(name, &text, &CompileOptions::single_device())
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let compile_seconds = start.elapsed().as_secs_f64();
    let inputs = shapes
        .iter()
        .enumerate()
        .map(|(i, d)| {
            client
                .to_device(&random_host(d, i as u64 + 1), 0)
                .expect("to device")
        })
        .collect();
    Compiled {
        exe,
        inputs,
        compile_seconds,
    }
}

impl Compiled {
    fn run(&self) -> Vec<Vec<f64>> {
        let outs = self
            .exe
            .execute(self.inputs.iter().map(Input::Borrowed).collect())
            .expect("execute");
        outs.iter()
            .map(|b| b.to_host().expect("to host").to_f64_vec())
            .collect()
    }

    /// Minimum seconds per call over `reps` calls (after one warm-up).
    fn time(&self, reps: usize) -> f64 {
        self.run();
        (0..reps)
            .map(|_| {
                let t = Instant::now();
                self.run();
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    }
}

/// Largest difference relative to the largest magnitude, per output, maximised.
fn max_rel_diff(a: &[Vec<f64>], b: &[Vec<f64>]) -> f64 {
    a.iter()
        .zip(b)
        .map(|(x, y)| {
            let scale = x.iter().map(|v| v.abs()).fold(1e-30, f64::max);
            x.iter()
                .zip(y)
                .map(|(p, q)| (p - q).abs())
                .fold(0.0, f64::max)
                / scale
        })
        .fold(0.0, f64::max)
}

/// (name, input, kernel, stride, transposed)
type ConvCase = (&'static str, [usize; 4], [usize; 4], usize, bool);

/// Timed calls per conv row: the minimum of many is steadier on a shared 2-core machine.
const CONV_REPS: usize = 15;

fn conv_bench(client: &Client) {
    println!("conv gradient forms, f32, minimum of {CONV_REPS} calls; each row is its own program");
    println!(
        "{:<44} {:<8} {:>10} {:>10} {:>7} {:>9}",
        "case", "output", "plain ms", "fast ms", "ratio", "rel diff"
    );
    let cases: [ConvCase; 5] = [
        (
            "conv 4x4 s2, 16x64x64x3 -> 32",
            [16, 64, 64, 3],
            [4, 4, 3, 32],
            2,
            false,
        ),
        (
            "conv 4x4 s2, 16x32x32x32 -> 64",
            [16, 32, 32, 32],
            [4, 4, 32, 64],
            2,
            false,
        ),
        (
            "conv 4x4 s2, 16x32x32x64 -> 64",
            [16, 32, 32, 64],
            [4, 4, 64, 64],
            2,
            false,
        ),
        (
            "conv_transpose 4x4 s2, 16x16x16x64 -> 32",
            [16, 16, 16, 64],
            [4, 4, 64, 32],
            2,
            true,
        ),
        (
            "conv_transpose 4x4 s2, 16x32x32x32 -> 3",
            [16, 32, 32, 32],
            [4, 4, 32, 3],
            2,
            true,
        ),
    ];
    for (name, x, w, s, transposed) in cases {
        // part: 0 = forward, 1 = d input, 2 = d kernel, 3 = all three.
        let build = |gradient: ConvGradient, part: usize| {
            move |t: &[Tensor]| {
                let y = if transposed {
                    t[0].conv_transpose(&t[1], &[s, s], &ConvTransposePadding::Same, gradient)
                } else {
                    let attrs = ConvAttrs {
                        gradient,
                        ..ConvAttrs::strided(&[s, s], &[(1, 1), (1, 1)])
                    };
                    t[0].conv(&t[1], &attrs)
                };
                let ct = y.full_like(1.0) * 0.5 + y.tanh().stop_gradient();
                let grads = vjp(&[&y], &[&ct], &[&t[0], &t[1]]);
                match part {
                    0 => vec![y],
                    1 => vec![grads[0].clone()],
                    2 => vec![grads[1].clone()],
                    _ => vec![y, grads[0].clone(), grads[1].clone()],
                }
            }
        };
        let shapes = [x.to_vec(), w.to_vec()];
        for (part, label) in [(0, "forward"), (1, "d input"), (2, "d kernel"), (3, "all")] {
            let plain = compile(
                client,
                "conv_plain",
                &shapes,
                build(ConvGradient::Plain, part),
            );
            let fast = compile(
                client,
                "conv_fast",
                &shapes,
                build(ConvGradient::Fast, part),
            );
            let diff = max_rel_diff(&plain.run(), &fast.run());
            let (tp, tf) = (plain.time(CONV_REPS), fast.time(CONV_REPS));
            println!(
                "{name:<44} {label:<8} {:>10.2} {:>10.2} {:>6.2}x {diff:>9.1e}",
                tp * 1e3,
                tf * 1e3,
                tp / tf
            );
        }
    }
}

/// A GRU cell as DreamerV3's RSSM uses it: one linear layer on [x, h] split into reset,
/// candidate and update gates; `update` biased by -1.
fn gru(carry: &[Tensor], x: &[Tensor], inv: &[Tensor]) -> (Vec<Tensor>, Vec<Tensor>) {
    let (h, wx, wh) = (&carry[0], &inv[0], &inv[1]);
    let parts = x[0].matmul(wx) + h.matmul(wh);
    let width = h.dims()[1];
    let reset = parts.slice_axis(1, 0, width).sigmoid();
    let cand = (reset * parts.slice_axis(1, width, 2 * width)).tanh();
    let update = (parts.slice_axis(1, 2 * width, 3 * width) - 1.0).sigmoid();
    let next = &update * &cand + (1.0 - &update) * h;
    (vec![next.clone()], vec![next])
}

type ScanFn = fn(
    usize,
    &[&Tensor],
    &[&Tensor],
    &[&Tensor],
    bool,
    &dyn Fn(&[Tensor], &[Tensor], &[Tensor]) -> (Vec<Tensor>, Vec<Tensor>),
) -> ScanResult;

fn loop_bench(client: &Client) {
    // The small cell, and one of DreamerV3's RSSM size (deterministic state 512).
    for (batch, input, width) in [(16, 64, 128), (16, 512, 512)] {
        loop_bench_size(client, batch, input, width);
    }
}

fn loop_bench_size(client: &Client, batch: usize, input: usize, width: usize) {
    println!("loop: GRU cell (batch {batch}, input {input}, width {width}), loss = sum of states, gradients for all inputs");
    println!(
        "{:<28} {:>12} {:>12} {:>12} {:>12}",
        "case", "compile s", "run ms", "compile x", "run x"
    );
    for steps in [15usize, 64] {
        let shapes = [
            vec![batch, width],
            vec![steps, batch, input],
            vec![input, 3 * width],
            vec![width, 3 * width],
        ];
        let build = |scan_fn: ScanFn| {
            move |t: &[Tensor]| {
                let out = scan_fn(steps, &[&t[0]], &[&t[1]], &[&t[2], &t[3]], false, &gru);
                let loss = out.ys[0].sum_all();
                let mut outs = vec![loss.clone()];
                outs.extend(viper::graph::grad(&loss, &[&t[0], &t[1], &t[2], &t[3]]));
                outs
            }
        };
        let looped = compile(client, "gru_while", &shapes, build(scan));
        let unrolled = compile(client, "gru_unrolled", &shapes, build(scan_unrolled));
        let diff = max_rel_diff(&looped.run(), &unrolled.run());
        let (tl, tu) = (looped.time(5), unrolled.time(5));
        for (label, c, t) in [("while", &looped, tl), ("unrolled", &unrolled, tu)] {
            println!(
                "{:<28} {:>12.3} {:>12.3} {:>12.2} {:>12.2}",
                format!("{steps} steps, {label}"),
                c.compile_seconds,
                t * 1e3,
                c.compile_seconds / looped.compile_seconds,
                t / tl
            );
        }
        println!(
            "{:<28} max |while - unrolled| / max |while| = {diff:.1e}",
            ""
        );
    }
}

fn main() {
    let client = Client::new(None).unwrap_or_else(|e| panic!("no PJRT plugin: {e}"));
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let wants = |part: &str| only.is_empty() || only.iter().any(|o| o == part);
    if wants("conv") {
        conv_bench(&client);
    }
    if wants("loop") {
        loop_bench(&client);
    }
    if only.iter().any(|o| o == "decoder") {
        let args: Vec<String> = std::env::args().collect();
        let frames = args
            .iter()
            .position(|a| a == "--frames")
            .and_then(|i| args.get(i + 1)?.parse().ok())
            .unwrap_or(1024);
        decoder_bench(&client, frames, args.iter().any(|a| a == "--all-only"));
    }
}
