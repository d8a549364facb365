//! The matmul forms of convolutions (`Tensor::conv_as_matmul`,
//! `Tensor::conv_transpose_as_matmul`) against the convolution op on the device: values and
//! both gradients over a grid of strides, kernel sizes (multiples of the stride and not) and
//! paddings, in f64; that their lowered programs hold no convolution; and their VJPs against
//! finite differences in f64 (orders 1 and 2).

mod device;
mod host_reference;

use device::{assert_close, check_vjp, check_vjp_order2, run, Arg};
use host_reference::{Array, Rng};
use viper::graph::ops::conv::{conv_output_len, ConvAttrs, ConvGradient, ConvTransposePadding};
use viper::graph::{vjp, FunctionBuilder, Tensor};
use viper::DType;

/// (name, input [N, H, W, C], kernel [KH, KW, C, O], strides, padding)
type ConvCase = (String, [usize; 4], [usize; 4], [usize; 2], [(i64, i64); 2]);

fn conv_grid() -> Vec<ConvCase> {
    let mut cases = Vec::new();
    for (s, k) in [(1, 3), (2, 4), (2, 3), (3, 2), (2, 1), (1, 1)] {
        for (label, pad) in [
            ("same", None),
            ("valid", Some((0, 0))),
            ("crop", Some((-1, 2))),
        ] {
            let (h, w) = (7, 6);
            // SAME as lax: output ceil(x / s), the extra split low-first.
            let same = |x: usize| {
                let total = (((x.div_ceil(s)) - 1) * s + k).saturating_sub(x) as i64;
                (total / 2, total - total / 2)
            };
            let p = pad.map_or([same(h), same(w)], |p| [p, (p.1, p.0.max(0))]);
            let fits = conv_output_len(h, k, s, p[0], 1, 1).is_some()
                && conv_output_len(w, k + 1, 1 + s % 2, p[1], 1, 1).is_some();
            if fits {
                cases.push((
                    format!("s{s}_k{k}_{label}"),
                    [2, h, w, 3],
                    [k, k + 1, 3, 2],
                    [s, 1 + s % 2],
                    p,
                ));
            }
        }
    }
    cases
}

/// `[y, dx, dw]` of one form, given the cotangent `t[2]`.
fn value_and_grads(y: &Tensor, t: &[Tensor]) -> Vec<Tensor> {
    let mut out = vec![y.clone()];
    out.extend(vjp(&[y], &[&t[2]], &[&t[0], &t[1]]));
    out
}

#[test]
fn conv_as_matmul_equals_conv_with_gradients() {
    let mut rng = Rng::new(51);
    let cases = conv_grid();
    assert!(cases.len() >= 15, "grid has {} cases", cases.len());
    for (name, x, w, s, p) in &cases {
        let attrs = ConvAttrs::strided(s, p);
        let out: Vec<usize> = (0..2)
            .map(|i| conv_output_len(x[i + 1], w[i], s[i], p[i], 1, 1).expect("fits"))
            .collect();
        let (xa, wa) = (Array::random(x, &mut rng), Array::random(w, &mut rng));
        let ct = Array::random(&[x[0], out[0], out[1], w[3]], &mut rng);
        let got = run(name, &[Arg::f64(&xa), Arg::f64(&wa), Arg::f64(&ct)], |t| {
            let mut outs = value_and_grads(&t[0].conv_as_matmul(&t[1], &attrs), t);
            outs.extend(value_and_grads(&t[0].conv(&t[1], &attrs), t));
            outs
        });
        for (i, part) in ["value", "d input", "d kernel"].iter().enumerate() {
            assert_close(&format!("{name} {part}"), &got[i], &got[i + 3], 1e-12);
        }
    }
}

