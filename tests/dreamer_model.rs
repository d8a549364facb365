//! Dreamer world-model structure tests: the presets load from `configs/dreamer/*.json` and
//! validate, bad configs name the field, the encoder and decoder trace to the documented
//! shapes, parameter counts equal the layer-shape formulas, and the two-hot symlog and
//! Bernoulli head losses equal host computations.

mod host_reference;
mod nn_support;

use host_reference::rssm::{HostRssm, Sizes};
use nn_support::{assert_close, host, normals, randomize, run_layer_with};
use std::path::Path;
use viper::config::load_config;
use viper::graph::{FunctionBuilder, Tensor};
use viper::models::dreamer::{ActionSpace, DreamerConfig, MlpHead, WorldModel, WorldModelBatch};
use viper::nn::Scope;
use viper::DType;

fn preset(name: &str) -> DreamerConfig {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("configs/dreamer/{name}.json"));
    load_config(Some(&path), DreamerConfig::default(), &[]).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn presets_load_from_json_and_validate() {
    for name in ["tiny", "cpu", "small", "medium", "large", "xlarge"] {
        let config = preset(name);
        assert_eq!(Some(config.clone()), DreamerConfig::preset(name), "{name}");
        config.validate().unwrap();
    }
    // The brief's size table (§4.6): deter, cnn_depth, units, layers.
    let sizes = |c: DreamerConfig| (c.deter, c.cnn_depth, c.units, c.layers);
    assert_eq!(sizes(preset("small")), (512, 32, 512, 2));
    assert_eq!(sizes(preset("medium")), (1024, 48, 640, 3));
    assert_eq!(sizes(preset("large")), (2048, 64, 768, 4));
    assert_eq!(sizes(preset("xlarge")), (4096, 96, 1024, 5));
    let small = preset("small");
    assert_eq!(
        (small.loss_scales.dynamics, small.loss_scales.representation),
        (0.5, 0.1)
    );
    assert!((small.discount() - (1.0 - 1.0 / 333.0)).abs() < 1e-15);
}

#[test]
fn unknown_keys_and_bad_values_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.json");
    std::fs::write(&path, r#"{"loss_scales": {"dyn": 0.5, "kl": 1.0}}"#).unwrap();
    let err = load_config(Some(&path), DreamerConfig::default(), &[]).unwrap_err();
    assert!(err.to_string().contains("kl"), "{err}");

    let mut c = DreamerConfig::tiny();
    c.image_size = 48;
    let err = c.validate().unwrap_err().to_string();
    assert!(err.contains("`image_size`") && err.contains("48"), "{err}");
    let mut c = DreamerConfig::tiny();
    c.model_opt.clip = 0.0;
    assert!(c
        .validate()
        .unwrap_err()
        .to_string()
        .contains("`model_opt`"));
    let mut c = DreamerConfig::tiny();
    c.unimix = 1.0;
    assert!(c.validate().unwrap_err().to_string().contains("`unimix`"));
}

/// Traces the world-model loss over a `[batch, length]` batch; returns the root scope's
/// parameter count and the output shapes of the encoder and decoder.
fn trace_world_model(config: &DreamerConfig, action: &ActionSpace) -> usize {
    let model = WorldModel::new(config, action).unwrap();
    let fb = FunctionBuilder::new("wm_count");
    let inputs: Vec<Tensor> = model
        .batch_inputs(1, 2)
        .iter()
        .map(|b| fb.input(&b.name, b.ty.dtype, b.ty.dims()))
        .collect();
    let key = fb.input("key", DType::U32, &[2]);
    let scope = Scope::new(&fb);
    let batch = WorldModelBatch::from_inputs(&inputs).unwrap();
    let out = model.loss(
        &scope,
        &batch,
        None,
        &viper::graph::ops::random::RngKey::new(&key),
    );
    assert_eq!(out.embed.dims(), vec![1, 2, config.embed_size()]);
    assert_eq!(
        out.post.features().dims(),
        vec![1, 2, config.feature_size()]
    );
    fb.finish(&[out.loss]).unwrap();
    scope.param_count()
}

