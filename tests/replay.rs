//! The agent's replay: items over per-worker streams, eviction, sampling, relabelling in
//! chunks with the first-steps policy, and save/load. Steps carry their (episode, index) in
//! the image bytes and the reward, so every check is against an independent host recount.

use viper::data::replay::{FirstSteps, Relabeler, Replay, ReplayConfig, ReplayStep, RewardScorer};
use viper::envs::rng::Rng;
use viper::envs::IMAGE_BYTES;

/// A step whose image encodes (episode, t) and whose task reward is `t`.
fn step(episode: u8, t: usize, length: usize, action_dim: usize) -> ReplayStep {
    let mut image = vec![0u8; IMAGE_BYTES];
    image[0] = episode;
    image[1] = (t % 256) as u8;
    image[2] = (t / 256) as u8;
    ReplayStep {
        image,
        action: vec![t as f32; action_dim],
        reward: t as f32,
        density: 0.0,
        is_first: t == 0,
        is_last: t + 1 == length,
        is_terminal: false,
    }
}

fn decode(image: &[u8]) -> (u8, usize) {
    (image[0], image[1] as usize + 256 * image[2] as usize)
}

fn config(sequence_length: usize, capacity: usize, workers: usize) -> ReplayConfig {
    ReplayConfig {
        sequence_length,
        capacity,
        action_dim: 2,
        workers,
        image_size: 64,
    }
}

#[test]
fn items_are_consecutive_runs_of_each_workers_stream() {
    let mut replay = Replay::new(config(5, 1000, 2)).unwrap();
    for t in 0..12 {
        replay.push(0, step(0, t, 100, 2)).unwrap();
        if t < 7 {
            replay.push(1, step(1, t, 100, 2)).unwrap();
        }
    }
    // A stream of n steps holds n - 5 + 1 items.
    assert_eq!(replay.len(), (12 - 4) + (7 - 4));
    for i in 0..replay.len() {
        let steps: Vec<(u8, usize)> = replay.item(i).unwrap().map(|s| decode(&s.image)).collect();
        assert_eq!(steps.len(), 5);
        for pair in steps.windows(2) {
            assert_eq!(pair[1], (pair[0].0, pair[0].1 + 1), "item {i}: {steps:?}");
        }
    }
    let batch = replay.sample(6, &mut Rng::new(3)).unwrap();
    assert_eq!(batch.image.dims(), &[6, 5, 64, 64, 3]);
    assert_eq!(batch.action.dims(), &[6, 5, 2]);
    let first = batch.is_first.to_vec::<f32>().unwrap();
    let reward = batch.reward.to_vec::<f32>().unwrap();
    let action = batch.action.to_vec::<f32>().unwrap();
    for b in 0..6 {
        assert_eq!(first[b * 5], 1.0, "every sequence starts with is_first");
        for t in 1..5 {
            assert_eq!(reward[b * 5 + t], reward[b * 5 + t - 1] + 1.0);
            assert_eq!(first[b * 5 + t], 0.0);
            assert_eq!(action[(b * 5 + t) * 2], reward[b * 5 + t]);
        }
    }
}

#[test]
fn eviction_keeps_the_newest_items_and_frees_their_steps() {
    let capacity = 10;
    let mut replay = Replay::new(config(4, capacity, 2)).unwrap();
    for t in 0..200 {
        replay
            .push(t % 2, step((t % 2) as u8, t / 2, 1000, 2))
            .unwrap();
    }
    assert_eq!(replay.len(), capacity);
    assert_eq!(replay.steps_added(), 200);
    // Each worker has its newest 5 items (starts 92..=96 of 100 steps) and keeps only the
    // steps they need: 5 items of 4 steps over starts 92..96 span steps 92..99 (8 steps).
    assert_eq!(replay.steps_stored(), 16);
    let mut starts: Vec<(u8, usize)> = (0..replay.len())
        .map(|i| decode(&replay.item(i).unwrap().next().unwrap().image))
        .collect();
    starts.sort();
    let expected: Vec<(u8, usize)> = (0..2u8)
        .flat_map(|w| (92..97).map(move |s| (w, s)))
        .collect();
    assert_eq!(starts, expected);
}

