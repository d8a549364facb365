//! `PJRT_Device`: one addressable device of a client. Device handles are owned by the client
//! (nothing to destroy); what users see is the plain [`Device`] description read once when the
//! client is created.

use super::error::RuntimeError;
use super::ffi::{self, Args, PjrtDevice};
use super::plugin::{pjrt, Plugin};

/// One addressable device: `index` is its position in the client's device list (what
/// `Client::to_device` and sharded execution use), `id` the plugin's global device id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Device {
    pub index: usize,
    pub id: i64,
    pub kind: String,
}

/// Reads the id and kind of `raw`, a device of a live client of `plugin`.
pub(crate) fn describe(
    plugin: &Plugin,
    raw: *mut PjrtDevice,
    index: usize,
) -> Result<Device, RuntimeError> {
    let mut get = ffi::DeviceGetDescriptionArgs::new();
    get.device = raw;
    // SAFETY: `raw` is a device handle of a live client; the description it returns is owned
    // by the device and lives as long as the client.
    let err = unsafe { pjrt!(plugin, device_get_description, &mut get) };
    plugin.check_call("PJRT_Device_GetDescription", err)?;

    let mut id = ffi::DeviceDescriptionIdArgs::new();
    id.device_description = get.device_description;
    // SAFETY: `device_description` was just returned for a live device.
    let err = unsafe { pjrt!(plugin, device_description_id, &mut id) };
    plugin.check_call("PJRT_DeviceDescription_Id", err)?;

    let mut kind = ffi::DeviceDescriptionKindArgs::new();
    kind.device_description = get.device_description;
    // SAFETY: as above; the returned string is owned by the description.
    let err = unsafe { pjrt!(plugin, device_description_kind, &mut kind) };
    plugin.check_call("PJRT_DeviceDescription_Kind", err)?;
    // SAFETY: the plugin returned `device_kind_size` bytes at `device_kind` (or null), valid
    // while the client lives; we copy them now.
    let kind = unsafe { copy_str(kind.device_kind, kind.device_kind_size) };

    Ok(Device {
        index,
        id: i64::from(id.id),
        kind,
    })
}

/// Copies a (pointer, length) string returned by the plugin.
///
/// # Safety
/// `ptr` must be null or point to `len` readable bytes.
pub(crate) unsafe fn copy_str(ptr: *const std::ffi::c_char, len: usize) -> String {
    if ptr.is_null() {
        return String::new();
    }
    // SAFETY: guaranteed by the caller.
    let bytes = unsafe { std::slice::from_raw_parts(ptr as *const u8, len) };
    String::from_utf8_lossy(bytes).into_owned()
}
