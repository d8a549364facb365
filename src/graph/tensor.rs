//! `Tensor`: the tracing handle model code holds. A tensor is a graph reference plus a value
//! id; every op method appends a node, running the op's shape rule at once. Rule failures do
//! not panic: the graph records the first error (op, types, the caller's line) and returns a
//! poisoned tensor, and `FunctionBuilder::finish` reports that error. All public entry points
//! are `#[track_caller]` so the recorded location is the model line, not this file.

use super::error::{format_location, GraphError};
use super::ir::{InputSpec, Node, ValueId};
use super::ops::{rule, Literal, Op};
use super::shape::{broadcast_shapes, TensorType};
use crate::dtype::DType;
use std::cell::RefCell;
use std::panic::Location;
use std::rc::Rc;

/// The mutable state of a graph under construction.
#[derive(Debug)]
pub(crate) struct GraphState {
    pub name: String,
    pub nodes: Vec<Node>,
    pub inputs: Vec<InputSpec>,
    pub first_error: Option<GraphError>,
}

pub(crate) type GraphRef = Rc<RefCell<GraphState>>;

/// A value being traced. Cheap to clone (a reference-counted graph pointer and an index).
#[derive(Clone)]
pub struct Tensor {
    pub(crate) graph: GraphRef,
    pub(crate) id: ValueId,
}

impl std::fmt::Debug for Tensor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tensor({} : {})", self.id, self.ty())
    }
}

impl GraphState {
    fn record(&mut self, error: GraphError) {
        if self.first_error.is_none() {
            self.first_error = Some(error);
        }
    }

    fn push_poisoned(
        &mut self,
        op: Op,
        inputs: Vec<ValueId>,
        location: &'static Location,
    ) -> ValueId {
        let id = ValueId(self.nodes.len());
        self.nodes.push(Node {
            op,
            inputs,
            ty: TensorType::new(DType::F32, &[]),
            location,
            poisoned: true,
        });
        id
    }

    /// Appends `op` applied to `inputs`, checking arity and running its shape rule.
    pub fn push(&mut self, op: Op, inputs: Vec<ValueId>, location: &'static Location) -> ValueId {
        let rule = rule(&op);
        if inputs.iter().any(|v| self.nodes[v.0].poisoned) {
            return self.push_poisoned(op, inputs, location);
        }
        if let Some(arity) = rule.arity {
            if arity != inputs.len() {
                self.record(GraphError::Infer {
                    op: rule.name,
                    message: format!("takes {arity} operands, got {}", inputs.len()),
                    location: format_location(location),
                });
                return self.push_poisoned(op, inputs, location);
            }
        }
        let types: Vec<&TensorType> = inputs.iter().map(|v| &self.nodes[v.0].ty).collect();
        match (rule.infer)(&op, &types) {
            Ok(ty) => {
                let id = ValueId(self.nodes.len());
                self.nodes.push(Node {
                    op,
                    inputs,
                    ty,
                    location,
                    poisoned: false,
                });
                id
            }
            Err(message) => {
                self.record(GraphError::Infer {
                    op: rule.name,
                    message,
                    location: format_location(location),
                });
                self.push_poisoned(op, inputs, location)
            }
        }
    }
}

impl Tensor {
    /// Applies a primitive to tensors of one graph. This is the single entry point op
    /// methods use; op families of other files call it too. `inputs` must not be empty
    /// (there would be no graph to add to; sources use `apply_source`): panics otherwise.
    #[track_caller]
    pub fn apply(op: Op, inputs: &[&Tensor]) -> Tensor {
        let location = Location::caller();
        let graph = inputs[0].graph.clone();
        if inputs.iter().any(|t| !Rc::ptr_eq(&t.graph, &graph)) {
            // A loop body being traced reads tensors of its enclosing graphs (ops::capture).
            if let Some(local) = super::ops::capture::capture(inputs, location) {
                let graph = local[0].graph.clone();
                let id =
                    graph
                        .borrow_mut()
                        .push(op, local.iter().map(|t| t.id).collect(), location);
                return Tensor { graph, id };
            }
            let name = rule(&op).name;
            let mut g = graph.borrow_mut();
            g.record(GraphError::ForeignTensor {
                op: name,
                location: format_location(location),
            });
            let id = g.push_poisoned(op, vec![], location);
            drop(g);
            return Tensor { graph, id };
        }
        let ids = inputs.iter().map(|t| t.id).collect();
        let id = graph.borrow_mut().push(op, ids, location);
        Tensor { graph, id }
    }

