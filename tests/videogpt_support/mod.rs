//! Support of the VideoGPT tests: small configs, seeded clips, and a plain-loop f64 host
//! reference of the whole transformer (brief §2.3), written from the reference's description
//! independently of the model code, to check the traced model's numbers.
#![allow(dead_code)]

use viper::models::videogpt::{CodeSpace, VideoGptConfig};
use viper::nn::ParamTree;
use viper::testing::Rng;
use viper::HostTensor;

/// 2 frames of 2x2 codes (L = 8), width 6 over 2 heads, 1 block, 3 classes, K 5, D 3.
pub fn micro() -> (VideoGptConfig, CodeSpace) {
    let config = VideoGptConfig {
        seq_len: 2,
        embed_dim: 6,
        num_heads: 2,
        num_layers: 1,
        mlp_dim: 8,
        n_classes: Some(3),
        ..VideoGptConfig::tiny()
    };
    let codes = CodeSpace {
        grid: [2, 2],
        codebook_size: 5,
        code_dim: 3,
    };
    (config, codes)
}

/// The tiny preset over the tiny VQ-GAN's code space (8x8 codes of 32, D 16).
pub fn tiny() -> (VideoGptConfig, CodeSpace) {
    let codes = CodeSpace {
        grid: [8, 8],
        codebook_size: 32,
        code_dim: 16,
    };
    (VideoGptConfig::tiny(), codes)
}

/// Seeded codes `[B, T, h, w]` in `0..K`.
pub fn random_codes(
    seed: u64,
    config: &VideoGptConfig,
    space: CodeSpace,
    batch: usize,
) -> Vec<i32> {
    let mut rng = Rng::new(seed);
    let n = batch * config.seq_len * space.grid[0] * space.grid[1];
    (0..n)
        .map(|_| (rng.next_u64() % space.codebook_size as u64) as i32)
        .collect()
}

pub fn codes_tensor(config: &VideoGptConfig, space: CodeSpace, values: &[i32]) -> HostTensor {
    let [h, w] = space.grid;
    let batch = values.len() / (config.seq_len * h * w);
    HostTensor::from_slice(&[batch, config.seq_len, h, w], values).unwrap()
}

/// Row-major lookup of a parameter `[rows, cols]` (or a vector).
struct P<'a>(&'a ParamTree, String);

impl P<'_> {
    fn get(&self, name: &str) -> Vec<f64> {
        let full = format!("{}/{name}", self.1);
        self.0
            .get(&full)
            .unwrap_or_else(|| panic!("no parameter `{full}`"))
            .to_f64_vec()
    }
}

/// `x [in] · kernel [in, out] + bias`.
fn dense(x: &[f64], kernel: &[f64], bias: Option<&[f64]>, out: usize) -> Vec<f64> {
    let mut y: Vec<f64> = match bias {
        Some(b) => b.to_vec(),
        None => vec![0.0; out],
    };
    for (i, xi) in x.iter().enumerate() {
        for o in 0..out {
            y[o] += xi * kernel[i * out + o];
        }
    }
    y
}

/// The reference's LN: one-pass variance, eps 1e-6, class-conditional scale/bias.
fn norm(p: &ParamTree, scope: &str, x: &[f64], label: Option<usize>, classes: usize) -> Vec<f64> {
    let e = x.len();
    let mean = x.iter().sum::<f64>() / e as f64;
    let mean_sq = x.iter().map(|v| v * v).sum::<f64>() / e as f64;
    let inv = 1.0 / (mean_sq - mean * mean + 1e-6).sqrt();
    let pp = P(p, scope.to_string());
    let (scale, bias): (Vec<f64>, Vec<f64>) = match label {
        Some(c) => {
            let (ws, wb) = (pp.get("scale/kernel"), pp.get("bias/kernel"));
            let row = |w: &[f64], f: usize| if c < classes { w[c * e + f] } else { 0.0 };
            (
                (0..e).map(|f| 1.0 + row(&ws, f)).collect(),
                (0..e).map(|f| row(&wb, f)).collect(),
            )
        }
        None => (pp.get("scale"), pp.get("bias")),
    };
    (0..e)
        .map(|f| (x[f] - mean) * inv * scale[f] + bias[f])
        .collect()
}

