//! The compiled train step through `Trainer`: data parallel over 4 CPU devices equals one
//! device, parameters and state are donated (aliased to their updated values), resuming
//! from a checkpoint continues exactly, a wrong batch is refused by name, and
//! `Trainer::rewrite_slots` changes only the values it is given.

mod common;
use common::session;
use viper::graph::Tensor;
use viper::nn::{Conv2d, Linear, Scope};
use viper::optim::{Adam, Optimizer};
use viper::testing::{max_abs_diff, Rng};
use viper::train::{BatchInput, CheckpointDir, LossOutput, TrainStep, Trainer};
use viper::{DType, HostTensor};

const BATCH: usize = 8;

fn batch_inputs() -> Vec<BatchInput> {
    vec![
        BatchInput::new("image", DType::F32, &[BATCH, 6, 6, 2]),
        BatchInput::new("target", DType::F32, &[BATCH, 3]),
    ]
}

/// A tiny conv net regressing 3 numbers, with key-dependent input noise so the random key
/// path is exercised (and must agree between the 1- and 4-device programs).
fn model_loss(
    scope: &Scope,
    batch: &[Tensor],
    key: &viper::graph::ops::random::RngKey,
) -> LossOutput {
    let noise = key.normal(DType::F32, &[BATCH, 6, 6, 2]) * 0.05;
    let x = &batch[0] + noise;
    let h = Conv2d::new(2, 4, [3, 3])
        .stride(2)
        .forward(&scope.child("conv"), &x)
        .tanh();
    let h = h.reshape(&[BATCH, 3 * 3 * 4]);
    let y = Linear::new(36, 3).forward(&scope.child("head"), &h);
    let loss = (y - &batch[1]).square().mean_all();
    let scale = loss.full_like(2.0);
    LossOutput::new(loss.clone()).metric("loss_times_two", loss * scale)
}

fn optimizer() -> Optimizer {
    Optimizer {
        clip_global_norm: Some(10.0),
        warmup_steps: 1,
        ..Optimizer::new(Adam::adamw(0.01))
    }
}

fn step(devices: usize) -> TrainStep {
    TrainStep::trace(
        "tiny_step",
        &batch_inputs(),
        &optimizer(),
        devices,
        model_loss,
    )
    .unwrap()
}

fn batch(step: u64) -> Vec<HostTensor> {
    let mut rng = Rng::new(1000 + step);
    let image: Vec<f32> = (0..BATCH * 72).map(|_| rng.normal() as f32).collect();
    let target: Vec<f32> = (0..BATCH * 3).map(|_| rng.uniform() as f32).collect();
    vec![
        HostTensor::from_slice(&[BATCH, 6, 6, 2], &image).unwrap(),
        HostTensor::from_slice(&[BATCH, 3], &target).unwrap(),
    ]
}

fn run(trainer: &mut Trainer, steps: u64) -> Vec<f64> {
    let mut losses = Vec::new();
    for _ in 0..steps {
        let s = trainer.steps_done();
        let m = trainer.step(&batch(s)).unwrap();
        assert_eq!(
            m.get("loss_times_two").unwrap(),
            2.0 * m.get("loss").unwrap()
        );
        losses.push(m.get("loss").unwrap());
    }
    losses
}

#[test]
fn parameters_and_state_are_donated_to_their_updates() {
    let s = step(1);
    let text = viper::lower::to_stablehlo(s.function()).unwrap();
    let aliased = text.matches("tf.aliasing_output").count();
    assert_eq!(aliased, s.param_specs().len() + s.state_specs().len());
    assert_eq!(
        s.param_specs().len(),
        4,
        "conv kernel+bias, head kernel+bias"
    );
    let names: Vec<&str> = s.metric_names().iter().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "loss",
            "loss_times_two",
            "optim/grad_norm",
            "optim/learning_rate"
        ]
    );
}

