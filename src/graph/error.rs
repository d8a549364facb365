//! Errors of the graph layer. Every variant names the op (or pass) and, for tracing errors,
//! the caller's `file:line` recorded by `#[track_caller]`, so a message points at model code.

use std::panic::Location;

/// A caller location as `file:line:column`.
pub fn format_location(location: &Location<'_>) -> String {
    format!(
        "{}:{}:{}",
        location.file(),
        location.line(),
        location.column()
    )
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GraphError {
    // === Tracing errors (recorded at the first failing op, reported by `finish`) ===
    /// A shape or dtype rule rejected its inputs.
    #[error("{op}: {message} (traced at {location})")]
    Infer {
        op: &'static str,
        message: String,
        location: String,
    },
    /// Tensors of two different graphs were combined.
    #[error("{op}: operands belong to different graphs (traced at {location})")]
    ForeignTensor { op: &'static str, location: String },

    // === Autodiff ===
    #[error("{transform}: {message} (called at {location})")]
    Autodiff {
        transform: &'static str,
        message: String,
        location: String,
    },
    #[error("{transform}: no differentiation rule for `{op}` (node traced at {location})")]
    MissingVjp {
        transform: &'static str,
        op: &'static str,
        location: String,
    },

    // === Whole-function checks ===
    #[error("function `{function}`: {message}")]
    Function { function: String, message: String },
    /// The verifier found a node whose recorded type disagrees with its rule.
    #[error("verify: node %{index} ({op}, traced at {location}): {message}\n{neighbourhood}")]
    Verify {
        index: usize,
        op: &'static str,
        location: String,
        message: String,
        neighbourhood: String,
    },
}
