//! Layer forwards on the device against plain host loops (tiny sizes): Conv2d (SAME and VALID,
//! strides), ConvTranspose2d, nearest upsampling, GroupNorm, LayerNorm, the class-conditional
//! LayerNorm, RMSNorm, embedding lookup, keyed dropout and the activations.

mod host_reference;
mod nn_support;

use host_reference::conv::{conv, conv_transpose_padding, conv_transpose_scatter, ConvSpec};
use host_reference::Array;
use nn_support::{assert_close, host, normals, randomize, run_layer, run_layer_with};
use viper::graph::ops::conv::ConvTransposePadding;
use viper::graph::ops::random::RngKey;
use viper::nn::{
    dropout, Activation, ConditionalLayerNorm, Conv2d, ConvTranspose2d, Embedding, GroupNorm,
    LayerNorm, Linear, Padding, RmsNorm,
};
use viper::{DType, HostTensor};

/// SAME padding written out: output ceil(in / s), total pad split with the smaller half first.
fn same_pad(input: usize, kernel: usize, stride: usize) -> (i64, i64) {
    let out = input.div_ceil(stride);
    let total = ((out - 1) * stride + kernel).saturating_sub(input) as i64;
    (total / 2, total - total / 2)
}

fn add_bias(y: &mut Array, bias: &[f64]) {
    let c = bias.len();
    for (i, v) in y.data.iter_mut().enumerate() {
        *v += bias[i % c];
    }
}

#[test]
fn conv2d_matches_host_convolution() {
    // (input dims, kernel, stride, padding)
    let cases = [
        ([2, 5, 5, 3], [3, 3], 1, Padding::Same),
        ([1, 7, 6, 2], [3, 3], 2, Padding::Same),
        ([1, 8, 8, 2], [4, 4], 2, Padding::Same),
        ([2, 6, 5, 3], [3, 2], 2, Padding::Valid),
    ];
    for (k, (dims, kernel, stride, padding)) in cases.into_iter().enumerate() {
        let out_channels = 4;
        let x = normals(100 + k as u64, dims.iter().product());
        let layer = Conv2d::new(dims[3], out_channels, kernel)
            .stride(stride)
            .padding(padding);
        let ran = run_layer_with(
            &format!("conv2d_{k}"),
            &[host(DType::F32, &dims, &x)],
            k as u64,
            |t| randomize(t, "bias", 3),
            |scope, xs| vec![layer.forward(&scope.child("conv"), &xs[0])],
        );
        let pads = match padding {
            Padding::Same => vec![
                same_pad(dims[1], kernel[0], stride),
                same_pad(dims[2], kernel[1], stride),
            ],
            Padding::Valid => vec![(0, 0), (0, 0)],
        };
        let spec = ConvSpec {
            strides: vec![stride, stride],
            padding: pads,
            ..ConvSpec::plain(2)
        };
        let w = Array::new(
            &[kernel[0], kernel[1], dims[3], out_channels],
            ran.param("conv/kernel"),
        );
        let mut expected = conv(&Array::new(&dims, x.clone()), &w, &spec);
        add_bias(&mut expected, &ran.param("conv/bias"));
        if padding == Padding::Same {
            let ceil = [dims[1].div_ceil(stride), dims[2].div_ceil(stride)];
            assert_eq!(&ran.dims(0)[1..3], ceil, "SAME keeps ceil(in / stride)");
        }
        assert_eq!(ran.dims(0), expected.dims.as_slice());
        assert_close(&format!("conv2d_{k}"), ran.out(0), &expected.data, 1e-5);
    }
}

