//! Loads a PJRT plugin: `dlopen` with libloading, `GetPjrtApi`, the API version check and
//! `PJRT_Plugin_Initialize`. A plugin is loaded and initialised once per process (a registry
//! keyed by canonical path) and never unloaded: XLA plugins start threads and register global
//! state that does not survive `dlclose`. Also home of [`Plugin::check`], the one place a
//! `PJRT_Error` becomes a [`RuntimeError`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use super::error::RuntimeError;
use super::ffi::{self, Api, Args, PjrtError};

/// Calls the table slot `$slot` with the argument struct pointer `$args`; evaluates to what
/// the slot returns. Must be used inside `unsafe`: the caller vouches for the pointers in the
/// arguments. Every slot used is checked present when the plugin loads (`check_compatible`).
macro_rules! pjrt {
    ($plugin:expr, $slot:ident, $args:expr) => {
        ($plugin
            .api()
            .$slot
            .expect("internal error: PJRT slot checked when the plugin loaded"))($args)
    };
}
pub(crate) use pjrt;

/// A loaded, initialised plugin and its function table.
pub struct Plugin {
    path: PathBuf,
    api: &'static Api,
    /// The platform name ("cpu", "cuda", ...) its clients report, once one was created.
    platform: OnceLock<String>,
    /// Keeps the library mapped; never dropped while the registry lives (process lifetime).
    _library: libloading::Library,
}

// SAFETY: `api` points to the plugin's immutable, process-lifetime function table, and the
// PJRT C API functions are thread-safe by contract; the `Library` handle is Send + Sync.
unsafe impl Send for Plugin {}
// SAFETY: as above; nothing in `Plugin` is mutated after loading.
unsafe impl Sync for Plugin {}

/// A failed PJRT call, before the caller adds what it was doing.
pub struct PjrtFailure {
    pub code: i32,
    pub message: String,
}

impl Plugin {
    /// The plugin at `path`, loaded and initialised on first use in this process.
    pub fn load(path: &Path) -> Result<Arc<Plugin>, RuntimeError> {
        static REGISTRY: OnceLock<Mutex<HashMap<PathBuf, Arc<Plugin>>>> = OnceLock::new();
        let key = path.canonicalize().map_err(|e| RuntimeError::PluginLoad {
            path: path.to_path_buf(),
            message: format!("cannot open: {e}"),
        })?;
        let registry = REGISTRY.get_or_init(Default::default);
        // A poisoned lock only means another thread panicked while loading; the map itself
        // is still consistent (an entry is inserted only after a complete load).
        let mut plugins = registry.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(plugin) = plugins.get(&key) {
            return Ok(plugin.clone());
        }
        let plugin = Arc::new(Self::open(&key)?);
        plugins.insert(key, plugin.clone());
        Ok(plugin)
    }

    fn open(path: &Path) -> Result<Plugin, RuntimeError> {
        let load_err = |message: String| RuntimeError::PluginLoad {
            path: path.to_path_buf(),
            message,
        };
        // SAFETY: loading a shared library runs its initialisers; a PJRT plugin is a library
        // built to be loaded this way. We trust the file the user or discovery pointed at.
        let library = unsafe { libloading::Library::new(path) }
            .map_err(|e| load_err(format!("cannot load shared library: {e}")))?;
        // SAFETY: `GetPjrtApi` is declared by the PJRT C API as `const PJRT_Api* (void)`.
        let get_api: libloading::Symbol<unsafe extern "C" fn() -> *const Api> =
            unsafe { library.get(b"GetPjrtApi\0") }
                .map_err(|e| load_err(format!("not a PJRT plugin (no GetPjrtApi): {e}")))?;
        // SAFETY: calling the plugin's entry point, which takes no arguments.
        let api_ptr = unsafe { get_api() };
        if api_ptr.is_null() {
            return Err(load_err("GetPjrtApi returned null".into()));
        }
        // SAFETY: the plugin returns a pointer to a static table valid for the life of the
        // loaded library, which we never unload. We read only the slots the plugin declares
        // (checked against `struct_size` below before any call).
        let api: &'static Api = unsafe { &*api_ptr };
        let plugin = Plugin {
            path: path.to_path_buf(),
            api,
            platform: OnceLock::new(),
            _library: library,
        };
        plugin.check_compatible()?;
        let mut args = ffi::PluginInitializeArgs::new();
        // SAFETY: the slot was checked present; `args` is a valid, sized argument struct.
        let err = unsafe { pjrt!(plugin, plugin_initialize, &mut args) };
        plugin.check(err).map_err(|f| RuntimeError::PluginLoad {
            path: path.to_path_buf(),
            message: format!("PJRT_Plugin_Initialize failed: {}", f.message),
        })?;
        Ok(plugin)
    }

