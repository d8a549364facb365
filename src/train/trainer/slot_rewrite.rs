//! Surgery on a trainer's device-resident values outside the train step: a compiled program
//! rewrites some parameter or optimizer-state slots in place (e.g. restarting codebook rows),
//! so the other values never travel through the host.

use super::Trainer;
use crate::graph::TensorType;
use crate::host::HostTensor;
use crate::runtime::{DeviceBuffer, Input};
use crate::session::Compiled;
use crate::train::error::TrainError;

impl Trainer {
    /// The position of parameter or optimizer-state tensor `name` among the trainer's
    /// device-resident values (parameters first, then state, in argument order).
    pub fn slot_index(&self, name: &str) -> Option<usize> {
        let params = self.step.params.iter().map(|s| &s.name);
        let state = self.step.state.iter().map(|s| &s.name);
        params.chain(state).position(|n| n == name)
    }

    /// Rewrites some device-resident values in place with `program` (compiled for this
    /// trainer's devices): on each device it takes the values at `slots` (donated, in that
    /// order) then `extra` (uploaded, borrowed), and its outputs, one per slot, become the
    /// new values. For surgery outside the train step (e.g. restarting codebook rows) without
    /// a trip of the other parameters through the host. A failed run loses the state.
    pub fn rewrite_slots(
        &mut self,
        program: &Compiled,
        slots: &[usize],
        extra: &[HostTensor],
    ) -> Result<(), TrainError> {
        let fail = |message: String| TrainError::Step {
            step: self.step.name().to_string(),
            message: format!("rewrite_slots: {message}"),
        };
        let devices = self.compiled.executable().devices().to_vec();
        if program.executable().devices() != devices.as_slice() {
            return Err(fail(format!(
                "runs on devices {:?}, the trainer's on {devices:?}",
                program.executable().devices()
            )));
        }
        let n_slots = self.step.params.len() + self.step.state.len();
        if let Some(&bad) = slots.iter().find(|&&k| k >= n_slots) {
            return Err(fail(format!(
                "slot {bad} out of range (the trainer holds {n_slots})"
            )));
        }
        if (1..slots.len()).any(|i| slots[..i].contains(&slots[i])) {
            return Err(fail(format!("slots {slots:?} name one value twice")));
        }
        if program.output_types().len() != slots.len() {
            return Err(fail(format!(
                "returns {} values for {} slots",
                program.output_types().len(),
                slots.len()
            )));
        }
        let types: Vec<(String, TensorType)> = self
            .step
            .param_types()
            .into_iter()
            .chain(self.step.state_types())
            .collect();
        for (&k, got) in slots.iter().zip(program.output_types()) {
            let (name, want) = &types[k];
            if got != want {
                return Err(fail(format!("returns {got} for `{name}`, which is {want}")));
            }
        }
        if self.slots.iter().any(|s| s.len() != n_slots) {
            return Err(TrainError::Lost {
                step: self.step.name().to_string(),
            });
        }
        let mut uploads = Vec::with_capacity(devices.len());
        for &device in &devices {
            let list = extra
                .iter()
                .map(|h| self.client.to_device(h, device))
                .collect::<Result<Vec<_>, _>>()?;
            uploads.push(list);
        }
        let mut held: Vec<Vec<Option<DeviceBuffer>>> = self
            .slots
            .iter_mut()
            .map(|s| std::mem::take(s).into_iter().map(Some).collect())
            .collect();
        let mut lists: Vec<Vec<Input>> = Vec::with_capacity(devices.len());
        for (values, upload) in held.iter_mut().zip(&uploads) {
            let mut list = Vec::with_capacity(slots.len() + extra.len());
            // Distinct, in-range slots of a full list (checked above): each is there to take.
            list.extend(
                slots
                    .iter()
                    .filter_map(|&k| values[k].take())
                    .map(Input::Donated),
            );
            list.extend(upload.iter().map(Input::Borrowed));
            lists.push(list);
        }
        let outputs = program.execute_sharded(lists)?;
        for (values, new) in held.iter_mut().zip(outputs) {
            for (&k, buffer) in slots.iter().zip(new) {
                values[k] = Some(buffer);
            }
        }
        self.slots = held
            .into_iter()
            .map(|values| values.into_iter().collect::<Option<Vec<_>>>())
            .collect::<Option<Vec<_>>>()
            .unwrap_or_default();
        Ok(())
    }
}
