//! `PJRT_Buffer`: an array in device memory. Created from a host tensor or returned by an
//! execution; copied back with [`DeviceBuffer::to_host`]; destroyed on drop. Also the one
//! table between viper's [`DType`] and PJRT's buffer element types.

use std::ffi::c_int;

use super::client::Client;
use super::error::RuntimeError;
use super::event::Event;
use super::ffi::{self, buffer_type, Args, PjrtBuffer};
use super::plugin::pjrt;
use crate::dtype::DType;
use crate::host::HostTensor;

/// An array on one device. Send + Sync; keeps its client alive.
pub struct DeviceBuffer {
    client: Client,
    raw: *mut PjrtBuffer,
    dtype: DType,
    dims: Vec<usize>,
    device: usize,
}

// SAFETY: PJRT buffers may be used and destroyed from any thread (C API contract); the
// metadata beside the handle is plain data.
unsafe impl Send for DeviceBuffer {}
// SAFETY: as above; `&self` methods only read metadata or call thread-safe PJRT functions.
unsafe impl Sync for DeviceBuffer {}

/// PJRT element type of a dtype.
pub(crate) fn pjrt_type(dtype: DType) -> c_int {
    match dtype {
        DType::Bool => buffer_type::PRED,
        DType::U8 => buffer_type::U8,
        DType::I32 => buffer_type::S32,
        DType::I64 => buffer_type::S64,
        DType::U32 => buffer_type::U32,
        DType::U64 => buffer_type::U64,
        DType::F16 => buffer_type::F16,
        DType::BF16 => buffer_type::BF16,
        DType::F32 => buffer_type::F32,
        DType::F64 => buffer_type::F64,
    }
}

/// The dtype of a PJRT element type, if viper has one.
pub(crate) fn dtype_of(code: c_int) -> Option<DType> {
    DType::ALL.into_iter().find(|&d| pjrt_type(d) == code)
}

impl DeviceBuffer {
    /// Copies `host` to device `device` of `client` and waits until the plugin is done
    /// reading the host memory.
    pub(crate) fn from_host(
        client: &Client,
        host: &HostTensor,
        device: usize,
    ) -> Result<Self, RuntimeError> {
        let plugin = client.plugin();
        let raw_device = client.raw_device(device)?;
        let dims: Vec<i64> = host.dims().iter().map(|&d| d as i64).collect();
        let mut args = ffi::ClientBufferFromHostBufferArgs::new();
        args.client = client.raw();
        args.data = host.as_bytes().as_ptr().cast();
        args.buffer_type = pjrt_type(host.dtype());
        args.dims = dims.as_ptr();
        args.num_dims = dims.len();
        args.host_buffer_semantics = ffi::HOST_BUFFER_IMMUTABLE_UNTIL_TRANSFER_COMPLETES;
        args.device = raw_device;
        // SAFETY: `data` holds exactly the dense row-major bytes of `dims` x dtype (a
        // `HostTensor` invariant) and stays borrowed until `done_with_host_buffer` is awaited
        // below; `dims` outlives the call; client and device are live.
        let err = unsafe { pjrt!(plugin, client_buffer_from_host_buffer, &mut args) };
        plugin.check_call("PJRT_Client_BufferFromHostBuffer", err)?;
        let buffer = DeviceBuffer {
            client: client.clone(),
            raw: args.buffer,
            dtype: host.dtype(),
            dims: host.dims().to_vec(),
            device,
        };
        let done = Event::from_raw(plugin.clone(), args.done_with_host_buffer);
        done.wait().map_err(|f| RuntimeError::Call {
            call: "PJRT_Client_BufferFromHostBuffer (done_with_host_buffer)",
            plugin: plugin.path().to_path_buf(),
            code: f.code,
            message: f.message,
        })?;
        Ok(buffer)
    }

