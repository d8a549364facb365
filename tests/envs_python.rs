//! DeepMind Control and Atari through Python worker processes: episodes, flags, frames,
//! experts and scoreboard masks, and the error for a missing install.
//!
//! These need the Python side (`tools/envs/setup`). Without it they print a skip note, unless
//! `VIPER_REQUIRE_PYTHON_ENVS=1` (set by tools/test for CI), where they fail with the command.

mod python_envs_support;

use std::collections::HashSet;

use python_envs_support::{python_envs_installed, short_episodes};
use viper::cli::collect::{collect, episode_seed, CollectArgs, PolicyKind};
use viper::data::{load_episode, EpisodeDataset, Split};
use viper::envs::atari_masks::{apply_mask, scoreboard_mask};
use viper::envs::{
    make, Action, ActionSpace, Env, EnvError, EnvOptions, PythonEnv, PythonEnvError,
    PythonEnvOptions, RenderQuality, Step, IMAGE_BYTES,
};

/// Distinct RGB colours in a frame: a rendered scene has many, a blank buffer one.
fn colours(step: &Step) -> usize {
    step.image
        .chunks_exact(3)
        .map(|p| (p[0], p[1], p[2]))
        .collect::<HashSet<_>>()
        .len()
}

/// Runs one episode with `policy`; returns its steps (the reset step first).
fn run_episode(
    env: &mut dyn Env,
    seed: u64,
    mut policy: impl FnMut(&mut dyn Env) -> Action,
) -> Vec<Step> {
    let mut steps = vec![env.reset(seed).unwrap()];
    while !steps.last().unwrap().is_last {
        let action = policy(env);
        steps.push(env.step(&action).unwrap());
    }
    steps
}

fn check_episode_flags(steps: &[Step], length: usize, terminal_at_end: bool) {
    assert_eq!(steps.len(), length + 1, "reset step plus {length} steps");
    for (t, step) in steps.iter().enumerate() {
        assert_eq!(step.image.len(), IMAGE_BYTES);
        assert_eq!(step.is_first, t == 0, "is_first at {t}");
        assert_eq!(step.is_last, t == length, "is_last at {t}");
        assert_eq!(step.is_terminal, terminal_at_end && t == length);
        assert!(step.reward.is_finite());
    }
    assert_eq!(steps[0].reward, 0.0);
}

#[test]
fn dmc_worker_steps_two_short_episodes_with_flags_frames_and_experts() {
    if !python_envs_installed("dmc worker") {
        return;
    }
    let mut env = PythonEnv::new("dmc:cartpole_swingup", &short_episodes(4)).unwrap();
    assert_eq!(env.action_space(), ActionSpace::Continuous { dim: 1 });
    let mut experts = Vec::new();
    for seed in [1, 2] {
        let steps = run_episode(&mut env, seed, |env| {
            let expert = env.expert_action().expect("cartpole has a scripted expert");
            experts.push(expert.clone());
            expert
        });
        check_episode_flags(&steps, 4, false);
        assert!(
            steps.iter().all(|s| colours(s) > 10),
            "frames are rendered scenes"
        );
    }
    for action in &experts {
        let Action::Continuous(v) = action else {
            panic!("continuous expert")
        };
        assert!(v.len() == 1 && v[0].abs() <= 1.0, "{v:?}");
    }
    // The seed decides the initial state, so the first frame too.
    let again = env.reset(1).unwrap();
    let first = run_episode(&mut env, 1, |_| Action::Continuous(vec![0.0]))[0].clone();
    assert_eq!(again.image, first.image);
    // Stepping past the end is a Python error that keeps the worker up.
    let err = env.step(&Action::Continuous(vec![0.0])).unwrap_err();
    assert!(err.to_string().contains("reset first"), "{err}");
    let err = env.step(&Action::Continuous(vec![0.0, 1.0])).unwrap_err();
    assert!(
        err.to_string().contains("expected 1 values, got 2"),
        "{err}"
    );
    assert!(env.reset(3).unwrap().is_first);
}

