//! A batch of environments stepped together, each in its own thread.
//!
//! Every environment lives in a worker thread for the batch's lifetime; `run` sends one command
//! to each (or skips it), then waits for all replies, so the environments step in parallel.
//! Each worker keeps its environment's episode statistics and reports them on the last step.

use std::sync::mpsc::{channel, Receiver, Sender};
use std::thread::JoinHandle;

use super::error::EnvError;
use super::stats::EpisodeStats;
use super::{Action, ActionSpace, Env, Step};

/// What one environment of the batch should do.
#[derive(Clone, Debug, PartialEq)]
pub enum EnvCommand {
    /// Start a new episode from this seed.
    Reset { seed: u64 },
    /// Take this action.
    Act(Action),
    /// Take the environment's scripted expert action.
    ActExpert,
}

/// One environment's reply.
#[derive(Clone, Debug)]
pub struct BatchStep {
    pub step: Step,
    /// The action taken (none for a reset).
    pub action: Option<Action>,
    /// The episode's statistics, on its last step.
    pub episode: Option<EpisodeStats>,
}

struct Worker {
    name: String,
    commands: Option<Sender<EnvCommand>>,
    replies: Receiver<anyhow::Result<BatchStep>>,
    thread: Option<JoinHandle<()>>,
}

/// Environments stepped together in threads.
pub struct EnvBatch {
    workers: Vec<Worker>,
    action_space: ActionSpace,
}

fn execute(
    env: &mut dyn Env,
    stats: &mut EpisodeStats,
    command: EnvCommand,
) -> anyhow::Result<BatchStep> {
    let (step, action) = match command {
        EnvCommand::Reset { seed } => (env.reset(seed)?, None),
        EnvCommand::Act(action) => (env.step(&action)?, Some(action)),
        EnvCommand::ActExpert => {
            let action = env
                .expert_action()
                .ok_or_else(|| anyhow::anyhow!("{} has no scripted expert", env.name()))?;
            (env.step(&action)?, Some(action))
        }
    };
    let episode = stats.record(&step);
    Ok(BatchStep {
        step,
        action,
        episode,
    })
}

impl EnvBatch {
    /// Starts one worker thread per environment; all must have the same action space.
    pub fn new(envs: Vec<Box<dyn Env>>) -> Result<Self, EnvError> {
        let action_space = envs.first().ok_or(EnvError::EmptyBatch)?.action_space();
        for env in &envs {
            if env.action_space() != action_space {
                return Err(EnvError::BatchMismatch {
                    what: "action spaces",
                    expected: format!("{action_space:?} (as the first environment)"),
                    got: format!("{:?} for {}", env.action_space(), env.name()),
                });
            }
        }
        let workers = envs
            .into_iter()
            .map(|mut env| {
                let name = env.name().to_string();
                let (command_tx, command_rx) = channel::<EnvCommand>();
                let (reply_tx, reply_rx) = channel();
                let thread = std::thread::spawn(move || {
                    let mut stats = EpisodeStats::default();
                    for command in command_rx {
                        let reply = execute(env.as_mut(), &mut stats, command);
                        if reply_tx.send(reply).is_err() {
                            break;
                        }
                    }
                });
                Worker {
                    name,
                    commands: Some(command_tx),
                    replies: reply_rx,
                    thread: Some(thread),
                }
            })
            .collect();
        Ok(Self {
            workers,
            action_space,
        })
    }

    pub fn len(&self) -> usize {
        self.workers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.workers.is_empty()
    }

    pub fn action_space(&self) -> &ActionSpace {
        &self.action_space
    }

    /// The environments' names, in batch order.
    pub fn names(&self) -> Vec<&str> {
        self.workers.iter().map(|w| w.name.as_str()).collect()
    }

