//! The StableHLO text emitter: the only code that knows MLIR syntax. It assigns SSA names in
//! emission order (`%0, %1, ...`; arguments are `%argN`), prints `tensor<2x3xf32>` types from
//! `DType::mlir_name`, formats attributes and literals, and writes ops in MLIR's generic
//! form (`%3 = "stablehlo.add"(%1, %2) : (...) -> ...`), which is uniform for every op.
//! Op rules call these helpers; they never build type strings themselves.

use crate::dtype::DType;
use crate::graph::ir::ValueId;
use crate::graph::ops::{Literal, Op};
use crate::graph::shape::TensorType;
use std::collections::HashMap;
use std::fmt::Write;

/// The node being lowered, as a lowering rule sees it.
pub struct LowerNode<'a> {
    pub id: ValueId,
    pub op: &'a Op,
    pub inputs: &'a [ValueId],
    pub input_types: Vec<&'a TensorType>,
    pub ty: &'a TensorType,
}

/// Accumulates the body of `func.func @main`.
pub struct Emitter {
    body: String,
    names: HashMap<ValueId, String>,
    next: usize,
    /// Shared results for rules that print one multi-result op for several nodes.
    pub memo: HashMap<String, String>,
}

const INDENT: &str = "    ";

impl Default for Emitter {
    fn default() -> Self {
        Self::new()
    }
}

impl Emitter {
    pub fn new() -> Self {
        Emitter {
            body: String::new(),
            names: HashMap::new(),
            next: 0,
            memo: HashMap::new(),
        }
    }

    /// An emitter for the body of a region (e.g. a `while` body): its own value names, SSA
    /// numbering continuing this one's so names stay unique; give it back with `adopt`.
    pub fn child(&self) -> Emitter {
        Emitter {
            body: String::new(),
            names: HashMap::new(),
            next: self.next,
            memo: HashMap::new(),
        }
    }

    /// Appends a child's lines (one level deeper when `indent`) and continues after its SSA
    /// numbers.
    pub fn adopt(&mut self, child: Emitter, indent: bool) {
        self.next = child.next;
        for line in child.body.lines() {
            if indent {
                self.body.push_str(INDENT);
            }
            self.body.push_str(line);
            self.body.push('\n');
        }
    }

    /// The SSA name of an already lowered value.
    pub fn name(&self, value: ValueId) -> &str {
        self.names
            .get(&value)
            .map(String::as_str)
            .expect("internal error: operand lowered before its producer")
    }

    /// A new SSA name, unique in the function (also used for region values).
    pub fn fresh(&mut self) -> String {
        let name = format!("%{}", self.next);
        self.next += 1;
        name
    }

    /// Makes `value` print as `name` (arguments, and identities such as stop_gradient).
    pub fn bind(&mut self, value: ValueId, name: String) {
        self.names.insert(value, name);
    }

    /// Appends one line to the body.
    pub fn line(&mut self, text: &str) {
        self.body.push_str(INDENT);
        self.body.push_str(text);
        self.body.push('\n');
    }

    pub fn into_body(self) -> String {
        self.body
    }

    /// `tensor<2x3xf32>`, or `tensor<f32>` for a scalar.
    pub fn type_text(ty: &TensorType) -> String {
        let mut s = String::from("tensor<");
        for d in ty.dims() {
            let _ = write!(s, "{d}x");
        }
        s.push_str(ty.dtype.mlir_name());
        s.push('>');
        s
    }

    /// `array<i64: 0, 1>` (dense array attribute).
    pub fn i64_array(values: &[usize]) -> String {
        if values.is_empty() {
            return "array<i64>".to_string();
        }
        let items: Vec<String> = values.iter().map(|v| v.to_string()).collect();
        format!("array<i64: {}>", items.join(", "))
    }

    /// `[0, 1]` (list inside structured attributes such as `#stablehlo.dot`).
    pub fn int_list(values: &[usize]) -> String {
        let items: Vec<String> = values.iter().map(|v| v.to_string()).collect();
        format!("[{}]", items.join(", "))
    }

    /// The signature suffix `(t1, t2) -> t`.
    fn signature(inputs: &[&TensorType], result: &TensorType) -> String {
        let ins: Vec<String> = inputs.iter().map(|t| Self::type_text(t)).collect();
        format!("({}) -> {}", ins.join(", "), Self::type_text(result))
    }

