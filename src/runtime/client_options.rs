//! Client create options: what viper may pass to `PJRT_Client_Create` (as `PJRT_NamedValue`s),
//! checked on our side first, and viper's default.
//!
//! How the CPU plugins react (measured with a C API probe, one child process per case):
//! - `asynchronous` (bool): lammps-jax-pjrt-cpu (API 0.115) accepts it; `false` runs an
//!   execution inline on the calling thread instead of handing it to the plugin's thread pool
//!   and waiting. xla-cpu-pjrt (API 0.81) accepts it and ignores it.
//! - `cpu_device_count` (int64): both expose that many devices. 0 gives a client without
//!   devices; a negative count aborts the 0.115 plugin.
//! - An option name the plugin does not know: 0.115 returns an error ("Unexpected option
//!   name"), 0.81 ignores it. A value of the wrong type: 0.115 returns an error, 0.81 aborts the
//!   process. So each option has one fixed type here, and counts are checked before sending.
//!
//! GPU and TPU plugins take other options: viper sends them nothing unless asked.

use std::ffi::c_char;

use super::error::RuntimeError;
use super::ffi::{self, named_value_type, Args};

/// The largest `cpu_device_count` we pass on: a guard against a typo asking for millions of
/// devices (each gets its own allocations and threads in the plugin).
pub const MAX_CPU_DEVICE_COUNT: usize = 1024;

/// Whether a client on a CPU platform runs executions inline (`asynchronous = false`) when
/// [`ClientOptions::asynchronous`] is left unset. Decided from measurements: see the runtime
/// part of README.md and `tools/bench/README.md` (host overhead).
pub const INLINE_ON_CPU_BY_DEFAULT: bool = true;

/// Options for creating a client. `None` fields are not sent, except `asynchronous`, which
/// gets viper's default (see [`INLINE_ON_CPU_BY_DEFAULT`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClientOptions {
    /// `asynchronous`: `Some(false)` asks a CPU plugin to run each execution on the calling
    /// thread, `Some(true)` on its thread pool (the plugins' own default). `None`: `false` on
    /// a CPU platform whose plugin accepts it, nothing sent elsewhere (GPU, TPU).
    pub asynchronous: Option<bool>,
    /// `cpu_device_count`: how many devices a CPU client exposes (the plugins' default is 4).
    pub cpu_device_count: Option<usize>,
}

impl ClientOptions {
    /// Refuses values a plugin would reject, abort on, or turn into a useless client.
    pub fn validate(&self) -> Result<(), RuntimeError> {
        if let Some(count) = self.cpu_device_count {
            if !(1..=MAX_CPU_DEVICE_COUNT).contains(&count) {
                return Err(RuntimeError::ClientOptionInvalid {
                    option: "cpu_device_count",
                    expected: format!("between 1 and {MAX_CPU_DEVICE_COUNT}"),
                    got: count.to_string(),
                });
            }
        }
        Ok(())
    }

    /// True when nothing would be sent to the plugin.
    pub fn is_empty(&self) -> bool {
        self.asynchronous.is_none() && self.cpu_device_count.is_none()
    }

    /// The options as the C API takes them. The names are static strings, so the returned
    /// values stay valid as long as the caller keeps the vector.
    pub(crate) fn to_named_values(self) -> Vec<ffi::NamedValue> {
        let mut values = Vec::new();
        if let Some(asynchronous) = self.asynchronous {
            let mut v = named("asynchronous", named_value_type::BOOL);
            v.value.bool_value = asynchronous;
            values.push(v);
        }
        if let Some(count) = self.cpu_device_count {
            let mut v = named("cpu_device_count", named_value_type::INT64);
            // `validate` bounds the count far below i64::MAX.
            v.value.int64_value = count as i64;
            values.push(v);
        }
        values
    }
}

/// viper's default for `asynchronous` on a platform (as its clients name it): `false`
/// (inline) on CPU when [`INLINE_ON_CPU_BY_DEFAULT`], otherwise nothing is sent. Accelerator
/// plugins take other options and may refuse unknown ones.
pub(crate) fn default_asynchronous(platform: &str) -> Option<bool> {
    (platform == "cpu" && INLINE_ON_CPU_BY_DEFAULT).then_some(false)
}

/// `name=value, ...` of named values, for error messages.
pub(crate) fn describe(values: &[ffi::NamedValue]) -> String {
    values
        .iter()
        .map(|v| {
            // SAFETY: every named value we build points `name` at `name_size` bytes of a
            // static string, and its payload is the member `value_type` names.
            let name = unsafe { std::slice::from_raw_parts(v.name as *const u8, v.name_size) };
            let name = String::from_utf8_lossy(name);
            let value = match v.value_type {
                // SAFETY (both arms): the member read is the one `value_type` names.
                named_value_type::BOOL => unsafe { v.value.bool_value }.to_string(),
                named_value_type::INT64 => unsafe { v.value.int64_value }.to_string(),
                other => format!("(value of type {other})"),
            };
            format!("{name}={value}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A scalar named value with an all-zero payload.
fn named(name: &'static str, value_type: i32) -> ffi::NamedValue {
    let mut v = ffi::NamedValue::new();
    v.name = name.as_ptr() as *const c_char;
    v.name_size = name.len();
    v.value_type = value_type;
    v.value_size = 1;
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name_of(v: &ffi::NamedValue) -> &'static str {
        // SAFETY: `named` only ever points `name` at a `&'static str` of `name_size` bytes.
        let bytes = unsafe { std::slice::from_raw_parts(v.name as *const u8, v.name_size) };
        std::str::from_utf8(bytes).unwrap()
    }

    #[test]
    fn options_become_typed_named_values() {
        assert!(ClientOptions::default().to_named_values().is_empty());
        let values = ClientOptions {
            asynchronous: Some(false),
            cpu_device_count: Some(3),
        }
        .to_named_values();
        assert_eq!(values.len(), 2);
        assert_eq!(name_of(&values[0]), "asynchronous");
        assert_eq!(values[0].value_type, named_value_type::BOOL);
        // SAFETY: the BOOL member was written.
        assert!(!unsafe { values[0].value.bool_value });
        assert_eq!(name_of(&values[1]), "cpu_device_count");
        assert_eq!(values[1].value_type, named_value_type::INT64);
        // SAFETY: the INT64 member was written.
        assert_eq!(unsafe { values[1].value.int64_value }, 3);
        assert!(values.iter().all(|v| v.value_size == 1));
        assert_eq!(describe(&values), "asynchronous=false, cpu_device_count=3");
        assert!(values
            .iter()
            .all(|v| v.struct_size == ffi::NamedValue::STRUCT_SIZE));
    }

    #[test]
    fn only_cpu_platforms_get_a_default_for_asynchronous() {
        assert_eq!(
            default_asynchronous("cpu"),
            INLINE_ON_CPU_BY_DEFAULT.then_some(false)
        );
        for accelerator in ["cuda", "rocm", "tpu", "METAL", ""] {
            assert_eq!(default_asynchronous(accelerator), None, "{accelerator}");
        }
    }

    #[test]
    fn device_counts_outside_the_range_are_refused() {
        for bad in [0, MAX_CPU_DEVICE_COUNT + 1] {
            let err = ClientOptions {
                cpu_device_count: Some(bad),
                ..Default::default()
            }
            .validate()
            .unwrap_err()
            .to_string();
            assert!(
                err.contains("cpu_device_count") && err.contains(&bad.to_string()),
                "{err}"
            );
        }
        let ok = ClientOptions {
            cpu_device_count: Some(1),
            ..Default::default()
        };
        assert!(ok.validate().is_ok());
    }
}