#[test]
fn four_devices_give_the_parameters_of_one_device() {
    // Tolerance: the 4-device program sums each gradient as 4 partial sums of 2 examples
    // plus an all-reduce instead of one sum of 8, which changes f32 rounding only (relative
    // 1e-7 per addition, ~1e-6 of a gradient). Adam divides by the gradient's RMS, so an
    // update (at most lr = 0.01 per step) changes by ~1e-6 of itself: over 3 steps the
    // parameters (|p| <= ~1) differ by ~1e-8. 1e-5 is a wide margin, far below the size of
    // one update (1e-2), so a wrong reduction (e.g. a per-device mean) would fail.
    let steps = 3;
    let mut one = Trainer::init(session(), step(1), 7).unwrap();
    let mut four = Trainer::init(session(), step(4), 7).unwrap();
    let losses_one = run(&mut one, steps);
    let losses_four = run(&mut four, steps);
    for (a, b) in losses_one.iter().zip(&losses_four) {
        assert!((a - b).abs() <= 1e-5 * (1.0 + a.abs()), "loss {a} vs {b}");
    }
    let (p1, p4) = (one.params().unwrap(), four.params().unwrap());
    let mut max_diff: f64 = 0.0;
    for ((name, a), (name4, b)) in p1.iter().zip(&p4) {
        assert_eq!(name, name4);
        for (x, y) in a.to_f64_vec().iter().zip(b.to_f64_vec()) {
            max_diff = max_diff.max((x - y).abs() / (1.0 + x.abs()));
        }
    }
    println!("max relative parameter difference after {steps} steps: {max_diff:e}");
    assert!(max_diff <= 1e-5, "{max_diff}");
    // The parameters did move (by about lr per step), so the comparison means something.
    let init = Trainer::init(session(), step(1), 7)
        .unwrap()
        .params()
        .unwrap();
    let moved = max_abs_diff(&init[0].1.to_f64_vec(), &p1[0].1.to_f64_vec());
    assert!(moved > 1e-3, "{moved}");
}

#[test]
fn resuming_from_a_checkpoint_continues_exactly() {
    let mut straight = Trainer::init(session(), step(1), 3).unwrap();
    run(&mut straight, 4);

    let dir = tempfile::tempdir().unwrap();
    let ckpts = CheckpointDir::new(dir.path(), 2);
    let mut first = Trainer::init(session(), step(1), 3).unwrap();
    run(&mut first, 2);
    ckpts
        .save(&first.checkpoint(serde_json::json!({"test": true})).unwrap())
        .unwrap();
    drop(first);
    let ckpt = ckpts.load_latest().unwrap().unwrap();
    assert_eq!(ckpt.step, 2);
    let mut resumed = Trainer::resume(session(), step(1), &ckpt, &ckpts.sidecar_path(2)).unwrap();
    run(&mut resumed, 2);
    assert_eq!(resumed.steps_done(), 4);
    assert_eq!(resumed.params().unwrap(), straight.params().unwrap());
    assert_eq!(resumed.opt_state().unwrap(), straight.opt_state().unwrap());
}

#[test]
fn a_wrong_batch_is_refused_by_name() {
    let mut trainer = Trainer::init(session(), step(1), 1).unwrap();
    let mut b = batch(0);
    b[1] = HostTensor::from_slice(&[BATCH, 2], &[0f32; BATCH * 2]).unwrap();
    let m = trainer.step(&b).unwrap_err().to_string();
    assert!(
        m.contains("batch input `target` must be f32[8, 3], got f32[8, 2]"),
        "{m}"
    );
    // Nothing was donated: the trainer still works.
    trainer.step(&batch(0)).unwrap();
}