    /// Prints `node` as the StableHLO op `op_name` with attribute dictionary `attrs`
    /// (without braces; empty for none) and binds the node to the result.
    pub fn emit_op(&mut self, node: &LowerNode, op_name: &str, attrs: &str) {
        let operands: Vec<String> = node
            .inputs
            .iter()
            .map(|v| self.name(*v).to_string())
            .collect();
        let result = self.fresh();
        let attrs = if attrs.is_empty() {
            String::new()
        } else {
            format!(" {{{attrs}}}")
        };
        let text = format!(
            "{result} = \"{op_name}\"({}){attrs} : {}",
            operands.join(", "),
            Self::signature(&node.input_types, node.ty)
        );
        self.line(&text);
        self.bind(node.id, result);
    }

    /// Emits a constant and returns its SSA name.
    pub fn constant(&mut self, literal: &Literal, ty: &TensorType) -> String {
        let result = self.fresh();
        let ty_text = Self::type_text(ty);
        let text = format!(
            "{result} = \"stablehlo.constant\"() {{value = {} : {ty_text}}} : () -> {ty_text}",
            format_literal(literal, ty),
        );
        self.line(&text);
        result
    }

    /// Prints a `stablehlo.reduce` over `axes` whose body applies `body_op` (e.g.
    /// `stablehlo.add`), starting from the scalar `init`.
    pub fn emit_reduce(&mut self, node: &LowerNode, body_op: &str, init: &Literal, axes: &[usize]) {
        let scalar = TensorType::new(node.ty.dtype, &[]);
        let init_name = self.constant(init, &scalar);
        let operand = self.name(node.inputs[0]).to_string();
        let result = self.fresh();
        let (a, b, s) = (self.fresh(), self.fresh(), self.fresh());
        let st = Self::type_text(&scalar);
        self.line(&format!(
            "{result} = \"stablehlo.reduce\"({operand}, {init_name}) ({{"
        ));
        self.line(&format!("^bb0({a}: {st}, {b}: {st}):"));
        self.line(&format!(
            "{INDENT}{s} = \"{body_op}\"({a}, {b}) : ({st}, {st}) -> {st}"
        ));
        self.line(&format!("{INDENT}\"stablehlo.return\"({s}) : ({st}) -> ()"));
        self.line(&format!(
            "}}) {{dimensions = {}}} : ({}, {st}) -> {}",
            Self::i64_array(axes),
            Self::type_text(node.input_types[0]),
            Self::type_text(node.ty)
        ));
        self.bind(node.id, result);
    }
}

impl Emitter {
    /// Prints a single-operand `stablehlo.sort` along `axis`; floats compare in total order
    /// (so NaNs sort last), integers by value.
    pub fn emit_sort(&mut self, node: &LowerNode, axis: usize, descending: bool) {
        let scalar = TensorType::new(node.ty.dtype, &[]);
        let st = Self::type_text(&scalar);
        let operand = self.name(node.inputs[0]).to_string();
        let result = self.fresh();
        let (a, b, c) = (self.fresh(), self.fresh(), self.fresh());
        let direction = if descending { "GT" } else { "LT" };
        let compare_type = if node.ty.dtype.is_float() {
            ", compare_type = #stablehlo<comparison_type TOTALORDER>"
        } else {
            ""
        };
        let ty = Self::type_text(node.ty);
        self.line(&format!("{result} = \"stablehlo.sort\"({operand}) ({{"));
        self.line(&format!("^bb0({a}: {st}, {b}: {st}):"));
        self.line(&format!(
            "{INDENT}{c} = \"stablehlo.compare\"({a}, {b}) {{comparison_direction = \
             #stablehlo<comparison_direction {direction}>{compare_type}}} : ({st}, {st}) -> tensor<i1>"
        ));
        self.line(&format!(
            "{INDENT}\"stablehlo.return\"({c}) : (tensor<i1>) -> ()"
        ));
        self.line(&format!(
            "}}) {{dimension = {axis} : i64, is_stable = true}} : ({ty}) -> {ty}"
        ));
        self.bind(node.id, result);
    }
}

/// `dense<...>` text for a literal of type `ty` (a splat prints one value).
pub fn format_literal(literal: &Literal, ty: &TensorType) -> String {
    if literal.is_splat() {
        return format!("dense<{}>", format_element(literal, 0, ty.dtype));
    }
    if literal.len() > HEX_THRESHOLD && ty.dtype != DType::Bool {
        return format!("dense<\"0x{}\">", hex_bytes(literal, ty.dtype));
    }
    let mut out = String::from("dense<");
    nested(literal, ty.dtype, ty.dims(), 0, &mut out);
    out.push('>');
    out
}

