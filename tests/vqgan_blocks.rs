//! VQ-GAN blocks against host loops (f64 activations): the ResNet block with its 1x1
//! shortcut, the single-head spatial attention block, and stride-2 downsampling; the host side
//! uses the independent convolution of `host_reference`.

mod host_reference;
mod nn_support;

use host_reference::conv::{conv, ConvSpec};
use host_reference::Array;
use nn_support::{assert_close, host, normals, randomize, run_layer_with, Ran};
use viper::models::vqgan::blocks::{attention_block, downsample, resnet_block, BlockContext};
use viper::DType;

const GROUPS: usize = 2;

fn context() -> BlockContext {
    BlockContext {
        norm_groups: GROUPS,
        dropout: 0.0,
        key: None,
    }
}

/// Runs `block` on `x` with every scale and bias randomised.
fn run(
    name: &str,
    dims: &[usize],
    block: impl Fn(&viper::nn::Scope, &viper::graph::Tensor) -> viper::graph::Tensor,
) -> (Vec<f64>, Ran) {
    let x = normals(71, dims.iter().product());
    let ran = run_layer_with(
        name,
        &[host(DType::F64, dims, &x)],
        8,
        |tree| {
            randomize(tree, "scale", 9);
            randomize(tree, "bias", 10);
        },
        |scope, xs| vec![block(&scope.child("b"), &xs[0])],
    );
    (x, ran)
}

fn group_norm(x: &Array, scale: &[f64], bias: &[f64]) -> Array {
    let (n, c) = (x.dims[0], x.dims[3]);
    let positions = x.dims[1] * x.dims[2];
    let per = c / GROUPS;
    let mut out = x.clone();
    for b in 0..n {
        for g in 0..GROUPS {
            let at = |p: usize, k: usize| (b * positions + p) * c + g * per + k;
            let vals: Vec<f64> = (0..positions)
                .flat_map(|p| (0..per).map(move |k| (p, k)))
                .map(|(p, k)| x.data[at(p, k)])
                .collect();
            let mean = vals.iter().sum::<f64>() / vals.len() as f64;
            let var = vals.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / vals.len() as f64;
            for p in 0..positions {
                for k in 0..per {
                    let ch = g * per + k;
                    let xhat = (x.data[at(p, k)] - mean) / (var + 1e-6).sqrt();
                    out.data[at(p, k)] = xhat * scale[ch] + bias[ch];
                }
            }
        }
    }
    out
}

fn swish(x: &Array) -> Array {
    Array::new(
        &x.dims,
        x.data.iter().map(|v| v / (1.0 + (-v).exp())).collect(),
    )
}

/// Conv with SAME padding for odd kernels at stride 1, or explicit padding, plus bias.
fn conv_bias(ran: &Ran, path: &str, x: &Array, stride: usize, pad: (i64, i64)) -> Array {
    let kernel = ran.params.get(&format!("{path}/kernel")).unwrap();
    let w = Array::new(kernel.dims(), kernel.to_f64_vec());
    let spec = ConvSpec {
        strides: vec![stride; 2],
        padding: vec![pad; 2],
        ..ConvSpec::plain(2)
    };
    let mut y = conv(x, &w, &spec);
    let bias = ran.param(&format!("{path}/bias"));
    let c = bias.len();
    for (i, v) in y.data.iter_mut().enumerate() {
        *v += bias[i % c];
    }
    y
}

fn add(a: &Array, b: &Array) -> Array {
    Array::new(
        &a.dims,
        a.data.iter().zip(&b.data).map(|(x, y)| x + y).collect(),
    )
}

#[test]
fn resnet_block_matches_host() {
    let dims = [2, 3, 3, 4];
    let (x, ran) = run("resnet", &dims, |s, x| resnet_block(s, &context(), x, 6));
    let x = Array::new(&dims, x);
    let gn = |name: &str, t: &Array| {
        let scale = ran.param(&format!("b/{name}/scale"));
        group_norm(t, &scale, &ran.param(&format!("b/{name}/bias")))
    };
    let h = conv_bias(&ran, "b/conv1", &swish(&gn("norm1", &x)), 1, (1, 1));
    let h = conv_bias(&ran, "b/conv2", &swish(&gn("norm2", &h)), 1, (1, 1));
    let skip = conv_bias(&ran, "b/shortcut", &x, 1, (0, 0));
    assert_close("resnet block", ran.out(0), &add(&skip, &h).data, 1e-9);
}

#[test]
fn attention_block_matches_host() {
    let (n, hgt, wid, c) = (2, 2, 3, 4);
    let dims = [n, hgt, wid, c];
    let (x, ran) = run("attention", &dims, |s, x| attention_block(s, &context(), x));
    let x = Array::new(&dims, x);
    let h = group_norm(&x, &ran.param("b/norm/scale"), &ran.param("b/norm/bias"));
    let q = conv_bias(&ran, "b/query", &h, 1, (0, 0));
    let k = conv_bias(&ran, "b/key", &h, 1, (0, 0));
    let v = conv_bias(&ran, "b/value", &h, 1, (0, 0));
    let p = hgt * wid;
    let mut attended = Array::zeros(&dims);
    for b in 0..n {
        for i in 0..p {
            let row = |t: &Array, j: usize| t.data[(b * p + j) * c..(b * p + j + 1) * c].to_vec();
            let scores: Vec<f64> = (0..p)
                .map(|j| {
                    let (qi, kj) = (row(&q, i), row(&k, j));
                    qi.iter().zip(&kj).map(|(a, b)| a * b).sum::<f64>() / (c as f64).sqrt()
                })
                .collect();
            let top = scores.iter().cloned().fold(f64::MIN, f64::max);
            let weights: Vec<f64> = scores.iter().map(|s| (s - top).exp()).collect();
            let total: f64 = weights.iter().sum();
            for (j, w) in weights.iter().enumerate() {
                for (ch, vv) in row(&v, j).iter().enumerate() {
                    attended.data[(b * p + i) * c + ch] += w / total * vv;
                }
            }
        }
    }
    let out = conv_bias(&ran, "b/proj_out", &attended, 1, (0, 0));
    assert_close("attention block", ran.out(0), &add(&x, &out).data, 1e-9);
}

#[test]
fn downsample_halves_with_same_padding() {
    // 5x4 input, 3x3 kernel, stride 2: outputs ceil(5/2) x ceil(4/2) = 3 x 2; SAME padding
    // totals max((out - 1) 2 + 3 - in, 0): (1, 1) on the rows, (0, 1) on the columns.
    let dims = [1, 5, 4, 2];
    let (x, ran) = run("downsample", &dims, |s, x| downsample(s, x, [2, 2]));
    let x = Array::new(&dims, x);
    let kernel = ran.params.get("b/conv/kernel").unwrap();
    let w = Array::new(kernel.dims(), kernel.to_f64_vec());
    let spec = ConvSpec {
        strides: vec![2, 2],
        padding: vec![(1, 1), (0, 1)],
        ..ConvSpec::plain(2)
    };
    let mut y = conv(&x, &w, &spec);
    let bias = ran.param("b/conv/bias");
    for (i, v) in y.data.iter_mut().enumerate() {
        *v += bias[i % 2];
    }
    assert_eq!(ran.dims(0), &[1, 3, 2, 2]);
    assert_close("downsample", ran.out(0), &y.data, 1e-9);
}
