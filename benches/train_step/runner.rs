//! Runs a compiled train step the way the benchmark defines it: `(params..., x, t) ->
//! (new_params..., loss)`, parameters donated and fed back, batch borrowed from the device,
//! each call waited for and timed on its own. Works for any StableHLO text with that
//! signature, so it also runs JAX's own lowered program on viper's runtime (a diagnostic that
//! separates "our program" from "our XLA").

use std::time::Instant;

use anyhow::{ensure, Context, Result};
use viper::runtime::{Client, CompileOptions, DeviceBuffer, Executable, Input};
use viper::HostTensor;

/// A train step, compiled, with its parameters and batch on device 0.
pub struct StepRunner {
    exe: Executable,
    params: Vec<DeviceBuffer>,
    batch: Vec<DeviceBuffer>,
    pub compile_ms: f64,
    pub first_call_ms: f64,
    /// Losses of the first calls (the warm-up), to compare with the peer's.
    pub losses: Vec<f64>,
}

impl StepRunner {
    /// Compiles `mlir`, uploads the parameters and batch, runs `warmup` calls (at least
    /// `checked` of them, whose losses are kept).
    pub fn new(
        client: &Client,
        name: &str,
        mlir: &str,
        params: &[HostTensor],
        batch: &[HostTensor],
        warmup: usize,
        checked: usize,
    ) -> Result<StepRunner> {
        let start = Instant::now();
        let exe = client.compile(name, mlir, &CompileOptions::single_device())?;
        let compile_ms = ms_since(start);
        ensure!(
            exe.num_outputs() == params.len() + 1,
            "{name}: the step returns {} outputs, expected {} new parameters and the loss",
            exe.num_outputs(),
            params.len()
        );
        let upload = |hs: &[HostTensor]| -> Result<Vec<DeviceBuffer>> {
            hs.iter().map(|h| Ok(client.to_device(h, 0)?)).collect()
        };
        let mut runner = StepRunner {
            exe,
            params: upload(params)?,
            batch: upload(batch)?,
            compile_ms,
            first_call_ms: 0.0,
            losses: Vec::new(),
        };
        for i in 0..warmup.max(checked) {
            let start = Instant::now();
            let loss = runner.call()?;
            let loss = loss.to_host()?.to_f64_vec()[0];
            if i == 0 {
                runner.first_call_ms = ms_since(start);
            }
            if i < checked {
                runner.losses.push(loss);
            }
        }
        Ok(runner)
    }

    /// One train step: donates the parameters, keeps the new ones, returns the loss buffer.
    /// `execute` waits until the device has finished.
    fn call(&mut self) -> Result<DeviceBuffer> {
        let mut inputs: Vec<Input> = self.params.drain(..).map(Input::Donated).collect();
        inputs.extend(self.batch.iter().map(Input::Borrowed));
        let mut outputs = self.exe.execute(inputs)?;
        let loss = outputs.pop().context("the step returned no outputs")?;
        self.params = outputs;
        Ok(loss)
    }

    /// Milliseconds of each of `calls` train steps.
    pub fn time_calls(&mut self, calls: usize) -> Result<Vec<f64>> {
        let mut times = Vec::with_capacity(calls);
        for _ in 0..calls {
            let start = Instant::now();
            let loss = self.call()?;
            times.push(ms_since(start));
            drop(loss);
        }
        Ok(times)
    }
}

pub fn ms_since(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1e3
}
