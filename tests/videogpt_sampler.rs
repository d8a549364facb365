//! VideoGPT sampler: the KV-cached one-token path gives the full pass's logits for the true
//! tokens; sampling with a fixed key is deterministic, keeps the context frames, draws valid
//! codes, and its first token follows the model's softmax (checked on 2,000 draws).

mod nn_support;
mod videogpt_support;

use nn_support::{assert_close, randomize, run_layer_with, session};
use videogpt_support::{codes_tensor, micro, random_codes, tiny};
use viper::graph::ops::random::RngKey;
use viper::models::videogpt::{input_values, trace_sampler, CodeSpace, VideoGpt};
use viper::nn::ParamTree;
use viper::testing::Rng;
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
fn cached_decoding_gives_the_full_pass_logits() {
    // f64: the two paths differ only in the order of sums, so they agree to ~1e-12. f32:
    // one-token attention over a zero-padded cache vs frame blocks, ~1e-6 relative on
    // logits of size ~1, so 1e-4 leaves margin without hiding a wrong row (those differ
    // by O(1)).
    for (dtype, tolerance) in [(DType::F64, 1e-10), (DType::F32, 1e-4)] {
        let (config, space) = tiny();
        let model = VideoGpt::new(&config, space)
            .unwrap()
            .with_param_dtype(dtype);
        let data = [
            codes_tensor(&config, space, &random_codes(71, &config, space, 2)),
            codebook(72, space, dtype),
            labels(&[1, 3]),
        ];
        let ran = run_layer_with(
            "videogpt_cached",
            &data,
            73,
            |tree| randomize(tree, "bias", 74),
            |scope, x| {
                vec![
                    model.logits(scope, &x[0], &x[1], Some(&x[2]), None),
                    model.cached_logits(scope, &x[0], &x[1], Some(&x[2])),
                ]
            },
        );
        assert_eq!(ran.dims(1), ran.dims(0));
        assert_close(
            &format!("cached logits ({dtype})"),
            ran.out(1),
            ran.out(0),
            tolerance,
        );
    }
}

/// Runs the traced sampler of the tiny model on `context` with `key`.
fn sample_tiny(context: &[i32], label_values: &[i32], key: [u32; 2], ctx: usize) -> Vec<i32> {
    let (config, space) = tiny();
    let model = VideoGpt::new(&config, space).unwrap();
    let batch = label_values.len();
    let program = trace_sampler(&model, batch, ctx, "videogpt").unwrap();
    let params = ParamTree::init(&program.params, 81).unwrap();
    let mut args = input_values(
        codes_tensor(&config, space, context),
        Some(labels(label_values)),
        codebook(82, space, DType::F32),
    );
    args.push(HostTensor::from_slice(&[2], &key).unwrap());
    args.extend(params.ordered(&program.params).unwrap());
    let out = session().run(&program.function, &args).unwrap();
    out[0].to_f64_vec().iter().map(|&v| v as i32).collect()
}

#[test]
fn sampling_is_deterministic_per_key_and_keeps_the_context() {
    let (config, space) = tiny();
    let frame = space.grid[0] * space.grid[1];
    let clip = config.seq_len * frame;
    let context = random_codes(91, &config, space, 2);
    let a = sample_tiny(&context, &[0, 2], [5, 6], 1);
    let again = sample_tiny(&context, &[0, 2], [5, 6], 1);
    let other_key = sample_tiny(&context, &[0, 2], [7, 6], 1);
    assert_eq!(a, again, "the same key gave different samples");
    assert_ne!(a, other_key, "another key gave the same samples");
    for b in 0..2 {
        let (given, sampled) = (&context[b * clip..][..frame], &a[b * clip..][..frame]);
        assert_eq!(sampled, given, "clip {b}: the context frame changed");
        // The sampled frames are not the given ones (probability 32^-192 otherwise).
        assert_ne!(
            &a[b * clip + frame..][..clip - frame],
            &context[b * clip + frame..][..clip - frame]
        );
    }
    assert!(a
        .iter()
        .all(|&c| (0..space.codebook_size as i32).contains(&c)));
}

#[test]
fn the_first_sampled_token_follows_the_model_softmax() {
    let (config, space) = micro();
    let model = VideoGpt::new(&config, space).unwrap();
    let (n, k) = (2000, space.codebook_size);
    // The logits of token 0 (they depend on the start token and label only).
    let one = codes_tensor(&config, space, &random_codes(101, &config, space, 1));
    let book = codebook(102, space, DType::F32);
    let ran = run_layer_with(
        "videogpt_first_logits",
        &[one, book.clone(), labels(&[1])],
        103,
        |tree| randomize(tree, "bias", 104),
        |scope, x| vec![model.logits(scope, &x[0], &x[1], Some(&x[2]), None)],
    );
    let logits = &ran.out(0)[..k];
    let max = logits.iter().cloned().fold(f64::MIN, f64::max);
    let total: f64 = logits.iter().map(|v| (v - max).exp()).sum();
    let probs: Vec<f64> = logits.iter().map(|v| (v - max).exp() / total).collect();
    // Sample n clips from scratch with the same parameters.
    let fb = viper::graph::FunctionBuilder::new("videogpt_first_tokens");
    let l = model.tokens();
    let codes = fb.input("codes", DType::I32, &[n, 2, 2, 2]);
    let codebook_in = fb.input("codebook", DType::F32, &[k, space.code_dim]);
    let label_in = fb.input("labels", DType::I32, &[n]);
    let key = RngKey::new(&fb.input("key", DType::U32, &[2]));
    let scope = viper::nn::Scope::new(&fb);
    let sampled = model.sample(&scope, &codes, &codebook_in, Some(&label_in), 0, &key);
    let function = fb.finish(&[sampled]).unwrap();
    let mut args = vec![
        HostTensor::from_slice(&[n, 2, 2, 2], &vec![0i32; n * l]).unwrap(),
        book,
        labels(&vec![1; n]),
        HostTensor::from_slice(&[2], &[11u32, 12]).unwrap(),
    ];
    args.extend(ran.params.ordered(&scope.param_specs()).unwrap());
    let out = session().run(&function, &args).unwrap()[0].to_f64_vec();
    let mut counts = vec![0usize; k];
    for clip in 0..n {
        counts[out[clip * l] as usize] += 1;
    }
    for (c, (&count, &p)) in counts.iter().zip(&probs).enumerate() {
        let freq = count as f64 / n as f64;
        let sigma = (p * (1.0 - p) / n as f64).sqrt();
        assert!(
            (freq - p).abs() <= 4.5 * sigma + 1e-3,
            "code {c}: sampled {freq:.4}, model probability {p:.4} (counts {counts:?}, probs {probs:?})"
        );
    }
}
