//! VQ-GAN model tests: the presets load from `configs/vqgan/*.json` and validate, bad configs
//! name the field, every preset traces to the documented shapes, parameter counts equal the
//! architecture's formulas (and the reference's measured dmc count), and the quantizer picks
//! the nearest code, with its losses and metrics recomputed on the host.

mod nn_support;

use nn_support::{assert_close, host, normals, run_layer_with, session};
use std::path::Path;
use viper::config::load_config;
use viper::graph::FunctionBuilder;
use viper::models::vqgan::{Discriminator, VectorQuantizer, Vqgan, VqganConfig};
use viper::nn::Scope;
use viper::DType;

fn preset(name: &str) -> VqganConfig {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("configs/vqgan/{name}.json"));
    load_config(Some(&path), VqganConfig::default(), &[]).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn presets_load_from_json_and_validate() {
    assert_eq!(preset("dmc"), VqganConfig::dmc());
    assert_eq!(preset("atari"), VqganConfig::atari());
    assert_eq!(preset("tiny"), VqganConfig::tiny());
    for name in ["tiny", "dmc", "atari"] {
        preset(name).validate().unwrap();
    }
    // The brief's table (§1.1): grids 8x8 of 256 and 16x16 of 1024.
    let (dmc, atari) = (preset("dmc"), preset("atari"));
    assert_eq!((dmc.code_grid(), dmc.ae.n_embed), ([8, 8], 256));
    assert_eq!((atari.code_grid(), atari.ae.n_embed), ([16, 16], 1024));
    assert_eq!(atari.ae.ch_mult, vec![1, 2, 2]);
    assert_eq!(dmc.disc.gradient_penalty_weight, 1e8);
}

#[test]
fn bad_configs_name_the_field() {
    let mut c = VqganConfig::dmc();
    c.ae.ch_mult = vec![1, 2];
    let e = c.validate().unwrap_err().to_string();
    assert!(
        e.contains("ae.ch_mult") && e.contains("needs 4 entries"),
        "{e}"
    );
    let mut c = VqganConfig::dmc();
    c.ae.patch_size = [6, 6];
    assert!(c
        .validate()
        .unwrap_err()
        .to_string()
        .contains("ae.patch_size"));
    let mut c = VqganConfig::dmc();
    c.ae.ch = 48;
    assert!(c
        .validate()
        .unwrap_err()
        .to_string()
        .contains("norm_groups"));
    let set = ["ae.n_embedd=3".to_string()];
    let e = load_config(None, VqganConfig::default(), &set).unwrap_err();
    assert!(e.to_string().contains("n_embedd"), "{e}");
    let set = ["ae.n_embed=512".to_string()];
    let c = load_config(None, VqganConfig::default(), &set).unwrap();
    assert_eq!(c.ae.n_embed, 512);
}

#[test]
fn every_preset_traces_to_the_documented_shapes() {
    for name in ["tiny", "dmc", "atari"] {
        let c = preset(name);
        let fb = FunctionBuilder::new(name);
        let s = c.image_size;
        let images = fb.input("images", DType::F32, &[4, s, s, 3]);
        let scope = Scope::new(&fb);
        let out = Vqgan::new(&c).unwrap().forward(&scope, &images, None);
        let [h, w] = c.code_grid();
        assert_eq!(out.quantized.codes.dims(), vec![4, h, w], "{name}");
        assert_eq!(out.quantized.codes.dtype(), DType::I32, "{name}");
        assert_eq!(
            out.quantized.embeddings.dims(),
            vec![4, h, w, c.ae.embed_dim]
        );
        assert_eq!(out.recon.dims(), vec![4, s, s, 3], "{name}");
        let logits = Discriminator::new(&c.disc, s).forward(&scope.child("disc"), &images);
        assert_eq!(logits.dims(), vec![4, 1], "{name}");
        fb.finish(&[out.recon, logits]).unwrap();
    }
}

/// Parameter counts from the layer shapes (flax layouts: conv `k k in out + out`, GroupNorm
/// `2 C`), written out independently of the model code.
fn conv(k: usize, cin: usize, cout: usize) -> usize {
    k * k * cin * cout + cout
}

fn resnet(cin: usize, cout: usize) -> usize {
    let shortcut = if cin == cout { 0 } else { conv(1, cin, cout) };
    2 * cin + conv(3, cin, cout) + 2 * cout + conv(3, cout, cout) + shortcut
}

