//! Episode statistics: return and length, accumulated from a stream of steps.

use super::Step;

/// The return (sum of rewards) and length (agent steps after the reset step) of an episode.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct EpisodeStats {
    pub episode_return: f64,
    pub length: usize,
}

impl EpisodeStats {
    /// Adds a step; returns the finished episode's statistics on its last step.
    pub fn record(&mut self, step: &Step) -> Option<EpisodeStats> {
        if step.is_first {
            *self = EpisodeStats::default();
        } else {
            self.episode_return += step.reward as f64;
            self.length += 1;
        }
        step.is_last.then_some(*self)
    }
}
