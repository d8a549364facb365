//! viper's side of the benchmark programs (defined in `tools/bench/README.md`): each train step
//! is traced with the graph builder, differentiated with `grad`, updated with plain SGD in the
//! same graph, and lowered to StableHLO with every parameter donated to its updated output.

use anyhow::{bail, Result};
use viper::graph::{grad, FunctionBuilder, InputSpec, Tensor};
use viper::{lower, DType, HostTensor};

use viper::graph::ops::conv::{ConvAttrs, ConvGradient};

use crate::data::{self, CONV_LAYERS, CONV_PAD, CONV_STRIDE};

pub const NAMES: &[&str] = &["mlp", "conv"];
const LEARNING_RATE: f64 = 0.01;

/// A train step `(params..., x, t) -> (new_params..., loss)`: its initial values and the
/// variants viper times against the one JAX program.
pub struct Program {
    pub params: Vec<HostTensor>,
    pub batch: Vec<HostTensor>,
    pub variants: Vec<Variant>,
}

/// One way viper traces the program, e.g. with one of the conv gradient forms.
pub struct Variant {
    /// Shown in the table.
    pub label: String,
    /// Used in file and graph names.
    pub key: String,
    /// The lowered step, or why viper cannot trace it yet.
    pub mlir: Result<String, &'static str>,
}

pub fn build(name: &str) -> Result<Program> {
    let (params, batch) = match name {
        "mlp" => data::mlp()?,
        "conv" => data::conv()?,
        _ => bail!("unknown program `{name}`, expected one of {NAMES:?}"),
    };
    let variants = match name {
        "mlp" => vec![Variant {
            label: "mlp".into(),
            key: "mlp".into(),
            mlir: Ok(sgd_step(name, &params, &batch, mlp_loss)?),
        }],
        _ => vec![
            Variant {
                label: "conv".into(),
                key: "conv".into(),
                mlir: Ok(sgd_step(name, &params, &batch, conv_loss::<FAST>)?),
            },
            Variant {
                label: "conv, plain VJP".into(),
                key: "conv_plain_vjp".into(),
                mlir: Ok(sgd_step(name, &params, &batch, conv_loss::<PLAIN>)?),
            },
            Variant {
                label: "conv, s2d-written".into(),
                key: "conv_s2d_written".into(),
                mlir: Ok(sgd_step(name, &params, &batch, conv_loss_s2d)?),
            },
        ],
    };
    Ok(Program {
        params,
        batch,
        variants,
    })
}

/// Traces `loss_fn(params, x, t)`, its gradient and the SGD update; parameter `i` is donated
/// to output `i`, the loss is the last output.
fn sgd_step(
    name: &str,
    params: &[HostTensor],
    batch: &[HostTensor],
    loss_fn: fn(&[Tensor], &Tensor, &Tensor) -> Tensor,
) -> Result<String> {
    let f = FunctionBuilder::new(&format!("{name}_sgd_step"));
    let p: Vec<Tensor> = params
        .iter()
        .enumerate()
        .map(|(i, h)| {
            f.input_with(InputSpec::new(&format!("param{i}"), DType::F32, h.dims()).donated_to(i))
        })
        .collect();
    let x = f.input("x", DType::F32, batch[0].dims());
    let t = f.input("t", DType::F32, batch[1].dims());
    let loss = loss_fn(&p, &x, &t);
    let wrt: Vec<&Tensor> = p.iter().collect();
    let grads = grad(&loss, &wrt);
    let mut outputs: Vec<Tensor> = p
        .iter()
        .zip(&grads)
        .map(|(p, g)| p - g * LEARNING_RATE)
        .collect();
    outputs.push(loss);
    Ok(lower::to_stablehlo(&f.finish(&outputs)?)?)
}

/// `h = tanh(x @ w1 + b1)`, `y = h @ w2 + b2`, `mean((y - t)^2)`.
fn mlp_loss(p: &[Tensor], x: &Tensor, t: &Tensor) -> Tensor {
    let h = (x.matmul(&p[0]) + &p[1]).tanh();
    let y = h.matmul(&p[2]) + &p[3];
    (y - t).square().mean_all()
}

const FAST: bool = true;
const PLAIN: bool = false;