/// Larger non-splat constants print as MLIR's hex form (raw little-endian bytes): compact,
/// exact and fast to parse. Bools stay in list form (their hex layout is packed).
const HEX_THRESHOLD: usize = 16;

fn hex_bytes(literal: &Literal, dtype: DType) -> String {
    let mut out = String::with_capacity(literal.len() * dtype.size_bytes() * 2);
    for i in 0..literal.len() {
        let v = literal.value_f64(i, dtype);
        let bits = literal.bits(i);
        let bytes: Vec<u8> = match dtype {
            DType::F64 => v.to_le_bytes().to_vec(),
            DType::F32 => (v as f32).to_le_bytes().to_vec(),
            DType::F16 => half::f16::from_f64(v).to_le_bytes().to_vec(),
            DType::BF16 => half::bf16::from_f64(v).to_le_bytes().to_vec(),
            DType::U8 | DType::Bool => vec![bits as u8],
            DType::I32 | DType::U32 => (bits as u32).to_le_bytes().to_vec(),
            DType::I64 | DType::U64 => bits.to_le_bytes().to_vec(),
        };
        for b in bytes {
            let _ = write!(out, "{b:02X}");
        }
    }
    out
}

fn nested(literal: &Literal, dtype: DType, dims: &[usize], offset: usize, out: &mut String) {
    if dims.is_empty() {
        out.push_str(&format_element(literal, offset, dtype));
        return;
    }
    let inner: usize = dims[1..].iter().product();
    out.push('[');
    for i in 0..dims[0] {
        if i > 0 {
            out.push_str(", ");
        }
        nested(literal, dtype, &dims[1..], offset + i * inner, out);
    }
    out.push(']');
}

/// One element: integers and bools in decimal; floats as the shortest decimal that
/// round-trips when it has a plain `1.5` form, else as the exact hex bit pattern.
fn format_element(literal: &Literal, i: usize, dtype: DType) -> String {
    match dtype {
        DType::Bool => (literal.bits(i) != 0).to_string(),
        DType::I32 | DType::I64 => (literal.bits(i) as i64).to_string(),
        DType::U8 | DType::U32 | DType::U64 => literal.bits(i).to_string(),
        DType::F32 => {
            let v = literal.value_f64(i, dtype) as f32;
            decimal_or(format!("{v:?}"), || format!("0x{:08X}", v.to_bits()))
        }
        DType::F64 => {
            let v = literal.value_f64(i, dtype);
            decimal_or(format!("{v:?}"), || format!("0x{:016X}", v.to_bits()))
        }
        DType::F16 => format!(
            "0x{:04X}",
            half::f16::from_f64(literal.value_f64(i, dtype)).to_bits()
        ),
        DType::BF16 => format!(
            "0x{:04X}",
            half::bf16::from_f64(literal.value_f64(i, dtype)).to_bits()
        ),
    }
}

fn decimal_or(decimal: String, hex: impl FnOnce() -> String) -> String {
    let plain = decimal.contains('.')
        && decimal
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-');
    if plain {
        decimal
    } else {
        hex()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_types_and_literals() {
        let t = TensorType::new(DType::F32, &[2, 3]);
        assert_eq!(Emitter::type_text(&t), "tensor<2x3xf32>");
        assert_eq!(
            Emitter::type_text(&TensorType::new(DType::U32, &[])),
            "tensor<ui32>"
        );
        assert_eq!(
            format_literal(&Literal::splat(0.5, DType::F32), &t),
            "dense<0.5>"
        );
        assert_eq!(
            format_literal(&Literal::splat(f64::NEG_INFINITY, DType::F32), &t),
            "dense<0xFF800000>"
        );
        assert_eq!(
            format_literal(&Literal::splat(1e-5, DType::F32), &t),
            "dense<0x3727C5AC>"
        );
        let host = crate::host::HostTensor::from_slice(&[2, 2], &[1i32, -2, 3, 4]).unwrap();
        let ty = TensorType::new(DType::I32, &[2, 2]);
        assert_eq!(
            format_literal(&Literal::from_host(&host), &ty),
            "dense<[[1, -2], [3, 4]]>"
        );
    }
}
