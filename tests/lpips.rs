//! LPIPS (`models::lpips`) with randomly generated weights written to a safetensors file by
//! the test (narrow VGG stages, so it runs in seconds): the graph's per-frame distance equals
//! an independent f64 host computation (host convolution loops, max-pools, channel
//! normalisation, lin weighting); bad weight files name the tensor and what was expected; in
//! the VQ-GAN generator step the LPIPS weights are frozen (borrowed) inputs, never trained.

mod common;
mod host_reference;

use common::session;
use host_reference::conv::{conv, ConvSpec};
use host_reference::window::{reduce_window, Reduction, WindowSpec};
use host_reference::Array;
use std::collections::BTreeMap;
use std::path::Path;
use viper::graph::FunctionBuilder;
use viper::models::lpips::{
    load_lpips_weights, Lpips, CONVS_PER_STAGE, INPUT_SCALE, INPUT_SHIFT, LPIPS_SCOPE,
};
use viper::models::vqgan::{VqganConfig, VqganStepOptions, VqganTrainer};
use viper::nn::Scope;
use viper::testing::Rng;
use viper::train::safetensors::encode;
use viper::{DType, HostTensor};

const WIDTHS: [usize; 5] = [4, 6, 8, 8, 8];

fn net() -> Lpips {
    Lpips { widths: WIDTHS }
}

/// Random weights for every documented tensor name (lin weights non-negative).
fn random_weights(seed: u64) -> Vec<(String, HostTensor)> {
    let mut rng = Rng::new(seed);
    let mut tensors = Vec::new();
    let mut cin = 3;
    for (s, (&convs, &width)) in CONVS_PER_STAGE.iter().zip(&WIDTHS).enumerate() {
        for i in 0..convs {
            let name = format!("vgg/conv{}_{}", s + 1, i + 1);
            let std = (1.0 / (9.0 * cin as f64)).sqrt() * 1.5;
            let kernel: Vec<f32> = (0..9 * cin * width)
                .map(|_| (rng.normal() * std) as f32)
                .collect();
            let bias: Vec<f32> = (0..width).map(|_| (rng.normal() * 0.1) as f32).collect();
            let kernel = HostTensor::from_slice(&[3, 3, cin, width], &kernel).unwrap();
            tensors.push((format!("{name}/kernel"), kernel));
            tensors.push((
                format!("{name}/bias"),
                HostTensor::from_slice(&[width], &bias).unwrap(),
            ));
            cin = width;
        }
    }
    for (k, &width) in WIDTHS.iter().enumerate() {
        let w: Vec<f32> = (0..width).map(|_| rng.uniform() as f32).collect();
        tensors.push((
            format!("lin{k}/weight"),
            HostTensor::from_slice(&[width], &w).unwrap(),
        ));
    }
    tensors
}

fn write(path: &Path, tensors: &[(String, HostTensor)]) {
    std::fs::write(path, encode(tensors, &BTreeMap::new())).unwrap();
}

fn array(h: &HostTensor) -> Array {
    Array::new(h.dims(), h.to_f64_vec())
}

/// LPIPS of one pair of frames `[1, H, W, 3]` on the host, from the weights by name.
fn host_lpips(weights: &BTreeMap<String, Array>, a: &Array, b: &Array) -> f64 {
    let features = |x: &Array| {
        let mut h = x.clone();
        for (i, v) in h.data.iter_mut().enumerate() {
            *v = (*v - INPUT_SHIFT[i % 3]) / INPUT_SCALE[i % 3];
        }
        let mut taps = Vec::new();
        for (s, &convs) in CONVS_PER_STAGE.iter().enumerate() {
            if s > 0 {
                let pool = WindowSpec {
                    window: vec![1, 2, 2, 1],
                    strides: vec![1, 2, 2, 1],
                    padding: vec![(0, 0); 4],
                };
                h = reduce_window(&h, Reduction::Max, &pool);
            }
            for i in 0..convs {
                let name = format!("vgg/conv{}_{}", s + 1, i + 1);
                let spec = ConvSpec {
                    padding: vec![(1, 1); 2],
                    ..ConvSpec::plain(2)
                };
                h = conv(&h, &weights[&format!("{name}/kernel")], &spec);
                let bias = &weights[&format!("{name}/bias")].data;
                let c = bias.len();
                for (j, v) in h.data.iter_mut().enumerate() {
                    *v = (*v + bias[j % c]).max(0.0);
                }
            }
            taps.push(h.clone());
        }
        taps
    };
    let (fa, fb) = (features(a), features(b));
    let mut total = 0.0;
    for (k, (ta, tb)) in fa.iter().zip(&fb).enumerate() {
        let c = *ta.dims.last().unwrap();
        let pixels = ta.data.len() / c;
        let lin = &weights[&format!("lin{k}/weight")].data;
        let mut sum = 0.0;
        for p in 0..pixels {
            let (va, vb) = (&ta.data[p * c..(p + 1) * c], &tb.data[p * c..(p + 1) * c]);
            let norm = |v: &[f64]| (v.iter().map(|x| x * x).sum::<f64>() + 1e-20).sqrt();
            let (na, nb) = (norm(va), norm(vb));
            for ch in 0..c {
                sum += lin[ch] * (va[ch] / na - vb[ch] / nb).powi(2);
            }
        }
        total += sum / pixels as f64;
    }
    total
}

fn frames(rng: &mut Rng, n: usize, size: usize) -> HostTensor {
    let v: Vec<f32> = (0..n * size * size * 3)
        .map(|_| (2.0 * rng.uniform() - 1.0) as f32)
        .collect();
    HostTensor::from_slice(&[n, size, size, 3], &v).unwrap()
}

