//! Host references for the Dreamer behaviour tests, written as plain loops over row-major
//! `Vec<f64>`s from the formulas of the reference brief (§4.3, §3.4), independent of the
//! traced implementation: lambda-returns, numpy's linear percentile, and the dense layers of
//! DreamerV3's MLPs (`x · W`, LayerNorm eps 1e-3, SiLU; output `x · W + b`).
#![allow(dead_code)]

use viper::nn::ParamTree;

/// `R_t = r_t + g c_{t+1} ((1 - l) v_{t+1} + l R_{t+1})`, `R_H = v_H`, for `[H, n]` rewards,
/// `[H + 1, n]` values and conts; returns `[H, n]`.
pub fn lambda_returns(r: &[f64], v: &[f64], c: &[f64], n: usize, g: f64, l: f64) -> Vec<f64> {
    let h = r.len() / n;
    let mut out = vec![0.0; h * n];
    for i in 0..n {
        let mut next = v[h * n + i];
        for t in (0..h).rev() {
            let d = g * c[(t + 1) * n + i];
            next = r[t * n + i] + d * ((1.0 - l) * v[(t + 1) * n + i] + l * next);
            out[t * n + i] = next;
        }
    }
    out
}

/// `np.percentile(x, p)` with the default linear interpolation.
pub fn percentile(x: &[f64], p: f64) -> f64 {
    let mut s = x.to_vec();
    s.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let pos = p / 100.0 * (s.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = (lo + 1).min(s.len() - 1);
    s[lo] + (pos - lo as f64) * (s[hi] - s[lo])
}

fn param(tree: &ParamTree, name: &str) -> Vec<f64> {
    tree.get(name)
        .unwrap_or_else(|| panic!("no parameter `{name}`"))
        .to_f64_vec()
}

/// `x [rows, fin] · W [fin, fout] (+ b)`.
pub fn dense(x: &[f64], w: &[f64], b: Option<&[f64]>, fin: usize, fout: usize) -> Vec<f64> {
    let rows = x.len() / fin;
    let mut y = vec![0.0; rows * fout];
    for r in 0..rows {
        for o in 0..fout {
            let mut acc = b.map_or(0.0, |b| b[o]);
            for i in 0..fin {
                acc += x[r * fin + i] * w[i * fout + o];
            }
            y[r * fout + o] = acc;
        }
    }
    y
}

/// DreamerV3's hidden stack under `prefix`: `layers` x silu(LN(x · W)).
pub fn mlp(
    tree: &ParamTree,
    prefix: &str,
    x: &[f64],
    fin: usize,
    layers: usize,
    units: usize,
) -> Vec<f64> {
    let mut h = x.to_vec();
    let mut width = fin;
    for i in 0..layers {
        let p = format!("{prefix}/hidden{i}");
        let y = dense(&h, &param(tree, &format!("{p}/kernel")), None, width, units);
        let (scale, bias) = (
            param(tree, &format!("{p}/norm/scale")),
            param(tree, &format!("{p}/norm/bias")),
        );
        h = y
            .chunks(units)
            .flat_map(|row| {
                let mean = row.iter().sum::<f64>() / units as f64;
                let var = row.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / units as f64;
                row.iter()
                    .enumerate()
                    .map(|(j, v)| {
                        let z = (v - mean) / (var + 1e-3).sqrt() * scale[j] + bias[j];
                        z / (1.0 + (-z).exp())
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        width = units;
    }
    h
}

/// The output layer `<path>/{kernel,bias}`.
pub fn output(tree: &ParamTree, path: &str, x: &[f64], fin: usize, fout: usize) -> Vec<f64> {
    let b = param(tree, &format!("{path}/bias"));
    dense(
        x,
        &param(tree, &format!("{path}/kernel")),
        Some(&b),
        fin,
        fout,
    )
}

pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}