    /// Same major version, and every slot we call is inside the plugin's table and non-null.
    fn check_compatible(&self) -> Result<(), RuntimeError> {
        let incompatible = |message: String| RuntimeError::PluginIncompatible {
            path: self.path.clone(),
            message,
        };
        let (major, minor) = self.api_version();
        if major != ffi::DECLARED_API_VERSION.0 {
            return Err(incompatible(format!(
                "PJRT C API major version {major}.{minor}"
            )));
        }
        let table_len = self.api.struct_size;
        let a = self.api;
        macro_rules! require {
            ($($slot:ident),*) => {$(
                let end = std::mem::offset_of!(Api, $slot) + std::mem::size_of::<usize>();
                if end > table_len || a.$slot.is_none() {
                    return Err(incompatible(format!(
                        "API {major}.{minor} lacks {}", stringify!($slot)
                    )));
                }
            )*};
        }
        require!(
            error_destroy,
            error_message,
            error_get_code,
            plugin_initialize,
            event_destroy,
            event_await,
            client_create,
            client_destroy,
            client_platform_name,
            client_addressable_devices,
            client_compile,
            client_buffer_from_host_buffer,
            device_description_id,
            device_description_kind,
            device_get_description,
            executable_destroy,
            executable_num_outputs,
            loaded_executable_destroy,
            loaded_executable_get_executable,
            loaded_executable_addressable_devices,
            loaded_executable_execute,
            buffer_destroy,
            buffer_element_type,
            buffer_dimensions,
            buffer_device,
            buffer_is_deleted,
            buffer_to_host_buffer,
            buffer_unsafe_pointer
        );
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The PJRT C API version the plugin was built with.
    pub fn api_version(&self) -> (i32, i32) {
        let v = &self.api.pjrt_api_version;
        (v.major_version, v.minor_version)
    }

    /// The platform name its clients report, if a client was created already.
    pub fn platform(&self) -> Option<&str> {
        self.platform.get().map(String::as_str)
    }

    /// Records the platform name a client reported (the same for every client of a plugin).
    pub fn remember_platform(&self, name: &str) {
        let _ = self.platform.set(name.to_string());
    }

    /// The function table; every slot listed in `check_compatible` is present.
    pub fn api(&self) -> &'static Api {
        self.api
    }

    /// Turns a returned `PJRT_Error*` into a result, copying the plugin's message and
    /// destroying the error. Null means success.
    pub fn check(&self, err: *mut PjrtError) -> Result<(), PjrtFailure> {
        if err.is_null() {
            return Ok(());
        }
        let mut msg = ffi::ErrorMessageArgs::new();
        msg.error = err;
        // SAFETY: `err` is a live error returned by this plugin; the slot was checked present.
        unsafe { pjrt!(self, error_message, &mut msg) };
        let message = if msg.message.is_null() {
            String::from("(no message)")
        } else {
            // SAFETY: the plugin returned `message_size` bytes at `message`, valid for the
            // lifetime of `err`, which we destroy only after copying.
            let bytes =
                unsafe { std::slice::from_raw_parts(msg.message as *const u8, msg.message_size) };
            String::from_utf8_lossy(bytes).into_owned()
        };
        let mut code_args = ffi::ErrorGetCodeArgs::new();
        code_args.error = err;
        // SAFETY: as above. GetCode itself returns an error only on misuse; we ignore it
        // (a null return is the normal case) and fall back to code 2 (UNKNOWN).
        let code_err = unsafe { pjrt!(self, error_get_code, &mut code_args) };
        let code = if code_err.is_null() {
            code_args.code
        } else {
            2
        };
        self.destroy_error(code_err);
        self.destroy_error(err);
        Err(PjrtFailure { code, message })
    }

    /// `check` for calls that only fail on plugin trouble: names the call and the plugin.
    pub fn check_call(&self, call: &'static str, err: *mut PjrtError) -> Result<(), RuntimeError> {
        self.check(err).map_err(|f| RuntimeError::Call {
            call,
            plugin: self.path.clone(),
            code: f.code,
            message: f.message,
        })
    }

    fn destroy_error(&self, err: *mut PjrtError) {
        if err.is_null() {
            return;
        }
        let mut args = ffi::ErrorDestroyArgs::new();
        args.error = err;
        // SAFETY: `err` is a live error from this plugin, destroyed exactly once here.
        unsafe { pjrt!(self, error_destroy, &mut args) };
    }
}
