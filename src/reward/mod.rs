//! The VIPER reward (reference brief §3): the log-likelihood a VideoGPT trained on expert
//! videos assigns to the agent's most recent frames.
//!
//! For env step `t` the window is the last `W = seq_len * frame_skip` frames, subsampled by
//! `frame_skip` so that the last kept frame is `t` (`windows.rs`), masked (`data::FrameMask`), each
//! frame VQ-encoded once per chunk and the windows gathered from the codes. The reward is the
//! joint log-likelihood of the window (sum of the per-frame terms; the reference's default)
//! or the last frame's conditional log-likelihood (`RewardMode::Conditional`, the paper's
//! form), optionally scaled to `clip((r - lo) / (hi - lo), 0, 1)` (`scale.rs`). All windows
//! of a chunk are scored in batched calls of one compiled program whose parameters stay on
//! the device (`model.rs`, `programs.rs`).
//!
//! **First steps of an episode.** Steps `t < W - 1` have no full window and get **no
//! reward**: `score_chunk` returns the rewards of steps `W-1 ..= N-1` with their first step,
//! and an episode of fewer than `W` frames is the error `EpisodeTooShort` (`viper score`
//! lists such episodes instead of dropping them silently). The reference computes running
//! means for these steps but then drops them from the replay (brief §3.2-3.3), so no
//! consumer of its rewards ever sees them; we do not invent values for them either.
//!
//! | file | role |
//! |------|------|
//! | `windows.rs` | `WindowSpec`: which frames a step sees; gathering windows from codes |
//! | `scale.rs` | `RewardScale`: the optional `[lo, hi]` scaler |
//! | `programs.rs` | the traced encoder and scorer programs, `RewardMode` |
//! | `model.rs` | `RewardModel`: compile once, parameters on the device, `score_chunk` |
//! | `heatmap.rs` | the uncertainty figure: frames over per-code NLL heatmaps |
//! | `auroc.rs` | AUROC by its definition, to check expert vs random separation |
//! | `error.rs` | `RewardError` |

pub mod auroc;
pub mod error;
pub mod heatmap;
pub mod model;
pub mod programs;
pub mod scale;
pub mod scorer;
pub mod windows;

pub use auroc::auroc;
pub use error::RewardError;
pub use heatmap::heatmap_figure;
pub use model::{
    resolve_class, RewardModel, RewardModels, RewardOptions, StepRewards, DEFAULT_BATCH_SIZE,
};
pub use programs::{code_space, RewardMode, VIDEOGPT_SCOPE};
pub use scale::RewardScale;
pub use windows::{gather_windows, WindowSpec};
