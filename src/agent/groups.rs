//! Pieces of the agent's trace: a parameter group updated by its own optimizer from its own
//! loss (state inputs named `<group>/<optimizer state name>`), and the carried values with
//! the finiteness guard that keeps every old value when any loss or gradient norm is NaN/Inf.

use super::AgentError;
use crate::graph::{grad, FunctionBuilder, Tensor, TensorType};
use crate::nn::params::is_under;
use crate::nn::ParamSpec;
use crate::optim::loss_scale::all_finite;
use crate::optim::{Optimizer, StateInit, StateSpec};
use crate::DType;

/// One value the step carries from call to call: its input and its updated output.
#[derive(Clone, Debug)]
pub struct Carried {
    pub spec: StateSpec,
    pub input: Tensor,
    pub output: Tensor,
}

/// All carried values of a trace, in output order; parameters first.
#[derive(Default)]
pub struct CarriedSet {
    pub items: Vec<Carried>,
    /// Optimizer-state specs whose initial value copies a parameter: (state index, param name).
    pub copies: Vec<(usize, String)>,
}

impl CarriedSet {
    /// Adds the parameters (`specs`, `tensors` from the root scope), unchanged for now.
    pub fn add_params(&mut self, specs: &[ParamSpec], tensors: &[Tensor]) {
        for (spec, t) in specs.iter().zip(tensors) {
            self.items.push(Carried {
                spec: StateSpec {
                    name: spec.name.clone(),
                    ty: TensorType::new(spec.dtype, &spec.dims),
                    init: StateInit::Fill(0.0), // parameters take their own init (ParamTree)
                },
                input: t.clone(),
                output: t.clone(),
            });
        }
    }

    /// A new state input (created now) whose output is set later with `set`.
    pub fn add_state(&mut self, fb: &FunctionBuilder, spec: StateSpec) -> Tensor {
        let input = fb.input(&spec.name, spec.ty.dtype, spec.ty.dims());
        self.items.push(Carried {
            spec,
            input: input.clone(),
            output: input.clone(),
        });
        input
    }

    fn index(&self, name: &str) -> Result<usize, AgentError> {
        self.items
            .iter()
            .position(|c| c.spec.name == name)
            .ok_or_else(|| AgentError::State(format!("no carried value `{name}`")))
    }

    /// Sets the updated value of `name`.
    pub fn set(&mut self, name: &str, value: Tensor) -> Result<(), AgentError> {
        let k = self.index(name)?;
        self.items[k].output = value;
        Ok(())
    }

    /// The current (possibly already updated) value of `name`.
    pub fn current(&self, name: &str) -> Result<Tensor, AgentError> {
        Ok(self.items[self.index(name)?].output.clone())
    }

    /// Names of the parameters under `prefix` (creation order).
    pub fn params_under(&self, params: &[ParamSpec], prefix: &str) -> Vec<String> {
        params
            .iter()
            .filter(|s| is_under(&s.name, prefix))
            .map(|s| s.name.clone())
            .collect()
    }

    /// Updates the parameters `names` by `optimizer` on `loss`; its state is new inputs under
    /// `group/`. Returns the optimizer's metrics prefixed with `group/`.
    pub fn update_group(
        &mut self,
        fb: &FunctionBuilder,
        group: &str,
        names: &[String],
        loss: &Tensor,
        optimizer: &Optimizer,
    ) -> Result<Vec<(String, Tensor)>, AgentError> {
        if names.is_empty() {
            return Err(AgentError::State(format!(
                "group `{group}` has no parameters"
            )));
        }
        let mut params = Vec::with_capacity(names.len());
        let mut infos = Vec::with_capacity(names.len());
        for name in names {
            let c = &self.items[self.index(name)?];
            params.push(c.input.clone());
            infos.push((name.clone(), c.spec.ty.clone()));
        }
        let specs = optimizer.state_specs(&infos);
        let mut state = Vec::with_capacity(specs.len());
        let mut state_names = Vec::with_capacity(specs.len());
        for spec in specs {
            let name = format!("{group}/{}", spec.name);
            if let StateInit::CopyOfParam(k) = spec.init {
                self.copies.push((self.items.len(), names[k].clone()));
            }
            state_names.push(name.clone());
            state.push(self.add_state(fb, StateSpec { name, ..spec }));
        }
        let grads = grad(loss, &params.iter().collect::<Vec<_>>());
        let applied = optimizer.apply(&params, &grads, &state)?;
        for (name, p) in names.iter().zip(applied.params) {
            self.set(name, p)?;
        }
        for (name, s) in state_names.iter().zip(applied.state) {
            self.set(name, s)?;
        }
        Ok(applied
            .metrics
            .into_iter()
            .map(|(m, v)| (format!("{group}/{}", m.trim_start_matches("optim/")), v))
            .collect())
    }

    /// Keeps every old value unless `ok` (bool scalar); the outputs in order.
    pub fn guarded_outputs(&self, ok: &Tensor) -> Vec<Tensor> {
        self.items
            .iter()
            .map(|c| ok.select(&c.output, &c.input))
            .collect()
    }
}

/// For each `(term, value)`: 1.0 when `value` holds a NaN/Inf (metric `nonfinite/<term>`),
/// and the bool scalar "all finite".
pub fn finiteness(terms: &[(String, Tensor)]) -> (Vec<(String, Tensor)>, Tensor) {
    let flags = terms
        .iter()
        .map(|(name, t)| {
            let finite = all_finite(std::slice::from_ref(t)).expect("one tensor given");
            (
                format!("nonfinite/{name}"),
                finite.not().convert(DType::F32),
            )
        })
        .collect();
    let values: Vec<Tensor> = terms.iter().map(|(_, t)| t.clone()).collect();
    let ok = all_finite(&values).expect("internal error: the agent step has losses");
    (flags, ok)
}
