//! `PJRT_Event`: a completion signal returned by asynchronous PJRT calls (host-to-device
//! copies, device-to-host copies, executions). Awaited, then destroyed on drop.

use std::sync::Arc;

use super::ffi::{self, Args, PjrtEvent};
use super::plugin::{pjrt, PjrtFailure, Plugin};

/// An owned PJRT event (possibly null: some calls may return no event).
pub struct Event {
    plugin: Arc<Plugin>,
    raw: *mut PjrtEvent,
}

impl Event {
    /// Takes ownership of `raw`, an event returned by `plugin` (or null).
    pub fn from_raw(plugin: Arc<Plugin>, raw: *mut PjrtEvent) -> Self {
        Self { plugin, raw }
    }

    /// Blocks until the event fires; returns the error it carries, if any.
    pub fn wait(self) -> Result<(), PjrtFailure> {
        if self.raw.is_null() {
            return Ok(());
        }
        let mut args = ffi::EventAwaitArgs::new();
        args.event = self.raw;
        // SAFETY: `raw` is a live event owned by `self`.
        let err = unsafe { pjrt!(self.plugin, event_await, &mut args) };
        self.plugin.check(err)
    }
}

impl Drop for Event {
    fn drop(&mut self) {
        if self.raw.is_null() {
            return;
        }
        let mut args = ffi::EventDestroyArgs::new();
        args.event = self.raw;
        // SAFETY: `raw` is a live event owned by `self`, destroyed exactly once here.
        let err = unsafe { pjrt!(self.plugin, event_destroy, &mut args) };
        // Nothing to report from a destructor; `check` still frees the error.
        let _ = self.plugin.check(err);
    }
}
