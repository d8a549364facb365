//! The replay stores frames at the model's `image_size`: 64x64 env frames are box-averaged
//! once at insert time (checked against a host mean in f64), samples hold only stored
//! bytes, pending steps of the relabeler stay at the env's 64 (the reward model's input),
//! and save/load keeps both sizes. A format-1 file (64x64 frames, no `image_size`) still
//! loads and can be brought to the model's size.

use viper::data::npz::{write_npz, Compression, NpyArray, NpzReader};
use viper::data::replay::{FirstSteps, Relabeler, Replay, ReplayConfig, ReplayStep, RewardScorer};
use viper::envs::rng::Rng;
use viper::envs::IMAGE_BYTES;

/// A 64x64 frame of pseudo-random bytes that depend on (episode, t); the step's action
/// records (episode, t), so sampled steps can be identified without reading pixels.
fn frame(episode: usize, t: usize) -> Vec<u8> {
    let mut rng = Rng::new((episode * 1000 + t) as u64 + 1);
    (0..IMAGE_BYTES).map(|_| rng.below(256) as u8).collect()
}

fn step(episode: usize, t: usize, length: usize) -> ReplayStep {
    ReplayStep {
        image: frame(episode, t),
        action: vec![episode as f32, t as f32],
        reward: t as f32,
        density: 0.0,
        is_first: t == 0,
        is_last: t + 1 == length,
        is_terminal: false,
    }
}

/// The host's box average: each output byte is the f64 mean of its block, rounded.
fn host_downsample(frame: &[u8], size: usize) -> Vec<u8> {
    let f = 64 / size;
    let mut out = Vec::new();
    for y in 0..size {
        for x in 0..size {
            for c in 0..3 {
                let mut sum = 0.0f64;
                for dy in 0..f {
                    for dx in 0..f {
                        sum += f64::from(frame[((y * f + dy) * 64 + x * f + dx) * 3 + c]);
                    }
                }
                out.push((sum / (f * f) as f64).round() as u8);
            }
        }
    }
    out
}

fn config(image_size: usize, workers: usize) -> ReplayConfig {
    ReplayConfig {
        sequence_length: 4,
        capacity: 100,
        action_dim: 2,
        workers,
        image_size,
    }
}

#[test]
fn frames_are_downsampled_once_at_insert_and_sampled_as_stored() {
    let mut replay = Replay::new(config(16, 1)).unwrap();
    for t in 0..10 {
        replay.push(0, step(0, t, 10)).unwrap();
    }
    for i in 0..replay.len() {
        for s in replay.item(i).unwrap() {
            let t = s.action[1] as usize;
            assert_eq!(s.image, host_downsample(&frame(0, t), 16), "step {t}");
        }
    }
    let batch = replay.sample(3, &mut Rng::new(5)).unwrap();
    assert_eq!(batch.image.dims(), &[3, 4, 16, 16, 3]);
    let images = batch.image.to_vec::<u8>().unwrap();
    let actions = batch.action.to_vec::<f32>().unwrap();
    for (k, pixels) in images.chunks(16 * 16 * 3).enumerate() {
        let t = actions[2 * k + 1] as usize;
        assert_eq!(pixels, &host_downsample(&frame(0, t), 16)[..], "row {k}");
    }
    // A frame already at the replay's size is stored as it is.
    let small = vec![9u8; 16 * 16 * 3];
    let mut own = step(0, 10, 20);
    own.image = small.clone();
    replay.push(0, own).unwrap();
    let newest = replay.item(replay.len() - 1).unwrap().last().unwrap();
    assert_eq!(newest.image, small);
}

