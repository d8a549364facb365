//! Row lookup (StableHLO `gather` of whole rows of a `[K, D..]` table by an integer index
//! tensor of any shape) and its adjoint, row scatter-add (StableHLO `scatter` with an add
//! body); `one_hot` as a composite. Semantics follow StableHLO: gather clamps each index into
//! `[0, K-1]`, scatter skips out-of-range rows. The gather VJP therefore clamps the indices
//! itself before scattering, so the gradient lands on the rows actually read.

use super::table::{Lower, OpRule, Vjp, VjpArgs};
use super::Op;
use crate::dtype::DType;
use crate::graph::shape::TensorType;
use crate::graph::tensor::Tensor;
use crate::lower::emit::{Emitter, LowerNode};

fn is_index(dtype: DType) -> bool {
    matches!(dtype, DType::I32 | DType::I64 | DType::U32 | DType::U8)
}

fn gather_rows_infer(_op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let (table, idx) = (inputs[0], inputs[1]);
    if table.rank() == 0 || !is_index(idx.dtype) {
        return Err(format!(
            "requires a table of rank >= 1 and integer indices, got {table} and {idx}"
        ));
    }
    let mut dims = idx.dims().to_vec();
    dims.extend(&table.dims()[1..]);
    Ok(TensorType::new(table.dtype, &dims))
}

fn scatter_add_rows_infer(_op: &Op, inputs: &[&TensorType]) -> Result<TensorType, String> {
    let (operand, idx, updates) = (inputs[0], inputs[1], inputs[2]);
    let mut expected = idx.dims().to_vec();
    expected.extend(operand.dims().get(1..).unwrap_or(&[]));
    if operand.rank() == 0 || !is_index(idx.dtype) {
        return Err(format!(
            "requires an operand of rank >= 1 and integer indices, got {operand} and {idx}"
        ));
    }
    if updates.dtype != operand.dtype || updates.dims() != expected.as_slice() {
        return Err(format!(
            "requires updates of type {}{:?} (index shape ++ row shape), got {updates}",
            operand.dtype, expected
        ));
    }
    Ok(operand.clone())
}

fn gather_rows_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let (table, idx) = (&a.inputs[0], &a.inputs[1]);
    let rows = table.dims()[0] as f64;
    let clamped = idx.clamp(0.0, rows - 1.0);
    let zeros = table.zeros_like();
    vec![Some(zeros.scatter_add_rows(&clamped, a.cotangent)), None]
}

fn scatter_add_rows_vjp(a: &VjpArgs) -> Vec<Option<Tensor>> {
    let idx = &a.inputs[1];
    let rows = a.inputs[0].dims()[0] as i64;
    // Out-of-range updates were dropped, so their cotangent is zero, not a clamped row.
    let in_range = idx
        .ge(&idx.scalar_like(0.0))
        .and(&idx.lt(&idx.scalar_like(rows as f64)));
    let read = a.cotangent.gather_rows(idx);
    let mask_dims = read.dims();
    let keep = in_range.broadcast_in_dim(&mask_dims, &(0..idx.rank()).collect::<Vec<_>>());
    let grad_updates = keep.select(&read, &read.zeros_like());
    vec![Some(a.cotangent.clone()), None, Some(grad_updates)]
}

fn gather_rows_lower(e: &mut Emitter, node: &LowerNode) {
    let (table, idx) = (node.input_types[0], node.input_types[1]);
    let mut slice = vec![1];
    slice.extend(&table.dims()[1..]);
    let offset: Vec<usize> = (idx.rank()..idx.rank() + table.rank() - 1).collect();
    let attrs = format!(
        "dimension_numbers = #stablehlo.gather<offset_dims = {}, collapsed_slice_dims = [0], \
         start_index_map = [0], index_vector_dim = {}>, indices_are_sorted = false, slice_sizes = {}",
        Emitter::int_list(&offset),
        idx.rank(),
        Emitter::i64_array(&slice)
    );
    e.emit_op(node, "stablehlo.gather", &attrs);
}

fn scatter_add_rows_lower(e: &mut Emitter, node: &LowerNode) {
    let (operand, idx) = (node.input_types[0], node.input_types[1]);
    let window: Vec<usize> = (idx.rank()..idx.rank() + operand.rank() - 1).collect();
    let names: Vec<String> = node.inputs.iter().map(|v| e.name(*v).to_string()).collect();
    let result = e.fresh();
    let (a, b, s) = (e.fresh(), e.fresh(), e.fresh());
    let st = Emitter::type_text(&TensorType::new(operand.dtype, &[]));
    let types: Vec<String> = node
        .input_types
        .iter()
        .map(|t| Emitter::type_text(t))
        .collect();
    e.line(&format!(
        "{result} = \"stablehlo.scatter\"({}) ({{",
        names.join(", ")
    ));
    e.line(&format!("^bb0({a}: {st}, {b}: {st}):"));
    e.line(&format!(
        "    {s} = \"stablehlo.add\"({a}, {b}) : ({st}, {st}) -> {st}"
    ));
    e.line(&format!("    \"stablehlo.return\"({s}) : ({st}) -> ()"));
    e.line(&format!(
        "}}) {{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<\
         update_window_dims = {}, inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], \
         index_vector_dim = {}>, unique_indices = false}} : ({}) -> {}",
        Emitter::int_list(&window),
        idx.rank(),
        types.join(", "),
        Emitter::type_text(node.ty)
    ));
    e.bind(node.id, result);
}

pub static GATHER_ROWS: OpRule = OpRule {
    name: "gather",
    arity: Some(2),
    infer: gather_rows_infer,
    vjp: Vjp::Rule(gather_rows_vjp),
    lower: Lower::Custom(gather_rows_lower),
    elementwise: false,
};

pub static SCATTER_ADD_ROWS: OpRule = OpRule {
    name: "scatter_add",
    arity: Some(3),
    infer: scatter_add_rows_infer,
    vjp: Vjp::Rule(scatter_add_rows_vjp),
    lower: Lower::Custom(scatter_add_rows_lower),
    elementwise: false,
};

impl Tensor {
    /// Row lookup: `out[s.., d..] = self[clamp(indices[s..], 0, K-1), d..]` for a table
    /// `[K, D..]` and integer indices of any shape (embedding lookup).
    #[track_caller]
    pub fn gather_rows(&self, indices: &Tensor) -> Tensor {
        Tensor::apply(Op::GatherRows, &[self, indices])
    }

    /// `out = self; out[indices[s..], d..] += updates[s.., d..]` (out-of-range rows skipped),
    /// the adjoint of [`Tensor::gather_rows`].
    #[track_caller]
    pub fn scatter_add_rows(&self, indices: &Tensor, updates: &Tensor) -> Tensor {
        Tensor::apply(Op::ScatterAddRows, &[self, indices, updates])
    }

    /// `out[s.., c] = (self[s..] == c)` as `dtype`, for integer `self`; `classes` values.
    #[track_caller]
    pub fn one_hot(&self, classes: usize, dtype: DType) -> Tensor {
        let mut dims = self.dims();
        let rank = dims.len();
        dims.push(classes);
        let class = self.apply_source(Op::Iota {
            axis: rank,
            ty: TensorType::new(self.dtype(), &dims),
        });
        let idx = self.broadcast_in_dim(&dims, &(0..rank).collect::<Vec<_>>());
        idx.eq(&class).convert(dtype)
    }
}
