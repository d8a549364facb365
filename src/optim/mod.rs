//! Optimizers traced into the train step: every function here takes traced tensors
//! (parameters, gradients, optimizer state) and returns traced tensors, so the update runs
//! inside the same compiled executable as the loss and its gradients.
//!
//! [`Optimizer`] chains the pieces in the reference's order (DreamerV3 `jaxutils.Optimizer`,
//! VQ-GAN `optax.adamw`): unscale (loss scaling) -> global-norm clip -> Adam(W) with a linear
//! warmup -> EMA of the new parameters; with loss scaling, a step with non-finite gradients
//! leaves parameters and state unchanged. The state is a flat list of named tensors
//! ([`Optimizer::state_specs`]) so a trainer can keep it on the device and a checkpoint can
//! store it by name:
//! - `optim/count` (i32): updates applied so far;
//! - `optim/loss_scale` (f32), `optim/loss_scale_good_steps` (i32): with loss scaling;
//! - `optim/mu/<param>`, `optim/nu/<param>` (f32): Adam's moments;
//! - `optim/ema/<param>` (the parameter's dtype): with an EMA.

pub mod adam;
pub mod clip;
pub mod ema;
pub mod loss_scale;
pub mod schedule;

pub use adam::Adam;
pub use loss_scale::LossScale;

use crate::dtype::DType;
use crate::graph::{Tensor, TensorType};
use crate::host::HostTensor;
use serde::{Deserialize, Serialize};

/// Misuse of the optimizer API (list lengths that do not match).
#[derive(Debug, thiserror::Error)]
pub enum OptimError {
    #[error("optimizer: expected {expected} {what}, got {got}")]
    Count {
        what: &'static str,
        expected: usize,
        got: usize,
    },
    #[error(
        "optimizer: initial value of `{name}`: parameter {param} is {got}, the state needs {want}"
    )]
    InitType {
        name: String,
        param: usize,
        got: TensorType,
        want: TensorType,
    },
}

/// The whole optimizer: Adam(W) plus the optional pieces, in the reference's order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Optimizer {
    pub adam: Adam,
    /// Clip gradients to this global L2 norm first.
    pub clip_global_norm: Option<f64>,
    /// Linear learning-rate warmup from 0 over this many steps (0: none).
    pub warmup_steps: u64,
    /// Keep an exponential moving average of the parameters with this decay (0 at the first
    /// update, as the reference).
    pub ema_decay: Option<f64>,
    /// Dynamic loss scaling (for f16 models).
    pub loss_scale: Option<LossScale>,
}

/// How a state tensor starts.
#[derive(Clone, Debug, PartialEq)]
pub enum StateInit {
    /// Every element this value.
    Fill(f64),
    /// A copy of parameter `k` (the EMA starts at the initial parameters).
    CopyOfParam(usize),
}

/// One optimizer state tensor: its name, type and initial value.
#[derive(Clone, Debug, PartialEq)]
pub struct StateSpec {
    pub name: String,
    pub ty: TensorType,
    pub init: StateInit,
}

/// The traced result of one optimizer step.
pub struct Applied {
    pub params: Vec<Tensor>,
    pub state: Vec<Tensor>,
    /// f32 scalars: `optim/grad_norm` (before clipping), `optim/learning_rate`, and with loss
    /// scaling `optim/loss_scale` (the scale used this step) and `optim/skipped` (1 when the
    /// gradients were not finite).
    pub metrics: Vec<(String, Tensor)>,
}

/// Where each piece of state sits in the flat list.
struct Layout {
    n: usize,
    scaled: bool,
}

impl Layout {
    fn first_moment(&self) -> usize {
        if self.scaled {
            3
        } else {
            1
        }
    }
    fn mu(&self, k: usize) -> usize {
        self.first_moment() + k
    }
    fn nu(&self, k: usize) -> usize {
        self.first_moment() + self.n + k
    }
    fn ema(&self, k: usize) -> usize {
        self.first_moment() + 2 * self.n + k
    }
}

impl Optimizer {
    /// Plain Adam(W) (see [`Adam`]), nothing else.
    pub fn new(adam: Adam) -> Self {
        Optimizer {
            adam,
            clip_global_norm: None,
            warmup_steps: 0,
            ema_decay: None,
            loss_scale: None,
        }
    }

    fn layout(&self, n: usize) -> Layout {
        Layout {
            n,
            scaled: self.loss_scale.is_some(),
        }
    }

    /// The state tensors for parameters `params` (name, type), in the flat order.
    pub fn state_specs(&self, params: &[(String, TensorType)]) -> Vec<StateSpec> {
        let scalar = |name: &str, dtype, init| StateSpec {
            name: name.to_string(),
            ty: TensorType::new(dtype, &[]),
            init: StateInit::Fill(init),
        };
        let mut specs = vec![scalar("optim/count", DType::I32, 0.0)];
        if let Some(ls) = &self.loss_scale {
            specs.push(scalar("optim/loss_scale", DType::F32, ls.initial_scale));
            specs.push(scalar("optim/loss_scale_good_steps", DType::I32, 0.0));
        }
        for moment in ["mu", "nu"] {
            for (name, ty) in params {
                specs.push(StateSpec {
                    name: format!("optim/{moment}/{name}"),
                    ty: TensorType::new(DType::F32, ty.dims()),
                    init: StateInit::Fill(0.0),
                });
            }
        }
        if self.ema_decay.is_some() {
            for (k, (name, ty)) in params.iter().enumerate() {
                specs.push(StateSpec {
                    name: format!("optim/ema/{name}"),
                    ty: ty.clone(),
                    init: StateInit::CopyOfParam(k),
                });
            }
        }
        specs
    }

