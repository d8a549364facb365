//! Frozen inputs and parameter groups of `TrainStep`: one step training two groups, each with
//! its own loss and learning rate, equals two separate steps that each train one group and
//! borrow the other group's (pre-step) parameters as frozen inputs; frozen inputs are not
//! donated; a missing or mistyped frozen buffer is refused by name.

mod common;
use common::session;
use viper::graph::Tensor;
use viper::nn::{Linear, ParamSpec, Scope};
use viper::optim::{Adam, Optimizer};
use viper::runtime::DeviceBuffer;
use viper::testing::Rng;
use viper::train::{BatchInput, LossOutput, ParamGroup, TrainStep, Trainer};
use viper::{DType, HostTensor};

const BATCH: usize = 8;
const LR_A: f64 = 0.01;
const LR_B: f64 = 0.1;

fn batch_inputs() -> Vec<BatchInput> {
    vec![
        BatchInput::new("x", DType::F32, &[BATCH, 4]),
        BatchInput::new("target", DType::F32, &[BATCH, 2]),
    ]
}

fn batch(step: u64) -> Vec<HostTensor> {
    let mut rng = Rng::new(50 + step);
    let x: Vec<f32> = (0..BATCH * 4).map(|_| rng.normal() as f32).collect();
    let t: Vec<f32> = (0..BATCH * 2).map(|_| rng.normal() as f32).collect();
    vec![
        HostTensor::from_slice(&[BATCH, 4], &x).unwrap(),
        HostTensor::from_slice(&[BATCH, 2], &t).unwrap(),
    ]
}

/// `y = B(tanh(A(x)))`; group `a`'s loss is the squared error, group `b`'s adds `mean(y²)`.
fn losses(a: &Scope, b: &Scope, batch: &[Tensor]) -> (Tensor, Tensor) {
    let h = Linear::new(4, 3).forward(a, &batch[0]).tanh();
    let y = Linear::new(3, 2).forward(b, &h);
    let error = (&y - &batch[1]).square().mean_all();
    let loss_b = &error + y.square().mean_all() * 0.5;
    (error, loss_b)
}

fn adam(lr: f64) -> Optimizer {
    Optimizer::new(Adam::adamw(lr))
}

fn grouped() -> TrainStep {
    let groups = [
        ParamGroup::new("a", adam(LR_A)),
        ParamGroup::new("b", adam(LR_B)),
    ];
    TrainStep::trace_groups("two_groups", &batch_inputs(), &[], &groups, 1, |inputs| {
        let (a, b) = (inputs.scope.child("a"), inputs.scope.child("b"));
        let (loss_a, loss_b) = losses(&a, &b, inputs.batch);
        vec![LossOutput::new(loss_a), LossOutput::new(loss_b)]
    })
    .unwrap()
}

fn specs_under(step: &TrainStep, prefix: &str) -> Vec<ParamSpec> {
    let specs = step.param_specs().iter();
    specs
        .filter(|s| s.name.starts_with(prefix))
        .cloned()
        .collect()
}

/// Trains group `a` (`train_a`) or `b`, the other group frozen.
fn separate(train_a: bool, frozen: &[ParamSpec]) -> TrainStep {
    let lr = if train_a { LR_A } else { LR_B };
    TrainStep::trace_with_frozen(
        "one_group",
        &batch_inputs(),
        frozen,
        &adam(lr),
        1,
        |scope, batch, frozen, _key| {
            let (la, lb) = if train_a {
                losses(&scope.child("a"), &frozen.child("b"), batch)
            } else {
                losses(&frozen.child("a"), &scope.child("b"), batch)
            };
            LossOutput::new(if train_a { la } else { lb })
        },
    )
    .unwrap()
}

fn refs(lists: &[Vec<DeviceBuffer>]) -> Vec<Vec<&DeviceBuffer>> {
    lists.iter().map(|l| l.iter().collect()).collect()
}

