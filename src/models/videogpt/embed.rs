//! The transformer's input sequence (brief §2.3 steps 1-4): code vectors projected to width
//! E, a learned start token with a right shift (input position i carries token i-1), and
//! three per-axis position tables concatenated to width E and added.
//!
//! | symbol | meaning | shape |
//! |--------|---------|-------|
//! | codes | code indices, raster order time, row, column | `[B, T, h, w]` i32 |
//! | codebook | the VQ-GAN's code vectors | `[K, D]` |
//! | code_embed | `Dense(E)` on the code vectors (`kernel [D, E]`, `bias [E]`) | |
//! | sos | the start token, N(0, 0.02) | `[E]` |
//! | position/{time,row,column} | tables, N(0, 0.02) | `[T, c0]`, `[h, c1]`, `[w, c2]` |
//! | result | the shifted, position-added sequence | `[B, L, E]`, `L = T h w` |
//!
//! The dense layer is applied to the codebook rows before the lookup: `(codebook W + b)[codes]`
//! equals `codebook[codes] W + b` exactly per element, and costs `K D E` instead of `B L D E`.

use crate::dtype::DType;
use crate::graph::Tensor;
use crate::nn::{Init, Linear, Scope};

/// The reference's init of the start token and the position tables.
const TABLE_INIT: Init = Init::Normal { std: 0.02 };

/// Split of `width` over three axes, earlier axes taking the remainder (256 -> 86, 85, 85).
pub fn position_split(width: usize) -> [usize; 3] {
    let (base, extra) = (width / 3, width % 3);
    [0, 1, 2].map(|i| base + usize::from(i < extra))
}

/// Everything the input layers need to know.
#[derive(Clone, Debug, PartialEq)]
pub struct InputLayers {
    /// `[T, h, w]`.
    pub shape: [usize; 3],
    pub code_dim: usize,
    pub width: usize,
    pub param_dtype: DType,
}

impl InputLayers {
    pub fn tokens(&self) -> usize {
        self.shape.iter().product()
    }

    /// `codebook [K, D]` projected to `[K, E]` (in the codebook's dtype).
    #[track_caller]
    pub fn projected_codebook(&self, scope: &Scope, codebook: &Tensor) -> Tensor {
        Linear::new(self.code_dim, self.width)
            .param_dtype(self.param_dtype)
            .forward(&scope.child("code_embed"), codebook)
    }

    /// The start token `[E]` in `dtype`.
    #[track_caller]
    pub fn sos(&self, scope: &Scope, dtype: DType) -> Tensor {
        scope
            .param("sos", self.param_dtype, &[self.width], TABLE_INIT)
            .convert(dtype)
    }

    /// The summed-by-concatenation position table `[L, E]` in `dtype`.
    #[track_caller]
    pub fn position_table(&self, scope: &Scope, dtype: DType) -> Tensor {
        let scope = scope.child("position");
        let widths = position_split(self.width);
        let [t, h, w] = self.shape;
        let names = ["time", "row", "column"];
        let per_axis: Vec<Tensor> = (0..3)
            .map(|axis| {
                let table = scope
                    .param(
                        names[axis],
                        self.param_dtype,
                        &[self.shape[axis], widths[axis]],
                        TABLE_INIT,
                    )
                    .convert(dtype);
                // (n_axis, c) broadcast over the grid: (T, h, w, c).
                table.broadcast_in_dim(&[t, h, w, widths[axis]], &[axis, 3])
            })
            .collect();
        let refs: Vec<&Tensor> = per_axis.iter().collect();
        Tensor::concatenate(&refs, 3).reshape(&[t * h * w, self.width])
    }

    /// The transformer input `[B, L, E]` for `codes [B, T, h, w]`: start token, tokens
    /// `0..L-1` shifted right by one, plus positions.
    #[track_caller]
    pub fn forward(&self, scope: &Scope, codes: &Tensor, codebook: &Tensor) -> Tensor {
        let dtype = codebook.dtype();
        let batch = codes.dims()[0];
        let l = self.tokens();
        let vectors = self
            .projected_codebook(scope, codebook)
            .gather_rows(&codes.reshape(&[batch, l])); // (B, L, E)
        let sos = self
            .sos(scope, dtype)
            .broadcast_in_dim(&[batch, 1, self.width], &[2]);
        let shifted = Tensor::concatenate(&[&sos, &vectors.slice_axis(1, 0, l - 1)], 1);
        shifted + self.position_table(scope, dtype)
    }
}
