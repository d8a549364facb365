//! Relabelling at insert time: each worker's steps wait here until the reward model has scored
//! them, then go to the replay with their `density` set (reference brief §3.3).
//!
//! The reward of step `t` needs the window of the last `W` frames (`W = seq_len *
//! frame_skip`, `RewardScorer::window`), all from the same episode. Per worker, steps are
//! scored in chunks of `chunk` steps (the reference scores 49 at a time: its 64-step deque
//! minus the 15 steps of context), and at the end of every episode whatever is left, so one
//! reward-model call covers a whole chunk of windows.
//!
//! The first steps of an episode, deliberately ([`FirstSteps`]): steps `0 .. W-2` have no full
//! window. The reference drops them (its first-steps formula is computed and then discarded,
//! brief Q7), and so does `FirstSteps::Drop`: the first step to reach the replay is step `W-1`,
//! marked `is_first`, so the world model starts its state there. Scoring them from shorter
//! windows would put rewards on a different scale (the joint likelihood sums fewer frames)
//! into the same critic. `FirstSteps::Backfill` (ours) keeps them, each with the reward of the
//! episode's first full window (frames `0 ..= W-1`, which covers them): the world model and
//! the actor then see an episode's opening, where the cart-pole's pole is still up and can be
//! caught (dropped, the replay begins `W-1` steps later with the pole already falling).
//! Episodes shorter than `W` steps never reach the replay; they are counted in
//! [`RelabelStats`]. Unlike the reference, episodes shorter than 64 steps are otherwise scored
//! normally, and a chunk never mixes two episodes.

use super::store::ReplayStep;

/// The reward model as the replay sees it.
pub trait RewardScorer {
    /// Frames in one reward window; the reward of step `t` needs frames `t-W+1 ..= t`.
    fn window(&self) -> usize;
    /// Rewards of steps `W-1 .. frames.len()` of `frames` (consecutive 64x64x3 uint8 frames
    /// of one episode): `frames.len() - W + 1` values.
    fn score(&mut self, frames: &[&[u8]]) -> anyhow::Result<Vec<f32>>;
    /// What the rewards are (form, window, scaling), recorded in an agent's checkpoint: a
    /// resume whose scorer says otherwise is refused, as its replay holds the old rewards.
    fn reward_spec(&self) -> Option<String> {
        None
    }
}

/// What happens to the steps of an episode before its first full reward window (module doc).
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    serde::Serialize,
    serde::Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum FirstSteps {
    /// Left out of the replay (the reference).
    #[default]
    Drop,
    /// Kept, with the reward of the episode's first full window.
    Backfill,
}

impl FirstSteps {
    /// How a run records the policy next to its reward's form (`RewardScorer::reward_spec`).
    pub fn spec_suffix(self) -> &'static str {
        match self {
            FirstSteps::Drop => "",
            FirstSteps::Backfill => ", first steps backfilled",
        }
    }
}

/// What relabelling has done so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RelabelStats {
    /// Steps scored and released to the replay.
    pub scored: u64,
    /// Steps dropped because no full window precedes them (the first `W-1` of each episode,
    /// with `FirstSteps::Drop`; with `Backfill` only those of episodes shorter than `W`).
    pub dropped_first: u64,
    /// Episodes that ended before step `W-1`.
    pub short_episodes: u64,
    /// Reward-model calls.
    pub calls: u64,
}

/// One worker's current episode: the last `W-1` scored (or dropped) steps as context, then the
/// steps not scored yet.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Pending {
    pub(super) steps: Vec<ReplayStep>,
    /// How many of `steps` (from the front) are context, already released or dropped.
    pub(super) done: usize,
    /// Whether this episode has released its first step yet.
    pub(super) released: bool,
}

/// Scores each worker's steps in chunks (see the module doc).
pub struct Relabeler<S> {
    scorer: S,
    chunk: usize,
    first_steps: FirstSteps,
    pub(super) pending: Vec<Pending>,
    pub(super) stats: RelabelStats,
}