fn attention(c: usize) -> usize {
    2 * c + 4 * conv(1, c, c)
}

/// (encoder, decoder, quant convs + codebook) of an autoencoder config.
fn autoencoder_counts(c: &VqganConfig) -> (usize, usize, usize) {
    let ae = &c.ae;
    let mut encoder = conv(3, 3, ae.ch);
    let mut ch = ae.ch;
    for (i, m) in ae.ch_mult.iter().enumerate() {
        for _ in 0..ae.num_res_blocks {
            encoder += resnet(ch, ae.ch * m);
            ch = ae.ch * m;
        }
        if i + 1 < ae.ch_mult.len() {
            encoder += conv(3, ch, ch);
        }
    }
    encoder += 2 * resnet(ch, ch) + attention(ch) + 2 * ch + conv(3, ch, ae.z_channels);
    let top = ae.ch * ae.ch_mult[ae.ch_mult.len() - 1];
    let mut decoder = conv(3, ae.z_channels, top) + 2 * resnet(top, top) + attention(top);
    let mut ch = top;
    for i in (0..ae.ch_mult.len()).rev() {
        for _ in 0..=ae.num_res_blocks {
            decoder += resnet(ch, ae.ch * ae.ch_mult[i]);
            ch = ae.ch * ae.ch_mult[i];
        }
        if i > 0 {
            decoder += conv(3, ch, ch);
        }
    }
    decoder += 2 * ch + conv(3, ch, 3);
    let quant = conv(1, ae.z_channels, ae.embed_dim)
        + ae.n_embed * ae.embed_dim
        + conv(1, ae.embed_dim, ae.z_channels);
    (encoder, decoder, quant)
}

/// The 64x64 discriminator of base 32 / max 512 written out layer by layer (§1.4).
fn discriminator_count_64() -> usize {
    let block = |cin, hidden, out| conv(3, cin, hidden) + conv(3, hidden, out) + conv(1, cin, out);
    conv(1, 3, 32)
        + block(32, 128, 64)
        + block(64, 256, 128)
        + block(128, 512, 256)
        + block(256, 512, 512)
        + conv(3, 513, 512)
        + (2 * 2 * 512 * 512 + 512)
        + (512 + 1)
}

fn traced_counts(c: &VqganConfig) -> (usize, usize, usize, usize) {
    let fb = FunctionBuilder::new("count");
    let s = c.image_size;
    let images = fb.input("images", DType::F32, &[4, s, s, 3]);
    let scope = Scope::new(&fb);
    Vqgan::new(c).unwrap().forward(&scope, &images, None);
    Discriminator::new(&c.disc, s).forward(&scope.child("disc"), &images);
    let under = |p: &str| scope.child(p).param_count();
    let quant = under("quant_conv") + under("quantizer") + under("post_quant_conv");
    (under("encoder"), under("decoder"), quant, under("disc"))
}

#[test]
fn parameter_counts_match_the_architecture_and_the_reference() {
    let dmc = VqganConfig::dmc();
    let (enc, dec, quant, disc) = traced_counts(&dmc);
    assert_eq!((enc, dec, quant), autoencoder_counts(&dmc));
    // The reference's flax VQGAN with dmc.yaml, measured (DESIGN.md §6): 20,113,987.
    assert_eq!(enc + dec + quant, 20_113_987);
    // The brief's estimates (§1.7): encoder 7.68M, decoder 12.41M, quantizer 0.025M.
    assert_eq!((enc / 10_000, dec / 10_000, quant / 1_000), (768, 1240, 24));
    assert_eq!(disc, discriminator_count_64());
    // The brief's estimate for the discriminator: 9.45M.
    assert_eq!(disc / 10_000, 945);

    let atari = VqganConfig::atari();
    let (enc, dec, quant, disc_atari) = traced_counts(&atari);
    assert_eq!((enc, dec, quant), autoencoder_counts(&atari));
    // The brief's estimates: 5.91M + 9.45M + 0.074M = 15.4M.
    assert_eq!((enc / 10_000, dec / 10_000, quant / 1_000), (591, 945, 73));
    assert_eq!((enc + dec + quant) / 100_000, 154);
    assert_eq!(disc_atari, disc);
}