    /// Takes ownership of `raw`, a buffer returned by an execution on `client`, and reads its
    /// element type, shape and device.
    pub(crate) fn from_raw(client: &Client, raw: *mut PjrtBuffer) -> Result<Self, RuntimeError> {
        let plugin = client.plugin();
        // Owned from the start, so every error path below destroys it.
        let mut buffer = DeviceBuffer {
            client: client.clone(),
            raw,
            dtype: DType::F32,
            dims: Vec::new(),
            device: 0,
        };
        let mut ty = ffi::BufferElementTypeArgs::new();
        ty.buffer = raw;
        // SAFETY: `raw` is a live buffer owned by `buffer`.
        let err = unsafe { pjrt!(plugin, buffer_element_type, &mut ty) };
        plugin.check_call("PJRT_Buffer_ElementType", err)?;
        buffer.dtype = dtype_of(ty.buffer_type).ok_or(RuntimeError::UnknownBufferType {
            code: ty.buffer_type,
        })?;

        let mut dims = ffi::BufferDimensionsArgs::new();
        dims.buffer = raw;
        // SAFETY: as above; the returned dims array is owned by the buffer.
        let err = unsafe { pjrt!(plugin, buffer_dimensions, &mut dims) };
        plugin.check_call("PJRT_Buffer_Dimensions", err)?;
        if dims.num_dims > 0 {
            // SAFETY: the plugin returned `num_dims` int64 values, live with the buffer.
            let d = unsafe { std::slice::from_raw_parts(dims.dims, dims.num_dims) };
            buffer.dims = d.iter().map(|&x| x as usize).collect();
        }

        let mut dev = ffi::BufferDeviceArgs::new();
        dev.buffer = raw;
        // SAFETY: as above.
        let err = unsafe { pjrt!(plugin, buffer_device, &mut dev) };
        plugin.check_call("PJRT_Buffer_Device", err)?;
        buffer.device = client.device_index(dev.device).ok_or(RuntimeError::Call {
            call: "PJRT_Buffer_Device",
            plugin: plugin.path().to_path_buf(),
            code: 13,
            message: "the buffer's device is not an addressable device of the client".into(),
        })?;
        Ok(buffer)
    }

    pub fn dtype(&self) -> DType {
        self.dtype
    }

    pub fn dims(&self) -> &[usize] {
        &self.dims
    }

    /// Index of the device holding the buffer (into `Client::devices`).
    pub fn device(&self) -> usize {
        self.device
    }

    /// Copies the buffer to a new host tensor (waits for the copy).
    pub fn to_host(&self) -> Result<HostTensor, RuntimeError> {
        let plugin = self.client.plugin();
        let n: usize = self.dims.iter().product();
        let mut bytes = vec![0u8; n * self.dtype.size_bytes()];
        let mut args = ffi::BufferToHostBufferArgs::new();
        args.src = self.raw;
        args.dst = bytes.as_mut_ptr().cast();
        args.dst_size = bytes.len();
        // SAFETY: `dst` is writable for `dst_size` bytes and stays alive and untouched until
        // the returned event is awaited below; `src` is live. A null host layout asks for the
        // dense row-major layout.
        let err = unsafe { pjrt!(plugin, buffer_to_host_buffer, &mut args) };
        plugin.check_call("PJRT_Buffer_ToHostBuffer", err)?;
        Event::from_raw(plugin.clone(), args.event)
            .wait()
            .map_err(|f| RuntimeError::Call {
                call: "PJRT_Buffer_ToHostBuffer (event)",
                plugin: plugin.path().to_path_buf(),
                code: f.code,
                message: f.message,
            })?;
        Ok(HostTensor::from_bytes(self.dtype, &self.dims, bytes)?)
    }

    /// True once the buffer's memory is gone, e.g. after it was donated to an execution.
    pub fn is_deleted(&self) -> Result<bool, RuntimeError> {
        let plugin = self.client.plugin();
        let mut args = ffi::BufferIsDeletedArgs::new();
        args.buffer = self.raw;
        // SAFETY: `raw` is a live buffer handle (a deleted buffer's handle stays valid).
        let err = unsafe { pjrt!(plugin, buffer_is_deleted, &mut args) };
        plugin.check_call("PJRT_Buffer_IsDeleted", err)?;
        Ok(args.is_deleted)
    }

    /// The device memory address of the data, for diagnostics only (e.g. to see that a
    /// donated input's memory was reused by an output). Never dereferenced by viper.
    pub fn device_address(&self) -> Result<usize, RuntimeError> {
        let plugin = self.client.plugin();
        let mut args = ffi::BufferUnsafePointerArgs::new();
        args.buffer = self.raw;
        // SAFETY: `raw` is a live buffer; the call only reports an address.
        let err = unsafe { pjrt!(plugin, buffer_unsafe_pointer, &mut args) };
        plugin.check_call("PJRT_Buffer_UnsafePointer", err)?;
        Ok(args.buffer_pointer)
    }

    pub(crate) fn raw(&self) -> *mut PjrtBuffer {
        self.raw
    }
}

impl Drop for DeviceBuffer {
    fn drop(&mut self) {
        if self.raw.is_null() {
            return;
        }
        let plugin = self.client.plugin();
        let mut args = ffi::BufferDestroyArgs::new();
        args.buffer = self.raw;
        // SAFETY: `raw` is owned here and destroyed exactly once; the client outlives it
        // (we hold a clone).
        let err = unsafe { pjrt!(plugin, buffer_destroy, &mut args) };
        // Nothing to report from a destructor; `check` frees the error.
        let _ = plugin.check(err);
    }
}

impl std::fmt::Debug for DeviceBuffer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "DeviceBuffer({}{:?} on device {})",
            self.dtype, self.dims, self.device
        )
    }
}