#[test]
fn conv_transpose2d_matches_host_scatter() {
    for (k, (same, stride, kernel)) in [(true, 2, 4), (false, 2, 3), (true, 1, 3)]
        .into_iter()
        .enumerate()
    {
        let dims = [2, 3, 4, 3];
        let out_channels = 2;
        let x = normals(200 + k as u64, dims.iter().product());
        let padding = if same {
            ConvTransposePadding::Same
        } else {
            ConvTransposePadding::Valid
        };
        let layer = ConvTranspose2d::new(3, out_channels, [kernel, kernel])
            .stride(stride)
            .padding(padding);
        let ran = run_layer_with(
            &format!("conv_transpose_{k}"),
            &[host(DType::F32, &dims, &x)],
            k as u64,
            |t| randomize(t, "bias", 4),
            |scope, xs| vec![layer.forward(&scope.child("up"), &xs[0])],
        );
        let w = Array::new(&[kernel, kernel, 3, out_channels], ran.param("up/kernel"));
        let pad = conv_transpose_padding(kernel, stride, same);
        let mut expected =
            conv_transpose_scatter(&Array::new(&dims, x), &w, &[stride, stride], &[pad, pad]);
        add_bias(&mut expected, &ran.param("up/bias"));
        if same {
            assert_eq!(ran.dims(0), [2, 3 * stride, 4 * stride, out_channels]);
        }
        assert_eq!(ran.dims(0), expected.dims.as_slice());
        assert_close(
            &format!("conv_transpose_{k}"),
            ran.out(0),
            &expected.data,
            1e-5,
        );
    }
}

#[test]
fn upsample_nearest_repeats_pixels() {
    let dims = [2, 2, 3, 2];
    let x = normals(7, 24);
    let ran = run_layer("upsample", &[host(DType::F64, &dims, &x)], 0, |_, xs| {
        vec![viper::nn::upsample_nearest(&xs[0], 3)]
    });
    let xa = Array::new(&dims, x);
    let mut expected = Array::zeros(&[2, 6, 9, 2]);
    for n in 0..2 {
        for i in 0..6 {
            for j in 0..9 {
                for c in 0..2 {
                    expected.set(&[n, i, j, c], xa.get(&[n, i / 3, j / 3, c]));
                }
            }
        }
    }
    assert_eq!(ran.dims(0), [2, 6, 9, 2]);
    assert_close("upsample", ran.out(0), &expected.data, 0.0);
}

/// Standardises `values` (mean 0, biased variance) with `eps`.
fn standardize(values: &[f64], eps: f64) -> Vec<f64> {
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let var = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n;
    values
        .iter()
        .map(|v| (v - mean) / (var + eps).sqrt())
        .collect()
}

#[test]
fn group_norm_matches_host_loops() {
    let (n, h, w, c, groups) = (2, 3, 2, 6, 3);
    let x: Vec<f64> = normals(8, n * h * w * c)
        .iter()
        .map(|v| 3.0 * v + 1.0)
        .collect();
    let ran = run_layer_with(
        "group_norm",
        &[host(DType::F32, &[n, h, w, c], &x)],
        0,
        |t| {
            randomize(t, "scale", 5);
            randomize(t, "bias", 6);
        },
        |scope, xs| vec![GroupNorm::new(groups, c).forward(&scope.child("gn"), &xs[0])],
    );
    let (scale, bias) = (ran.param("gn/scale"), ran.param("gn/bias"));
    let per_group = c / groups;
    let mut expected = vec![0.0; x.len()];
    for b in 0..n {
        for g in 0..groups {
            // every (position, channel in group) of sample b
            let idx: Vec<usize> = (0..h * w)
                .flat_map(|p| (0..per_group).map(move |k| (b * h * w + p) * c + g * per_group + k))
                .collect();
            let vals: Vec<f64> = idx.iter().map(|&i| x[i]).collect();
            for (&i, z) in idx.iter().zip(standardize(&vals, 1e-6)) {
                expected[i] = z * scale[i % c] + bias[i % c];
            }
        }
    }
    assert_close("group_norm", ran.out(0), &expected, 2e-5);
}

#[test]
fn layer_norm_and_rms_norm_match_host_loops() {
    let (rows, f) = (5, 4);
    let x: Vec<f64> = normals(9, rows * f).iter().map(|v| 2.0 * v - 0.5).collect();
    let ran = run_layer_with(
        "norms",
        &[host(DType::F32, &[rows, f], &x)],
        0,
        |t| {
            randomize(t, "scale", 7);
            randomize(t, "bias", 8);
        },
        |scope, xs| {
            vec![
                LayerNorm::new(f)
                    .eps(1e-3)
                    .forward(&scope.child("ln"), &xs[0]),
                RmsNorm::new(f).forward(&scope.child("rms"), &xs[0]),
            ]
        },
    );
    let (scale, bias, rms_scale) = (
        ran.param("ln/scale"),
        ran.param("ln/bias"),
        ran.param("rms/scale"),
    );
    let mut ln = vec![0.0; x.len()];
    let mut rms = vec![0.0; x.len()];
    for r in 0..rows {
        let row = &x[r * f..(r + 1) * f];
        let z = standardize(row, 1e-3);
        let ms = row.iter().map(|v| v * v).sum::<f64>() / f as f64;
        for k in 0..f {
            ln[r * f + k] = z[k] * scale[k] + bias[k];
            rms[r * f + k] = row[k] / (ms + 1e-6).sqrt() * rms_scale[k];
        }
    }
    assert_close("layer_norm", ran.out(0), &ln, 2e-5);
    assert_close("rms_norm", ran.out(1), &rms, 2e-5);
}

