//! `Embedding`: row lookup in a learned table, `y[s.., :] = table[ids[s..], :]` (flax
//! `nn.Embed`; ids outside `[0, classes)` are clamped to the nearest row by `gather_rows`).
//!
//! | tensor | shape |
//! |--------|-------|
//! | ids    | `[..]` integer |
//! | table  | `[classes, features]`, init normal with std `1 / sqrt(features)` (flax default) |
//! | y      | `[.., features]` |
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::nn::{Embedding, Scope};
//! use viper::DType;
//! let fb = FunctionBuilder::new("embed_demo");
//! let ids = fb.input("ids", DType::I32, &[2, 5]);
//! let y = Embedding::new(10, 4).forward(&Scope::new(&fb), &ids);
//! assert_eq!(y.dims(), vec![2, 5, 4]);
//! ```

use super::init::Init;
use super::scope::Scope;
use crate::dtype::DType;
use crate::graph::Tensor;

/// Configuration of an embedding table.
#[derive(Clone, Debug, PartialEq)]
pub struct Embedding {
    pub classes: usize,
    pub features: usize,
    pub init: Init,
    pub param_dtype: DType,
}

impl Embedding {
    pub fn new(classes: usize, features: usize) -> Self {
        Embedding {
            classes,
            features,
            init: Init::Normal {
                std: 1.0 / (features.max(1) as f64).sqrt(),
            },
            param_dtype: DType::F32,
        }
    }

    pub fn init(mut self, init: Init) -> Self {
        self.init = init;
        self
    }

    pub fn param_dtype(mut self, dtype: DType) -> Self {
        self.param_dtype = dtype;
        self
    }

    /// The table `<scope>/embedding` `[classes, features]` (e.g. to tie an output layer).
    #[track_caller]
    pub fn table(&self, scope: &Scope) -> Tensor {
        scope.param(
            "embedding",
            self.param_dtype,
            &[self.classes, self.features],
            self.init.clone(),
        )
    }

    /// Integer `ids [..] -> [.., features]` in the parameter dtype.
    #[track_caller]
    pub fn forward(&self, scope: &Scope, ids: &Tensor) -> Tensor {
        if !ids.dtype().is_integer() {
            return ids.fail(
                "nn.Embedding",
                format!("`{}` expects integer ids, got {}", scope.path(), ids.ty()),
            );
        }
        self.table(scope).gather_rows(ids)
    }
}
