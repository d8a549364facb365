//! Pins the C layout declared in `ffi.rs` to the header: argument struct sizes and function
//! table offsets, computed by hand from the header's field lists.

use super::*;
use std::mem::offset_of;

/// Sizes computed by hand from the header's field lists (x86-64: pointers and size_t 8
/// bytes, int and enums 4, bool 1); STRUCT_SIZE = offset of the last field + its size.
#[test]
fn struct_sizes_match_the_header() {
    // struct_size, extension_start, major, minor: 8 + 8 + 4 + 4.
    assert_eq!(ApiVersion::STRUCT_SIZE, 24);
    // 2 header words + error.
    assert_eq!(ErrorDestroyArgs::STRUCT_SIZE, 24);
    // + error, message, message_size.
    assert_eq!(ErrorMessageArgs::STRUCT_SIZE, 40);
    // + error (8), code (int 4).
    assert_eq!(ErrorGetCodeArgs::STRUCT_SIZE, 28);
    // struct_size, extension_start only.
    assert_eq!(PluginInitializeArgs::STRUCT_SIZE, 16);
    assert_eq!(EventDestroyArgs::STRUCT_SIZE, 24);
    assert_eq!(EventAwaitArgs::STRUCT_SIZE, 24);
    // + create_options, num_options, kv_get cb + arg, kv_put cb + arg, client,
    //   kv_try_get cb + arg: 2 + 9 words.
    assert_eq!(ClientCreateArgs::STRUCT_SIZE, 88);
    assert_eq!(ClientDestroyArgs::STRUCT_SIZE, 24);
    assert_eq!(ClientPlatformNameArgs::STRUCT_SIZE, 40);
    assert_eq!(ClientAddressableDevicesArgs::STRUCT_SIZE, 40);
    // + code, code_size, format, format_size.
    assert_eq!(Program::STRUCT_SIZE, 48);
    // + client, program, compile_options, compile_options_size, executable.
    assert_eq!(ClientCompileArgs::STRUCT_SIZE, 56);
    // + client, data, type (4, padded to 8), dims, num_dims, byte_strides,
    //   num_byte_strides, semantics (4, padded), device, memory, device_layout,
    //   done_with_host_buffer, buffer: 2 + 13 words.
    assert_eq!(ClientBufferFromHostBufferArgs::STRUCT_SIZE, 120);
    // + device_description (8), id (4).
    assert_eq!(DeviceDescriptionIdArgs::STRUCT_SIZE, 28);
    assert_eq!(DeviceDescriptionKindArgs::STRUCT_SIZE, 40);
    assert_eq!(DeviceGetDescriptionArgs::STRUCT_SIZE, 32);
    assert_eq!(ExecutableDestroyArgs::STRUCT_SIZE, 24);
    assert_eq!(ExecutableNumOutputsArgs::STRUCT_SIZE, 32);
    assert_eq!(LoadedExecutableDestroyArgs::STRUCT_SIZE, 24);
    assert_eq!(LoadedExecutableGetExecutableArgs::STRUCT_SIZE, 32);
    assert_eq!(LoadedExecutableAddressableDevicesArgs::STRUCT_SIZE, 40);
    // + send_callbacks, recv_callbacks, num_send_ops, num_recv_ops, launch_id (4, padded),
    //   non_donatable_input_indices, num_non_donatable, context, call_location,
    //   num_tasks, task_ids, incarnation_ids: 2 + 12 words.
    assert_eq!(ExecuteOptions::STRUCT_SIZE, 112);
    // + executable, options, argument_lists, num_devices, num_args, output_lists,
    //   device_complete_events, execute_device: 2 + 8 words.
    assert_eq!(LoadedExecutableExecuteArgs::STRUCT_SIZE, 80);
    assert_eq!(BufferDestroyArgs::STRUCT_SIZE, 24);
    assert_eq!(BufferElementTypeArgs::STRUCT_SIZE, 28);
    assert_eq!(BufferDimensionsArgs::STRUCT_SIZE, 40);
    assert_eq!(BufferDeviceArgs::STRUCT_SIZE, 32);
    // + buffer (8), is_deleted (bool 1).
    assert_eq!(BufferIsDeletedArgs::STRUCT_SIZE, 25);
    // + src, host_layout, dst, dst_size, event.
    assert_eq!(BufferToHostBufferArgs::STRUCT_SIZE, 56);
    // + buffer, buffer_pointer (uintptr_t).
    assert_eq!(BufferUnsafePointerArgs::STRUCT_SIZE, 32);
}

/// `PJRT_NamedValue`: name (8), name_size (8), type (enum 4, then 4 bytes of padding because
/// the union holds 8-byte members), the union (8), value_size (8).
#[test]
fn named_value_matches_the_header() {
    assert_eq!(offset_of!(NamedValue, name), 16);
    assert_eq!(offset_of!(NamedValue, name_size), 24);
    assert_eq!(offset_of!(NamedValue, value_type), 32);
    assert_eq!(offset_of!(NamedValue, value), 40);
    assert_eq!(offset_of!(NamedValue, value_size), 48);
    assert_eq!(NamedValue::STRUCT_SIZE, 56);
    assert_eq!(std::mem::size_of::<NamedValue>(), 56);
    assert_eq!(std::mem::size_of::<NamedValueValue>(), 8);
    // Enum values of `PJRT_NamedValue_Type`, in header order.
    assert_eq!(
        [
            named_value_type::STRING,
            named_value_type::INT64,
            named_value_type::INT64_LIST,
            named_value_type::FLOAT,
            named_value_type::BOOL
        ],
        [0, 1, 2, 3, 4]
    );
}

/// The table slots sit where the header puts them: 40 bytes of header fields, then one
/// 8-byte function pointer per slot, in the header's order.
#[test]
fn api_table_slots_are_at_header_offsets() {
    let slot = |i: usize| 40 + 8 * i;
    assert_eq!(offset_of!(Api, error_destroy), slot(0));
    assert_eq!(offset_of!(Api, plugin_initialize), slot(3));
    assert_eq!(offset_of!(Api, event_await), slot(8));
    assert_eq!(offset_of!(Api, client_create), slot(10));
    assert_eq!(offset_of!(Api, client_addressable_devices), slot(16));
    assert_eq!(offset_of!(Api, client_compile), slot(20));
    assert_eq!(offset_of!(Api, client_buffer_from_host_buffer), slot(22));
    assert_eq!(offset_of!(Api, device_get_description), slot(29));
    assert_eq!(offset_of!(Api, executable_destroy), slot(40));
    assert_eq!(offset_of!(Api, executable_num_outputs), slot(44));
    assert_eq!(offset_of!(Api, loaded_executable_destroy), slot(50));
    assert_eq!(offset_of!(Api, loaded_executable_execute), slot(55));
    assert_eq!(offset_of!(Api, buffer_destroy), slot(58));
    assert_eq!(offset_of!(Api, buffer_is_deleted), slot(68));
    assert_eq!(offset_of!(Api, buffer_to_host_buffer), slot(70));
    assert_eq!(offset_of!(Api, buffer_unsafe_pointer), slot(73));
    assert_eq!(std::mem::size_of::<Api>(), slot(74));
}
