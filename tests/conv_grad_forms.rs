//! The phase-aligned sub-pixel input gradient of strided convolutions
//! (`ConvGradient::Fast`) against the plain lhs-dilated form on the device, over a grid of
//! strides, kernel sizes, paddings and input sizes; that the fast form really emits no
//! lhs-dilated convolution; and its VJP against finite differences in f64 (orders 1 and 2).

mod device;
mod host_reference;

use device::{assert_close, check_vjp, check_vjp_order2, run, Arg};
use host_reference::{Array, Rng};
use viper::graph::ops::conv::{conv_output_len, ConvAttrs, ConvGradient};
use viper::graph::{vjp, FunctionBuilder};
use viper::DType;

/// The paddings the grid sweeps, per axis, for input length `x`, kernel `k`, stride `s`.
fn paddings(x: usize, k: usize, s: usize) -> Vec<(&'static str, (i64, i64))> {
    // flax/lax SAME: output ceil(x / s), the extra padding split low-first.
    let out = x.div_ceil(s) as i64;
    let total = ((out - 1) * s as i64 + k as i64 - x as i64).max(0);
    vec![
        ("same", (total / 2, total - total / 2)),
        ("valid", (0, 0)),
        ("explicit_low", (2, 1)),
        ("explicit_high", (0, 3)),
        ("crop_low", (-1, 2)),
    ]
}

/// One configuration: input `[2, h, w, 3]`, kernel `[kh, kw, 3, 2]`, per-axis strides and
/// paddings. Axis 1 takes a different stride and kernel than axis 0 so every pair mixes.
struct Case {
    name: String,
    x: Vec<usize>,
    w: Vec<usize>,
    attrs: ConvAttrs,
}

fn grid() -> Vec<Case> {
    let (h, w) = (7, 8);
    let mut cases = Vec::new();
    for s in 1..=3usize {
        for k in 1..=5usize {
            let (s1, k1) = (s % 3 + 1, (k + 1) % 5 + 1);
            let pads0 = paddings(h, k, s);
            let pads1 = paddings(w, k1, s1);
            for (i, (label, p0)) in pads0.iter().enumerate() {
                // Rotate axis 1's padding so the two axes pad differently.
                let (label1, p1) = pads1[(i + 2) % pads1.len()];
                let attrs = ConvAttrs::strided(&[s, s1], &[*p0, p1]);
                let fits = conv_output_len(h, k, s, *p0, 1, 1).is_some()
                    && conv_output_len(w, k1, s1, p1, 1, 1).is_some();
                if !fits {
                    continue;
                }
                cases.push(Case {
                    name: format!("s{s}x{s1}_k{k}x{k1}_{label}_{label1}"),
                    x: vec![2, h, w, 3],
                    w: vec![k, k1, 3, 2],
                    attrs,
                });
            }
        }
    }
    cases
}

fn out_dims(c: &Case) -> Vec<usize> {
    let mut dims = vec![c.x[0]];
    for i in 0..2 {
        let len = conv_output_len(
            c.x[i + 1],
            c.w[i],
            c.attrs.strides[i],
            c.attrs.padding[i],
            1,
            1,
        );
        dims.push(len.expect("case fits"));
    }
    dims.push(c.w[3]);
    dims
}

/// Runs both forms' input and kernel gradients in one program: `[fast dx, fast dw, plain dx,
/// plain dw]`.
fn both_forms(c: &Case, args: &[Arg]) -> Vec<Array> {
    run(&c.name, args, |t| {
        let mut outs = Vec::new();
        for gradient in [ConvGradient::Fast, ConvGradient::Plain] {
            let a = ConvAttrs {
                gradient,
                ..c.attrs.clone()
            };
            let y = t[0].conv(&t[1], &a);
            outs.extend(vjp(&[&y], &[&t[2]], &[&t[0], &t[1]]));
        }
        outs
    })
}

#[test]
fn phase_aligned_input_gradient_equals_plain_over_grid() {
    let mut rng = Rng::new(21);
    let cases = grid();
    assert!(cases.len() >= 60, "grid has {} cases", cases.len());
    for c in &cases {
        let x = Array::random(&c.x, &mut rng);
        let w = Array::random(&c.w, &mut rng);
        let ct = Array::random(&out_dims(c), &mut rng);
        let got = both_forms(c, &[Arg::f64(&x), Arg::f64(&w), Arg::f64(&ct)]);
        assert_close(&format!("{} d input", c.name), &got[0], &got[2], 1e-12);
        assert_close(&format!("{} d kernel", c.name), &got[1], &got[3], 1e-12);
    }
}

