//! One pre-LN transformer block (brief §2.3 step 6):
//! `x = x + Dropout(Attention(LN(x)))`, then
//! `x = x + Dropout(Dense(E)(Dropout(gelu2(Dense(mlp)(LN(x))))))`, with
//! `gelu2(x) = x sigmoid(1.702 x)`.
//!
//! The attention is passed in as a function, so the full pass (`attention.rs`) and one-token
//! decoding with a key/value cache (`sampler.rs`) share every other line of the block.
//!
//! Parameters under the block's scope: `norm_attention`, `attention/{qkv,out}` (the layout
//! of `nn::MultiHeadAttention`), `norm_mlp`, `mlp/hidden`, `mlp/out`.

use super::norm::VideoGptNorm;
use crate::dtype::DType;
use crate::graph::ops::random::RngKey;
use crate::graph::Tensor;
use crate::nn::{dropout, gelu_quick, Linear, MultiHeadAttention, Scope};

/// Dropout sites of one block, in the order of `BlockLayers::DROPOUT_SITES` keys.
const ATTENTION_WEIGHTS: usize = 0;
const ATTENTION_OUT: usize = 1;
const MLP_HIDDEN: usize = 2;
const MLP_OUT: usize = 3;

/// Shapes and rates of every block of a model.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockLayers {
    pub width: usize,
    pub heads: usize,
    pub mlp_dim: usize,
    pub dropout: f64,
    pub attention_dropout: f64,
    pub param_dtype: DType,
}

/// `attend(attention layer, its scope, normed x, attention-weight dropout key) -> [B, L, E]`.
pub type Attend<'a> =
    dyn FnOnce(&MultiHeadAttention, &Scope, &Tensor, Option<&RngKey>) -> Tensor + 'a;

impl BlockLayers {
    /// Random keys one block draws from in training.
    pub const DROPOUT_SITES: usize = 4;

    /// The attention layer (its parameters live under `<block>/attention`).
    pub fn attention(&self) -> MultiHeadAttention {
        MultiHeadAttention::new(self.width, self.heads)
            .causal()
            .attention_dropout(self.attention_dropout)
            .param_dtype(self.param_dtype)
    }

    fn norm(&self) -> VideoGptNorm {
        VideoGptNorm {
            features: self.width,
            param_dtype: self.param_dtype,
        }
    }

    /// `x [B, L, E] -> [B, L, E]`. `keys`: `DROPOUT_SITES` keys in training, `None` otherwise.
    #[track_caller]
    pub fn forward(
        &self,
        scope: &Scope,
        x: &Tensor,
        one_hot: Option<&Tensor>,
        keys: Option<&[RngKey]>,
        attend: Box<Attend<'_>>,
    ) -> Tensor {
        let drop = |h: Tensor, site: usize, rate: f64| match keys {
            Some(k) => dropout(&h, rate, &k[site]),
            None => h,
        };
        let normed = self
            .norm()
            .forward(&scope.child("norm_attention"), x, one_hot);
        let weights_key = keys.map(|k| &k[ATTENTION_WEIGHTS]);
        let h = attend(
            &self.attention(),
            &scope.child("attention"),
            &normed,
            weights_key,
        );
        let x = x + drop(h, ATTENTION_OUT, self.dropout);
        let normed = self.norm().forward(&scope.child("norm_mlp"), &x, one_hot);
        let hidden = Linear::new(self.width, self.mlp_dim)
            .param_dtype(self.param_dtype)
            .forward(&scope.child("mlp/hidden"), &normed);
        let hidden = drop(gelu_quick(&hidden), MLP_HIDDEN, self.dropout);
        let h = Linear::new(self.mlp_dim, self.width)
            .param_dtype(self.param_dtype)
            .forward(&scope.child("mlp/out"), &hidden);
        &x + &drop(h, MLP_OUT, self.dropout)
    }
}
