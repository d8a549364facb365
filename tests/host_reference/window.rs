//! Reference `reduce_window` (sum and max) over every dimension with window sizes, strides and
//! edge padding (padded elements hold the reduction's init value: 0 for sum, -inf for max),
//! and the max-pooling adjoint with `select_and_scatter` semantics (first maximum wins).

use super::array::{indices, Array};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reduction {
    Sum,
    Max,
}

impl Reduction {
    pub fn init(self) -> f64 {
        match self {
            Reduction::Sum => 0.0,
            Reduction::Max => f64::NEG_INFINITY,
        }
    }

    fn combine(self, a: f64, b: f64) -> f64 {
        match self {
            Reduction::Sum => a + b,
            Reduction::Max => a.max(b),
        }
    }
}

/// Window attributes, one entry per dimension of the operand.
#[derive(Clone, Debug, PartialEq)]
pub struct WindowSpec {
    pub window: Vec<usize>,
    pub strides: Vec<usize>,
    pub padding: Vec<(i64, i64)>,
}

pub fn window_output_dims(dims: &[usize], spec: &WindowSpec) -> Vec<usize> {
    dims.iter()
        .enumerate()
        .map(|(i, &d)| {
            let padded = d as i64 + spec.padding[i].0 + spec.padding[i].1;
            let w = spec.window[i] as i64;
            if padded < w {
                0
            } else {
                ((padded - w) / spec.strides[i] as i64 + 1) as usize
            }
        })
        .collect()
}

/// Operand position of window element `k` of output `o` along every axis, or None when it
/// falls into the padding.
fn source(o: &[usize], k: &[usize], dims: &[usize], spec: &WindowSpec) -> Option<Vec<usize>> {
    (0..dims.len())
        .map(|i| {
            let p = (o[i] * spec.strides[i] + k[i]) as i64 - spec.padding[i].0;
            (p >= 0 && p < dims[i] as i64).then_some(p as usize)
        })
        .collect()
}

/// `out[o] = reduce_{k in window} xp[o*s + k]` with `xp` the padded operand.
pub fn reduce_window(x: &Array, reduction: Reduction, spec: &WindowSpec) -> Array {
    let out_dims = window_output_dims(&x.dims, spec);
    let mut out = Array::zeros(&out_dims);
    for o in indices(&out_dims) {
        let mut acc = reduction.init();
        for k in indices(&spec.window) {
            let v = source(&o, &k, &x.dims, spec).map_or(reduction.init(), |src| x.get(&src));
            acc = reduction.combine(acc, v);
        }
        out.set(&o, acc);
    }
    out
}

/// The adjoint of max pooling: each output cotangent goes to the first (row-major) element
/// of its window holding the window's maximum; windows whose maximum is in the padding
/// contribute nothing.
pub fn max_pool_adjoint(x: &Array, cotangent: &Array, spec: &WindowSpec) -> Array {
    let out_dims = window_output_dims(&x.dims, spec);
    assert_eq!(
        cotangent.dims, out_dims,
        "cotangent shape must be the pooled shape"
    );
    let mut grad = Array::zeros(&x.dims);
    for o in indices(&out_dims) {
        let mut best: Option<(f64, Option<Vec<usize>>)> = None;
        for k in indices(&spec.window) {
            let src = source(&o, &k, &x.dims, spec);
            let v = src.as_ref().map_or(f64::NEG_INFINITY, |s| x.get(s));
            if best.as_ref().is_none_or(|(b, _)| v > *b) {
                best = Some((v, src));
            }
        }
        if let Some((_, Some(src))) = best {
            grad.add_at(&src, cotangent.get(&o));
        }
    }
    grad
}
