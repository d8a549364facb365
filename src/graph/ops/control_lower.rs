//! Lowering of a scan to one `stablehlo.while`. Loop state, in order: the step counter,
//! the carries, the stacked per-step output buffers, the stacked saved-carry buffers, then
//! the stacked per-step inputs and the invariants (passed through unchanged, so the body
//! region captures nothing from above). The body function is printed into the region by
//! `lower::emit_region`; the `while` is printed once per scan and shared by its result nodes
//! through `Emitter::memo`.

use super::control::ScanBody;
use super::scan_layout::ScanLayout;
use super::Op;
use crate::dtype::DType;
use crate::graph::shape::TensorType;
use crate::lower::emit::{Emitter, LowerNode};
use std::ops::Range;
use std::rc::Rc;

pub(crate) fn scan_lower(e: &mut Emitter, node: &LowerNode) {
    let Op::Scan { body, result } = node.op else {
        unreachable!("internal error: scan lowering used for {:?}", node.op)
    };
    let operands: Vec<String> = node.inputs.iter().map(|v| e.name(*v).to_string()).collect();
    let key = format!("scan {:p} {}", Rc::as_ptr(&body.0), operands.join(","));
    let base = match e.memo.get(&key) {
        Some(base) => base.clone(),
        None => {
            let base = emit_while(e, &body.0, &operands, &node.input_types);
            e.memo.insert(key, base.clone());
            base
        }
    };
    e.bind(
        node.id,
        format!("{base}#{}", StateSlots(body.0.layout()).result(*result)),
    );
}

/// The slots of the `while` loop state: the step counter, one per result of the scan (the
/// carries, then the per-step output and saved-carry buffers), then the per-step inputs and
/// the invariants (passed through unchanged).
struct StateSlots(ScanLayout);

impl StateSlots {
    const COUNTER: usize = 0;

    fn result(&self, r: usize) -> usize {
        Self::COUNTER + 1 + r
    }

    fn results(&self, r: Range<usize>) -> Range<usize> {
        self.result(r.start)..self.result(r.end)
    }

    fn carries(&self) -> Range<usize> {
        self.results(self.0.carry_results())
    }

    /// The per-step output buffers, then the saved-carry ones.
    fn buffers(&self) -> Range<usize> {
        self.results(self.0.y_results().start..self.0.result_count())
    }

    fn xs(&self) -> Range<usize> {
        let start = self.result(self.0.result_count());
        start..start + self.0.xs
    }

    fn invariants(&self) -> Range<usize> {
        let start = self.xs().end;
        start..start + self.0.invariants
    }
}

