//! VideoGPT numerics: the traced model equals a plain-loop f64 host reference of the
//! architecture (conditional and unconditional), the frame-block attention equals the
//! reference's dense masked form, the model is causal (a token changes no earlier
//! log-probability), the first token depends on the start token and label only, the label
//! matters, the loss gradient matches central differences in f64, and a tiny model's loss
//! falls when trained on a fixed batch.

mod nn_support;
mod videogpt_support;

use nn_support::{assert_close, check_layer_vjp, randomize, run_layer_with, session};
use videogpt_support::{
    codes_tensor, host_logits, host_target_log_probs, micro, random_codes, tiny,
};
use viper::graph::Tensor;
use viper::models::videogpt::{AttentionForm, CodeSpace, VideoGpt, VideoGptConfig};
use viper::nn::Scope;
use viper::optim::{Adam, Optimizer};
use viper::testing::{max_abs_diff, Rng};
use viper::train::{BatchInput, LossOutput, TrainStep, Trainer};
use viper::{DType, HostTensor};

fn codebook(seed: u64, space: CodeSpace, dtype: DType) -> HostTensor {
    let mut rng = Rng::new(seed);
    let v: Vec<f64> = (0..space.codebook_size * space.code_dim)
        .map(|_| rng.normal())
        .collect();
    nn_support::host(dtype, &[space.codebook_size, space.code_dim], &v)
}

fn labels(values: &[i32]) -> HostTensor {
    HostTensor::from_slice(&[values.len()], values).unwrap()
}

#[test]
fn logits_match_a_host_reference_transformer() {
    for class_cond in [true, false] {
        let (mut config, space) = micro();
        config.class_cond = class_cond;
        let model = VideoGpt::new(&config, space)
            .unwrap()
            .with_param_dtype(DType::F64);
        let codes = random_codes(1, &config, space, 2);
        let book = codebook(2, space, DType::F64);
        let label_values = [1, 2];
        let data = [
            codes_tensor(&config, space, &codes),
            book.clone(),
            labels(&label_values),
        ];
        let ran = run_layer_with(
            "videogpt_host_reference",
            &data,
            7,
            |tree| {
                randomize(tree, "bias", 8);
                randomize(tree, "scale", 9);
            },
            |scope, x| {
                let root = scope.child("videogpt");
                let label = Some(&x[2]);
                vec![
                    model.logits(&root, &x[0], &x[1], label, None),
                    model.token_log_probs(&root, &x[0], &x[1], label, None),
                    model.frame_log_probs(&root, &x[0], &x[1], label, None),
                    model.loss(&root, &x[0], &x[1], label, None),
                    model.frame_log_probs_last(&root, &x[0], &x[1], label, 1),
                    model.frame_log_probs_last(&root, &x[0], &x[1], label, 2),
                ]
            },
        );
        let k = space.codebook_size;
        let expected = host_logits(
            &ran.params,
            "videogpt",
            &config,
            space,
            &codes,
            &book.to_f64_vec(),
            &label_values,
        );
        let name = format!("logits (class_cond {class_cond})");
        assert_close(&name, ran.out(0), &expected, 1e-10);
        let tokens = host_target_log_probs(&expected, &codes, k);
        assert_close("token log-probs", ran.out(1), &tokens, 1e-10);
        let per_frame: Vec<f64> = tokens.chunks(4).map(|c| c.iter().sum()).collect();
        assert_close("frame log-probs", ran.out(2), &per_frame, 1e-10);
        let loss = -tokens.iter().sum::<f64>() / tokens.len() as f64;
        assert_close("loss", ran.out(3), &[loss], 1e-10);
        // Only the last frames' logits: the last columns of the per-frame values (T = 2).
        let last: Vec<f64> = per_frame.chunks(2).map(|f| f[1]).collect();
        assert_close("last frame", ran.out(4), &last, 1e-10);
        assert_close("last two frames", ran.out(5), &per_frame, 1e-10);
    }
}

/// Logits of `model` in each attention form on the same parameters and inputs.
fn logits_by_form(forms: &[AttentionForm], dtype: DType) -> Vec<Vec<f64>> {
    let (config, space) = tiny();
    let model = VideoGpt::new(&config, space)
        .unwrap()
        .with_param_dtype(dtype);
    let data = [
        codes_tensor(&config, space, &random_codes(3, &config, space, 2)),
        codebook(4, space, dtype),
        labels(&[0, 3]),
    ];
    let ran = run_layer_with(
        "videogpt_forms",
        &data,
        5,
        |tree| randomize(tree, "bias", 6),
        |scope, x| {
            forms
                .iter()
                .map(|&form| {
                    model.clone().with_attention(form).logits(
                        scope,
                        &x[0],
                        &x[1],
                        Some(&x[2]),
                        None,
                    )
                })
                .collect()
        },
    );
    (0..forms.len()).map(|k| ran.out(k).to_vec()).collect()
}

