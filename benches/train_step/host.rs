//! Host overhead per call on viper's side (defined in `tools/bench/README.md`, "What is
//! timed"): a tiny compiled program, its dispatch on a device-resident input, and the round
//! trip of a fresh host batch in and the result out.

use std::time::Instant;

use anyhow::{ensure, Result};
use viper::runtime::{Client, CompileOptions, DeviceBuffer, Executable, Input};

use crate::programs::{self, Tiny};
use crate::report::Stats;
use crate::runner::ms_since;

pub struct HostProbe {
    client: Client,
    exe: Executable,
    tiny: Tiny,
    on_device: DeviceBuffer,
}

impl HostProbe {
    pub fn new(client: &Client) -> Result<HostProbe> {
        let tiny = programs::host_tiny()?;
        let exe = client.compile("host_tiny", &tiny.mlir, &CompileOptions::single_device())?;
        let on_device = client.to_device(&tiny.input, 0)?;
        exe.execute(vec![Input::Borrowed(&on_device)])?;
        Ok(HostProbe {
            client: client.clone(),
            exe,
            tiny,
            on_device,
        })
    }

    /// Medians in microseconds of (dispatch, transfer round trip) over `calls` calls each.
    pub fn measure(&self, calls: usize) -> Result<(f64, f64)> {
        let mut dispatch = Vec::with_capacity(calls);
        for _ in 0..calls {
            let start = Instant::now();
            let out = self.exe.execute(vec![Input::Borrowed(&self.on_device)])?;
            dispatch.push(ms_since(start) * 1e3);
            drop(out);
        }
        let mut roundtrip = Vec::with_capacity(calls);
        for _ in 0..calls {
            let batch = self.tiny.input.clone(); // a fresh host array, as a new batch would be
            let start = Instant::now();
            let buffer = self.client.to_device(&batch, 0)?;
            let out = self.exe.execute(vec![Input::Borrowed(&buffer)])?;
            let host = out[0].to_host()?;
            roundtrip.push(ms_since(start) * 1e3);
            ensure!(
                host.dims() == batch.dims(),
                "host_tiny returned a wrong shape"
            );
        }
        Ok((Stats::of(&dispatch).median, Stats::of(&roundtrip).median))
    }
}
