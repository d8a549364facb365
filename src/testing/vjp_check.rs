//! The finite-difference VJP checker of the op, gradient and model tests.
//!
//! `check_vjp` compares reverse mode with central differences through the projection
//! identity <t, J^T c> = <J t, c> for one seeded random tangent t and cotangent c, all in f64
//! on the device; `order = 2` repeats the check on the function `x -> J(x)^T c`, i.e. it
//! checks the gradient of the gradient (the VJP rules applied to VJP-generated IR).

use super::{random_f64, Rng, Sampler};
use crate::dtype::DType;
use crate::graph::{vjp, FunctionBuilder, Tensor};
use crate::host::HostTensor;
use crate::session::Session;

/// A traced program under test: from the input tensors to its (floating-point) outputs.
pub type Program<'a> = &'a dyn Fn(&[Tensor]) -> Vec<Tensor>;

/// Tolerances of the finite-difference check.
#[derive(Clone, Copy, Debug)]
pub struct Tolerance {
    pub step: f64,
    pub relative: f64,
    pub absolute: f64,
}

impl Default for Tolerance {
    fn default() -> Self {
        Tolerance {
            step: 1e-5,
            relative: 1e-6,
            absolute: 1e-9,
        }
    }
}

fn dot(a: &HostTensor, b: &HostTensor) -> f64 {
    a.to_f64_vec()
        .iter()
        .zip(b.to_f64_vec())
        .map(|(x, y)| x * y)
        .sum()
}

fn axpy(x: &HostTensor, step: f64, t: &HostTensor) -> HostTensor {
    let v: Vec<f64> = x
        .to_f64_vec()
        .iter()
        .zip(t.to_f64_vec())
        .map(|(a, b)| a + step * b)
        .collect();
    HostTensor::from_slice(x.dims(), &v).expect("internal error: same dims")
}

/// Checks the VJP of `program` at `inputs` (f64 inputs are differentiated, others held
/// fixed) to order 1 or 2. Returns a description of the mismatch on failure.
pub fn check_vjp(
    session: &Session,
    name: &str,
    inputs: &[HostTensor],
    program: Program,
    order: usize,
    seed: u64,
) -> Result<(), String> {
    check_with(
        session,
        name,
        inputs,
        program,
        order,
        seed,
        Tolerance::default(),
    )
}

/// `check_vjp` with explicit tolerances.
pub fn check_with(
    session: &Session,
    name: &str,
    inputs: &[HostTensor],
    program: Program,
    order: usize,
    seed: u64,
    tolerance: Tolerance,
) -> Result<(), String> {
    let mut rng = Rng::new(seed);
    if order >= 2 {
        // The gradient program x -> J(x)^T c for a fixed random c, checked at order - 1.
        let output_types = trace_output_types(inputs, program)?;
        let cotangents: Vec<HostTensor> = output_types
            .iter()
            .map(|dims| random_f64(&mut rng, dims, Sampler::Normal))
            .collect();
        let gradient_program = |xs: &[Tensor]| -> Vec<Tensor> {
            let ys = program(xs);
            let cs: Vec<Tensor> = cotangents.iter().map(|c| xs[0].host_constant(c)).collect();
            let wrt: Vec<&Tensor> = xs.iter().filter(|x| x.dtype() == DType::F64).collect();
            vjp(
                &ys.iter().collect::<Vec<_>>(),
                &cs.iter().collect::<Vec<_>>(),
                &wrt,
            )
        };
        return check_with(
            session,
            name,
            inputs,
            &gradient_program,
            order - 1,
            seed + 1,
            tolerance,
        );
    }
    let f = FunctionBuilder::new(name);
    let xs: Vec<Tensor> = inputs
        .iter()
        .enumerate()
        .map(|(i, h)| f.input(&format!("x{i}"), h.dtype(), h.dims()))
        .collect();
    let ys = program(&xs);
    let cs: Vec<Tensor> = ys
        .iter()
        .enumerate()
        .map(|(k, y)| f.input(&format!("c{k}"), y.dtype(), &y.dims()))
        .collect();
    let wrt: Vec<&Tensor> = xs.iter().filter(|x| x.dtype() == DType::F64).collect();
    let grads = vjp(
        &ys.iter().collect::<Vec<_>>(),
        &cs.iter().collect::<Vec<_>>(),
        &wrt,
    );
    let outputs: Vec<Tensor> = ys.iter().chain(&grads).cloned().collect();
    let function = f.finish(&outputs).map_err(|e| e.to_string())?;
    let compiled = session.compile(&function).map_err(|e| e.to_string())?;

    let c_hosts: Vec<HostTensor> = ys
        .iter()
        .map(|y| random_f64(&mut rng, &y.dims(), Sampler::Normal))
        .collect();
    let tangents: Vec<Option<HostTensor>> = inputs
        .iter()
        .map(|h| (h.dtype() == DType::F64).then(|| random_f64(&mut rng, h.dims(), Sampler::Normal)))
        .collect();
    let run = |step: f64| -> Result<Vec<HostTensor>, String> {
        let mut args: Vec<HostTensor> = inputs
            .iter()
            .zip(&tangents)
            .map(|(x, t)| match t {
                Some(t) => axpy(x, step, t),
                None => x.clone(),
            })
            .collect();
        args.extend(c_hosts.iter().cloned());
        compiled.run(&args).map_err(|e| e.to_string())
    };
    let at_x = run(0.0)?;
    let grad_values = &at_x[ys.len()..];
    let reverse: f64 = tangents
        .iter()
        .flatten()
        .zip(grad_values)
        .map(|(t, g)| dot(t, g))
        .sum();
    let plus = run(tolerance.step)?;
    let minus = run(-tolerance.step)?;
    let forward: f64 = (0..ys.len())
        .map(|k| {
            let diff = axpy(&plus[k], -1.0, &minus[k]);
            dot(&diff, &c_hosts[k]) / (2.0 * tolerance.step)
        })
        .sum();
    let bound = tolerance.absolute + tolerance.relative * reverse.abs().max(forward.abs());
    if (reverse - forward).abs() <= bound {
        Ok(())
    } else {
        Err(format!(
            "{name}: <t, J^T c> = {reverse:.12e} (reverse mode) but <J t, c> = {forward:.12e} \
             (central differences), difference {:.3e} > {bound:.3e}",
            (reverse - forward).abs()
        ))
    }
}

fn trace_output_types(inputs: &[HostTensor], program: Program) -> Result<Vec<Vec<usize>>, String> {
    let f = FunctionBuilder::new("probe");
    let xs: Vec<Tensor> = inputs
        .iter()
        .enumerate()
        .map(|(i, h)| f.input(&format!("x{i}"), h.dtype(), h.dims()))
        .collect();
    let ys = program(&xs);
    if let Some(e) = f.error() {
        return Err(e.to_string());
    }
    Ok(ys.iter().map(|y| y.dims()).collect())
}
