//! Scoreboard masks for Atari frames: a per-game uint8 0/1 mask [64, 64] that is 0 where the
//! game draws its score (and timers or bonus counters that move with it), 1 elsewhere.
//!
//! The reference multiplies such a mask into the frames its video model sees (data loading and
//! reward computation), so the model neither predicts nor is rewarded for score digits; the
//! agent itself sees unmasked frames. The reference's `mask_map.pkl` is a separate download, so
//! ours are derived here: for each game, the rows of the native 210x160 screen on which the
//! score is drawn, found by rendering the game (ale-py 0.12.1, random play) and listing the rows
//! whose pixels differ from the row's background inside the score area. Each band below is
//! those rows plus one row of margin on each side. The bands span the full width: outside the
//! digits these rows hold only background (or the black left border).
//!
//! A 64x64 row is masked when any native row it is resized from (area interpolation maps
//! native rows [r*210/64, (r+1)*210/64) onto row r) lies in a band.

/// Native Atari screen height.
const NATIVE_ROWS: usize = 210;
const MASK_SIZE: usize = 64;

/// Score bands per game: native rows `[start, end)`.
const SCORE_BANDS: &[(&str, &[(usize, usize)])] = &[
    // Both players' scores at the top, drawn on rows 1-20.
    ("pong", &[(0, 22)]),
    // Scores on rows 5-11 and the round clock on rows 17-23, above the ring.
    ("boxing", &[(4, 25)]),
    // Both chickens' scores on rows 5-12.
    ("freeway", &[(4, 14)]),
    // Score on rows 2-9 at the top.
    ("assault", &[(1, 11)]),
    // Score on rows 188-197 under the city.
    ("atlantis", &[(187, 199)]),
    // Lives and bonus timer on rows 183-189, score on rows 191-195, under the floors.
    ("kangaroo", &[(182, 197)]),
    // Score on rows 10-17 at the top.
    ("zaxxon", &[(9, 19)]),
    // Score box on rows 175-185 under the ground line.
    ("defender", &[(174, 186)]),
];

/// The games that have a scoreboard mask.
pub fn masked_games() -> impl Iterator<Item = &'static str> {
    SCORE_BANDS.iter().map(|(game, _)| *game)
}

/// The mask for `game` (`pong`, or `atari:pong`): 4096 bytes, row-major [64, 64], 0 on the
/// scoreboard and 1 elsewhere; `None` for a game without one.
pub fn scoreboard_mask(game: &str) -> Option<Vec<u8>> {
    let game = game.strip_prefix("atari:").unwrap_or(game);
    let (_, bands) = SCORE_BANDS.iter().find(|(name, _)| *name == game)?;
    let mut mask = vec![1u8; MASK_SIZE * MASK_SIZE];
    for row in 0..MASK_SIZE {
        let first = row * NATIVE_ROWS / MASK_SIZE;
        let end = ((row + 1) * NATIVE_ROWS).div_ceil(MASK_SIZE);
        let covered = bands
            .iter()
            .any(|&(start, stop)| first < stop && start < end);
        if covered {
            mask[row * MASK_SIZE..(row + 1) * MASK_SIZE].fill(0);
        }
    }
    Some(mask)
}

/// The scoreboard mask of the env `spec` as models apply it (`viper collect` writes it into
/// Atari datasets, `train-agent --reward viper` applies it by default): `Some` only for an
/// `atari:GAME` that has one.
pub fn env_scoreboard_mask(spec: &str) -> Option<crate::data::FrameMask> {
    let game = spec.strip_prefix("atari:")?;
    let pixels = scoreboard_mask(game)?;
    let mask = crate::data::FrameMask::from_pixels(&pixels)
        .expect("internal error: a scoreboard mask is [64, 64] of 0 and 1");
    Some(mask)
}

/// Multiplies the mask into an RGB frame [64, 64, 3] in place.
pub fn apply_mask(mask: &[u8], image: &mut [u8]) {
    for (pixel, &keep) in image.chunks_exact_mut(3).zip(mask) {
        if keep == 0 {
            pixel.fill(0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked_rows(game: &str) -> Vec<usize> {
        let mask = scoreboard_mask(game).unwrap();
        (0..MASK_SIZE)
            .filter(|&r| mask[r * MASK_SIZE] == 0)
            .collect()
    }

    #[test]
    fn pong_masks_the_top_rows_covering_native_rows_0_to_21() {
        // Native rows 0..22 map to 64-rows 0..=6 (row 6 covers native 19.7..22.97).
        assert_eq!(masked_rows("atari:pong"), (0..=6).collect::<Vec<_>>());
        let mask = scoreboard_mask("pong").unwrap();
        assert!(mask.iter().all(|&m| m <= 1));
        assert!(mask[6 * 64..7 * 64].iter().all(|&m| m == 0));
        assert!(mask[7 * 64..].iter().all(|&m| m == 1));
    }

    #[test]
    fn every_listed_game_masks_a_thin_band_and_unknown_games_have_none() {
        for game in masked_games() {
            let rows = masked_rows(game);
            assert!(!rows.is_empty() && rows.len() <= 8, "{game}: {rows:?}");
            // One contiguous band.
            assert_eq!(rows.last().unwrap() - rows[0] + 1, rows.len(), "{game}");
        }
        assert!(scoreboard_mask("breakout").is_none());
        let mut image = vec![200u8; 64 * 64 * 3];
        apply_mask(&scoreboard_mask("defender").unwrap(), &mut image);
        let row = 180 * 64 / 210;
        assert_eq!(image[row * 64 * 3], 0);
        assert_eq!(image[10 * 64 * 3], 200);
    }
}
