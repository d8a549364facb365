//! `data::FrameBatches`: each epoch is a permutation of all frames across episodes, batches
//! are a pure function of (seed, index), pixels are `byte / 127.5 - 1` box-averaged to the
//! requested size (checked against a direct per-pixel computation), and bad input is refused.

use std::collections::HashMap;
use viper::data::{Episode, FrameBatches};
use viper::envs::IMAGE_BYTES;

/// Episode `e`'s frame `f`: every byte is a function of (e, f, position).
fn byte(e: usize, f: usize, at: usize) -> u8 {
    ((e * 37 + f * 11 + at * 7 + at / 192) % 256) as u8
}

fn episodes(lengths: &[usize]) -> Vec<Episode> {
    lengths
        .iter()
        .enumerate()
        .map(|(e, &len)| Episode {
            frames: (0..len * IMAGE_BYTES)
                .map(|i| byte(e, i / IMAGE_BYTES, i % IMAGE_BYTES))
                .collect(),
            len,
        })
        .collect()
}

#[test]
fn each_epoch_visits_every_frame_once_and_resumes_identically() {
    let mut batches = FrameBatches::new(episodes(&[3, 5, 4]), 4, 64, 9).unwrap();
    assert_eq!(batches.frame_count(), 12);
    for epoch in 0..2u64 {
        let mut seen: HashMap<(usize, usize), usize> = HashMap::new();
        for k in 0..3 {
            for pair in batches.batch_frames(epoch * 3 + k) {
                *seen.entry(pair).or_default() += 1;
            }
        }
        assert_eq!(seen.len(), 12, "epoch {epoch}: {seen:?}");
        assert!(seen.values().all(|&n| n == 1));
    }
    let first: Vec<_> = (0..6).map(|k| batches.batch_frames(k)).collect();
    assert_ne!(
        first[0..3],
        first[3..6],
        "epochs should be shuffled differently"
    );
    // A fresh loader asked for batch 4 directly (a resumed run) gets the same frames.
    let mut resumed = FrameBatches::new(episodes(&[3, 5, 4]), 4, 64, 9).unwrap();
    assert_eq!(resumed.batch_frames(4), first[4]);
    let mut other_seed = FrameBatches::new(episodes(&[3, 5, 4]), 4, 64, 10).unwrap();
    let other: Vec<_> = (0..3).map(|k| other_seed.batch_frames(k)).collect();
    assert_ne!(other, first[0..3]);
}

#[test]
fn pixels_are_box_averaged_and_scaled_to_minus_one_one() {
    let size = 16;
    let factor = 64 / size;
    let mut batches = FrameBatches::new(episodes(&[2, 3]), 3, size, 1).unwrap();
    let pairs = batches.batch_frames(1);
    let tensor = batches.batch(1);
    assert_eq!(tensor.dims(), vec![3, size, size, 3]);
    let values = tensor.to_f64_vec();
    for (b, &(e, f)) in pairs.iter().enumerate() {
        for (i, j, c) in [(0, 0, 0), (5, 9, 1), (15, 15, 2), (7, 2, 0)] {
            let mut sum = 0.0;
            for di in 0..factor {
                for dj in 0..factor {
                    sum += byte(e, f, ((i * factor + di) * 64 + j * factor + dj) * 3 + c) as f64;
                }
            }
            let want = sum / (factor * factor) as f64 / 127.5 - 1.0;
            let got = values[((b * size + i) * size + j) * 3 + c];
            assert!(
                (got - want).abs() < 1e-5,
                "frame ({e}, {f}) [{i},{j},{c}]: {got} vs {want}"
            );
        }
    }
    assert!(values.iter().all(|v| (-1.0..=1.0).contains(v)));
}

#[test]
fn bad_sizes_and_episodes_are_refused_with_the_reason() {
    let err = |r: Result<FrameBatches, viper::data::DataError>| r.err().unwrap().to_string();
    assert!(err(FrameBatches::new(episodes(&[2]), 0, 16, 0)).contains("batch size"));
    assert!(err(FrameBatches::new(episodes(&[2]), 2, 24, 0)).contains("image size"));
    assert!(err(FrameBatches::new(vec![], 2, 16, 0)).contains("at least one frame"));
    let short = Episode {
        frames: vec![0; 10],
        len: 1,
    };
    assert!(err(FrameBatches::new(vec![short], 2, 16, 0)).contains("episode 0"));
}

#[test]
fn prefetched_batches_equal_direct_ones_from_any_start() {
    let mut direct = FrameBatches::new(episodes(&[3, 5, 4]), 4, 16, 21).unwrap();
    let want: Vec<Vec<f64>> = (0..9).map(|k| direct.batch(k).to_f64_vec()).collect();
    for start in [0u64, 4] {
        let loader = FrameBatches::new(episodes(&[3, 5, 4]), 4, 16, 21).unwrap();
        let mut prefetched = loader.prefetch(start, 2);
        for k in start..9 {
            assert_eq!(prefetched.next_index(), k);
            let got = prefetched.next_batch().unwrap().to_f64_vec();
            assert_eq!(got, want[k as usize], "batch {k} from start {start}");
        }
        // Dropping the handle while the thread waits on a full channel stops it.
    }
}
