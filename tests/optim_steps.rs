//! The traced optimizers against a host reference written independently here in plain f64
//! loops (from the Adam/AdamW papers' formulas and optax's conventions): Adam and AdamW on a
//! quadratic, global-norm clipping with warmup and EMA, and dynamic loss scaling skipping a
//! step with an infinite gradient.
//!
//! Tolerance: the device computes in f32 (relative rounding 6e-8 per operation). Each Adam
//! step moves a parameter by at most about `lr` through a dozen f32 operations, so after a few
//! steps the absolute error is a few 1e-7; 1e-5 relative to (1 + |value|) leaves a wide margin
//! while still catching any formula slip (a wrong bias correction is off by > 1e-2).

// The host reference is written as plain index loops on purpose (independent of the traced code).
#![allow(clippy::needless_range_loop)]

mod common;
use common::{assert_near, session};
use viper::graph::{grad, FunctionBuilder, Tensor, TensorType};
use viper::optim::{Adam, LossScale, Optimizer};
use viper::{DType, HostTensor};

const DIMS: [&[usize]; 2] = [&[3], &[2, 2]];

/// The quadratic's curvature `a` and centre `c`, per parameter (fixed, distinct values).
fn quadratic_coefficients() -> Vec<(Vec<f64>, Vec<f64>)> {
    vec![
        (vec![1.0, 4.0, 0.5], vec![0.5, -1.0, 2.0]),
        (vec![2.0, 0.25, 3.0, 1.5], vec![-0.5, 1.5, 0.25, -2.0]),
    ]
}

fn initial_params() -> Vec<Vec<f64>> {
    vec![vec![0.3, 0.7, -1.2], vec![1.0, -0.4, 0.9, 0.1]]
}

fn host(dims: &[usize], v: &[f64]) -> HostTensor {
    let f: Vec<f32> = v.iter().map(|&x| x as f32).collect();
    HostTensor::from_slice(dims, &f).unwrap()
}

/// Traces one step: params, state -> params', state', metrics, with
/// loss = sum_k sum_i 0.5 a_ki (p_ki - c_ki)^2.
fn quadratic_step(opt: &Optimizer) -> (viper::graph::Function, usize) {
    let f = FunctionBuilder::new("quadratic_step");
    let params: Vec<Tensor> = DIMS
        .iter()
        .enumerate()
        .map(|(k, d)| f.input(&format!("p{k}"), DType::F32, d))
        .collect();
    let infos: Vec<(String, TensorType)> = params
        .iter()
        .enumerate()
        .map(|(k, p)| (format!("p{k}"), p.ty()))
        .collect();
    let specs = opt.state_specs(&infos);
    let state: Vec<Tensor> = specs
        .iter()
        .map(|s| f.input(&s.name, s.ty.dtype, s.ty.dims()))
        .collect();
    let mut loss: Option<Tensor> = None;
    for (k, (a, c)) in quadratic_coefficients().iter().enumerate() {
        let a = f.constant(&host(DIMS[k], a));
        let c = f.constant(&host(DIMS[k], c));
        let term = ((&params[k] - &c).square() * &a * 0.5).sum_all();
        loss = Some(match loss {
            None => term,
            Some(l) => l + term,
        });
    }
    let loss = opt.scale_loss(&loss.unwrap(), &state);
    let grads = grad(&loss, &params.iter().collect::<Vec<_>>());
    let applied = opt.apply(&params, &grads, &state).unwrap();
    let mut outputs = applied.params;
    outputs.extend(applied.state);
    outputs.extend(applied.metrics.into_iter().map(|(_, t)| t));
    (f.finish(&outputs).unwrap(), specs.len())
}

/// Runs `steps` traced steps; returns the parameters after each step.
fn run_traced(opt: &Optimizer, steps: usize) -> Vec<Vec<Vec<f64>>> {
    let (function, state_len) = quadratic_step(opt);
    let params: Vec<HostTensor> = initial_params()
        .iter()
        .zip(DIMS)
        .map(|(v, d)| host(d, v))
        .collect();
    let infos: Vec<(String, TensorType)> = params
        .iter()
        .enumerate()
        .map(|(k, p)| (format!("p{k}"), TensorType::new(p.dtype(), p.dims())))
        .collect();
    let state = Optimizer::init_state(&opt.state_specs(&infos), &params).unwrap();
    let mut inputs: Vec<HostTensor> = params;
    inputs.extend(state);
    let mut history = Vec::new();
    for _ in 0..steps {
        let out = session().run(&function, &inputs).unwrap();
        inputs = out[..2 + state_len].to_vec();
        history.push(inputs[..2].iter().map(|h| h.to_f64_vec()).collect());
    }
    history
}

