//! Lowering: a finished `Function` to StableHLO MLIR text. Verify (debug builds), clean up
//! (CSE + DCE), then ask each node's table row how to print it. The module wrapper carries
//! `mhlo.num_partitions`; arguments carry `mhlo.sharding` and `tf.aliasing_output`. The same
//! function always gives the same text, byte for byte.

pub mod emit;

use crate::graph::ir::Sharding;
use crate::graph::ops::{rule, Lower};
use crate::graph::passes::optimize;
use crate::graph::{Function, GraphError};
use emit::{Emitter, LowerNode};

/// `{devices=[4,1]0,1,2,3}` / `{replicated}`.
pub fn sharding_text(sharding: &Sharding) -> String {
    match sharding {
        Sharding::Replicated => "{replicated}".to_string(),
        Sharding::Tiled { tiles } => {
            let grid: Vec<String> = tiles.iter().map(|t| t.to_string()).collect();
            let n: usize = tiles.iter().product();
            let devices: Vec<String> = (0..n).map(|d| d.to_string()).collect();
            format!("{{devices=[{}]{}}}", grid.join(","), devices.join(","))
        }
    }
}

/// A symbol name MLIR accepts bare (`@mlp_step`), quoted otherwise.
fn symbol(name: &str) -> String {
    let bare = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_$.".contains(c));
    if bare {
        format!("@{name}")
    } else {
        format!("@\"{}\"", name.replace(['"', '\\'], "_"))
    }
}

fn attr_dict(attrs: &[String]) -> String {
    if attrs.is_empty() {
        String::new()
    } else {
        format!(" {{{}}}", attrs.join(", "))
    }
}

/// Prints `function` as a StableHLO module with one `func.func public @main`.
pub fn to_stablehlo(function: &Function) -> Result<String, GraphError> {
    if cfg!(debug_assertions) {
        crate::graph::verify(function)?;
    }
    let spmd = function.num_partitions > 1;
    let optimized = optimize(&function.nodes, &function.outputs);
    let mut e = Emitter::new();
    for (index, node) in optimized.nodes.iter().enumerate() {
        let view = LowerNode {
            id: crate::graph::ValueId(index),
            op: &node.op,
            inputs: &node.inputs,
            input_types: node
                .inputs
                .iter()
                .map(|v| &optimized.nodes[v.0].ty)
                .collect(),
            ty: &node.ty,
        };
        match rule(&node.op).lower {
            Lower::Op(name) => e.emit_op(&view, name, ""),
            Lower::Custom(f) => f(&mut e, &view),
        }
    }
    let args: Vec<String> = function
        .inputs
        .iter()
        .enumerate()
        .map(|(i, spec)| {
            let mut attrs = Vec::new();
            if let Some(s) = spec
                .sharding
                .as_ref()
                .or(spmd.then_some(&Sharding::Replicated))
            {
                attrs.push(format!("mhlo.sharding = \"{}\"", sharding_text(s)));
            }
            if let Some(k) = spec.donated_to {
                attrs.push(format!("tf.aliasing_output = {k} : i32"));
            }
            format!(
                "%arg{i}: {}{}",
                Emitter::type_text(&spec.ty),
                attr_dict(&attrs)
            )
        })
        .collect();
    let out_types: Vec<String> = optimized
        .outputs
        .iter()
        .map(|v| Emitter::type_text(&optimized.nodes[v.0].ty))
        .collect();
    let results: Vec<String> = out_types
        .iter()
        .zip(&function.output_shardings)
        .map(|(ty, sharding)| {
            let s = sharding.as_ref().or(spmd.then_some(&Sharding::Replicated));
            let attrs: Vec<String> = s
                .map(|s| format!("mhlo.sharding = \"{}\"", sharding_text(s)))
                .into_iter()
                .collect();
            format!("{ty}{}", attr_dict(&attrs))
        })
        .collect();
    let returned: Vec<String> = optimized
        .outputs
        .iter()
        .map(|v| e.name(*v).to_string())
        .collect();
    let mut text = format!(
        "module {} attributes {{mhlo.num_partitions = {} : i32, mhlo.num_replicas = 1 : i32}} {{\n",
        symbol(&function.name),
        function.num_partitions
    );
    text.push_str(&format!(
        "  func.func public @main({}) -> ({}) {{\n",
        args.join(", "),
        results.join(", ")
    ));
    let return_line = format!(
        "    return {} : {}\n",
        returned.join(", "),
        out_types.join(", ")
    );
    text.push_str(&e.into_body());
    text.push_str(&return_line);
    text.push_str("  }\n}\n");
    Ok(text)
}

/// Prints `function`'s nodes into a region of `e` (the body of a `while`): its parameters
/// are bound to `args` (the region's values) and the names of its outputs are returned.
pub fn emit_region(e: &mut Emitter, function: &Function, args: &[String]) -> Vec<String> {
    let optimized = optimize(&function.nodes, &function.outputs);
    let mut inner = e.child();
    for (index, node) in optimized.nodes.iter().enumerate() {
        let id = crate::graph::ValueId(index);
        if let crate::graph::Op::Parameter { index: arg, .. } = &node.op {
            inner.bind(id, args[*arg].clone());
            continue;
        }
        let view = LowerNode {
            id,
            op: &node.op,
            inputs: &node.inputs,
            input_types: node
                .inputs
                .iter()
                .map(|v| &optimized.nodes[v.0].ty)
                .collect(),
            ty: &node.ty,
        };
        match rule(&node.op).lower {
            Lower::Op(name) => inner.emit_op(&view, name, ""),
            Lower::Custom(f) => f(&mut inner, &view),
        }
    }
    let outputs = optimized
        .outputs
        .iter()
        .map(|v| inner.name(*v).to_string())
        .collect();
    e.adopt(inner, false);
    outputs
}