#[test]
fn conv_transpose_as_matmul_equals_conv_transpose_with_gradients() {
    let mut rng = Rng::new(52);
    let paddings = [
        ("same", ConvTransposePadding::Same),
        ("valid", ConvTransposePadding::Valid),
        (
            "explicit",
            ConvTransposePadding::Explicit(vec![(1, 3), (-1, 2)]),
        ),
    ];
    let mut count = 0;
    for (s, k) in [(2, 4), (2, 3), (3, 2), (1, 3), (2, 1)] {
        for (label, padding) in &paddings {
            let name = format!("t_s{s}_k{k}_{label}");
            let (x, w) = ([2, 3, 4, 3], [k, k + 1, 3, 2]);
            let strides = [s, 1 + s % 2];
            // The output shape, from the convolution op's own shape rule.
            let probe = FunctionBuilder::new("probe");
            let xt = probe.input("x", DType::F64, &x);
            let wt = probe.input("w", DType::F64, &w);
            let y_dims = xt
                .conv_transpose(&wt, &strides, padding, ConvGradient::Fast)
                .dims();
            if y_dims.contains(&0) {
                continue;
            }
            let (xa, wa) = (Array::random(&x, &mut rng), Array::random(&w, &mut rng));
            let ct = Array::random(&y_dims, &mut rng);
            let got = run(&name, &[Arg::f64(&xa), Arg::f64(&wa), Arg::f64(&ct)], |t| {
                let fast = t[0].conv_transpose_as_matmul(&t[1], &strides, padding);
                let mut outs = value_and_grads(&fast, t);
                let conv = t[0].conv_transpose(&t[1], &strides, padding, ConvGradient::Plain);
                outs.extend(value_and_grads(&conv, t));
                outs
            });
            for (i, part) in ["value", "d input", "d kernel"].iter().enumerate() {
                assert_close(&format!("{name} {part}"), &got[i], &got[i + 3], 1e-12);
            }
            count += 1;
        }
    }
    assert!(count >= 12, "only {count} transposed cases ran");
}

/// The lowered program of both forms and their gradients, as DreamerV3's 4x4 stride-2
/// layers use them.
fn lowered_matmul_forms() -> String {
    let f = FunctionBuilder::new("matmul_forms");
    let x = f.input("x", DType::F32, &[2, 8, 8, 3]);
    let w = f.input("w", DType::F32, &[4, 4, 3, 4]);
    let wt = f.input("wt", DType::F32, &[4, 4, 4, 3]);
    let down = x.conv_as_matmul(&w, &ConvAttrs::strided(&[2, 2], &[(1, 1), (1, 1)]));
    let up = down.conv_transpose_as_matmul(&wt, &[2, 2], &ConvTransposePadding::Same);
    let loss = up.square().sum(&[0, 1, 2, 3]);
    let grads = vjp(&[&loss], &[&loss.full_like(1.0)], &[&x, &w, &wt]);
    let func = f.finish(&grads).expect("gradient program");
    viper::lower::to_stablehlo(&func).expect("lowers")
}

#[test]
fn matmul_forms_emit_no_convolution() {
    let text = lowered_matmul_forms();
    assert!(text.contains("stablehlo.dot_general"), "{text}");
    assert!(!text.contains("stablehlo.convolution"), "{text}");
}

#[test]
fn matmul_forms_vjp_match_finite_differences() {
    let mut rng = Rng::new(53);
    let x = Array::random(&[2, 6, 5, 2], &mut rng);
    let w = Array::random(&[4, 3, 2, 3], &mut rng);
    let attrs = ConvAttrs::strided(&[2, 2], &[(1, 2), (0, 1)]);
    check_vjp(
        "conv_as_matmul_s2",
        &[Arg::f64(&x), Arg::f64(&w)],
        60,
        |t| t[0].conv_as_matmul(&t[1], &attrs),
    );
    let xt = Array::random(&[2, 3, 2, 2], &mut rng);
    let wt = Array::random(&[4, 3, 2, 3], &mut rng);
    check_vjp(
        "conv_transpose_as_matmul_s2",
        &[Arg::f64(&xt), Arg::f64(&wt)],
        61,
        |t| t[0].conv_transpose_as_matmul(&t[1], &[2, 2], &ConvTransposePadding::Same),
    );
    // tanh makes the second derivative non-trivial in both arguments.
    check_vjp_order2(
        "conv_as_matmul_order2",
        &[Arg::f64(&x), Arg::f64(&w)],
        62,
        |t| t[0].conv_as_matmul(&t[1], &attrs).tanh(),
    );
    check_vjp_order2(
        "conv_transpose_as_matmul_order2",
        &[Arg::f64(&xt), Arg::f64(&wt)],
        63,
        |t| {
            t[0].conv_transpose_as_matmul(&t[1], &[2, 2], &ConvTransposePadding::Same)
                .tanh()
        },
    );
}