/// The host reference: Adam(W) with optional clipping, warmup and EMA, in f64.
struct HostOptimizer {
    lr: f64,
    b1: f64,
    b2: f64,
    eps: f64,
    weight_decay: f64,
    clip: Option<f64>,
    warmup: u64,
    ema: Option<f64>,
}

struct HostState {
    params: Vec<Vec<f64>>,
    m: Vec<Vec<f64>>,
    v: Vec<Vec<f64>>,
    ema: Vec<Vec<f64>>,
    steps_done: u64,
}

impl HostOptimizer {
    fn gradients(params: &[Vec<f64>]) -> Vec<Vec<f64>> {
        let coeffs = quadratic_coefficients();
        let mut grads = Vec::new();
        for (p, (a, c)) in params.iter().zip(&coeffs) {
            let mut g = Vec::new();
            for i in 0..p.len() {
                g.push(a[i] * (p[i] - c[i]));
            }
            grads.push(g);
        }
        grads
    }

    fn step(&self, s: &mut HostState) {
        let mut grads = Self::gradients(&s.params);
        if let Some(max) = self.clip {
            let mut total = 0.0;
            for g in &grads {
                for x in g {
                    total += x * x;
                }
            }
            let norm = total.sqrt();
            if norm > max {
                for g in grads.iter_mut() {
                    for x in g.iter_mut() {
                        *x *= max / norm;
                    }
                }
            }
        }
        let lr = if self.warmup == 0 {
            self.lr
        } else {
            self.lr * (s.steps_done.min(self.warmup) as f64) / self.warmup as f64
        };
        let t = (s.steps_done + 1) as i32;
        for k in 0..grads.len() {
            for i in 0..grads[k].len() {
                let g = grads[k][i];
                s.m[k][i] = self.b1 * s.m[k][i] + (1.0 - self.b1) * g;
                s.v[k][i] = self.b2 * s.v[k][i] + (1.0 - self.b2) * g * g;
                let m_hat = s.m[k][i] / (1.0 - self.b1.powi(t));
                let v_hat = s.v[k][i] / (1.0 - self.b2.powi(t));
                let p = s.params[k][i];
                let direction = m_hat / (v_hat.sqrt() + self.eps) + self.weight_decay * p;
                s.params[k][i] = p - lr * direction;
                if let Some(d) = self.ema {
                    // The first update copies the parameters (the reference's decay 0 at step 0).
                    let d = if s.steps_done == 0 { 0.0 } else { d };
                    s.ema[k][i] = d * s.ema[k][i] + (1.0 - d) * s.params[k][i];
                }
            }
        }
        s.steps_done += 1;
    }

    fn run(&self, steps: usize) -> (Vec<Vec<Vec<f64>>>, Vec<Vec<f64>>) {
        let p = initial_params();
        let zeros: Vec<Vec<f64>> = p.iter().map(|v| vec![0.0; v.len()]).collect();
        let mut s = HostState {
            params: p.clone(),
            m: zeros.clone(),
            v: zeros,
            ema: p,
            steps_done: 0,
        };
        let mut history = Vec::new();
        for _ in 0..steps {
            self.step(&mut s);
            history.push(s.params.clone());
        }
        (history, s.ema)
    }
}

fn host_optimizer(adam: &Adam) -> HostOptimizer {
    HostOptimizer {
        lr: adam.learning_rate,
        b1: adam.b1,
        b2: adam.b2,
        eps: adam.eps,
        weight_decay: adam.weight_decay,
        clip: None,
        warmup: 0,
        ema: None,
    }
}

fn assert_histories_match(got: &[Vec<Vec<f64>>], want: &[Vec<Vec<f64>>]) {
    for (step, (g, w)) in got.iter().zip(want).enumerate() {
        for (k, (gk, wk)) in g.iter().zip(w).enumerate() {
            println!("step {step} param {k}: {gk:?} vs {wk:?}");
            assert_near(gk, wk, 1e-5);
        }
    }
}

