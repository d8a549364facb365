//! The fixed-trip-count loop: `scan` (one `stablehlo.while`, body traced once) against
//! `scan_unrolled` (body traced per step) and against a host loop, forward and reverse, and
//! the gradient through the while against finite differences in f64.

mod device;
mod host_reference;

use device::{assert_close, check_vjp, run, Arg};
use host_reference::{Array, Rng};
use viper::graph::ops::control::{scan, scan_unrolled, ScanResult};
use viper::graph::{vjp, FunctionBuilder, Tensor};
use viper::DType;

type ScanFn = fn(
    usize,
    &[&Tensor],
    &[&Tensor],
    &[&Tensor],
    bool,
    &dyn Fn(&[Tensor], &[Tensor], &[Tensor]) -> (Vec<Tensor>, Vec<Tensor>),
) -> ScanResult;

/// A small GRU-like cell: h' = u * tanh(r * (x W + h V)) + (1 - u) * h, with r, u gates.
fn gru(carry: &[Tensor], x: &[Tensor], inv: &[Tensor]) -> (Vec<Tensor>, Vec<Tensor>) {
    let (h, w, v) = (&carry[0], &inv[0], &inv[1]);
    let z = x[0].matmul(w) + h.matmul(v);
    let r = z.sigmoid();
    let u = (&z - 1.0).sigmoid();
    let cand = (&r * &z).tanh();
    let next = &u * &cand + (1.0 - &u) * h;
    let y = (&next * 2.0).sum(&[1]);
    (vec![next], vec![y])
}

fn gru_program(scan_fn: ScanFn, reverse: bool) -> impl Fn(&[Tensor]) -> Vec<Tensor> {
    move |t: &[Tensor]| {
        let (h0, xs, w, v) = (&t[0], &t[1], &t[2], &t[3]);
        let out = scan_fn(xs.dims()[0], &[h0], &[xs], &[w, v], reverse, &gru);
        vec![out.carries[0].clone(), out.ys[0].clone()]
    }
}

fn inputs(rng: &mut Rng, steps: usize) -> Vec<Arg> {
    let (b, d) = (2, 3);
    vec![
        Arg::f64(&Array::random(&[b, d], rng)),
        Arg::f64(&Array::random(&[steps, b, d], rng)),
        Arg::f64(&Array::random(&[d, d], rng)),
        Arg::f64(&Array::random(&[d, d], rng)),
    ]
}

/// The same recurrence on the host, in plain loops.
fn host_gru(args: &[Arg], reverse: bool) -> (Array, Array) {
    let (b, d) = (args[0].dims[0], args[0].dims[1]);
    let steps = args[1].dims[0];
    let mut h = args[0].values.clone();
    let (w, v) = (&args[2].values, &args[3].values);
    let mut ys = vec![0.0; steps * b];
    let sig = |x: f64| 1.0 / (1.0 + (-x).exp());
    for i in 0..steps {
        let t = if reverse { steps - 1 - i } else { i };
        let x = &args[1].values[t * b * d..(t + 1) * b * d];
        let mut next = vec![0.0; b * d];
        for bi in 0..b {
            for j in 0..d {
                let z: f64 = (0..d)
                    .map(|k| x[bi * d + k] * w[k * d + j] + h[bi * d + k] * v[k * d + j])
                    .sum();
                let (r, u) = (sig(z), sig(z - 1.0));
                next[bi * d + j] = u * (r * z).tanh() + (1.0 - u) * h[bi * d + j];
            }
            ys[t * b + bi] = 2.0 * next[bi * d..(bi + 1) * d].iter().sum::<f64>();
        }
        h = next;
    }
    (Array::new(&[b, d], h), Array::new(&[steps, b], ys))
}