#[test]
fn sampling_is_seeded_and_reaches_every_item() {
    let mut replay = Replay::new(config(3, 100, 1)).unwrap();
    for t in 0..10 {
        replay.push(0, step(0, t, 100, 2)).unwrap();
    }
    let a = replay.sample(64, &mut Rng::new(7)).unwrap();
    let b = replay.sample(64, &mut Rng::new(7)).unwrap();
    assert_eq!(a, b);
    let rewards = a.reward.to_vec::<f32>().unwrap();
    let mut seen = [false; 8];
    for seq in rewards.chunks(3) {
        seen[seq[0] as usize] = true;
    }
    assert!(
        seen.iter().all(|&s| s),
        "64 draws over 8 items missed one: {seen:?}"
    );
}

#[test]
fn bad_steps_name_what_was_expected() {
    let mut replay = Replay::new(config(3, 10, 1)).unwrap();
    let mut bad = step(0, 0, 10, 2);
    bad.image.pop();
    let e = replay.push(0, bad).unwrap_err().to_string();
    assert!(e.contains("expected 12288"), "{e}");
    let e = replay.push(0, step(0, 0, 10, 3)).unwrap_err().to_string();
    assert!(e.contains("action_dim 2"), "{e}");
    let e = replay.push(1, step(0, 0, 10, 2)).unwrap_err().to_string();
    assert!(e.contains("worker 1"), "{e}");
}

/// Scores a window by a weighted sum of its frames' step indices, and checks that every
/// call gets consecutive frames of one episode.
struct IndexScorer {
    window: usize,
    calls: Vec<usize>,
}

impl RewardScorer for IndexScorer {
    fn window(&self) -> usize {
        self.window
    }

    fn score(&mut self, frames: &[&[u8]]) -> anyhow::Result<Vec<f32>> {
        let ids: Vec<(u8, usize)> = frames.iter().map(|f| decode(f)).collect();
        for pair in ids.windows(2) {
            assert_eq!(
                pair[1],
                (pair[0].0, pair[0].1 + 1),
                "a call mixed frames: {ids:?}"
            );
        }
        self.calls.push(frames.len());
        Ok(ids
            .windows(self.window)
            .map(|w| {
                w.iter()
                    .enumerate()
                    .map(|(k, &(_, t))| ((k + 1) * t) as f32)
                    .sum()
            })
            .collect())
    }
}

/// The host's expected reward of step `t`: sum over k of (k+1) * (t - W + 1 + k).
fn expected_reward(t: usize, window: usize) -> f32 {
    (0..window)
        .map(|k| ((k + 1) * (t + 1 - window + k)) as f32)
        .sum()
}

const WINDOW: usize = 4;
/// Worker 0: episodes of 17, 2 and 9 steps; worker 1: one of 12, interleaved.
const EPISODES: [(usize, u8, usize); 4] = [(0, 0, 17), (1, 1, 12), (0, 2, 2), (0, 3, 9)];

/// Feeds `EPISODES` through a relabeler (chunks of 5); the steps each worker released, and it.
fn relabel_episodes(first_steps: FirstSteps) -> (Vec<Vec<ReplayStep>>, Relabeler<IndexScorer>) {
    let scorer = IndexScorer {
        window: WINDOW,
        calls: Vec::new(),
    };
    let mut relabeler = Relabeler::new(scorer, 2, 5).with_first_steps(first_steps);
    let mut released: Vec<Vec<ReplayStep>> = vec![Vec::new(), Vec::new()];
    let mut queues: Vec<Vec<ReplayStep>> = vec![Vec::new(), Vec::new()];
    for &(worker, episode, length) in &EPISODES {
        queues[worker].extend((0..length).map(|t| step(episode, t, length, 2)));
    }
    let longest = queues.iter().map(Vec::len).max().unwrap();
    for i in 0..longest {
        for worker in 0..2 {
            if let Some(s) = queues[worker].get(i) {
                released[worker].extend(relabeler.add(worker, s.clone()).unwrap());
            }
        }
    }
    (released, relabeler)
}

/// The (episode, step) pairs each worker should release: from step `first` of every episode
/// long enough for one window.
fn expected_steps(worker: usize, first: usize) -> Vec<(u8, usize)> {
    EPISODES
        .iter()
        .filter(|&&(w, _, length)| w == worker && length >= WINDOW)
        .flat_map(|&(_, episode, length)| (first..length).map(move |t| (episode, t)))
        .collect()
}

