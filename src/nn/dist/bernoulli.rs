//! `Bernoulli` from logits `l` (DreamerV3's continue head), elementwise:
//!
//! | quantity | formula |
//! |----------|---------|
//! | probs    | `p = sigmoid(l)` |
//! | log_prob(x) | `x log p + (1 - x) log(1 - p) = -x softplus(-l) - (1 - x) softplus(l)` |
//! | entropy  | `softplus(l) - p l` |
//! | sample   | 1.0 with probability p, else 0.0 (no gradient) |
//! | mode     | 1.0 where `l > 0` (`p > 1/2`), else 0.0 |
//! | kl(q)    | `p (log p - log q) + (1 - p)(log(1 - p) - log(1 - q))` |
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::nn::dist::Bernoulli;
//! use viper::DType;
//! let fb = FunctionBuilder::new("bern_demo");
//! let logits = fb.input("logits", DType::F32, &[4, 16]);
//! assert_eq!(Bernoulli::new(&logits).entropy().dims(), vec![4, 16]);
//! ```

use crate::graph::ops::random::RngKey;
use crate::graph::Tensor;

/// A Bernoulli distribution over floats 0/1, elementwise.
#[derive(Clone, Debug)]
pub struct Bernoulli {
    pub logits: Tensor,
}

impl Bernoulli {
    pub fn new(logits: &Tensor) -> Self {
        Bernoulli {
            logits: logits.clone(),
        }
    }

    #[track_caller]
    pub fn probs(&self) -> Tensor {
        self.logits.sigmoid()
    }

    /// `log p`, computed stably.
    #[track_caller]
    fn log_p(&self) -> Tensor {
        -(-&self.logits).softplus()
    }

    /// `log(1 - p)`, computed stably.
    #[track_caller]
    fn log_not_p(&self) -> Tensor {
        -self.logits.softplus()
    }

    #[track_caller]
    pub fn log_prob(&self, x: &Tensor) -> Tensor {
        x * self.log_p() + (-x + 1.0) * self.log_not_p()
    }

    #[track_caller]
    pub fn entropy(&self) -> Tensor {
        self.logits.softplus() - self.probs() * &self.logits
    }

    #[track_caller]
    pub fn sample(&self, key: &RngKey) -> Tensor {
        let dims = self.logits.dims();
        key.bernoulli(&self.probs(), &dims)
            .convert(self.logits.dtype())
    }

    #[track_caller]
    pub fn mode(&self) -> Tensor {
        self.logits
            .gt(&self.logits.scalar_like(0.0))
            .convert(self.logits.dtype())
    }

    #[track_caller]
    pub fn kl(&self, other: &Bernoulli) -> Tensor {
        let p = self.probs();
        &p * (self.log_p() - other.log_p()) + (-&p + 1.0) * (self.log_not_p() - other.log_not_p())
    }
}
