//! Learning-rate schedules, traced as functions of the step count. The reference uses a
//! linear warmup from 0 to the peak over `warmup_steps`, then a constant (its config's other
//! schedule keys are ignored), evaluated like `optax.linear_schedule` on the count of steps
//! already taken: the very first step has learning rate 0.

use crate::dtype::DType;
use crate::graph::Tensor;

/// `peak * min(count, warmup) / warmup` as an f32 scalar (`peak` when `warmup_steps` is 0);
/// `count` is the number of updates applied so far (an integer scalar).
#[track_caller]
pub fn linear_warmup(count: &Tensor, peak: f64, warmup_steps: u64) -> Tensor {
    let count = count.convert(DType::F32);
    if warmup_steps == 0 {
        return count.scalar_like(peak);
    }
    let w = warmup_steps as f64;
    count.minimum(&count.scalar_like(w)) * (peak / w)
}