/// The world model's parameter count from its layer shapes, for `A` action dims, with the
/// density head. A conv or transposed conv 4x4 has `16 in out` kernel entries; a LayerNorm
/// over `F` has `2F` (scale, offset); hidden dense layers have no bias, output layers do.
///
/// Encoder (stages 4, depth d): `sum_i 16 c_i c_{i+1} + 2 c_{i+1}` with c = 3, d, 2d, 4d, 8d.
/// RSSM (D deter, U units, Z = 32·32, E = 16·8d): initial `D`; img_in `(Z + A) U + 2U`;
/// gru `(D + U) 3D + 6D`; img_out `D U + 2U`; img_stats `U Z + Z`; obs_out `(D + E) U + 2U`;
/// obs_stats `U Z + Z`.
/// Decoder (F = D + Z): in `F · 128d + 128d`; deconvs 8d->4d->2d->d `16 c c' + 2c'`; out
/// `16 d 3 + 3`.
/// Heads (L layers): MLP `F U + 2U + (L - 1)(U U + 2U)`; outputs reward and density
/// `255 U + 255`, cont `U + 1`.
fn formula(d: usize, deter: usize, units: usize, layers: usize, actions: usize) -> usize {
    let (z, u) = (32 * 32, units);
    let c = [3, d, 2 * d, 4 * d, 8 * d];
    let encoder: usize = (0..4).map(|i| 16 * c[i] * c[i + 1] + 2 * c[i + 1]).sum();
    let e = 16 * 8 * d;
    let rssm = deter
        + (z + actions) * u
        + 2 * u
        + (deter + u) * 3 * deter
        + 6 * deter
        + deter * u
        + 2 * u
        + u * z
        + z
        + (deter + e) * u
        + 2 * u
        + u * z
        + z;
    let f = deter + z;
    let decoder = f * 128 * d
        + 128 * d
        + (1..4)
            .rev()
            .map(|i| 16 * c[i + 1] * c[i] + 2 * c[i])
            .sum::<usize>()
        + 16 * d * 3
        + 3;
    let mlp = f * u + 2 * u + (layers - 1) * (u * u + 2 * u);
    let heads = 3 * mlp + 2 * (255 * u + 255) + u + 1;
    encoder + rssm + decoder + heads
}

#[test]
fn parameter_counts_match_layer_shapes() {
    let action = ActionSpace::Continuous { dim: 6 };
    // Small, worked by hand: encoder 1,600 + 32,896 + 131,328 + 524,800 = 690,624; RSSM
    // 512 + 528,384 + 1,575,936 + 263,168 + 525,312 + 2,360,320 + 525,312 = 5,778,944;
    // decoder 6,295,552 + 524,544 + 131,200 + 32,832 + 1,539 = 6,985,667; heads (MLP
    // 787,456 + 263,168 = 1,050,624 each) 1,181,439 + 1,181,439 + 1,051,137 = 3,414,015.
    // Total 16,869,250: the brief's "≈16.9 M with density head".
    assert_eq!(formula(32, 512, 512, 2, 6), 16_869_250);
    for (name, (d, deter, units, layers)) in [
        ("small", (32, 512, 512, 2)),
        ("medium", (48, 1024, 640, 3)),
        ("large", (64, 2048, 768, 4)),
        ("xlarge", (96, 4096, 1024, 5)),
    ] {
        let count = trace_world_model(&preset(name), &action);
        assert_eq!(count, formula(d, deter, units, layers, 6), "{name}");
        println!("{name}: {count} world-model parameters");
    }
    // Without the density head (task-oracle runs) one two-hot head fewer.
    let mut oracle = preset("small");
    oracle.prior_rewards.density = 0.0;
    let mlp = 1536 * 512 + 1024 + 512 * 512 + 1024;
    assert_eq!(
        trace_world_model(&oracle, &action),
        16_869_250 - mlp - (255 * 512 + 255)
    );
}

#[test]
fn encoder_and_decoder_shapes() {
    let config = DreamerConfig::small();
    let model = WorldModel::new(&config, &ActionSpace::Discrete { n: 4 }).unwrap();
    let fb = FunctionBuilder::new("shapes");
    let scope = Scope::new(&fb);
    let frames = fb.input("frames", DType::U8, &[2, 3, 64, 64, 3]);
    let embed = model.encoder.forward(&scope.child("encoder"), &frames);
    assert_eq!(embed.dims(), vec![2, 3, 4096]);
    let features = fb.input("features", DType::F32, &[2, 3, 512 + 1024]);
    let frame = model.decoder.forward(&scope.child("decoder"), &features);
    assert_eq!(frame.dims(), vec![2, 3, 64, 64, 3]);
    fb.finish(&[embed, frame]).unwrap();
    // A wrong frame size is a tracing error naming the encoder and the expected shape.
    let fb = FunctionBuilder::new("bad_frames");
    let frames = fb.input("frames", DType::U8, &[2, 32, 32, 3]);
    let embed = model
        .encoder
        .forward(&Scope::new(&fb).child("encoder"), &frames);
    let err = fb.finish(&[embed]).unwrap_err().to_string();
    assert!(
        err.contains("encoder") && err.contains("64, 64, 3"),
        "{err}"
    );
}

fn symlog(x: f64) -> f64 {
    x.signum() * (x.abs() + 1.0).ln()
}