#[test]
fn bad_sizes_are_refused_naming_what_was_expected() {
    let e = Replay::new(config(24, 1)).unwrap_err().to_string();
    assert!(e.contains("image_size") && e.contains("24"), "{e}");
    let mut replay = Replay::new(config(16, 1)).unwrap();
    let mut bad = step(0, 0, 5);
    bad.image = vec![0; 32 * 32 * 3];
    let e = replay.push(0, bad).unwrap_err().to_string();
    assert!(
        e.contains("3072") && e.contains("12288") && e.contains("768"),
        "{e}"
    );
    let e = replay.clone().with_image_size(5).unwrap_err().to_string();
    assert!(e.contains("16x16") && e.contains("5x5"), "{e}");
}

/// Rewards from the frames' bytes, checking each frame is a full 64x64 env frame.
struct ByteScorer;

impl RewardScorer for ByteScorer {
    fn window(&self) -> usize {
        2
    }

    fn score(&mut self, frames: &[&[u8]]) -> anyhow::Result<Vec<f32>> {
        assert!(frames.iter().all(|f| f.len() == IMAGE_BYTES));
        Ok(frames
            .windows(2)
            .map(|w| f32::from(w[0][7]) + f32::from(w[1][100]))
            .collect())
    }
}

#[test]
fn save_and_load_keep_stored_and_pending_frame_sizes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("replay.npz");
    let run = |stop_at: Option<usize>| -> Replay {
        let mut relabeler = Relabeler::new(ByteScorer, 2, 3);
        let mut replay = Replay::new(config(8, 2)).unwrap();
        for i in 0..50 {
            if Some(i) == stop_at {
                replay.save(&path, Some(&relabeler.state())).unwrap();
                let (loaded, state) = Replay::load(&path).unwrap();
                assert_eq!(loaded, replay);
                replay = loaded;
                relabeler = Relabeler::restore(ByteScorer, 3, FirstSteps::Drop, state.unwrap());
            }
            let worker = i % 2;
            for r in relabeler
                .add(worker, step(worker, (i / 2) % 12, 12))
                .unwrap()
            {
                replay.push(worker, r).unwrap();
            }
        }
        replay
    };
    let straight = run(None);
    assert_eq!(straight, run(Some(27)));
    let mut reader = NpzReader::open(&path).unwrap();
    assert_eq!(
        reader.header("stream0/image").unwrap().shape[1..],
        [8, 8, 3]
    );
    assert_eq!(
        reader.header("pending0/image").unwrap().shape[1..],
        [64, 64, 3]
    );
}

/// Rewrites a replay file saved at 64x64 as format 1 (no `image_size` in its meta).
fn as_format_one(path: &std::path::Path) {
    let mut reader = NpzReader::open(path).unwrap();
    let mut arrays = Vec::new();
    for name in reader.array_names() {
        let (header, data) = reader.read(&name).unwrap();
        arrays.push((name, header, data));
    }
    for (name, header, data) in &mut arrays {
        if name == "meta" {
            let mut meta: serde_json::Value = serde_json::from_slice(data).unwrap();
            let object = meta.as_object_mut().unwrap();
            assert_eq!(object.remove("image_size"), Some(64.into()));
            object.insert("format".into(), "viper-replay-1".into());
            *data = serde_json::to_vec(&meta).unwrap();
            header.shape = vec![data.len()];
        }
    }
    let npy: Vec<NpyArray> = arrays
        .iter()
        .map(|(name, header, data)| NpyArray {
            name,
            descr: &header.descr,
            shape: &header.shape,
            data,
        })
        .collect();
    write_npz(path, &npy, Compression::Stored).unwrap();
}

#[test]
fn a_format_one_replay_of_64x64_frames_loads_and_resizes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("replay.npz");
    let fill = |size: usize| {
        let mut replay = Replay::new(config(size, 1)).unwrap();
        for t in 0..9 {
            replay.push(0, step(3, t, 9)).unwrap();
        }
        replay
    };
    fill(64).save(&path, None).unwrap();
    as_format_one(&path);
    let (old, relabel) = Replay::load(&path).unwrap();
    assert!(relabel.is_none());
    assert_eq!(old.config().image_size, 64);
    assert_eq!(old, fill(64));
    assert_eq!(old.with_image_size(16).unwrap(), fill(16));
}
