//! Counter-based random numbers from a key, written as a composite of u32 bit operations
//! (no new primitive, and the same numbers on every backend, unlike `rng_bit_generator`
//! whose bits are implementation-defined): Threefry-2x32 with 20 rounds (Salmon et al.,
//! "Parallel random numbers: as easy as 1, 2, 3", SC 2011).
//!
//! A key is a `u32[2]` tensor. Its counter space is split into domains by the counter's high
//! word, so random bits, split keys and folded keys never share a counter:
//! bits use `(j, 0)`, `split` uses `(i, 1)`, `fold_in` uses `(data, 2)`. As in JAX, use a key
//! once: either draw from it or derive keys from it.

use crate::dtype::DType;
use crate::graph::shape::TensorType;
use crate::graph::tensor::Tensor;

const ROTATIONS: [u32; 8] = [13, 15, 26, 6, 17, 29, 16, 24];
const PARITY: u32 = 0x1BD1_1BDA;
const DOMAIN_BITS: u32 = 0;
const DOMAIN_SPLIT: u32 = 1;
const DOMAIN_FOLD: u32 = 2;

/// A random key: a traced `u32[2]` tensor.
#[derive(Clone, Debug)]
pub struct RngKey(Tensor);

fn rotate_left(x: &Tensor, r: u32) -> Tensor {
    let left = x.shift_left(&x.scalar_like(r as f64));
    let right = x.shift_right_logical(&x.scalar_like((32 - r) as f64));
    left.or(&right)
}

/// Threefry-2x32 (20 rounds) of counter words `(c0, c1)` (u32 tensors of one shape) under
/// the key words `(k0, k1)` (u32 scalars); returns the two output words.
pub fn threefry2x32(k0: &Tensor, k1: &Tensor, c0: &Tensor, c1: &Tensor) -> (Tensor, Tensor) {
    let dims = c0.dims();
    let k2 = k0.xor(k1).xor(&k0.scalar_like(PARITY as f64));
    let ks: Vec<Tensor> = [k0, k1, &k2]
        .iter()
        .map(|k| k.broadcast_to(&dims))
        .collect();
    let mut x0 = c0.add(&ks[0]);
    let mut x1 = c1.add(&ks[1]);
    for round in 0..20 {
        x0 = x0.add(&x1);
        x1 = rotate_left(&x1, ROTATIONS[round % 8]);
        x1 = x1.xor(&x0);
        if round % 4 == 3 {
            let s = round / 4 + 1;
            x0 = x0.add(&ks[s % 3]);
            x1 = x1.add(&ks[(s + 1) % 3]).add(&x1.scalar_like(s as f64));
        }
    }
    (x0, x1)
}

impl RngKey {
    /// Wraps a traced `u32[2]` key (e.g. a function input), checking its type.
    #[track_caller]
    pub fn new(key: &Tensor) -> RngKey {
        let ty = key.ty();
        if ty != TensorType::new(DType::U32, &[2]) {
            return RngKey(key.fail("rng_key", format!("a random key must be u32[2], got {ty}")));
        }
        RngKey(key.clone())
    }

    /// A constant key from a 64-bit seed, in `like`'s graph (low word first).
    #[track_caller]
    pub fn from_seed(like: &Tensor, seed: u64) -> RngKey {
        let lo = like.constant_like((seed & 0xFFFF_FFFF) as f64, DType::U32, &[1]);
        let hi = like.constant_like((seed >> 32) as f64, DType::U32, &[1]);
        RngKey(Tensor::concatenate(&[&lo, &hi], 0))
    }

    pub fn tensor(&self) -> &Tensor {
        &self.0
    }

    fn words(&self) -> (Tensor, Tensor) {
        let k0 = self.0.slice(&[0], &[1], &[1]).reshape(&[]);
        let k1 = self.0.slice(&[1], &[2], &[1]).reshape(&[]);
        (k0, k1)
    }

    /// Hashes counters `(0..n, domain)` into `n` output pairs `[n, 2]`.
    fn hash_counters(&self, n: usize, domain: u32) -> (Tensor, Tensor) {
        let (k0, k1) = self.words();
        let c0 = self.0.apply_source(crate::graph::ops::Op::Iota {
            axis: 0,
            ty: TensorType::new(DType::U32, &[n]),
        });
        let c1 = c0.full_like(domain as f64);
        threefry2x32(&k0, &k1, &c0, &c1)
    }

    /// `n` independent keys derived from this one.
    #[track_caller]
    pub fn split(&self, n: usize) -> Vec<RngKey> {
        if n == 0 {
            return Vec::new();
        }
        let (a, b) = self.hash_counters(n, DOMAIN_SPLIT);
        let pairs = Tensor::concatenate(&[&a.reshape(&[n, 1]), &b.reshape(&[n, 1])], 1);
        (0..n)
            .map(|i| RngKey(pairs.slice(&[i, 0], &[i + 1, 2], &[1, 1]).reshape(&[2])))
            .collect()
    }

