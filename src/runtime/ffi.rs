//! Our own `#[repr(C)]` declarations of the part of the PJRT C API (`xla/pjrt/c/pjrt_c_api.h`)
//! that viper calls. Only this file knows the C layout; the handle files wrap it.
//!
//! Declared at PJRT C API version [`DECLARED_API_VERSION`], the newest header we could read
//! (openxla/xla `xla/pjrt/c/pjrt_c_api.h`, minor 94). Every argument struct carries its
//! `struct_size`: a plugin accepts a struct at least as large as its own version's (it reads
//! the prefix it knows) and rejects a smaller one, so each struct is declared with every field
//! up to that version's last one, even when we leave it zero. `STRUCT_SIZE` is computed like
//! the header's `PJRT_STRUCT_SIZE(type, last_field)`: offset of the last field plus its size
//! (no trailing padding); `ffi_layout_tests.rs` pins each size and table offset.
//!
//! Measured: every struct used here has the same field list in the 0.81 header shipped with
//! `xla-cpu-pjrt`, and the plugins at 0.81 (xla-cpu-pjrt), 0.115 (lammps-jax-pjrt-cpu), 0.116
//! (jax-cuda13-pjrt) and 0.117 (libtpu), probed with a too-small `struct_size`, each reported
//! exactly the sizes declared here as the ones they expect.

use std::ffi::{c_char, c_int, c_void};

/// The PJRT C API version these declarations follow (major, minor).
pub const DECLARED_API_VERSION: (i32, i32) = (0, 94);

// ---------------------------------------------------------------- opaque handles
// Zero-sized `#[repr(C)]` structs: only ever used behind raw pointers.

