//! Checkpoint files: round trip, keeping the newest N, refusing corrupt or truncated files
//! (and never overwriting them), and load-time checks that name the wrong tensor.

use viper::graph::TensorType;
use viper::train::{check_tensors, Checkpoint, CheckpointDir, CheckpointError, RngState};
use viper::{DType, HostTensor};

fn checkpoint(step: u64) -> Checkpoint {
    let w: Vec<f32> = (0..6).map(|i| i as f32 * 0.5 + step as f32).collect();
    Checkpoint {
        step,
        params: vec![
            (
                "encoder/conv0/kernel".into(),
                HostTensor::from_slice(&[2, 3], &w).unwrap(),
            ),
            (
                "head/bias".into(),
                HostTensor::from_slice(&[2], &[1.5f32, -2.0]).unwrap(),
            ),
        ],
        opt_state: vec![(
            "optim/count".into(),
            HostTensor::from_slice(&[], &[step as i32]).unwrap(),
        )],
        rng: RngState { seed: 42 },
        config: serde_json::json!({"steps": 100, "lr": 0.001}),
    }
}

#[test]
fn save_load_round_trip_keeps_the_newest() {
    let dir = tempfile::tempdir().unwrap();
    let ckpts = CheckpointDir::new(dir.path().join("checkpoints"), 2);
    assert!(ckpts.load_latest().unwrap().is_none());
    for step in [10, 20] {
        ckpts.save(&checkpoint(step)).unwrap();
    }
    // Leftovers of a save interrupted before its sidecar (step 25) are removed by the next
    // save; an unrelated file stays.
    std::fs::write(ckpts.tensors_path(25), b"half a file").unwrap();
    std::fs::write(ckpts.path().join("ckpt_000000025.tmp"), b"x").unwrap();
    std::fs::write(ckpts.path().join("notes.txt"), b"mine").unwrap();
    ckpts.save(&checkpoint(30)).unwrap();
    assert!(!ckpts.tensors_path(25).exists());
    assert!(!ckpts.path().join("ckpt_000000025.tmp").exists());
    assert!(ckpts.path().join("notes.txt").exists());
    assert_eq!(ckpts.steps().unwrap(), vec![20, 30]);
    assert!(!ckpts.tensors_path(10).exists());
    let latest = ckpts.load_latest().unwrap().unwrap();
    assert_eq!(latest, checkpoint(30));
    // No temporary files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(ckpts.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // Saving a step that exists is refused.
    let error = ckpts.save(&checkpoint(30)).unwrap_err();
    assert!(matches!(error, CheckpointError::Exists { .. }), "{error}");
}

#[test]
fn corrupt_and_truncated_checkpoints_are_refused_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let ckpts = CheckpointDir::new(dir.path(), 3);
    ckpts.save(&checkpoint(5)).unwrap();
    let path = ckpts.tensors_path(5);
    let good = std::fs::read(&path).unwrap();

    // One flipped bit in the data.
    let mut flipped = good.clone();
    let last = flipped.len() - 3;
    flipped[last] ^= 0x10;
    std::fs::write(&path, &flipped).unwrap();
    let message = ckpts.load_latest().unwrap_err().to_string();
    assert!(message.contains("corrupt or truncated"), "{message}");
    assert!(message.contains("ckpt_000000005.safetensors"), "{message}");
    assert!(message.contains("FNV-1a hash"), "{message}");
    // Refused again on save: the corrupt file is not overwritten.
    assert!(ckpts.save(&checkpoint(5)).is_err());
    assert_eq!(std::fs::read(&path).unwrap(), flipped);

    // Truncated.
    std::fs::write(&path, &good[..good.len() - 10]).unwrap();
    let message = ckpts.load(5).unwrap_err().to_string();
    assert!(message.contains("bytes, the sidecar recorded"), "{message}");

    // A truncated sidecar.
    std::fs::write(&path, &good).unwrap();
    let sidecar = ckpts.sidecar_path(5);
    let text = std::fs::read(&sidecar).unwrap();
    std::fs::write(&sidecar, &text[..text.len() / 2]).unwrap();
    let message = ckpts.load(5).unwrap_err().to_string();
    assert!(message.contains("sidecar JSON"), "{message}");
    assert!(message.contains("ckpt_000000005.json"), "{message}");
}

#[test]
fn loading_names_the_mismatched_tensor() {
    let ckpt = checkpoint(1);
    let path = std::path::Path::new("run/ckpt_000000001.json");
    let ty = |dims: &[usize]| TensorType::new(DType::F32, dims);
    let expected = vec![
        ("head/bias".to_string(), ty(&[2])),
        ("encoder/conv0/kernel".to_string(), ty(&[2, 3])),
    ];
    let got = check_tensors(path, "parameter", &ckpt.params, &expected).unwrap();
    assert_eq!(got[0], ckpt.params[1].1, "returned in the expected order");

    let wrong_shape = vec![
        expected[0].clone(),
        ("encoder/conv0/kernel".into(), ty(&[3, 2])),
    ];
    let m = check_tensors(path, "parameter", &ckpt.params, &wrong_shape)
        .unwrap_err()
        .to_string();
    assert!(
        m.contains("parameter `encoder/conv0/kernel` is f32[2, 3], the model expects f32[3, 2]"),
        "{m}"
    );
    let wrong_dtype = vec![
        ("head/bias".to_string(), TensorType::new(DType::F16, &[2])),
        expected[1].clone(),
    ];
    let m = check_tensors(path, "parameter", &ckpt.params, &wrong_dtype)
        .unwrap_err()
        .to_string();
    assert!(
        m.contains("`head/bias` is f32[2], the model expects f16[2]"),
        "{m}"
    );
    let missing = vec![
        expected[0].clone(),
        expected[1].clone(),
        ("extra/w".into(), ty(&[1])),
    ];
    let m = check_tensors(path, "parameter", &ckpt.params, &missing)
        .unwrap_err()
        .to_string();
    assert!(m.contains("parameter `extra/w` (f32[1]) is missing"), "{m}");
    let m = check_tensors(path, "parameter", &ckpt.params, &expected[..1])
        .unwrap_err()
        .to_string();
    assert!(
        m.contains("`encoder/conv0/kernel` (f32[2, 3]) is not in the model"),
        "{m}"
    );
    assert!(m.contains("run/ckpt_000000001.json"), "{m}");
}
