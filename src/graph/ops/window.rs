//! Windowed reductions (StableHLO `reduce_window`, sum and max) over every axis, with window
//! sizes, strides and edge padding (padded elements hold the reduction's identity: 0 for
//! sum, -inf for max), and the composites built on them: pooling and cumulative sums.
//!
//! VJPs emit ordinary IR, so they can be differentiated again:
//! - sum: the cotangent dilated by the strides (interior padding) and summed over windows
//!   again, i.e. each input gathers the cotangents of the windows that cover it;
//! - max: for every window offset `k`, the strided slice of the padded input that offset
//!   reads is compared with the pooled maximum; the first matching offset of each window
//!   (StableHLO `select_and_scatter` with `GE`: first maximum wins) receives the window's
//!   cotangent, placed back by interior padding. The cost is one slice/pad per window element.

use super::table::{Lower, OpRule, Vjp, VjpArgs};
use super::Op;
use crate::graph::ops::Literal;
use crate::graph::shape::TensorType;
use crate::graph::tensor::Tensor;
use crate::lower::emit::{Emitter, LowerNode};

/// The reduction a window applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WindowReduction {
    Sum,
    Max,
}

impl WindowReduction {
    fn identity(self) -> f64 {
        match self {
            WindowReduction::Sum => 0.0,
            WindowReduction::Max => f64::NEG_INFINITY,
        }
    }

    fn body_op(self) -> &'static str {
        match self {
            WindowReduction::Sum => "stablehlo.add",
            WindowReduction::Max => "stablehlo.maximum",
        }
    }
}

fn output_len(len: usize, window: usize, stride: usize, pad: (usize, usize)) -> Option<usize> {
    let padded = len + pad.0 + pad.1;
    (padded >= window && window >= 1 && stride >= 1).then(|| (padded - window) / stride + 1)
}

fn reduce_window_infer(op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let Op::ReduceWindow {
        reduction,
        window,
        strides,
        padding,
    } = op
    else {
        unreachable!("internal error: reduce_window infer used for {op:?}")
    };
    let x = inputs[0];
    let rank = x.rank();
    if window.len() != rank || strides.len() != rank || padding.len() != rank {
        return Err(format!(
            "requires one window size, stride and padding per axis of {x}, got window {window:?}, strides {strides:?}, padding {padding:?}"
        ));
    }
    let dtype_ok = match reduction {
        WindowReduction::Sum => x.dtype.is_float() || x.dtype.is_integer(),
        WindowReduction::Max => x.dtype.is_float(),
    };
    if !dtype_ok {
        return Err(format!(
            "{reduction:?} requires a {} operand, got {x}",
            if *reduction == WindowReduction::Max {
                "floating-point"
            } else {
                "numeric"
            }
        ));
    }
    let mut dims = Vec::with_capacity(rank);
    for i in 0..rank {
        match output_len(x.dims()[i], window[i], strides[i], padding[i]) {
            Some(len) => dims.push(len),
            None => {
                return Err(format!(
                    "window {window:?} with strides {strides:?} does not fit {x} padded by {padding:?} on axis {i}"
                ))
            }
        }
    }
    Ok(TensorType::new(x.dtype, &dims))
}

/// Pads with zeros (`interior` between elements, then `low`/`high` at the ends, where a
/// negative amount crops).
fn pad_or_crop(t: &Tensor, low: &[i64], high: &[i64], interior: &[usize]) -> Tensor {
    let rank = t.rank();
    let clip = |v: &[i64]| v.iter().map(|&p| p.max(0) as usize).collect::<Vec<_>>();
    let mut out = t.clone();
    if low.iter().chain(high).any(|&p| p > 0) || interior.iter().any(|&i| i > 0) {
        out = out.pad(&clip(low), &clip(high), interior, 0.0);
    }
    if low.iter().chain(high).any(|&p| p < 0) {
        let dims = out.dims();
        let start: Vec<usize> = low.iter().map(|&p| (-p).max(0) as usize).collect();
        let limit: Vec<usize> = (0..rank)
            .map(|i| (dims[i] as i64 - (-high[i]).max(0)) as usize)
            .collect();
        out = out.slice(&start, &limit, &vec![1; rank]);
    }
    out
}