/// Four 4x4 stride-2 convolutions (padding 1) with bias and relu, mean over H and W, a dense
/// head, mean squared error. `FAST_VJP` picks the conv gradient form: the default (no
/// lhs-dilated convolutions) or the textbook one that JAX also emits.
fn conv_loss<const FAST_VJP: bool>(p: &[Tensor], x: &Tensor, t: &Tensor) -> Tensor {
    let pad = CONV_PAD as i64;
    let attrs = ConvAttrs {
        gradient: if FAST_VJP {
            ConvGradient::Fast
        } else {
            ConvGradient::Plain
        },
        ..ConvAttrs::strided(&[CONV_STRIDE; 2], &[(pad, pad); 2])
    };
    let mut h = x.clone();
    for layer in 0..CONV_LAYERS {
        let (kernel, bias) = (&p[2 * layer], &p[2 * layer + 1]);
        h = relu(&(h.conv(kernel, &attrs) + bias));
    }
    let pooled = h.mean(&[1, 2]);
    let y = pooled.matmul(&p[2 * CONV_LAYERS]) + &p[2 * CONV_LAYERS + 1];
    (y - t).square().mean_all()
}

/// The same conv net with each 4x4 stride-2 pad-1 convolution written as space-to-depth of
/// the padded input followed by a stride-1 2x2 convolution (the same products). A profiling
/// variant: autodiff of this form emits no dilated convolution at all, and its input
/// gradient is the phase-aligned 2x2 sub-pixel form (see `tools/bench/README.md`, Profile).
fn conv_loss_s2d(p: &[Tensor], x: &Tensor, t: &Tensor) -> Tensor {
    let mut h = x.clone();
    for layer in 0..CONV_LAYERS {
        let (kernel, bias) = (&p[2 * layer], &p[2 * layer + 1]);
        h = relu(&(conv_as_s2d(&h, kernel) + bias));
    }
    let pooled = h.mean(&[1, 2]);
    let y = pooled.matmul(&p[2 * CONV_LAYERS]) + &p[2 * CONV_LAYERS + 1];
    (y - t).square().mean_all()
}

/// `conv(x, k, stride 2, padding 1)` for a 4x4 HWIO kernel, as a stride-1 2x2 convolution of
/// the space-to-depth padded input: `xp[2a+p, 2b+q, c]` becomes `s[a, b, (p, q, c)]` and
/// `k[2i+p, 2j+q, c, o]` becomes `k2[i, j, (p, q, c), o]`.
fn conv_as_s2d(x: &Tensor, k: &Tensor) -> Tensor {
    let (xd, kd) = (x.dims(), k.dims());
    let (n, c, o) = (xd[0], xd[3], kd[3]);
    let (a, b) = ((xd[1] + 2) / 2, (xd[2] + 2) / 2);
    let s = x
        .pad(&[0, 1, 1, 0], &[0, 1, 1, 0], &[0, 0, 0, 0], 0.0)
        .reshape(&[n, a, 2, b, 2, c])
        .transpose(&[0, 1, 3, 2, 4, 5])
        .reshape(&[n, a, b, 4 * c]);
    let k2 = k
        .reshape(&[2, 2, 2, 2, c, o])
        .transpose(&[0, 2, 1, 3, 4, 5])
        .reshape(&[2, 2, 4 * c, o]);
    s.conv(&k2, &ConvAttrs::unit(2))
}

/// `max(z, 0)` as `select(z > 0, z, 0)`: gradient 0 at 0, as `jax.nn.relu`.
fn relu(z: &Tensor) -> Tensor {
    let zero = z.zeros_like();
    z.gt(&zero).select(z, &zero)
}

/// The host-overhead program `a * 2 + 1` on a `[16, 64]` f32 batch, and such a batch.
pub struct Tiny {
    pub mlir: String,
    pub input: HostTensor,
}

pub fn host_tiny() -> Result<Tiny> {
    let dims = [16, 64];
    let f = FunctionBuilder::new("host_tiny");
    let a = f.input("a", DType::F32, &dims);
    let mlir = lower::to_stablehlo(&f.finish(&[a * 2.0 + 1.0])?)?;
    let values = crate::init::uniform(20, dims.iter().product(), -1.0, 1.0);
    Ok(Tiny {
        mlir,
        input: HostTensor::from_slice(&dims, &values)?,
    })
}
