//! `VqganTrainer` (the two shared-machinery `TrainStep`s of a VQ-GAN iteration) against the
//! gradient graphs of `models::vqgan::objectives` run on the host-held parameters: the
//! reported losses are those of the current generator/discriminator (the discriminator step
//! sees the freshly updated generator), and the second generator update is AdamW with linear
//! warmup recomputed in f64 on the host from the graphs' gradients. Each step borrows the other
//! network's parameter buffers as frozen inputs, and the 2-device steps equal the 1-device
//! steps up to f32 reassociation.

mod nn_support;

use nn_support::session;
use std::collections::HashMap;
use viper::models::vqgan::{
    gradient_graph, Objective, VqganConfig, VqganStepOptions, VqganTrainer,
};
use viper::testing::Rng;
use viper::HostTensor;

type Params = HashMap<String, HostTensor>;

fn frames(rng: &mut Rng, batch: usize, size: usize) -> HostTensor {
    let pixels: Vec<f32> = (0..batch * size * size * 3)
        .map(|_| 2.0 * rng.uniform() as f32 - 1.0)
        .collect();
    HostTensor::from_slice(&[batch, size, size, 3], &pixels).unwrap()
}

fn by_name(list: Vec<(String, HostTensor)>) -> Params {
    list.into_iter().collect()
}

/// Runs `objective`'s gradient graph; returns (metrics by name, gradients by parameter name).
fn reference(
    config: &VqganConfig,
    objective: Objective,
    images: &HostTensor,
    values: &[&Params],
) -> (HashMap<String, f64>, HashMap<String, Vec<f64>>) {
    let graph = gradient_graph("reference", config, images.dims()[0], objective).unwrap();
    let args: Vec<HostTensor> = graph
        .function
        .inputs()
        .iter()
        .map(|spec| match spec.name.as_str() {
            "images" => images.clone(),
            name => values.iter().find_map(|v| v.get(name)).unwrap().clone(),
        })
        .collect();
    let out = session().run(&graph.function, &args).unwrap();
    let k = graph.metrics.len();
    let metrics = graph
        .metrics
        .iter()
        .zip(&out)
        .map(|(n, v)| (n.to_string(), v.to_f64_vec()[0]))
        .collect();
    let grads = graph
        .updated
        .iter()
        .zip(&out[k..])
        .map(|(s, g)| (s.name.clone(), g.to_f64_vec()))
        .collect();
    (metrics, grads)
}

fn assert_close(what: &str, got: f64, want: f64) {
    assert!(
        (got - want).abs() <= 1e-4 * (1.0 + want.abs()),
        "{what}: got {got}, want {want}"
    );
}

#[test]
fn vqgan_trainer_steps_match_gradient_graphs_and_host_adamw() {
    let config = VqganConfig::tiny();
    let batch = 4;
    let mut trainer = VqganTrainer::init(session(), &config, batch, 7).unwrap();
    let mut rng = Rng::new(3);
    let images: Vec<HostTensor> = (0..2)
        .map(|_| frames(&mut rng, batch, config.image_size))
        .collect();

    let gen0 = by_name(trainer.generator.params().unwrap());
    let disc0 = by_name(trainer.discriminator.params().unwrap());
    let first = trainer.step(&images[0]).unwrap();
    let (g_ref1, grads1) = reference(&config, Objective::Generator, &images[0], &[&gen0, &disc0]);
    assert_close(
        "loss_G step 1",
        first.generator.get("loss").unwrap(),
        g_ref1["loss_G"],
    );
    assert_close(
        "l1 step 1",
        first.generator.get("l1").unwrap(),
        g_ref1["l1"],
    );
    // optax-style warmup: the first update has learning rate 0.
    assert_eq!(first.generator.get("optim/learning_rate"), Some(0.0));
    let gen1 = by_name(trainer.generator.params().unwrap());
    let disc1 = by_name(trainer.discriminator.params().unwrap());

    let second = trainer.step(&images[1]).unwrap();
    let (g_ref2, grads2) = reference(&config, Objective::Generator, &images[1], &[&gen1, &disc1]);
    assert_close(
        "loss_G step 2",
        second.generator.get("loss").unwrap(),
        g_ref2["loss_G"],
    );
    let gen2 = by_name(trainer.generator.params().unwrap());

    // AdamW at t = 2 from zero moments, lr = peak * 1 / warmup.
    let (b1, b2, eps, wd) = (0.9f64, 0.999f64, 1e-8, 1e-4);
    let lr = config.lr / config.warmup_steps as f64;
    let mut moved = 0.0f64;
    for (name, after) in &gen2 {
        let p = gen1[name].to_f64_vec();
        let (g1, g2) = (&grads1[name], &grads2[name]);
        for (i, got) in after.to_f64_vec().into_iter().enumerate() {
            let m = b1 * (1.0 - b1) * g1[i] + (1.0 - b1) * g2[i];
            let v = b2 * (1.0 - b2) * g1[i] * g1[i] + (1.0 - b2) * g2[i] * g2[i];
            let update = (m / (1.0 - b1 * b1)) / ((v / (1.0 - b2 * b2)).sqrt() + eps) + wd * p[i];
            let want = p[i] - lr * update;
            assert!(
                (got - want).abs() <= 2e-6 + 1e-4 * lr,
                "{name}[{i}]: got {got}, want {want}"
            );
            moved = moved.max((got - p[i]).abs());
        }
    }
    assert!(moved > 0.5 * lr, "the generator did not move: {moved}");

    // The discriminator step of iteration 2 ran on the updated generator `gen2`.
    let (d_ref2, _) = reference(
        &config,
        Objective::Discriminator,
        &images[1],
        &[&gen2, &disc1],
    );
    assert_close(
        "loss_D step 2",
        second.discriminator.get("loss").unwrap(),
        d_ref2["loss_D"],
    );
    assert_close(
        "d_grad_penalty step 2",
        second.discriminator.get("d_grad_penalty").unwrap(),
        d_ref2["d_grad_penalty"],
    );
}