macro_rules! opaque {
    ($($name:ident),* $(,)?) => {
        $(#[repr(C)] pub struct $name { _private: [u8; 0] })*
    };
}
opaque!(
    PjrtError,
    PjrtEvent,
    PjrtClient,
    PjrtDevice,
    PjrtDeviceDescription,
    PjrtMemory,
    PjrtExecutable,
    PjrtLoadedExecutable,
    PjrtBuffer,
    PjrtExtensionBase,
    PjrtExecuteContext,
    PjrtMemoryLayout,
);

// ---------------------------------------------------------------- enums (C `int`)

/// `PJRT_Buffer_Type`: the header's enum values for the element types viper has.
pub mod buffer_type {
    pub const PRED: i32 = 1;
    pub const S32: i32 = 4;
    pub const S64: i32 = 5;
    pub const U8: i32 = 6;
    pub const U32: i32 = 8;
    pub const U64: i32 = 9;
    pub const F16: i32 = 10;
    pub const F32: i32 = 11;
    pub const F64: i32 = 12;
    pub const BF16: i32 = 13;
}

/// `PJRT_NamedValue_Type`: which member of [`NamedValueValue`] a [`NamedValue`] holds.
/// The whole enum is declared (and pinned by the layout test), though we send only some.
#[allow(dead_code)]
pub mod named_value_type {
    pub const STRING: i32 = 0;
    pub const INT64: i32 = 1;
    pub const INT64_LIST: i32 = 2;
    pub const FLOAT: i32 = 3;
    pub const BOOL: i32 = 4;
}

/// `PJRT_HostBufferSemantics_kImmutableUntilTransferCompletes`: the plugin may read the host
/// memory until `done_with_host_buffer` fires, which we await.
pub const HOST_BUFFER_IMMUTABLE_UNTIL_TRANSFER_COMPLETES: c_int = 1;

// ---------------------------------------------------------------- argument structs

/// Every argument struct: zero-initialisable, with its header `STRUCT_SIZE`.
pub trait Args: Sized {
    const STRUCT_SIZE: usize;
    /// All fields zero (null pointers, zero counts) and `struct_size` set.
    fn new() -> Self;
}

/// Declares a `#[repr(C)]` args struct whose first two fields are the header's `struct_size`
/// and `extension_start`, and implements [`Args`] with the size up to `$last`.
macro_rules! args {
    ($name:ident, last = $last:ident: $last_ty:ty, { $($field:ident: $ty:ty),* $(,)? }) => {
        #[repr(C)]
        pub struct $name {
            pub struct_size: usize,
            pub extension_start: *mut PjrtExtensionBase,
            $(pub $field: $ty,)*
        }
        impl Args for $name {
            const STRUCT_SIZE: usize =
                std::mem::offset_of!($name, $last) + std::mem::size_of::<$last_ty>();
            fn new() -> Self {
                // SAFETY: every field is a raw pointer, an integer, a bool, a union of those,
                // or an `Option` of a function pointer, for all of which the all-zero bit
                // pattern is valid (null / 0 / false / None).
                let mut args: Self = unsafe { std::mem::zeroed() };
                args.struct_size = Self::STRUCT_SIZE;
                args
            }
        }
    };
}

args!(ApiVersion, last = minor_version: c_int, {
    major_version: c_int,
    minor_version: c_int,
});
/// The anonymous union of `PJRT_NamedValue`; `value_type` says which member is set.
#[repr(C)]
#[derive(Clone, Copy)]
pub union NamedValueValue {
    pub string_value: *const c_char,
    pub int64_value: i64,
    pub int64_array_value: *const i64,
    pub float_value: f32,
    pub bool_value: bool,
}

// `PJRT_NamedValue`: a typed key-value pair (client create options, attributes). The header
// field `type` is `value_type` here; `value_size` is the element count for a string or list,
// 1 for a scalar. Same fields in the 0.81 header; the 0.115 plugin, which type-checks every
// create option it gets, reads bool and int64 values laid out this way.
args!(NamedValue, last = value_size: usize, {
    name: *const c_char,
    name_size: usize,
    value_type: c_int,
    value: NamedValueValue,
    value_size: usize,
});
args!(ErrorDestroyArgs, last = error: *mut PjrtError, { error: *mut PjrtError });
args!(ErrorMessageArgs, last = message_size: usize, {
    error: *const PjrtError,
    message: *const c_char,
    message_size: usize,
});
args!(ErrorGetCodeArgs, last = code: c_int, { error: *const PjrtError, code: c_int });
args!(PluginInitializeArgs, last = extension_start: *mut PjrtExtensionBase, {});
args!(EventDestroyArgs, last = event: *mut PjrtEvent, { event: *mut PjrtEvent });
args!(EventAwaitArgs, last = event: *mut PjrtEvent, { event: *mut PjrtEvent });
args!(ClientCreateArgs, last = kv_try_get_user_arg: *mut c_void, {
    create_options: *const NamedValue,
    num_options: usize,
    kv_get_callback: *mut c_void,
    kv_get_user_arg: *mut c_void,
    kv_put_callback: *mut c_void,
    kv_put_user_arg: *mut c_void,
    client: *mut PjrtClient,
    kv_try_get_callback: *mut c_void,
    kv_try_get_user_arg: *mut c_void,
});
args!(ClientDestroyArgs, last = client: *mut PjrtClient, { client: *mut PjrtClient });
args!(ClientPlatformNameArgs, last = platform_name_size: usize, {
    client: *mut PjrtClient,
    platform_name: *const c_char,
    platform_name_size: usize,
});
args!(ClientAddressableDevicesArgs, last = num_addressable_devices: usize, {
    client: *mut PjrtClient,
    addressable_devices: *const *mut PjrtDevice,
    num_addressable_devices: usize,
});
args!(Program, last = format_size: usize, {
    code: *mut c_char,
    code_size: usize,
    format: *const c_char,
    format_size: usize,
});
args!(ClientCompileArgs, last = executable: *mut PjrtLoadedExecutable, {
    client: *mut PjrtClient,
    program: *const Program,
    compile_options: *const c_char,
    compile_options_size: usize,
    executable: *mut PjrtLoadedExecutable,
});
args!(ClientBufferFromHostBufferArgs, last = buffer: *mut PjrtBuffer, {
    client: *mut PjrtClient,
    data: *const c_void,
    buffer_type: c_int,
    dims: *const i64,
    num_dims: usize,
    byte_strides: *const i64,
    num_byte_strides: usize,
    host_buffer_semantics: c_int,
    device: *mut PjrtDevice,
    memory: *mut PjrtMemory,
    device_layout: *mut PjrtMemoryLayout,
    done_with_host_buffer: *mut PjrtEvent,
    buffer: *mut PjrtBuffer,
});
args!(DeviceDescriptionIdArgs, last = id: c_int, {
    device_description: *mut PjrtDeviceDescription,
    id: c_int,
});
args!(DeviceDescriptionKindArgs, last = device_kind_size: usize, {
    device_description: *mut PjrtDeviceDescription,
    device_kind: *const c_char,
    device_kind_size: usize,
});
args!(DeviceGetDescriptionArgs, last = device_description: *mut PjrtDeviceDescription, {
    device: *mut PjrtDevice,
    device_description: *mut PjrtDeviceDescription,
});
args!(ExecutableDestroyArgs, last = executable: *mut PjrtExecutable, {
    executable: *mut PjrtExecutable,
});
args!(ExecutableNumOutputsArgs, last = num_outputs: usize, {
    executable: *mut PjrtExecutable,
    num_outputs: usize,
});
args!(LoadedExecutableDestroyArgs, last = executable: *mut PjrtLoadedExecutable, {
    executable: *mut PjrtLoadedExecutable,
});
args!(LoadedExecutableGetExecutableArgs, last = executable: *mut PjrtExecutable, {
    loaded_executable: *mut PjrtLoadedExecutable,
    executable: *mut PjrtExecutable,
});
args!(LoadedExecutableAddressableDevicesArgs, last = num_addressable_devices: usize, {
    executable: *mut PjrtLoadedExecutable,
    addressable_devices: *const *mut PjrtDevice,
    num_addressable_devices: usize,
});
args!(ExecuteOptions, last = incarnation_ids: *mut i64, {
    send_callbacks: *mut c_void,
    recv_callbacks: *mut c_void,
    num_send_ops: usize,
    num_recv_ops: usize,
    launch_id: c_int,
    non_donatable_input_indices: *const i64,
    num_non_donatable_input_indices: usize,
    context: *mut PjrtExecuteContext,
    call_location: *const c_char,
    num_tasks: usize,
    task_ids: *mut c_int,
    incarnation_ids: *mut i64,
});
args!(LoadedExecutableExecuteArgs, last = execute_device: *mut PjrtDevice, {
    executable: *mut PjrtLoadedExecutable,
    options: *mut ExecuteOptions,
    argument_lists: *const *const *mut PjrtBuffer,
    num_devices: usize,
    num_args: usize,
    output_lists: *const *mut *mut PjrtBuffer,
    device_complete_events: *mut *mut PjrtEvent,
    execute_device: *mut PjrtDevice,
});
args!(BufferDestroyArgs, last = buffer: *mut PjrtBuffer, { buffer: *mut PjrtBuffer });
args!(BufferElementTypeArgs, last = buffer_type: c_int, {
    buffer: *mut PjrtBuffer,
    buffer_type: c_int,
});
args!(BufferDimensionsArgs, last = num_dims: usize, {
    buffer: *mut PjrtBuffer,
    dims: *const i64,
    num_dims: usize,
});
args!(BufferDeviceArgs, last = device: *mut PjrtDevice, {
    buffer: *mut PjrtBuffer,
    device: *mut PjrtDevice,
});
args!(BufferIsDeletedArgs, last = is_deleted: bool, {
    buffer: *mut PjrtBuffer,
    is_deleted: bool,
});
args!(BufferToHostBufferArgs, last = event: *mut PjrtEvent, {
    src: *mut PjrtBuffer,
    host_layout: *mut PjrtMemoryLayout,
    dst: *mut c_void,
    dst_size: usize,
    event: *mut PjrtEvent,
});
args!(BufferUnsafePointerArgs, last = buffer_pointer: usize, {
    buffer: *mut PjrtBuffer,
    buffer_pointer: usize,
});

// ---------------------------------------------------------------- the function table

/// A table slot returning `PJRT_Error*` (null on success).
pub type Call<A> = Option<unsafe extern "C" fn(*mut A) -> *mut PjrtError>;
/// A table slot returning nothing (the two error functions).
pub type VoidCall<A> = Option<unsafe extern "C" fn(*mut A)>;
/// A slot we never call: declared only so that later slots sit at the right offset.
pub type Unused = Option<unsafe extern "C" fn()>;

/// `PJRT_Api`, in header order, up to the last slot viper calls (`PJRT_Buffer_UnsafePointer`).
/// Slot `i` (0-based, counting from `PJRT_Error_Destroy`) sits at byte `40 + 8 i`.
#[repr(C)]
pub struct Api {
    pub struct_size: usize,
    pub extension_start: *mut PjrtExtensionBase,
    pub pjrt_api_version: ApiVersion,
    pub error_destroy: VoidCall<ErrorDestroyArgs>, // slot 0
    pub error_message: VoidCall<ErrorMessageArgs>,
    pub error_get_code: Call<ErrorGetCodeArgs>,
    pub plugin_initialize: Call<PluginInitializeArgs>,
    pub _plugin_attributes: Unused,
    pub event_destroy: Call<EventDestroyArgs>, // slot 5
    pub _event_is_ready: Unused,
    pub _event_error: Unused,
    pub event_await: Call<EventAwaitArgs>,
    pub _event_on_ready: Unused,
    pub client_create: Call<ClientCreateArgs>, // slot 10
    pub client_destroy: Call<ClientDestroyArgs>,
    pub client_platform_name: Call<ClientPlatformNameArgs>,
    pub _client_process_index: Unused,
    pub _client_platform_version: Unused,
    pub _client_devices: Unused, // slot 15
    pub client_addressable_devices: Call<ClientAddressableDevicesArgs>,
    pub _client_lookup_device: Unused,
    pub _client_lookup_addressable_device: Unused,
    pub _client_addressable_memories: Unused,
    pub client_compile: Call<ClientCompileArgs>, // slot 20
    pub _client_default_device_assignment: Unused,
    pub client_buffer_from_host_buffer: Call<ClientBufferFromHostBufferArgs>,
    pub device_description_id: Call<DeviceDescriptionIdArgs>,
    pub _device_description_process_index: Unused,
    pub _device_description_attributes: Unused, // slot 25
    pub device_description_kind: Call<DeviceDescriptionKindArgs>,
    pub _device_description_debug_string: Unused,
    pub _device_description_to_string: Unused,
    pub device_get_description: Call<DeviceGetDescriptionArgs>,
    pub _device_is_addressable: Unused, // slot 30
    pub _device_local_hardware_id: Unused,
    pub _device_addressable_memories: Unused,
    pub _device_default_memory: Unused,
    pub _device_memory_stats: Unused,
    pub _memory_id: Unused, // slot 35
    pub _memory_kind: Unused,
    pub _memory_debug_string: Unused,
    pub _memory_to_string: Unused,
    pub _memory_addressable_by_devices: Unused,
    pub executable_destroy: Call<ExecutableDestroyArgs>, // slot 40
    pub _executable_name: Unused,
    pub _executable_num_replicas: Unused,
    pub _executable_num_partitions: Unused,
    pub executable_num_outputs: Call<ExecutableNumOutputsArgs>,
    pub _executable_size_of_generated_code_in_bytes: Unused, // slot 45
    pub _executable_get_cost_analysis: Unused,
    pub _executable_output_memory_kinds: Unused,
    pub _executable_optimized_program: Unused,
    pub _executable_serialize: Unused,
    pub loaded_executable_destroy: Call<LoadedExecutableDestroyArgs>, // slot 50
    pub loaded_executable_get_executable: Call<LoadedExecutableGetExecutableArgs>,
    pub loaded_executable_addressable_devices: Call<LoadedExecutableAddressableDevicesArgs>,
    pub _loaded_executable_delete: Unused,
    pub _loaded_executable_is_deleted: Unused,
    pub loaded_executable_execute: Call<LoadedExecutableExecuteArgs>, // slot 55
    pub _executable_deserialize_and_load: Unused,
    pub _loaded_executable_fingerprint: Unused,
    pub buffer_destroy: Call<BufferDestroyArgs>,
    pub buffer_element_type: Call<BufferElementTypeArgs>,
    pub buffer_dimensions: Call<BufferDimensionsArgs>, // slot 60
    pub _buffer_unpadded_dimensions: Unused,
    pub _buffer_dynamic_dimension_indices: Unused,
    pub _buffer_get_memory_layout: Unused,
    pub _buffer_on_device_size_in_bytes: Unused,
    pub buffer_device: Call<BufferDeviceArgs>, // slot 65
    pub _buffer_memory: Unused,
    pub _buffer_delete: Unused,
    pub buffer_is_deleted: Call<BufferIsDeletedArgs>,
    pub _buffer_copy_to_device: Unused,
    pub buffer_to_host_buffer: Call<BufferToHostBufferArgs>, // slot 70
    pub _buffer_is_on_cpu: Unused,
    pub _buffer_ready_event: Unused,
    pub buffer_unsafe_pointer: Call<BufferUnsafePointerArgs>,
}

#[cfg(test)]
#[path = "ffi_layout_tests.rs"]
mod tests;
