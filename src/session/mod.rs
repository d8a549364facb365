//! Sessions: compile a traced `Function` through the runtime (cached by its StableHLO text)
//! and run it on host tensors or device buffers. SPMD functions are split over devices on
//! the way in (by each argument's sharding) and reassembled on the way out.

mod shards;

use crate::graph::{Function, GraphError, InputSpec, Sharding, TensorType};
use crate::host::{HostTensor, HostTensorError};
use crate::lower::to_stablehlo;
use crate::runtime::{Client, CompileOptions, DeviceBuffer, Executable, Input, RuntimeError};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

pub use shards::{join_blocks, split_block};

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error(transparent)]
    Graph(#[from] GraphError),
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    #[error(transparent)]
    Host(#[from] HostTensorError),
    #[error("function `{function}`: {message}")]
    Inputs { function: String, message: String },
}

/// A runtime client plus a cache of compiled programs keyed by their StableHLO text.
pub struct Session {
    client: Client,
    cache: Mutex<HashMap<String, Arc<Executable>>>,
}

/// A compiled function with the signature it was traced with.
#[derive(Clone)]
pub struct Compiled {
    executable: Arc<Executable>,
    name: String,
    inputs: Vec<InputSpec>,
    output_types: Vec<TensorType>,
    output_shardings: Vec<Option<Sharding>>,
    num_partitions: usize,
    client: Client,
}

impl Session {
    pub fn new(client: Client) -> Self {
        Session {
            client,
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// A session on the discovered plugin (`VIPER_PJRT_PLUGIN`, then the plugin cache).
    pub fn discover() -> Result<Self, SessionError> {
        Ok(Session::new(Client::new(None)?))
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Lowers and compiles `function` (reusing an executable compiled from the same text).
    pub fn compile(&self, function: &Function) -> Result<Compiled, SessionError> {
        let text = to_stablehlo(function)?;
        let cached = self
            .cache
            .lock()
            .expect("internal error: cache lock poisoned")
            .get(&text)
            .cloned();
        let executable = match cached {
            Some(e) => e,
            None => {
                let options = match function.num_partitions() {
                    1 => CompileOptions::single_device(),
                    n => CompileOptions::spmd(n),
                };
                let e = Arc::new(self.client.compile(function.name(), &text, &options)?);
                self.cache
                    .lock()
                    .expect("internal error: cache lock poisoned")
                    .insert(text, e.clone());
                e
            }
        };
        Ok(Compiled {
            executable,
            name: function.name().to_string(),
            inputs: function.inputs().to_vec(),
            output_types: function.output_types(),
            output_shardings: function.output_shardings().to_vec(),
            num_partitions: function.num_partitions(),
            client: self.client.clone(),
        })
    }

    /// Compiles (cached) and runs `function` on host inputs; returns host outputs.
    pub fn run(
        &self,
        function: &Function,
        inputs: &[HostTensor],
    ) -> Result<Vec<HostTensor>, SessionError> {
        self.compile(function)?.run(inputs)
    }
}

impl Compiled {
    pub fn executable(&self) -> &Executable {
        &self.executable
    }

    /// The client it was compiled on (to put its inputs on its devices).
    pub fn client(&self) -> &Client {
        &self.client
    }

    pub fn output_types(&self) -> &[TensorType] {
        &self.output_types
    }

    fn error(&self, message: String) -> SessionError {
        SessionError::Inputs {
            function: self.name.clone(),
            message,
        }
    }

    /// Checks that `types` match the traced arguments, naming the first mismatch.
    fn check_types(&self, types: impl Iterator<Item = TensorType>) -> Result<(), SessionError> {
        let got: Vec<TensorType> = types.collect();
        if got.len() != self.inputs.len() {
            return Err(self.error(format!(
                "takes {} inputs, got {}",
                self.inputs.len(),
                got.len()
            )));
        }
        for (spec, ty) in self.inputs.iter().zip(&got) {
            if spec.ty != *ty {
                return Err(self.error(format!(
                    "input `{}` must be {}, got {ty}",
                    spec.name, spec.ty
                )));
            }
        }
        Ok(())
    }

    /// Runs on host tensors (single device, or split over the SPMD devices and reassembled).
    pub fn run(&self, inputs: &[HostTensor]) -> Result<Vec<HostTensor>, SessionError> {
        self.check_types(inputs.iter().map(|h| TensorType::new(h.dtype(), h.dims())))?;
        let devices = self.executable.devices().to_vec();
        let mut lists: Vec<Vec<DeviceBuffer>> = Vec::with_capacity(devices.len());
        for (d, &device) in devices.iter().enumerate() {
            let mut list = Vec::with_capacity(inputs.len());
            for (host, spec) in inputs.iter().zip(&self.inputs) {
                let buffer = match &spec.sharding {
                    Some(Sharding::Tiled { tiles }) if self.num_partitions > 1 => self
                        .client
                        .to_device(&split_block(host, tiles, d)?, device)?,
                    _ => self.client.to_device(host, device)?,
                };
                list.push(buffer);
            }
            lists.push(list);
        }
        let borrowed: Vec<Vec<Input>> = lists
            .iter()
            .map(|l| l.iter().map(Input::Borrowed).collect())
            .collect();
        let outputs = self.executable.execute_sharded(borrowed)?;
        (0..self.output_types.len())
            .map(|k| {
                let ty = &self.output_types[k];
                match &self.output_shardings[k] {
                    Some(Sharding::Tiled { tiles }) if self.num_partitions > 1 => {
                        let blocks = outputs
                            .iter()
                            .map(|per_device| per_device[k].to_host())
                            .collect::<Result<Vec<_>, _>>()?;
                        Ok(join_blocks(&blocks, tiles, ty.dims())?)
                    }
                    _ => Ok(outputs[0][k].to_host()?),
                }
            })
            .collect()
    }

    /// Runs an SPMD program on device buffers: `inputs[d]` holds device `d`'s shards (see
    /// `Executable::devices`); returns each device's outputs.
    pub fn execute_sharded(
        &self,
        inputs: Vec<Vec<Input<'_>>>,
    ) -> Result<Vec<Vec<DeviceBuffer>>, SessionError> {
        if inputs.len() != self.executable.devices().len() {
            return Err(self.error(format!(
                "runs on {} devices, got {} argument lists",
                self.executable.devices().len(),
                inputs.len()
            )));
        }
        Ok(self.executable.execute_sharded(inputs)?)
    }

    /// Runs a single-device program on device buffers (borrowed or donated).
    pub fn execute(&self, inputs: Vec<Input<'_>>) -> Result<Vec<DeviceBuffer>, SessionError> {
        let types = inputs.iter().map(|i| {
            let b = match i {
                Input::Borrowed(b) => *b,
                Input::Donated(b) => b,
            };
            TensorType::new(b.dtype(), b.dims())
        });
        self.check_types(types)?;
        Ok(self.executable.execute(inputs)?)
    }
}
