//! Keyed dropout: `y = x * keep / (1 - rate)` with `keep ~ Bernoulli(1 - rate)` drawn from an
//! `RngKey` (inverted dropout, as flax: the expectation of `y` is `x`). With `rate = 0` or in
//! evaluation (`dropout_eval`) it is the identity. Shapes: `y` has `x`'s shape.
//!
//! ```
//! use viper::graph::{ops::random::RngKey, FunctionBuilder};
//! use viper::nn::dropout;
//! use viper::DType;
//! let fb = FunctionBuilder::new("dropout_demo");
//! let x = fb.input("x", DType::F32, &[4, 8]);
//! let key = RngKey::new(&fb.input("key", DType::U32, &[2]));
//! assert_eq!(dropout(&x, 0.1, &key).dims(), vec![4, 8]);
//! ```

use crate::graph::ops::random::RngKey;
use crate::graph::Tensor;

/// Inverted dropout of `x` at `rate` in `[0, 1)`, randomness from `key`.
#[track_caller]
pub fn dropout(x: &Tensor, rate: f64, key: &RngKey) -> Tensor {
    if !(0.0..1.0).contains(&rate) || !x.dtype().is_float() {
        return x.fail(
            "nn.dropout",
            format!(
                "expects a rate in [0, 1) and a float input, got {rate} and {}",
                x.ty()
            ),
        );
    }
    if rate == 0.0 {
        return x.clone();
    }
    let keep = key.bernoulli(&x.scalar_like(1.0 - rate), &x.dims());
    keep.select(&(x / (1.0 - rate)), &x.zeros_like())
}
