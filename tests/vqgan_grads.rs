//! VQ-GAN gradient tests (f64, tiny sizes): the quantizer's straight-through gradient against
//! central differences of the surrogate it stands for, the discriminator's input gradient and
//! the R1 penalty (a gradient of a gradient) through `viper::testing::check_vjp`, and the
//! minibatch-stddev grouping (quirk Q3), FIR blur and the foreground-weighted L1 against host
//! loops.

mod nn_support;

use nn_support::{assert_close, host, normals, session};
use viper::graph::{grad, FunctionBuilder, Tensor};
use viper::models::vqgan::{
    fir_blur, foreground_l1, minibatch_stddev, r1_penalty, Discriminator, DiscriminatorConfig,
    VectorQuantizer,
};
use viper::nn::{ParamTree, Scope};
use viper::testing::{check_vjp, Rng};
use viper::{DType, HostTensor};

fn f64_tensor(dims: &[usize], values: &[f64]) -> HostTensor {
    host(DType::F64, dims, values)
}

/// A smooth readout of the quantizer output: `sum(w * sin(e))`.
fn readout(e: &Tensor, w: &Tensor) -> Tensor {
    (w * e.sin()).sum_all()
}

#[test]
fn straight_through_gradient_matches_finite_differences() {
    // L(z, E) = readout(ST(z)) + vq_loss. Its intended gradient is that of the surrogate
    // S(z, E) = readout(z + (zq0 - z0)) + 0.25 mean((zq0 - z)^2) + mean((E[codes0] - z0)^2)
    // at (z0, E0): the readout's gradient passes to z unchanged, the commitment term pulls z
    // only, the codebook term moves E only. Reverse mode of L is compared with central
    // differences of S along a random direction.
    let (k, d) = (5, 3);
    let zdims = [2, 2, 2, d];
    let z0 = f64_tensor(&zdims, &normals(1, 8 * d));
    let e0 = f64_tensor(&[k, d], &normals(2, k * d));
    let w = f64_tensor(&zdims, &normals(3, 8 * d));
    let vq = VectorQuantizer::new(k, d).param_dtype(DType::F64);

    let fb = FunctionBuilder::new("straight_through");
    let z = fb.input("z", DType::F64, &zdims);
    let table = fb.input("table", DType::F64, &[k, d]);
    let scope = Scope::from_params(&[("vq/embeddings".to_string(), table.clone())]).unwrap();
    let q = vq.forward(&scope.child("vq"), &z);
    let loss = readout(&q.embeddings, &fb.constant(&w)) + &q.vq_loss;
    let grads = grad(&loss, &[&z, &table]);
    let function = fb
        .finish(&[grads[0].clone(), grads[1].clone(), q.codes, q.embeddings])
        .unwrap();
    let out = session().run(&function, &[z0.clone(), e0.clone()]).unwrap();
    let (codes0, zq0) = (&out[2], &out[3]);

    let fb = FunctionBuilder::new("surrogate");
    let z = fb.input("z", DType::F64, &zdims);
    let table = fb.input("table", DType::F64, &[k, d]);
    let (z0c, zq0c) = (fb.constant(&z0), fb.constant(zq0));
    let shifted = &z + (&zq0c - &z0c);
    let commitment = (&zq0c - &z).square().mean_all() * 0.25;
    let codebook = (table.gather_rows(&fb.constant(codes0)) - &z0c)
        .square()
        .mean_all();
    let s = readout(&shifted, &fb.constant(&w)) + commitment + codebook;
    let surrogate = session().compile(&fb.finish(&[s]).unwrap()).unwrap();

    let mut rng = Rng::new(9);
    let tz: Vec<f64> = (0..8 * d).map(|_| rng.normal()).collect();
    let te: Vec<f64> = (0..k * d).map(|_| rng.normal()).collect();
    let step = 1e-5;
    let at = |sign: f64| -> f64 {
        let shift = |x: &HostTensor, t: &[f64]| {
            let v: Vec<f64> = x
                .to_f64_vec()
                .iter()
                .zip(t)
                .map(|(a, b)| a + sign * step * b)
                .collect();
            f64_tensor(x.dims(), &v)
        };
        surrogate.run(&[shift(&z0, &tz), shift(&e0, &te)]).unwrap()[0].to_f64_vec()[0]
    };
    let forward = (at(1.0) - at(-1.0)) / (2.0 * step);
    let dot = |g: &HostTensor, t: &[f64]| -> f64 {
        g.to_f64_vec().iter().zip(t).map(|(a, b)| a * b).sum()
    };
    let reverse = dot(&out[0], &tz) + dot(&out[1], &te);
    assert!(
        (forward - reverse).abs() <= 1e-7 * forward.abs().max(1.0),
        "reverse {reverse} vs central differences {forward}"
    );
    // The codebook gradient is the codebook term's alone: zero on unused codes.
    let codes: Vec<usize> = codes0.to_f64_vec().iter().map(|&c| c as usize).collect();
    let grad_e = out[1].to_f64_vec();
    for c in (0..k).filter(|c| !codes.contains(c)) {
        assert!(grad_e[c * d..(c + 1) * d].iter().all(|&g| g == 0.0));
    }
}

