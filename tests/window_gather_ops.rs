//! reduce_window (sum, max), cumsum, gather/scatter-add, one-hot and dynamic slices on the
//! device: forwards against the host reference, VJPs against finite differences in f64 (and
//! the max-pool gradient against the host `select_and_scatter` adjoint, ties included).

mod device;
mod host_reference;

use device::{assert_close, check_vjp, check_vjp_order2, run, Arg};
use host_reference::gather::{
    dynamic_slice, dynamic_update_slice, gather_rows, one_hot, scatter_add_rows,
};
use host_reference::scan::cumsum;
use host_reference::window::{max_pool_adjoint, reduce_window, Reduction, WindowSpec};
use host_reference::{Array, Rng};
use viper::graph::ops::window::WindowReduction;
use viper::graph::vjp;
use viper::DType;

fn spec(window: &[usize], strides: &[usize], padding: &[(usize, usize)]) -> WindowSpec {
    WindowSpec {
        window: window.to_vec(),
        strides: strides.to_vec(),
        padding: padding.iter().map(|&(l, h)| (l as i64, h as i64)).collect(),
    }
}

/// (name, input dims, window, strides, padding)
type WindowCase = (
    &'static str,
    Vec<usize>,
    Vec<usize>,
    Vec<usize>,
    Vec<(usize, usize)>,
);

fn window_cases() -> Vec<WindowCase> {
    vec![
        (
            "pool2x2",
            vec![2, 6, 6, 3],
            vec![1, 2, 2, 1],
            vec![1, 2, 2, 1],
            vec![(0, 0); 4],
        ),
        (
            "pool3x3_s2_pad",
            vec![1, 7, 6, 2],
            vec![1, 3, 3, 1],
            vec![1, 2, 2, 1],
            vec![(0, 0), (1, 1), (1, 0), (0, 0)],
        ),
        ("overlap_1d", vec![9], vec![4], vec![1], vec![(2, 3)]),
        (
            "strided_pad",
            vec![2, 5],
            vec![2, 3],
            vec![2, 3],
            vec![(1, 1), (2, 2)],
        ),
    ]
}

fn to_reference(r: WindowReduction) -> Reduction {
    match r {
        WindowReduction::Sum => Reduction::Sum,
        WindowReduction::Max => Reduction::Max,
    }
}

#[test]
fn reduce_window_forward_matches_host_reference() {
    let mut rng = Rng::new(21);
    for (name, dims, window, strides, padding) in window_cases() {
        let x = Array::random(&dims, &mut rng);
        for r in [WindowReduction::Sum, WindowReduction::Max] {
            let expected = reduce_window(&x, to_reference(r), &spec(&window, &strides, &padding));
            let got = run(name, &[Arg::f64(&x)], |t| {
                vec![t[0].reduce_window(r, &window, &strides, &padding)]
            });
            assert_close(&format!("{name} {r:?}"), &got[0], &expected, 1e-12);
        }
    }
}

#[test]
fn windows_entirely_in_padding_give_the_identity() {
    let x = Array::new(&[5], vec![1.0, -2.0, 3.0, 0.5, 4.0]);
    let s = spec(&[3], &[3], &[(4, 2)]);
    for r in [WindowReduction::Sum, WindowReduction::Max] {
        let got = run("all_padding", &[Arg::f64(&x)], |t| {
            vec![t[0].reduce_window(r, &[3], &[3], &[(4, 2)])]
        });
        let expected = reduce_window(&x, to_reference(r), &s);
        assert_eq!(expected.data[0], to_reference(r).init());
        assert_close("all_padding", &got[0], &expected, 1e-12);
    }
}

#[test]
fn max_pool_gradient_matches_select_and_scatter_semantics() {
    let mut rng = Rng::new(22);
    for (name, dims, window, strides, padding) in window_cases() {
        // Values on a coarse grid so windows hold ties: the first maximum must win.
        let mut x = Array::random(&dims, &mut rng);
        x.data.iter_mut().for_each(|v| *v = (*v * 2.0).round());
        let s = spec(&window, &strides, &padding);
        let pooled = reduce_window(&x, Reduction::Max, &s);
        let ct = Array::random(&pooled.dims, &mut rng);
        let expected = max_pool_adjoint(&x, &ct, &s);
        let got = run(name, &[Arg::f64(&x), Arg::f64(&ct)], |t| {
            let y = t[0].reduce_window(WindowReduction::Max, &window, &strides, &padding);
            vjp(&[&y], &[&t[1]], &[&t[0]])
        });
        assert_close(name, &got[0], &expected, 1e-12);
    }
}

#[test]
fn reduce_window_vjp_matches_finite_differences() {
    let mut rng = Rng::new(23);
    for (name, dims, window, strides, padding) in window_cases() {
        // Distinct values spaced apart keep max away from ties under the FD step.
        let n: usize = dims.iter().product();
        let mut order: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            order.swap(i, rng.below(i + 1));
        }
        let x = Array::new(&dims, order.iter().map(|&k| k as f64 * 0.1).collect());
        for r in [WindowReduction::Sum, WindowReduction::Max] {
            check_vjp(&format!("{name}_{r:?}"), &[Arg::f64(&x)], 5, |t| {
                t[0].reduce_window(r, &window, &strides, &padding)
            });
        }
        check_vjp_order2(&format!("{name}_sum"), &[Arg::f64(&x)], 6, |t| {
            t[0].reduce_window(WindowReduction::Sum, &window, &strides, &padding)
                .tanh()
        });
    }
}

