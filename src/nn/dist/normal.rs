//! `Normal` with elementwise mean and standard deviation, and DreamerV3's bounded std
//! `std = (max - min) sigmoid(raw + 2) + min` (actor: min 0.1, max 1.0).
//!
//! | quantity | formula |
//! |----------|---------|
//! | log_prob(x) | `-((x - m) / s)^2 / 2 - log s - log(2 pi) / 2` |
//! | entropy  | `1/2 + log(2 pi) / 2 + log s` |
//! | sample   | `m + s eps`, `eps ~ N(0, 1)` (reparameterised: gradients reach m and s) |
//! | mode     | `m` |
//! | kl(q)    | `log(s_q / s) + (s^2 + (m - m_q)^2) / (2 s_q^2) - 1/2` |
//!
//! All elementwise: shapes are the (broadcast) shape of mean and std.
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::nn::dist::Normal;
//! use viper::DType;
//! let fb = FunctionBuilder::new("normal_demo");
//! let out = fb.input("out", DType::F32, &[4, 6]);
//! let (mean, raw) = (out.slice_axis(1, 0, 3).tanh(), out.slice_axis(1, 3, 6));
//! let dist = Normal::bounded(&mean, &raw, 0.1, 1.0);
//! assert_eq!(dist.entropy().dims(), vec![4, 3]);
//! ```

use crate::graph::ops::random::RngKey;
use crate::graph::shape::broadcast_shapes;
use crate::graph::Tensor;

const HALF_LOG_TAU: f64 = 0.918_938_533_204_672_8; // log(2 pi) / 2

/// A normal distribution, elementwise.
#[derive(Clone, Debug)]
pub struct Normal {
    pub mean: Tensor,
    pub std: Tensor,
}

impl Normal {
    pub fn new(mean: &Tensor, std: &Tensor) -> Self {
        Normal {
            mean: mean.clone(),
            std: std.clone(),
        }
    }

    /// Std squashed into `(min_std, max_std)` from an unbounded network output.
    #[track_caller]
    pub fn bounded(mean: &Tensor, raw_std: &Tensor, min_std: f64, max_std: f64) -> Self {
        let std = (raw_std + 2.0).sigmoid() * (max_std - min_std) + min_std;
        Normal::new(mean, &std)
    }

    #[track_caller]
    pub fn log_prob(&self, x: &Tensor) -> Tensor {
        let z = (x - &self.mean) / &self.std;
        z.square() * -0.5 - self.std.log() - HALF_LOG_TAU
    }

    #[track_caller]
    pub fn entropy(&self) -> Tensor {
        self.std.log() + (0.5 + HALF_LOG_TAU)
    }

    /// A reparameterised sample of the broadcast shape of mean and std.
    #[track_caller]
    pub fn sample(&self, key: &RngKey) -> Tensor {
        // Mismatched shapes fall through to the product below, which records the error.
        let dims = broadcast_shapes(&self.mean.dims(), &self.std.dims())
            .unwrap_or_else(|| self.mean.dims());
        let noise = key.normal(self.mean.dtype(), &dims);
        &self.mean + noise * &self.std
    }

    pub fn mode(&self) -> Tensor {
        self.mean.clone()
    }

    #[track_caller]
    pub fn kl(&self, other: &Normal) -> Tensor {
        let ratio = (&self.std / &other.std).square();
        let gap = ((&self.mean - &other.mean) / &other.std).square();
        (ratio + gap - 1.0) * 0.5 - (&self.std / &other.std).log()
    }
}
