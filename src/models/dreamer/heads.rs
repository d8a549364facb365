//! The world model's prediction heads on the latent features (reference brief §4.2, §3.4):
//! an `Mlp` (`layers` x `units`, LayerNorm, SiLU) then an output layer.
//!
//! | head | output layer | distribution | loss of a target |
//! |------|--------------|--------------|------------------|
//! | reward, density | 255 logits, outscale 0 (zero init) | `TwoHotSymlog` over [-20, 20] | `-log_prob(target)` |
//! | cont | 1 logit, outscale 1 | `Bernoulli` (target `1 - is_terminal`) | `-log_prob(target)` |
//!
//! Parameters: `<scope>/hidden{i}/..` and `<scope>/out/{kernel,bias}`.

use super::config::DreamerConfig;
use super::layers::{Mlp, OutputDense};
use crate::graph::Tensor;
use crate::nn::dist::{Bernoulli, TwoHotSymlog};
use crate::nn::Scope;
use crate::DType;

/// Bins of the two-hot symlog heads.
pub const TWO_HOT_BINS: usize = 255;

/// An MLP with a distribution's output layer.
#[derive(Clone, Debug, PartialEq)]
pub struct MlpHead {
    pub mlp: Mlp,
    pub outputs: usize,
    pub outscale: f64,
}

impl MlpHead {
    /// `outputs` logits after `config.layers` hidden layers of `config.units`.
    pub fn new(config: &DreamerConfig, in_features: usize, outputs: usize, outscale: f64) -> Self {
        MlpHead {
            mlp: Mlp::new(in_features, config.layers, config.units, DType::F32),
            outputs,
            outscale,
        }
    }

    /// A two-hot symlog head (reward, density, critic): 255 bins, zero-initialised output.
    pub fn two_hot(config: &DreamerConfig, in_features: usize) -> Self {
        MlpHead::new(config, in_features, TWO_HOT_BINS, 0.0)
    }

    /// The continue head: one Bernoulli logit, outscale 1.
    pub fn cont(config: &DreamerConfig, in_features: usize) -> Self {
        MlpHead::new(config, in_features, 1, 1.0)
    }

    pub fn param_dtype(mut self, dtype: DType) -> Self {
        self.mlp.param_dtype = dtype;
        self
    }

    /// `x [.., in] -> logits [.., outputs]`.
    #[track_caller]
    pub fn logits(&self, scope: &Scope, x: &Tensor) -> Tensor {
        let h = self.mlp.forward(scope, x);
        OutputDense::new(
            self.mlp.out_features(),
            self.outputs,
            self.outscale,
            self.mlp.param_dtype,
        )
        .forward(&scope.child("out"), &h)
    }

    /// The two-hot distribution `[..]` of a 255-bin head.
    #[track_caller]
    pub fn two_hot_dist(&self, scope: &Scope, x: &Tensor) -> TwoHotSymlog {
        TwoHotSymlog::new(&self.logits(scope, x))
    }

    /// The Bernoulli `[..]` of a one-logit head.
    #[track_caller]
    pub fn bernoulli(&self, scope: &Scope, x: &Tensor) -> Bernoulli {
        let logits = self.logits(scope, x);
        Bernoulli::new(&logits.squeeze(logits.rank() - 1))
    }
}
