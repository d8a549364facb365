//! Lambda-returns and trajectory weights over an imagined trajectory (reference brief §4.3,
//! DreamerV3 v1 `VFunction.score` and `WorldModel.imagine`). Time is axis 0; every other
//! axis is a batch axis (`[H + 1, N]` for `N` imagined starts).
//!
//! | symbol | meaning | shape |
//! |--------|---------|-------|
//! | `r_t`  | reward of imagined state `t + 1` (`rewfn(traj)[1:]`) | `[H, ..]` |
//! | `v_t`  | value of state `t` (online critic's mean) | `[H + 1, ..]` |
//! | `c_t`  | continue flag of state `t` (`c_0 = 1 - is_terminal(start)`) | `[H + 1, ..]` |
//! | `g`    | discount `1 - 1 / horizon` | scalar |
//! | `l`    | `return_lambda` (0.95) | scalar |
//!
//! `interm_t = r_t + g c_{t+1} v_{t+1} (1 - l)`, `R_t = interm_t + g c_{t+1} l R_{t+1}`,
//! `R_H = v_H`; the result is `R_0 .. R_{H-1}` (`[H, ..]`). The weights are
//! `w_t = prod_{s <= t} (g c_s) / g` (`[H + 1, ..]`): the probability of still being in the
//! episode at `t`, discounted, with `w_0 = c_0`.
//!
//! Both recursions are short (H = 15) and elementwise, so they are unrolled
//! (`scan_unrolled`): XLA fuses the whole thing and the gradient needs no saved carries.
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::models::dreamer::behavior::{discount_from_horizon, lambda_returns, trajectory_weights};
//! use viper::DType;
//! let fb = FunctionBuilder::new("returns_demo");
//! let rewards = fb.input("rewards", DType::F32, &[15, 64]);
//! let values = fb.input("values", DType::F32, &[16, 64]);
//! let conts = fb.input("conts", DType::F32, &[16, 64]);
//! let discount = discount_from_horizon(333.0);
//! let returns = lambda_returns(&rewards, &values, &conts, discount, 0.95);
//! let weights = trajectory_weights(&conts, discount);
//! assert_eq!((returns.dims(), weights.dims()), (vec![15, 64], vec![16, 64]));
//! ```

use crate::graph::ops::control::scan_unrolled;
use crate::graph::Tensor;

/// The discount `1 - 1 / horizon` (DreamerV3's `horizon` 333 gives about 0.997).
pub fn discount_from_horizon(horizon: f64) -> f64 {
    1.0 - 1.0 / horizon
}

/// The continue flags of a trajectory: `first` (`[..]`, `1 - is_terminal` of the start
/// states) replaces entry 0 of `predicted` (`[H + 1, ..]`, the continue head's mode).
#[track_caller]
pub fn trajectory_conts(first: &Tensor, predicted: &Tensor) -> Tensor {
    let dims = predicted.dims();
    if dims.is_empty() || first.dims() != dims[1..] {
        return predicted.fail(
            "dreamer.trajectory_conts",
            format!(
                "needs first [..] and predicted [H + 1, ..] with equal batch axes, got {} and {}",
                first.ty(),
                predicted.ty()
            ),
        );
    }
    let rest = predicted.slice_axis(0, 1, dims[0]);
    Tensor::concatenate(&[&first.expand_dims(0), &rest], 0)
}

/// `w_t = prod_{s <= t} (discount c_s) / discount` for continue flags `conts [H + 1, ..]`.
#[track_caller]
pub fn trajectory_weights(conts: &Tensor, discount: f64) -> Tensor {
    let dims = conts.dims();
    if dims.is_empty() || dims[0] == 0 {
        return conts.fail(
            "dreamer.trajectory_weights",
            format!("needs continue flags [H + 1, ..], got {}", conts.ty()),
        );
    }
    let discounted = conts * discount;
    let start = conts.slice_axis(0, 0, 1).reshape(&dims[1..]).full_like(1.0);
    let scanned = scan_unrolled(
        dims[0],
        &[&start],
        &[&discounted],
        &[],
        false,
        &|carry, x, _| {
            let product = &carry[0] * &x[0];
            (vec![product.clone()], vec![product])
        },
    );
    &scanned.ys[0] / discount
}

/// The lambda-returns `R_0 .. R_{H-1}` (`[H, ..]`) of rewards `[H, ..]`, values `[H + 1, ..]`
/// and continue flags `[H + 1, ..]` (see the module doc).
#[track_caller]
pub fn lambda_returns(
    rewards: &Tensor,
    values: &Tensor,
    conts: &Tensor,
    discount: f64,
    lambda: f64,
) -> Tensor {
    let (r, v, c) = (rewards.dims(), values.dims(), conts.dims());
    if r.is_empty()
        || r[0] == 0
        || v != c
        || v.len() != r.len()
        || v[0] != r[0] + 1
        || v[1..] != r[1..]
    {
        return rewards.fail(
            "dreamer.lambda_returns",
            format!(
                "needs rewards [H, ..], values and conts [H + 1, ..] with H >= 1, got {}, {} and {}",
                rewards.ty(),
                values.ty(),
                conts.ty()
            ),
        );
    }
    let horizon = r[0];
    let next_discount = conts.slice_axis(0, 1, horizon + 1) * discount; // g c_{t+1}, [H, ..]
    let next_value = values.slice_axis(0, 1, horizon + 1); // v_{t+1}, [H, ..]
    let interm = rewards + &next_discount * &next_value * (1.0 - lambda);
    let last = values.slice_axis(0, horizon, horizon + 1).reshape(&v[1..]);
    let scanned = scan_unrolled(
        horizon,
        &[&last],
        &[&interm, &next_discount],
        &[],
        true,
        &|carry, x, _| {
            let ret = &x[0] + &x[1] * lambda * &carry[0];
            (vec![ret.clone()], vec![ret])
        },
    );
    scanned.ys[0].clone()
}
