//! Which codes a dead-code restart moves, and where to (`code_restart.rs` applies it): usage
//! counts per code since the last restart (`CodeUsage`), and the selection rule
//! (`choose_restarts`):
//! - sources are *distinct* vectors: duplicate `z_e` (identical background patches give
//!   bit-identical vectors) count once, so restarted codes do not land on one point where
//!   argmin's first-minimum tie rule would leave all but one of them dead again;
//! - `min(dead, distinct)` sources are drawn uniformly without replacement, seeded by
//!   (`seed`, step), and given to the dead codes in increasing code order; used codes are
//!   never touched.

use super::code_restart::CodeRestartError;
use crate::rng::Rng;
use std::collections::HashSet;

/// How often each code was chosen since the last restart.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeUsage {
    counts: Vec<u64>,
}

impl CodeUsage {
    pub fn new(n_embed: usize) -> Self {
        CodeUsage {
            counts: vec![0; n_embed],
        }
    }

    /// Counts `codes` (each must lie in `[0, n_embed)`; nothing is counted otherwise).
    pub fn record(&mut self, codes: &[i32]) -> Result<(), CodeRestartError> {
        let n_embed = self.counts.len();
        if let Some(&bad) = codes.iter().find(|&&c| c < 0 || c as usize >= n_embed) {
            return Err(CodeRestartError::CodeOutOfRange {
                code: bad.into(),
                n_embed,
            });
        }
        for &c in codes {
            self.counts[c as usize] += 1;
        }
        Ok(())
    }

    /// The codes counted zero times, in increasing order.
    pub fn unused(&self) -> Vec<usize> {
        (0..self.counts.len())
            .filter(|&k| self.counts[k] == 0)
            .collect()
    }

    pub fn counts(&self) -> &[u64] {
        &self.counts
    }

    pub fn clear(&mut self) {
        self.counts.fill(0);
    }
}

/// One restart: codebook row `code` becomes encoder output row `source`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Restart {
    pub code: usize,
    pub source: usize,
}

/// The selection rule of the module doc: `unused` codes (increasing) get distinct rows of
/// `vectors` (`[M, dim]` row-major), drawn with `seed`.
pub fn choose_restarts(
    unused: &[usize],
    vectors: &[f32],
    dim: usize,
    seed: u64,
) -> Result<Vec<Restart>, CodeRestartError> {
    if dim == 0 || !vectors.len().is_multiple_of(dim) {
        return Err(CodeRestartError::Shape {
            what: "encoder vectors",
            expected: format!("a multiple of the vector size {dim}"),
            got: format!("{} values", vectors.len()),
        });
    }
    // `+ 0.0` maps -0.0 to 0.0, so bit equality is value equality (NaN aside).
    let mut seen = HashSet::new();
    let mut distinct: Vec<usize> = (0..vectors.len() / dim)
        .filter(|&row| {
            let key: Vec<u32> = vectors[row * dim..(row + 1) * dim]
                .iter()
                .map(|v| (v + 0.0).to_bits())
                .collect();
            seen.insert(key)
        })
        .collect();
    let take = unused.len().min(distinct.len());
    // A partial Fisher-Yates shuffle: the first `take` entries are a uniform draw.
    let mut rng = Rng::new(seed);
    for i in 0..take {
        let j = i + rng.below(distinct.len() - i);
        distinct.swap(i, j);
    }
    Ok(unused
        .iter()
        .zip(&distinct[..take])
        .map(|(&code, &source)| Restart { code, source })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Six rows of two values: rows 1 and 4 repeat rows 0 and 3 (row 4 as -0.0 vs 0.0).
    const VECTORS: [f32; 12] = [1.0, 0.0, 1.0, 0.0, 0.0, 1.0, -0.0, 2.0, 0.0, 2.0, 3.0, 3.0];
    const DISTINCT: [usize; 4] = [0, 2, 3, 5];

    #[test]
    fn dead_codes_get_distinct_rows_in_code_order() {
        let picked = choose_restarts(&[1, 4, 6], &VECTORS, 2, 7).unwrap();
        let codes: Vec<usize> = picked.iter().map(|r| r.code).collect();
        assert_eq!(codes, vec![1, 4, 6]);
        let mut sources: Vec<usize> = picked.iter().map(|r| r.source).collect();
        assert!(sources.iter().all(|s| DISTINCT.contains(s)), "{sources:?}");
        sources.sort_unstable();
        sources.dedup();
        assert_eq!(sources.len(), 3, "{picked:?}");
    }

    #[test]
    fn more_dead_codes_than_distinct_rows_use_every_row_once() {
        let picked = choose_restarts(&[0, 2, 3, 5, 6, 7], &VECTORS, 2, 3).unwrap();
        let codes: Vec<usize> = picked.iter().map(|r| r.code).collect();
        assert_eq!(codes, vec![0, 2, 3, 5], "the first dead codes get the rows");
        let mut sources: Vec<usize> = picked.iter().map(|r| r.source).collect();
        sources.sort_unstable();
        assert_eq!(sources, DISTINCT.to_vec());
        assert!(choose_restarts(&[], &VECTORS, 2, 3).unwrap().is_empty());
    }

    #[test]
    fn the_draw_is_seeded_and_uniform_over_distinct_rows() {
        let draw = |seed| choose_restarts(&[0, 1], &VECTORS, 2, seed).unwrap();
        assert_eq!(draw(11), draw(11));
        // Each distinct row should be the first pick in ~1/4 of 4000 seeds (binomial sd ~27).
        let mut first = [0usize; 6];
        for seed in 0..4000 {
            first[draw(seed)[0].source] += 1;
        }
        for (row, &n) in first.iter().enumerate() {
            match DISTINCT.contains(&row) {
                true => assert!((850..1150).contains(&n), "row {row}: {n} of 4000"),
                false => assert_eq!(n, 0, "duplicate row {row} was drawn"),
            }
        }
    }

    #[test]
    fn usage_counts_codes_and_rejects_out_of_range_ones() {
        let mut usage = CodeUsage::new(5);
        usage.record(&[0, 3, 3, 1]).unwrap();
        assert_eq!(usage.counts(), &[1, 1, 0, 2, 0]);
        assert_eq!(usage.unused(), vec![2, 4]);
        let e = usage.record(&[2, 5]).unwrap_err().to_string();
        assert!(e.contains("code 5") && e.contains("codebook of 5"), "{e}");
        assert_eq!(
            usage.counts(),
            &[1, 1, 0, 2, 0],
            "a bad batch counts nothing"
        );
        usage.clear();
        assert_eq!(usage.unused(), vec![0, 1, 2, 3, 4]);
        let e = choose_restarts(&[0], &VECTORS[..5], 2, 0).unwrap_err();
        assert!(
            e.to_string().contains("multiple of the vector size 2"),
            "{e}"
        );
    }
}
