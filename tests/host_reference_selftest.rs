//! Checks the host reference implementations (tests/host_reference) against small cases
//! derived by hand, and against each other where two independent forms exist (transposed
//! convolution in gather form vs scatter form; gather vs scatter-add adjointness).

mod host_reference;

use host_reference::conv::{conv, conv_transpose_padding, conv_transpose_scatter, ConvSpec};
use host_reference::gather::{
    dynamic_slice, dynamic_update_slice, gather_rows, one_hot, scatter_add_rows,
};
use host_reference::scan::cumsum;
use host_reference::window::{max_pool_adjoint, reduce_window, Reduction, WindowSpec};
use host_reference::{Array, Rng};

fn conv1d(x: &[f64], w: &[f64], spec: &ConvSpec) -> Vec<f64> {
    let xa = Array::new(&[1, x.len(), 1], x.to_vec());
    let wa = Array::new(&[w.len(), 1, 1], w.to_vec());
    conv(&xa, &wa, spec).data
}

fn spec1(stride: usize, pad: (i64, i64), lhs: usize, rhs: usize) -> ConvSpec {
    ConvSpec {
        strides: vec![stride],
        padding: vec![pad],
        lhs_dilation: vec![lhs],
        rhs_dilation: vec![rhs],
        feature_groups: 1,
    }
}

#[test]
fn conv_1d_hand_cases() {
    let x = [1.0, 2.0, 3.0, 4.0];
    // [1,1] window sums neighbours.
    assert_eq!(
        conv1d(&x, &[1.0, 1.0], &spec1(1, (0, 0), 1, 1)),
        [3.0, 5.0, 7.0]
    );
    // Stride 2 keeps windows starting at 0 and 2.
    assert_eq!(conv1d(&x, &[1.0, 1.0], &spec1(2, (0, 0), 1, 1)), [3.0, 7.0]);
    // One zero in front: [0,1,2,3,4].
    assert_eq!(
        conv1d(&x, &[1.0, 1.0], &spec1(1, (1, 0), 1, 1)),
        [1.0, 3.0, 5.0, 7.0]
    );
    // Negative padding crops: [2,3,4] then window [1, 10].
    assert_eq!(
        conv1d(&x, &[1.0, 10.0], &spec1(1, (-1, 0), 1, 1)),
        [32.0, 43.0]
    );
    // lhs dilation 2: [1,0,2,0,3,0,4].
    assert_eq!(
        conv1d(&x, &[1.0, 1.0], &spec1(1, (0, 0), 2, 1)),
        [1.0, 2.0, 2.0, 3.0, 3.0, 4.0]
    );
    // rhs dilation 2: window taps 0 and 2 -> x0+x2, x1+x3.
    assert_eq!(conv1d(&x, &[1.0, 1.0], &spec1(1, (0, 0), 1, 2)), [4.0, 6.0]);
    // Kernel is applied unflipped (correlation): [1, 10] on [1,2] -> 1 + 20.
    assert_eq!(conv1d(&x, &[1.0, 10.0], &spec1(1, (0, 0), 1, 1))[0], 21.0);
}

#[test]
fn conv_2d_channels_and_groups() {
    // 3x3 input of ones, 2 input channels, 2x2 kernel of ones into 1 output: each of the 2x2
    // outputs sums 2*2*2 = 8 ones.
    let x = Array::filled(&[1, 3, 3, 2], 1.0);
    let w = Array::filled(&[2, 2, 2, 1], 1.0);
    let y = conv(&x, &w, &ConvSpec::plain(2));
    assert_eq!(y.dims, [1, 2, 2, 1]);
    assert!(y.data.iter().all(|&v| v == 8.0));
    // Two groups of one channel, 1x1 kernel [[a, b]] per group: out0 = a*x0, out1 = b*x1.
    let x = Array::new(&[1, 1, 1, 2], vec![3.0, 5.0]);
    let w = Array::new(&[1, 1, 1, 2], vec![2.0, 7.0]);
    let mut spec = ConvSpec::plain(2);
    spec.feature_groups = 2;
    assert_eq!(conv(&x, &w, &spec).data, [6.0, 35.0]);
}

#[test]
fn conv_transpose_gather_form_equals_scatter_form() {
    let mut rng = Rng::new(7);
    for &(k, s, same) in &[
        (4, 2, true),
        (4, 2, false),
        (3, 2, true),
        (3, 1, true),
        (5, 3, false),
    ] {
        let x = Array::random(&[2, 3, 4, 2], &mut rng);
        let w = Array::random(&[k, k, 2, 3], &mut rng);
        let pad = conv_transpose_padding(k, s, same);
        let spec = ConvSpec {
            strides: vec![1, 1],
            padding: vec![pad, pad],
            lhs_dilation: vec![s, s],
            rhs_dilation: vec![1, 1],
            feature_groups: 1,
        };
        let gathered = conv(&x, &w, &spec);
        let scattered = conv_transpose_scatter(&x, &w, &[s, s], &[pad, pad]);
        assert_eq!(gathered.dims, scattered.dims, "k={k} s={s} same={same}");
        assert!(gathered.max_abs_diff(&scattered) < 1e-12, "k={k} s={s}");
        if same {
            assert_eq!(gathered.dims[1..3], [3 * s, 4 * s], "SAME keeps in*stride");
        } else {
            let full = |n: usize| n * s + k.saturating_sub(s);
            assert_eq!(
                gathered.dims[1..3],
                [full(3), full(4)],
                "VALID is the full output"
            );
        }
    }
}