/// Prints the `stablehlo.while` of a scan and returns its result name.
fn emit_while(e: &mut Emitter, b: &ScanBody, operands: &[String], types: &[&TensorType]) -> String {
    let layout = b.layout();
    let slots = StateSlots(layout);
    let i32_ty = TensorType::new(DType::I32, &[]);
    let it = Emitter::type_text(&i32_ty);
    let lit = |v: f64| super::Literal::splat(v, DType::I32);
    let zero = e.constant(&lit(0.0), &i32_ty);
    let mut state: Vec<(String, TensorType)> = vec![(zero, i32_ty.clone())];
    for i in layout.carry_operands() {
        state.push((operands[i].clone(), types[i].clone()));
    }
    for r in layout.y_results().chain(layout.saved_carry_results()) {
        let ty = b.result_type(r).expect("internal error: result in range");
        let buffer = e.constant(&super::Literal::splat(0.0, ty.dtype), &ty);
        state.push((buffer, ty));
    }
    for i in layout.x_operands().chain(layout.invariant_operands()) {
        state.push((operands[i].clone(), types[i].clone()));
    }
    let type_list: Vec<String> = state.iter().map(|(_, t)| Emitter::type_text(t)).collect();
    let types_joined = type_list.join(", ");
    let result = e.fresh();
    let inits: Vec<&str> = state.iter().map(|(n, _)| n.as_str()).collect();
    e.line(&format!(
        "{result}:{} = \"stablehlo.while\"({}) ({{",
        state.len(),
        inits.join(", ")
    ));
    // cond: counter < T
    let args: Vec<String> = state.iter().map(|_| e.fresh()).collect();
    let block = |args: &[String]| -> String {
        let items: Vec<String> = args
            .iter()
            .zip(&type_list)
            .map(|(a, t)| format!("{a}: {t}"))
            .collect();
        format!("^bb0({}):", items.join(", "))
    };
    e.line(&block(&args));
    let mut r = e.child();
    let limit = r.constant(&lit(b.length as f64), &i32_ty);
    let pred = r.fresh();
    r.line(&format!(
        "{pred} = \"stablehlo.compare\"({}, {limit}) {{comparison_direction = #stablehlo<comparison_direction LT>}} : ({it}, {it}) -> tensor<i1>",
        args[StateSlots::COUNTER]
    ));
    r.line(&format!(
        "\"stablehlo.return\"({pred}) : (tensor<i1>) -> ()"
    ));
    e.adopt(r, true);
    e.line("}, {");
    let args: Vec<String> = state.iter().map(|_| e.fresh()).collect();
    e.line(&block(&args));
    let mut r = e.child();
    let counter = args[StateSlots::COUNTER].clone();
    let step = if b.reverse {
        let last = r.constant(&lit((b.length - 1) as f64), &i32_ty);
        let s = r.fresh();
        r.line(&format!(
            "{s} = \"stablehlo.subtract\"({last}, {counter}) : ({it}, {it}) -> {it}"
        ));
        s
    } else {
        counter.clone()
    };
    let zero_i = r.constant(&lit(0.0), &i32_ty);
    // The body's inputs are ordered like the scan's operands: carries, rows, invariants.
    let mut body_args: Vec<String> = args[slots.carries()].to_vec();
    for slot in slots.xs() {
        let row = read_row(&mut r, &args[slot], &state[slot].1, &step, &zero_i);
        body_args.push(row);
    }
    body_args.extend(args[slots.invariants()].iter().cloned());
    let outs = crate::lower::emit_region(&mut r, &b.function, &body_args);
    let mut returned = Vec::with_capacity(state.len());
    let one = r.constant(&lit(1.0), &i32_ty);
    let next = r.fresh();
    r.line(&format!(
        "{next} = \"stablehlo.add\"({counter}, {one}) : ({it}, {it}) -> {it}"
    ));
    returned.push(next);
    returned.extend(outs[layout.carry_results()].iter().cloned());
    // ys buffers get y_t, saved buffers the carry entering the step.
    let rows = outs[layout.y_results()]
        .iter()
        .chain(&args[slots.carries()]);
    for (slot, row) in slots.buffers().zip(rows) {
        let (buffer, ty) = (&args[slot], &state[slot].1);
        returned.push(write_row(&mut r, buffer, ty, row, &step, &zero_i));
    }
    returned.extend(
        args[slots.xs().start..slots.invariants().end]
            .iter()
            .cloned(),
    );
    r.line(&format!(
        "\"stablehlo.return\"({}) : ({types_joined}) -> ()",
        returned.join(", ")
    ));
    e.adopt(r, true);
    e.line(&format!("}}) : ({types_joined}) -> ({types_joined})"));
    result
}

/// `stacked[t]` as a value of the per-step type.
fn read_row(e: &mut Emitter, stacked: &str, ty: &TensorType, t: &str, zero: &str) -> String {
    let mut sizes = ty.dims().to_vec();
    sizes[0] = 1;
    let block = TensorType::new(ty.dtype, &sizes);
    let row = TensorType::new(ty.dtype, &ty.dims()[1..]);
    let starts: Vec<&str> = std::iter::once(t)
        .chain(std::iter::repeat_n(zero, sizes.len() - 1))
        .collect();
    let it = "tensor<i32>";
    let slice = e.fresh();
    e.line(&format!(
        "{slice} = \"stablehlo.dynamic_slice\"({stacked}, {}) {{slice_sizes = {}}} : ({}, {}) -> {}",
        starts.join(", "),
        Emitter::i64_array(&sizes),
        Emitter::type_text(ty),
        vec![it; starts.len()].join(", "),
        Emitter::type_text(&block)
    ));
    let reshaped = e.fresh();
    e.line(&format!(
        "{reshaped} = \"stablehlo.reshape\"({slice}) : ({}) -> {}",
        Emitter::type_text(&block),
        Emitter::type_text(&row)
    ));
    reshaped
}

/// `stacked` with row `t` replaced by `row`.
fn write_row(
    e: &mut Emitter,
    stacked: &str,
    ty: &TensorType,
    row: &str,
    t: &str,
    zero: &str,
) -> String {
    let mut sizes = ty.dims().to_vec();
    sizes[0] = 1;
    let block = TensorType::new(ty.dtype, &sizes);
    let row_ty = TensorType::new(ty.dtype, &ty.dims()[1..]);
    let reshaped = e.fresh();
    e.line(&format!(
        "{reshaped} = \"stablehlo.reshape\"({row}) : ({}) -> {}",
        Emitter::type_text(&row_ty),
        Emitter::type_text(&block)
    ));
    let starts: Vec<&str> = std::iter::once(t)
        .chain(std::iter::repeat_n(zero, sizes.len() - 1))
        .collect();
    let updated = e.fresh();
    e.line(&format!(
        "{updated} = \"stablehlo.dynamic_update_slice\"({stacked}, {reshaped}, {}) : ({}, {}, {}) -> {}",
        starts.join(", "),
        Emitter::type_text(ty),
        Emitter::type_text(&block),
        vec!["tensor<i32>"; starts.len()].join(", "),
        Emitter::type_text(ty)
    ));
    updated
}
