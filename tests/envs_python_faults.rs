//! Fault handling of the Python environment workers: a killed worker and a hung worker do
//! not stop a batch (the episode is dropped and counted, the worker restarted), and a Python
//! exception reaches the Rust error with its traceback; the episode driver of `viper collect`
//! re-runs an episode whose worker died. Skips like `envs_python` without the Python side.

mod python_envs_support;

use std::process::Command;
use std::time::Duration;

use python_envs_support::{python_envs_installed, short_episodes};
use viper::envs::driver::{run_episodes, DriverPolicy};
use viper::envs::protocol::WorkerFault;
use viper::envs::{
    Action, Env, EnvBatch, PythonEnv, PythonEnvBatch, PythonEnvError, PythonEnvOptions, IMAGE_BYTES,
};

#[test]
fn killing_a_worker_mid_episode_does_not_stop_a_batch_of_four() {
    if !python_envs_installed("killed worker") {
        return;
    }
    let mut batch =
        PythonEnvBatch::new("dmc:cartpole_balance", 4, &short_episodes(6), 100).unwrap();
    let actions = vec![Action::Continuous(vec![0.1]); 4];
    let first = batch.reset().unwrap();
    assert!(first.steps.iter().all(|s| s.is_first));
    for _ in 0..2 {
        batch.step(&actions).unwrap();
    }
    let victim = batch.pids()[1].unwrap();
    let killed = Command::new("kill")
        .args(["-9", &victim.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());

    let after = batch.step(&actions).unwrap();
    assert_eq!(after.dropped, vec![false, true, false, false]);
    assert!(after.steps[1].is_first, "slot 1 starts a new episode");
    assert!(after
        .steps
        .iter()
        .enumerate()
        .all(|(i, s)| i == 1 || !s.is_first));
    assert_eq!(batch.stats().dropped_episodes, 1);
    assert_eq!(batch.stats().restarts, 1);
    assert!(
        batch.stats().recent_faults[0].contains("died"),
        "{:?}",
        batch.stats()
    );
    assert_ne!(batch.pids()[1], Some(victim));

    // The batch keeps stepping: every slot finishes an episode and starts the next one.
    let mut finished = [false; 4];
    for _ in 0..7 {
        let out = batch.step(&actions).unwrap();
        assert!(out.dropped.iter().all(|d| !d));
        for (i, step) in out.steps.iter().enumerate() {
            finished[i] |= step.is_last;
        }
    }
    assert_eq!(finished, [true; 4]);
    assert_eq!(batch.stats().dropped_episodes, 1);
}

#[test]
fn a_hanging_worker_hits_the_timeout_and_is_restarted() {
    if !python_envs_installed("hung worker") {
        return;
    }
    let options = PythonEnvOptions {
        timeout: Duration::from_secs(2),
        ..short_episodes(50)
    };
    let mut batch = PythonEnvBatch::new("dmc:cartpole_balance", 2, &options, 0).unwrap();
    batch.reset().unwrap();
    let hung = batch.pids()[0].unwrap();
    let sleep = WorkerFault {
        action: "sleep".into(),
        on: "step".into(),
        seconds: 600.0,
        message: String::new(),
    };
    batch.inject_fault(0, &sleep).unwrap();
    let actions = vec![Action::Continuous(vec![0.0]); 2];
    let out = batch.step(&actions).unwrap();
    assert_eq!(out.dropped, vec![true, false]);
    assert!(out.steps[0].is_first && !out.steps[1].is_first);
    let fault = &batch.stats().recent_faults[0];
    assert!(fault.contains("did not answer within 2 s"), "{fault}");
    assert_eq!(batch.stats().restarts, 1);
    // The hung process was killed and reaped: signalling it fails.
    let probe = Command::new("kill")
        .args(["-0", &hung.to_string()])
        .output()
        .unwrap();
    assert!(!probe.status.success(), "pid {hung} still alive");
    batch.step(&actions).unwrap();
}

#[test]
fn a_python_exception_reaches_the_rust_error_with_its_traceback() {
    if !python_envs_installed("python exception") {
        return;
    }
    let mut env = PythonEnv::new("dmc:cartpole_balance", &short_episodes(10)).unwrap();
    env.reset(0).unwrap();
    let pid = env.pid();
    let raise = WorkerFault {
        action: "raise".into(),
        on: "step".into(),
        seconds: 0.0,
        message: "injected by the exception test".into(),
    };
    env.inject_fault(&raise).unwrap();
    let err = env.step(&Action::Continuous(vec![0.0])).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("Traceback (most recent call last)"), "{text}");
    assert!(
        text.contains("RuntimeError: injected by the exception test"),
        "{text}"
    );
    assert!(matches!(
        err.downcast_ref::<PythonEnvError>(),
        Some(PythonEnvError::Worker { .. })
    ));
    // An exception leaves the worker up and the episode usable.
    assert_eq!(env.pid(), pid);
    assert!(!env.step(&Action::Continuous(vec![0.0])).unwrap().is_first);

    // A task that fails to load reports the Python error too.
    let err = PythonEnv::new("dmc:cartpole_cartwheel", &short_episodes(10))
        .err()
        .unwrap();
    assert!(
        err.to_string()
            .contains("unknown DMC task 'cartpole_cartwheel'"),
        "{err}"
    );
}

#[test]
fn the_episode_driver_drops_and_reruns_an_episode_whose_worker_died() {
    if !python_envs_installed("driver fault") {
        return;
    }
    let options = short_episodes(4);
    let collect = |fault: Option<&WorkerFault>| {
        let mut first = PythonEnv::new("dmc:cartpole_balance", &options).unwrap();
        if let Some(fault) = fault {
            first.inject_fault(fault).unwrap();
        }
        let second = PythonEnv::new("dmc:cartpole_balance", &options).unwrap();
        let envs: Vec<Box<dyn Env>> = vec![Box::new(first), Box::new(second)];
        let mut batch = EnvBatch::new(envs).unwrap();
        let mut episodes = Vec::new();
        let report = run_episodes(
            &mut batch,
            3,
            9,
            DriverPolicy::Expert { random_prob: 0.0 },
            |episode| {
                episodes.push(episode);
                anyhow::Ok(())
            },
        )
        .unwrap();
        episodes.sort_by_key(|e| e.index);
        (report, episodes)
    };
    // The worker of the first environment exits on its first step, in episode 0.
    let exit = WorkerFault {
        action: "exit".into(),
        on: "step".into(),
        seconds: 0.0,
        message: String::new(),
    };
    let (report, episodes) = collect(Some(&exit));
    assert_eq!(report.dropped_episodes, 1);
    assert!(
        report.faults[0].starts_with("episode 0:"),
        "{:?}",
        report.faults
    );
    assert!(report.faults[0].contains("died"), "{:?}", report.faults);
    assert_eq!(
        episodes.iter().map(|e| e.index).collect::<Vec<_>>(),
        [0, 1, 2]
    );
    // The re-run episode is whole and the same as in a run without a fault.
    let (clean_report, clean) = collect(None);
    assert_eq!(clean_report.dropped_episodes, 0);
    for (faulted, clean) in episodes.iter().zip(&clean) {
        assert_eq!(faulted.frames.len(), 5 * IMAGE_BYTES);
        assert_eq!(faulted.stats.length, 4);
        assert_eq!(faulted.frames, clean.frames, "episode {}", faulted.index);
        assert_eq!(faulted.rewards, clean.rewards);
    }
}
