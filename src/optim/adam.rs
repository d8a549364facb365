//! Adam and AdamW (Kingma & Ba 2015; Loshchilov & Hutter 2019, weight decay decoupled as in
//! `optax.adamw`) as traced functions of one parameter, its gradient and its two moments.
//!
//! For step `t >= 1` with gradient `g`:
//! `mu = b1 mu + (1 - b1) g`, `nu = b2 nu + (1 - b2) g^2`,
//! `p' = p - lr * (mu / (1 - b1^t) / (sqrt(nu / (1 - b2^t)) + eps) + weight_decay * p)`.
//! Moments are f32 whatever the parameter's dtype (f16 moments underflow); the update is
//! computed in f32 and rounded to the parameter's dtype once.

use crate::dtype::DType;
use crate::graph::Tensor;
use serde::{Deserialize, Serialize};

/// Adam hyper-parameters; `weight_decay > 0` makes it AdamW (decay decoupled from the
/// gradient statistics and scaled by the learning rate, as `optax.adamw`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adam {
    pub learning_rate: f64,
    pub b1: f64,
    pub b2: f64,
    pub eps: f64,
    pub weight_decay: f64,
}

impl Adam {
    /// Adam with the usual defaults (b1 0.9, b2 0.999, eps 1e-8), no weight decay.
    pub fn new(learning_rate: f64) -> Self {
        Adam {
            learning_rate,
            b1: 0.9,
            b2: 0.999,
            eps: 1e-8,
            weight_decay: 0.0,
        }
    }

    /// AdamW with optax's default weight decay 1e-4 (the reference's VQ-GAN/VideoGPT setting).
    pub fn adamw(learning_rate: f64) -> Self {
        Adam {
            weight_decay: 1e-4,
            ..Adam::new(learning_rate)
        }
    }

    /// One step for one parameter. `t` is this step's number (1 for the first step) and `lr`
    /// the learning rate, both f32 scalars. Returns `(param', mu', nu')`.
    #[track_caller]
    pub fn step(
        &self,
        param: &Tensor,
        grad: &Tensor,
        mu: &Tensor,
        nu: &Tensor,
        t: &Tensor,
        lr: &Tensor,
    ) -> (Tensor, Tensor, Tensor) {
        let g = grad.convert(DType::F32);
        let p = param.convert(DType::F32);
        let mu = mu * self.b1 + &g * (1.0 - self.b1);
        let nu = nu * self.b2 + g.square() * (1.0 - self.b2);
        let correction1 = 1.0 - t.scalar_like(self.b1).pow(t);
        let correction2 = 1.0 - t.scalar_like(self.b2).pow(t);
        let mu_hat = &mu / correction1;
        let nu_hat = &nu / correction2;
        let mut update = mu_hat / (nu_hat.sqrt() + self.eps);
        if self.weight_decay != 0.0 {
            update = update + &p * self.weight_decay;
        }
        let p = p - update * lr;
        (p.convert(param.dtype()), mu, nu)
    }
}