    /// Sends `commands[i]` to environment `i` (`None` leaves it idle) and returns the replies in
    /// the same order. The first failing environment's error is returned, after all replied.
    pub fn run(
        &mut self,
        commands: Vec<Option<EnvCommand>>,
    ) -> Result<Vec<Option<BatchStep>>, EnvError> {
        let mut replies = Vec::with_capacity(commands.len());
        let mut first_error = None;
        for (index, reply) in self.run_each(commands)?.into_iter().enumerate() {
            match reply {
                Some(Ok(step)) => replies.push(Some(step)),
                Some(Err(error)) => {
                    first_error.get_or_insert(EnvError::Member {
                        index,
                        env: self.workers[index].name.clone(),
                        error,
                    });
                    replies.push(None);
                }
                None => replies.push(None),
            }
        }
        first_error.map_or(Ok(replies), Err)
    }

    /// Like `run`, but each environment's failure comes back in its own slot, so the caller can
    /// recover that environment (a reset restarts a crashed Python worker) while the others go
    /// on. Only a stopped worker thread fails the whole call.
    pub fn run_each(
        &mut self,
        commands: Vec<Option<EnvCommand>>,
    ) -> Result<Vec<Option<anyhow::Result<BatchStep>>>, EnvError> {
        if commands.len() != self.workers.len() {
            return Err(EnvError::BatchMismatch {
                what: "number of commands",
                expected: self.workers.len().to_string(),
                got: commands.len().to_string(),
            });
        }
        let stopped = |index: usize, worker: &Worker| EnvError::WorkerStopped {
            index,
            env: worker.name.clone(),
        };
        let mut sent = Vec::with_capacity(commands.len());
        for (index, (worker, command)) in self.workers.iter().zip(commands).enumerate() {
            let delivered = match (command, &worker.commands) {
                (None, _) => false,
                (Some(command), Some(tx)) => tx
                    .send(command)
                    .map(|_| true)
                    .map_err(|_| stopped(index, worker))?,
                (Some(_), None) => return Err(stopped(index, worker)),
            };
            sent.push(delivered);
        }
        let mut replies = Vec::with_capacity(sent.len());
        let mut first_stop = None;
        for (index, (worker, delivered)) in self.workers.iter().zip(sent).enumerate() {
            if !delivered {
                replies.push(None);
                continue;
            }
            match worker.replies.recv() {
                Ok(reply) => replies.push(Some(reply)),
                Err(_) => {
                    first_stop.get_or_insert(stopped(index, worker));
                    replies.push(None);
                }
            }
        }
        first_stop.map_or(Ok(replies), Err)
    }

    /// Resets every environment, environment `i` from `seeds[i]`.
    pub fn reset(&mut self, seeds: &[u64]) -> Result<Vec<BatchStep>, EnvError> {
        let commands = seeds
            .iter()
            .map(|&seed| Some(EnvCommand::Reset { seed }))
            .collect();
        self.run_all(commands)
    }

    /// Steps every environment, environment `i` with `actions[i]`.
    pub fn step(&mut self, actions: Vec<Action>) -> Result<Vec<BatchStep>, EnvError> {
        self.run_all(
            actions
                .into_iter()
                .map(|a| Some(EnvCommand::Act(a)))
                .collect(),
        )
    }

    /// Steps every environment with its scripted expert's action.
    pub fn step_expert(&mut self) -> Result<Vec<BatchStep>, EnvError> {
        self.run_all(vec![Some(EnvCommand::ActExpert); self.len()])
    }

    fn run_all(&mut self, commands: Vec<Option<EnvCommand>>) -> Result<Vec<BatchStep>, EnvError> {
        // Every command is `Some`, so every reply is `Some` unless `run` returned an error.
        Ok(self.run(commands)?.into_iter().flatten().collect())
    }
}

impl Drop for EnvBatch {
    fn drop(&mut self) {
        for worker in &mut self.workers {
            worker.commands = None; // closing the channel ends the worker's loop
        }
        for worker in &mut self.workers {
            if let Some(thread) = worker.thread.take() {
                let _ = thread.join();
            }
        }
    }
}