#[test]
fn frame_block_attention_equals_the_dense_masked_form() {
    let forms = [
        AttentionForm::Dense,
        AttentionForm::FrameBlocks { frames: 1 },
        AttentionForm::FrameBlocks { frames: 3 },
        AttentionForm::TokenBlocks { tokens: 130 },
    ];
    let f64_runs = logits_by_form(&forms, DType::F64);
    assert_close("frames 1 (f64)", &f64_runs[1], &f64_runs[0], 1e-12);
    assert_close("frames 3 (f64)", &f64_runs[2], &f64_runs[0], 1e-12);
    assert_close(
        "130 tokens: 2 frames (f64)",
        &f64_runs[3],
        &f64_runs[0],
        1e-12,
    );
    // f32: the same sums in another order.
    let f32_runs = logits_by_form(&forms[..2], DType::F32);
    assert_close("frames 1 (f32)", &f32_runs[1], &f32_runs[0], 1e-4);
}

/// Runs `logits` of the tiny model (parameters seeded) on a batch of clips.
fn tiny_logits(model: &VideoGpt, clips: &[i32], label_values: &[i32]) -> Vec<f64> {
    let (config, space) = (model.config().clone(), model.code_space());
    let data = [
        codes_tensor(&config, space, clips),
        codebook(11, space, DType::F32),
        labels(label_values),
    ];
    let ran = run_layer_with(
        "videogpt_tiny_logits",
        &data,
        12,
        |tree| randomize(tree, "bias", 13),
        |scope, x| vec![model.logits(scope, &x[0], &x[1], Some(&x[2]), None)],
    );
    ran.out(0).to_vec()
}

#[test]
fn changing_a_token_changes_no_earlier_prediction() {
    let (config, space) = tiny();
    let (l, k) = (256, space.codebook_size);
    let base = random_codes(21, &config, space, 1);
    let changed_at = [0, 63, 64, 130, 255];
    // Row 0 is the base clip, row m + 1 the clip with token changed_at[m] changed.
    let mut clips = base.clone();
    for &j in &changed_at {
        let mut clip = base.clone();
        clip[j] = (clip[j] + 1) % k as i32;
        clips.extend(clip);
    }
    let rows = changed_at.len() + 1;
    for form in [
        AttentionForm::FrameBlocks { frames: 1 },
        AttentionForm::Dense,
        AttentionForm::default(),
    ] {
        let model = VideoGpt::new(&config, space).unwrap().with_attention(form);
        let logits = tiny_logits(&model, &clips, &vec![2; rows]);
        let row = |r: usize, i: usize| &logits[(r * l + i) * k..(r * l + i + 1) * k];
        for (m, &j) in changed_at.iter().enumerate() {
            // Position i predicts token i from tokens < i: positions <= j see none of the
            // change, so their logits (and every log-prob of tokens < j, and token j's
            // distribution) are unchanged exactly: the masked terms are exact zeros.
            for i in 0..=j {
                assert_eq!(
                    row(m + 1, i),
                    row(0, i),
                    "{form:?}: token {j} changed position {i}"
                );
            }
            // The change is visible to the next position.
            if j + 1 < l {
                let moved = row(m + 1, j + 1)
                    .iter()
                    .zip(row(0, j + 1))
                    .any(|(a, b)| (a - b).abs() > 1e-6);
                assert!(
                    moved,
                    "{form:?}: token {j} did not reach position {}",
                    j + 1
                );
            }
        }
    }
}

#[test]
fn first_token_depends_on_the_start_token_and_label_only() {
    let (config, space) = tiny();
    let (l, k) = (256, space.codebook_size);
    let model = VideoGpt::new(&config, space).unwrap();
    let clips = random_codes(31, &config, space, 4);
    let logits = tiny_logits(&model, &clips, &[1, 1, 1, 2]);
    let first = |r: usize| &logits[r * l * k..(r * l + 1) * k];
    for r in 1..3 {
        assert_close("first token, same label", first(r), first(0), 1e-6);
    }
    let label_moved = first(3)
        .iter()
        .zip(first(0))
        .any(|(a, b)| (a - b).abs() > 1e-3);
    assert!(label_moved, "the label does not reach the first token");
}

#[test]
fn the_class_label_changes_every_position() {
    let (config, space) = tiny();
    let (l, k) = (256, space.codebook_size);
    let model = VideoGpt::new(&config, space).unwrap();
    let clip = random_codes(41, &config, space, 1);
    let clips: Vec<i32> = clip.iter().chain(&clip).copied().collect();
    let logits = tiny_logits(&model, &clips, &[0, 3]);
    for i in [0, 100, 255] {
        let (a, b) = (
            &logits[i * k..(i + 1) * k],
            &logits[(l + i) * k..(l + i + 1) * k],
        );
        let gap = max_abs_diff(a, b);
        assert!(
            gap > 1e-3,
            "position {i}: labels 0 and 3 give the same logits"
        );
    }
    // Without class conditioning the label is ignored.
    let unconditional = VideoGpt::new(
        &VideoGptConfig {
            class_cond: false,
            ..config
        },
        space,
    )
    .unwrap();
    let logits = tiny_logits(&unconditional, &clips, &[0, 3]);
    assert_close("unconditional", &logits[l * k..], &logits[..l * k], 0.0);
}

