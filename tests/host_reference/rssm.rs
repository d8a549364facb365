//! A host reference of DreamerV3's RSSM (reference brief §4.2) in plain f64 loops over
//! row-major vectors, reading the parameter values by path from a `ParamTree`. Written from
//! the brief's formulas, independently of `viper::models::dreamer`: dense layers, LayerNorm
//! (eps 1e-3, two-pass variance), the LN-GRU, unimix, the learned initial state and the
//! is_first reset. Latent "samples" are the probabilities (the model's
//! `StochSample::Probabilities`), so whole trajectories are deterministic.

use viper::nn::ParamTree;

/// Sizes of the RSSM under test.
#[derive(Clone, Copy, Debug)]
pub struct Sizes {
    pub deter: usize,
    pub units: usize,
    pub stoch: usize,
    pub classes: usize,
    pub embed: usize,
    pub action: usize,
    pub unimix: f64,
}

/// One state of `n` rows: deter `[n, D]`, stoch and logits `[n, S * C]`.
#[derive(Clone, Debug)]
pub struct HostState {
    pub deter: Vec<f64>,
    pub stoch: Vec<f64>,
    pub logits: Vec<f64>,
}

pub struct HostRssm<'a> {
    pub params: &'a ParamTree,
    /// Path prefix of the RSSM's parameters (e.g. `rssm`).
    pub prefix: String,
    pub sizes: Sizes,
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

fn silu(x: f64) -> f64 {
    x * sigmoid(x)
}