#[test]
fn reduce_window_hand_cases() {
    let x = Array::new(&[4], vec![1.0, 3.0, 2.0, 5.0]);
    let spec = |window, stride, pad| WindowSpec {
        window: vec![window],
        strides: vec![stride],
        padding: vec![pad],
    };
    assert_eq!(
        reduce_window(&x, Reduction::Max, &spec(2, 1, (0, 0))).data,
        [3.0, 3.0, 5.0]
    );
    assert_eq!(
        reduce_window(&x, Reduction::Sum, &spec(2, 1, (0, 0))).data,
        [4.0, 5.0, 7.0]
    );
    assert_eq!(
        reduce_window(&x, Reduction::Sum, &spec(2, 2, (0, 0))).data,
        [4.0, 7.0]
    );
    assert_eq!(
        reduce_window(&x, Reduction::Max, &spec(2, 1, (1, 1))).data,
        [1.0, 3.0, 3.0, 5.0, 5.0]
    );
    // Padding with -inf for max: all-negative input stays negative at the borders.
    let neg = Array::new(&[2], vec![-4.0, -2.0]);
    assert_eq!(
        reduce_window(&neg, Reduction::Max, &spec(2, 1, (1, 1))).data,
        [-4.0, -2.0, -2.0]
    );
    // Max-pool adjoint: windows [1,3],[3,2],[2,5] send cotangents 10, 20, 30 to 3, 3, 5.
    let ct = Array::new(&[3], vec![10.0, 20.0, 30.0]);
    assert_eq!(
        max_pool_adjoint(&x, &ct, &spec(2, 1, (0, 0))).data,
        [0.0, 30.0, 0.0, 30.0]
    );
    // Ties: the first maximum of the window wins.
    let tie = Array::new(&[2], vec![1.0, 1.0]);
    let one = Array::new(&[1], vec![1.0]);
    assert_eq!(
        max_pool_adjoint(&tie, &one, &spec(2, 1, (0, 0))).data,
        [1.0, 0.0]
    );
}

#[test]
fn gather_rows_clamps_and_scatter_add_is_its_adjoint() {
    let table = Array::new(&[3, 2], vec![0.0, 1.0, 10.0, 11.0, 20.0, 21.0]);
    let g = gather_rows(&table, &[3], &[2, 0, 2]);
    assert_eq!(g.dims, [3, 2]);
    assert_eq!(g.data, [20.0, 21.0, 0.0, 1.0, 20.0, 21.0]);
    assert_eq!(
        gather_rows(&table, &[2], &[-1, 5]).data,
        [0.0, 1.0, 20.0, 21.0]
    );
    // <gather(T, idx), U> == <T, scatter_add(0, idx, U)> for in-range indices.
    let mut rng = Rng::new(3);
    let table = Array::random(&[5, 3], &mut rng);
    let idx: Vec<i64> = (0..8).map(|_| rng.below(5) as i64).collect();
    let updates = Array::random(&[2, 4, 3], &mut rng);
    let lhs = gather_rows(&table, &[2, 4], &idx).dot(&updates);
    let rhs = table.dot(&scatter_add_rows(&Array::zeros(&[5, 3]), &idx, &updates));
    assert!((lhs - rhs).abs() < 1e-12);
    // Out-of-range scatter updates are skipped.
    let s = scatter_add_rows(
        &Array::zeros(&[2, 1]),
        &[-1, 1, 2],
        &Array::filled(&[3, 1], 1.0),
    );
    assert_eq!(s.data, [0.0, 1.0]);
}

#[test]
fn one_hot_cumsum_and_dynamic_slices() {
    assert_eq!(
        one_hot(&[2], &[1, 0], 3).data,
        [0.0, 1.0, 0.0, 1.0, 0.0, 0.0]
    );
    let x = Array::new(&[2, 3], vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    assert_eq!(cumsum(&x, 1, false).data, [1.0, 3.0, 6.0, 4.0, 9.0, 15.0]);
    assert_eq!(cumsum(&x, 1, true).data, [6.0, 5.0, 3.0, 15.0, 11.0, 6.0]);
    assert_eq!(cumsum(&x, 0, false).data, [1.0, 2.0, 3.0, 5.0, 7.0, 9.0]);
    assert_eq!(dynamic_slice(&x, &[1, 1], &[1, 2]).data, [5.0, 6.0]);
    // Starts are clamped so the slice fits: column 5 -> 1, row -3 -> 0.
    assert_eq!(dynamic_slice(&x, &[-3, 5], &[1, 2]).data, [2.0, 3.0]);
    let u = Array::new(&[1, 2], vec![-1.0, -2.0]);
    assert_eq!(
        dynamic_update_slice(&x, &u, &[1, 9]).data,
        [1.0, 2.0, 3.0, 4.0, -1.0, -2.0]
    );
}
