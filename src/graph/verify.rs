//! The verifier: re-runs every node's shape rule from the op table and compares it with the
//! recorded type, and checks that operands precede their users. Run after autodiff and
//! before lowering (always in debug builds). Errors show ten nodes either side.

use super::error::{format_location, GraphError};
use super::ir::Node;
use super::ops::rule;
use super::print::format_nodes;

/// Checks a node list; `Ok` means every node is well-typed and topologically ordered.
pub fn verify_nodes(nodes: &[Node]) -> Result<(), GraphError> {
    verify_range(nodes, 0..nodes.len())
}

/// Checks the nodes of `range` (their operands may lie before it).
pub fn verify_range(nodes: &[Node], range: std::ops::Range<usize>) -> Result<(), GraphError> {
    for index in range {
        let node = &nodes[index];
        let fail = |message: String| GraphError::Verify {
            index,
            op: node.op.name(),
            location: format_location(node.location),
            message,
            neighbourhood: format_nodes(nodes, index.saturating_sub(10)..index + 11),
        };
        if node.poisoned {
            return Err(fail("node failed its shape rule while tracing".to_string()));
        }
        if let Some(v) = node.inputs.iter().find(|v| v.0 >= index) {
            return Err(fail(format!("operand {v} does not precede its use")));
        }
        let r = rule(&node.op);
        if let Some(arity) = r.arity {
            if arity != node.inputs.len() {
                return Err(fail(format!(
                    "takes {arity} operands, has {}",
                    node.inputs.len()
                )));
            }
        }
        let types: Vec<_> = node.inputs.iter().map(|v| &nodes[v.0].ty).collect();
        match (r.infer)(&node.op, &types) {
            Ok(ty) if ty == node.ty => {}
            Ok(ty) => {
                let operands: Vec<String> = types.iter().map(|t| t.to_string()).collect();
                return Err(fail(format!(
                    "recorded type {} but the rule infers {ty} from operands ({})",
                    node.ty,
                    operands.join(", ")
                )));
            }
            Err(message) => return Err(fail(message)),
        }
    }
    Ok(())
}

/// Verifies a finished function.
pub fn verify(function: &super::Function) -> Result<(), GraphError> {
    verify_nodes(function.nodes())
}
