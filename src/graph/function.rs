//! `FunctionBuilder` traces a program; `Function` is the finished, immutable result: named,
//! typed arguments (with optional SPMD sharding and donation), the node list and the outputs.
//! One builder can finish several functions over the same graph (e.g. a forward pass and a
//! train step); `finish` reports the first tracing error with the user's line.

use super::error::GraphError;
use super::ir::{InputSpec, Node, Sharding, ValueId};
use super::ops::{Literal, Op};
use super::shape::TensorType;
use super::tensor::{source, GraphState, Tensor};
use crate::dtype::DType;
use crate::host::HostTensor;
use std::cell::RefCell;
use std::panic::Location;
use std::rc::Rc;

/// Traces a function: create inputs and constants here, then call methods on the tensors.
pub struct FunctionBuilder {
    graph: Rc<RefCell<GraphState>>,
}

impl FunctionBuilder {
    pub fn new(name: &str) -> Self {
        FunctionBuilder {
            graph: Rc::new(RefCell::new(GraphState {
                name: name.to_string(),
                nodes: Vec::new(),
                inputs: Vec::new(),
                first_error: None,
            })),
        }
    }

    /// A new argument of the function.
    #[track_caller]
    pub fn input(&self, name: &str, dtype: DType, dims: &[usize]) -> Tensor {
        self.input_with(InputSpec::new(name, dtype, dims))
    }

    /// A new argument with sharding or donation (see `InputSpec`).
    #[track_caller]
    pub fn input_with(&self, spec: InputSpec) -> Tensor {
        let index = {
            let mut g = self.graph.borrow_mut();
            g.inputs.push(spec.clone());
            g.inputs.len() - 1
        };
        let op = Op::Parameter {
            index,
            ty: spec.ty.clone(),
        };
        source(&self.graph, op, Location::caller())
    }

    /// A constant holding a host tensor's values.
    #[track_caller]
    pub fn constant(&self, host: &HostTensor) -> Tensor {
        let op = Op::Constant {
            literal: Literal::from_host(host),
            ty: TensorType::new(host.dtype(), host.dims()),
        };
        source(&self.graph, op, Location::caller())
    }

    /// A constant with every element `value`.
    #[track_caller]
    pub fn full(&self, value: f64, dtype: DType, dims: &[usize]) -> Tensor {
        let op = Op::Constant {
            literal: Literal::splat(value, dtype),
            ty: TensorType::new(dtype, dims),
        };
        source(&self.graph, op, Location::caller())
    }

    /// A rank-0 constant.
    #[track_caller]
    pub fn scalar(&self, value: f64, dtype: DType) -> Tensor {
        self.full(value, dtype, &[])
    }

    /// `0, 1, 2, ...` along `axis` of a tensor of shape `dims`.
    #[track_caller]
    pub fn iota(&self, dtype: DType, dims: &[usize], axis: usize) -> Tensor {
        let op = Op::Iota {
            axis,
            ty: TensorType::new(dtype, dims),
        };
        source(&self.graph, op, Location::caller())
    }

    /// Donates the argument `input` to output `output` of the function `finish` will build
    /// (for arguments created by code that did not know the outputs, e.g. layers creating
    /// their parameters while tracing). `finish` checks the types.
    pub fn set_donation(&self, input: &Tensor, output: usize) -> Result<(), GraphError> {
        let index = if Rc::ptr_eq(&input.graph, &self.graph) {
            match &self.graph.borrow().nodes[input.id.0].op {
                Op::Parameter { index, .. } => Some(*index),
                _ => None,
            }
        } else {
            None
        };
        let Some(index) = index else {
            return Err(GraphError::Function {
                function: self.graph.borrow().name.clone(),
                message: format!(
                    "set_donation: value {} is not an argument of this function",
                    input.id
                ),
            });
        };
        self.graph.borrow_mut().inputs[index].donated_to = Some(output);
        Ok(())
    }

    /// The first tracing error so far, if any.
    pub fn error(&self) -> Option<GraphError> {
        self.graph.borrow().first_error.clone()
    }

