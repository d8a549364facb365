//! A batch of Python environments stepped together, and kept going through worker faults.
//!
//! Each call sends every request first and then reads every reply, so the worker processes
//! run their steps concurrently. A worker that crashes, hangs past the timeout or raises is
//! recovered in place: it is restarted when it is down, its episode is dropped (and counted),
//! and its slot starts a new episode, which the caller sees as `dropped[i]` with an `is_first`
//! step. Only a worker that cannot be brought back after several tries stops the batch.

use super::env::{Action, ActionSpace, Env, Step};
use super::protocol::WorkerFault;
use super::python_error::PythonEnvError;
use super::python_worker::{PythonEnv, PythonEnvOptions};

/// Recovery attempts for one slot in one call before the batch gives up.
const RECOVERY_ATTEMPTS: usize = 3;
/// Fault messages kept in `FaultStats::recent_faults`.
const RECENT_FAULTS: usize = 16;

/// What the batch survived so far.
#[derive(Clone, Debug, Default)]
pub struct FaultStats {
    /// Episodes cut short by a worker fault (they never reached `is_last`).
    pub dropped_episodes: usize,
    /// Worker processes started again after a crash or a timeout (counted by the workers).
    pub restarts: usize,
    /// The latest faults, oldest first: the full error, with the Python traceback or the
    /// worker's last stderr lines.
    pub recent_faults: Vec<String>,
}

/// One step of every environment in the batch.
#[derive(Clone, Debug)]
pub struct PythonBatchStep {
    pub steps: Vec<Step>,
    /// `dropped[i]`: slot i lost its episode to a fault in this call; `steps[i]` is the first
    /// step of its next episode.
    pub dropped: Vec<bool>,
}

pub struct PythonEnvBatch {
    envs: Vec<PythonEnv>,
    /// The slot's episode has ended (or never started): its next step is a reset.
    needs_reset: Vec<bool>,
    next_seed: u64,
    stats: FaultStats,
}

impl PythonEnvBatch {
    /// Starts `count` workers of `spec`; episode seeds count up from `seed`.
    pub fn new(
        spec: &str,
        count: usize,
        options: &PythonEnvOptions,
        seed: u64,
    ) -> Result<Self, PythonEnvError> {
        if count == 0 {
            return Err(PythonEnvError::Usage {
                task: spec.to_string(),
                detail: "a batch needs at least one environment".into(),
            });
        }
        let envs = PythonEnv::start_many(spec, count, options)?;
        Ok(Self {
            needs_reset: vec![true; envs.len()],
            envs,
            next_seed: seed,
            stats: FaultStats::default(),
        })
    }

    pub fn len(&self) -> usize {
        self.envs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.envs.is_empty()
    }

    pub fn action_space(&self) -> ActionSpace {
        self.envs[0].action_space()
    }

    pub fn stats(&self) -> FaultStats {
        FaultStats {
            restarts: self.envs.iter().map(PythonEnv::restarts).sum(),
            ..self.stats.clone()
        }
    }

    /// The worker process ids (`None` for a worker that is down).
    pub fn pids(&self) -> Vec<Option<u32>> {
        self.envs.iter().map(PythonEnv::pid).collect()
    }

    /// The scripted expert's action for each slot's current state, where the task has one.
    pub fn expert_actions(&mut self) -> Vec<Option<Action>> {
        self.envs
            .iter_mut()
            .map(|env| env.expert_action())
            .collect()
    }

    /// Injects a test fault into one worker (fault tests only).
    pub fn inject_fault(&mut self, slot: usize, fault: &WorkerFault) -> Result<(), PythonEnvError> {
        self.envs[slot].inject_fault(fault)
    }

    /// Starts a new episode in every slot.
    pub fn reset(&mut self) -> Result<PythonBatchStep, PythonEnvError> {
        self.needs_reset.iter_mut().for_each(|r| *r = true);
        self.advance(None)
    }

    /// Steps every slot with its action; a slot whose episode ended on the previous call
    /// starts a new episode instead (its action is ignored).
    pub fn step(&mut self, actions: &[Action]) -> Result<PythonBatchStep, PythonEnvError> {
        if actions.len() != self.envs.len() {
            return Err(PythonEnvError::BadAction {
                task: self.envs[0].name().to_string(),
                detail: format!("{} actions for a batch of {}", actions.len(), self.len()),
            });
        }
        for (env, action) in self.envs.iter().zip(actions) {
            env.check_action(action)?;
        }
        self.advance(Some(actions))
    }

    fn advance(&mut self, actions: Option<&[Action]>) -> Result<PythonBatchStep, PythonEnvError> {
        // Send every request, then read every reply: the workers step concurrently.
        let mut sent = Vec::with_capacity(self.envs.len());
        for i in 0..self.envs.len() {
            let result = match actions {
                Some(actions) if !self.needs_reset[i] => self.envs[i].send_step(&actions[i]),
                _ => {
                    let seed = self.take_seed();
                    self.envs[i].send_reset(seed)
                }
            };
            sent.push(result);
        }
        let mut steps = Vec::with_capacity(self.envs.len());
        let mut dropped = vec![false; self.envs.len()];
        for (i, was_sent) in sent.into_iter().enumerate() {
            let result = was_sent.and_then(|()| self.envs[i].finish());
            let step = match result {
                Ok(step) => step,
                Err(fault) => {
                    dropped[i] = !self.needs_reset[i];
                    self.recover(i, fault)?
                }
            };
            self.needs_reset[i] = step.is_last;
            steps.push(step);
        }
        Ok(PythonBatchStep { steps, dropped })
    }

    /// Brings slot `i` back after `fault`: restarts its worker when it is down and resets it.
    fn recover(&mut self, i: usize, fault: PythonEnvError) -> Result<Step, PythonEnvError> {
        if !self.needs_reset[i] {
            self.stats.dropped_episodes += 1;
        }
        let mut last_fault = fault;
        for _ in 0..RECOVERY_ATTEMPTS {
            self.record(&last_fault);
            if self.envs[i].pid().is_none() {
                if let Err(e) = self.envs[i].restart() {
                    last_fault = e;
                    continue;
                }
            }
            let seed = self.take_seed();
            match self.envs[i]
                .send_reset(seed)
                .and_then(|()| self.envs[i].finish())
            {
                Ok(step) => return Ok(step),
                Err(e) => last_fault = e,
            }
        }
        Err(last_fault)
    }

    fn record(&mut self, fault: &PythonEnvError) {
        if self.stats.recent_faults.len() == RECENT_FAULTS {
            self.stats.recent_faults.remove(0);
        }
        self.stats.recent_faults.push(fault.to_string());
    }

    fn take_seed(&mut self) -> u64 {
        let seed = self.next_seed;
        self.next_seed = self.next_seed.wrapping_add(1);
        seed
    }
}
