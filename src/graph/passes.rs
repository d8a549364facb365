//! Graph clean-up before printing: common-subexpression elimination (nodes with equal op,
//! attributes and operands are merged; ops are pure; a `stand_in` is its saved operand, so
//! the replayed value it stands for is dead unless something else reads it) then dead-code
//! elimination (only nodes the outputs need survive). The result is renumbered densely in the original order, so
//! lowering stays deterministic.

use super::ir::{Node, ValueId};
use super::ops::Op;
use std::collections::HashMap;

/// A cleaned node list and the outputs renumbered into it.
pub struct Optimized {
    pub nodes: Vec<Node>,
    pub outputs: Vec<ValueId>,
}

/// For each node, the earliest node computing the same value.
fn merge_duplicates(nodes: &[Node]) -> Vec<usize> {
    let mut canonical = Vec::with_capacity(nodes.len());
    let mut seen: HashMap<(&Op, Vec<usize>), usize> = HashMap::new();
    for (i, node) in nodes.iter().enumerate() {
        if matches!(node.op, Op::StandIn) && !node.inputs.is_empty() {
            canonical.push(canonical[node.inputs[0].0]);
            continue;
        }
        let inputs: Vec<usize> = node.inputs.iter().map(|v| canonical[v.0]).collect();
        let first = *seen.entry((&node.op, inputs)).or_insert(i);
        canonical.push(first);
    }
    canonical
}

/// CSE followed by DCE.
pub fn optimize(nodes: &[Node], outputs: &[ValueId]) -> Optimized {
    let canonical = merge_duplicates(nodes);
    let mut live = vec![false; nodes.len()];
    for v in outputs {
        live[canonical[v.0]] = true;
    }
    for i in (0..nodes.len()).rev() {
        if live[i] {
            for v in &nodes[i].inputs {
                live[canonical[v.0]] = true;
            }
        }
    }
    let mut new_index = vec![usize::MAX; nodes.len()];
    let mut kept = Vec::new();
    for (i, node) in nodes.iter().enumerate() {
        if live[i] && canonical[i] == i {
            new_index[i] = kept.len();
            let mut node = node.clone();
            node.inputs = node
                .inputs
                .iter()
                .map(|v| ValueId(new_index[canonical[v.0]]))
                .collect();
            kept.push(node);
        }
    }
    Optimized {
        nodes: kept,
        outputs: outputs
            .iter()
            .map(|v| ValueId(new_index[canonical[v.0]]))
            .collect(),
    }
}
