//! Auxiliary outputs of `TrainStep` (`LossOutput::aux`, `Trainer::aux`): on 1 and on 4
//! devices they are the step's own forward values at the parameters the step started from
//! (checked against the same linear map on the host, and shown to differ from the values at
//! the updated parameters), of any dtype; group steps prefix their names; a name given twice,
//! an unknown name and a read before the first step are refused by name; a step without them
//! keeps its results unchanged.

mod common;
use common::session;
use viper::graph::Tensor;
use viper::nn::Linear;
use viper::optim::{Adam, Optimizer};
use viper::testing::{max_abs_diff, Rng};
use viper::train::{BatchInput, LossOutput, ParamGroup, TrainStep, Trainer};
use viper::{DType, HostTensor};

const BATCH: usize = 8;
const IN: usize = 4;
const OUT: usize = 3;

fn batch_inputs() -> Vec<BatchInput> {
    vec![
        BatchInput::new("x", DType::F32, &[BATCH, IN]),
        BatchInput::new("target", DType::F32, &[BATCH, OUT]),
    ]
}

fn batch(step: u64) -> Vec<HostTensor> {
    let mut rng = Rng::new(70 + step);
    let x: Vec<f32> = (0..BATCH * IN).map(|_| rng.normal() as f32).collect();
    let t: Vec<f32> = (0..BATCH * OUT).map(|_| rng.normal() as f32).collect();
    vec![
        HostTensor::from_slice(&[BATCH, IN], &x).unwrap(),
        HostTensor::from_slice(&[BATCH, OUT], &t).unwrap(),
    ]
}

fn optimizer() -> Optimizer {
    Optimizer::new(Adam::adamw(0.1))
}

/// Squared error of `y = x W + b`, with `y` (`pred`) and its row argmax (`best`, i32) as
/// auxiliary outputs.
fn loss_with_aux(y: Tensor, target: &Tensor) -> LossOutput {
    let loss = (&y - target).square().mean_all();
    let best = y.argmax(1).convert(DType::I32);
    LossOutput::new(loss).aux("pred", y).aux("best", best)
}

fn aux_step(devices: usize) -> TrainStep {
    TrainStep::trace(
        "aux_step",
        &batch_inputs(),
        &optimizer(),
        devices,
        |s, b, _| loss_with_aux(Linear::new(IN, OUT).forward(&s.child("head"), &b[0]), &b[1]),
    )
    .unwrap()
}

/// `x W + b` on the host, with the trainer's current parameters.
fn host_pred(trainer: &Trainer, x: &HostTensor) -> Vec<f64> {
    let params = trainer.params().unwrap();
    let get = |name: &str| {
        let found = params.iter().find(|(n, _)| n == name);
        found.unwrap().1.to_f64_vec()
    };
    let (w, b, x) = (get("head/kernel"), get("head/bias"), x.to_f64_vec());
    let mut y = vec![0.0; BATCH * OUT];
    for i in 0..BATCH {
        for j in 0..OUT {
            y[i * OUT + j] = b[j] + (0..IN).map(|k| x[i * IN + k] * w[k * OUT + j]).sum::<f64>();
        }
    }
    y
}

#[test]
fn aux_outputs_are_the_forward_values_at_the_pre_step_parameters() {
    for devices in [1, 4] {
        let mut trainer = Trainer::init(session(), aux_step(devices), 3).unwrap();
        let names: Vec<String> = trainer
            .train_step()
            .aux_outputs()
            .iter()
            .map(|a| format!("{} {}", a.name, a.ty))
            .collect();
        assert_eq!(names, ["pred f32[8, 3]", "best i32[8]"]);
        for s in 0..2 {
            let data = batch(s);
            let before = host_pred(&trainer, &data[0]);
            trainer.step(&data).unwrap();
            let pred = trainer.aux("pred").unwrap().to_f64_vec();
            assert!(
                max_abs_diff(&pred, &before) < 1e-5,
                "{devices} devices, step {s}: {pred:?} vs {before:?}"
            );
            let after = host_pred(&trainer, &data[0]);
            assert!(
                max_abs_diff(&pred, &after) > 1e-3,
                "the update must move the prediction, or the check above tells nothing"
            );
            let best: Vec<i32> = trainer.aux("best").unwrap().to_vec().unwrap();
            let host_best: Vec<i32> = before
                .chunks(OUT)
                .map(|row| {
                    let top = row.iter().cloned().fold(f64::MIN, f64::max);
                    row.iter().position(|&v| v == top).unwrap() as i32
                })
                .collect();
            assert_eq!(best, host_best, "{devices} devices, step {s}");
        }
    }
}

#[test]
fn group_aux_outputs_are_prefixed_and_a_repeated_name_is_refused() {
    let groups = [ParamGroup::new("a", optimizer())];
    let grouped = TrainStep::trace_groups("grouped", &batch_inputs(), &[], &groups, 1, |i| {
        let y = Linear::new(IN, OUT).forward(&i.scope.child("a"), &i.batch[0]);
        vec![loss_with_aux(y, &i.batch[1])]
    })
    .unwrap();
    let names: Vec<&str> = grouped
        .aux_outputs()
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(names, ["a/pred", "a/best"]);

    let e = TrainStep::trace("twice", &batch_inputs(), &optimizer(), 1, |s, b, _| {
        let y = Linear::new(IN, OUT).forward(&s.child("head"), &b[0]);
        loss_with_aux(y.clone(), &b[1]).aux("pred", y)
    })
    .unwrap_err()
    .to_string();
    assert!(e.contains("`pred` is named twice"), "{e}");
}

#[test]
fn reading_aux_outputs_is_checked_and_a_step_without_them_is_unchanged() {
    let mut trainer = Trainer::init(session(), aux_step(1), 3).unwrap();
    let e = trainer.aux("pred").unwrap_err().to_string();
    assert!(e.contains("`pred`") && e.contains("no step has run"), "{e}");
    trainer.step(&batch(0)).unwrap();
    let e = trainer.aux("codes").unwrap_err().to_string();
    assert!(
        e.contains("no auxiliary output `codes`") && e.contains("\"pred\", \"best\""),
        "{e}"
    );

    let plain = TrainStep::trace("plain", &batch_inputs(), &optimizer(), 1, |s, b, _| {
        let y = Linear::new(IN, OUT).forward(&s.child("head"), &b[0]);
        LossOutput::new((&y - &b[1]).square().mean_all())
    })
    .unwrap();
    assert!(plain.aux_outputs().is_empty());
    let with_aux = aux_step(1);
    let (plain_out, aux_out) = (
        plain.function().output_types(),
        with_aux.function().output_types(),
    );
    // Parameters, state and the metrics vector, then nothing else.
    let slots = plain.param_specs().len() + plain.state_specs().len();
    assert_eq!(plain_out.len(), slots + 1);
    assert_eq!(aux_out.len(), slots + 3);
    assert_eq!(plain_out[..slots], aux_out[..slots]);
}
