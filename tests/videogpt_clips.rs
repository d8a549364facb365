//! `data::ClipBatches` against a host computation on synthetic code arrays whose every code
//! names its episode and frame (`1000 * episode + frame`), so each clip shows which frames
//! it took: windows of `req_len = 1 + (seq_len - 1) * frame_skip` frames subsampled by
//! `frame_skip`, non-overlapping within an epoch after an offset below
//! `min(T - req_len + 1, req_len)`, labels of the clip's task, clips alternating over tasks
//! (also across batches, so a batch smaller than the task count still covers all tasks);
//! short episodes listed; batch `k` the same whether computed fresh (resume), in order, or
//! on the prefetch thread.

use std::collections::BTreeMap;
use viper::data::{ClipBatches, ClipSpec, EpisodeCodes};

const GRID: [usize; 2] = [2, 3];
const SPEC: ClipSpec = ClipSpec {
    seq_len: 3,
    frame_skip: 2,
};

/// Episode `e` of `len` frames in task `label`: every code of frame `f` is `1000 e + f`.
fn episode(e: usize, label: usize, len: usize) -> EpisodeCodes {
    let per_frame = GRID[0] * GRID[1];
    EpisodeCodes {
        name: format!("task{label}/train/ep{e}.npz"),
        label,
        len,
        codes: (0..len)
            .flat_map(|f| std::iter::repeat_n((1000 * e + f) as i32, per_frame))
            .collect(),
    }
}

/// Lengths are `m * req_len + req_len - 1`, so every offset gives `m` windows and an epoch
/// of a task always holds the same number of clips (task 0: 1 + 2, task 1: 3).
fn dataset() -> Vec<EpisodeCodes> {
    vec![
        episode(0, 0, 9),
        episode(1, 0, 14),
        episode(2, 1, 4),
        episode(3, 1, 19),
    ]
}

fn batches(seed: u64) -> ClipBatches {
    ClipBatches::new(dataset(), SPEC, GRID, 3, seed).unwrap()
}

#[test]
fn clips_hold_subsampled_windows_of_their_episode_and_task_label() {
    assert_eq!(SPEC.req_len(), 5);
    let mut clips = batches(7);
    assert_eq!(clips.short_episodes(), ["task1/train/ep2.npz (4 frames)"]);
    assert_eq!(clips.task_labels(), [0, 1]);
    let lens = [9, 14, 4, 19];
    let per_clip = SPEC.seq_len * GRID[0] * GRID[1];
    for k in 0..12 {
        let batch = clips.batch(k);
        assert_eq!(batch.codes.dims(), [3, 3, 2, 3]);
        let codes: Vec<i32> = batch.codes.to_vec().unwrap();
        let labels: Vec<i32> = batch.labels.to_vec().unwrap();
        for (slot, &(e, start)) in batch.sources.iter().enumerate() {
            // Clips alternate over the tasks that have clips, across batch boundaries.
            let task = (3 * k as usize + slot) % 2;
            assert_eq!(labels[slot], task as i32, "batch {k} slot {slot}");
            assert_eq!(dataset()[e].label, task);
            assert!(start + SPEC.req_len() <= lens[e]);
            let clip = &codes[slot * per_clip..(slot + 1) * per_clip];
            for (j, frame) in clip.chunks(GRID[0] * GRID[1]).enumerate() {
                let want = (1000 * e + start + 2 * j) as i32;
                assert!(
                    frame.iter().all(|&c| c == want),
                    "batch {k} slot {slot} frame {j}"
                );
            }
        }
    }
}

#[test]
fn each_epoch_cuts_every_episode_into_non_overlapping_windows_after_a_random_offset() {
    let mut clips = batches(11);
    let req = SPEC.req_len();
    // Task 0's clips are the even ones of the sequence of all clips; an epoch is 3 clips.
    let all: Vec<(usize, usize)> = (0..40).flat_map(|k| clips.batch_sources(k)).collect();
    let stream: Vec<(usize, usize)> = all.iter().step_by(2).copied().collect();
    let mut offsets_of_ep1 = std::collections::BTreeSet::new();
    for epoch in stream.chunks(3).take(20) {
        let mut by_episode: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &(e, start) in epoch {
            by_episode.entry(e).or_default().push(start);
        }
        for (e, len) in [(0, 9), (1, 14)] {
            let mut starts = by_episode.remove(&e).unwrap_or_default();
            starts.sort();
            // The host computation: offset o < min(len - req + 1, req), windows o + j req.
            let o = starts[0];
            assert!(o < (len - req + 1).min(req), "episode {e} offset {o}");
            let want: Vec<usize> = (0..)
                .map(|j| o + j * req)
                .take_while(|s| s + req <= len)
                .collect();
            assert_eq!(starts, want, "episode {e}");
            if e == 1 {
                offsets_of_ep1.insert(o);
            }
        }
        assert!(by_episode.is_empty());
    }
    // Offsets are drawn anew each epoch.
    assert!(offsets_of_ep1.len() > 1, "{offsets_of_ep1:?}");
}

#[test]
fn batch_k_is_the_same_fresh_in_order_and_prefetched() {
    let mut in_order = batches(3);
    let sequence: Vec<_> = (0..9).map(|k| in_order.batch(k)).collect();
    // A resumed run starts at batch 6 without computing the earlier ones.
    assert_eq!(batches(3).batch(6), sequence[6]);
    let mut prefetched = batches(3).prefetch(4, 2);
    for k in 4..9u64 {
        let (index, batch) = prefetched.next_batch().unwrap();
        assert_eq!(index, k);
        assert_eq!(batch, sequence[k as usize]);
    }
    drop(prefetched);
    // Another seed draws other clips.
    let other: Vec<_> = (0..9).map(|k| batches(4).batch(k).sources).collect();
    assert_ne!(
        other,
        sequence
            .iter()
            .map(|b| b.sources.clone())
            .collect::<Vec<_>>()
    );
}

#[test]
fn batches_smaller_than_the_task_count_still_cover_every_task() {
    let episodes = (0..5).map(|t| episode(t, t, 9)).collect();
    let mut clips = ClipBatches::new(episodes, SPEC, GRID, 2, 1).unwrap();
    let labels: Vec<i32> = (0..5)
        .flat_map(|k| clips.batch(k).labels.to_vec::<i32>().unwrap())
        .collect();
    assert_eq!(labels, [0, 1, 2, 3, 4, 0, 1, 2, 3, 4]);
}

#[test]
fn a_dataset_without_a_long_enough_episode_is_refused_naming_them() {
    let short = vec![episode(0, 0, 4), episode(1, 0, 3)];
    let err = ClipBatches::new(short, SPEC, GRID, 2, 0)
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("5 frames or more"), "{err}");
    assert!(
        err.contains("ep0.npz (4 frames)") && err.contains("ep1.npz (3 frames)"),
        "{err}"
    );
}