#[test]
fn phase_aligned_input_gradient_equals_plain_in_f32_1d_and_wide() {
    let mut rng = Rng::new(22);
    // f32, more channels, the benchmark's 4x4 stride-2 pad-1 layer at a small size.
    let c = Case {
        name: "f32_4x4_s2_pad1".into(),
        x: vec![3, 10, 6, 5],
        w: vec![4, 4, 5, 7],
        attrs: ConvAttrs::strided(&[2, 2], &[(1, 1), (1, 1)]),
    };
    let (x, w) = (Array::random(&c.x, &mut rng), Array::random(&c.w, &mut rng));
    let ct = Array::random(&out_dims(&c), &mut rng);
    let got = both_forms(&c, &[Arg::f32(&x), Arg::f32(&w), Arg::f32(&ct)]);
    assert_close("f32 d input", &got[0], &got[2], 1e-5);
    assert_close("f32 d kernel", &got[1], &got[3], 1e-5);
    // 1-d, stride 4 with a kernel shorter than the stride (phases with no taps).
    let (x, w) = (
        Array::random(&[2, 11, 2], &mut rng),
        Array::random(&[3, 2, 3], &mut rng),
    );
    let attrs = ConvAttrs::strided(&[4], &[(2, 1)]);
    let o = conv_output_len(11, 3, 4, (2, 1), 1, 1).expect("fits");
    let ct = Array::random(&[2, o, 3], &mut rng);
    let got = run(
        "conv1d_s4_k3",
        &[Arg::f64(&x), Arg::f64(&w), Arg::f64(&ct)],
        |t| {
            let mut outs = Vec::new();
            for gradient in [ConvGradient::Fast, ConvGradient::Plain] {
                let a = ConvAttrs {
                    gradient,
                    ..attrs.clone()
                };
                let y = t[0].conv(&t[1], &a);
                outs.extend(vjp(&[&y], &[&t[2]], &[&t[0]]));
            }
            outs
        },
    );
    assert_close("conv1d_s4_k3 d input", &got[0], &got[1], 1e-12);
}

/// The lowered gradient program: whether any convolution in it dilates its input.
fn gradient_has_lhs_dilation(gradient: ConvGradient) -> bool {
    let f = FunctionBuilder::new("grad_form");
    let x = f.input("x", DType::F32, &[2, 8, 8, 3]);
    let w = f.input("w", DType::F32, &[4, 4, 3, 4]);
    let a = ConvAttrs {
        gradient,
        ..ConvAttrs::strided(&[2, 2], &[(1, 1), (1, 1)])
    };
    let y = x.conv(&w, &a);
    let ct = y.full_like(1.0);
    let outs = vjp(&[&y], &[&ct], &[&x, &w]);
    let func = f.finish(&outs).expect("gradient program");
    let text = viper::lower::to_stablehlo(&func).expect("lowers");
    assert!(text.contains("stablehlo.convolution"), "{text}");
    text.lines()
        .filter(|l| l.contains("stablehlo.convolution"))
        .any(|l| !l.contains("lhs_dilation = array<i64: 1, 1>"))
}

#[test]
fn fast_form_emits_no_lhs_dilated_convolution() {
    assert!(!gradient_has_lhs_dilation(ConvGradient::Fast));
    // The check itself sees the dilation the plain form makes.
    assert!(gradient_has_lhs_dilation(ConvGradient::Plain));
}

/// (name, strides, kernel, padding)
type FdCase = (&'static str, [usize; 2], [usize; 2], [(i64, i64); 2]);

#[test]
fn phase_aligned_vjp_matches_finite_differences() {
    let mut rng = Rng::new(23);
    let configs: [FdCase; 4] = [
        ("s2_k4_pad1", [2, 2], [4, 4], [(1, 1), (1, 1)]),
        ("s3x2_k5x2_asym", [3, 2], [5, 2], [(2, 0), (0, 3)]),
        ("s2x3_k1x3_crop", [2, 3], [1, 3], [(-1, 2), (1, 1)]),
        ("s3_k2_valid_even", [3, 3], [2, 2], [(0, 0), (0, 0)]),
    ];
    for (i, (name, s, k, p)) in configs.iter().enumerate() {
        let x = Array::random(&[2, 7, 6, 2], &mut rng);
        let w = Array::random(&[k[0], k[1], 2, 3], &mut rng);
        let a = ConvAttrs::strided(s, p);
        check_vjp(name, &[Arg::f64(&x), Arg::f64(&w)], 30 + i as u64, |t| {
            t[0].conv(&t[1], &a)
        });
    }
}

#[test]
fn phase_aligned_second_order_matches_finite_differences() {
    let mut rng = Rng::new(24);
    let x = Array::random(&[2, 7, 5, 2], &mut rng);
    let w = Array::random(&[3, 2, 2, 2], &mut rng);
    let a = ConvAttrs::strided(&[3, 2], &[(1, 2), (0, 1)]);
    // tanh makes the second derivative non-trivial in both arguments.
    check_vjp_order2("s3x2_k3x2_asym", &[Arg::f64(&x), Arg::f64(&w)], 40, |t| {
        t[0].conv(&t[1], &a).tanh()
    });
}