#[test]
fn conditional_layer_norm_takes_scale_and_bias_from_the_label() {
    let (b, t, f, classes) = (3, 2, 4, 5);
    let x = normals(10, b * t * f);
    // The third label is out of range: one-hot of zeros, scale 1 and bias 0.
    let labels = HostTensor::from_slice(&[b], &[2i32, 0, 7]).unwrap();
    let ran = run_layer(
        "cond_layer_norm",
        &[host(DType::F32, &[b, t, f], &x), labels],
        3,
        |scope, xs| {
            vec![ConditionalLayerNorm::new(f, classes).forward(&scope.child("ln"), &xs[0], &xs[1])]
        },
    );
    let (ws, wb) = (ran.param("ln/scale/kernel"), ran.param("ln/bias/kernel"));
    let mut expected = vec![0.0; x.len()];
    for (s, &label) in [2usize, 0, 7].iter().enumerate() {
        for p in 0..t {
            let start = (s * t + p) * f;
            let z = standardize(&x[start..start + f], 1e-6);
            for k in 0..f {
                let (scale, bias) = if label < classes {
                    (1.0 + ws[label * f + k], wb[label * f + k])
                } else {
                    (1.0, 0.0)
                };
                expected[start + k] = z[k] * scale + bias;
            }
        }
    }
    assert_close("cond_layer_norm", ran.out(0), &expected, 2e-5);
}

#[test]
fn embedding_looks_up_rows() {
    let ids = [3i32, 0, 4, 4, 1, 2];
    let data = [HostTensor::from_slice(&[2, 3], &ids).unwrap()];
    let ran = run_layer("embedding", &data, 2, |scope, xs| {
        vec![Embedding::new(5, 3).forward(&scope.child("embed"), &xs[0])]
    });
    let table = ran.param("embed/embedding");
    let expected: Vec<f64> = ids
        .iter()
        .flat_map(|&i| table[i as usize * 3..i as usize * 3 + 3].to_vec())
        .collect();
    assert_eq!(ran.dims(0), [2, 3, 3]);
    assert_close("embedding", ran.out(0), &expected, 0.0);
}

#[test]
fn dropout_zeroes_a_rate_fraction_and_rescales_the_rest() {
    let n = 20000;
    let rate = 0.3;
    let x: Vec<f64> = (0..n).map(|i| 1.0 + (i % 7) as f64).collect();
    let key = HostTensor::from_slice(&[2], &[12u32, 34]).unwrap();
    let ran = run_layer("dropout", &[host(DType::F32, &[n], &x), key], 0, |_, xs| {
        let key = RngKey::new(&xs[1]);
        vec![dropout(&xs[0], rate, &key), dropout(&xs[0], 0.0, &key)]
    });
    let y = ran.out(0);
    let dropped = y.iter().filter(|&&v| v == 0.0).count() as f64;
    let sigma = (n as f64 * rate * (1.0 - rate)).sqrt();
    assert!(
        (dropped - n as f64 * rate).abs() < 5.0 * sigma,
        "dropped {dropped} of {n}"
    );
    for (yi, xi) in y.iter().zip(&x) {
        assert!(*yi == 0.0 || (yi - xi / (1.0 - rate)).abs() < 1e-5);
    }
    assert_close("dropout rate 0", ran.out(1), &x, 0.0);
}

type HostFn = Box<dyn Fn(f64) -> f64>;

