//! Parameter initializers and their host-side sampling. Fans follow flax's
//! `variance_scaling` with `in_axis = -2, out_axis = -1`: for a kernel `[.., in, out]` the
//! receptive field is the product of the leading dims, `fan_in = in * receptive`,
//! `fan_out = out * receptive` (dense `[in, out]`: receptive 1; conv HWIO: `H * W`).
//! A rank-1 or rank-0 parameter has `fan_in = fan_out = ` its element count.
//!
//! Truncated normals are cut at two standard deviations and divided by 0.87962566103423978,
//! the standard deviation of a unit normal truncated to (-2, 2), so the *result* has the
//! requested standard deviation (as `jax.nn.initializers` and DreamerV3 do).

use crate::rng::Rng;
use std::fmt;

/// Std of a standard normal truncated to (-2, 2).
const TRUNCATED_STD: f64 = 0.879_625_661_034_239_8;

/// How a parameter's initial values are drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Init {
    /// flax's default kernel init: truncated normal, std `sqrt(1 / fan_in)`.
    LecunNormal,
    /// DreamerV3's hidden-layer init: truncated normal, std `sqrt(scale / fan_avg)`.
    TruncatedNormalFanAvg {
        scale: f64,
    },
    /// DreamerV3's output-layer init: uniform in `±sqrt(3 scale / fan_avg)` (0: all zeros).
    UniformFanAvg {
        scale: f64,
    },
    /// Uniform in `[low, high)`.
    Uniform {
        low: f64,
        high: f64,
    },
    /// Normal with mean 0 and standard deviation `std` (untruncated).
    Normal {
        std: f64,
    },
    Zeros,
    Ones,
}

impl fmt::Display for Init {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Init::LecunNormal => write!(f, "lecun_normal"),
            Init::TruncatedNormalFanAvg { scale } => {
                write!(f, "truncated_normal_fan_avg(scale={scale})")
            }
            Init::UniformFanAvg { scale } => write!(f, "uniform_fan_avg(scale={scale})"),
            Init::Uniform { low, high } => write!(f, "uniform({low}, {high})"),
            Init::Normal { std } => write!(f, "normal(std={std})"),
            Init::Zeros => write!(f, "zeros"),
            Init::Ones => write!(f, "ones"),
        }
    }
}

/// `(fan_in, fan_out)` of a parameter of shape `dims` (see the module doc).
pub fn fans(dims: &[usize]) -> (usize, usize) {
    match dims.len() {
        0 | 1 => {
            let n = dims.iter().product::<usize>().max(1);
            (n, n)
        }
        r => {
            let receptive: usize = dims[..r - 2].iter().product();
            (dims[r - 2] * receptive, dims[r - 1] * receptive)
        }
    }
}

impl Init {
    /// True when the values are random (zeros and ones are not).
    pub fn is_random(&self) -> bool {
        !matches!(self, Init::Zeros | Init::Ones)
    }

    /// Draws `count` values for a parameter of shape `dims` from `rng`, as f64.
    pub fn sample(&self, dims: &[usize], rng: &mut Rng) -> Vec<f64> {
        let count: usize = dims.iter().product();
        let (fan_in, fan_out) = fans(dims);
        let fan_avg = (fan_in + fan_out) as f64 / 2.0;
        let truncated = |rng: &mut Rng, std: f64| -> Vec<f64> {
            (0..count)
                .map(|_| loop {
                    let z = rng.normal();
                    if z.abs() < 2.0 {
                        break z * std / TRUNCATED_STD;
                    }
                })
                .collect()
        };
        match *self {
            Init::LecunNormal => truncated(rng, (1.0 / fan_in as f64).sqrt()),
            Init::TruncatedNormalFanAvg { scale } => truncated(rng, (scale / fan_avg).sqrt()),
            Init::UniformFanAvg { scale } => {
                let limit = (3.0 * scale / fan_avg).sqrt();
                (0..count)
                    .map(|_| limit * (2.0 * rng.uniform() - 1.0))
                    .collect()
            }
            Init::Uniform { low, high } => (0..count)
                .map(|_| low + (high - low) * rng.uniform())
                .collect(),
            Init::Normal { std } => (0..count).map(|_| std * rng.normal()).collect(),
            Init::Zeros => vec![0.0; count],
            Init::Ones => vec![1.0; count],
        }
    }
}

/// The seed of one parameter: the run seed mixed with a hash of the parameter's path, so a
/// parameter's values depend on its name and the seed only (FNV-1a over the bytes).
pub fn param_seed(seed: u64, name: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in name.bytes() {
        hash ^= byte as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    let mut rng = Rng::new(seed ^ hash.rotate_left(17));
    rng.next_u64()
}