/// Logits `[B, L, K]` of the model with parameters `p` under `root`, for `codes [B, L]`,
/// `codebook [K, D]` and labels (used when class-conditional).
pub fn host_logits(
    p: &ParamTree,
    root: &str,
    config: &VideoGptConfig,
    space: CodeSpace,
    codes: &[i32],
    codebook: &[f64],
    labels: &[i32],
) -> Vec<f64> {
    let (e, heads, mlp) = (config.embed_dim, config.num_heads, config.mlp_dim);
    let d = e / heads;
    let [h, w] = space.grid;
    let (k, dim) = (space.codebook_size, space.code_dim);
    let l = config.seq_len * h * w;
    let classes = config.n_classes.unwrap_or(0);
    let r = P(p, root.to_string());
    let sub = |s: &str| format!("{root}/{s}");
    let (proj_w, proj_b) = (r.get("code_embed/kernel"), r.get("code_embed/bias"));
    let projected: Vec<Vec<f64>> = (0..k)
        .map(|c| dense(&codebook[c * dim..(c + 1) * dim], &proj_w, Some(&proj_b), e))
        .collect();
    let sos = r.get("sos");
    let (time, row, col) = (
        r.get("position/time"),
        r.get("position/row"),
        r.get("position/column"),
    );
    let c0 = e / 3 + usize::from(e % 3 > 0);
    let c1 = e / 3 + usize::from(e % 3 > 1);
    let c2 = e - c0 - c1;
    let batch = codes.len() / l;
    let mut logits = Vec::with_capacity(batch * l * k);
    for b in 0..batch {
        let label = config.class_cond.then(|| labels[b] as usize);
        let clip = &codes[b * l..(b + 1) * l];
        let mut x: Vec<Vec<f64>> = (0..l)
            .map(|i| {
                let token = if i == 0 {
                    sos.clone()
                } else {
                    projected[clip[i - 1] as usize].clone()
                };
                let (t, rr, cc) = (i / (h * w), (i % (h * w)) / w, i % w);
                let mut pos = time[t * c0..(t + 1) * c0].to_vec();
                pos.extend_from_slice(&row[rr * c1..(rr + 1) * c1]);
                pos.extend_from_slice(&col[cc * c2..(cc + 1) * c2]);
                token.iter().zip(&pos).map(|(a, q)| a + q).collect()
            })
            .collect();
        for layer in 0..config.num_layers {
            let bs = sub(&format!("block{layer}"));
            let bp = P(p, bs.clone());
            let normed: Vec<Vec<f64>> = x
                .iter()
                .map(|xi| norm(p, &format!("{bs}/norm_attention"), xi, label, classes))
                .collect();
            let (qkv_w, qkv_b) = (bp.get("attention/qkv/kernel"), bp.get("attention/qkv/bias"));
            let qkv: Vec<Vec<f64>> = normed
                .iter()
                .map(|y| dense(y, &qkv_w, Some(&qkv_b), 3 * e))
                .collect();
            // Per head the (H, 3D) layout: q, k, v are consecutive D-slices of head hd.
            let part = |i: usize, hd: usize, which: usize| -> &[f64] {
                let s = hd * 3 * d + which * d;
                &qkv[i][s..s + d]
            };
            let (out_w, out_b) = (bp.get("attention/out/kernel"), bp.get("attention/out/bias"));
            for (i, xi) in x.iter_mut().enumerate() {
                let mut merged = vec![0.0; e];
                for hd in 0..heads {
                    let scores: Vec<f64> = (0..=i)
                        .map(|j| {
                            let dot: f64 = part(i, hd, 0)
                                .iter()
                                .zip(part(j, hd, 1))
                                .map(|(a, b)| a * b)
                                .sum();
                            dot / (d as f64).sqrt()
                        })
                        .collect();
                    let max = scores.iter().cloned().fold(f64::MIN, f64::max);
                    let exps: Vec<f64> = scores.iter().map(|s| (s - max).exp()).collect();
                    let total: f64 = exps.iter().sum();
                    for (j, ex) in exps.iter().enumerate() {
                        for dd in 0..d {
                            merged[hd * d + dd] += ex / total * part(j, hd, 2)[dd];
                        }
                    }
                }
                let out = dense(&merged, &out_w, Some(&out_b), e);
                // Attention reads the normed inputs only, so updating x in place is safe.
                for (v, o) in xi.iter_mut().zip(&out) {
                    *v += o;
                }
            }
            let (w1, b1) = (bp.get("mlp/hidden/kernel"), bp.get("mlp/hidden/bias"));
            let (w2, b2) = (bp.get("mlp/out/kernel"), bp.get("mlp/out/bias"));
            for xi in x.iter_mut() {
                let y = norm(p, &format!("{bs}/norm_mlp"), xi, label, classes);
                let hidden: Vec<f64> = dense(&y, &w1, Some(&b1), mlp)
                    .iter()
                    .map(|v| v / (1.0 + (-1.702 * v).exp()))
                    .collect();
                let out = dense(&hidden, &w2, Some(&b2), e);
                for (v, o) in xi.iter_mut().zip(&out) {
                    *v += o;
                }
            }
        }
        let (hw_, hb) = (r.get("logits/kernel"), r.get("logits/bias"));
        for xi in &x {
            let y = norm(p, &sub("final_norm"), xi, label, classes);
            logits.extend(dense(&y, &hw_, Some(&hb), k));
        }
    }
    logits
}

/// `log_softmax(logits)[target]` per token, `logits [N, K]`, `targets [N]`.
pub fn host_target_log_probs(logits: &[f64], targets: &[i32], k: usize) -> Vec<f64> {
    targets
        .iter()
        .enumerate()
        .map(|(n, &t)| {
            let row = &logits[n * k..(n + 1) * k];
            let max = row.iter().cloned().fold(f64::MIN, f64::max);
            let lse = max + row.iter().map(|v| (v - max).exp()).sum::<f64>().ln();
            row[t as usize] - lse
        })
        .collect()
}