#[test]
fn relabelling_scores_chunks_and_drops_the_first_steps() {
    let window = WINDOW;
    let (released, relabeler) = relabel_episodes(FirstSteps::Drop);
    for (worker, steps) in released.iter().enumerate() {
        let got: Vec<(u8, usize)> = steps.iter().map(|s| decode(&s.image)).collect();
        assert_eq!(got, expected_steps(worker, window - 1), "worker {worker}");
        for s in steps {
            let (_, t) = decode(&s.image);
            assert_eq!(s.density, expected_reward(t, window));
            assert_eq!(s.is_first, t == window - 1, "step {t}");
        }
    }
    let stats = relabeler.stats();
    assert_eq!(stats.scored, (14 + 9 + 6) as u64);
    assert_eq!(stats.short_episodes, 1);
    assert_eq!(stats.dropped_first, (3 + 3 + 2 + 3) as u64);
    // Chunks of 5 steps, plus each episode's tail: 17 -> 5,5,4; 12 -> 5,4; 9 -> 5,1.
    let mut chunk_sizes: Vec<usize> = relabeler
        .scorer()
        .calls
        .iter()
        .map(|f| f - window + 1)
        .collect();
    chunk_sizes.sort();
    assert_eq!(chunk_sizes, vec![1, 4, 4, 5, 5, 5, 5]);
    assert_eq!(stats.calls, 7);
}

#[test]
fn backfilling_keeps_the_first_steps_with_the_first_windows_reward() {
    let window = WINDOW;
    let (released, relabeler) = relabel_episodes(FirstSteps::Backfill);
    for (worker, steps) in released.iter().enumerate() {
        let got: Vec<(u8, usize)> = steps.iter().map(|s| decode(&s.image)).collect();
        assert_eq!(got, expected_steps(worker, 0), "worker {worker}");
        for s in steps {
            let (_, t) = decode(&s.image);
            let scored_as = t.max(window - 1);
            assert_eq!(s.density, expected_reward(scored_as, window), "step {t}");
            assert_eq!(s.is_first, t == 0, "step {t}");
        }
    }
    let stats = relabeler.stats();
    assert_eq!(stats.scored, (17 + 12 + 9) as u64);
    assert_eq!(stats.short_episodes, 1);
    assert_eq!(stats.dropped_first, 2, "only the 2-step episode's steps");
    // The same reward-model calls as when dropping: backfilling costs no scoring.
    let (_, dropping) = relabel_episodes(FirstSteps::Drop);
    assert_eq!(relabeler.scorer().calls, dropping.scorer().calls);
}

#[test]
fn save_and_load_continue_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("replay.npz");
    let window = 3;
    let run = |stop_at: Option<usize>| -> Replay {
        let make = || IndexScorer {
            window,
            calls: Vec::new(),
        };
        let mut relabeler = Relabeler::new(make(), 2, 4);
        let mut replay = Replay::new(config(5, 9, 2)).unwrap();
        for i in 0..60 {
            if Some(i) == stop_at {
                replay.save(&path, Some(&relabeler.state())).unwrap();
                let (loaded, state) = Replay::load(&path).unwrap();
                assert_eq!(loaded, replay);
                replay = loaded;
                relabeler = Relabeler::restore(make(), 4, FirstSteps::Drop, state.unwrap());
            }
            let worker = i % 2;
            let s = step(worker as u8 + 10 * (i / 40) as u8, (i / 2) % 20, 20, 2);
            for r in relabeler.add(worker, s).unwrap() {
                replay.push(worker, r).unwrap();
            }
        }
        replay
    };
    let straight = run(None);
    let resumed = run(Some(33));
    assert_eq!(straight, resumed);
    assert_eq!(straight.len(), 9, "the replay is full at capacity");
}

#[test]
fn a_damaged_replay_file_is_refused_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("replay.npz");
    std::fs::write(&path, b"not a zip").unwrap();
    let e = Replay::load(&path).unwrap_err().to_string();
    assert!(e.contains("replay.npz"), "{e}");
}
