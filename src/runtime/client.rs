//! `PJRT_Client`: the entry point. Finds and loads a plugin, creates the client (with
//! [`ClientOptions`]), lists its addressable devices, and hands out buffers and executables
//! (which keep the client alive).

use std::path::Path;
use std::sync::Arc;

use super::buffer::DeviceBuffer;
use super::client_options::{
    default_asynchronous, describe, ClientOptions, INLINE_ON_CPU_BY_DEFAULT,
};
use super::compile_options::CompileOptions;
use super::device::{self, copy_str, Device};
use super::discovery::{self, Candidates};
use super::error::RuntimeError;
use super::executable::Executable;
use super::ffi::{self, Args, PjrtClient, PjrtDevice};
use super::plugin::{pjrt, Plugin};
use crate::host::HostTensor;

/// A PJRT client on one plugin. Cheap to clone (shared handle); Send + Sync.
#[derive(Clone)]
pub struct Client {
    inner: Arc<ClientHandle>,
}

/// The owned `PJRT_Client*` and what we read from it once.
struct ClientHandle {
    plugin: Arc<Plugin>,
    raw: *mut PjrtClient,
    /// What was sent to `PJRT_Client_Create`.
    options: ClientOptions,
    platform_name: String,
    raw_devices: Vec<*mut PjrtDevice>,
    devices: Vec<Device>,
}

// SAFETY: a PJRT client is thread-safe by the C API's contract; the device handles it owns are
// immutable for its lifetime, and everything else here is plain data.
unsafe impl Send for ClientHandle {}
// SAFETY: as above.
unsafe impl Sync for ClientHandle {}

impl Client {
    /// A client on the plugin at `plugin`, or (None) on the discovered one: see
    /// [`discovery`](super::discovery) for the search order. Default options.
    pub fn new(plugin: Option<&Path>) -> Result<Client, RuntimeError> {
        Self::with_options(plugin, &ClientOptions::default())
    }

    /// As [`Client::new`], created with `options`. Options refused by viper or by the plugin
    /// are reported as such (not as "no plugin found").
    pub fn with_options(
        plugin: Option<&Path>,
        options: &ClientOptions,
    ) -> Result<Client, RuntimeError> {
        options.validate()?;
        let mut tried = Vec::new();
        match discovery::candidates(plugin) {
            Candidates::Chosen { path, source } => {
                if !path.is_file() {
                    tried.push((path, format!("no such file (from {source})")));
                } else {
                    match Self::on_plugin(&path, options) {
                        Ok(client) => return Ok(client),
                        Err(e @ RuntimeError::ClientOptionsRejected { .. }) => return Err(e),
                        Err(e) => tried.push((path, e.to_string())),
                    }
                }
            }
            // The first installed plugin is the one: if it fails, say so rather than
            // silently fall back to a slower backend.
            Candidates::Cache(paths) => {
                let mut paths = paths.into_iter();
                for path in paths.by_ref() {
                    if !path.is_file() {
                        tried.push((path, "not installed".to_string()));
                        continue;
                    }
                    match Self::on_plugin(&path, options) {
                        Ok(client) => return Ok(client),
                        Err(e @ RuntimeError::ClientOptionsRejected { .. }) => return Err(e),
                        Err(e) => tried.push((path, e.to_string())),
                    }
                    break;
                }
            }
        }
        Err(RuntimeError::PluginNotFound { tried })
    }

    /// A client on the plugin at `path`, applying viper's default where `options` leave
    /// `asynchronous` unset: inline execution on CPU platforms. The platform is only known
    /// from a client, so the first client of a plugin is created without that option and, on a
    /// CPU platform, created again with it (a CPU client takes about 0.5 ms to create, measured
    /// on both CPU plugins; later clients of the plugin skip the probe).
    fn on_plugin(path: &Path, options: &ClientOptions) -> Result<Client, RuntimeError> {
        let plugin = Plugin::load(path)?;
        if options.asynchronous.is_some() || !INLINE_ON_CPU_BY_DEFAULT {
            return Self::create(&plugin, options);
        }
        let first = match plugin.platform() {
            Some(_) => None,
            None => Some(Self::create(&plugin, options)?),
        };
        let platform = plugin.platform().unwrap_or_default();
        let Some(asynchronous) = default_asynchronous(platform) else {
            return match first {
                Some(client) => Ok(client),
                None => Self::create(&plugin, options),
            };
        };
        drop(first);
        let with_default = ClientOptions {
            asynchronous: Some(asynchronous),
            ..*options
        };
        match Self::create(&plugin, &with_default) {
            // A CPU plugin that does not know the option keeps its own default.
            Err(RuntimeError::ClientOptionsRejected { .. }) => Self::create(&plugin, options),
            result => result,
        }
    }

