//! The PJRT runtime: loads a PJRT C API plugin, compiles StableHLO text, moves arrays between
//! host and devices, and runs executables (single device or SPMD), with input donation.
//!
//! All `unsafe` code of viper lives in this module. `ffi` declares the C structs and the
//! function table; `plugin` loads the library and owns the one status check; each other file
//! wraps one handle and destroys it on drop.

mod buffer;
mod client;
mod client_options;
mod compile_options;
mod device;
pub mod discovery;
mod error;
mod event;
mod executable;
mod ffi;
mod host_memory;
mod plugin;

pub use buffer::DeviceBuffer;
pub use client::Client;
pub use client_options::{ClientOptions, INLINE_ON_CPU_BY_DEFAULT, MAX_CPU_DEVICE_COUNT};
pub use compile_options::CompileOptions;
pub use device::Device;
pub use error::{RuntimeError, INSTALL_HINT};
pub use executable::{Executable, Input};
pub use ffi::DECLARED_API_VERSION;
