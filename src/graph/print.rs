//! Human-readable dumps of nodes, used by `Function::dump` and the verifier's error window.

use super::error::format_location;
use super::ir::Node;
use std::ops::Range;

/// One line per node: `%3 = add(%1, %2) : f32[2, 3]  @ src/model.rs:12:5`.
pub fn format_node(index: usize, node: &Node) -> String {
    let inputs: Vec<String> = node.inputs.iter().map(|v| v.to_string()).collect();
    format!(
        "%{index} = {}({}) : {}{}  @ {}",
        node.op.name(),
        inputs.join(", "),
        node.ty,
        if node.poisoned { " (poisoned)" } else { "" },
        format_location(node.location)
    )
}

pub fn format_nodes(nodes: &[Node], range: Range<usize>) -> String {
    range
        .filter(|&i| i < nodes.len())
        .map(|i| format_node(i, &nodes[i]))
        .collect::<Vec<_>>()
        .join("\n")
}
