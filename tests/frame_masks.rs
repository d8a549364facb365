//! Per-task frame masks (`<root>/mask_map.npz`, `data::MaskMap`): each accepted layout
//! (`[64, 64]`, `[64, 64, 1]`, `[64, 64, 3]`) is multiplied into its task's frames by
//! `FrameBatches::from_dataset` (checked pixel by pixel against the unmasked episode), a task
//! without a mask is left alone, bad masks name the file, the task and the expected shape,
//! `viper collect` writes the scoreboard mask of an Atari game, and `train-agent --reward viper`
//! picks the mask its reward model applies.

#[allow(dead_code)] // shared helpers; this file uses only the install check
mod python_envs_support;

use python_envs_support::python_envs_installed;
use std::path::Path;
use viper::cli::collect::{collect, CollectArgs, PolicyKind};
use viper::cli::train_agent::reward_mask;
use viper::data::npz::{write_u8_npz, U8Array};
use viper::data::{
    write_episode, Compression, EpisodeDataset, FrameBatches, MaskMap, Split, MASK_FILE,
};
use viper::envs::atari_masks::scoreboard_mask;
use viper::envs::IMAGE_BYTES;

const PIXELS: usize = 64 * 64;

/// Frame `f` of task `t`: bytes in 1..=255 so a masked byte (0) is always visible.
fn frame_byte(t: usize, f: usize, at: usize) -> u8 {
    (1 + (t * 53 + f * 17 + at * 3) % 255) as u8
}

fn write_task(root: &Path, t: usize, name: &str, frames: usize) {
    let bytes: Vec<u8> = (0..frames * IMAGE_BYTES)
        .map(|i| frame_byte(t, i / IMAGE_BYTES, i % IMAGE_BYTES))
        .collect();
    let path = root.join(name).join("train/episode_000000.npz");
    write_episode(&path, &bytes, frames, Compression::Stored).unwrap();
    std::fs::create_dir_all(root.join(name).join("test")).unwrap();
}

/// Keep pixel `p` of task `t`'s mask (per pixel), or byte `at` (per channel).
fn keep(t: usize, at: usize) -> u8 {
    u8::from(!(at * 7 + t).is_multiple_of(5))
}

#[test]
fn masks_multiply_into_their_tasks_frames() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let names = ["alpha", "beta", "gamma", "unmasked"];
    for (t, name) in names.iter().enumerate() {
        write_task(root, t, name, 2);
    }
    let per_pixel_0: Vec<u8> = (0..PIXELS).map(|p| keep(0, p)).collect();
    let per_pixel_1: Vec<u8> = (0..PIXELS).map(|p| keep(1, p)).collect();
    let per_byte: Vec<u8> = (0..IMAGE_BYTES).map(|at| keep(2, at)).collect();
    write_u8_npz(
        &root.join(MASK_FILE),
        &[
            U8Array {
                name: "alpha",
                shape: &[64, 64],
                data: &per_pixel_0,
            },
            U8Array {
                name: "beta",
                shape: &[64, 64, 1],
                data: &per_pixel_1,
            },
            U8Array {
                name: "gamma",
                shape: &[64, 64, 3],
                data: &per_byte,
            },
        ],
        Compression::Stored,
    )
    .unwrap();
    let dataset = EpisodeDataset::open(root).unwrap();
    let masks = dataset.masks().unwrap().unwrap();
    assert_eq!(
        masks.tasks().collect::<Vec<_>>(),
        ["alpha", "beta", "gamma"]
    );
    // One batch of all 8 frames, at full size so each value is one byte.
    let mut batches = FrameBatches::from_dataset(&dataset, Split::Train, 8, 64, 3).unwrap();
    let pairs = batches.batch_frames(0);
    let values = batches.batch(0).to_f64_vec();
    for (i, &(episode, f)) in pairs.iter().enumerate() {
        let t = episode; // one episode per task, tasks in alphabetical order
        for at in 0..IMAGE_BYTES {
            let factor = match t {
                0 | 1 => keep(t, at / 3),
                2 => keep(t, at),
                _ => 1,
            };
            let byte = frame_byte(t, f, at) * factor;
            let want = f64::from(byte) / 127.5 - 1.0;
            let got = values[i * IMAGE_BYTES + at];
            assert!(
                (got - want).abs() < 1e-6,
                "task {t} frame {f} byte {at}: {got} vs {want}"
            );
        }
    }
    // Every task except `unmasked` had some pixels hidden, so the check above saw both cases.
    assert!(per_pixel_0.contains(&0) && per_pixel_0.contains(&1));
}