    /// The initial state on the host, given the initial parameters.
    pub fn init_state(
        specs: &[StateSpec],
        params: &[HostTensor],
    ) -> Result<Vec<HostTensor>, OptimError> {
        specs
            .iter()
            .map(|spec| match spec.init {
                StateInit::Fill(v) => Ok(filled(&spec.ty, v)),
                StateInit::CopyOfParam(k) => {
                    let p = params.get(k).ok_or(OptimError::Count {
                        what: "initial parameters",
                        expected: k + 1,
                        got: params.len(),
                    })?;
                    let got = TensorType::new(p.dtype(), p.dims());
                    if got != spec.ty {
                        return Err(OptimError::InitType {
                            name: spec.name.clone(),
                            param: k,
                            got,
                            want: spec.ty.clone(),
                        });
                    }
                    Ok(p.clone())
                }
            })
            .collect()
    }

    /// The loss to differentiate: multiplied by the current loss scale when scaling is on.
    #[track_caller]
    pub fn scale_loss(&self, loss: &Tensor, state: &[Tensor]) -> Tensor {
        match (&self.loss_scale, state.get(1)) {
            (Some(_), Some(scale)) => loss * scale.convert(loss.dtype()),
            _ => loss.clone(),
        }
    }

    /// One update: `grads` are the gradients of [`Optimizer::scale_loss`]'s result.
    #[track_caller]
    pub fn apply(
        &self,
        params: &[Tensor],
        grads: &[Tensor],
        state: &[Tensor],
    ) -> Result<Applied, OptimError> {
        let n = params.len();
        let count_of = |what, expected, got| {
            if expected == got {
                Ok(())
            } else {
                Err(OptimError::Count {
                    what,
                    expected,
                    got,
                })
            }
        };
        count_of("gradients", n, grads.len())?;
        let layout = self.layout(n);
        let expected_state = layout.first_moment() + 2 * n + self.ema_decay.map_or(0, |_| n);
        count_of("state tensors", expected_state, state.len())?;
        let count = &state[0];
        let mut metrics = Vec::new();

        let mut grads: Vec<Tensor> = grads.to_vec();
        let mut finite = None;
        if self.loss_scale.is_some() {
            let scale = &state[1];
            grads = grads
                .iter()
                .map(|g| g.convert(DType::F32) / scale)
                .collect();
            finite = loss_scale::all_finite(&grads);
            metrics.push(("optim/loss_scale".to_string(), scale.clone()));
        }
        let norm =
            clip::global_norm(&grads).unwrap_or_else(|| count.constant_like(0.0, DType::F32, &[]));
        metrics.push(("optim/grad_norm".to_string(), norm.clone()));
        if let Some(max_norm) = self.clip_global_norm {
            grads = clip::clip_by_global_norm(&grads, &norm, max_norm);
        }
        let lr = schedule::linear_warmup(count, self.adam.learning_rate, self.warmup_steps);
        metrics.push(("optim/learning_rate".to_string(), lr.clone()));
        let new_count = count + count.scalar_like(1.0);
        let t = new_count.convert(DType::F32);

        let mut new_params = Vec::with_capacity(n);
        let mut new_state: Vec<Tensor> = state.to_vec();
        new_state[0] = new_count;
        for k in 0..n {
            let (mu, nu) = (&state[layout.mu(k)], &state[layout.nu(k)]);
            let (p, mu, nu) = self.adam.step(&params[k], &grads[k], mu, nu, &t, &lr);
            if let Some(decay) = self.ema_decay {
                new_state[layout.ema(k)] = ema::ema_update(&state[layout.ema(k)], &p, decay, count);
            }
            new_state[layout.mu(k)] = mu;
            new_state[layout.nu(k)] = nu;
            new_params.push(p);
        }

        if let (Some(ls), Some(finite)) = (&self.loss_scale, finite) {
            // Skip a non-finite step: keep every parameter and state tensor as it was.
            let keep = |new: &Tensor, old: &Tensor| finite.select(new, old);
            new_params = new_params
                .iter()
                .zip(params)
                .map(|(a, b)| keep(a, b))
                .collect();
            new_state = new_state
                .iter()
                .zip(state)
                .map(|(a, b)| keep(a, b))
                .collect();
            let (scale, good) = ls.next(&finite, &state[1], &state[2]);
            new_state[1] = scale;
            new_state[2] = good;
            let skipped = finite.not().convert(DType::F32);
            metrics.push(("optim/skipped".to_string(), skipped));
        }
        Ok(Applied {
            params: new_params,
            state: new_state,
            metrics,
        })
    }
}

/// A host tensor of type `ty` with every element `value` (converted as `as` casts do).
fn filled(ty: &TensorType, value: f64) -> HostTensor {
    fn of<T: crate::Element>(dims: &[usize], v: T) -> HostTensor {
        let n: usize = dims.iter().product();
        HostTensor::from_slice(dims, &vec![v; n])
            .expect("internal error: length is the product of the dims")
    }
    let dims = ty.dims();
    match ty.dtype {
        DType::Bool => of(dims, value != 0.0),
        DType::U8 => of(dims, value as u8),
        DType::I32 => of(dims, value as i32),
        DType::I64 => of(dims, value as i64),
        DType::U32 => of(dims, value as u32),
        DType::U64 => of(dims, value as u64),
        DType::F16 => of(dims, half::f16::from_f64(value)),
        DType::BF16 => of(dims, half::bf16::from_f64(value)),
        DType::F32 => of(dims, value as f32),
        DType::F64 => of(dims, value),
    }
}