impl HostRssm<'_> {
    fn param(&self, name: &str) -> Vec<f64> {
        let path = format!("{}/{name}", self.prefix);
        self.params
            .get(&path)
            .unwrap_or_else(|| panic!("no parameter `{path}`"))
            .to_f64_vec()
    }

    /// `x [n, inp] · kernel [inp, out] (+ bias)` of the layer `<prefix>/<name>`.
    pub fn linear(
        &self,
        name: &str,
        x: &[f64],
        n: usize,
        inp: usize,
        out: usize,
        bias: bool,
    ) -> Vec<f64> {
        let w = self.param(&format!("{name}/kernel"));
        assert_eq!(w.len(), inp * out, "{name}: kernel size");
        let b = if bias {
            self.param(&format!("{name}/bias"))
        } else {
            vec![0.0; out]
        };
        let mut y = vec![0.0; n * out];
        for r in 0..n {
            for o in 0..out {
                let mut acc = b[o];
                for i in 0..inp {
                    acc += x[r * inp + i] * w[i * out + o];
                }
                y[r * out + o] = acc;
            }
        }
        y
    }

    /// Linear without bias, LayerNorm (eps 1e-3, scale and offset), optional SiLU.
    pub fn normed(
        &self,
        name: &str,
        x: &[f64],
        n: usize,
        inp: usize,
        out: usize,
        act: bool,
    ) -> Vec<f64> {
        let mut y = self.linear(name, x, n, inp, out, false);
        let scale = self.param(&format!("{name}/norm/scale"));
        let offset = self.param(&format!("{name}/norm/bias"));
        for r in 0..n {
            let row = &mut y[r * out..(r + 1) * out];
            let mean = row.iter().sum::<f64>() / out as f64;
            let var = row.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / out as f64;
            for (o, v) in row.iter_mut().enumerate() {
                let z = (*v - mean) / (var + 1e-3).sqrt() * scale[o] + offset[o];
                *v = if act { silu(z) } else { z };
            }
        }
        y
    }

    /// Unimixed log-probabilities `[n, S C]` from the stats layer `name` on `x [n, U]`.
    fn stats(&self, name: &str, x: &[f64], n: usize) -> Vec<f64> {
        let s = self.sizes;
        let raw = self.linear(name, x, n, s.units, s.stoch * s.classes, true);
        let mut out = vec![0.0; raw.len()];
        for g in 0..n * s.stoch {
            let row = &raw[g * s.classes..(g + 1) * s.classes];
            let max = row.iter().cloned().fold(f64::MIN, f64::max);
            let z: f64 = row.iter().map(|v| (v - max).exp()).sum();
            for c in 0..s.classes {
                let p = (row[c] - max).exp() / z;
                let mixed = (1.0 - s.unimix) * p + s.unimix / s.classes as f64;
                out[g * s.classes + c] = mixed.ln();
            }
        }
        out
    }

    fn prior_logits(&self, deter: &[f64], n: usize) -> Vec<f64> {
        let s = self.sizes;
        let x = self.normed("img_out", deter, n, s.deter, s.units, true);
        self.stats("img_stats", &x, n)
    }

    /// The learned initial state: `tanh(param)`, the prior's mode, zero logits.
    pub fn initial(&self, n: usize) -> HostState {
        let s = self.sizes;
        let param = self.param("initial");
        let deter: Vec<f64> = (0..n)
            .flat_map(|_| param.iter().map(|v| v.tanh()))
            .collect();
        let logits = self.prior_logits(&deter, n);
        let mut stoch = vec![0.0; logits.len()];
        for g in 0..n * s.stoch {
            let row = &logits[g * s.classes..(g + 1) * s.classes];
            let best = (0..s.classes)
                .max_by(|&a, &b| row[a].partial_cmp(&row[b]).unwrap())
                .unwrap();
            stoch[g * s.classes + best] = 1.0;
        }
        HostState {
            deter,
            stoch,
            logits: vec![0.0; n * s.stoch * s.classes],
        }
    }

    /// One prior step; `stoch` of the result is the probabilities.
    pub fn img_step(&self, prev: &HostState, action: &[f64], n: usize) -> HostState {
        let s = self.sizes;
        let z = s.stoch * s.classes;
        let mut x = Vec::with_capacity(n * (z + s.action));
        for r in 0..n {
            x.extend_from_slice(&prev.stoch[r * z..(r + 1) * z]);
            for a in &action[r * s.action..(r + 1) * s.action] {
                x.push(a / a.abs().max(1.0)); // magnitude clip at 1
            }
        }
        let x = self.normed("img_in", &x, n, z + s.action, s.units, true);
        let mut joined = Vec::with_capacity(n * (s.deter + s.units));
        for r in 0..n {
            joined.extend_from_slice(&prev.deter[r * s.deter..(r + 1) * s.deter]);
            joined.extend_from_slice(&x[r * s.units..(r + 1) * s.units]);
        }
        let d = s.deter;
        let gates = self.normed("gru", &joined, n, d + s.units, 3 * d, false);
        let mut deter = vec![0.0; n * d];
        for r in 0..n {
            let g = &gates[r * 3 * d..(r + 1) * 3 * d];
            for j in 0..d {
                let reset = sigmoid(g[j]);
                let cand = (reset * g[d + j]).tanh();
                let update = sigmoid(g[2 * d + j] - 1.0);
                deter[r * d + j] = update * cand + (1.0 - update) * prev.deter[r * d + j];
            }
        }
        let logits = self.prior_logits(&deter, n);
        HostState {
            stoch: logits.iter().map(|l| l.exp()).collect(),
            deter,
            logits,
        }
    }

    /// One posterior step with the is_first reset; returns (post, prior).
    pub fn obs_step(
        &self,
        prev: &HostState,
        action: &[f64],
        embed: &[f64],
        is_first: &[bool],
        n: usize,
    ) -> (HostState, HostState) {
        let s = self.sizes;
        let init = self.initial(n);
        let mut start = prev.clone();
        let mut action = action.to_vec();
        let (d, z, a) = (s.deter, s.stoch * s.classes, s.action);
        for r in (0..n).filter(|&r| is_first[r]) {
            start.deter[r * d..(r + 1) * d].copy_from_slice(&init.deter[r * d..(r + 1) * d]);
            start.stoch[r * z..(r + 1) * z].copy_from_slice(&init.stoch[r * z..(r + 1) * z]);
            action[r * a..(r + 1) * a].fill(0.0);
        }
        let prior = self.img_step(&start, &action, n);
        let mut x = Vec::with_capacity(n * (d + s.embed));
        for r in 0..n {
            x.extend_from_slice(&prior.deter[r * d..(r + 1) * d]);
            x.extend_from_slice(&embed[r * s.embed..(r + 1) * s.embed]);
        }
        let h = self.normed("obs_out", &x, n, d + s.embed, s.units, true);
        let logits = self.stats("obs_stats", &h, n);
        let post = HostState {
            deter: prior.deter.clone(),
            stoch: logits.iter().map(|l| l.exp()).collect(),
            logits,
        };
        (post, prior)
    }
}

/// `sum_latents KL(p || q)` per row of log-probabilities `[rows, S, C]` (flat).
pub fn kl_sum(p: &[f64], q: &[f64], latents: usize, classes: usize) -> Vec<f64> {
    let rows = p.len() / (latents * classes);
    (0..rows)
        .map(|r| {
            (0..latents * classes)
                .map(|i| {
                    let k = r * latents * classes + i;
                    p[k].exp() * (p[k] - q[k])
                })
                .sum()
        })
        .collect()
}
