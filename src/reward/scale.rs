//! The optional reward scaler of the reference (brief §3.2, unused there by default):
//! `r' = clip((r - lo) / (hi - lo), 0, 1)`.

use super::error::RewardError;
use std::str::FromStr;

/// A validated `[lo, hi]` range (`lo < hi`, both finite).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RewardScale {
    lo: f64,
    hi: f64,
}

impl RewardScale {
    pub fn new(lo: f64, hi: f64) -> Result<Self, RewardError> {
        if !(lo.is_finite() && hi.is_finite() && lo < hi) {
            return Err(RewardError::BadScale { lo, hi });
        }
        Ok(RewardScale { lo, hi })
    }

    pub fn lo(&self) -> f64 {
        self.lo
    }

    pub fn hi(&self) -> f64 {
        self.hi
    }

    /// `clip((r - lo) / (hi - lo), 0, 1)`; NaN stays NaN so a broken reward is not hidden.
    pub fn apply(&self, reward: f64) -> f64 {
        ((reward - self.lo) / (self.hi - self.lo)).clamp(0.0, 1.0)
    }
}

/// Parses `LO,HI` (the CLI's `--scale`).
impl FromStr for RewardScale {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let parse = |part: &str| {
            part.trim()
                .parse::<f64>()
                .map_err(|e| format!("`{part}` is not a number: {e}"))
        };
        let (lo, hi) = text
            .split_once(',')
            .ok_or_else(|| format!("expected LO,HI (e.g. -500,0), got `{text}`"))?;
        RewardScale::new(parse(lo)?, parse(hi)?).map_err(|e| e.to_string())
    }
}
