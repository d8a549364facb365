//! Convolution on the device: forward against the host reference (strides, padding of either
//! sign, lhs/rhs dilation, feature groups, 1-d and 2-d), transposed convolution against the
//! independent scatter-form reference, the fast (no lhs dilation) and plain gradient forms
//! against each other, and VJPs against finite differences in f64 (orders 1 and 2).

mod device;
mod host_reference;

use device::{assert_close, check_vjp, check_vjp_order2, run, Arg};
use host_reference::conv::{conv, conv_transpose_padding, conv_transpose_scatter, ConvSpec};
use host_reference::{Array, Rng};
use viper::graph::ops::conv::{ConvAttrs, ConvGradient, ConvTransposePadding};
use viper::graph::vjp;

fn attrs(spec: &ConvSpec, gradient: ConvGradient) -> ConvAttrs {
    ConvAttrs {
        strides: spec.strides.clone(),
        padding: spec.padding.clone(),
        lhs_dilation: spec.lhs_dilation.clone(),
        rhs_dilation: spec.rhs_dilation.clone(),
        feature_groups: spec.feature_groups,
        gradient,
    }
}

/// (name, input dims, kernel dims, spec): the configurations every test sweeps.
fn cases() -> Vec<(&'static str, Vec<usize>, Vec<usize>, ConvSpec)> {
    let spec =
        |s: [usize; 2], p: [(i64, i64); 2], a: [usize; 2], d: [usize; 2], g: usize| ConvSpec {
            strides: s.to_vec(),
            padding: p.to_vec(),
            lhs_dilation: a.to_vec(),
            rhs_dilation: d.to_vec(),
            feature_groups: g,
        };
    vec![
        (
            "unit_3x3",
            vec![2, 5, 5, 3],
            vec![3, 3, 3, 4],
            spec([1, 1], [(1, 1), (1, 1)], [1, 1], [1, 1], 1),
        ),
        (
            "stride2_4x4",
            vec![2, 8, 8, 3],
            vec![4, 4, 3, 4],
            spec([2, 2], [(1, 1), (1, 1)], [1, 1], [1, 1], 1),
        ),
        (
            "stride2_3x3_odd",
            vec![1, 7, 6, 2],
            vec![3, 3, 2, 3],
            spec([2, 2], [(1, 0), (0, 1)], [1, 1], [1, 1], 1),
        ),
        (
            "stride3_neg_pad",
            vec![1, 9, 8, 2],
            vec![2, 3, 2, 2],
            spec([3, 2], [(-1, 2), (0, -1)], [1, 1], [1, 1], 1),
        ),
        (
            "lhs_dilated",
            vec![1, 4, 3, 2],
            vec![3, 2, 2, 3],
            spec([1, 1], [(2, 2), (1, 1)], [2, 3], [1, 1], 1),
        ),
        (
            "rhs_dilated_strided",
            vec![1, 9, 9, 2],
            vec![2, 3, 2, 2],
            spec([2, 1], [(1, 1), (0, 0)], [1, 1], [2, 2], 1),
        ),
        (
            "grouped",
            vec![2, 6, 6, 4],
            vec![3, 3, 2, 6],
            spec([2, 1], [(1, 1), (1, 1)], [1, 1], [1, 1], 2),
        ),
        (
            "depthwise_strided",
            vec![1, 6, 6, 3],
            vec![3, 3, 1, 6],
            spec([2, 2], [(1, 1), (1, 1)], [1, 1], [1, 1], 3),
        ),
    ]
}

#[test]
fn conv_forward_matches_host_reference() {
    let mut rng = Rng::new(11);
    for (name, xd, wd, spec) in cases() {
        let x = Array::random(&xd, &mut rng);
        let w = Array::random(&wd, &mut rng);
        let expected = conv(&x, &w, &spec);
        let a = attrs(&spec, ConvGradient::Fast);
        let got = run(name, &[Arg::f64(&x), Arg::f64(&w)], |t| {
            vec![t[0].conv(&t[1], &a)]
        });
        assert_close(name, &got[0], &expected, 1e-12);
    }
    // 1-d, f32.
    let x = Array::random(&[2, 10, 3], &mut rng);
    let w = Array::random(&[4, 3, 2], &mut rng);
    let spec = ConvSpec {
        strides: vec![3],
        padding: vec![(2, 1)],
        lhs_dilation: vec![1],
        rhs_dilation: vec![1],
        feature_groups: 1,
    };
    let a = attrs(&spec, ConvGradient::Fast);
    let got = run("conv1d_f32", &[Arg::f32(&x), Arg::f32(&w)], |t| {
        vec![t[0].conv(&t[1], &a)]
    });
    assert_close("conv1d_f32", &got[0], &conv(&x, &w, &spec), 1e-5);
}

