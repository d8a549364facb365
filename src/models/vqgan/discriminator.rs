//! The StyleGAN2-style single-frame discriminator (reference brief §1.4), NHWC frames in
//! [-1, 1] to one logit per frame.
//!
//! With `f = discriminator_features(..)` (`[64, 128, 256, 512, 512]` for 64x64, base 32):
//! 1. `conv_in` 1x1 to `base_features`, leaky ReLU (slope 0.01);
//! 2. `block_{i}` for the pairs `(f[i + 1], f[i])`: `y = lrelu(conv 3x3 SAME to f[i + 1])`,
//!    `y = lrelu(blurred_downsample 3x3 to f[i])`, `skip = blurred_downsample 1x1 to f[i]`
//!    of the block input, `out = (y + skip) / sqrt(2)`; each halves the size, down to 4x4;
//! 3. minibatch stddev (one more channel per `mbstd_num_features`, grouping quirk Q3);
//! 4. `final_conv` 3x3 VALID to `f[-2]` (4x4 -> 2x2), lrelu, flatten, `dense` to `f[-1]`,
//!    lrelu, `logit` dense to 1.
//!
//! The blurred downsample is StyleGAN2's: a depthwise FIR blur with the separable [1, 3, 3, 1]
//! filter (normalised to sum 1), padded `((4 - 2 + k) / 2, (4 - 2 + k - 1) / 2)` on both
//! axes, then a VALID stride-2 conv. The convs of the blocks use `normal(0.01)` kernels, the
//! others flax's lecun-normal. The blur is written as shifted slices (it is separable and the
//! same for every channel): no grouped convolution, whose gradients are slow on XLA:CPU.

use super::config::{discriminator_features, DiscriminatorConfig};
use crate::graph::Tensor;
use crate::nn::{leaky_relu, Conv2d, Init, Linear, Padding, Scope};
use crate::DType;

/// flax's `jax.nn.leaky_relu` default slope.
const LEAKY_SLOPE: f64 = 0.01;
/// The 1-d FIR taps; the 2-d filter is their outer product over its sum (64).
const BLUR_TAPS: [f64; 4] = [1.0, 3.0, 3.0, 1.0];
/// `jax.nn.initializers.normal()` default standard deviation.
const BLOCK_KERNEL_STD: f64 = 0.01;

/// Configuration of the discriminator for square frames of `image_size`.
#[derive(Clone, Debug, PartialEq)]
pub struct Discriminator {
    pub config: DiscriminatorConfig,
    pub image_size: usize,
    /// dtype of the stored parameters (f32; f64 in gradient checks).
    pub param_dtype: DType,
}

fn lrelu(x: &Tensor) -> Tensor {
    leaky_relu(x, LEAKY_SLOPE)
}

/// Depthwise [1,3,3,1] blur of `x [N, H, W, C]` padded `(low, high)` on both spatial axes:
/// `[N, H + low + high - 3, W + low + high - 3, C]`.
pub fn fir_blur(x: &Tensor, low: usize, high: usize) -> Tensor {
    let padded = x.pad(&[0, low, low, 0], &[0, high, high, 0], &[0, 0, 0, 0], 0.0);
    let norm: f64 = BLUR_TAPS.iter().sum();
    let taps = BLUR_TAPS.len();
    let along = |t: &Tensor, axis: usize| -> Tensor {
        let len = t.dims()[axis] + 1 - taps;
        let mut acc: Option<Tensor> = None;
        for (i, w) in BLUR_TAPS.iter().enumerate() {
            let term = t.slice_axis(axis, i, i + len) * (w / norm);
            acc = Some(match acc {
                Some(a) => a + term,
                None => term,
            });
        }
        acc.expect("four taps")
    };
    along(&along(&padded, 1), 2)
}

/// Blur then a VALID stride-2 `kernel x kernel` conv to `out` channels.
fn blurred_downsample(
    scope: &Scope,
    x: &Tensor,
    kernel: usize,
    out: usize,
    dtype: DType,
) -> Tensor {
    let factor = 2;
    let low = (BLUR_TAPS.len() - factor + kernel) / 2;
    let high = (BLUR_TAPS.len() - factor + kernel - 1) / 2;
    let blurred = fir_blur(x, low, high);
    let cin = x.dims()[3];
    Conv2d::new(cin, out, [kernel, kernel])
        .stride(factor)
        .padding(Padding::Valid)
        .kernel_init(Init::Normal {
            std: BLOCK_KERNEL_STD,
        })
        .param_dtype(dtype)
        .forward(scope, &blurred)
}

