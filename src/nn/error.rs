//! Errors of the host side of `nn` (parameter trees). Tracing mistakes (a wrong input shape,
//! a parameter path reused with another shape) are recorded in the graph like every other
//! tracing error and reported by `FunctionBuilder::finish`.

use crate::dtype::DType;
use crate::host::HostTensorError;

#[derive(Debug, thiserror::Error)]
pub enum NnError {
    /// The initializer cannot produce values of this dtype (e.g. a normal init of an integer).
    #[error("parameter `{name}`: initializer {init} cannot fill a {dtype} tensor")]
    InitDType {
        name: String,
        init: String,
        dtype: DType,
    },
    /// Two entries share one name.
    #[error("parameter `{name}` appears twice")]
    Duplicate { name: String },
    /// A parameter the specs list is absent from the tree.
    #[error("parameter `{name}` is missing from the parameter tree")]
    Missing { name: String },
    /// A parameter exists with another shape or dtype than its spec.
    #[error("parameter `{name}`: expected {expected}, got {got}")]
    Mismatch {
        name: String,
        expected: String,
        got: String,
    },
    /// A list of values does not have one value per parameter spec.
    #[error("expected {expected} parameter values (one per spec), got {got}")]
    Count { expected: usize, got: usize },
    /// `Scope::from_params` needs at least one tensor.
    #[error("a scope over given parameters needs at least one parameter")]
    NoParams,
    #[error("parameter `{name}`: {source}")]
    Host {
        name: String,
        source: HostTensorError,
    },
}