/// Places a pooled-shape tensor back onto the input positions its windows cover at offset
/// `offset`: position `o*s + offset - lo` of the input, summing nothing (one element each).
fn place_at_offset(
    t: &Tensor,
    offset: &[usize],
    strides: &[usize],
    padding: &[(usize, usize)],
    in_dims: &[usize],
) -> Tensor {
    let out_dims = t.dims();
    let rank = out_dims.len();
    let low: Vec<i64> = (0..rank)
        .map(|i| offset[i] as i64 - padding[i].0 as i64)
        .collect();
    let high: Vec<i64> = (0..rank)
        .map(|i| {
            let covered = (out_dims[i] as i64 - 1) * strides[i] as i64 + 1;
            in_dims[i] as i64 - low[i] - covered
        })
        .collect();
    let interior: Vec<usize> = strides.iter().map(|s| s - 1).collect();
    pad_or_crop(t, &low, &high, &interior)
}

fn reduce_window_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let Op::ReduceWindow {
        reduction,
        window,
        strides,
        padding,
    } = a.op
    else {
        unreachable!("internal error: reduce_window vjp used for {:?}", a.op)
    };
    let x = &a.inputs[0];
    let in_dims = x.dims();
    let rank = in_dims.len();
    let dy = a.cotangent;
    let grad = match reduction {
        WindowReduction::Sum => {
            // dx[j] = sum over windows covering padded position j + lo.
            let out_dims = dy.dims();
            let low: Vec<i64> = (0..rank)
                .map(|i| window[i] as i64 - 1 - padding[i].0 as i64)
                .collect();
            let high: Vec<i64> = (0..rank)
                .map(|i| {
                    let dilated = (out_dims[i] as i64 - 1) * strides[i] as i64 + 1;
                    in_dims[i] as i64 + padding[i].0 as i64 - dilated
                })
                .collect();
            let interior: Vec<usize> = strides.iter().map(|s| s - 1).collect();
            pad_or_crop(dy, &low, &high, &interior).reduce_window(
                WindowReduction::Sum,
                window,
                &vec![1; rank],
                &vec![(0, 0); rank],
            )
        }
        WindowReduction::Max => max_pool_vjp(x, a.output, dy, window, strides, padding),
    };
    vec![Some(grad)]
}

fn max_pool_vjp(
    x: &Tensor,
    pooled: &Tensor,
    dy: &Tensor,
    window: &[usize],
    strides: &[usize],
    padding: &[(usize, usize)],
) -> Tensor {
    let in_dims = x.dims();
    let out_dims = pooled.dims();
    let rank = in_dims.len();
    let low: Vec<usize> = padding.iter().map(|p| p.0).collect();
    let high: Vec<usize> = padding.iter().map(|p| p.1).collect();
    let xp = x.pad(&low, &high, &vec![0; rank], f64::NEG_INFINITY);
    let zero = dy.zeros_like();
    let mut taken: Option<Tensor> = None;
    let mut total: Option<Tensor> = None;
    let offsets: usize = window.iter().product();
    for flat in 0..offsets {
        let mut offset = vec![0; rank];
        let mut rest = flat;
        for i in (0..rank).rev() {
            offset[i] = rest % window[i];
            rest /= window[i];
        }
        let limit: Vec<usize> = (0..rank)
            .map(|i| offset[i] + (out_dims[i] - 1) * strides[i] + 1)
            .collect();
        let read = xp.slice(&offset, &limit, strides);
        let hit = read.eq(pooled);
        let first = match &taken {
            None => hit.clone(),
            Some(t) => hit.and(&t.not()),
        };
        taken = Some(match &taken {
            None => hit,
            Some(t) => t.or(&first),
        });
        let part = place_at_offset(
            &first.select(dy, &zero),
            &offset,
            strides,
            padding,
            &in_dims,
        );
        total = Some(match total {
            None => part,
            Some(acc) => acc + part,
        });
    }
    total.unwrap_or_else(|| x.zeros_like())
}