    /// Adds a source node (no inputs) to this tensor's graph.
    #[track_caller]
    pub fn apply_source(&self, op: Op) -> Tensor {
        source(&self.graph, op, Location::caller())
    }

    /// Records a tracing error for `op` (for checks made by tracing methods before any node
    /// exists, e.g. an axis out of range) and returns a poisoned tensor.
    #[track_caller]
    pub fn fail(&self, op: &'static str, message: String) -> Tensor {
        let location = Location::caller();
        let mut g = self.graph.borrow_mut();
        g.record(GraphError::Infer {
            op,
            message,
            location: format_location(location),
        });
        let id = g.push_poisoned(Op::StopGradient, vec![self.id], location);
        drop(g);
        Tensor {
            graph: self.graph.clone(),
            id,
        }
    }

    pub fn id(&self) -> ValueId {
        self.id
    }

    pub fn ty(&self) -> TensorType {
        self.graph.borrow().nodes[self.id.0].ty.clone()
    }

    pub fn dtype(&self) -> DType {
        self.graph.borrow().nodes[self.id.0].ty.dtype
    }

    pub fn dims(&self) -> Vec<usize> {
        self.graph.borrow().nodes[self.id.0].ty.dims().to_vec()
    }

    pub fn rank(&self) -> usize {
        self.graph.borrow().nodes[self.id.0].ty.rank()
    }

    /// True when this tensor (or one it depends on) failed a shape or dtype rule.
    pub fn is_poisoned(&self) -> bool {
        self.graph.borrow().nodes[self.id.0].poisoned
    }

    /// The first tracing error of this tensor's graph, if any.
    pub fn graph_error(&self) -> Option<GraphError> {
        self.graph.borrow().first_error.clone()
    }

    pub(crate) fn same_graph(&self, other: &Tensor) -> bool {
        Rc::ptr_eq(&self.graph, &other.graph)
    }

    /// A constant of this tensor's dtype and shape, every element `value`.
    #[track_caller]
    pub fn full_like(&self, value: f64) -> Tensor {
        let ty = self.ty();
        self.apply_source(Op::Constant {
            literal: Literal::splat(value, ty.dtype),
            ty,
        })
    }

    /// A constant of any dtype and shape in this tensor's graph.
    #[track_caller]
    pub fn constant_like(&self, value: f64, dtype: DType, dims: &[usize]) -> Tensor {
        self.apply_source(Op::Constant {
            literal: Literal::splat(value, dtype),
            ty: TensorType::new(dtype, dims),
        })
    }

    /// A constant holding a host tensor's values, in this tensor's graph.
    #[track_caller]
    pub fn host_constant(&self, host: &crate::host::HostTensor) -> Tensor {
        self.apply_source(Op::Constant {
            literal: Literal::from_host(host),
            ty: TensorType::new(host.dtype(), host.dims()),
        })
    }

    #[track_caller]
    pub fn zeros_like(&self) -> Tensor {
        self.full_like(0.0)
    }

    /// Broadcasts both operands to their numpy-style common shape (equal dtypes required).
    /// Written once here; every binary op method goes through it.
    #[track_caller]
    pub(crate) fn broadcast_pair(&self, other: &Tensor, op: &'static str) -> (Tensor, Tensor) {
        let (a, b) = (self.ty(), other.ty());
        if self.is_poisoned() || other.is_poisoned() {
            return (self.clone(), other.clone());
        }
        if a.dtype != b.dtype {
            let bad = self.fail(
                op,
                format!(
                    "operands must have the same dtype, got {a} and {b} (convert one with .convert(DType))"
                ),
            );
            return (bad.clone(), bad);
        }
        match broadcast_shapes(a.dims(), b.dims()) {
            Some(dims) => (self.broadcast_to(&dims), other.broadcast_to(&dims)),
            None => {
                let bad = self.fail(
                    op,
                    format!("operand shapes must broadcast, got {a} and {b}"),
                );
                (bad.clone(), bad)
            }
        }
    }
}

/// Adds a source node to `graph`.
pub(crate) fn source(graph: &GraphRef, op: Op, location: &'static Location<'static>) -> Tensor {
    let id = graph.borrow_mut().push(op, vec![], location);
    Tensor {
        graph: graph.clone(),
        id,
    }
}