#[test]
fn cumsum_matches_reference_and_finite_differences() {
    let mut rng = Rng::new(24);
    let x = Array::random(&[3, 5, 2], &mut rng);
    for axis in 0..3 {
        for reverse in [false, true] {
            let got = run("cumsum", &[Arg::f64(&x)], |t| {
                vec![t[0].cumsum(axis, reverse)]
            });
            assert_close(
                &format!("cumsum {axis} {reverse}"),
                &got[0],
                &cumsum(&x, axis, reverse),
                1e-12,
            );
        }
    }
    check_vjp("cumsum", &[Arg::f64(&x)], 3, |t| t[0].cumsum(1, false));
    check_vjp("cumsum_reverse", &[Arg::f64(&x)], 4, |t| {
        t[0].cumsum(0, true)
    });
}

#[test]
fn gather_scatter_and_one_hot_match_reference() {
    let mut rng = Rng::new(25);
    let table = Array::random(&[5, 3], &mut rng);
    // Out-of-range indices: gather clamps them, scatter skips them.
    let idx: Vec<i64> = vec![4, 0, -2, 2, 7, 1];
    let index = Arg::ints(DType::I32, &[2, 3], &idx);
    let got = run("gather", &[Arg::f64(&table), index.clone()], |t| {
        vec![t[0].gather_rows(&t[1])]
    });
    assert_close("gather", &got[0], &gather_rows(&table, &[2, 3], &idx), 0.0);
    let updates = Array::random(&[2, 3, 3], &mut rng);
    let got = run(
        "scatter",
        &[Arg::f64(&table), index.clone(), Arg::f64(&updates)],
        |t| vec![t[0].scatter_add_rows(&t[1], &t[2])],
    );
    assert_close(
        "scatter",
        &got[0],
        &scatter_add_rows(&table, &idx, &updates),
        1e-12,
    );
    let got = run("one_hot", std::slice::from_ref(&index), |t| {
        vec![t[0].one_hot(5, DType::F32)]
    });
    assert_close("one_hot", &got[0], &one_hot(&[2, 3], &idx, 5), 0.0);
    // Rank-3 table rows, 1-d indices.
    let table3 = Array::random(&[4, 2, 3], &mut rng);
    let idx1 = vec![3, 3, 0];
    let got = run(
        "gather3",
        &[Arg::f64(&table3), Arg::ints(DType::I32, &[3], &idx1)],
        |t| vec![t[0].gather_rows(&t[1])],
    );
    assert_close("gather3", &got[0], &gather_rows(&table3, &[3], &idx1), 0.0);
}

#[test]
fn gather_and_scatter_vjps_match_finite_differences() {
    let mut rng = Rng::new(26);
    let table = Array::random(&[5, 3], &mut rng);
    let index = Arg::ints(DType::I32, &[2, 3], &[4, 0, -2, 2, 7, 4]);
    check_vjp("gather", &[Arg::f64(&table), index.clone()], 1, |t| {
        t[0].gather_rows(&t[1])
    });
    let updates = Array::random(&[2, 3, 3], &mut rng);
    check_vjp(
        "scatter",
        &[Arg::f64(&table), index.clone(), Arg::f64(&updates)],
        2,
        |t| t[0].scatter_add_rows(&t[1], &t[2]),
    );
    check_vjp_order2("gather_tanh", &[Arg::f64(&table), index], 3, |t| {
        t[0].gather_rows(&t[1]).tanh()
    });
}

#[test]
fn dynamic_slices_match_reference_and_finite_differences() {
    let mut rng = Rng::new(27);
    let x = Array::random(&[4, 6], &mut rng);
    let u = Array::random(&[2, 3], &mut rng);
    // The second start pair is out of range on purpose: it must clamp like StableHLO.
    for starts in [[1i64, 2], [3, -4]] {
        let args = [
            Arg::f64(&x),
            Arg::f64(&u),
            Arg::ints(DType::I32, &[], &[starts[0]]),
            Arg::ints(DType::I32, &[], &[starts[1]]),
        ];
        let got = run("dynamic", &args, |t| {
            vec![
                t[0].dynamic_slice(&[&t[2], &t[3]], &[2, 3]),
                t[0].dynamic_update_slice(&t[1], &[&t[2], &t[3]]),
            ]
        });
        assert_close(
            "dynamic_slice",
            &got[0],
            &dynamic_slice(&x, &starts, &[2, 3]),
            0.0,
        );
        assert_close(
            "dynamic_update_slice",
            &got[1],
            &dynamic_update_slice(&x, &u, &starts),
            0.0,
        );
        check_vjp("dynamic_slice", &args, 4, |t| {
            t[0].dynamic_slice(&[&t[2], &t[3]], &[2, 3])
        });
        check_vjp("dynamic_update_slice", &args, 5, |t| {
            t[0].dynamic_update_slice(&t[1], &[&t[2], &t[3]]).tanh()
        });
    }
}
