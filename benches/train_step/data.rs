//! The benchmark programs' initial parameters and batch, as host tensors, from the shared
//! deterministic scheme in `init.rs` (stream numbers and bounds as in `tools/bench/README.md`).

use anyhow::Result;
use viper::HostTensor;

use crate::init::{fan_in_uniform, uniform};

pub const MLP_BATCH: usize = 256;
pub const MLP_WIDTH: usize = 512;

pub const CONV_BATCH: usize = 16;
pub const CONV_SIZE: usize = 64;
pub const CONV_IN: usize = 3;
pub const CONV_CH: usize = 64;
pub const CONV_LAYERS: usize = 4;
pub const CONV_OUT: usize = 10;
pub const CONV_KERNEL: usize = 4;
pub const CONV_STRIDE: usize = 2;
pub const CONV_PAD: usize = 1;

fn tensor(dims: &[usize], values: Vec<f32>) -> Result<HostTensor> {
    Ok(HostTensor::from_slice(dims, &values)?)
}

fn fan_in(stream: u64, dims: &[usize], fan_in: usize) -> Result<HostTensor> {
    tensor(dims, fan_in_uniform(stream, dims.iter().product(), fan_in))
}

fn in_range(stream: u64, dims: &[usize], lo: f64, hi: f64) -> Result<HostTensor> {
    tensor(dims, uniform(stream, dims.iter().product(), lo, hi))
}

/// (params `[w1, b1, w2, b2]`, batch `[x, t]`).
pub fn mlp() -> Result<(Vec<HostTensor>, Vec<HostTensor>)> {
    let w = MLP_WIDTH;
    let params = vec![
        fan_in(0, &[w, w], w)?,
        fan_in(1, &[w], w)?,
        fan_in(2, &[w, w], w)?,
        fan_in(3, &[w], w)?,
    ];
    let batch = vec![
        in_range(4, &[MLP_BATCH, w], -1.0, 1.0)?,
        in_range(5, &[MLP_BATCH, w], -1.0, 1.0)?,
    ];
    Ok((params, batch))
}

/// (params `[k1, c1, .., k4, c4, wh, bh]`, batch `[x, t]`).
pub fn conv() -> Result<(Vec<HostTensor>, Vec<HostTensor>)> {
    let mut params = Vec::new();
    let mut cin = CONV_IN;
    for layer in 0..CONV_LAYERS as u64 {
        let k = CONV_KERNEL;
        let fan = k * k * cin;
        params.push(fan_in(2 * layer, &[k, k, cin, CONV_CH], fan)?);
        params.push(fan_in(2 * layer + 1, &[CONV_CH], fan)?);
        cin = CONV_CH;
    }
    params.push(fan_in(8, &[CONV_CH, CONV_OUT], CONV_CH)?);
    params.push(fan_in(9, &[CONV_OUT], CONV_CH)?);
    let s = CONV_SIZE;
    let batch = vec![
        in_range(10, &[CONV_BATCH, s, s, CONV_IN], 0.0, 1.0)?,
        in_range(11, &[CONV_BATCH, CONV_OUT], -1.0, 1.0)?,
    ];
    Ok((params, batch))
}