#[test]
fn dropout_is_drawn_from_the_key_in_training_only() {
    let (config, space) = micro();
    let config = VideoGptConfig {
        dropout: 0.1,
        attention_dropout: 0.1,
        ..config
    };
    let model = VideoGpt::new(&config, space).unwrap();
    let data = [
        codes_tensor(&config, space, &random_codes(55, &config, space, 2)),
        codebook(56, space, DType::F32),
        labels(&[0, 1]),
    ];
    let ran = run_layer_with(
        "videogpt_dropout",
        &data,
        57,
        |_| {},
        |scope, x| {
            let key = |seed| viper::graph::ops::random::RngKey::from_seed(&x[0], seed);
            let loss = |k: Option<&viper::graph::ops::random::RngKey>| {
                model.loss(scope, &x[0], &x[1], Some(&x[2]), k)
            };
            let no_rate = VideoGpt::new(&micro().0, space).unwrap();
            vec![
                loss(None),
                loss(Some(&key(1))),
                loss(Some(&key(1))),
                loss(Some(&key(2))),
                no_rate.loss(scope, &x[0], &x[1], Some(&x[2]), Some(&key(1))),
            ]
        },
    );
    let v: Vec<f64> = (0..5).map(|k| ran.out(k)[0]).collect();
    assert_eq!(v[1], v[2], "the same key gave different dropout");
    assert!(v[1] != v[0] && v[3] != v[1], "dropout had no effect: {v:?}");
    // With rates 0 a key changes nothing.
    assert_close("rate 0", &[v[4]], &[v[0]], 1e-6);
}

#[test]
fn loss_gradient_matches_finite_differences() {
    let (config, space) = micro();
    let model = VideoGpt::new(&config, space)
        .unwrap()
        .with_param_dtype(DType::F64);
    let data = [
        codes_tensor(&config, space, &random_codes(51, &config, space, 2)),
        codebook(52, space, DType::F64),
        labels(&[0, 2]),
    ];
    // Every parameter and the codebook, through all layers and both attention forms.
    for form in [
        AttentionForm::FrameBlocks { frames: 1 },
        AttentionForm::Dense,
    ] {
        let model = model.clone().with_attention(form);
        check_layer_vjp("videogpt_loss", &data, 53, |scope: &Scope, x: &[Tensor]| {
            model.loss(scope, &x[0], &x[1], Some(&x[2]), None)
        });
    }
}

#[test]
fn tiny_model_loss_falls_on_a_fixed_batch() {
    let (config, space) = tiny();
    let model = VideoGpt::new(&config, space).unwrap();
    let [h, w] = space.grid;
    let batch = 4;
    // Static videos: every frame repeats frame 0, so 3 of 4 frames are predictable.
    let first_frames = random_codes(61, &config, space, batch);
    let mut clips = Vec::new();
    for b in 0..batch {
        let frame = &first_frames[b * config.seq_len * h * w..][..h * w];
        for _ in 0..config.seq_len {
            clips.extend_from_slice(frame);
        }
    }
    let inputs = [
        BatchInput::new("codes", DType::I32, &[batch, config.seq_len, h, w]),
        BatchInput::new(
            "codebook",
            DType::F32,
            &[space.codebook_size, space.code_dim],
        ),
        BatchInput::new("labels", DType::I32, &[batch]),
    ];
    let optimizer = Optimizer::new(Adam::adamw(3e-3));
    let step = TrainStep::trace(
        "videogpt_tiny_fit",
        &inputs,
        &optimizer,
        1,
        |scope, x, key| {
            LossOutput::new(model.loss(
                &scope.child("videogpt"),
                &x[0],
                &x[1],
                Some(&x[2]),
                Some(key),
            ))
        },
    )
    .unwrap();
    let mut trainer = Trainer::init(session(), step, 1).unwrap();
    let data = [
        codes_tensor(&config, space, &clips),
        codebook(62, space, DType::F32),
        labels(&[0, 1, 2, 3]),
    ];
    let losses: Vec<f64> = (0..40)
        .map(|_| trainer.step(&data).unwrap().get("loss").unwrap())
        .collect();
    // Untrained, the loss is above the uniform code's ln 32 = 3.47 nats.
    assert!(losses[0] > 32f64.ln(), "{losses:?}");
    let last = losses[35..].iter().sum::<f64>() / 5.0;
    assert!(last < 0.5 * losses[0], "loss did not fall: {losses:?}");
}