impl<S: RewardScorer> Relabeler<S> {
    /// `chunk`: steps scored per reward-model call (at least 1).
    pub fn new(scorer: S, workers: usize, chunk: usize) -> Self {
        Relabeler {
            scorer,
            chunk: chunk.max(1),
            first_steps: FirstSteps::Drop,
            pending: vec![Pending::default(); workers],
            stats: RelabelStats::default(),
        }
    }

    /// Sets what happens to each episode's steps before its first full window.
    pub fn with_first_steps(mut self, first_steps: FirstSteps) -> Self {
        self.first_steps = first_steps;
        self
    }

    pub fn stats(&self) -> RelabelStats {
        self.stats
    }

    pub fn scorer(&self) -> &S {
        &self.scorer
    }

    /// Takes `worker`'s next step; returns the steps that are now scored, in order.
    pub fn add(&mut self, worker: usize, step: ReplayStep) -> anyhow::Result<Vec<ReplayStep>> {
        let window = self.scorer.window().max(1);
        let workers = self.pending.len();
        let Some(pending) = self.pending.get_mut(worker) else {
            anyhow::bail!("relabel: worker {worker} out of range ({workers} workers)");
        };
        let mut out = Vec::new();
        if step.is_first && !pending.steps.is_empty() {
            // The previous episode ended without `is_last` (a restarted worker): nothing
            // more will follow its tail, so the tail is scored now.
            out = Self::flush(
                &mut self.scorer,
                &mut self.stats,
                pending,
                window,
                self.first_steps,
            )?;
            Self::end_episode(&mut self.stats, pending);
        }
        let last = step.is_last;
        pending.steps.push(step);
        let first_scorable = pending.done.max(window - 1);
        let ready = pending.steps.len().saturating_sub(first_scorable);
        if ready >= self.chunk || (last && ready > 0) {
            out.extend(Self::flush(
                &mut self.scorer,
                &mut self.stats,
                pending,
                window,
                self.first_steps,
            )?);
        }
        if last {
            Self::end_episode(&mut self.stats, pending);
        }
        Ok(out)
    }

    /// Forgets a finished episode, counting it if none of its steps reached the replay.
    fn end_episode(stats: &mut RelabelStats, pending: &mut Pending) {
        if !pending.released {
            stats.short_episodes += 1;
            stats.dropped_first += pending.steps.len() as u64;
        }
        *pending = Pending::default();
    }

    /// Scores every scorable step of `pending`, releases them (with the episode's first steps
    /// before them when backfilling) and keeps `W-1` steps of context.
    fn flush(
        scorer: &mut S,
        stats: &mut RelabelStats,
        pending: &mut Pending,
        window: usize,
        first_steps: FirstSteps,
    ) -> anyhow::Result<Vec<ReplayStep>> {
        let start = pending.done.max(window - 1);
        if pending.steps.len() <= start {
            return Ok(Vec::new());
        }
        let frames: Vec<&[u8]> = pending.steps[start + 1 - window..]
            .iter()
            .map(|s| s.image.as_slice())
            .collect();
        let rewards = scorer.score(&frames)?;
        stats.calls += 1;
        let expected = pending.steps.len() - start;
        if rewards.len() != expected {
            anyhow::bail!(
                "relabel: the reward model returned {} rewards for {} frames, expected {expected} (window {window})",
                rewards.len(),
                frames.len()
            );
        }
        let backfill = !pending.released && first_steps == FirstSteps::Backfill;
        if !pending.released && !backfill {
            stats.dropped_first += start as u64;
        }
        let opening = if backfill { 0 } else { start };
        let mut out: Vec<ReplayStep> = pending.steps[opening..].to_vec();
        let (head, tail) = out.split_at_mut(start - opening);
        for step in head {
            step.density = rewards[0];
        }
        for (step, &reward) in tail.iter_mut().zip(&rewards) {
            step.density = reward;
        }
        if !pending.released {
            out[0].is_first = true;
            pending.released = true;
        }
        stats.scored += out.len() as u64;
        // Keep the last W-1 steps as the next chunk's context.
        let keep_from = pending.steps.len().saturating_sub(window - 1);
        pending.steps.drain(..keep_from);
        pending.done = pending.steps.len();
        Ok(out)
    }
}