#[test]
fn dmc_episode_has_the_reference_length_and_the_expert_beats_random() {
    if !python_envs_installed("dmc episode length") {
        return;
    }
    let options = PythonEnvOptions {
        render: RenderQuality::Fast,
        ..PythonEnvOptions::default()
    };
    let mut env = PythonEnv::new("dmc:pointmass_easy", &options).unwrap();
    // 1000 physics steps at action repeat 2: 500 agent steps after the reset step.
    let expert = run_episode(&mut env, 7, |env| env.expert_action().unwrap());
    check_episode_flags(&expert, 500, false);
    let mut state = 12345u64;
    let random = run_episode(&mut env, 7, |_| {
        let mut draw = || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0
        };
        Action::Continuous(vec![draw(), draw()])
    });
    let total = |steps: &[Step]| steps.iter().map(|s| s.reward).sum::<f32>();
    // Measured: the PD expert scores 850-930, random actions almost 0 (of at most 1000).
    assert!(total(&expert) > 600.0, "expert return {}", total(&expert));
    assert!(total(&random) < 200.0, "random return {}", total(&random));
}

#[test]
fn dmc_fast_rendering_shows_the_same_scene_as_the_reference_rendering() {
    if !python_envs_installed("dmc rendering") {
        return;
    }
    let reference = PythonEnvOptions {
        render: RenderQuality::Default,
        ..short_episodes(3)
    };
    let mut slow = PythonEnv::new("dmc:cartpole_swingup", &reference).unwrap();
    let mut fast = PythonEnv::new("dmc:cartpole_swingup", &short_episodes(3)).unwrap();
    let push = Action::Continuous(vec![1.0]);
    let slow_steps = run_episode(&mut slow, 4, |_| push.clone());
    let fast_steps = run_episode(&mut fast, 4, |_| push.clone());
    for (a, b) in slow_steps.iter().zip(&fast_steps) {
        // Same physics, so the same rewards; only shadows and antialiasing differ in the frame.
        assert_eq!(a.reward, b.reward);
        let diff = a
            .image
            .iter()
            .zip(&b.image)
            .map(|(&x, &y)| (x as f64 - y as f64).abs());
        let mean = diff.sum::<f64>() / IMAGE_BYTES as f64;
        assert!(mean < 10.0, "mean abs pixel difference {mean}");
    }
    // And the frames show the cart moving: the last frame differs from the first.
    assert_ne!(fast_steps[0].image, fast_steps[3].image);
}

#[test]
fn atari_worker_steps_two_short_episodes_with_flags_and_frames() {
    if !python_envs_installed("atari worker") {
        return;
    }
    let mut env = PythonEnv::new("atari:pong", &short_episodes(3)).unwrap();
    assert_eq!(env.action_space(), ActionSpace::Discrete { n: 18 });
    for seed in [1, 2] {
        // An agent-step limit is a truncation: is_last without is_terminal.
        let steps = run_episode(&mut env, seed, |env| {
            assert!(env.expert_action().is_none());
            Action::Discrete(3)
        });
        check_episode_flags(&steps, 3, false);
        assert!(
            steps.iter().all(|s| colours(s) > 2),
            "frames show the court"
        );
    }
    let err = env.step(&Action::Discrete(18)).unwrap_err();
    assert!(err.to_string().contains("below 18"), "{err}");

    // The scoreboard mask covers the rows where pong draws its scores: they hold pixels of a
    // colour other than the court's, and the mask blanks them.
    let mut frame = env.reset(5).unwrap().image;
    let mask = scoreboard_mask("atari:pong").unwrap();
    let court = (
        frame[(40 * 64 + 32) * 3],
        frame[(40 * 64 + 32) * 3 + 1],
        frame[(40 * 64 + 32) * 3 + 2],
    );
    let score_pixels = |frame: &[u8]| {
        frame
            .chunks_exact(3)
            .zip(&mask)
            .filter(|(p, &keep)| {
                keep == 0 && (p[0], p[1], p[2]) != court && p.iter().any(|&c| c > 0)
            })
            .count()
    };
    assert!(score_pixels(&frame) > 10, "no score digits under the mask");
    apply_mask(&mask, &mut frame);
    assert_eq!(score_pixels(&frame), 0);
}