/// The 8x8 discriminator: features [4, 8], one block, 4x4 -> mbstd -> 2x2 -> dense.
fn tiny_disc() -> Discriminator {
    let config = DiscriminatorConfig {
        base_features: 2,
        max_hidden_feature_size: 8,
        mbstd_group_size: 4,
        mbstd_num_features: 1,
        gradient_penalty_weight: 1e3,
    };
    Discriminator::new(&config, 8).param_dtype(DType::F64)
}

/// Frames then the discriminator's parameters (seeded init, biases randomised).
fn disc_inputs(disc: &Discriminator, n: usize) -> (Vec<HostTensor>, Vec<String>) {
    let fb = FunctionBuilder::new("probe");
    let x = fb.input("x", DType::F64, &[n, 8, 8, 3]);
    let scope = Scope::new(&fb);
    disc.forward(&scope, &x);
    let specs = scope.param_specs();
    let mut tree = ParamTree::init(&specs, 5).unwrap();
    nn_support::randomize(&mut tree, "bias", 6);
    let mut inputs = vec![f64_tensor(&[n, 8, 8, 3], &normals(7, n * 192))];
    inputs.extend(tree.ordered(&specs).unwrap());
    (inputs, specs.into_iter().map(|s| s.name).collect())
}

#[test]
fn discriminator_gradients_match_finite_differences() {
    let disc = tiny_disc();
    let (inputs, names) = disc_inputs(&disc, 4);
    let program = |xs: &[Tensor]| -> Vec<Tensor> {
        let given: Vec<(String, Tensor)> = names.iter().cloned().zip(xs[1..].to_vec()).collect();
        let scope = Scope::from_params(&given).unwrap();
        vec![disc.forward(&scope, &xs[0]).mean_all()]
    };
    check_vjp(session(), "disc_vjp", &inputs, &program, 1, 21).unwrap();
}

#[test]
fn r1_penalty_matches_finite_differences() {
    // R1(x, params) = w mean((d mean_b D(x_b) / dx)^2) is itself built by reverse mode; its
    // reverse-mode gradient (a gradient of a gradient) against central differences of R1.
    let disc = tiny_disc();
    let (inputs, names) = disc_inputs(&disc, 4);
    let weight = disc.config.gradient_penalty_weight;
    let program = |xs: &[Tensor]| -> Vec<Tensor> {
        let given: Vec<(String, Tensor)> = names.iter().cloned().zip(xs[1..].to_vec()).collect();
        let scope = Scope::from_params(&given).unwrap();
        let logits = disc.forward(&scope, &xs[0]);
        vec![r1_penalty(&xs[0], &logits, weight)]
    };
    check_vjp(session(), "r1_vjp", &inputs, &program, 1, 22).unwrap();
}

#[test]
fn minibatch_stddev_groups_consecutively_and_tiles_strided() {
    // N = 8, G = 4: groups {0..3} and {4..7}; sample i receives group (i mod 2)'s statistic.
    let (n, h, w, c) = (8, 2, 1, 3);
    let x = normals(31, n * h * w * c);
    let fb = FunctionBuilder::new("mbstd");
    let input = fb.input("x", DType::F64, &[n, h, w, c]);
    let y = minibatch_stddev(&input, 4, 1);
    let out = session()
        .run(&fb.finish(&[y]).unwrap(), &[f64_tensor(&[n, h, w, c], &x)])
        .unwrap()[0]
        .to_f64_vec();
    let at = |i: usize, p: usize, ch: usize| x[(i * h * w + p) * c + ch];
    let stat = |g: usize| -> f64 {
        let mut total = 0.0;
        for p in 0..h * w {
            for ch in 0..c {
                let vals: Vec<f64> = (0..4).map(|j| at(4 * g + j, p, ch)).collect();
                let mean = vals.iter().sum::<f64>() / 4.0;
                let var = vals.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / 4.0;
                total += (var + 1e-8).sqrt();
            }
        }
        total / (h * w * c) as f64
    };
    let mut expected = Vec::new();
    for i in 0..n {
        for p in 0..h * w {
            expected.extend((0..c).map(|ch| at(i, p, ch)));
            expected.push(stat(i % 2));
        }
    }
    assert_close("mbstd", &out, &expected, 1e-12);
}

