//! Composites: functions of primitives that need no rule of their own (their gradient,
//! shape checks and lowering come from the primitives they are made of). Prefer adding a
//! composite here over adding a primitive (STYLE R2).

use crate::graph::tensor::Tensor;

impl Tensor {
    /// `max(x, 0)`.
    #[track_caller]
    pub fn relu(&self) -> Tensor {
        self.maximum(&self.scalar_like(0.0))
    }

    /// `x * sigmoid(x)` (swish).
    #[track_caller]
    pub fn silu(&self) -> Tensor {
        self * self.sigmoid()
    }

    /// `log(1 + exp(x))`, computed as `max(x, 0) + log1p(exp(-|x|))` so it never overflows.
    #[track_caller]
    pub fn softplus(&self) -> Tensor {
        self.relu() + (-self.abs()).exp().log1p()
    }

    /// GELU, tanh approximation: `x/2 (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))` (flax's
    /// default `approximate=True`).
    #[track_caller]
    pub fn gelu(&self) -> Tensor {
        let inner = (self + self * self * self * 0.044715) * (2.0 / std::f64::consts::PI).sqrt();
        self * 0.5 * (inner.tanh() + 1.0)
    }

    /// `log(sum(exp(x)))` over `axes` (removed), computed stably by shifting by the maximum
    /// (the shift is a constant for autodiff: it cancels exactly).
    #[track_caller]
    pub fn logsumexp(&self, axes: &[usize]) -> Tensor {
        let shift = self.max_keepdims(axes).stop_gradient();
        let summed = (self - &shift).exp().sum(axes);
        summed.log() + shift.reshape(&summed.dims())
    }

    /// `exp(x) / sum(exp(x))` along `axis`.
    #[track_caller]
    pub fn softmax(&self, axis: usize) -> Tensor {
        let shifted = self - &self.max_keepdims(&[axis]).stop_gradient();
        let e = shifted.exp();
        &e / &e.sum_keepdims(&[axis])
    }

    /// `x - logsumexp(x)` along `axis`.
    #[track_caller]
    pub fn log_softmax(&self, axis: usize) -> Tensor {
        let shifted = self - &self.max_keepdims(&[axis]).stop_gradient();
        &shifted - &shifted.exp().sum_keepdims(&[axis]).log()
    }

    /// Inserts a size-1 axis at `axis`.
    #[track_caller]
    pub fn expand_dims(&self, axis: usize) -> Tensor {
        let mut dims = self.dims();
        if axis > dims.len() {
            return self.fail(
                "expand_dims",
                format!("axis {axis} is out of range for {}", self.ty()),
            );
        }
        dims.insert(axis, 1);
        self.reshape(&dims)
    }

    /// Removes the size-1 axis `axis`.
    #[track_caller]
    pub fn squeeze(&self, axis: usize) -> Tensor {
        let mut dims = self.dims();
        if dims.get(axis) != Some(&1) {
            return self.fail(
                "squeeze",
                format!("axis {axis} of {} is not of size 1", self.ty()),
            );
        }
        dims.remove(axis);
        self.reshape(&dims)
    }

    /// Merges axes `start..end` into one.
    #[track_caller]
    pub fn flatten(&self, start: usize, end: usize) -> Tensor {
        let dims = self.dims();
        if start >= end || end > dims.len() {
            return self.fail(
                "flatten",
                format!(
                    "axes {start}..{end} are not a non-empty range of {}",
                    self.ty()
                ),
            );
        }
        let mut merged = dims[..start].to_vec();
        merged.push(dims[start..end].iter().product());
        merged.extend_from_slice(&dims[end..]);
        self.reshape(&merged)
    }
}