#[test]
fn quantizer_picks_the_nearest_code() {
    // 2 x 3 x 3 positions of D = 4 against K = 7 codes; codebook and features random normals
    // so ties are (almost surely) absent.
    let (k, d, n) = (7, 4, 18);
    let z = normals(41, n * d);
    let table = normals(42, k * d);
    let ran = run_layer_with(
        "quantize",
        &[host(DType::F32, &[2, 3, 3, d], &z)],
        7,
        |tree| {
            let t = host(DType::F32, &[k, d], &table);
            tree.set("vq/embeddings", t).unwrap();
        },
        |scope, xs| {
            let q = VectorQuantizer::new(k, d).forward(&scope.child("vq"), &xs[0]);
            vec![
                q.codes.convert(DType::F32),
                q.embeddings,
                q.vq_loss,
                q.perplexity,
                q.codebook_usage,
            ]
        },
    );
    let table: Vec<f64> = ran.param("vq/embeddings");
    let z: Vec<f64> = z.iter().map(|&v| v as f32 as f64).collect();
    let mut codes = vec![0usize; n];
    let mut zq = vec![0.0; n * d];
    for i in 0..n {
        let dist = |c: usize| -> f64 {
            (0..d)
                .map(|j| (z[i * d + j] - table[c * d + j]).powi(2))
                .sum()
        };
        codes[i] = (0..k).min_by(|&a, &b| dist(a).total_cmp(&dist(b))).unwrap();
        zq[i * d..(i + 1) * d].copy_from_slice(&table[codes[i] * d..(codes[i] + 1) * d]);
    }
    let codes_f: Vec<f64> = codes.iter().map(|&c| c as f64).collect();
    assert_eq!(ran.out(0), codes_f.as_slice(), "codes");
    assert_eq!(ran.dims(0), &[2, 3, 3]);
    assert_close("straight-through value", ran.out(1), &zq, 1e-5);
    let mse: f64 = z.iter().zip(&zq).map(|(a, b)| (a - b).powi(2)).sum::<f64>() / (n * d) as f64;
    assert_close("vq_loss", ran.out(2), &[1.25 * mse], 1e-5);
    let mut counts = vec![0.0; k];
    for &c in &codes {
        counts[c] += 1.0;
    }
    let entropy: f64 = counts
        .iter()
        .map(|&c| c / n as f64)
        .map(|p| -p * (p + 1e-10).ln())
        .sum();
    assert_close("perplexity", ran.out(3), &[entropy.exp()], 1e-5);
    let used = counts.iter().filter(|&&c| c > 0.0).count() as f64 / k as f64;
    assert_close("codebook_usage", ran.out(4), &[used], 1e-6);
    let _ = session();
}

#[test]
fn decoding_the_codes_reproduces_the_forward_pass_and_dropout_acts_only_in_training() {
    // The straight-through value is E[codes], so decode(codes) equals the forward pass's
    // reconstruction; dropout (rate 0.5 here) changes the output only when given a key.
    let config = preset("tiny");
    let s = config.image_size;
    let frames: Vec<f64> = normals(61, 2 * s * s * 3)
        .iter()
        .map(|v| v.tanh())
        .collect();
    let mut dropping = config.clone();
    dropping.ae.dropout = 0.5;
    let ran = run_layer_with(
        "decode_codes",
        &[host(DType::F32, &[2, s, s, 3], &frames)],
        3,
        |_| {},
        |scope, xs| {
            let model = Vqgan::new(&config).unwrap();
            let out = model.forward(scope, &xs[0], None);
            let decoded = model.decode_codes(scope, &out.quantized.codes);
            let with_dropout = Vqgan::new(&dropping).unwrap();
            let key = viper::graph::ops::random::RngKey::from_seed(&xs[0], 5);
            let trained = with_dropout.forward(scope, &xs[0], Some(&key));
            let evaluated = with_dropout.forward(scope, &xs[0], None);
            vec![out.recon, decoded, trained.recon, evaluated.recon]
        },
    );
    assert_close("decode(codes)", ran.out(1), ran.out(0), 1e-5);
    assert_close("dropout off in evaluation", ran.out(3), ran.out(0), 1e-6);
    let changed = ran
        .out(2)
        .iter()
        .zip(ran.out(0))
        .filter(|(a, b)| (*a - *b).abs() > 1e-4)
        .count();
    assert!(
        changed > ran.out(0).len() / 2,
        "dropout changed {changed} values"
    );
}
