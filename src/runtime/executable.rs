//! `PJRT_LoadedExecutable`: a compiled graph. Compiled from StableHLO text, executed on one
//! device or SPMD over several (one argument list per device), destroyed on drop.
//!
//! Donation: a graph declares which argument may be reused for which output with the argument
//! attribute `tf.aliasing_output = K : i32` (as JAX emits). At run time every input is either
//! [`Input::Borrowed`] (listed in `non_donatable_input_indices`, so PJRT never consumes it) or
//! [`Input::Donated`] (moved in; if the graph aliases it, PJRT reuses its memory for the
//! output; either way the caller no longer has it). An argument index donated on one device
//! but borrowed on another is treated as borrowed everywhere.
//!
//! Execution waits for the devices to finish, so a run-time failure is reported by `execute`
//! with the graph's name rather than later by whoever reads an output.

use std::ffi::c_char;

use super::buffer::DeviceBuffer;
use super::client::Client;
use super::compile_options::CompileOptions;
use super::error::RuntimeError;
use super::event::Event;
use super::ffi::{self, Args, PjrtBuffer, PjrtEvent, PjrtLoadedExecutable};
use super::plugin::pjrt;

/// An input to an execution: lent for the call, or given up to it.
pub enum Input<'a> {
    Borrowed(&'a DeviceBuffer),
    Donated(DeviceBuffer),
}

impl Input<'_> {
    fn buffer(&self) -> &DeviceBuffer {
        match self {
            Input::Borrowed(b) => b,
            Input::Donated(b) => b,
        }
    }

    fn donated(&self) -> bool {
        matches!(self, Input::Donated(_))
    }
}

/// A compiled graph, ready to run. Send + Sync; keeps its client alive.
pub struct Executable {
    client: Client,
    raw: *mut PjrtLoadedExecutable,
    name: String,
    num_outputs: usize,
    /// Our device index of each device the executable runs on, in PJRT's order.
    devices: Vec<usize>,
}

// SAFETY: a PJRT loaded executable may be executed and destroyed from any thread (C API
// contract); the rest is plain data.
unsafe impl Send for Executable {}
// SAFETY: as above; concurrent `execute` calls are allowed by PJRT.
unsafe impl Sync for Executable {}

impl Executable {
    pub(crate) fn compile(
        client: &Client,
        name: &str,
        mlir: &str,
        options: &CompileOptions,
    ) -> Result<Self, RuntimeError> {
        options.validate(client.devices().len())?;
        let plugin = client.plugin();
        let proto = options.to_proto_bytes();
        let format = "mlir";
        let mut program = ffi::Program::new();
        // PJRT declares `code` mutable because other calls write through it; compile only
        // reads it.
        program.code = mlir.as_ptr() as *mut c_char;
        program.code_size = mlir.len();
        program.format = format.as_ptr().cast();
        program.format_size = format.len();
        let mut args = ffi::ClientCompileArgs::new();
        args.client = client.raw();
        args.program = &program;
        args.compile_options = proto.as_ptr().cast();
        args.compile_options_size = proto.len();
        // SAFETY: program text, format and options bytes outlive the call; client is live.
        let err = unsafe { pjrt!(plugin, client_compile, &mut args) };
        plugin.check(err).map_err(|f| RuntimeError::Compile {
            graph: name.to_string(),
            plugin: plugin.path().to_path_buf(),
            message: f.message,
        })?;
        let mut exe = Executable {
            client: client.clone(),
            raw: args.executable,
            name: name.to_string(),
            num_outputs: 0,
            devices: Vec::new(),
        };
        exe.num_outputs = exe.read_num_outputs()?;
        exe.devices = exe.read_devices()?;
        Ok(exe)
    }

    fn read_num_outputs(&self) -> Result<usize, RuntimeError> {
        let plugin = self.client.plugin();
        let mut get = ffi::LoadedExecutableGetExecutableArgs::new();
        get.loaded_executable = self.raw;
        // SAFETY: `raw` is live; the returned `PJRT_Executable` is ours to destroy.
        let err = unsafe { pjrt!(plugin, loaded_executable_get_executable, &mut get) };
        plugin.check_call("PJRT_LoadedExecutable_GetExecutable", err)?;
        let mut num = ffi::ExecutableNumOutputsArgs::new();
        num.executable = get.executable;
        // SAFETY: `get.executable` is live until destroyed just below.
        let err = unsafe { pjrt!(plugin, executable_num_outputs, &mut num) };
        let mut destroy = ffi::ExecutableDestroyArgs::new();
        destroy.executable = get.executable;
        // SAFETY: destroys the handle GetExecutable gave us, exactly once.
        let destroy_err = unsafe { pjrt!(plugin, executable_destroy, &mut destroy) };
        plugin.check_call("PJRT_Executable_NumOutputs", err)?;
        plugin.check_call("PJRT_Executable_Destroy", destroy_err)?;
        Ok(num.num_outputs)
    }

