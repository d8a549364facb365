//! The vector quantizer (reference brief §1.3; no EMA, no normalisation, no code restarts).
//!
//! | symbol | meaning | shape |
//! |--------|---------|-------|
//! | `z` | encoder features after `quant_conv` | `[N, h, w, D]` |
//! | `E` | codebook `quantizer/embeddings`, init U(-1/K, 1/K) | `[K, D]` |
//! | `codes` | `argmin_k ‖z - E_k‖²` (first minimum on ties) | `[N, h, w]` i32 |
//! | `z_q` | `E[codes]` | `[N, h, w, D]` |
//!
//! - distance `‖z‖² + ‖E_k‖² - 2 z·E_k`;
//! - `commitment = mean((sg(z_q) - z)²)`, `codebook = mean((z_q - sg(z))²)`,
//!   `vq_loss = 0.25 commitment + codebook`;
//! - straight-through output `z + sg(z_q - z)`: the value of `z_q`, the gradient of `z`;
//! - `perplexity = exp(-Σ p log(p + 1e-10))` of the batch's code histogram `p`, and
//!   `codebook_usage`, the fraction of codes used at least once in the batch (metrics only).

use crate::graph::{DotDims, Tensor};
use crate::nn::{Init, Scope};
use crate::DType;

/// The commitment-loss weight (beta).
pub const COMMITMENT_WEIGHT: f64 = 0.25;

/// Everything the quantizer computes for a batch.
#[derive(Clone, Debug)]
pub struct Quantized {
    /// Straight-through codebook vectors `[N, h, w, D]`.
    pub embeddings: Tensor,
    /// Code indices `[N, h, w]` (i32).
    pub codes: Tensor,
    /// `0.25 commitment + codebook` (scalar).
    pub vq_loss: Tensor,
    pub commitment_loss: Tensor,
    pub codebook_loss: Tensor,
    pub perplexity: Tensor,
    pub codebook_usage: Tensor,
}

/// Configuration of the quantizer: `n_embed` codes of `embed_dim` values.
#[derive(Clone, Debug, PartialEq)]
pub struct VectorQuantizer {
    pub n_embed: usize,
    pub embed_dim: usize,
    /// dtype of the stored codebook (f32 by default; converted to the features' dtype).
    pub param_dtype: DType,
}

impl VectorQuantizer {
    pub fn new(n_embed: usize, embed_dim: usize) -> Self {
        VectorQuantizer {
            n_embed,
            embed_dim,
            param_dtype: DType::F32,
        }
    }

    pub fn param_dtype(mut self, dtype: DType) -> Self {
        self.param_dtype = dtype;
        self
    }

    /// The codebook parameter `embeddings [K, D]` in its stored dtype.
    pub fn codebook(&self, scope: &Scope) -> Tensor {
        let bound = 1.0 / self.n_embed as f64;
        scope.param(
            "embeddings",
            self.param_dtype,
            &[self.n_embed, self.embed_dim],
            Init::Uniform {
                low: -bound,
                high: bound,
            },
        )
    }

    /// `codes [..] (i32) -> E[codes] [.., D]` in the codebook's dtype (the vectors VideoGPT
    /// consumes). Out-of-range codes are clamped to `[0, K - 1]` (gather semantics).
    #[track_caller]
    pub fn lookup(&self, scope: &Scope, codes: &Tensor) -> Tensor {
        self.codebook(scope).gather_rows(codes)
    }

    /// Quantizes `z [N, .., D]`; see the module doc.
    #[track_caller]
    pub fn forward(&self, scope: &Scope, z: &Tensor) -> Quantized {
        let dims = z.dims();
        if dims.last() != Some(&self.embed_dim) || dims.len() < 2 {
            let bad = z.fail(
                "vqgan.quantizer",
                format!(
                    "`{}` expects features [N, .., {}], got {}",
                    scope.path(),
                    self.embed_dim,
                    z.ty()
                ),
            );
            return Quantized {
                embeddings: bad.clone(),
                codes: bad.clone(),
                vq_loss: bad.clone(),
                commitment_loss: bad.clone(),
                codebook_loss: bad.clone(),
                perplexity: bad.clone(),
                codebook_usage: bad,
            };
        }
        let table = self.codebook(scope).convert(z.dtype());
        let rows: usize = dims[..dims.len() - 1].iter().product();
        let flat = z.reshape(&[rows, self.embed_dim]); // (M, D)
        let cross = flat.dot_general(
            &table,
            &DotDims {
                lhs_batch: vec![],
                rhs_batch: vec![],
                lhs_contract: vec![1],
                rhs_contract: vec![1],
            },
        ); // (M, K)
        let z_norm = flat.square().sum_keepdims(&[1]); // (M, 1)
        let e_norm = table.square().sum(&[1]).reshape(&[1, self.n_embed]); // (1, K)
        let distance = z_norm + e_norm - cross * 2.0; // (M, K)
        let flat_codes = distance.argmin(1); // (M,)
        let z_q = table.gather_rows(&flat_codes).reshape(&dims); // (N, .., D)
        let commitment_loss = (z_q.stop_gradient() - z).square().mean_all();
        let codebook_loss = (&z_q - z.stop_gradient()).square().mean_all();
        let vq_loss = &commitment_loss * COMMITMENT_WEIGHT + &codebook_loss;
        let embeddings = z + (&z_q - z).stop_gradient();
        let histogram = flat_codes.one_hot(self.n_embed, z.dtype()).mean(&[0]); // (K,)
        let perplexity = (&histogram * (&histogram + 1e-10).log())
            .sum_all()
            .neg()
            .exp();
        let codebook_usage = histogram
            .gt(&histogram.zeros_like())
            .convert(z.dtype())
            .mean_all();
        Quantized {
            embeddings,
            codes: flat_codes.reshape(&dims[..dims.len() - 1]),
            vq_loss,
            commitment_loss,
            codebook_loss,
            perplexity,
            codebook_usage,
        }
    }
}