#[test]
fn an_f16_model_with_loss_scaling_skips_overflowing_steps_then_trains() {
    // f16 parameters and activations; the loss is taken in f32 and scaled by 2^15 before
    // differentiation, so the f16 cotangents overflow at first: those steps must be skipped
    // (parameters unchanged) and the scale halved until the gradients fit, then training moves.
    let optimizer = Optimizer {
        loss_scale: Some(viper::optim::LossScale {
            initial_scale: 32768.0,
            growth_interval: 1000,
            min_scale: 1.0,
            max_scale: 32768.0,
        }),
        ..Optimizer::new(Adam::new(0.01))
    };
    let inputs = [
        BatchInput::new("x", DType::F16, &[BATCH, 4]),
        BatchInput::new("y", DType::F16, &[BATCH, 2]),
    ];
    let step = TrainStep::trace("f16_step", &inputs, &optimizer, 1, |scope, batch, _key| {
        let y = Linear::new(4, 2)
            .param_dtype(DType::F16)
            .forward(&scope.child("dense"), &batch[0]);
        let err = (y - &batch[1]).convert(DType::F32);
        LossOutput::new(err.square().mean_all())
    })
    .unwrap();
    let mut trainer = Trainer::init(session(), step, 5).unwrap();
    let mut rng = Rng::new(9);
    let x: Vec<half::f16> = (0..BATCH * 4)
        .map(|_| half::f16::from_f64(rng.normal() * 30.0))
        .collect();
    let y: Vec<half::f16> = (0..BATCH * 2)
        .map(|_| half::f16::from_f64(rng.normal() * 30.0))
        .collect();
    let batch = vec![
        HostTensor::from_slice(&[BATCH, 4], &x).unwrap(),
        HostTensor::from_slice(&[BATCH, 2], &y).unwrap(),
    ];
    let initial = trainer.params().unwrap();
    let mut skipped = Vec::new();
    let mut scales = Vec::new();
    for _ in 0..12 {
        let m = trainer.step(&batch).unwrap();
        skipped.push(m.get("optim/skipped").unwrap());
        scales.push(m.get("optim/loss_scale").unwrap());
    }
    println!("skipped {skipped:?}\nscales {scales:?}");
    assert_eq!(skipped[0], 1.0, "2^15 must overflow f16 here");
    let first_ok = skipped
        .iter()
        .position(|&s| s == 0.0)
        .expect("some step fits");
    assert!(skipped[first_ok..].iter().all(|&s| s == 0.0));
    // Each skip halved the scale.
    for (k, &scale) in scales[..first_ok].iter().enumerate() {
        assert_eq!(scale, 32768.0 / f64::powi(2.0, k as i32));
    }
    let count = &trainer.opt_state().unwrap()[0];
    assert_eq!(count.0, "optim/count");
    assert_eq!(
        count.1.to_vec::<i32>().unwrap(),
        vec![(12 - first_ok) as i32]
    );
    let after = trainer.params().unwrap();
    assert_ne!(
        after[0].1, initial[0].1,
        "the finite steps moved the parameters"
    );
}

#[test]
fn set_donation_accepts_arguments_only() {
    let f = viper::graph::FunctionBuilder::new("donation");
    let p = f.input("p", DType::F32, &[2]);
    let q = &p * 2.0;
    let m = f.set_donation(&q, 0).unwrap_err().to_string();
    assert!(m.contains("set_donation: value %"), "{m}");
    assert!(m.contains("is not an argument of this function"), "{m}");
    f.set_donation(&p, 0).unwrap();
    let function = f.finish(&[q]).unwrap();
    assert_eq!(function.inputs()[0].donated_to, Some(0));
}

