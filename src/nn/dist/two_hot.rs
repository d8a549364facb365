//! `TwoHotSymlog`: DreamerV3's discrete regression (`symlog_disc`). A categorical over `N`
//! bins at `linspace(low, high, N)` in symlog space (DreamerV3: 255 bins over [-20, 20]);
//! a real target is encoded as the two-hot vector on the two bins around `symlog(target)`,
//! weighted by proximity, and the loss is the cross-entropy with the predicted bins.
//!
//! | quantity | formula | shape |
//! |----------|---------|-------|
//! | bins     | `b_i = low + i (high - low) / (N - 1)` | `[N]` |
//! | encode(x) | `w_i = max(0, 1 - |clamp(pos, 0, N - 1) - i|)`, `pos = (symlog(x) - low) / step` | `[.., N]` |
//! | decode(w) | `symexp(sum_i w_i b_i)` | `[..]` |
//! | log_prob(x) | `sum_i encode(x)_i log softmax(logits)_i` (target without gradient) | `[..]` |
//! | mean = mode | `decode(softmax(logits))` | `[..]` |
//! | entropy  | of the bin distribution | `[..]` |
//! | sample   | `symexp(b_k)`, `k ~ softmax(logits)` | `[..]` |
//!
//! The triangle form of `encode` equals DreamerV3's (count the bins below and above, weight
//! by distance) for targets inside the range, and puts all weight on the edge bin outside.
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::nn::dist::TwoHotSymlog;
//! use viper::DType;
//! let fb = FunctionBuilder::new("twohot_demo");
//! let logits = fb.input("logits", DType::F32, &[8, 255]);
//! let target = fb.input("reward", DType::F32, &[8]);
//! let loss = -TwoHotSymlog::new(&logits).log_prob(&target).mean_all();
//! assert_eq!(loss.dims(), Vec::<usize>::new());
//! ```

use crate::graph::ops::random::RngKey;
use crate::graph::{Op, Tensor, TensorType};
use crate::nn::activations::{symexp, symlog};

/// DreamerV3's default bin range in symlog space.
pub const DEFAULT_LOW: f64 = -20.0;
pub const DEFAULT_HIGH: f64 = 20.0;

/// A two-hot symlog distribution over the last axis of `logits` (`N` = its size).
#[derive(Clone, Debug)]
pub struct TwoHotSymlog {
    pub logits: Tensor,
    pub low: f64,
    pub high: f64,
}

impl TwoHotSymlog {
    /// Bins over [-20, 20] in symlog space.
    pub fn new(logits: &Tensor) -> Self {
        TwoHotSymlog::with_range(logits, DEFAULT_LOW, DEFAULT_HIGH)
    }

    pub fn with_range(logits: &Tensor, low: f64, high: f64) -> Self {
        TwoHotSymlog {
            logits: logits.clone(),
            low,
            high,
        }
    }

    fn axis(&self) -> usize {
        self.logits.rank().saturating_sub(1)
    }

    pub fn bin_count(&self) -> usize {
        self.logits.dims().last().copied().unwrap_or(1)
    }

    fn step(&self) -> f64 {
        (self.high - self.low) / (self.bin_count().max(2) - 1) as f64
    }

    /// `0, 1, .., N-1` as floats of the logits' dtype.
    #[track_caller]
    fn bin_indices(&self) -> Tensor {
        self.logits.apply_source(Op::Iota {
            axis: 0,
            ty: TensorType::new(self.logits.dtype(), &[self.bin_count()]),
        })
    }

    /// Bin positions `[N]` in symlog space, in the logits' dtype.
    #[track_caller]
    pub fn bins(&self) -> Tensor {
        self.bin_indices() * self.step() + self.low
    }

    /// Two-hot weights `[.., N]` of real targets `x [..]` (no gradient to `x`).
    #[track_caller]
    pub fn encode(&self, x: &Tensor) -> Tensor {
        let n = self.bin_count();
        let position = ((symlog(&x.stop_gradient()) - self.low) / self.step())
            .clamp(0.0, (n - 1) as f64)
            .expand_dims(x.rank()); // (.., 1)
        (-(position - self.bin_indices()).abs() + 1.0).relu()
    }

    /// `symexp(sum_i w_i b_i)` of bin weights `w [.., N]`.
    #[track_caller]
    pub fn decode(&self, weights: &Tensor) -> Tensor {
        symexp(&(weights * self.bins()).sum(&[weights.rank().saturating_sub(1)]))
    }

    #[track_caller]
    pub fn log_prob(&self, x: &Tensor) -> Tensor {
        (self.encode(x) * self.logits.log_softmax(self.axis())).sum(&[self.axis()])
    }

    /// The expected value in symlog space, mapped back: `decode(softmax(logits))`.
    #[track_caller]
    pub fn mean(&self) -> Tensor {
        self.decode(&self.logits.softmax(self.axis()))
    }

    /// The same as `mean` (DreamerV3's `mode` of `DiscDist`).
    #[track_caller]
    pub fn mode(&self) -> Tensor {
        self.mean()
    }

    #[track_caller]
    pub fn entropy(&self) -> Tensor {
        let log_probs = self.logits.log_softmax(self.axis());
        -(log_probs.exp() * log_probs).sum(&[self.axis()])
    }

    /// `symexp` of a bin drawn from `softmax(logits)`.
    #[track_caller]
    pub fn sample(&self, key: &RngKey) -> Tensor {
        let k = key.categorical(&self.logits, self.axis());
        let one_hot = k.one_hot(self.bin_count(), self.logits.dtype());
        self.decode(&one_hot)
    }
}
