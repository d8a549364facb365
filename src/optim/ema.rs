//! Parameter exponential moving average: `ema' = decay * ema + (1 - decay) * param`, computed
//! in f32 and stored in the parameter's dtype. Evaluation and sampling often use the average
//! rather than the raw parameters.

use crate::dtype::DType;
use crate::graph::Tensor;

/// One EMA step of `ema` towards the (updated) `param`.
#[track_caller]
pub fn ema_update(ema: &Tensor, param: &Tensor, decay: f64) -> Tensor {
    let mixed = ema.convert(DType::F32) * decay + param.convert(DType::F32) * (1.0 - decay);
    mixed.convert(ema.dtype())
}