    /// `PJRT_Client_Create` with exactly `options`.
    fn create(plugin: &Arc<Plugin>, options: &ClientOptions) -> Result<Client, RuntimeError> {
        Self::create_with(plugin, options, &options.to_named_values())
    }

    /// `PJRT_Client_Create` sending `named` (the encoding of `options`, or in tests anything).
    fn create_with(
        plugin: &Arc<Plugin>,
        options: &ClientOptions,
        named: &[ffi::NamedValue],
    ) -> Result<Client, RuntimeError> {
        let mut create = ffi::ClientCreateArgs::new();
        create.create_options = named.as_ptr();
        create.num_options = named.len();
        // SAFETY: `named` (whose names point to static strings) outlives the call; no
        // key-value callbacks (all null): a single-process client.
        let err = unsafe { pjrt!(plugin, client_create, &mut create) };
        if named.is_empty() {
            plugin.check_call("PJRT_Client_Create", err)?;
        } else {
            plugin
                .check(err)
                .map_err(|f| RuntimeError::ClientOptionsRejected {
                    plugin: plugin.path().to_path_buf(),
                    options: describe(named),
                    message: f.message,
                })?;
        }
        // From here the handle owns the client and destroys it on every path.
        let mut handle = ClientHandle {
            plugin: plugin.clone(),
            raw: create.client,
            options: *options,
            platform_name: String::new(),
            raw_devices: Vec::new(),
            devices: Vec::new(),
        };
        handle.read_platform_and_devices()?;
        plugin.remember_platform(&handle.platform_name);
        if handle.platform_name == "cpu" {
            super::host_memory::reuse_big_blocks();
        }
        Ok(Client {
            inner: Arc::new(handle),
        })
    }

    /// The plugin file this client runs on.
    pub fn plugin_path(&self) -> &Path {
        self.inner.plugin.path()
    }

    /// The PJRT C API version of the plugin (major, minor).
    pub fn api_version(&self) -> (i32, i32) {
        self.inner.plugin.api_version()
    }

    /// The options the client was created with: what was sent to the plugin, after viper's
    /// default was applied (a plugin may ignore an option it accepts: xla-cpu-pjrt ignores
    /// `asynchronous`).
    pub fn options(&self) -> ClientOptions {
        self.inner.options
    }

    /// "cpu", "cuda", "tpu", ...
    pub fn platform_name(&self) -> String {
        self.inner.platform_name.clone()
    }

    /// The addressable devices, in the client's order.
    pub fn devices(&self) -> Vec<Device> {
        self.inner.devices.clone()
    }

    /// Compiles StableHLO text; `name` names the graph in errors.
    pub fn compile(
        &self,
        name: &str,
        mlir: &str,
        options: &CompileOptions,
    ) -> Result<Executable, RuntimeError> {
        Executable::compile(self, name, mlir, options)
    }

    /// Copies a host tensor to device `device` (an index into [`Client::devices`]).
    pub fn to_device(
        &self,
        host: &HostTensor,
        device: usize,
    ) -> Result<DeviceBuffer, RuntimeError> {
        DeviceBuffer::from_host(self, host, device)
    }

    // ---- for the other handle files

    pub(crate) fn plugin(&self) -> &Arc<Plugin> {
        &self.inner.plugin
    }

    pub(crate) fn raw(&self) -> *mut PjrtClient {
        self.inner.raw
    }

    pub(crate) fn raw_device(&self, index: usize) -> Result<*mut PjrtDevice, RuntimeError> {
        self.inner
            .raw_devices
            .get(index)
            .copied()
            .ok_or(RuntimeError::DeviceIndex {
                index,
                count: self.inner.raw_devices.len(),
            })
    }

