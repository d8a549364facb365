//! The graph IR: tracing (`FunctionBuilder`, `Tensor`), the op table (`ops`), reverse-mode
//! autodiff (`grad`, `vjp`), the verifier and the clean-up passes run before lowering.
//!
//! Decisions a reader should know:
//! - Nodes are appended in creation order (a topological order) and have one result each.
//! - Tracing methods never panic on shape or dtype mistakes: the graph records the first
//!   error with the caller's `file:line` and returns poisoned tensors; `finish` reports it.
//! - No implicit dtype promotion: binary ops need equal dtypes; f64 scalars (`x * 2.0`)
//!   adopt the tensor's dtype. Shapes broadcast numpy-style in the tracing methods (explicit
//!   `broadcast_in_dim` nodes), so primitives and their VJP rules see equal shapes.
//! - Gradients are ordinary nodes of the same graph (grad of grad works); only
//!   floating-point values carry cotangents, so integer and bool paths are cut once, in the
//!   sweep; zero-gradient ops say so in their table row.
//!
//! ```
//! use viper::graph::{grad, FunctionBuilder};
//! use viper::DType;
//! let f = FunctionBuilder::new("mlp_step");
//! let x = f.input("x", DType::F32, &[8, 3]);
//! let w = f.input("w", DType::F32, &[3, 4]);
//! let loss = x.matmul(&w).tanh().sum_all();
//! let g = grad(&loss, &[&w]);
//! let func = f.finish(&[loss, g[0].clone()]).unwrap();
//! let text = viper::lower::to_stablehlo(&func).unwrap();
//! assert!(text.contains("stablehlo.dot_general"));
//! ```

pub mod autodiff;
pub mod error;
pub mod function;
pub mod ir;
pub mod ops;
mod overload;
pub mod passes;
pub mod print;
pub mod shape;
pub mod tensor;
pub mod verify;

pub use autodiff::{grad, vjp};
pub use error::GraphError;
pub use function::{Function, FunctionBuilder};
pub use ir::{InputSpec, Node, Sharding, ValueId};
pub use ops::linalg::DotDims;
pub use ops::{Comparison, Op};
pub use shape::{Shape, TensorType};
pub use tensor::Tensor;
pub use verify::verify;
