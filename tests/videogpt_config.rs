//! VideoGPT config and shape tests: the presets load from `configs/videogpt/*.json` and
//! validate, bad configs and bad inputs name the field or the types, every preset traces to
//! the documented shapes, and the parameter counts equal the layer-shape formulas and the
//! reference's counts (6,534,576 for dmc, 25,785,340 for atari).

use std::path::Path;
use viper::config::load_config;
use viper::graph::FunctionBuilder;
use viper::models::videogpt::{position_split, CodeSpace, VideoGpt, VideoGptConfig};
use viper::nn::Scope;
use viper::DType;

fn preset(name: &str) -> VideoGptConfig {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("configs/videogpt/{name}.json"));
    load_config(Some(&path), VideoGptConfig::default(), &[]).unwrap_or_else(|e| panic!("{e}"))
}

/// The VQ-GAN code spaces of the reference configs (brief §1.1) and of the tiny VQ-GAN.
fn code_space(name: &str) -> CodeSpace {
    match name {
        "dmc" => CodeSpace {
            grid: [8, 8],
            codebook_size: 256,
            code_dim: 64,
        },
        "atari" => CodeSpace {
            grid: [16, 16],
            codebook_size: 1024,
            code_dim: 64,
        },
        _ => CodeSpace {
            grid: [8, 8],
            codebook_size: 32,
            code_dim: 16,
        },
    }
}

#[test]
fn presets_load_from_json_and_validate() {
    assert_eq!(preset("dmc"), VideoGptConfig::dmc());
    assert_eq!(preset("atari"), VideoGptConfig::atari());
    assert_eq!(preset("tiny"), VideoGptConfig::tiny());
    for name in ["tiny", "dmc", "atari"] {
        preset(name).validate().unwrap();
    }
    // The brief's table (§2.1): both released variants cover 16 env steps.
    let (dmc, atari) = (preset("dmc"), preset("atari"));
    assert_eq!(
        (dmc.seq_len, dmc.frame_skip, dmc.clip_frames()),
        (16, 1, 16)
    );
    assert_eq!(
        (atari.seq_len, atari.frame_skip, atari.clip_frames()),
        (4, 4, 13)
    );
    assert_eq!(dmc.label_classes(), Some(16));
    assert_eq!(atari.label_classes(), None);
}

#[test]
fn bad_configs_name_the_field() {
    type Edit = fn(&mut VideoGptConfig);
    let cases: Vec<(Edit, &str)> = vec![
        (|c| c.embed_dim = 250, "embed_dim"),
        (|c| c.num_heads = 0, "num_heads"),
        (|c| c.n_classes = None, "n_classes"),
        (|c| c.dropout = 1.0, "dropout"),
        (|c| c.open_loop_ctx = 16, "open_loop_ctx"),
        (|c| c.ema = 1.5, "ema"),
        (|c| c.lr = 0.0, "lr"),
    ];
    for (edit, field) in cases {
        let mut c = VideoGptConfig::dmc();
        edit(&mut c);
        let e = c.validate().unwrap_err().to_string();
        assert!(e.contains(&format!("`{field}`")), "{field}: {e}");
    }
    let set = ["embed_dimm=3".to_string()];
    let e = load_config(None, VideoGptConfig::default(), &set).unwrap_err();
    assert!(e.to_string().contains("embed_dimm"), "{e}");
    let set = ["seq_len=8".to_string(), "frame_skip=2".to_string()];
    let c = load_config(None, VideoGptConfig::default(), &set).unwrap();
    assert_eq!((c.seq_len, c.frame_skip), (8, 2));
    let bad = CodeSpace {
        grid: [0, 8],
        ..code_space("dmc")
    };
    let e = VideoGpt::new(&VideoGptConfig::dmc(), bad).unwrap_err();
    assert!(e.to_string().contains("grid"), "{e}");
}

#[test]
fn bad_inputs_are_tracing_errors_naming_the_types() {
    let model = VideoGpt::new(&VideoGptConfig::tiny(), code_space("tiny")).unwrap();
    let fb = FunctionBuilder::new("bad_grid");
    let codes = fb.input("codes", DType::I32, &[2, 4, 4, 4]);
    let book = fb.input("codebook", DType::F32, &[32, 16]);
    let labels = fb.input("labels", DType::I32, &[2]);
    let out = model.loss(&Scope::new(&fb), &codes, &book, Some(&labels), None);
    let e = fb.finish(&[out]).unwrap_err().to_string();
    assert!(
        e.contains("i32[B, 4, 8, 8]") && e.contains("i32[2, 4, 4, 4]"),
        "{e}"
    );

    let fb = FunctionBuilder::new("no_labels");
    let codes = fb.input("codes", DType::I32, &[2, 4, 8, 8]);
    let book = fb.input("codebook", DType::F32, &[32, 16]);
    let out = model.loss(&Scope::new(&fb), &codes, &book, None, None);
    let e = fb.finish(&[out]).unwrap_err().to_string();
    assert!(
        e.contains("class-conditional") && e.contains("no labels"),
        "{e}"
    );
}

/// Parameters from the layer shapes (flax layouts, dense `in out + out`), written out
/// independently of the model code: code projection, start token, the three position
/// tables, per block two norms + qkv + out + two MLP layers, the final norm, the head.
fn expected_count(c: &VideoGptConfig, s: CodeSpace) -> usize {
    let dense = |i: usize, o: usize| i * o + o;
    let e = c.embed_dim;
    let norm = match c.label_classes() {
        Some(n) => 2 * n * e,
        None => 2 * e,
    };
    let [h, w] = s.grid;
    let split = position_split(e);
    let positions = c.seq_len * split[0] + h * split[1] + w * split[2];
    let block =
        2 * norm + dense(e, 3 * e) + dense(e, e) + dense(e, c.mlp_dim) + dense(c.mlp_dim, e);
    dense(s.code_dim, e) + e + positions + c.num_layers * block + norm + dense(e, s.codebook_size)
}

#[test]
fn every_preset_traces_with_the_expected_parameter_count() {
    assert_eq!(position_split(256), [86, 85, 85]);
    assert_eq!(position_split(512), [171, 171, 170]);
    for name in ["tiny", "dmc", "atari"] {
        let c = preset(name);
        let s = code_space(name);
        let model = VideoGpt::new(&c, s).unwrap();
        let fb = FunctionBuilder::new(name);
        let [h, w] = s.grid;
        let codes = fb.input("codes", DType::I32, &[2, c.seq_len, h, w]);
        let book = fb.input("codebook", DType::F32, &[s.codebook_size, s.code_dim]);
        let labels = fb.input("labels", DType::I32, &[2]);
        let scope = Scope::new(&fb);
        let root = scope.child("videogpt");
        let logits = model.logits(&root, &codes, &book, Some(&labels), None);
        assert_eq!(
            logits.dims(),
            vec![2, c.seq_len, h, w, s.codebook_size],
            "{name}"
        );
        let frames = model.frame_log_probs(&root, &codes, &book, Some(&labels), None);
        assert_eq!(frames.dims(), vec![2, c.seq_len], "{name}");
        fb.finish(&[logits, frames]).unwrap();
        assert_eq!(root.param_count(), expected_count(&c, s), "{name}");
        assert_eq!(model.tokens(), c.seq_len * h * w);
    }
    // The reference's flax modules count the same (DESIGN.md §6 measured dmc; brief §2.7).
    let count = |name: &str| {
        let c = preset(name);
        expected_count(&c, code_space(name))
    };
    assert_eq!(count("dmc"), 6_534_576);
    assert_eq!(count("atari"), 25_785_340);
}
