//! The percentile return normaliser (DreamerV3 v1 `Moments` with `impl: perc_ema`, reference
//! brief §4.3), one per critic. Its state is two f32 scalars carried between train steps as
//! tensors (inputs in, updated outputs out), named `<prefix>/low` and `<prefix>/high` for
//! checkpoints, both starting at 0:
//!
//! `low <- decay low + (1 - decay) P_lo(R)`, `high <- decay high + (1 - decay) P_hi(R)`
//! (no debiasing), then `offset = low`, `invscale = max(1 / max, high - low)` from the
//! *updated* state, both without gradient. With DreamerV3's `decay 0.99, max 1, perclo 5,
//! perchi 95` the scale is `max(1, P95 - P5)`: returns are shrunk when they spread more than
//! one unit, never enlarged.
//!
//! Percentiles are taken over every element of `R` in-graph with `Tensor::quantile_all`:
//! numpy's default "linear" definition (`np.percentile(x, p)`), i.e. for the sorted values
//! `x_(0) <= .. <= x_(n-1)` and `pos = p / 100 (n - 1)`,
//! `P_p = x_(floor pos) + (pos - floor pos) (x_(floor pos + 1) - x_(floor pos))`.

use crate::dtype::DType;
use crate::graph::{Tensor, TensorType};
use crate::models::dreamer::config::RetNormConfig;
use crate::optim::{StateInit, StateSpec};

/// The carried state of one normaliser: f32 scalars.
#[derive(Clone, Debug)]
pub struct NormalizerState {
    pub low: Tensor,
    pub high: Tensor,
}

/// One update's result: the new state and the statistics to normalise with.
#[derive(Clone, Debug)]
pub struct Normalized {
    pub state: NormalizerState,
    /// `low` after the update, in the returns' dtype, without gradient.
    pub offset: Tensor,
    /// `max(1 / max, high - low)` after the update, in the returns' dtype, without gradient.
    pub invscale: Tensor,
}

/// A percentile return normaliser (configuration only; the state is passed in and out).
#[derive(Clone, Debug, PartialEq)]
pub struct ReturnNormalizer {
    pub config: RetNormConfig,
}

impl ReturnNormalizer {
    pub fn new(config: &RetNormConfig) -> Self {
        ReturnNormalizer {
            config: config.clone(),
        }
    }

    /// The state tensors `<prefix>/low`, `<prefix>/high` (f32 scalars, initially 0), in the
    /// order `NormalizerState::from_tensors` expects.
    pub fn state_specs(prefix: &str) -> Vec<StateSpec> {
        ["low", "high"]
            .iter()
            .map(|part| StateSpec {
                name: format!("{prefix}/{part}"),
                ty: TensorType::new(DType::F32, &[]),
                init: StateInit::Fill(0.0),
            })
            .collect()
    }

    /// Updates the state with the returns `R` (any shape; gradients stopped) and returns the
    /// statistics of the updated state.
    #[track_caller]
    pub fn update(&self, state: &NormalizerState, returns: &Tensor) -> Normalized {
        let c = &self.config;
        let dtype = returns.dtype();
        let returns = returns.stop_gradient().convert(DType::F32);
        let low_now = returns.quantile_all(c.perclo / 100.0);
        let high_now = returns.quantile_all(c.perchi / 100.0);
        let state = NormalizerState {
            low: &state.low * c.decay + low_now * (1.0 - c.decay),
            high: &state.high * c.decay + high_now * (1.0 - c.decay),
        };
        let (offset, invscale) = self.stats(&state);
        Normalized {
            offset: offset.convert(dtype),
            invscale: invscale.convert(dtype),
            state,
        }
    }

    /// `(offset, invscale)` of a state, f32 scalars without gradient.
    #[track_caller]
    pub fn stats(&self, state: &NormalizerState) -> (Tensor, Tensor) {
        let span = &state.high - &state.low;
        let floor = span.scalar_like(1.0 / self.config.max);
        (
            state.low.stop_gradient(),
            span.maximum(&floor).stop_gradient(),
        )
    }
}
