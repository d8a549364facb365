//! The host loop's env thread: owns the `EnvBatch`, runs each command list it receives and
//! sends the results back, so the envs step while the main thread drives the device.

use super::AgentError;
use crate::envs::{BatchStep, EnvBatch, EnvCommand};
use std::sync::mpsc;
use std::thread::JoinHandle;

type EnvReply = Result<Vec<Option<BatchStep>>, String>;

/// A running env thread; dropping it stops the thread.
pub struct EnvThread {
    commands: Option<mpsc::Sender<Vec<Option<EnvCommand>>>>,
    replies: mpsc::Receiver<EnvReply>,
    handle: Option<JoinHandle<()>>,
}

fn stopped() -> AgentError {
    AgentError::State("the env thread stopped".into())
}

impl EnvThread {
    pub fn start(mut batch: EnvBatch) -> EnvThread {
        let (commands, inbox) = mpsc::channel::<Vec<Option<EnvCommand>>>();
        let (outbox, replies) = mpsc::channel::<EnvReply>();
        let handle = std::thread::spawn(move || {
            for list in inbox {
                let reply = batch.run(list).map_err(|e| e.to_string());
                if outbox.send(reply).is_err() {
                    break;
                }
            }
        });
        EnvThread {
            commands: Some(commands),
            replies,
            handle: Some(handle),
        }
    }

    /// Starts one command per env (`None`: leave that env alone).
    pub fn send(&self, commands: Vec<Option<EnvCommand>>) -> Result<(), AgentError> {
        self.commands
            .as_ref()
            .ok_or_else(stopped)?
            .send(commands)
            .map_err(|_| stopped())
    }

    /// Waits for the results of the last `send`.
    pub fn receive(&self) -> Result<Vec<Option<BatchStep>>, AgentError> {
        self.replies
            .recv()
            .map_err(|_| stopped())?
            .map_err(|e| AgentError::State(format!("env: {e}")))
    }
}

impl Drop for EnvThread {
    fn drop(&mut self) {
        // Closing the channel ends the thread's loop.
        self.commands.take();
        if let Some(handle) = self.handle.take() {
            let _ = handle.join();
        }
    }
}
