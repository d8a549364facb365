//! Where collected episodes go: the train/test split of a collection run and file names.

use std::path::{Path, PathBuf};

use super::episodes::Split;
use crate::envs::rng::Rng;

/// The reference's share of test episodes.
pub const TEST_FRACTION: f64 = 0.05;

/// Assigns each of `count` episodes to a split: 5% (rounded, at least one when `count >= 2`)
/// go to test, chosen by a shuffle seeded with `seed`.
pub fn assign_splits(count: usize, seed: u64) -> Vec<Split> {
    let test_count = if count >= 2 {
        ((count as f64 * TEST_FRACTION).round() as usize).max(1)
    } else {
        0
    };
    let mut order: Vec<usize> = (0..count).collect();
    Rng::new(seed ^ 0x5EED_5917_0000_0000).shuffle(&mut order);
    let mut splits = vec![Split::Train; count];
    for &index in &order[..test_count] {
        splits[index] = Split::Test;
    }
    splits
}

/// `<root>/<task>/<split>/episode_<index>.npz`.
pub fn episode_path(root: &Path, task: &str, split: Split, index: usize) -> PathBuf {
    root.join(task)
        .join(split.dir_name())
        .join(format!("episode_{index:06}.npz"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_percent_test_and_at_least_one() {
        let count_test = |n, seed| {
            assign_splits(n, seed)
                .iter()
                .filter(|s| **s == Split::Test)
                .count()
        };
        assert_eq!(count_test(1, 0), 0);
        assert_eq!(count_test(2, 0), 1);
        assert_eq!(count_test(19, 0), 1);
        assert_eq!(count_test(100, 3), 5);
        assert_eq!(count_test(500, 3), 25);
        assert_eq!(assign_splits(40, 9), assign_splits(40, 9));
        assert_ne!(assign_splits(40, 9), assign_splits(40, 10));
    }
}
