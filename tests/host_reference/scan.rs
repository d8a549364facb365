//! Reference cumulative sums along one axis (forward and reversed).

use super::array::{indices, Array};

/// `out[.., i, ..] = sum_{j <= i} x[.., j, ..]` (or `j >= i` when `reverse`).
pub fn cumsum(x: &Array, axis: usize, reverse: bool) -> Array {
    let mut out = Array::zeros(&x.dims);
    let len = x.dims[axis];
    let mut outer_dims = x.dims.clone();
    outer_dims[axis] = 1;
    for base in indices(&outer_dims) {
        let mut acc = 0.0;
        let mut index = base.clone();
        for step in 0..len {
            index[axis] = if reverse { len - 1 - step } else { step };
            acc += x.get(&index);
            out.set(&index, acc);
        }
    }
    out
}
