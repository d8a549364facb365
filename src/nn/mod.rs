//! Neural-network building blocks traced into the graph IR: named parameters (`Scope`,
//! `ParamSpec`, `Init`, `ParamTree`), layers (one file each, formula and shapes in the file's
//! doc) and the distributions DreamerV3 uses (`dist`).
//!
//! Layouts follow the reference's flax modules: NHWC activations, HWIO conv kernels, dense
//! kernels `[in, out]`. A layer struct is configuration only; `forward(&scope, ..)` traces it,
//! creating its parameters under the scope's path on first use.

pub mod error;
pub mod init;
pub mod linear;
pub mod params;
pub mod scope;

pub use error::NnError;
pub use init::Init;
pub use linear::Linear;
pub use params::{ParamSpec, ParamTree};
pub use scope::Scope;
