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

/// DreamerV3's two-hot encoding of `x` on `bins` (the count-based algorithm of its
/// `DiscDist.log_prob`: the last bin at or below and the first bin above `symlog(x)`, weighted
/// by the distance to the other one).
pub fn two_hot(x: f64, bins: &[f64]) -> Vec<f64> {
    let y = x.signum() * x.abs().ln_1p();
    let n = bins.len();
    let below =
        (bins.iter().filter(|b| **b <= y).count() as i64 - 1).clamp(0, n as i64 - 1) as usize;
    let above = (n - bins.iter().filter(|b| **b > y).count()).clamp(0, n - 1);
    let mut w = vec![0.0; n];
    if below == above {
        w[below] = 1.0;
        return w;
    }
    let (db, da) = ((bins[below] - y).abs(), (bins[above] - y).abs());
    w[below] = da / (db + da);
    w[above] = db / (db + da);
    w
}

/// `log softmax` of one row.
pub fn log_softmax(row: &[f64]) -> Vec<f64> {
    let max = row.iter().cloned().fold(f64::MIN, f64::max);
    let lse = max + row.iter().map(|v| (v - max).exp()).sum::<f64>().ln();
    row.iter().map(|v| v - lse).collect()
}

/// Finite-difference check (f64, order 1) of `build` with respect to every f64 data input and
/// every parameter, like `nn_support::check_layer_vjp` but with every parameter (kernels
/// included) drawn from a seeded normal times `param_scale`, so zero-initialised output layers
/// do not hide the gradients of the layers below them.
pub fn check_all_params_vjp(
    name: &str,
    data: &[viper::HostTensor],
    seed: u64,
    param_scale: f64,
    build: impl Fn(&viper::nn::Scope, &[viper::graph::Tensor]) -> viper::graph::Tensor,
) {
    super::nn_support::check_vjp_with_params(name, data, seed, build, |specs| {
        let mut rng = viper::testing::Rng::new(seed);
        specs
            .iter()
            .map(|spec| {
                let values: Vec<f64> = (0..spec.element_count())
                    .map(|_| param_scale * rng.normal())
                    .collect();
                viper::HostTensor::from_slice(&spec.dims, &values).unwrap()
            })
            .collect()
    });
}

/// Tiny sizes and inputs shared by the behaviour tests.
pub mod fixtures {
    use super::super::nn_support::{host, normals};
    use viper::envs::ActionSpace;
    use viper::models::dreamer::behavior::Actor;
    use viper::models::dreamer::DreamerConfig;
    use viper::{DType, HostTensor};

    pub const H: usize = 3;
    pub const N: usize = 4;
    pub const F: usize = 6;
    pub const UNITS: usize = 5;

    pub fn f64s(dims: &[usize], values: &[f64]) -> HostTensor {
        host(DType::F64, dims, values)
    }

    pub fn f32s(dims: &[usize], values: &[f64]) -> HostTensor {
        host(DType::F32, dims, values)
    }

    pub fn tiny_actor(space: ActionSpace) -> Actor {
        let mut actor = Actor::new(&DreamerConfig::tiny(), &space);
        actor.in_features = F;
        actor.units = UNITS;
        actor.layers = 1;
        actor.param_dtype = DType::F64;
        actor
    }

    pub fn weights() -> Vec<f64> {
        normals(7, (H + 1) * N).iter().map(|x| x.abs()).collect()
    }

    /// One-hot actions over `n` choices.
    pub fn one_hots(seed: u64, rows: usize, n: usize) -> Vec<f64> {
        let picks = normals(seed, rows);
        (0..rows)
            .flat_map(|r| {
                let k = ((picks[r].abs() * 7.0) as usize) % n;
                (0..n).map(move |j| if j == k { 1.0 } else { 0.0 })
            })
            .collect()
    }
}