fn block(scope: &Scope, x: &Tensor, hidden: usize, out: usize, dtype: DType) -> Tensor {
    let cin = x.dims()[3];
    let y = Conv2d::new(cin, hidden, [3, 3])
        .kernel_init(Init::Normal {
            std: BLOCK_KERNEL_STD,
        })
        .param_dtype(dtype)
        .forward(&scope.child("conv"), x);
    let y = lrelu(&blurred_downsample(
        &scope.child("downsample_conv"),
        &lrelu(&y),
        3,
        out,
        dtype,
    ));
    let skip = blurred_downsample(&scope.child("downsample_skip"), x, 1, out, dtype);
    (y + skip) * std::f64::consts::FRAC_1_SQRT_2
}

/// Minibatch standard deviation with the reference's grouping (quirk Q3): samples are grouped
/// consecutively (`G = min(group_size, N)`; `N` must divide by `G`), but sample `i` receives
/// the statistic of group `i mod (N / G)`. Appends `new_features` channels.
#[track_caller]
pub fn minibatch_stddev(x: &Tensor, group_size: usize, new_features: usize) -> Tensor {
    let dims = x.dims();
    let (n, h, w, c) = (dims[0], dims[1], dims[2], dims[3]);
    let g = group_size.min(n).max(1);
    if !n.is_multiple_of(g) || new_features == 0 || !c.is_multiple_of(new_features) {
        return x.fail(
            "vqgan.minibatch_stddev",
            format!(
                "needs a batch divisible by the group size {g} and channels divisible by \
                 {new_features} new features, got {}",
                x.ty()
            ),
        );
    }
    let groups = n / g;
    let per = c / new_features;
    let y = x.reshape(&[groups, g, h, w, new_features, per]); // (groups, G, H, W, F, C/F)
    let centered = &y - y.mean(&[1]).reshape(&[groups, 1, h, w, new_features, per]);
    let std = (centered.square().mean(&[1]) + 1e-8).sqrt(); // (groups, H, W, F, C/F)
    let stat = std.mean(&[1, 2, 4]); // (groups, F)
                                     // tile(stat, (G, H, W, 1)): row i of the tiled batch is group i mod groups. (G, groups, ..)
    let tiled = stat
        .broadcast_in_dim(&[g, groups, h, w, new_features], &[1, 4])
        .reshape(&[n, h, w, new_features]);
    Tensor::concatenate(&[x, &tiled], 3)
}

impl Discriminator {
    pub fn new(config: &DiscriminatorConfig, image_size: usize) -> Self {
        Discriminator {
            config: config.clone(),
            image_size,
            param_dtype: DType::F32,
        }
    }

    pub fn param_dtype(mut self, dtype: DType) -> Self {
        self.param_dtype = dtype;
        self
    }

    /// `frames [N, S, S, C] -> logits [N, 1]`.
    #[track_caller]
    pub fn forward(&self, scope: &Scope, frames: &Tensor) -> Tensor {
        let dims = frames.dims();
        let s = self.image_size;
        if dims.len() != 4 || dims[1] != s || dims[2] != s || s < 8 || !s.is_power_of_two() {
            return frames.fail(
                "vqgan.discriminator",
                format!(
                    "expects frames [N, {s}, {s}, C] with {s} a power of two >= 8, got {}",
                    frames.ty()
                ),
            );
        }
        let features = discriminator_features(&self.config, s);
        let mut y = lrelu(
            &Conv2d::new(dims[3], self.config.base_features, [1, 1])
                .param_dtype(self.param_dtype)
                .forward(&scope.child("conv_in"), frames),
        );
        for i in 0..features.len() - 1 {
            let (hidden, out) = (features[i + 1], features[i]);
            y = block(
                &scope.child(&format!("block_{i}")),
                &y,
                hidden,
                out,
                self.param_dtype,
            );
        }
        let y = minibatch_stddev(
            &y,
            self.config.mbstd_group_size,
            self.config.mbstd_num_features,
        );
        let c = y.dims()[3];
        let last = features[features.len() - 1];
        let hidden = features[features.len() - 2];
        let y = lrelu(
            &Conv2d::new(c, hidden, [3, 3])
                .padding(Padding::Valid)
                .param_dtype(self.param_dtype)
                .forward(&scope.child("final_conv"), &y),
        ); // (N, 2, 2, hidden)
        let flat = y.reshape(&[dims[0], 4 * hidden]);
        let y = lrelu(
            &Linear::new(4 * hidden, last)
                .param_dtype(self.param_dtype)
                .forward(&scope.child("dense"), &flat),
        );
        Linear::new(last, 1)
            .param_dtype(self.param_dtype)
            .forward(&scope.child("logit"), &y)
    }
}