#[test]
fn fir_blur_matches_the_2d_filter() {
    // The 4x4 filter outer([1,3,3,1], [1,3,3,1]) / 64 correlated with the input zero-padded
    // by (2, 1) on both axes, per channel.
    let (n, h, w, c) = (1, 5, 4, 2);
    let x = normals(51, n * h * w * c);
    let fb = FunctionBuilder::new("blur");
    let input = fb.input("x", DType::F64, &[n, h, w, c]);
    let y = fir_blur(&input, 2, 1);
    let (oh, ow) = (h + 3 - 3, w + 3 - 3);
    assert_eq!(y.dims(), vec![n, oh, ow, c]);
    let out = session()
        .run(&fb.finish(&[y]).unwrap(), &[f64_tensor(&[n, h, w, c], &x)])
        .unwrap()[0]
        .to_f64_vec();
    let taps = [1.0, 3.0, 3.0, 1.0];
    let mut expected = vec![0.0; oh * ow * c];
    for i in 0..oh {
        for j in 0..ow {
            for ch in 0..c {
                let mut acc = 0.0;
                for a in 0..4 {
                    for b in 0..4 {
                        let (r, s) = (i as i64 + a as i64 - 2, j as i64 + b as i64 - 2);
                        if (0..h as i64).contains(&r) && (0..w as i64).contains(&s) {
                            let v = x[((r as usize) * w + s as usize) * c + ch];
                            acc += taps[a] * taps[b] / 64.0 * v;
                        }
                    }
                }
                expected[(i * ow + j) * c + ch] = acc;
            }
        }
    }
    assert_close("blur", &out, &expected, 1e-12);
}

#[test]
fn foreground_l1_weights_pixels_by_their_distance_from_the_batch_mean_frame() {
    // sum(w * e) / sum(w), w = 1 + f * sum_c |x - mean_n x| per pixel, by host loops; and its
    // gradients (in the error, and in the images through the weights) by central differences.
    let (n, h, w, c) = (3, 2, 3, 2);
    let f = 4.0;
    let x = normals(61, n * h * w * c);
    let e: Vec<f64> = normals(62, n * h * w * c).iter().map(|v| v.abs()).collect();
    let fb = FunctionBuilder::new("foreground_l1");
    let images = fb.input("x", DType::F64, &[n, h, w, c]);
    let error = fb.input("e", DType::F64, &[n, h, w, c]);
    let loss = foreground_l1(&images, &error, f);
    let inputs = [f64_tensor(&[n, h, w, c], &x), f64_tensor(&[n, h, w, c], &e)];
    let got = session()
        .run(&fb.finish(&[loss]).unwrap(), &inputs)
        .unwrap()[0]
        .to_f64_vec();
    let pixel = h * w;
    let (mut weighted, mut total) = (0.0, 0.0);
    for b in 0..n {
        for p in 0..pixel {
            let distance: f64 = (0..c)
                .map(|ch| {
                    let mean = (0..n).map(|m| x[(m * pixel + p) * c + ch]).sum::<f64>() / n as f64;
                    (x[(b * pixel + p) * c + ch] - mean).abs()
                })
                .sum();
            for ch in 0..c {
                weighted += (1.0 + f * distance) * e[(b * pixel + p) * c + ch];
                total += 1.0 + f * distance;
            }
        }
    }
    assert_close("foreground_l1", &got, &[weighted / total], 1e-12);
    // Equal weights (one frame repeated) give the plain mean.
    let same: Vec<f64> = (0..n).flat_map(|_| x[..pixel * c].to_vec()).collect();
    let plain = session()
        .run(
            &{
                let fb = FunctionBuilder::new("foreground_l1_same");
                let images = fb.input("x", DType::F64, &[n, h, w, c]);
                let error = fb.input("e", DType::F64, &[n, h, w, c]);
                fb.finish(&[foreground_l1(&images, &error, f)]).unwrap()
            },
            &[f64_tensor(&[n, h, w, c], &same), inputs[1].clone()],
        )
        .unwrap()[0]
        .to_f64_vec();
    assert_close(
        "foreground_l1 of equal frames",
        &plain,
        &[e.iter().sum::<f64>() / e.len() as f64],
        1e-12,
    );
    let program = |xs: &[Tensor]| vec![foreground_l1(&xs[0], &xs[1], f)];
    check_vjp(session(), "foreground_l1_vjp", &inputs, &program, 1, 63).unwrap();
}
