//! `Scope`: lazy, named parameter creation while tracing (flax style). A layer asks its scope
//! for a parameter by a short name; the first request creates a function input named by the
//! full path (`encoder/conv0/kernel`) and records its `ParamSpec`, later requests for the same
//! path return the same input. One trace thus yields the graph and the parameter list.
//!
//! A scope can also be built over given tensors (`Scope::from_params`): the same layer code
//! then applies a model to parameters that already exist in a graph (finite-difference
//! checks, target networks, parameters passed into a loop body).
//!
//! ```
//! use viper::graph::FunctionBuilder;
//! use viper::nn::{Init, Scope};
//! use viper::DType;
//! let fb = FunctionBuilder::new("demo");
//! let scope = Scope::new(&fb);
//! let w = scope.child("encoder/conv0").param("kernel", DType::F32, &[3, 3, 3, 8], Init::LecunNormal);
//! assert_eq!(scope.param_specs()[0].name, "encoder/conv0/kernel");
//! assert_eq!(w.dims(), vec![3, 3, 3, 8]);
//! ```

use super::error::NnError;
use super::init::Init;
use super::params::{is_under, ParamSpec};
use crate::dtype::DType;
use crate::graph::{FunctionBuilder, InputSpec, Sharding, Tensor};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Every parameter created so far, shared by a root scope and all its children.
#[derive(Default)]
struct Registry {
    params: Vec<(ParamSpec, Tensor)>,
    by_path: HashMap<String, usize>,
    sharding: Option<Sharding>,
    /// For scopes without a builder: the tensors parameters are taken from, by path.
    given: Vec<(String, Tensor)>,
}

/// A position in the parameter tree of one trace. Cheap to clone.
#[derive(Clone)]
pub struct Scope<'f> {
    builder: Option<&'f FunctionBuilder>,
    path: String,
    registry: Rc<RefCell<Registry>>,
}

impl<'f> Scope<'f> {
    /// The root scope (path `""`) of a trace.
    pub fn new(builder: &'f FunctionBuilder) -> Self {
        Scope {
            builder: Some(builder),
            path: String::new(),
            registry: Rc::new(RefCell::new(Registry::default())),
        }
    }

    /// A root scope whose parameters are the given tensors (by full path) instead of new
    /// inputs. Asking for a path not given, or with another dtype or shape, is a tracing
    /// error. Fails when `params` is empty (there would be no graph to report errors in).
    pub fn from_params(params: &[(String, Tensor)]) -> Result<Scope<'static>, NnError> {
        if params.is_empty() {
            return Err(NnError::NoParams);
        }
        let registry = Registry {
            given: params.to_vec(),
            ..Registry::default()
        };
        Ok(Scope {
            builder: None,
            path: String::new(),
            registry: Rc::new(RefCell::new(registry)),
        })
    }

    /// Parameters created from now on get this SPMD layout (data-parallel steps use
    /// `Sharding::Replicated`). Applies to the whole tree.
    pub fn with_param_sharding(self, sharding: Sharding) -> Self {
        self.registry.borrow_mut().sharding = Some(sharding);
        self
    }

    /// The scope `name` below this one (`name` may hold several `/`-separated parts).
    pub fn child(&self, name: &str) -> Scope<'f> {
        Scope {
            builder: self.builder,
            path: self.join(name),
            registry: self.registry.clone(),
        }
    }

    /// This scope's path (`""` at the root).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The builder the parameters are inputs of (`None` for `from_params` scopes).
    pub fn builder(&self) -> Option<&'f FunctionBuilder> {
        self.builder
    }

    fn join(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_string()
        } else {
            format!("{}/{name}", self.path)
        }
    }

    /// The parameter `name` of this scope: created as a function input on first use, the same
    /// input afterwards. Asking again with another dtype or shape, or with a name that is
    /// empty or has an empty path part, records a tracing error naming the path (reported
    /// by `finish`) and returns a poisoned tensor.
    #[track_caller]
    pub fn param(&self, name: &str, dtype: DType, dims: &[usize], init: Init) -> Tensor {
        let path = self.join(name);
        let existing = self.registry.borrow().by_path.get(&path).copied();
        if let Some(i) = existing {
            let (spec, tensor) = self.registry.borrow().params[i].clone();
            if spec.dtype != dtype || spec.dims != dims {
                return tensor.fail(
                    "nn.param",
                    format!(
                        "parameter `{path}` was created as {}{:?}, now requested as {dtype}{dims:?}",
                        spec.dtype, spec.dims
                    ),
                );
            }
            return tensor;
        }
        let tensor = match self.builder {
            Some(builder) => {
                let mut input = InputSpec::new(&path, dtype, dims);
                input.sharding = self.registry.borrow().sharding.clone();
                builder.input_with(input)
            }
            None => match self.given(&path, dtype, dims) {
                Ok(t) => t,
                Err(poisoned) => return poisoned,
            },
        };
        if name.is_empty() || path.split('/').any(str::is_empty) {
            return tensor.fail(
                "nn.param",
                format!("parameter path `{path}` has an empty part"),
            );
        }
        let spec = ParamSpec {
            name: path.clone(),
            dtype,
            dims: dims.to_vec(),
            init,
        };
        let mut registry = self.registry.borrow_mut();
        let index = registry.params.len();
        registry.by_path.insert(path, index);
        registry.params.push((spec, tensor.clone()));
        tensor
    }

    /// The given tensor for `path` (scopes from `from_params`), or a poisoned tensor.
    #[track_caller]
    fn given(&self, path: &str, dtype: DType, dims: &[usize]) -> Result<Tensor, Tensor> {
        let registry = self.registry.borrow();
        let found = registry.given.iter().find(|(p, _)| p == path);
        match found {
            Some((_, t)) if t.dtype() == dtype && t.dims() == dims => Ok(t.clone()),
            Some((_, t)) => Err(t.fail(
                "nn.param",
                format!(
                    "parameter `{path}` is requested as {dtype}{dims:?} but given as {}",
                    t.ty()
                ),
            )),
            None => Err(registry.given[0].1.fail(
                "nn.param",
                format!("parameter `{path}` is not among the given parameters"),
            )),
        }
    }

    /// Specs of the parameters under this scope, in creation order.
    pub fn param_specs(&self) -> Vec<ParamSpec> {
        self.registry
            .borrow()
            .params
            .iter()
            .filter(|(s, _)| is_under(&s.name, &self.path))
            .map(|(s, _)| s.clone())
            .collect()
    }

    /// The inputs of the parameters under this scope, in the order of `param_specs`.
    pub fn param_tensors(&self) -> Vec<Tensor> {
        self.registry
            .borrow()
            .params
            .iter()
            .filter(|(s, _)| is_under(&s.name, &self.path))
            .map(|(_, t)| t.clone())
            .collect()
    }

    /// Number of scalar parameters under this scope.
    pub fn param_count(&self) -> usize {
        self.param_specs()
            .iter()
            .map(ParamSpec::element_count)
            .sum()
    }
}
