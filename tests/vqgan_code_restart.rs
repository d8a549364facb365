//! Dead-code restarts (`models::vqgan::code_restart`) on the device: the generator step's
//! codes and `z_e` outputs are those of a separate encoder pass with the parameters the step
//! started from (and a step traced without restarts has none and is otherwise the same
//! program); one restart moves exactly the codes the batch did not use onto distinct encoder
//! vectors of the batch (recomputed by a separate program from the downloaded pre-step
//! parameters), zeroes their Adam moments and leaves every other value bit for bit; the same
//! start gives the same restart; in a short training run restarts keep far more codes in use
//! than no restarts; and bad settings are refused by name.

mod nn_support;

use nn_support::session;
use std::collections::{HashMap, HashSet};
use viper::graph::FunctionBuilder;
use viper::models::vqgan::{
    trace_vqgan_steps, CodeRestarter, Vqgan, VqganConfig, VqganStepOptions, VqganTrainer,
    CODES_OUTPUT, Z_E_OUTPUT,
};
use viper::nn::Scope;
use viper::testing::{max_abs_diff, Rng};
use viper::{DType, HostTensor};

type Values = HashMap<String, Vec<f64>>;

const CODEBOOK: &str = "quantizer/embeddings";

fn small_config() -> VqganConfig {
    viper::testing::small_vqgan_config(32)
}

fn frames(rng: &mut Rng, batch: usize, size: usize) -> HostTensor {
    let pixels: Vec<f32> = (0..batch * size * size * 3)
        .map(|_| 2.0 * rng.uniform() as f32 - 1.0)
        .collect();
    HostTensor::from_slice(&[batch, size, size, 3], &pixels).unwrap()
}

fn values(list: Vec<(String, HostTensor)>) -> Values {
    list.into_iter().map(|(n, t)| (n, t.to_f64_vec())).collect()
}

/// Codes and pre-quantisation vectors `[M, D]` of `images` under `params`, by a program of
/// their own (not the restarter's).
fn encode_on_host(
    config: &VqganConfig,
    images: &HostTensor,
    params: &Values,
) -> (Vec<usize>, Vec<f64>) {
    let fb = FunctionBuilder::new("test_encode");
    let input = fb.input("images", DType::F32, images.dims());
    let scope = Scope::new(&fb);
    let vqgan = Vqgan::new(config).unwrap();
    let z = vqgan.pre_quantization(&scope, &input, None);
    let codes = vqgan
        .quantizer()
        .forward(&scope.child("quantizer"), &z)
        .codes;
    let function = fb.finish(&[codes.convert(DType::I32), z]).unwrap();
    let mut args = vec![images.clone()];
    for spec in &function.inputs()[1..] {
        let dims = &spec.ty.dims().to_vec();
        let data: Vec<f32> = params[&spec.name].iter().map(|&v| v as f32).collect();
        args.push(HostTensor::from_slice(dims, &data).unwrap());
    }
    let out = session().run(&function, &args).unwrap();
    let codes = out[0]
        .to_vec::<i32>()
        .unwrap()
        .iter()
        .map(|&c| c as usize)
        .collect();
    (codes, out[1].to_f64_vec())
}

/// `config` restarting codes every `every` steps.
fn restarting(config: &VqganConfig, every: usize) -> VqganConfig {
    VqganConfig {
        code_restart_every: every,
        ..config.clone()
    }
}

/// A trainer of `config` one iteration into training, and the next batch.
fn trained_one_step(config: &VqganConfig, batch: usize) -> (VqganTrainer, HostTensor) {
    let mut trainer = VqganTrainer::init(session(), config, batch, 5).unwrap();
    let mut rng = Rng::new(3);
    trainer
        .step(&frames(&mut rng, batch, config.image_size))
        .unwrap();
    (trainer, frames(&mut rng, batch, config.image_size))
}

/// Only the generator step of an iteration (the discriminator's parameters borrowed).
fn generator_step(trainer: &mut VqganTrainer, images: &HostTensor) {
    let frozen = trainer.discriminator.param_buffers().unwrap();
    let batch = std::slice::from_ref(images);
    trainer.generator.step_with(batch, &frozen).unwrap();
}