#[test]
fn while_scan_matches_unrolled_and_host_loop() {
    let mut rng = Rng::new(31);
    let args = inputs(&mut rng, 5);
    for reverse in [false, true] {
        let (h, ys) = host_gru(&args, reverse);
        let looped = run("scan_while", &args, gru_program(scan, reverse));
        let unrolled = run("scan_unrolled", &args, gru_program(scan_unrolled, reverse));
        for (name, got) in [("while", &looped), ("unrolled", &unrolled)] {
            assert_close(&format!("{name} carry rev={reverse}"), &got[0], &h, 1e-12);
            assert_close(&format!("{name} ys rev={reverse}"), &got[1], &ys, 1e-12);
        }
    }
}

#[test]
fn while_scan_gradients_match_unrolled() {
    let mut rng = Rng::new(32);
    let args = inputs(&mut rng, 4);
    let ct_h = Array::random(&[2, 3], &mut rng);
    let ct_ys = Array::random(&[4, 2], &mut rng);
    let mut with_ct = args.clone();
    with_ct.push(Arg::f64(&ct_h));
    with_ct.push(Arg::f64(&ct_ys));
    let grads = |scan_fn: ScanFn| {
        run("scan_grads", &with_ct, move |t| {
            let out = gru_program(scan_fn, false)(&t[..4]);
            vjp(
                &[&out[0], &out[1]],
                &[&t[4], &t[5]],
                &[&t[0], &t[1], &t[2], &t[3]],
            )
        })
    };
    let (looped, unrolled) = (grads(scan), grads(scan_unrolled));
    for (i, (a, b)) in looped.iter().zip(&unrolled).enumerate() {
        assert_close(&format!("gradient of input {i}"), a, b, 1e-12);
    }
}

#[test]
fn while_scan_vjp_matches_finite_differences() {
    let mut rng = Rng::new(33);
    let args = inputs(&mut rng, 4);
    for reverse in [false, true] {
        check_vjp(&format!("scan_ys_rev{reverse}"), &args, 11, |t| {
            gru_program(scan, reverse)(t)[1].clone()
        });
        check_vjp(&format!("scan_carry_rev{reverse}"), &args, 12, |t| {
            gru_program(scan, reverse)(t)[0].clone()
        });
    }
}

#[test]
fn loop_body_errors_name_the_problem() {
    let f = viper::graph::FunctionBuilder::new("bad_scan");
    let h = f.input("h", viper::DType::F32, &[2]);
    let xs = f.input("xs", viper::DType::F32, &[3, 2]);
    // The body changes the carry's shape.
    let out = scan(3, &[&h], &[&xs], &[], false, &|c, x, _| {
        (vec![Tensor::concatenate(&[&c[0], &x[0]], 0)], vec![])
    });
    let err = f.finish(&out.carries).expect_err("shape change must fail");
    assert!(err.to_string().contains("carry 0"), "{err}");
    // Wrong leading axis of a per-step input.
    let f = viper::graph::FunctionBuilder::new("bad_scan2");
    let h = f.input("h", viper::DType::F32, &[2]);
    let xs = f.input("xs", viper::DType::F32, &[4, 2]);
    let out = scan(3, &[&h], &[&xs], &[], false, &|c, _, _| {
        (vec![c[0].clone()], vec![])
    });
    let err = f
        .finish(&out.carries)
        .expect_err("length mismatch must fail");
    assert!(
        err.to_string().contains("leading axis of length 3"),
        "{err}"
    );
}

#[test]
fn while_scan_second_order_matches_finite_differences() {
    let mut rng = Rng::new(34);
    let args = inputs(&mut rng, 3);
    device::check_vjp_order2("scan_ys", &args, 13, |t| {
        gru_program(scan, false)(t)[1].clone()
    });
}

