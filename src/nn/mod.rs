//! Neural-network building blocks traced into the graph IR: named parameters (`Scope`,
//! `ParamSpec`, `Init`, `ParamTree`), layers (one file each, formula and shapes in the file's
//! doc) and the distributions DreamerV3 uses (`dist`).
//!
//! Layouts follow the reference's flax modules: NHWC activations, HWIO conv kernels, dense
//! kernels `[in, out]`. A layer struct is configuration only; `forward(&scope, ..)` traces it,
//! creating its parameters under the scope's path on first use. Shape mistakes are tracing
//! errors naming the layer's path (reported by `FunctionBuilder::finish`), never panics.

pub mod activations;
pub mod attention;
pub mod attention_cache;
pub mod cond_layer_norm;
pub mod conv;
pub mod conv_transpose;
pub mod dist;
pub mod dropout;
pub mod embedding;
pub mod error;
pub mod group_norm;
pub mod init;
pub mod layer_norm;
pub mod linear;
pub mod params;
pub mod rms_norm;
pub mod scope;
pub mod upsample;

pub use activations::{gelu_quick, leaky_relu, symexp, symlog, Activation};
pub use attention::{KvCache, MultiHeadAttention};
pub use cond_layer_norm::ConditionalLayerNorm;
pub use conv::{Conv2d, ConvForm, Padding};
pub use conv_transpose::ConvTranspose2d;
pub use dropout::dropout;
pub use embedding::Embedding;
pub use error::NnError;
pub use group_norm::GroupNorm;
pub use init::Init;
pub use layer_norm::{LayerNorm, Variance};
pub use linear::Linear;
pub use params::{ParamSpec, ParamTree};
pub use rms_norm::RmsNorm;
pub use scope::Scope;
pub use upsample::upsample_nearest;