#[test]
fn conv_transpose_matches_scatter_reference_in_both_forms() {
    let mut rng = Rng::new(12);
    for &(k, s) in &[(4usize, 2usize), (3, 2), (5, 3), (2, 2), (3, 1)] {
        for (label, padding, same) in [
            ("same", ConvTransposePadding::Same, true),
            ("valid", ConvTransposePadding::Valid, false),
        ] {
            let x = Array::random(&[2, 3, 4, 3], &mut rng);
            let w = Array::random(&[k, k, 3, 2], &mut rng);
            let pad = conv_transpose_padding(k, s, same);
            let expected = conv_transpose_scatter(&x, &w, &[s, s], &[pad, pad]);
            for gradient in [ConvGradient::Fast, ConvGradient::Plain] {
                let name = format!("conv_transpose_k{k}_s{s}_{label}_{gradient:?}");
                let got = run(&name, &[Arg::f64(&x), Arg::f64(&w)], |t| {
                    vec![t[0].conv_transpose(&t[1], &[s, s], &padding, gradient)]
                });
                assert_close(&name, &got[0], &expected, 1e-12);
            }
        }
    }
    // Explicit, asymmetric and negative padding, different strides per axis.
    let x = Array::random(&[1, 3, 5, 2], &mut rng);
    let w = Array::random(&[3, 4, 2, 3], &mut rng);
    let pads = vec![(1, -1), (3, 2)];
    let expected = conv_transpose_scatter(&x, &w, &[2, 3], &pads);
    let padding = ConvTransposePadding::Explicit(pads);
    let got = run(
        "conv_transpose_explicit",
        &[Arg::f64(&x), Arg::f64(&w)],
        |t| vec![t[0].conv_transpose(&t[1], &[2, 3], &padding, ConvGradient::Fast)],
    );
    assert_close("conv_transpose_explicit", &got[0], &expected, 1e-12);
}

#[test]
fn fast_and_plain_gradients_agree() {
    let mut rng = Rng::new(13);
    for (name, xd, wd, spec) in cases() {
        let x = Array::random(&xd, &mut rng);
        let w = Array::random(&wd, &mut rng);
        let out = conv(&x, &w, &spec);
        let ct = Array::random(&out.dims, &mut rng);
        let grads = |gradient| {
            let a = attrs(&spec, gradient);
            run(name, &[Arg::f64(&x), Arg::f64(&w), Arg::f64(&ct)], |t| {
                let y = t[0].conv(&t[1], &a);
                vjp(&[&y], &[&t[2]], &[&t[0], &t[1]])
            })
        };
        let (fast, plain) = (grads(ConvGradient::Fast), grads(ConvGradient::Plain));
        assert_close(&format!("{name} d input"), &fast[0], &plain[0], 1e-12);
        assert_close(&format!("{name} d kernel"), &fast[1], &plain[1], 1e-12);
    }
}

#[test]
fn conv_vjp_matches_finite_differences() {
    let mut rng = Rng::new(14);
    for (name, xd, wd, spec) in cases() {
        let x = Array::random(&xd, &mut rng);
        let w = Array::random(&wd, &mut rng);
        for gradient in [ConvGradient::Fast, ConvGradient::Plain] {
            let a = attrs(&spec, gradient);
            check_vjp(
                &format!("{name}_{gradient:?}"),
                &[Arg::f64(&x), Arg::f64(&w)],
                7,
                |t| t[0].conv(&t[1], &a),
            );
        }
    }
}

#[test]
fn conv_transpose_vjp_matches_finite_differences() {
    let mut rng = Rng::new(15);
    let x = Array::random(&[2, 3, 3, 2], &mut rng);
    let w = Array::random(&[4, 4, 2, 3], &mut rng);
    for gradient in [ConvGradient::Fast, ConvGradient::Plain] {
        check_vjp(
            &format!("conv_transpose_{gradient:?}"),
            &[Arg::f64(&x), Arg::f64(&w)],
            8,
            |t| t[0].conv_transpose(&t[1], &[2, 2], &ConvTransposePadding::Same, gradient),
        );
    }
}

#[test]
fn conv_second_order_matches_finite_differences() {
    let mut rng = Rng::new(16);
    let x = Array::random(&[1, 6, 6, 2], &mut rng);
    let w = Array::random(&[4, 4, 2, 2], &mut rng);
    let a = ConvAttrs::strided(&[2, 2], &[(1, 1), (1, 1)]);
    // tanh makes the second derivative non-trivial in both arguments.
    check_vjp_order2("strided_conv", &[Arg::f64(&x), Arg::f64(&w)], 9, |t| {
        t[0].conv(&t[1], &a).tanh()
    });
}

#[test]
fn conv_transpose_second_order_matches_finite_differences() {
    let mut rng = Rng::new(17);
    let x = Array::random(&[1, 3, 3, 2], &mut rng);
    let w = Array::random(&[4, 4, 2, 2], &mut rng);
    check_vjp_order2(
        "conv_transpose_fast",
        &[Arg::f64(&x), Arg::f64(&w)],
        10,
        |t| {
            t[0].conv_transpose(
                &t[1],
                &[2, 2],
                &ConvTransposePadding::Same,
                ConvGradient::Fast,
            )
            .tanh()
        },
    );
}