#[test]
fn lpips_matches_the_host_computation() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lpips.safetensors");
    let tensors = random_weights(1);
    write(&path, &tensors);
    let loaded = load_lpips_weights(&path, &net()).unwrap();
    assert_eq!(loaded.len(), tensors.len());
    let (n, size) = (3, 16);
    let fb = FunctionBuilder::new("lpips_distance");
    let a = fb.input("a", DType::F32, &[n, size, size, 3]);
    let b = fb.input("b", DType::F32, &[n, size, size, 3]);
    let scope = Scope::new(&fb).child(LPIPS_SCOPE);
    let distance = net().distance(&scope, &a, &b);
    let function = fb.finish(&[distance]).unwrap();
    let mut rng = Rng::new(2);
    let (xa, xb) = (frames(&mut rng, n, size), frames(&mut rng, n, size));
    let mut args = vec![xa.clone(), xb.clone()];
    for input in &function.inputs()[2..] {
        let (_, value) = loaded.iter().find(|(name, _)| *name == input.name).unwrap();
        args.push(value.clone());
    }
    let got = session().run(&function, &args).unwrap()[0].to_f64_vec();
    let by_name: BTreeMap<String, Array> =
        tensors.iter().map(|(k, v)| (k.clone(), array(v))).collect();
    let frame = size * size * 3;
    let (va, vb) = (xa.to_f64_vec(), xb.to_f64_vec());
    for i in 0..n {
        let one =
            |v: &[f64]| Array::new(&[1, size, size, 3], v[i * frame..(i + 1) * frame].to_vec());
        let want = host_lpips(&by_name, &one(&va), &one(&vb));
        assert!(
            want > 1e-3,
            "frame {i}: a distance this small checks little: {want}"
        );
        assert!(
            (got[i] - want).abs() <= 1e-4 * want,
            "frame {i}: graph {} vs host {want}",
            got[i]
        );
    }
    // Identical frames are at distance 0.
    args[1] = xa;
    let same = session().run(&function, &args).unwrap()[0].to_f64_vec();
    assert!(same.iter().all(|d| d.abs() < 1e-9), "{same:?}");
}

#[test]
fn bad_weight_files_name_the_tensor_and_the_expectation() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.safetensors");
    let mut tensors = random_weights(3);
    tensors.retain(|(n, _)| n != "vgg/conv3_2/bias");
    write(&path, &tensors);
    let err = load_lpips_weights(&path, &net()).unwrap_err().to_string();
    assert!(
        err.contains("bad.safetensors")
            && err.contains("`vgg/conv3_2/bias`")
            && err.contains("f32[8]"),
        "{err}"
    );
    let mut tensors = random_weights(3);
    tensors[0].1 = HostTensor::from_slice(&[3, 3, 4, 3], &[0.0f32; 108]).unwrap();
    write(&path, &tensors);
    let err = load_lpips_weights(&path, &net()).unwrap_err().to_string();
    assert!(
        err.contains("`vgg/conv1_1/kernel`")
            && err.contains("[3, 3, 4, 3]")
            && err.contains("[3, 3, 3, 4]"),
        "{err}"
    );
    let mut tensors = random_weights(3);
    let last = tensors.len() - 1;
    tensors[last].1 = HostTensor::from_slice(&[8], &[-0.5f32; 8]).unwrap();
    write(&path, &tensors);
    let err = load_lpips_weights(&path, &net()).unwrap_err().to_string();
    assert!(
        err.contains("`lin4/weight`") && err.contains("non-negative"),
        "{err}"
    );
}

#[test]
fn lpips_weights_are_frozen_inputs_of_the_generator_step() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lpips.safetensors");
    write(&path, &random_weights(5));
    let weights: Vec<HostTensor> = load_lpips_weights(&path, &net())
        .unwrap()
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    let config = VqganConfig::tiny();
    let options = VqganStepOptions {
        devices: 1,
        lpips: Some(net()),
    };
    let batch = 4;
    let mut trainer =
        VqganTrainer::init_with(session(), &config, batch, 2, &options, Some(&weights)).unwrap();
    let step = trainer.generator.train_step();
    let lpips_names: Vec<String> = net().param_specs().into_iter().map(|s| s.name).collect();
    let frozen: Vec<&str> = step
        .frozen_specs()
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert!(lpips_names.iter().all(|n| frozen.contains(&n.as_str())));
    assert!(step
        .param_specs()
        .iter()
        .all(|s| !s.name.starts_with("lpips/")));
    let images = frames(&mut Rng::new(9), batch, config.image_size);
    for _ in 0..2 {
        let m = trainer.step(&images).unwrap().generator;
        let (l1, lpips, ae) = (
            m.get("l1").unwrap(),
            m.get("lpips").unwrap(),
            m.get("ae_loss").unwrap(),
        );
        assert_eq!(
            m.get("perceptual_weight"),
            Some(config.perceptual_weight as f32 as f64)
        );
        assert!(lpips.is_finite() && lpips > 0.0, "{m:?}");
        assert!(
            (ae - (l1 + config.perceptual_weight * lpips)).abs() <= 1e-5 * ae,
            "{m:?}"
        );
    }
    // Without weights the term is off and the metric says so.
    let mut plain = VqganTrainer::init(session(), &config, batch, 2).unwrap();
    let m = plain.step(&images).unwrap().generator;
    assert_eq!(m.get("perceptual_weight"), Some(0.0));
    assert_eq!(m.get("lpips"), None);
    // Weights are required exactly when the step has the LPIPS term.
    let missing = VqganTrainer::init_with(session(), &config, batch, 2, &options, None);
    assert!(missing
        .err()
        .unwrap()
        .to_string()
        .contains("LPIPS weight tensors"));
}
