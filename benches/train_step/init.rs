//! The benchmark's deterministic initialisation, shared bit for bit with the JAX peer
//! (`tools/bench/jax_peer.py`, `splitmix_uniform`; the scheme is written down in
//! `tools/bench/README.md`): element `i` of stream `s` comes from splitmix64 of `(s << 40) + i`,
//! so neither side needs the other's random number generator or files.

const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// The splitmix64 output function.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// `n` values of stream `stream`, uniform in `[lo, hi)`, computed in f64 and rounded to f32.
pub fn uniform(stream: u64, n: usize, lo: f64, hi: f64) -> Vec<f32> {
    (0..n as u64)
        .map(|i| {
            let z = mix((stream << 40).wrapping_add(i).wrapping_add(GOLDEN));
            let u = (z >> 40) as f64 * (1.0 / (1u64 << 24) as f64);
            (lo + (hi - lo) * u) as f32
        })
        .collect()
}

/// Weights and biases: uniform in `[-1/sqrt(fan_in), 1/sqrt(fan_in))`.
pub fn fan_in_uniform(stream: u64, n: usize, fan_in: usize) -> Vec<f32> {
    let bound = 1.0 / (fan_in as f64).sqrt();
    uniform(stream, n, -bound, bound)
}