fn reduce_window_lower(e: &mut Emitter, node: &LowerNode) {
    let Op::ReduceWindow {
        reduction,
        window,
        strides,
        padding,
    } = node.op
    else {
        unreachable!(
            "internal error: reduce_window lowering used for {:?}",
            node.op
        )
    };
    let scalar = TensorType::new(node.ty.dtype, &[]);
    let init = e.constant(
        &Literal::splat(reduction.identity(), node.ty.dtype),
        &scalar,
    );
    let operand = e.name(node.inputs[0]).to_string();
    let result = e.fresh();
    let (a, b, s) = (e.fresh(), e.fresh(), e.fresh());
    let st = Emitter::type_text(&scalar);
    let pads: Vec<String> = padding.iter().map(|(l, h)| format!("[{l}, {h}]")).collect();
    e.line(&format!(
        "{result} = \"stablehlo.reduce_window\"({operand}, {init}) ({{"
    ));
    e.line(&format!("^bb0({a}: {st}, {b}: {st}):"));
    e.line(&format!(
        "    {s} = \"{}\"({a}, {b}) : ({st}, {st}) -> {st}",
        reduction.body_op()
    ));
    e.line(&format!("    \"stablehlo.return\"({s}) : ({st}) -> ()"));
    e.line(&format!(
        "}}) {{padding = dense<[{}]> : tensor<{}x2xi64>, window_dimensions = {}, window_strides = {}}} : ({}, {st}) -> {}",
        pads.join(", "),
        window.len(),
        Emitter::i64_array(window),
        Emitter::i64_array(strides),
        Emitter::type_text(node.input_types[0]),
        Emitter::type_text(node.ty)
    ));
    e.bind(node.id, result);
}

pub static REDUCE_WINDOW: OpRule = OpRule {
    name: "reduce_window",
    arity: Some(1),
    infer: reduce_window_infer,
    vjp: Vjp::Rule(reduce_window_vjp),
    lower: Lower::Custom(reduce_window_lower),
    elementwise: false,
};

impl Tensor {
    /// Reduces every window (`window[i]` elements along axis `i`, stepping `strides[i]`) of
    /// this tensor padded by `padding[i] = (low, high)` with the reduction's identity.
    #[track_caller]
    pub fn reduce_window(
        &self,
        reduction: WindowReduction,
        window: &[usize],
        strides: &[usize],
        padding: &[(usize, usize)],
    ) -> Tensor {
        let op = Op::ReduceWindow {
            reduction,
            window: window.to_vec(),
            strides: strides.to_vec(),
            padding: padding.to_vec(),
        };
        Tensor::apply(op, &[self])
    }

    /// Cumulative sum along `axis` (`reverse`: from the end), as a windowed sum over the
    /// whole axis padded on one side; its gradient is the reverse cumulative sum. The work
    /// is O(L^2) per row of length L: meant for time axes (tens to hundreds of steps).
    #[track_caller]
    pub fn cumsum(&self, axis: usize, reverse: bool) -> Tensor {
        let rank = self.rank();
        if axis >= rank {
            return self.fail(
                "cumsum",
                format!("axis {axis} is out of range for {}", self.ty()),
            );
        }
        let len = self.dims()[axis];
        let mut window = vec![1; rank];
        let mut padding = vec![(0, 0); rank];
        window[axis] = len.max(1);
        padding[axis] = if reverse {
            (0, len.saturating_sub(1))
        } else {
            (len.saturating_sub(1), 0)
        };
        self.reduce_window(WindowReduction::Sum, &window, &vec![1; rank], &padding)
    }
}
