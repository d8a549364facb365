//! The demo's synthetic task and model (used by `viper demo` and the benchmarks): find a blob
//! in a 32x32 RGB image. Each image holds one soft round blob (Gaussian profile, radius ~3
//! px) of one of three colours at a random position over dim noise; the net predicts the
//! blob's centre (x, y scaled to [-1, 1]; squared error) and its colour (3-way softmax
//! cross-entropy). Batches are generated on the host from `(seed, step)` alone, so a resumed
//! run sees exactly the batches an uninterrupted one would.
//!
//! Model (NHWC): conv 3x3/2 (3 -> 16) relu, conv 3x3/2 (16 -> 32) relu, conv 3x3/2 (32 -> 32)
//! relu, flatten (4x4x32 = 512), linear 512 -> 64 relu, linear 64 -> 5 (x, y, 3 logits).

use super::step::{BatchInput, LossOutput};
use crate::dtype::DType;
use crate::graph::ops::random::RngKey;
use crate::graph::Tensor;
use crate::host::HostTensor;
use crate::nn::{Conv2d, Linear, Scope};
use crate::rng::Rng;

pub const IMAGE_SIZE: usize = 32;
const COLOURS: [[f32; 3]; 3] = [[1.0, 0.15, 0.1], [0.1, 0.9, 0.2], [0.2, 0.3, 1.0]];
const BLOB_SIGMA: f64 = 2.0;

/// The demo task at a given global batch size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DemoTask {
    pub batch_size: usize,
}

impl DemoTask {
    pub fn batch_inputs(&self) -> Vec<BatchInput> {
        let n = self.batch_size;
        vec![
            BatchInput::new("image", DType::F32, &[n, IMAGE_SIZE, IMAGE_SIZE, 3]),
            BatchInput::new("position", DType::F32, &[n, 2]),
            BatchInput::new("colour", DType::F32, &[n, 3]),
        ]
    }

    /// The batch of step `step`: images, target positions, one-hot colours.
    pub fn batch(&self, seed: u64, step: u64) -> Vec<HostTensor> {
        let n = self.batch_size;
        let mut rng = Rng::new(seed.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ step);
        let s = IMAGE_SIZE;
        let mut image = vec![0f32; n * s * s * 3];
        let mut position = vec![0f32; n * 2];
        let mut colour = vec![0f32; n * 3];
        for b in 0..n {
            let cx = 4.0 + rng.uniform() * (s as f64 - 8.0);
            let cy = 4.0 + rng.uniform() * (s as f64 - 8.0);
            let c = (rng.next_u64() % 3) as usize;
            position[b * 2] = (cx / s as f64 * 2.0 - 1.0) as f32;
            position[b * 2 + 1] = (cy / s as f64 * 2.0 - 1.0) as f32;
            colour[b * 3 + c] = 1.0;
            for y in 0..s {
                for x in 0..s {
                    let d2 = (x as f64 + 0.5 - cx).powi(2) + (y as f64 + 0.5 - cy).powi(2);
                    let blob = (-d2 / (2.0 * BLOB_SIGMA * BLOB_SIGMA)).exp() as f32;
                    for ch in 0..3 {
                        let noise = 0.1 * rng.uniform() as f32;
                        image[((b * s + y) * s + x) * 3 + ch] = noise + blob * COLOURS[c][ch];
                    }
                }
            }
        }
        let host = |dims: &[usize], v: &[f32]| {
            HostTensor::from_slice(dims, v).expect("internal error: sizes match")
        };
        vec![
            host(&[n, s, s, 3], &image),
            host(&[n, 2], &position),
            host(&[n, 3], &colour),
        ]
    }

    /// The loss: position squared error + colour cross-entropy; metrics: their parts, the
    /// colour accuracy and the mean position error in pixels.
    pub fn loss(&self, scope: &Scope, batch: &[Tensor], _key: &RngKey) -> LossOutput {
        let n = self.batch_size;
        let mut h = batch[0].clone();
        for (k, (cin, cout)) in [(3, 16), (16, 32), (32, 32)].into_iter().enumerate() {
            h = Conv2d::new(cin, cout, [3, 3])
                .stride(2)
                .forward(&scope.child(&format!("encoder/conv{k}")), &h)
                .relu();
        }
        let h = h.reshape(&[n, 4 * 4 * 32]);
        let h = Linear::new(512, 64)
            .forward(&scope.child("head/hidden"), &h)
            .relu();
        let out = Linear::new(64, 5).forward(&scope.child("head/out"), &h);
        let predicted_position = out.slice_axis(1, 0, 2);
        let logits = out.slice_axis(1, 2, 5);
        let position_loss = (&predicted_position - &batch[1])
            .square()
            .sum(&[1])
            .mean_all();
        let colour_loss = -(logits.log_softmax(1) * &batch[2]).sum(&[1]).mean_all();
        let correct = logits.argmax(1).eq(&batch[2].argmax(1)).convert(DType::F32);
        let pixels = (IMAGE_SIZE as f64) / 2.0;
        let position_error =
            ((&predicted_position - &batch[1]).square().sum(&[1]).sqrt() * pixels).mean_all();
        LossOutput::new(&position_loss + &colour_loss)
            .metric("position_loss", position_loss)
            .metric("colour_loss", colour_loss)
            .metric("colour_accuracy", correct.mean_all())
            .metric("position_error_px", position_error)
    }
}
