//! `decoder` part: DreamerV3's decoder transposed convolutions (4x4 stride 2, `Same`, the
//! small preset's channels) at the agent step's batch of frames, in the two forward forms:
//! the lhs-dilated convolution (`conv_transpose`) and the sub-pixel form
//! (`conv_transpose_subpixel`: one stride-1 convolution with the phases' sub-kernels stacked
//! as output features, depth-to-space, crop), each as the forward alone, each gradient alone
//! and all three. `cargo bench --bench graph_ops -- decoder [--frames N] [--all-only]` (`--all-only`:
//! the forward with both gradients only).

use super::{compile, max_rel_diff};
use viper::graph::ops::conv::{ConvGradient, ConvTransposePadding};
use viper::graph::{vjp, Tensor};
use viper::runtime::Client;

const REPS: usize = 5;

pub fn decoder_bench(client: &Client, frames: usize, all_only: bool) {
    println!("decoder transposed convs, {frames} frames, f32, minimum of {REPS} calls");
    println!(
        "{:<36} {:<8} {:>12} {:>12} {:>7} {:>9}",
        "layer", "output", "dilated ms", "subpixel ms", "ratio", "rel diff"
    );
    for (side, cin, cout) in [(4, 256, 128), (8, 128, 64), (16, 64, 32), (32, 32, 3)] {
        let name = format!("{side}x{side}x{cin} -> {}x{}x{cout}", 2 * side, 2 * side);
        let build = |subpixel: bool, part: usize| {
            move |t: &[Tensor]| {
                let pad = ConvTransposePadding::Same;
                let y = if subpixel {
                    t[0].conv_transpose_subpixel(&t[1], &[2, 2], &pad, ConvGradient::Fast)
                } else {
                    t[0].conv_transpose(&t[1], &[2, 2], &pad, ConvGradient::Fast)
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
        let shapes = [vec![frames, side, side, cin], vec![4, 4, cin, cout]];
        let parts = [(0, "forward"), (1, "d input"), (2, "d kernel"), (3, "all")];
        for (part, label) in parts.into_iter().filter(|p| !all_only || p.0 == 3) {
            let dilated = compile(client, "convt_dilated", &shapes, build(false, part));
            let subpixel = compile(client, "convt_subpixel", &shapes, build(true, part));
            let diff = max_rel_diff(&dilated.run(), &subpixel.run());
            let (td, ts) = (dilated.time(REPS), subpixel.time(REPS));
            println!(
                "{name:<36} {label:<8} {:>12.2} {:>12.2} {:>6.2}x {diff:>9.1e}",
                td * 1e3,
                ts * 1e3,
                td / ts
            );
        }
    }
}