fn small_config() -> VqganConfig {
    viper::testing::small_vqgan_config(16)
}

#[test]
fn two_devices_give_the_vqgan_steps_of_one_device() {
    // Tolerance: the 2-device steps sum each gradient as two partial sums plus an all-reduce,
    // which changes f32 rounding only (~1e-6 relative per gradient). Adam divides by the
    // gradients' RMS, so after 3 updates of at most lr = 1e-3 x warmup the parameters differ
    // by ~1e-8; 1e-5 is a wide margin yet far below one update, so a per-device mean or a
    // missing all-reduce would fail.
    let config = small_config();
    let batch = 4;
    let two = VqganStepOptions {
        devices: 2,
        lpips: None,
    };
    let mut one_device = VqganTrainer::init(session(), &config, batch, 5).unwrap();
    let mut two_devices =
        VqganTrainer::init_with(session(), &config, batch, 5, &two, None).unwrap();
    let mut rng = Rng::new(11);
    for step in 0..3 {
        let images = frames(&mut rng, batch, config.image_size);
        let a = one_device.step(&images).unwrap();
        let b = two_devices.step(&images).unwrap();
        for (x, y) in [
            (&a.generator, &b.generator),
            (&a.discriminator, &b.discriminator),
        ] {
            for ((name, u), (_, v)) in x.values.iter().zip(&y.values) {
                assert!(
                    (u - v).abs() <= 1e-4 * (1.0 + u.abs()),
                    "step {step} {name}: {u} vs {v}"
                );
            }
        }
    }
    let mut max_diff: f64 = 0.0;
    for (a, b) in [
        (&one_device.generator, &two_devices.generator),
        (&one_device.discriminator, &two_devices.discriminator),
    ] {
        for ((name, x), (_, y)) in a.params().unwrap().iter().zip(b.params().unwrap()) {
            if name.ends_with("attention/key/bias") {
                // q . b_key adds the same number to every logit of a query's row, which the
                // softmax ignores: its gradient is exactly zero, and Adam turns the f32 noise
                // of that zero into +-lr steps that differ between the programs.
                continue;
            }
            let worst = x
                .to_f64_vec()
                .iter()
                .zip(y.to_f64_vec())
                .map(|(u, v)| (u - v).abs() / (1.0 + u.abs()))
                .fold(0.0, f64::max);
            assert!(worst <= 1e-5, "{name}: relative difference {worst:e}");
            max_diff = max_diff.max(worst);
        }
    }
    println!("max relative parameter difference after 3 iterations: {max_diff:e}");
    // The steps did train (warmup lr at step 3 is 2/20 of 1e-3 = 1e-4 per update).
    let fresh = VqganTrainer::init(session(), &config, batch, 5).unwrap();
    // (the same initial parameters as `one_device`: same names, same seed)
    let (before, after) = (
        fresh.generator.params().unwrap(),
        one_device.generator.params().unwrap(),
    );
    let moved = before
        .iter()
        .zip(&after)
        .flat_map(|((_, x), (_, y))| x.to_f64_vec().into_iter().zip(y.to_f64_vec()))
        .map(|(u, v)| (u - v).abs())
        .fold(0.0, f64::max);
    assert!(moved > 5e-5, "{moved}");
}
