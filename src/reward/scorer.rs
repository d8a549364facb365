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

    fn reward_spec(&self) -> Option<String> {
        let options = self.options();
        let window = RewardModel::window(self);
        let scale = options.scale.as_ref().map_or("unscaled".to_string(), |s| {
            format!("scaled from [{}, {}]", s.lo(), s.hi())
        });
        Some(format!(
            "{:?} log-likelihood of {} frames (skip {}), {scale}",
            options.mode,
            window.seq_len(),
            window.frame_skip()
        ))
    }
}