    /// A key derived from this one and `data` (e.g. a step or layer number).
    #[track_caller]
    pub fn fold_in(&self, data: u32) -> RngKey {
        let (k0, k1) = self.words();
        let c0 = self.0.constant_like(data as f64, DType::U32, &[1]);
        let c1 = self.0.constant_like(DOMAIN_FOLD as f64, DType::U32, &[1]);
        let (a, b) = threefry2x32(&k0, &k1, &c0, &c1);
        RngKey(Tensor::concatenate(&[&a, &b], 0))
    }

    /// Uniformly random u32 words of shape `dims`.
    #[track_caller]
    pub fn bits(&self, dims: &[usize]) -> Tensor {
        let n: usize = dims.iter().product();
        let pairs = n.div_ceil(2).max(1);
        let (a, b) = self.hash_counters(pairs, DOMAIN_BITS);
        let words = Tensor::concatenate(&[&a, &b], 0);
        words.slice(&[0], &[n], &[1]).reshape(dims)
    }

    /// Uniform floats in `[0, 1)` on the dtype's mantissa grid: `m` random bits times
    /// `2^-m` (m = 24 for f32, 53 for f64, 11 for f16, 8 for bf16), exact in the dtype.
    #[track_caller]
    pub fn uniform(&self, dtype: DType, dims: &[usize]) -> Tensor {
        if !dtype.is_float() {
            return self.0.fail(
                "random_uniform",
                format!("requires a floating-point dtype, got {dtype}"),
            );
        }
        self.uniform_grid(dtype, dims, 0.0)
    }

    /// `offset` = 0 gives `[0, 1)`; 0.5 gives the open interval `(0, 1)` (grid midpoints).
    fn uniform_grid(&self, dtype: DType, dims: &[usize], offset: f64) -> Tensor {
        if dtype == DType::F64 {
            let n: usize = dims.iter().product();
            let words = self.bits(&[2 * n.max(1)]);
            let hi = words.slice(&[0], &[n], &[1]).reshape(dims);
            let lo = words.slice(&[n], &[2 * n], &[1]).reshape(dims);
            let hi = hi
                .shift_right_logical(&hi.scalar_like(11.0))
                .convert(DType::F64);
            let lo = lo.convert(DType::F64);
            let scale = 2f64.powi(-53);
            return (hi * 4294967296.0 + lo + offset) * scale;
        }
        let mantissa = match dtype {
            DType::F16 => 11,
            DType::BF16 => 8,
            _ => 24,
        };
        let words = self.bits(dims);
        let top = words.shift_right_logical(&words.scalar_like((32 - mantissa) as f64));
        (top.convert(dtype) + offset) * 2f64.powi(-mantissa)
    }

    /// Uniform floats in `[low, high)`.
    #[track_caller]
    pub fn uniform_range(&self, dtype: DType, dims: &[usize], low: f64, high: f64) -> Tensor {
        self.uniform(dtype, dims) * (high - low) + low
    }

    /// Standard normal samples (Box-Muller over two independent uniform draws).
    #[track_caller]
    pub fn normal(&self, dtype: DType, dims: &[usize]) -> Tensor {
        if !dtype.is_float() {
            return self.0.fail(
                "random_normal",
                format!("requires a floating-point dtype, got {dtype}"),
            );
        }
        let keys = self.split(2);
        // u1 in (0, 1) keeps the log finite.
        let u1 = keys[0].uniform_grid(dtype, dims, 0.5);
        let u2 = keys[1].uniform(dtype, dims);
        let radius = (u1.log() * -2.0).sqrt();
        radius * (u2 * std::f64::consts::TAU).cos()
    }

    /// Samples class indices (i32) along `axis` of `logits` by the Gumbel-max trick: the
    /// argmax of `logits + g`, `g = -log(-log(u))`, is distributed as `softmax(logits)`.
    #[track_caller]
    pub fn categorical(&self, logits: &Tensor, axis: usize) -> Tensor {
        if !logits.dtype().is_float() || axis >= logits.rank() {
            return logits.fail(
                "random_categorical",
                format!(
                    "requires float logits with axis {axis} in range, got {}",
                    logits.ty()
                ),
            );
        }
        let u = self.uniform_grid(logits.dtype(), &logits.dims(), 0.5);
        let gumbel = -(-u.log()).log();
        (logits + gumbel).argmax(axis)
    }

    /// Bernoulli samples (bool) that are true with probability `p` (broadcast to `dims`).
    #[track_caller]
    pub fn bernoulli(&self, p: &Tensor, dims: &[usize]) -> Tensor {
        self.uniform(p.dtype(), dims).lt(&p.broadcast_to(dims))
    }
}
