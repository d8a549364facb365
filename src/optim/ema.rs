//! Parameter exponential moving average: `ema' = decay * ema + (1 - decay) * param`, computed
//! in f32 and stored in the parameter's dtype. Evaluation and sampling often use the average
//! rather than the raw parameters.
//!
//! As the reference (`train_videogpt.py`: decay 0 at step 0), the first update copies the
//! updated parameters, so the average never carries the random initialisation.

use crate::dtype::DType;
use crate::graph::Tensor;

/// One EMA step of `ema` towards the (updated) `param`; `count` is the number of updates
/// applied before this one (integer scalar): at 0 the decay is 0.
#[track_caller]
pub fn ema_update(ema: &Tensor, param: &Tensor, decay: f64, count: &Tensor) -> Tensor {
    let first = count.eq(&count.scalar_like(0.0));
    let decay = first.select(
        &first.constant_like(0.0, DType::F32, &[]),
        &first.constant_like(decay, DType::F32, &[]),
    );
    let keep = 1.0 - &decay;
    let mixed = ema.convert(DType::F32) * &decay + param.convert(DType::F32) * keep;
    mixed.convert(ema.dtype())
}