#[test]
fn adam_on_a_quadratic_matches_the_host_reference() {
    let adam = Adam::new(0.1);
    let got = run_traced(&Optimizer::new(adam.clone()), 6);
    let (want, _) = host_optimizer(&adam).run(6);
    assert_histories_match(&got, &want);
    // The first Adam step moves every coordinate by lr against the gradient's sign.
    let p0 = &initial_params()[0];
    assert!((got[0][0][0] - (p0[0] + 0.1)).abs() < 1e-6);
}

#[test]
fn adamw_decays_weights_like_the_host_reference() {
    let adam = Adam {
        weight_decay: 0.05,
        ..Adam::new(0.05)
    };
    let got = run_traced(&Optimizer::new(adam.clone()), 6);
    let (want, _) = host_optimizer(&adam).run(6);
    assert_histories_match(&got, &want);
    // And the decay matters: plain Adam ends elsewhere by more than the tolerance.
    let (plain, _) = host_optimizer(&Adam::new(0.05)).run(6);
    assert!((plain[5][1][0] - want[5][1][0]).abs() > 1e-4);
}

#[test]
fn clipping_warmup_and_ema_match_the_host_reference() {
    let adam = Adam::adamw(0.2);
    let opt = Optimizer {
        clip_global_norm: Some(0.5),
        warmup_steps: 3,
        ema_decay: Some(0.8),
        ..Optimizer::new(adam.clone())
    };
    let (function, state_len) = quadratic_step(&opt);
    let reference = HostOptimizer {
        clip: Some(0.5),
        warmup: 3,
        ema: Some(0.8),
        ..host_optimizer(&adam)
    };
    let steps = 5;
    let (want, want_ema) = reference.run(steps);
    let got = run_traced(&opt, steps);
    assert_histories_match(&got, &want);
    // Warmup: the first step has learning rate 0, so the parameters do not move.
    assert_near(&got[0][0], &initial_params()[0], 1e-7);
    // EMA state and the metrics of one more step from the start.
    let params: Vec<HostTensor> = initial_params()
        .iter()
        .zip(DIMS)
        .map(|(v, d)| host(d, v))
        .collect();
    let infos: Vec<(String, TensorType)> = (0..2)
        .map(|k| (format!("p{k}"), TensorType::new(DType::F32, DIMS[k])))
        .collect();
    let specs = opt.state_specs(&infos);
    let names: Vec<&str> = specs.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "optim/count",
            "optim/mu/p0",
            "optim/mu/p1",
            "optim/nu/p0",
            "optim/nu/p1",
            "optim/ema/p0",
            "optim/ema/p1"
        ]
    );
    let mut inputs = params;
    inputs.extend(Optimizer::init_state(&specs, &inputs).unwrap());
    let mut out = Vec::new();
    for _ in 0..steps {
        out = session().run(&function, &inputs).unwrap();
        inputs = out[..2 + state_len].to_vec();
    }
    assert_near(&out[2 + 5].to_f64_vec(), &want_ema[0], 1e-5);
    assert_near(&out[2 + 6].to_f64_vec(), &want_ema[1], 1e-5);
    assert_eq!(out[2].to_vec::<i32>().unwrap(), vec![steps as i32]);
    // Metrics: grad_norm of the last step's (unclipped) gradients, learning rate 2/3 * peak
    // after warmup (count 4 >= 3 -> full peak).
    let grads = HostOptimizer::gradients(&want[steps - 2]);
    let norm = grads.iter().flatten().map(|g| g * g).sum::<f64>().sqrt();
    let metrics = &out[2 + state_len..];
    assert_near(&metrics[0].to_f64_vec(), &[norm], 1e-5);
    assert_near(&metrics[1].to_f64_vec(), &[0.2], 1e-7);
}

