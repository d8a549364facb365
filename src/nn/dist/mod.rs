//! The distributions DreamerV3 uses, over traced tensors. Each holds its parameters as
//! tensors and offers `log_prob`, `entropy`, `sample` (keyed by an `RngKey`), `mode`, and KL
//! where DreamerV3 needs it.
//!
//! Event axes: a categorical's classes (and the two-hot bins) are its last axis, consumed by
//! every method; everything else is elementwise over the batch axes. Like tfd without
//! `Independent`, nothing sums over further axes: DreamerV3's `Independent(.., 1)` is the
//! caller's `.sum(&[axis])` (e.g. over the 32 latents of the RSSM or the action dims).

pub mod bernoulli;
pub mod categorical;
pub mod normal;
pub mod two_hot;

pub use bernoulli::Bernoulli;
pub use categorical::Categorical;
pub use normal::Normal;
pub use two_hot::TwoHotSymlog;