/// The GRU program with the weights read directly from the enclosing graph (captured).
fn gru_captured(scan_fn: ScanFn) -> impl Fn(&[Tensor]) -> Vec<Tensor> {
    move |t: &[Tensor]| {
        let (h0, xs, w, v) = (&t[0], &t[1], t[2].clone(), t[3].clone());
        let body =
            move |c: &[Tensor], x: &[Tensor], _: &[Tensor]| gru(c, x, &[w.clone(), v.clone()]);
        let out = scan_fn(xs.dims()[0], &[h0], &[xs], &[], false, &body);
        vec![out.carries[0].clone(), out.ys[0].clone()]
    }
}

#[test]
fn bodies_capture_tensors_of_the_enclosing_graph() {
    let mut rng = Rng::new(35);
    let args = inputs(&mut rng, 4);
    let (h, ys) = host_gru(&args, false);
    let got = run("scan_captured", &args, gru_captured(scan));
    assert_close("captured carry", &got[0], &h, 1e-12);
    assert_close("captured ys", &got[1], &ys, 1e-12);
    check_vjp("scan_captured", &args, 14, |t| {
        let out = gru_captured(scan)(t);
        &out[0].sum(&[1]) + &out[1].sum(&[0])
    });
    // A scan inside a scan body reading a tensor of the outermost graph.
    let nested = |t: &[Tensor]| {
        let (h0, xs, w) = (&t[0], &t[1], t[2].clone());
        let outer_body = move |c: &[Tensor], x: &[Tensor], _: &[Tensor]| {
            let w = w.clone();
            let inner = scan(2, &[&c[0]], &[], &[], false, &move |ci, _, _| {
                (vec![(ci[0].matmul(&w) + 0.5).tanh()], vec![])
            });
            let next = &inner.carries[0] + &x[0];
            (vec![next.clone()], vec![next])
        };
        let out = scan(xs.dims()[0], &[h0], &[xs], &[], false, &outer_body);
        vec![out.ys[0].clone()]
    };
    let nested_unrolled = |t: &[Tensor]| {
        let (mut h, xs, w) = (t[0].clone(), &t[1], &t[2]);
        let mut rows = Vec::new();
        for s in 0..xs.dims()[0] {
            for _ in 0..2 {
                h = (h.matmul(w) + 0.5).tanh();
            }
            h = &h + &xs.slice_axis(0, s, s + 1).reshape(&h.dims());
            rows.push(h.reshape(&[1, 2, 3]));
        }
        vec![Tensor::concatenate(&rows.iter().collect::<Vec<_>>(), 0)]
    };
    let a = run("nested", &args[..3], nested);
    let b = run("nested_unrolled", &args[..3], nested_unrolled);
    assert_close("nested scans", &a[0], &b[0], 1e-12);
    check_vjp("nested_scans", &args[..3], 15, |t| nested(t).remove(0));
}

/// A step that draws noise from a key carried through the loop (as imagination does).
fn noisy_rollout(scan_fn: ScanFn) -> impl Fn(&[Tensor]) -> Vec<Tensor> {
    move |t: &[Tensor]| {
        let (h0, key, w) = (&t[0], &t[1], t[2].clone());
        let body = move |c: &[Tensor], _: &[Tensor], _: &[Tensor]| {
            let keys = viper::graph::ops::random::RngKey::new(&c[1]).split(2);
            let noise = keys[0].normal(viper::DType::F64, &c[0].dims());
            let next = (c[0].matmul(&w) + noise * 0.1).tanh();
            (vec![next.clone(), keys[1].tensor().clone()], vec![next])
        };
        let out = scan_fn(5, &[h0, key], &[], &[], false, &body);
        vec![out.ys[0].clone()]
    }
}

#[test]
fn random_keys_can_be_loop_carries() {
    let mut rng = Rng::new(36);
    let args = vec![
        Arg::f64(&Array::random(&[2, 3], &mut rng)),
        Arg::ints(viper::DType::U32, &[2], &[7, 11]),
        Arg::f64(&Array::random(&[3, 3], &mut rng)),
    ];
    let looped = run("noisy_while", &args, noisy_rollout(scan));
    let unrolled = run("noisy_unrolled", &args, noisy_rollout(scan_unrolled));
    assert_close("noisy rollout", &looped[0], &unrolled[0], 1e-12);
    check_vjp("noisy_rollout", &args, 16, |t| {
        noisy_rollout(scan)(t).remove(0)
    });
}