#[test]
fn two_groups_update_as_two_separate_steps_with_frozen_inputs() {
    let step = grouped();
    let names: Vec<&str> = step.metric_names().iter().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "a/loss",
            "a/optim/grad_norm",
            "a/optim/learning_rate",
            "b/loss",
            "b/optim/grad_norm",
            "b/optim/learning_rate"
        ]
    );
    assert!(step.state_specs()[0].name == "a/optim/count");
    let (specs_a, specs_b) = (specs_under(&step, "a/"), specs_under(&step, "b/"));
    let seed = 4;
    let mut together = Trainer::init(session(), step, seed).unwrap();
    let initial = together.params().unwrap();
    let mut only_a = Trainer::init(session(), separate(true, &specs_b), seed).unwrap();
    let mut only_b = Trainer::init(session(), separate(false, &specs_a), seed).unwrap();
    // Frozen inputs are borrowed, not donated: only parameters and state alias outputs.
    let text = viper::lower::to_stablehlo(only_a.train_step().function()).unwrap();
    let s = only_a.train_step();
    assert_eq!(
        text.matches("tf.aliasing_output").count(),
        s.param_specs().len() + s.state_specs().len()
    );
    for k in 0..3 {
        let data = batch(k);
        let m = together.step(&data).unwrap();
        // Group b's step sees a's parameters from before this step, as the grouped step does.
        let a_before: Vec<HostTensor> = only_a.params().unwrap().into_iter().map(|p| p.1).collect();
        let ma = only_a
            .step_with(&data, &only_b.param_buffers().unwrap())
            .unwrap();
        let a_uploaded = only_b.upload(&a_before).unwrap();
        let mb = only_b.step_with(&data, &refs(&a_uploaded)).unwrap();
        let close = |x: f64, y: f64| (x - y).abs() <= 1e-6 * (1.0 + x.abs());
        assert!(close(m.get("a/loss").unwrap(), ma.get("loss").unwrap()));
        assert!(close(m.get("b/loss").unwrap(), mb.get("loss").unwrap()));
        assert_eq!(m.get("a/optim/learning_rate"), Some(LR_A as f32 as f64));
        assert_eq!(m.get("b/optim/learning_rate"), Some(LR_B as f32 as f64));
    }
    let mut separate_params = only_a.params().unwrap();
    separate_params.extend(only_b.params().unwrap());
    let mut moved = [0.0f64; 2];
    for ((name, got), (init_name, init)) in together.params().unwrap().iter().zip(&initial) {
        assert_eq!(name, init_name);
        let (_, want) = separate_params.iter().find(|(n, _)| n == name).unwrap();
        let group = usize::from(name.starts_with("b/"));
        for ((g, w), i) in got
            .to_f64_vec()
            .iter()
            .zip(want.to_f64_vec())
            .zip(init.to_f64_vec())
        {
            assert!(
                (g - w).abs() <= 1e-6 * (1.0 + w.abs()),
                "{name}: {g} vs {w}"
            );
            moved[group] = moved[group].max((g - i).abs());
        }
    }
    // Adam moves each weight by at most about lr per step: 3 steps of each group's own rate.
    assert!(
        moved[0] <= 3.0 * LR_A * 1.01 && moved[0] > LR_A,
        "{moved:?}"
    );
    assert!(
        moved[1] <= 3.0 * LR_B * 1.01 && moved[1] > LR_B,
        "{moved:?}"
    );
}

#[test]
fn missing_or_mistyped_frozen_buffers_are_refused_by_name() {
    let step = grouped();
    let specs_b = specs_under(&step, "b/");
    let mut only_a = Trainer::init(session(), separate(true, &specs_b), 1).unwrap();
    let err = only_a.step(&batch(0)).unwrap_err().to_string();
    assert!(err.contains("frozen inputs"), "{err}");
    // Group a's parameters in place of group b's: the first one's shape is wrong.
    let wrong = only_a.upload(
        &only_a
            .params()
            .unwrap()
            .into_iter()
            .map(|p| p.1)
            .collect::<Vec<_>>(),
    );
    let err = only_a
        .step_with(&batch(0), &refs(&wrong.unwrap()))
        .unwrap_err()
        .to_string();
    assert!(err.contains(&format!("`{}`", specs_b[0].name)), "{err}");
    // The refused steps consumed nothing: a correct step still runs.
    let values: Vec<HostTensor> = specs_b
        .iter()
        .map(|s| s.initial_value(1).unwrap())
        .collect();
    let frozen = only_a.upload(&values).unwrap();
    only_a.step_with(&batch(0), &refs(&frozen)).unwrap();
}