/// A step whose gradients are inputs, so a test can feed an infinite one.
fn step_with_given_grads(opt: &Optimizer) -> viper::graph::Function {
    let f = FunctionBuilder::new("given_grads");
    let p = f.input("p", DType::F32, &[2]);
    let g = f.input("g", DType::F32, &[2]);
    let specs = opt.state_specs(&[("p".to_string(), p.ty())]);
    let state: Vec<Tensor> = specs
        .iter()
        .map(|s| f.input(&s.name, s.ty.dtype, s.ty.dims()))
        .collect();
    let applied = opt.apply(&[p], &[g], &state).unwrap();
    let mut outputs = applied.params;
    outputs.extend(applied.state);
    outputs.extend(applied.metrics.into_iter().map(|(_, t)| t));
    f.finish(&outputs).unwrap()
}

#[test]
fn loss_scaling_skips_a_step_with_an_inf_gradient() {
    let opt = Optimizer {
        loss_scale: Some(LossScale {
            initial_scale: 8.0,
            growth_interval: 2,
            min_scale: 1.0,
            max_scale: 64.0,
        }),
        ..Optimizer::new(Adam::new(0.1))
    };
    let function = step_with_given_grads(&opt);
    let specs = opt.state_specs(&[("p".to_string(), TensorType::new(DType::F32, &[2]))]);
    let p = host(&[2], &[1.0, -1.0]);
    let state = Optimizer::init_state(&specs, std::slice::from_ref(&p)).unwrap();
    // Gradients arrive multiplied by the scale (8): 8 * [0.5, -2].
    let scaled = host(&[2], &[4.0, -16.0]);
    let run = |p: &HostTensor, g: &HostTensor, state: &[HostTensor]| {
        let mut inputs = vec![p.clone(), g.clone()];
        inputs.extend(state.iter().cloned());
        session().run(&function, &inputs).unwrap()
    };
    // Outputs: p', count, scale, good_steps, mu, nu, then metrics loss_scale, grad_norm,
    // learning_rate, skipped.
    let out = run(&p, &scaled, &state);
    // A finite first step: Adam moves each coordinate by lr against the unscaled gradient.
    assert_near(&out[0].to_f64_vec(), &[0.9, -0.9], 1e-6);
    assert_eq!(out[1].to_vec::<i32>().unwrap(), vec![1]);
    assert_eq!(out[2].to_f64_vec(), vec![8.0]);
    assert_eq!(out[3].to_vec::<i32>().unwrap(), vec![1]);
    assert_near(&out[4].to_f64_vec(), &[0.05, -0.2], 1e-6);
    assert_near(&out[7].to_f64_vec(), &[(0.25f64 + 4.0).sqrt()], 1e-6);
    assert_eq!(out[9].to_f64_vec(), vec![0.0]);

    // An infinite gradient: parameters and Adam state unchanged, scale halves, streak resets.
    let state1: Vec<HostTensor> = out[1..6].to_vec();
    let bad = host(&[2], &[f64::INFINITY, 1.0]);
    let skipped = run(&out[0], &bad, &state1);
    assert_eq!(skipped[0], out[0]);
    assert_eq!(skipped[1], out[1], "count must not advance");
    assert_eq!(skipped[2].to_f64_vec(), vec![4.0]);
    assert_eq!(skipped[3].to_vec::<i32>().unwrap(), vec![0]);
    assert_eq!(skipped[4], out[4]);
    assert_eq!(skipped[5], out[5]);
    assert_eq!(skipped[9].to_f64_vec(), vec![1.0]);
    // A NaN gradient is skipped the same way.
    let nan = host(&[2], &[0.5, f64::NAN]);
    let skipped_nan = run(&out[0], &nan, &state1);
    assert_eq!(skipped_nan[0], out[0]);
    assert_eq!(skipped_nan[9].to_f64_vec(), vec![1.0]);

    // Two finite steps in a row (growth interval 2) double the scale: 4 -> 8.
    let state2: Vec<HostTensor> = skipped[1..6].to_vec();
    let g4 = host(&[2], &[2.0, -8.0]); // the same gradient at scale 4
    let a = run(&skipped[0], &g4, &state2);
    assert_eq!(a[2].to_f64_vec(), vec![4.0]);
    assert_eq!(a[3].to_vec::<i32>().unwrap(), vec![1]);
    let b = run(&a[0], &g4, &a[1..6]);
    assert_eq!(b[2].to_f64_vec(), vec![8.0]);
    assert_eq!(b[3].to_vec::<i32>().unwrap(), vec![0]);
    assert_eq!(b[1].to_vec::<i32>().unwrap(), vec![3]);
}
