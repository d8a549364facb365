//! Activation functions by name (`Activation`, for configs) and the few not already on
//! `Tensor` (silu, gelu, softplus, relu, tanh and sigmoid are composites there):
//!
//! | name        | formula |
//! |-------------|---------|
//! | silu        | `x sigmoid(x)` |
//! | gelu        | `x/2 (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))` (tanh approximation) |
//! | gelu_quick  | `x sigmoid(1.702 x)` (the reference VideoGPT's `gelu2`) |
//! | leaky_relu  | `x` if `x >= 0` else `slope x` (flax default slope 0.01) |
//! | softplus    | `log(1 + e^x)` |
//! | symlog      | `sign(x) log(1 + |x|)` (DreamerV3) |
//! | symexp      | `sign(x) (e^|x| - 1)`, the inverse of symlog |
//!
//! All are elementwise: the output has the input's shape.

use crate::graph::Tensor;

/// `x` where `x >= 0`, `slope * x` elsewhere.
#[track_caller]
pub fn leaky_relu(x: &Tensor, slope: f64) -> Tensor {
    x.ge(&x.scalar_like(0.0)).select(x, &(x * slope))
}

/// `x * sigmoid(1.702 x)`.
#[track_caller]
pub fn gelu_quick(x: &Tensor) -> Tensor {
    x * (x * 1.702).sigmoid()
}

/// `sign(x) * log(1 + |x|)`.
#[track_caller]
pub fn symlog(x: &Tensor) -> Tensor {
    x.sign() * x.abs().log1p()
}

/// `sign(x) * (exp(|x|) - 1)`.
#[track_caller]
pub fn symexp(x: &Tensor) -> Tensor {
    x.sign() * x.abs().expm1()
}

/// An activation chosen by configuration.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Activation {
    Identity,
    Relu,
    Silu,
    Gelu,
    GeluQuick,
    LeakyRelu { slope: f64 },
    Softplus,
    Tanh,
    Sigmoid,
}

impl Activation {
    #[track_caller]
    pub fn apply(self, x: &Tensor) -> Tensor {
        match self {
            Activation::Identity => x.clone(),
            Activation::Relu => x.relu(),
            Activation::Silu => x.silu(),
            Activation::Gelu => x.gelu(),
            Activation::GeluQuick => gelu_quick(x),
            Activation::LeakyRelu { slope } => leaky_relu(x, slope),
            Activation::Softplus => x.softplus(),
            Activation::Tanh => x.tanh(),
            Activation::Sigmoid => x.sigmoid(),
        }
    }
}
