//! Nearest-neighbour upsampling of NHWC activations by an integer factor:
//! `y[n, i, j, c] = x[n, i / f, j / f, c]` (integer division), i.e. `jax.image.resize(..,
//! "nearest")` to an exact multiple of the size, as the reference's VQ-GAN `Upsample`.
//!
//! Shapes: `[N, H, W, C] -> [N, H f, W f, C]`. Built from a broadcast `[N, H, f, W, f, C]` and
//! a reshape, so its gradient sums each `f x f` block.
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::nn::upsample_nearest;
//! use viper::DType;
//! let fb = FunctionBuilder::new("up_demo");
//! let x = fb.input("x", DType::F32, &[1, 3, 4, 2]);
//! assert_eq!(upsample_nearest(&x, 2).dims(), vec![1, 6, 8, 2]);
//! ```

use crate::graph::Tensor;

/// `[N, H, W, C] -> [N, H factor, W factor, C]`, each pixel repeated in a block.
#[track_caller]
pub fn upsample_nearest(x: &Tensor, factor: usize) -> Tensor {
    let dims = x.dims();
    if dims.len() != 4 || factor == 0 {
        return x.fail(
            "nn.upsample_nearest",
            format!(
                "expects an NHWC input and a factor >= 1, got {} and {factor}",
                x.ty()
            ),
        );
    }
    let (n, h, w, c) = (dims[0], dims[1], dims[2], dims[3]);
    // (N, H, f, W, f, C): input axes go to 0, 1, 3, 5.
    let blocks = x.broadcast_in_dim(&[n, h, factor, w, factor, c], &[0, 1, 3, 5]);
    blocks.reshape(&[n, h * factor, w * factor, c])
}
