//! The runtime's error type: every failure names the plugin, the PJRT call or the graph
//! involved, and carries the plugin's own message. `check` (in `plugin.rs`) is the one place a
//! `PJRT_Error` becomes a [`RuntimeError`].

use std::path::PathBuf;

use crate::host::HostTensorError;

/// How to get a plugin when none is found: quoted in discovery errors.
pub const INSTALL_HINT: &str = "install one with `tools/install-pjrt-plugin` (CPU; \
`--backend cuda|tpu` for accelerators), or pass `--plugin PATH` / set VIPER_PJRT_PLUGIN";

/// What went wrong in the PJRT runtime.
#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    // ---- finding and loading a plugin
    /// Discovery found no plugin that loads: every candidate path with why it was not used.
    #[error("no usable PJRT plugin found; tried:\n{}\n{INSTALL_HINT}", format_tried(.tried))]
    PluginNotFound { tried: Vec<(PathBuf, String)> },

    // The two below are only ever shown inside `PluginNotFound`, after their path.
    #[error("{message}")]
    PluginLoad { path: PathBuf, message: String },

    #[error(
        "incompatible: {message} (viper declares the PJRT C API at {}.{})",
        super::ffi::DECLARED_API_VERSION.0,
        super::ffi::DECLARED_API_VERSION.1
    )]
    PluginIncompatible { path: PathBuf, message: String },

    // ---- creating a client
    #[error("client option {option} must be {expected}, got {got}")]
    ClientOptionInvalid {
        option: &'static str,
        expected: String,
        got: String,
    },

    #[error("plugin {plugin} refused the client options {options}: {message}")]
    ClientOptionsRejected {
        plugin: PathBuf,
        options: String,
        message: String,
    },

    // ---- a PJRT call failed
    #[error("PJRT {call} failed (plugin {plugin}): {message}")]
    Call {
        call: &'static str,
        plugin: PathBuf,
        code: i32,
        message: String,
    },

    #[error("compiling graph `{graph}` failed (plugin {plugin}): {message}")]
    Compile {
        graph: String,
        plugin: PathBuf,
        message: String,
    },

    #[error("executing graph `{graph}` failed (plugin {plugin}): {message}")]
    Execute {
        graph: String,
        plugin: PathBuf,
        message: String,
    },

    // ---- refused on our side, before the plugin sees it
    #[error("compile options: {field} must be {expected}, got {got}")]
    CompileOptions {
        field: &'static str,
        expected: String,
        got: String,
    },

    #[error("device index {index} out of range: the client has {count} addressable devices")]
    DeviceIndex { index: usize, count: usize },

    #[error("graph `{graph}`: {message}")]
    Inputs { graph: String, message: String },

    #[error("PJRT returned a buffer of element type {code}, which viper has no dtype for")]
    UnknownBufferType { code: i32 },

    #[error(transparent)]
    Host(#[from] HostTensorError),
}

fn format_tried(tried: &[(PathBuf, String)]) -> String {
    if tried.is_empty() {
        return "  (no candidate path)".to_string();
    }
    tried
        .iter()
        .map(|(path, why)| format!("  {}: {why}", path.display()))
        .collect::<Vec<_>>()
        .join("\n")
}
