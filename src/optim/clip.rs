//! Gradient clipping by the global norm (as `optax.clip_by_global_norm`): if the L2 norm of
//! all gradients together exceeds `max_norm`, every gradient is scaled by `max_norm / norm`.

use crate::dtype::DType;
use crate::graph::Tensor;

/// The L2 norm of all tensors together, as an f32 scalar (computed in f32).
#[track_caller]
pub fn global_norm(tensors: &[Tensor]) -> Option<Tensor> {
    let mut total: Option<Tensor> = None;
    for t in tensors {
        let s = t.convert(DType::F32).square().sum_all();
        total = Some(match total {
            None => s,
            Some(acc) => acc + s,
        });
    }
    total.map(|t| t.sqrt())
}

/// Scales `grads` so their global norm is at most `max_norm`, given that norm (see
/// [`global_norm`]). Gradients keep their dtypes.
#[track_caller]
pub fn clip_by_global_norm(grads: &[Tensor], norm: &Tensor, max_norm: f64) -> Vec<Tensor> {
    // select rather than min(1, max/norm): a zero norm gives max/0 = inf in the unused branch.
    let factor = norm
        .lt(&norm.scalar_like(max_norm))
        .select(&norm.scalar_like(1.0), &(norm.scalar_like(max_norm) / norm));
    grads
        .iter()
        .map(|g| g * factor.convert(g.dtype()))
        .collect()
}