#[test]
fn step_setup_mistakes_are_named() {
    let inputs = [BatchInput::new("x", DType::F32, &[6, 2])];
    let opt = Optimizer::new(Adam::new(0.1));
    let extra = TrainStep::trace("extra_input", &inputs, &opt, 1, |scope, batch, _| {
        let w = Linear::new(2, 1).forward(&scope.child("dense"), &batch[0]);
        let sneaky = scope
            .builder()
            .unwrap()
            .input("labels", DType::F32, &[6, 1]);
        LossOutput::new((w - sneaky).square().mean_all())
    })
    .unwrap_err()
    .to_string();
    assert!(
        extra.contains(
            "train step `extra_input`: the loss function created 1 inputs that are not parameters"
        ),
        "{extra}"
    );
    let vector = TrainStep::trace("vector_loss", &inputs, &opt, 1, |scope, batch, _| {
        LossOutput::new(Linear::new(2, 1).forward(&scope.child("dense"), &batch[0]))
    })
    .unwrap_err()
    .to_string();
    assert!(
        vector.contains("the loss must be a scalar, got f32[6, 1]"),
        "{vector}"
    );
    let uneven = TrainStep::trace("uneven", &inputs, &opt, 4, |scope, batch, _| {
        LossOutput::new(
            Linear::new(2, 1)
                .forward(&scope.child("d"), &batch[0])
                .sum_all(),
        )
    })
    .unwrap_err()
    .to_string();
    assert!(
        uneven.contains(
            "batch input `x` (f32[6, 2]) must have a leading batch axis divisible by 4 devices"
        ),
        "{uneven}"
    );
}

/// `(value f32[3] donated, delta f32[3]) -> value + delta`, for `Trainer::rewrite_slots`.
fn add_to_vector() -> viper::graph::Function {
    let fb = viper::graph::FunctionBuilder::new("add_to_vector");
    let value = fb.input("value", DType::F32, &[3]);
    let delta = fb.input("delta", DType::F32, &[1, 3]);
    fb.set_donation(&value, 0).unwrap();
    fb.finish(&[&value + delta.reshape(&[3])]).unwrap()
}

#[test]
fn rewrite_slots_changes_only_the_given_values_and_refuses_bad_slots() {
    let mut trainer = Trainer::init(session(), step(1), 1).unwrap();
    run(&mut trainer, 1);
    let program = session().compile(&add_to_vector()).unwrap();
    let before = trainer.params().unwrap();
    let state = trainer.opt_state().unwrap();
    let bias = trainer.slot_index("head/bias").unwrap();
    let nu = trainer.slot_index("optim/nu/head/bias").unwrap();
    assert_eq!(
        (bias, nu),
        (3, 4 + 1 + 4 + 3),
        "4 params, count, 4 mu, then nu"
    );
    let delta = HostTensor::from_slice(&[1, 3], &[1f32, -2.0, 0.5]).unwrap();
    trainer
        .rewrite_slots(&program, &[bias], std::slice::from_ref(&delta))
        .unwrap();
    let after = trainer.params().unwrap();
    for ((name, old), (_, new)) in before.iter().zip(&after) {
        let (old, new) = (old.to_f64_vec(), new.to_f64_vec());
        if name == "head/bias" {
            let want: Vec<f64> = old
                .iter()
                .zip([1.0, -2.0, 0.5])
                .map(|(o, d)| o + d)
                .collect();
            assert!(
                new.iter().zip(&want).all(|(a, b)| (a - b).abs() < 1e-6),
                "{new:?} vs {want:?}"
            );
        } else {
            assert_eq!(old, new, "{name} changed");
        }
    }
    assert_eq!(trainer.opt_state().unwrap(), state);
    // Refusals name the problem and leave the trainer working.
    let err = |slots: &[usize]| {
        let mut t = Trainer::init(session(), step(1), 1).unwrap();
        let e = t
            .rewrite_slots(&program, slots, std::slice::from_ref(&delta))
            .unwrap_err();
        t.step(&batch(0)).unwrap();
        e.to_string()
    };
    let e = err(&[99]);
    assert!(e.contains("slot 99 out of range"), "{e}");
    let e = err(&[0]);
    assert!(e.contains("returns f32[3] for `conv/kernel`"), "{e}");
    let e = err(&[bias, bias]);
    assert!(e.contains("name one value twice"), "{e}");
    let mut four = Trainer::init(session(), step(4), 1).unwrap();
    let e = four
        .rewrite_slots(&program, &[bias], &[delta])
        .unwrap_err()
        .to_string();
    assert!(e.contains("runs on devices [0]"), "{e}");
}