#[test]
fn activations_match_host_formulas() {
    let x: Vec<f64> = normals(12, 40).iter().map(|v| 3.0 * v).collect();
    let sigmoid = |v: f64| 1.0 / (1.0 + (-v).exp());
    let cases: Vec<(Activation, HostFn)> = vec![
        (Activation::Silu, Box::new(move |v| v * sigmoid(v))),
        (
            Activation::Gelu,
            Box::new(|v| {
                let c = (2.0 / std::f64::consts::PI).sqrt();
                0.5 * v * (1.0 + (c * (v + 0.044715 * v.powi(3))).tanh())
            }),
        ),
        (
            Activation::GeluQuick,
            Box::new(move |v| v * sigmoid(1.702 * v)),
        ),
        (
            Activation::LeakyRelu { slope: 0.2 },
            Box::new(|v| if v >= 0.0 { v } else { 0.2 * v }),
        ),
        (Activation::Softplus, Box::new(|v| (1.0 + v.exp()).ln())),
        (Activation::Relu, Box::new(|v| v.max(0.0))),
    ];
    let ran = run_layer("activations", &[host(DType::F64, &[40], &x)], 0, |_, xs| {
        let mut outs: Vec<_> = cases.iter().map(|(a, _)| a.apply(&xs[0])).collect();
        outs.push(viper::nn::symlog(&xs[0]));
        outs.push(viper::nn::symexp(&xs[0]));
        outs
    });
    for (k, (activation, f)) in cases.iter().enumerate() {
        let expected: Vec<f64> = x.iter().map(|&v| f(v)).collect();
        assert_close(&format!("{activation:?}"), ran.out(k), &expected, 1e-12);
    }
    let symlog: Vec<f64> = x.iter().map(|v| v.signum() * v.abs().ln_1p()).collect();
    let symexp: Vec<f64> = x.iter().map(|v| v.signum() * v.abs().exp_m1()).collect();
    assert_close("symlog", ran.out(cases.len()), &symlog, 1e-12);
    assert_close("symexp", ran.out(cases.len() + 1), &symexp, 1e-12);
}

#[test]
fn layer_norm_of_bf16_input_takes_statistics_in_f32() {
    // A large mean and a small spread: bf16 statistics (8 mantissa bits) would lose the
    // spread entirely; f32 statistics of the bf16-rounded input match the host to bf16
    // output rounding.
    let f = 8;
    let x: Vec<f64> = (0..f).map(|i| 256.0 + 2.0 * i as f64).collect();
    let data = [host(DType::BF16, &[1, f], &x)];
    let ran = run_layer("layer_norm_bf16", &data, 0, |scope, xs| {
        vec![LayerNorm::new(f).forward(&scope.child("ln"), &xs[0])]
    });
    let rounded = data[0].to_f64_vec();
    let expected = standardize(&rounded, 1e-6);
    assert_close("layer_norm bf16", ran.out(0), &expected, 1e-2);
}

#[test]
fn layers_traced_inside_a_scan_body_use_the_same_parameters() {
    // A recurrent cell h' = tanh(LayerNorm(Linear(h)) + x_t), first used inside a scan body
    // (the parameters become inputs of the outer function, captured by the body), then
    // unrolled with the same scope: both give the same final state.
    let (b, f, steps) = (2, 3, 4);
    let h0 = normals(60, b * f);
    let xs = normals(61, steps * b * f);
    let data = [
        host(DType::F32, &[b, f], &h0),
        host(DType::F32, &[steps, b, f], &xs),
    ];
    let ran = run_layer_with(
        "cell_in_scan",
        &data,
        62,
        |t| randomize(t, "bias", 63),
        |scope, inputs| {
            let cell = |h: &viper::graph::Tensor, x: &viper::graph::Tensor| {
                let z = Linear::new(f, f).forward(&scope.child("cell/fc"), h);
                (LayerNorm::new(f).forward(&scope.child("cell/ln"), &z) + x).tanh()
            };
            let looped = viper::graph::ops::control::scan(
                steps,
                &[&inputs[0]],
                &[&inputs[1]],
                &[],
                false,
                &|c, x, _| (vec![cell(&c[0], &x[0])], vec![]),
            );
            let mut h = inputs[0].clone();
            for t in 0..steps {
                h = cell(&h, &inputs[1].slice_axis(0, t, t + 1).reshape(&[b, f]));
            }
            vec![looped.carries[0].clone(), h]
        },
    );
    assert_eq!(ran.params.len(), 4, "one set of parameters");
    assert_close("scan vs unrolled", ran.out(0), ran.out(1), 1e-6);
}
