//! `PrefetchedBatches`: `FrameBatches` on a background thread, so the next batches are read
//! and converted while the device trains. The thread produces batches `start, start + 1, ..`
//! in order into a bounded channel (`depth` batches ahead), so the batches are exactly those
//! `FrameBatches::batch(k)` gives (same seed, same order), and a resumed run prefetches from
//! its step `k`. Dropping the handle stops the thread.

use super::error::DataError;
use super::frame_batches::FrameBatches;
use crate::host::HostTensor;
use std::sync::mpsc::{sync_channel, Receiver};
use std::thread::JoinHandle;

/// Batches produced ahead on a background thread (see `FrameBatches::prefetch`).
pub struct PrefetchedBatches {
    receiver: Option<Receiver<HostTensor>>,
    worker: Option<JoinHandle<()>>,
    next: u64,
}

impl FrameBatches {
    /// Moves the loader to a background thread producing batches `start, start + 1, ..` at
    /// most `depth` (at least 1) ahead of the consumer.
    pub fn prefetch(mut self, start: u64, depth: usize) -> PrefetchedBatches {
        let (sender, receiver) = sync_channel(depth.max(1));
        let worker = std::thread::Builder::new()
            .name("frame-prefetch".into())
            .spawn(move || {
                let mut k = start;
                // `send` fails once the consumer is dropped: then the thread ends.
                while sender.send(self.batch(k)).is_ok() {
                    k += 1;
                }
            });
        match worker {
            Ok(handle) => PrefetchedBatches {
                receiver: Some(receiver),
                worker: Some(handle),
                next: start,
            },
            Err(_) => PrefetchedBatches {
                receiver: None,
                worker: None,
                next: start,
            },
        }
    }
}

impl PrefetchedBatches {
    /// The index of the batch `next_batch` returns.
    pub fn next_index(&self) -> u64 {
        self.next
    }

    /// The next batch (`FrameBatches::batch(next_index())`), waiting for it if necessary.
    pub fn next_batch(&mut self) -> Result<HostTensor, DataError> {
        let stopped = || DataError::BadInput {
            what: "frame prefetch thread".into(),
            expected: "a running thread".into(),
            got: "a thread that could not start or stopped".into(),
        };
        let batch = self
            .receiver
            .as_ref()
            .ok_or_else(stopped)?
            .recv()
            .map_err(|_| stopped())?;
        self.next += 1;
        Ok(batch)
    }
}

impl Drop for PrefetchedBatches {
    fn drop(&mut self) {
        // Closing the channel unblocks the thread's `send`; it then returns.
        drop(self.receiver.take());
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}