    /// Freezes the traced graph into a function returning `outputs` (in order).
    pub fn finish(&self, outputs: &[Tensor]) -> Result<Function, GraphError> {
        let g = self.graph.borrow();
        if let Some(error) = &g.first_error {
            return Err(error.clone());
        }
        let fail = |message: String| GraphError::Function {
            function: g.name.clone(),
            message,
        };
        if outputs.is_empty() {
            return Err(fail("needs at least one output".to_string()));
        }
        if let Some(i) = outputs
            .iter()
            .position(|t| !Rc::ptr_eq(&t.graph, &self.graph))
        {
            return Err(fail(format!(
                "output {i} was traced in another function's builder"
            )));
        }
        let output_types: Vec<&TensorType> = outputs.iter().map(|t| &g.nodes[t.id.0].ty).collect();
        let mut partitions = 1;
        for spec in &g.inputs {
            if let Some(sharding) = &spec.sharding {
                let devices = sharding
                    .check(&spec.ty)
                    .map_err(|m| fail(format!("input `{}`: {m}", spec.name)))?;
                if devices > 1 && partitions > 1 && devices != partitions {
                    return Err(fail(format!(
                        "input `{}` is sharded over {devices} devices, others over {partitions}",
                        spec.name
                    )));
                }
                partitions = partitions.max(devices);
            }
            if let Some(k) = spec.donated_to {
                match output_types.get(k) {
                    Some(t) if **t == spec.ty => {}
                    Some(t) => {
                        return Err(fail(format!(
                            "input `{}` ({}) is donated to output {k}, whose type is {t}",
                            spec.name, spec.ty
                        )))
                    }
                    None => {
                        return Err(fail(format!(
                            "input `{}` is donated to output {k}, but there are {} outputs",
                            spec.name,
                            outputs.len()
                        )))
                    }
                }
            }
        }
        if cfg!(debug_assertions) {
            super::verify::verify_nodes(&g.nodes)?;
        }
        let mut donated: Vec<usize> = g.inputs.iter().filter_map(|s| s.donated_to).collect();
        donated.sort_unstable();
        if donated.windows(2).any(|w| w[0] == w[1]) {
            return Err(fail(
                "two inputs are donated to the same output".to_string(),
            ));
        }
        Ok(Function {
            name: g.name.clone(),
            nodes: g.nodes.clone(),
            inputs: g.inputs.clone(),
            outputs: outputs.iter().map(|t| t.id).collect(),
            output_shardings: vec![None; outputs.len()],
            num_partitions: partitions,
        })
    }
}

/// A finished program: what lowering prints and the session compiles.
#[derive(Clone, Debug)]
pub struct Function {
    pub(crate) name: String,
    pub(crate) nodes: Vec<Node>,
    pub(crate) inputs: Vec<InputSpec>,
    pub(crate) outputs: Vec<ValueId>,
    pub(crate) output_shardings: Vec<Option<Sharding>>,
    pub(crate) num_partitions: usize,
}

impl Function {
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn inputs(&self) -> &[InputSpec] {
        &self.inputs
    }

    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    pub fn outputs(&self) -> &[ValueId] {
        &self.outputs
    }

    pub fn output_types(&self) -> Vec<TensorType> {
        self.outputs
            .iter()
            .map(|v| self.nodes[v.0].ty.clone())
            .collect()
    }

    /// Sharding of each result (`None`: replicated in an SPMD program, unannotated otherwise).
    pub fn output_shardings(&self) -> &[Option<Sharding>] {
        &self.output_shardings
    }

    /// Devices the SPMD program spans (1 for a single-device program).
    pub fn num_partitions(&self) -> usize {
        self.num_partitions
    }

    /// Sets the sharding of every result (one entry per output).
    pub fn with_output_shardings(
        mut self,
        shardings: Vec<Sharding>,
    ) -> Result<Function, GraphError> {
        if shardings.len() != self.outputs.len() {
            return Err(GraphError::Function {
                function: self.name.clone(),
                message: format!(
                    "got {} output shardings for {} outputs",
                    shardings.len(),
                    self.outputs.len()
                ),
            });
        }
        let types = self.output_types();
        for (k, (sharding, ty)) in shardings.iter().zip(&types).enumerate() {
            let fail = |message: String| GraphError::Function {
                function: self.name.clone(),
                message: format!("output {k}: {message}"),
            };
            let devices = sharding.check(ty).map_err(fail)?;
            if devices > 1 && devices != self.num_partitions {
                return Err(fail(format!(
                    "sharded over {devices} devices, the inputs over {}",
                    self.num_partitions
                )));
            }
        }
        self.output_shardings = shardings.into_iter().map(Some).collect();
        Ok(self)
    }

    /// A readable dump of the nodes (`%3 = add(%1, %2) : f32[2, 3]  @ file:line`).
    pub fn dump(&self) -> String {
        super::print::format_nodes(&self.nodes, 0..self.nodes.len())
    }
}