/// The reverse loop of the VJP reads the forward loop's saved products instead of replaying
/// them: the lowered gradient program of the cell holds its 2 products once (forward loop)
/// and the 4 of their VJPs (`dz W^T`, `x^T dz`, `dz V^T`, `h^T dz`; reverse loop), where
/// replaying the forward step in the reverse loop would print 2 more.
#[test]
fn scan_vjp_reads_saved_products() {
    let f = FunctionBuilder::new("gru_grad");
    let h0 = f.input("h0", DType::F64, &[2, 3]);
    let xs = f.input("xs", DType::F64, &[4, 2, 3]);
    let w = f.input("w", DType::F64, &[3, 3]);
    let v = f.input("v", DType::F64, &[3, 3]);
    let out = scan(4, &[&h0], &[&xs], &[&w, &v], false, &gru);
    let loss = out.carries[0].sum(&[0, 1]) + out.ys[0].sum(&[0, 1]);
    let grads = vjp(&[&loss], &[&loss.full_like(1.0)], &[&h0, &xs, &w, &v]);
    let func = f.finish(&grads).expect("gradient program");
    let text = viper::lower::to_stablehlo(&func).expect("lowers");
    assert_eq!(text.matches("stablehlo.while").count(), 2, "{text}");
    assert_eq!(text.matches("stablehlo.dot_general").count(), 6, "{text}");
}

/// The reverse loop reads the forward loop's random draws too (a value computed from a
/// step's key alone): the lowered gradient program of the noisy rollout holds as many
/// threefry rounds (`xor`s) as the forward program alone, where replaying the draws in the
/// reverse loop would print them twice; its gradients still equal the unrolled loop's.
#[test]
fn scan_vjp_reads_saved_draws() {
    let program = |with_grads: bool| {
        let f = FunctionBuilder::new("noisy_grad");
        let t = [
            f.input("h0", DType::F64, &[2, 3]),
            f.input("key", DType::U32, &[2]),
            f.input("w", DType::F64, &[3, 3]),
        ];
        let ys = noisy_rollout(scan)(&t).remove(0);
        let loss = ys.sum(&[0, 1, 2]);
        let outputs = if with_grads {
            vjp(&[&loss], &[&loss.full_like(1.0)], &[&t[0], &t[2]])
        } else {
            vec![loss]
        };
        let func = f.finish(&outputs).expect("program");
        viper::lower::to_stablehlo(&func).expect("lowers")
    };
    let (forward, gradient) = (program(false), program(true));
    let xors = |text: &str| text.matches("stablehlo.xor").count();
    assert!(xors(&forward) > 0, "{forward}");
    assert_eq!(xors(&gradient), xors(&forward), "{gradient}");

    let mut rng = Rng::new(37);
    let args = vec![
        Arg::f64(&Array::random(&[2, 3], &mut rng)),
        Arg::ints(DType::U32, &[2], &[5, 9]),
        Arg::f64(&Array::random(&[3, 3], &mut rng)),
    ];
    let grads = |scan_fn: ScanFn| {
        move |t: &[Tensor]| {
            let loss = noisy_rollout(scan_fn)(t).remove(0).sum(&[0, 1, 2]);
            vjp(&[&loss], &[&loss.full_like(1.0)], &[&t[0], &t[2]])
        }
    };
    let looped = run("noisy_grad_while", &args, grads(scan));
    let unrolled = run("noisy_grad_unrolled", &args, grads(scan_unrolled));
    for (k, name) in ["d h0", "d w"].iter().enumerate() {
        assert_close(name, &looped[k], &unrolled[k], 1e-12);
    }
}
