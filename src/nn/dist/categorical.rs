//! `Categorical` over the last axis, with DreamerV3's unimix and straight-through samples.
//!
//! | quantity | formula | shape |
//! |----------|---------|-------|
//! | probs    | `(1 - u) softmax(logits) + u / K` (u = unimix, 0.01 in DreamerV3) | `[.., K]` |
//! | log_prob(onehot) | `sum_k onehot_k log probs_k` | `[..]` |
//! | entropy  | `-sum_k probs_k log probs_k` | `[..]` |
//! | sample   | `onehot(k ~ probs) + probs - sg(probs)` (straight-through: the value is the one-hot, the gradient that of probs) | `[.., K]` |
//! | mode     | `onehot(argmax probs)` (no gradient) | `[.., K]` |
//! | kl(q)    | `sum_k p_k (log p_k - log q_k)` | `[..]` |
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::nn::dist::Categorical;
//! use viper::DType;
//! let fb = FunctionBuilder::new("cat_demo");
//! let logits = fb.input("logits", DType::F32, &[4, 32, 32]);
//! let dist = Categorical::with_unimix(&logits, 0.01);
//! assert_eq!(dist.entropy().dims(), vec![4, 32]);
//! ```

use crate::graph::ops::random::RngKey;
use crate::graph::Tensor;

/// A categorical distribution over the last axis.
#[derive(Clone, Debug)]
pub struct Categorical {
    log_probs: Tensor,
}

impl Categorical {
    /// `softmax(logits)` over the last axis.
    #[track_caller]
    pub fn from_logits(logits: &Tensor) -> Self {
        Categorical {
            log_probs: logits.log_softmax(logits.rank().saturating_sub(1)),
        }
    }

    /// The mixture `(1 - unimix) softmax(logits) + unimix / K` (`unimix` in `[0, 1]`).
    #[track_caller]
    pub fn with_unimix(logits: &Tensor, unimix: f64) -> Self {
        if unimix == 0.0 {
            return Categorical::from_logits(logits);
        }
        let axis = logits.rank().saturating_sub(1);
        let classes = logits.dims().last().copied().unwrap_or(1);
        let probs = logits.softmax(axis) * (1.0 - unimix) + unimix / classes as f64;
        Categorical {
            log_probs: probs.log(),
        }
    }

    fn axis(&self) -> usize {
        self.log_probs.rank().saturating_sub(1)
    }

    pub fn classes(&self) -> usize {
        self.log_probs.dims().last().copied().unwrap_or(1)
    }

    /// Normalised log-probabilities `[.., K]`.
    pub fn log_probs(&self) -> &Tensor {
        &self.log_probs
    }

    /// Probabilities `[.., K]`.
    #[track_caller]
    pub fn probs(&self) -> Tensor {
        self.log_probs.exp()
    }

    /// Log-probability of a one-hot (or soft) value `[.., K]`.
    #[track_caller]
    pub fn log_prob(&self, one_hot: &Tensor) -> Tensor {
        (one_hot * &self.log_probs).sum(&[self.axis()])
    }

    /// Log-probability of integer class indices `[..]`.
    #[track_caller]
    pub fn log_prob_index(&self, index: &Tensor) -> Tensor {
        self.log_prob(&index.one_hot(self.classes(), self.log_probs.dtype()))
    }

    #[track_caller]
    pub fn entropy(&self) -> Tensor {
        -(self.probs() * &self.log_probs).sum(&[self.axis()])
    }

    /// Class indices (i32) `[..]` drawn with `key`.
    #[track_caller]
    pub fn sample_index(&self, key: &RngKey) -> Tensor {
        key.categorical(&self.log_probs, self.axis())
    }

    /// A one-hot sample `[.., K]` with the straight-through gradient of the probabilities.
    #[track_caller]
    pub fn sample(&self, key: &RngKey) -> Tensor {
        let one_hot = self
            .sample_index(key)
            .one_hot(self.classes(), self.log_probs.dtype());
        let probs = self.probs();
        one_hot + &probs - probs.stop_gradient()
    }

    /// The most likely class as a one-hot `[.., K]` (no gradient).
    #[track_caller]
    pub fn mode(&self) -> Tensor {
        self.log_probs
            .argmax(self.axis())
            .one_hot(self.classes(), self.log_probs.dtype())
    }

    /// `KL(self || other)` `[..]`.
    #[track_caller]
    pub fn kl(&self, other: &Categorical) -> Tensor {
        (self.probs() * (&self.log_probs - &other.log_probs)).sum(&[self.axis()])
    }
}
