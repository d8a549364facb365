//! Parameter specs (what tracing found: name, dtype, shape, initializer) and `ParamTree`, the
//! host-side ordered map name -> `HostTensor` that initialises them and counts them.
//!
//! Names are `/`-separated paths (`encoder/down.0/conv/kernel`); a subtree is every name
//! equal to a prefix or starting with `prefix/`. The tree keeps insertion order, so a tree
//! built from the specs of a trace lists its tensors in the order of that trace's inputs.

use super::error::NnError;
use super::init::{param_seed, Init};
use crate::dtype::DType;
use crate::host::HostTensor;
use crate::rng::Rng;
use half::{bf16, f16};
use std::collections::HashMap;

/// One parameter found while tracing.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamSpec {
    pub name: String,
    pub dtype: DType,
    pub dims: Vec<usize>,
    pub init: Init,
}

impl ParamSpec {
    pub fn element_count(&self) -> usize {
        self.dims.iter().product()
    }

    /// Draws this parameter's initial values: the same for the same name and seed, whatever
    /// other parameters exist.
    pub fn initial_value(&self, seed: u64) -> Result<HostTensor, NnError> {
        let mut rng = Rng::new(param_seed(seed, &self.name));
        let values = self.init.sample(&self.dims, &mut rng);
        let host = |r: Result<HostTensor, _>| {
            r.map_err(|source| NnError::Host {
                name: self.name.clone(),
                source,
            })
        };
        match self.dtype {
            DType::F64 => host(HostTensor::from_slice(&self.dims, &values)),
            DType::F32 => {
                let v: Vec<f32> = values.iter().map(|&x| x as f32).collect();
                host(HostTensor::from_slice(&self.dims, &v))
            }
            DType::F16 => {
                let v: Vec<f16> = values.iter().map(|&x| f16::from_f64(x)).collect();
                host(HostTensor::from_slice(&self.dims, &v))
            }
            DType::BF16 => {
                let v: Vec<bf16> = values.iter().map(|&x| bf16::from_f64(x)).collect();
                host(HostTensor::from_slice(&self.dims, &v))
            }
            DType::I32 if !self.init.is_random() => {
                let v: Vec<i32> = values.iter().map(|&x| x as i32).collect();
                host(HostTensor::from_slice(&self.dims, &v))
            }
            dtype => Err(NnError::InitDType {
                name: self.name.clone(),
                init: self.init.to_string(),
                dtype,
            }),
        }
    }
}

/// True when `name` lies in the subtree `prefix` (`""` is the whole tree).
pub fn is_under(name: &str, prefix: &str) -> bool {
    let prefix = prefix.trim_end_matches('/');
    prefix.is_empty()
        || name == prefix
        || (name.starts_with(prefix) && name.as_bytes().get(prefix.len()) == Some(&b'/'))
}

/// Host parameter values by name, in insertion order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParamTree {
    entries: Vec<(String, HostTensor)>,
    index: HashMap<String, usize>,
}

impl ParamTree {
    pub fn new() -> Self {
        ParamTree::default()
    }

    /// Initial values for every spec, in spec order (seeded per name, see `ParamSpec`).
    pub fn init(specs: &[ParamSpec], seed: u64) -> Result<ParamTree, NnError> {
        let mut tree = ParamTree::new();
        for spec in specs {
            tree.insert(&spec.name, spec.initial_value(seed)?)?;
        }
        Ok(tree)
    }

    /// A tree from values in spec order (e.g. a train step's parameter outputs copied to the
    /// host), checking each value's dtype and shape against its spec.
    pub fn from_ordered(
        specs: &[ParamSpec],
        values: Vec<HostTensor>,
    ) -> Result<ParamTree, NnError> {
        if values.len() != specs.len() {
            return Err(NnError::Count {
                expected: specs.len(),
                got: values.len(),
            });
        }
        let mut tree = ParamTree::new();
        for (spec, value) in specs.iter().zip(values) {
            check_type(&spec.name, spec.dtype, &spec.dims, &value)?;
            tree.insert(&spec.name, value)?;
        }
        Ok(tree)
    }

    /// Adds a new entry (an existing name is an error: use `set` to replace).
    pub fn insert(&mut self, name: &str, value: HostTensor) -> Result<(), NnError> {
        if self.index.contains_key(name) {
            return Err(NnError::Duplicate {
                name: name.to_string(),
            });
        }
        self.index.insert(name.to_string(), self.entries.len());
        self.entries.push((name.to_string(), value));
        Ok(())
    }

    /// Replaces an existing entry, which must keep its dtype and shape.
    pub fn set(&mut self, name: &str, value: HostTensor) -> Result<(), NnError> {
        let Some(&i) = self.index.get(name) else {
            return Err(NnError::Missing {
                name: name.to_string(),
            });
        };
        let held = &self.entries[i].1;
        check_type(name, held.dtype(), held.dims(), &value)?;
        self.entries[i].1 = value;
        Ok(())
    }

    pub fn get(&self, name: &str) -> Option<&HostTensor> {
        self.index.get(name).map(|&i| &self.entries[i].1)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(n, _)| n.as_str())
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &HostTensor)> {
        self.entries.iter().map(|(n, t)| (n.as_str(), t))
    }

    /// Total number of scalar parameters.
    pub fn count(&self) -> usize {
        self.count_under("")
    }

    /// Number of scalar parameters in the subtree `prefix` (e.g. `"encoder"`).
    pub fn count_under(&self, prefix: &str) -> usize {
        self.entries
            .iter()
            .filter(|(n, _)| is_under(n, prefix))
            .map(|(_, t)| t.element_count())
            .sum()
    }

    /// The values in the order of `specs` (e.g. a trace's parameter inputs), checking that
    /// each is present with the spec's dtype and shape; the error names the first bad one.
    pub fn ordered(&self, specs: &[ParamSpec]) -> Result<Vec<HostTensor>, NnError> {
        specs
            .iter()
            .map(|spec| {
                let value = self.get(&spec.name).ok_or_else(|| NnError::Missing {
                    name: spec.name.clone(),
                })?;
                check_type(&spec.name, spec.dtype, &spec.dims, value)?;
                Ok(value.clone())
            })
            .collect()
    }
}

fn check_type(name: &str, dtype: DType, dims: &[usize], got: &HostTensor) -> Result<(), NnError> {
    if got.dtype() != dtype || got.dims() != dims {
        return Err(NnError::Mismatch {
            name: name.to_string(),
            expected: format!("{dtype}{dims:?}"),
            got: format!("{}{:?}", got.dtype(), got.dims()),
        });
    }
    Ok(())
}