    fn read_devices(&self) -> Result<Vec<usize>, RuntimeError> {
        let plugin = self.client.plugin();
        let mut args = ffi::LoadedExecutableAddressableDevicesArgs::new();
        args.executable = self.raw;
        // SAFETY: `raw` is live; the returned array is owned by the executable.
        let err = unsafe { pjrt!(plugin, loaded_executable_addressable_devices, &mut args) };
        plugin.check_call("PJRT_LoadedExecutable_AddressableDevices", err)?;
        if args.num_addressable_devices == 0 {
            return Ok(Vec::new());
        }
        // SAFETY: `num_addressable_devices` device handles, live with the executable.
        let raw = unsafe {
            std::slice::from_raw_parts(args.addressable_devices, args.num_addressable_devices)
        };
        raw.iter()
            .map(|&d| {
                self.client
                    .device_index(d)
                    .ok_or_else(|| RuntimeError::Call {
                        call: "PJRT_LoadedExecutable_AddressableDevices",
                        plugin: plugin.path().to_path_buf(),
                        code: 13,
                        message: "a device of the executable is not a device of the client".into(),
                    })
            })
            .collect()
    }

    /// The graph's name, as given to `Client::compile`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Number of outputs per device.
    pub fn num_outputs(&self) -> usize {
        self.num_outputs
    }

    /// The device indices the executable runs on (one per argument list).
    pub fn devices(&self) -> &[usize] {
        &self.devices
    }

    /// Runs a single-device executable; returns its outputs.
    pub fn execute(&self, inputs: Vec<Input<'_>>) -> Result<Vec<DeviceBuffer>, RuntimeError> {
        if self.devices.len() != 1 {
            return Err(self.inputs_error(format!(
                "compiled for {} devices: use execute_sharded with one argument list per device",
                self.devices.len()
            )));
        }
        let mut outputs = self.execute_sharded(vec![inputs])?;
        Ok(outputs.pop().unwrap_or_default())
    }

    /// Runs on every device of the executable: `inputs[d]` are the arguments for its `d`-th
    /// device (see [`Executable::devices`]); returns `outputs[d]`.
    pub fn execute_sharded(
        &self,
        inputs: Vec<Vec<Input<'_>>>,
    ) -> Result<Vec<Vec<DeviceBuffer>>, RuntimeError> {
        let lists: Vec<Vec<(&DeviceBuffer, bool)>> = inputs
            .iter()
            .map(|list| list.iter().map(|i| (i.buffer(), i.donated())).collect())
            .collect();
        // Donated buffers are dropped (destroyed) only after the run, with `inputs`.
        self.run(&lists)
    }

    /// The execution itself; `lists[d][i] = (buffer, donate)`.
    pub(crate) fn run(
        &self,
        lists: &[Vec<(&DeviceBuffer, bool)>],
    ) -> Result<Vec<Vec<DeviceBuffer>>, RuntimeError> {
        let num_args = self.check_inputs(lists)?;
        let plugin = self.client.plugin();
        let non_donatable: Vec<i64> = (0..num_args)
            .filter(|&i| lists.iter().any(|list| !list[i].1))
            .map(|i| i as i64)
            .collect();
        let arg_raw: Vec<Vec<*mut PjrtBuffer>> = lists
            .iter()
            .map(|list| list.iter().map(|(b, _)| b.raw()).collect())
            .collect();
        let arg_ptrs: Vec<*const *mut PjrtBuffer> = arg_raw.iter().map(|l| l.as_ptr()).collect();
        let mut out_raw: Vec<Vec<*mut PjrtBuffer>> =
            vec![vec![std::ptr::null_mut(); self.num_outputs]; lists.len()];
        let out_ptrs: Vec<*mut *mut PjrtBuffer> =
            out_raw.iter_mut().map(|l| l.as_mut_ptr()).collect();
        let mut events: Vec<*mut PjrtEvent> = vec![std::ptr::null_mut(); lists.len()];

        let mut options = ffi::ExecuteOptions::new();
        options.non_donatable_input_indices = non_donatable.as_ptr();
        options.num_non_donatable_input_indices = non_donatable.len();
        let mut args = ffi::LoadedExecutableExecuteArgs::new();
        args.executable = self.raw;
        args.options = &mut options;
        args.argument_lists = arg_ptrs.as_ptr();
        args.num_devices = lists.len();
        args.num_args = num_args;
        args.output_lists = out_ptrs.as_ptr();
        args.device_complete_events = events.as_mut_ptr();
        // SAFETY: every array outlives the call and has the sizes given (num_devices lists of
        // num_args live buffers on the right devices, checked above; num_devices output lists
        // of num_outputs slots; num_devices event slots); the executable is live.
        let err = unsafe { pjrt!(plugin, loaded_executable_execute, &mut args) };
        let failed = plugin.check(err);

        // Own whatever the plugin returned before reporting anything, so nothing leaks.
        let events: Vec<Event> = events
            .into_iter()
            .map(|e| Event::from_raw(plugin.clone(), e))
            .collect();
        let mut outputs = Vec::with_capacity(out_raw.len());
        let mut first_err = failed.err().map(|f| self.execute_error(f.message));
        for list in out_raw {
            let mut device_outputs = Vec::with_capacity(list.len());
            for raw in list.into_iter().filter(|r| !r.is_null()) {
                match DeviceBuffer::from_raw(&self.client, raw) {
                    Ok(b) => device_outputs.push(b),
                    Err(e) => first_err = first_err.or(Some(e)),
                }
            }
            outputs.push(device_outputs);
        }
        for event in events {
            if let Err(f) = event.wait() {
                first_err = first_err.or(Some(self.execute_error(f.message)));
            }
        }
        match first_err {
            Some(e) => Err(e),
            None => Ok(outputs),
        }
    }

