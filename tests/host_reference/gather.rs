//! Reference row lookup (`gather` of whole rows of a `[K, D..]` table by an integer tensor of
//! any shape, start indices clamped into range as StableHLO gather does), its adjoint
//! `scatter`-add (out-of-range rows skipped, as StableHLO scatter does), one-hot, and
//! dynamic slicing with StableHLO's start clamping.

use super::array::{indices, Array};

fn row_len(table: &Array) -> usize {
    table.dims[1..].iter().product()
}

/// `out[s.., d..] = table[clamp(idx[s..], 0, K-1), d..]`; the result has shape
/// `index_dims ++ table.dims[1..]`.
pub fn gather_rows(table: &Array, index_dims: &[usize], idx: &[i64]) -> Array {
    let rows = table.dims[0] as i64;
    let d = row_len(table);
    let mut dims = index_dims.to_vec();
    dims.extend(&table.dims[1..]);
    let mut data = Vec::with_capacity(idx.len() * d);
    for &i in idx {
        let r = i.clamp(0, rows - 1) as usize;
        data.extend_from_slice(&table.data[r * d..(r + 1) * d]);
    }
    Array::new(&dims, data)
}

/// `out = operand; out[idx[s..], d..] += updates[s.., d..]` for every in-range index.
pub fn scatter_add_rows(operand: &Array, idx: &[i64], updates: &Array) -> Array {
    let d = row_len(operand);
    assert_eq!(
        updates.len(),
        idx.len() * d,
        "updates must be index shape ++ row shape"
    );
    let mut out = operand.clone();
    for (j, &i) in idx.iter().enumerate() {
        if i < 0 || i >= operand.dims[0] as i64 {
            continue;
        }
        let r = i as usize;
        for c in 0..d {
            out.data[r * d + c] += updates.data[j * d + c];
        }
    }
    out
}

/// `out[s.., c] = (idx[s..] == c) as f64`, shape `index_dims ++ [classes]`.
pub fn one_hot(index_dims: &[usize], idx: &[i64], classes: usize) -> Array {
    let mut dims = index_dims.to_vec();
    dims.push(classes);
    let mut out = Array::zeros(&dims);
    for (j, &i) in idx.iter().enumerate() {
        if i >= 0 && (i as usize) < classes {
            out.data[j * classes + i as usize] = 1.0;
        }
    }
    out
}

/// Start indices clamped so the slice fits: `clamp(start, 0, dim - size)`.
pub fn clamp_starts(dims: &[usize], starts: &[i64], sizes: &[usize]) -> Vec<usize> {
    (0..dims.len())
        .map(|i| starts[i].clamp(0, (dims[i] - sizes[i]) as i64) as usize)
        .collect()
}

pub fn dynamic_slice(x: &Array, starts: &[i64], sizes: &[usize]) -> Array {
    let begin = clamp_starts(&x.dims, starts, sizes);
    let mut out = Array::zeros(sizes);
    for o in indices(sizes) {
        let src: Vec<usize> = o.iter().zip(&begin).map(|(a, b)| a + b).collect();
        out.set(&o, x.get(&src));
    }
    out
}

pub fn dynamic_update_slice(x: &Array, update: &Array, starts: &[i64]) -> Array {
    let begin = clamp_starts(&x.dims, starts, &update.dims);
    let mut out = x.clone();
    for u in indices(&update.dims) {
        let dst: Vec<usize> = u.iter().zip(&begin).map(|(a, b)| a + b).collect();
        out.set(&dst, update.get(&u));
    }
    out
}
