//! Replay for the agent: the steps of several environments ("workers"), each stored once in
//! its own ordered stream, and training sequences sampled uniformly from them.
//!
//! - [`Replay`] (`store.rs`): a training item is a run of `sequence_length` consecutive steps
//!   of one worker's stream; every step appended creates the item that ends at it, so a
//!   stream of `n` steps holds `n - sequence_length + 1` items. Items may cross an episode
//!   boundary (the next episode's first stored step has `is_first`, which resets the world
//!   model's state there). The reference stores each item as its own copy of the sequence,
//!   repeating every frame `sequence_length` times; here an item is a (worker, start) pair
//!   over the shared stream. Capacity counts items; the oldest go first, and steps no
//!   remaining item needs are freed. A sampled sequence always starts with `is_first`.
//!   Frames are stored at the model's `image_size` (`ReplayConfig::image_size`), downsampled
//!   once when a step is inserted, so sampling is a copy.
//! - [`Relabeler`] (`relabel.rs`): with a reward model (VIPER), steps are scored when they
//!   are inserted, in chunks, and only scored steps reach the replay (reference brief §3.3).
//!   Its pending steps keep the env's 64x64 frames: the reward model masks them at that size
//!   and downsamples to its VQ-GAN's own `image_size` itself.
//! - `persist.rs`: the whole replay and the relabeler's pending steps in one npz file written
//!   atomically, so an agent run resumes with its replay intact.

mod persist;
mod relabel;
mod store;

pub use persist::RelabelState;
pub use relabel::{FirstSteps, RelabelStats, Relabeler, RewardScorer};
pub use store::{Replay, ReplayBatch, ReplayConfig, ReplayError, ReplayStep};
