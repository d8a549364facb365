//! The reward model as the replay's relabeler sees it (`data::replay::RewardScorer`): a chunk
//! of consecutive frames of one episode in, the rewards of its steps with a full window out.

use super::model::RewardModel;
use crate::data::replay::RewardScorer;
use crate::envs::IMAGE_BYTES;

impl RewardScorer for RewardModel {
    fn window(&self) -> usize {
        RewardModel::window(self).span()
    }

    fn score(&mut self, frames: &[&[u8]]) -> anyhow::Result<Vec<f32>> {
        let mut bytes = Vec::with_capacity(frames.len() * IMAGE_BYTES);
        for frame in frames {
            bytes.extend_from_slice(frame);
        }
        let scored = self.score_chunk(&bytes)?;
        Ok(scored.rewards.iter().map(|&r| r as f32).collect())
    }
}