    /// One list per device, equal lengths, each buffer on its list's device. Returns the
    /// number of arguments.
    fn check_inputs(&self, lists: &[Vec<(&DeviceBuffer, bool)>]) -> Result<usize, RuntimeError> {
        if lists.len() != self.devices.len() {
            return Err(self.inputs_error(format!(
                "expects one argument list per device ({} devices), got {} lists",
                self.devices.len(),
                lists.len()
            )));
        }
        let num_args = lists.first().map_or(0, |l| l.len());
        for (d, list) in lists.iter().enumerate() {
            if list.len() != num_args {
                return Err(self.inputs_error(format!(
                    "every device needs the same number of arguments: list 0 has {num_args}, \
                     list {d} has {}",
                    list.len()
                )));
            }
            let want = self.devices[d];
            if let Some((i, (b, _))) = list
                .iter()
                .enumerate()
                .find(|(_, (b, _))| b.device() != want)
            {
                return Err(self.inputs_error(format!(
                    "argument {i} of list {d} is on device {}, but list {d} runs on device {want}",
                    b.device()
                )));
            }
        }
        Ok(num_args)
    }

    fn inputs_error(&self, message: String) -> RuntimeError {
        RuntimeError::Inputs {
            graph: self.name.clone(),
            message,
        }
    }

    fn execute_error(&self, message: String) -> RuntimeError {
        RuntimeError::Execute {
            graph: self.name.clone(),
            plugin: self.client.plugin_path().to_path_buf(),
            message,
        }
    }
}

impl Drop for Executable {
    fn drop(&mut self) {
        if self.raw.is_null() {
            return;
        }
        let plugin = self.client.plugin();
        let mut args = ffi::LoadedExecutableDestroyArgs::new();
        args.executable = self.raw;
        // SAFETY: `raw` is owned here and destroyed exactly once; the client outlives it.
        let err = unsafe { pjrt!(plugin, loaded_executable_destroy, &mut args) };
        // Nothing to report from a destructor; `check` frees the error.
        let _ = plugin.check(err);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host::HostTensor;

    /// Uses the installed default plugin, like `tests/runtime.rs`; `run` is crate-private so
    /// the donated buffer can still be inspected after the call.
    #[test]
    fn a_donated_input_is_consumed_and_a_borrowed_one_is_not() {
        let client = Client::new(None).unwrap_or_else(|e| panic!("{e}"));
        let mlir = "func.func public @main(%p: tensor<3xf32> {tf.aliasing_output = 0 : i32}, \
                    %x: tensor<3xf32>) -> tensor<3xf32> {\n  \
                    %0 = stablehlo.add %p, %x : tensor<3xf32>\n  return %0 : tensor<3xf32>\n}\n";
        let exe = client
            .compile("donate_once", mlir, &CompileOptions::single_device())
            .unwrap();
        let host = |v: [f32; 3]| HostTensor::from_slice(&[3], &v).unwrap();
        let p = client.to_device(&host([1.0, 2.0, 3.0]), 0).unwrap();
        let x = client.to_device(&host([0.5, 0.25, -1.0]), 0).unwrap();
        let out = exe.run(&[vec![(&p, true), (&x, false)]]).unwrap();
        assert!(p.is_deleted().unwrap(), "the donated input was consumed");
        assert!(p.to_host().is_err(), "a consumed buffer cannot be read");
        assert!(!x.is_deleted().unwrap(), "the borrowed input was not");
        let sum = out[0][0].to_host().unwrap().to_vec::<f32>().unwrap();
        assert_eq!(sum, vec![1.5, 2.25, 2.0]);
    }
}
