//! Where each group of a scan's operands and results sits: the one place that knows the
//! order (operands: initial carries, stacked per-step inputs, invariants; results: final
//! carries, stacked per-step outputs whose trailing ones are the saved products of
//! `residuals.rs`, stacked carries entering each step). Tracing, the VJP, the residual rewrite
//! and the lowering ask it for index ranges instead of adding counts up themselves.
//! `ReverseStep` is the same for the per-step inputs of the reverse loop of a scan's VJP.
//!
//! The body's inputs are ordered like the scan's operands (one row of each per-step input),
//! and its outputs like the scan's first results (new carries, then one row of each per-step
//! output), so the same ranges index them.

use crate::graph::tensor::Tensor;
use std::ops::Range;

/// The counts of a scan's operand and result groups, and the index ranges they give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ScanLayout {
    pub carries: usize,
    pub xs: usize,
    pub invariants: usize,
    /// Per-step outputs, saved products included.
    pub ys: usize,
    /// How many of the trailing per-step outputs are saved products (`residuals.rs`).
    pub products: usize,
}

/// What a result index of a scan names, with its position inside its group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScanResultKind {
    /// A final carry.
    Carry(usize),
    /// A stacked per-step output (saved products are the trailing ones).
    Y(usize),
    /// The stacked carry entering each step.
    SavedCarry(usize),
}

impl ScanLayout {
    /// Operands (and body inputs) holding the initial carries.
    pub fn carry_operands(&self) -> Range<usize> {
        0..self.carries
    }

    /// Operands holding the stacked per-step inputs (body inputs: one row of each).
    pub fn x_operands(&self) -> Range<usize> {
        let start = self.carry_operands().end;
        start..start + self.xs
    }

    /// Operands (and body inputs) holding the loop invariants.
    pub fn invariant_operands(&self) -> Range<usize> {
        let start = self.x_operands().end;
        start..start + self.invariants
    }

    pub fn operand_count(&self) -> usize {
        self.invariant_operands().end
    }

    /// Results (and body outputs) holding the final carries.
    pub fn carry_results(&self) -> Range<usize> {
        0..self.carries
    }

    /// Results holding the stacked per-step outputs, products included (body outputs: one
    /// row of each).
    pub fn y_results(&self) -> Range<usize> {
        let start = self.carry_results().end;
        start..start + self.ys
    }

    /// The trailing per-step outputs that are saved products.
    pub fn product_results(&self) -> Range<usize> {
        let ys = self.y_results();
        ys.end - self.products..ys.end
    }

    /// Results holding the stacked carries entering each step.
    pub fn saved_carry_results(&self) -> Range<usize> {
        let start = self.y_results().end;
        start..start + self.carries
    }

    pub fn result_count(&self) -> usize {
        self.saved_carry_results().end
    }

    /// Which group result `r` belongs to, or `None` past the last result.
    pub fn result_kind(&self, r: usize) -> Option<ScanResultKind> {
        let at = |range: Range<usize>| range.contains(&r).then(|| r - range.start);
        at(self.carry_results())
            .map(ScanResultKind::Carry)
            .or_else(|| at(self.y_results()).map(ScanResultKind::Y))
            .or_else(|| at(self.saved_carry_results()).map(ScanResultKind::SavedCarry))
    }

    /// The result index of `kind` in this layout.
    pub fn result_index(&self, kind: ScanResultKind) -> usize {
        match kind {
            ScanResultKind::Carry(j) => self.carry_results().start + j,
            ScanResultKind::Y(j) => self.y_results().start + j,
            ScanResultKind::SavedCarry(j) => self.saved_carry_results().start + j,
        }
    }
}

/// The reverse loop's per-step inputs, in the order it receives them: the forward loop's
/// per-step inputs, the carries entering each step, the saved products, then the cotangents
/// of the per-step outputs (products included) and of the saved carries.
pub(super) struct ReverseStep<'a> {
    pub xs: &'a [Tensor],
    pub carries: &'a [Tensor],
    pub products: &'a [Tensor],
    pub ct_ys: &'a [Tensor],
    pub ct_saved: &'a [Tensor],
}

impl<'a> ReverseStep<'a> {
    pub fn chained(&self) -> Vec<&'a Tensor> {
        self.xs
            .iter()
            .chain(self.carries)
            .chain(self.products)
            .chain(self.ct_ys)
            .chain(self.ct_saved)
            .collect()
    }

    /// Splits one step's rows (as `chained` ordered them) for the forward `layout`.
    pub fn split(rows: &'a [Tensor], layout: &ScanLayout) -> Self {
        let (xs, rest) = rows.split_at(layout.xs);
        let (carries, rest) = rest.split_at(layout.carries);
        let (products, rest) = rest.split_at(layout.products);
        let (ct_ys, ct_saved) = rest.split_at(layout.ys);
        ReverseStep {
            xs,
            carries,
            products,
            ct_ys,
            ct_saved,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_follow_each_other_without_gaps() {
        let l = ScanLayout {
            carries: 2,
            xs: 3,
            invariants: 1,
            ys: 4,
            products: 1,
        };
        assert_eq!(
            (l.carry_operands(), l.x_operands(), l.invariant_operands()),
            (0..2, 2..5, 5..6)
        );
        assert_eq!(l.operand_count(), 6);
        assert_eq!(
            (l.carry_results(), l.y_results(), l.saved_carry_results()),
            (0..2, 2..6, 6..8)
        );
        assert_eq!(l.product_results(), 5..6);
        assert_eq!(l.result_count(), 8);
        let kinds: Vec<Option<ScanResultKind>> = (0..9).map(|r| l.result_kind(r)).collect();
        use ScanResultKind::*;
        let expected = [
            Some(Carry(0)),
            Some(Carry(1)),
            Some(Y(0)),
            Some(Y(1)),
            Some(Y(2)),
            Some(Y(3)),
            Some(SavedCarry(0)),
            Some(SavedCarry(1)),
            None,
        ];
        assert_eq!(kinds, expected);
        for r in 0..l.result_count() {
            assert_eq!(l.result_index(l.result_kind(r).unwrap()), r);
        }
    }
}