#[test]
fn head_losses_match_host() {
    // A 2-layer reward head (two-hot symlog, 255 bins over [-20, 20]) and a cont head
    // (Bernoulli) on 5 feature rows, output layers randomised (the reward's is zero-init).
    let mut config = DreamerConfig::tiny();
    config.layers = 2;
    let (n, f, u) = (5, 9, config.units);
    let features = normals(61, n * f);
    let targets = [-3.0, 0.0, 0.4, 17.5, 1e9]; // the last beyond the bins: the edge bin
    let cont_targets = [1.0, 0.0, 1.0, 1.0, 0.0];
    let data = [
        host(DType::F64, &[n, f], &features),
        host(DType::F64, &[n], &targets),
        host(DType::F64, &[n], &cont_targets),
    ];
    let reward = MlpHead::two_hot(&config, f).param_dtype(DType::F64);
    let cont = MlpHead::cont(&config, f).param_dtype(DType::F64);
    let tweak = |tree: &mut viper::nn::ParamTree| {
        randomize(tree, "scale", 62);
        randomize(tree, "bias", 63);
        randomize(tree, "out/kernel", 64);
    };
    let ran = run_layer_with("heads", &data, 65, tweak, |scope, x| {
        let r = reward.two_hot_dist(&scope.child("reward"), &x[0]);
        let c = cont.bernoulli(&scope.child("cont"), &x[0]);
        vec![-r.log_prob(&x[1]), -c.log_prob(&x[2])]
    });
    let sizes = Sizes {
        deter: 0,
        units: u,
        stoch: 0,
        classes: 0,
        embed: 0,
        action: 0,
        unimix: 0.0,
    };
    let mlp = |prefix: &str, outputs: usize| -> Vec<f64> {
        let h = HostRssm {
            params: &ran.params,
            prefix: prefix.to_string(),
            sizes,
        };
        let h1 = h.normed("hidden0", &features, n, f, u, true);
        let h2 = h.normed("hidden1", &h1, n, u, u, true);
        h.linear("out", &h2, n, u, outputs, true)
    };
    let logits = mlp("reward", 255);
    let step = 40.0 / 254.0;
    let expected: Vec<f64> = (0..n)
        .map(|r| {
            let row = &logits[r * 255..(r + 1) * 255];
            let max = row.iter().cloned().fold(f64::MIN, f64::max);
            let lse = max + row.iter().map(|v| (v - max).exp()).sum::<f64>().ln();
            // Two-hot: the bins below and above symlog(target), weighted by closeness.
            let pos = ((symlog(targets[r]) + 20.0) / step).clamp(0.0, 254.0);
            let (lo, hi) = (pos.floor() as usize, (pos.floor() as usize + 1).min(254));
            let w_hi = pos - pos.floor();
            let mut log_p = (1.0 - w_hi) * (row[lo] - lse);
            if hi != lo {
                log_p += w_hi * (row[hi] - lse);
            }
            -log_p
        })
        .collect();
    assert_close("reward loss", ran.out(0), &expected, 1e-10);
    let cont_logits = mlp("cont", 1);
    let expected: Vec<f64> = cont_logits
        .iter()
        .zip(cont_targets)
        .map(|(l, y)| {
            let p = 1.0 / (1.0 + (-l).exp());
            -(y * p.ln() + (1.0 - y) * (1.0 - p).ln())
        })
        .collect();
    assert_close("cont loss", ran.out(1), &expected, 1e-10);
}

#[test]
fn initialisers_follow_the_reference_rules() {
    // Hidden layers and convs: truncated normal fan-avg; outputs: uniform fan-avg times
    // outscale (reward and density 0, i.e. zeros; cont, the RSSM stats, the decoder's input
    // projection and its last transposed conv 1); norms 1 and 0; the initial state 0.
    use viper::nn::Init;
    let config = DreamerConfig::tiny();
    let model = WorldModel::new(&config, &ActionSpace::Discrete { n: 3 }).unwrap();
    let fb = FunctionBuilder::new("inits");
    let inputs: Vec<Tensor> = model
        .batch_inputs(1, 2)
        .iter()
        .map(|b| fb.input(&b.name, b.ty.dtype, b.ty.dims()))
        .collect();
    let key = viper::graph::ops::random::RngKey::from_seed(&inputs[1], 1);
    let scope = Scope::new(&fb);
    let out = model.loss(
        &scope,
        &WorldModelBatch::from_inputs(&inputs).unwrap(),
        None,
        &key,
    );
    fb.finish(&[out.loss]).unwrap();
    let hidden = Init::TruncatedNormalFanAvg { scale: 1.0 };
    let unit_uniform = Init::UniformFanAvg { scale: 1.0 };
    let expected = |name: &str| -> Init {
        match name {
            "rssm/initial" | "reward/out/kernel" | "density/out/kernel" => Init::Zeros,
            n if n.ends_with("/bias") => Init::Zeros,
            n if n.ends_with("/scale") => Init::Ones,
            "cont/out/kernel"
            | "rssm/img_stats/kernel"
            | "rssm/obs_stats/kernel"
            | "decoder/in/kernel"
            | "decoder/out/kernel" => unit_uniform.clone(),
            _ => hidden.clone(),
        }
    };
    let specs = scope.param_specs();
    assert!(specs.len() > 30);
    for spec in specs {
        assert_eq!(spec.init, expected(&spec.name), "{}", spec.name);
    }
}
