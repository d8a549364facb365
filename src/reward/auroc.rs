//! Area under the ROC curve by its definition: the probability that a randomly drawn
//! positive scores higher than a randomly drawn negative, ties counted half. Used to check
//! that a reward model ranks expert episodes above random ones.

/// AUROC of `positives` against `negatives` (all pairs; `None` when either side is empty
/// or a score is NaN).
pub fn auroc(positives: &[f64], negatives: &[f64]) -> Option<f64> {
    if positives.is_empty() || negatives.is_empty() {
        return None;
    }
    if positives.iter().chain(negatives).any(|v| v.is_nan()) {
        return None;
    }
    let mut wins = 0.0;
    for &p in positives {
        for &n in negatives {
            wins += if p > n {
                1.0
            } else if p == n {
                0.5
            } else {
                0.0
            };
        }
    }
    Some(wins / (positives.len() * negatives.len()) as f64)
}

#[cfg(test)]
mod tests {
    use super::auroc;

    #[test]
    fn definition_cases() {
        assert_eq!(auroc(&[3.0, 4.0], &[1.0, 2.0]), Some(1.0));
        assert_eq!(auroc(&[1.0, 2.0], &[3.0, 4.0]), Some(0.0));
        // Pairs: (2,1) win, (2,3) loss, (3,1) win, (3,3) tie -> 2.5 / 4.
        assert_eq!(auroc(&[2.0, 3.0], &[1.0, 3.0]), Some(0.625));
        assert_eq!(auroc(&[], &[1.0]), None);
        assert_eq!(auroc(&[f64::NAN], &[1.0]), None);
    }
}