#[test]
fn atari_game_over_ends_the_episode_as_terminal() {
    if !python_envs_installed("atari game over") {
        return;
    }
    // Random play loses breakout's five balls within a few hundred agent steps.
    let mut env = PythonEnv::new("atari:breakout", &PythonEnvOptions::default()).unwrap();
    let mut state = 7u64;
    let mut steps = vec![env.reset(11).unwrap()];
    while !steps.last().unwrap().is_last && steps.len() < 5000 {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        steps.push(
            env.step(&Action::Discrete(((state >> 33) % 18) as usize))
                .unwrap(),
        );
    }
    let last = steps.last().unwrap();
    assert!(
        last.is_last && last.is_terminal,
        "no game over in {} steps",
        steps.len()
    );
    assert!(steps[..steps.len() - 1]
        .iter()
        .all(|s| !s.is_last && !s.is_terminal));
}

#[test]
fn the_registry_makes_dmc_and_atari_environments() {
    if !python_envs_installed("registry") {
        return;
    }
    let options = EnvOptions::new(Some(2), None);
    for (spec, action) in [
        ("dmc:point_mass_easy", Action::Continuous(vec![0.5, -0.5])),
        ("atari:freeway", Action::Discrete(1)),
    ] {
        let mut env = make(spec, &options).unwrap();
        assert_eq!(env.name(), spec);
        let steps = run_episode(&mut *env, 0, |_| action.clone());
        check_episode_flags(&steps, 2, false);
    }
    let zero = EnvOptions::new(Some(0), None);
    let err = make("dmc:point_mass_easy", &zero).err().unwrap();
    assert!(
        matches!(err, EnvError::Python(PythonEnvError::Usage { .. })),
        "{err}"
    );
}

#[test]
fn collect_writes_a_dmc_dataset_that_loads_back_and_replays() {
    if !python_envs_installed("collect dmc") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let args = CollectArgs {
        env: "dmc:cartpole_swingup".into(),
        policy: PolicyKind::Expert,
        random_action_prob: 0.0,
        expert_roam: 0.0,
        episodes: 2,
        out: dir.path().to_path_buf(),
        seed: 4,
        workers: 2,
        episode_length: Some(5),
        action_repeat: None,
        render: RenderQuality::Fast,
        quiet: true,
    };
    let summary = collect(&args).unwrap();
    assert_eq!(summary.task, "cartpole_swingup");
    let dataset = EpisodeDataset::open(dir.path()).unwrap();
    assert_eq!(
        dataset.episodes(Split::Train).count() + dataset.episodes(Split::Test).count(),
        2
    );
    // Each episode replays from its seed with the expert: same frames, same return.
    let mut env = PythonEnv::new("dmc:cartpole_swingup", &short_episodes(5)).unwrap();
    for record in &summary.episodes {
        let path = dir.path().join("cartpole_swingup").join(&record.file);
        let episode = load_episode(&path).unwrap();
        assert_eq!(episode.len, 6);
        let mut step = env.reset(episode_seed(4, record.index)).unwrap();
        assert_eq!(episode.frame(0).unwrap(), step.image.as_slice());
        let mut total = 0.0;
        for t in 1..6 {
            let action = env.expert_action().unwrap();
            step = env.step(&action).unwrap();
            total += step.reward as f64;
            assert_eq!(
                episode.frame(t).unwrap(),
                step.image.as_slice(),
                "frame {t}"
            );
        }
        assert!((record.episode_return - total).abs() < 1e-9);
    }
}

#[test]
fn a_missing_venv_is_reported_with_the_setup_command() {
    let dir = std::env::temp_dir().join(format!("viper-no-venv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("worker.py"), "").unwrap();
    let options = PythonEnvOptions {
        envs_dir: Some(dir.clone()),
        ..PythonEnvOptions::default()
    };
    let err = PythonEnv::new("dmc:cartpole_swingup", &options)
        .err()
        .unwrap();
    assert!(matches!(err, PythonEnvError::MissingVenv { .. }), "{err}");
    assert!(
        err.to_string()
            .contains(&format!("run `{}`", dir.join("setup").display())),
        "{err}"
    );
    let err = PythonEnv::new("gym:cartpole", &options).err().unwrap();
    assert!(matches!(err, PythonEnvError::BadSpec { .. }), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