fn bad_mask_error(shape: &[usize], data: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    write_u8_npz(
        &dir.path().join(MASK_FILE),
        &[U8Array {
            name: "pong",
            shape,
            data,
        }],
        Compression::Stored,
    )
    .unwrap();
    MaskMap::open(dir.path()).unwrap_err().to_string()
}

#[test]
fn bad_masks_name_the_file_the_task_and_the_expected_shape() {
    let err = bad_mask_error(&[32, 32], &[1; 1024]);
    for part in [MASK_FILE, "`pong`", "[32, 32]", "[64, 64]", "[64, 64, 3]"] {
        assert!(err.contains(part), "missing {part:?} in: {err}");
    }
    let err = bad_mask_error(&[64, 64], &[2; PIXELS]);
    assert!(
        err.contains("`pong`") && err.contains("value 2"),
        "wrong values: {err}"
    );
    let dir = tempfile::tempdir().unwrap();
    assert!(MaskMap::open(dir.path()).unwrap().is_none());
}

#[test]
fn collect_writes_the_scoreboard_mask_of_an_atari_game() {
    if !python_envs_installed("collect_writes_the_scoreboard_mask_of_an_atari_game") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let args = CollectArgs {
        env: "atari:pong".into(),
        policy: PolicyKind::Random,
        random_action_prob: 0.0,
        expert_roam: 0.0,
        episodes: 1,
        out: dir.path().to_path_buf(),
        seed: 1,
        workers: 1,
        episode_length: Some(3),
        action_repeat: None,
        render: Default::default(),
        quiet: true,
    };
    collect(&args).unwrap();
    let masks = MaskMap::open(dir.path()).unwrap().unwrap();
    let pong = masks.get("pong").expect("a mask for pong");
    let pixels = scoreboard_mask("pong").unwrap();
    let want: Vec<u8> = pixels.iter().flat_map(|&p| [p; 3]).collect();
    assert_eq!(pong.as_bytes(), &want[..]);
    assert!(pixels.contains(&0));
}

/// `train-agent --reward viper` masks the frames its reward model sees as the VideoGPT's data
/// was masked: pong's scoreboard rows (native rows 0-21 of 210, so 64x64 rows 0-6: row r
/// covers native rows from r * 210 / 64) by default, a `--mask-map` entry when given (errors
/// name the file and the task), nothing for a built-in task.
#[test]
fn train_agent_reward_mask_follows_the_env_and_mask_map() {
    let pong = reward_mask("atari:pong", None)
        .unwrap()
        .expect("pong's mask");
    for (at, &keep) in pong.as_bytes().iter().enumerate() {
        let row = at / (64 * 3);
        assert_eq!(keep, u8::from(row > 6), "byte {at} (row {row})");
    }
    assert!(reward_mask("builtin:cartpole_balance", None)
        .unwrap()
        .is_none());

    let dir = tempfile::tempdir().unwrap();
    let custom: Vec<u8> = (0..PIXELS).map(|p| keep(3, p)).collect();
    write_u8_npz(
        &dir.path().join(MASK_FILE),
        &[U8Array {
            name: "pong",
            shape: &[64, 64],
            data: &custom,
        }],
        Compression::Stored,
    )
    .unwrap();
    let given = reward_mask("atari:pong", Some(dir.path()))
        .unwrap()
        .unwrap();
    let want: Vec<u8> = custom.iter().flat_map(|&p| [p; 3]).collect();
    assert_eq!(given.as_bytes(), &want[..]);

    let err = reward_mask("atari:boxing", Some(dir.path()))
        .unwrap_err()
        .to_string();
    assert!(err.contains("`boxing`") && err.contains("pong"), "{err}");
    let empty = tempfile::tempdir().unwrap();
    let err = reward_mask("atari:pong", Some(empty.path()))
        .unwrap_err()
        .to_string();
    assert!(err.contains(MASK_FILE), "{err}");
}