#[test]
fn the_generator_step_returns_the_codes_of_its_pre_update_parameters() {
    // No warmup, so the first update already moves the parameters (see the last check).
    let config = VqganConfig {
        warmup_steps: 0,
        ..restarting(&small_config(), 10)
    };
    let batch = 4;
    let off = trace_vqgan_steps(&small_config(), batch).unwrap().generator;
    let on = trace_vqgan_steps(&config, batch).unwrap().generator;
    assert!(off.aux_outputs().is_empty());
    let names: Vec<String> = on
        .aux_outputs()
        .iter()
        .map(|a| format!("{} {}", a.name, a.ty))
        .collect();
    let [h, w] = config.code_grid();
    let (rows, dim) = (batch * h * w, config.ae.embed_dim);
    assert_eq!(
        names,
        [
            format!("codes i32[{rows}]"),
            format!("z_e f32[{rows}, {dim}]")
        ]
    );
    let (off_out, on_out) = (off.function().output_types(), on.function().output_types());
    assert_eq!(on_out.len(), off_out.len() + 2);
    assert_eq!(on_out[..off_out.len()], off_out[..]);
    assert_eq!(on.function().inputs(), off.function().inputs());

    let mut trainer = VqganTrainer::init(session(), &config, batch, 5).unwrap();
    let mut rng = Rng::new(3);
    for step in 0..2 {
        let images = frames(&mut rng, batch, config.image_size);
        let pre = values(trainer.generator.params().unwrap());
        trainer.step(&images).unwrap();
        let codes = trainer.generator.aux(CODES_OUTPUT).unwrap();
        let codes: Vec<usize> = codes
            .to_vec::<i32>()
            .unwrap()
            .iter()
            .map(|&c| c as usize)
            .collect();
        let z_e = trainer.generator.aux(Z_E_OUTPUT).unwrap().to_f64_vec();
        let (want_codes, want_z) = encode_on_host(&config, &images, &pre);
        assert_eq!(codes, want_codes, "step {step}");
        assert!(max_abs_diff(&z_e, &want_z) < 1e-5, "step {step}");
        // The updated parameters give other vectors: the check above can tell them apart.
        let post = values(trainer.generator.params().unwrap());
        let (_, post_z) = encode_on_host(&config, &images, &post);
        let moved = max_abs_diff(&z_e, &post_z);
        assert!(moved > 1e-4, "step {step}: the update moved z_e by {moved}");
    }
}