    /// Our index of a device handle returned by the plugin.
    pub(crate) fn device_index(&self, raw: *mut PjrtDevice) -> Option<usize> {
        self.inner.raw_devices.iter().position(|&d| d == raw)
    }
}

impl ClientHandle {
    fn read_platform_and_devices(&mut self) -> Result<(), RuntimeError> {
        let plugin = &self.plugin;
        let mut name = ffi::ClientPlatformNameArgs::new();
        name.client = self.raw;
        // SAFETY: `raw` is a live client; the returned name is owned by it.
        let err = unsafe { pjrt!(plugin, client_platform_name, &mut name) };
        plugin.check_call("PJRT_Client_PlatformName", err)?;
        // SAFETY: `platform_name_size` bytes at `platform_name`, owned by the live client.
        self.platform_name = unsafe { copy_str(name.platform_name, name.platform_name_size) };

        let mut devs = ffi::ClientAddressableDevicesArgs::new();
        devs.client = self.raw;
        // SAFETY: `raw` is a live client; the returned array is owned by it.
        let err = unsafe { pjrt!(plugin, client_addressable_devices, &mut devs) };
        plugin.check_call("PJRT_Client_AddressableDevices", err)?;
        if devs.num_addressable_devices > 0 {
            // SAFETY: the plugin returned an array of `num_addressable_devices` device
            // handles, valid for the client's lifetime; we copy the pointers.
            self.raw_devices = unsafe {
                std::slice::from_raw_parts(devs.addressable_devices, devs.num_addressable_devices)
            }
            .to_vec();
        }
        self.devices = self
            .raw_devices
            .iter()
            .enumerate()
            .map(|(i, &raw)| device::describe(plugin, raw, i))
            .collect::<Result<_, _>>()?;
        Ok(())
    }
}

impl Drop for ClientHandle {
    fn drop(&mut self) {
        if self.raw.is_null() {
            return;
        }
        let mut args = ffi::ClientDestroyArgs::new();
        args.client = self.raw;
        // SAFETY: `raw` is live and owned here; every buffer and executable holds a `Client`
        // clone, so none outlives this destroy.
        let err = unsafe { pjrt!(self.plugin, client_destroy, &mut args) };
        // Nothing to report from a destructor; `check` frees the error.
        let _ = self.plugin.check(err);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::ffi::named_value_type;

    /// How each CPU plugin reacts to an option name it does not know (a raw named value; the
    /// typed `ClientOptions` cannot send one): the 0.115 plugin refuses it with an error, which
    /// we report naming the plugin and the option; the 0.81 plugin ignores it. The alternative
    /// plugin is tested when `VIPER_TEST_PLUGIN_ALT` names one.
    #[test]
    fn an_unknown_option_is_refused_or_ignored_but_never_aborts() {
        let mut plugins = vec![Client::new(None).unwrap().plugin_path().to_path_buf()];
        plugins.extend(std::env::var_os("VIPER_TEST_PLUGIN_ALT").map(Into::into));
        for path in plugins {
            let plugin = Plugin::load(&path).unwrap();
            let name = "no_such_option";
            let mut unknown = ffi::NamedValue::new();
            unknown.name = name.as_ptr().cast();
            unknown.name_size = name.len();
            unknown.value_type = named_value_type::BOOL;
            unknown.value.bool_value = true;
            unknown.value_size = 1;
            let result = Client::create_with(&plugin, &ClientOptions::default(), &[unknown]);
            match (plugin.api_version(), result) {
                ((0, 81), Ok(client)) => assert!(!client.devices().is_empty()),
                (_, Err(e @ RuntimeError::ClientOptionsRejected { .. })) => {
                    let text = e.to_string();
                    assert!(text.contains("no_such_option=true"), "{text}");
                    assert!(text.contains(&path.display().to_string()), "{text}");
                }
                (version, Ok(_)) => panic!("API {version:?} accepted an unknown option"),
                (_, Err(e)) => panic!("unexpected error kind: {e}"),
            }
        }
    }
}