#[test]
fn a_restart_moves_exactly_the_unused_codes_onto_distinct_batch_vectors() {
    let config = small_config();
    let (d, k, batch) = (config.ae.embed_dim, config.ae.n_embed, 4);
    // Restarts every 2 steps: none in the first iteration; the test runs the second.
    let config = restarting(&config, 2);
    let restart = || {
        let (mut trainer, images) = trained_one_step(&config, batch);
        let pre = values(trainer.generator.params().unwrap());
        generator_step(&mut trainer, &images);
        let before = (
            values(trainer.generator.params().unwrap()),
            values(trainer.generator.opt_state().unwrap()),
        );
        let mut restarter =
            CodeRestarter::new(session(), &restarting(&config, 1), &trainer.generator).unwrap();
        let report = restarter.after_step(&mut trainer.generator).unwrap();
        let after = (
            values(trainer.generator.params().unwrap()),
            values(trainer.generator.opt_state().unwrap()),
        );
        (images, pre, before, after, report, restarter.metrics())
    };
    let (images, pre, (params, state), (new_params, new_state), report, metrics) = restart();
    // The step's codes and vectors come from the parameters it started from.
    let (codes, z) = encode_on_host(&config, &images, &pre);
    let used: HashSet<usize> = codes.iter().copied().collect();
    let dead: Vec<usize> = (0..k).filter(|c| !used.contains(c)).collect();
    assert!(
        !dead.is_empty() && dead.len() < k,
        "the case needs used and unused codes: {used:?}"
    );
    // Random frames give distinct vectors, so every unused code restarts.
    assert!(report.due);
    assert_eq!(report.restarted, dead.len());
    assert_eq!(
        metrics[0],
        ("codes_restarted".to_string(), dead.len() as f64)
    );

    for (name, old) in params.iter().filter(|(n, _)| *n != CODEBOOK) {
        assert_eq!(&new_params[name], old, "parameter {name} changed");
    }
    let moments = [
        format!("optim/mu/{CODEBOOK}"),
        format!("optim/nu/{CODEBOOK}"),
    ];
    for (name, old) in state.iter().filter(|(n, _)| !moments.contains(n)) {
        assert_eq!(&new_state[name], old, "optimizer state {name} changed");
    }
    let row = |v: &[f64], i: usize| v[i * d..(i + 1) * d].to_vec();
    let (old_table, new_table) = (&params[CODEBOOK], &new_params[CODEBOOK]);
    let mut sources = HashSet::new();
    for code in 0..k {
        let moments_now: Vec<Vec<f64>> = moments.iter().map(|m| row(&new_state[m], code)).collect();
        if used.contains(&code) {
            assert_eq!(
                row(new_table, code),
                row(old_table, code),
                "used code {code} moved"
            );
            for m in &moments {
                assert_eq!(
                    row(&new_state[m], code),
                    row(&state[m], code),
                    "{m} of used code {code}"
                );
            }
            continue;
        }
        // A dead row now holds one of the batch's vectors (f32 of another program: 1e-5).
        let new_row = row(new_table, code);
        let source = (0..codes.len()).find(|&i| {
            row(&z, i)
                .iter()
                .zip(&new_row)
                .all(|(a, b)| (a - b).abs() <= 1e-5 * (1.0 + a.abs()))
        });
        let source =
            source.unwrap_or_else(|| panic!("dead code {code} holds no batch vector: {new_row:?}"));
        assert!(
            sources.insert(source),
            "two codes restarted onto batch vector {source}"
        );
        assert!(
            moments_now.iter().flatten().all(|&v| v == 0.0),
            "moments of code {code} not reset"
        );
        assert_ne!(row(old_table, code), new_row);
    }

    // The same start (trainer seed, step, batch) gives the same restart.
    let (_, _, _, (again, _), _, _) = restart();
    assert_eq!(again[CODEBOOK], new_params[CODEBOOK]);
}

/// Mean perplexity and codebook usage of the generator over the last `tail` of `steps`
/// iterations on a fixed stream of frames.
fn final_usage(config: &VqganConfig, steps: usize, tail: usize) -> (f64, f64, f64) {
    let batch = 8;
    let mut trainer = VqganTrainer::init(session(), config, batch, 9).unwrap();
    let mut rng = Rng::new(21);
    let (mut perplexity, mut usage, mut restarted) = (0.0, 0.0, 0.0);
    for step in 0..steps {
        let m = trainer
            .step(&frames(&mut rng, batch, config.image_size))
            .unwrap();
        if step >= steps - tail {
            perplexity += m.generator.get("perplexity").unwrap() / tail as f64;
            usage += m.generator.get("codebook_usage").unwrap() / tail as f64;
        }
        restarted = m.generator.get("codes_restarted_total").unwrap_or(0.0);
    }
    (perplexity, usage, restarted)
}

#[test]
fn restarts_keep_more_codes_in_use_than_no_restarts() {
    let mut config = small_config();
    config.ae.n_embed = 64;
    config.warmup_steps = 5;
    let (steps, tail) = (40, 10);
    let off = final_usage(&config, steps, tail);
    let on = final_usage(
        &VqganConfig {
            code_restart_every: 10,
            ..config.clone()
        },
        steps,
        tail,
    );
    eprintln!(
        "perplexity/usage/restarted over the last {tail} of {steps} steps: off {off:?}, on {on:?}"
    );
    assert_eq!(off.2, 0.0);
    assert!(on.2 > 0.0);
    assert!(on.0 > 2.0 * off.0, "perplexity: on {on:?} vs off {off:?}");
    assert!(on.1 > 2.0 * off.1, "usage: on {on:?} vs off {off:?}");
}

#[test]
fn restarts_on_several_devices_are_refused_by_name() {
    let config = VqganConfig {
        code_restart_every: 10,
        ..small_config()
    };
    let two = VqganStepOptions {
        devices: 2,
        lpips: None,
    };
    let e = VqganTrainer::init_with(session(), &config, 4, 5, &two, None)
        .err()
        .expect("two devices with restarts must be refused")
        .to_string();
    assert!(
        e.contains("code_restart_every") && e.contains("--devices 1"),
        "{e}"
    );
}
