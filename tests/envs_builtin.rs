//! Built-in tasks: experts beat random policies, the episode protocol (time limit, seeding,
//! bad actions), the registry, wrappers and `EnvBatch`. Frames and physics against the state
//! are in `envs_builtin_state.rs`.

use viper::envs::builtin::TASK_NAMES;
use viper::envs::policy::random_action;
use viper::envs::rng::Rng;
use viper::envs::wrappers::{ActionRepeat, TimeLimit};
use viper::envs::{make, Action, Env, EnvBatch, EnvOptions, Step, IMAGE_SHAPE};

fn options(episode_length: usize) -> EnvOptions {
    EnvOptions::new(Some(episode_length), None)
}

/// Mean return over `episodes` episodes (seeds 100, 101, ...) of the expert or a random policy.
fn mean_return(spec: &str, length: usize, episodes: u64, expert: bool) -> f64 {
    let mut env = make(spec, &options(length)).unwrap();
    let mut rng = Rng::new(7);
    let mut total = 0.0;
    for seed in 100..100 + episodes {
        let mut step = env.reset(seed).unwrap();
        let mut steps = 0;
        while !step.is_last {
            let action = if expert {
                env.expert_action().unwrap()
            } else {
                random_action(&env.action_space(), &mut rng)
            };
            step = env.step(&action).unwrap();
            // Each physics step's reward is in [0, 1]; an agent step sums 2 of them.
            assert!(
                (0.0..=2.0).contains(&step.reward),
                "{spec}: reward {}",
                step.reward
            );
            total += step.reward as f64;
            steps += 1;
        }
        assert_eq!(steps, length);
    }
    total / episodes as f64
}

#[test]
fn experts_are_far_above_random_policies() {
    for task in TASK_NAMES {
        // Swing-up spends its first ~3 s swinging, so it gets a longer (still short) episode.
        let length = if task == "cartpole_swingup" { 300 } else { 200 };
        let spec = format!("builtin:{task}");
        let expert = mean_return(&spec, length, 3, true);
        let random = mean_return(&spec, length, 3, false);
        // The best possible return is 2 per agent step (reward 1 on both physics steps).
        let best = 2.0 * length as f64;
        println!("{task}: expert {expert:.1}, random {random:.1}, best possible {best}");
        assert!(
            expert - random >= 0.4 * best,
            "{task}: expert {expert:.1} vs random {random:.1}"
        );
    }
}

#[test]
fn episodes_end_at_the_time_limit_as_truncations() {
    for task in TASK_NAMES {
        let mut env = make(&format!("builtin:{task}"), &options(7)).unwrap();
        let first = env.reset(3).unwrap();
        assert!(first.is_first && !first.is_last && !first.is_terminal && first.reward == 0.0);
        assert_eq!(first.image.len(), IMAGE_SHAPE.iter().product::<usize>());
        let zero = Action::Continuous(vec![
            0.0;
            match env.action_space() {
                viper::envs::ActionSpace::Continuous { dim } => dim,
                other => panic!("{task}: unexpected {other:?}"),
            }
        ]);
        for t in 1..=7 {
            let step = env.step(&zero).unwrap();
            assert!(!step.is_first && !step.is_terminal);
            assert_eq!(step.is_last, t == 7, "{task}: step {t}");
        }
        let err = env.step(&zero).unwrap_err().to_string();
        assert!(err.contains("after the episode ended"), "{err}");
    }
}

/// The images and rewards of an expert episode.
fn expert_episode(spec: &str, seed: u64) -> Vec<Step> {
    let mut env = make(spec, &options(20)).unwrap();
    let mut steps = vec![env.reset(seed).unwrap()];
    while !steps.last().unwrap().is_last {
        let action = env.expert_action().unwrap();
        steps.push(env.step(&action).unwrap());
    }
    steps
}

#[test]
fn same_seed_gives_the_same_episode() {
    for task in TASK_NAMES {
        let spec = format!("builtin:{task}");
        assert_eq!(
            expert_episode(&spec, 11),
            expert_episode(&spec, 11),
            "{task}"
        );
        assert_ne!(
            expert_episode(&spec, 11)[0].image,
            expert_episode(&spec, 12)[0].image,
            "{task}"
        );
    }
}

#[test]
fn bad_actions_and_unknown_specs_are_explained() {
    let mut env = make("builtin:pointmass", &EnvOptions::default()).unwrap();
    let err = env
        .step(&Action::Continuous(vec![0.0, 0.0]))
        .unwrap_err()
        .to_string();
    assert!(err.contains("before reset"), "{err}");
    env.reset(0).unwrap();
    let err = env
        .step(&Action::Continuous(vec![0.0]))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("builtin:pointmass")
            && err.contains("2 finite values")
            && err.contains("got 1"),
        "{err}"
    );
    let err = env.step(&Action::Discrete(1)).unwrap_err().to_string();
    assert!(err.contains("discrete"), "{err}");
    let err = env
        .step(&Action::Continuous(vec![f32::NAN, 0.0]))
        .unwrap_err()
        .to_string();
    assert!(err.contains("NaN"), "{err}");
    let err = make("builtin:pendulum", &EnvOptions::default())
        .err()
        .unwrap()
        .to_string();
    assert!(
        err.contains("pendulum") && TASK_NAMES.iter().all(|t| err.contains(t)),
        "{err}"
    );
    let err = make("mujoco:walker", &EnvOptions::default())
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("mujoco") && err.contains("builtin"), "{err}");
    let err = make("pointmass", &EnvOptions::default())
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("SUITE:TASK"), "{err}");
    let zero = EnvOptions::new(Some(0), None);
    let err = make("builtin:reacher", &zero).err().unwrap().to_string();
    assert!(err.contains("episode_length"), "{err}");
}

#[test]
fn only_the_cartpole_expert_roams_and_within_the_rail() {
    let roam = |expert_roam| EnvOptions {
        expert_roam,
        ..EnvOptions::default()
    };
    for task in ["cartpole_balance", "cartpole_swingup"] {
        make(&format!("builtin:{task}"), &roam(0.5)).unwrap();
        for bad in [1.5, -0.1, f64::NAN] {
            let err = make(&format!("builtin:{task}"), &roam(bad))
                .err()
                .unwrap()
                .to_string();
            assert!(
                err.contains(task) && err.contains("expert_roam") && err.contains("[0, 1]"),
                "{err}"
            );
        }
    }
    for spec in [
        "builtin:pointmass",
        "builtin:reacher",
        "dmc:cartpole_balance",
    ] {
        let err = make(spec, &roam(0.5)).err().unwrap().to_string();
        assert!(
            err.contains(spec) && err.contains("expert_roam") && err.contains("0.5"),
            "{err}"
        );
    }
}

#[test]
fn wrappers_match_the_built_in_repeat_and_limit() {
    let repeat1 = EnvOptions::new(Some(100), Some(1));
    let repeat3 = EnvOptions::new(Some(100), Some(3));
    let mut wrapped = TimeLimit::new(
        ActionRepeat::new(make("builtin:reacher", &repeat1).unwrap(), 3).unwrap(),
        5,
    )
    .unwrap();
    let mut native = make("builtin:reacher", &repeat3).unwrap();
    assert_eq!(wrapped.reset(4).unwrap(), native.reset(4).unwrap());
    let mut rng = Rng::new(1);
    for t in 1..=5 {
        let action = random_action(&native.action_space(), &mut rng);
        let (a, b) = (
            wrapped.step(&action).unwrap(),
            native.step(&action).unwrap(),
        );
        assert_eq!(a.image, b.image);
        assert!((a.reward - b.reward).abs() < 1e-5);
        assert_eq!(a.is_last, t == 5);
        assert!(!b.is_last && !a.is_terminal);
    }
    assert!(wrapped.step(&Action::Continuous(vec![0.0; 2])).is_err());
}

#[test]
fn env_batch_steps_like_separate_environments_and_reports_episodes() {
    let spec = "builtin:cartpole_swingup";
    let mut batch = EnvBatch::new(vec![
        make(spec, &options(4)).unwrap(),
        make(spec, &options(4)).unwrap(),
    ])
    .unwrap();
    let mut separate: Vec<Box<dyn Env>> = vec![
        make(spec, &options(4)).unwrap(),
        make(spec, &options(4)).unwrap(),
    ];
    let first = batch.reset(&[5, 6]).unwrap();
    for (env, (seed, reply)) in separate.iter_mut().zip([5, 6].into_iter().zip(&first)) {
        assert_eq!(env.reset(seed).unwrap(), reply.step);
    }
    let mut returns = [0.0f64; 2];
    for t in 1..=4 {
        let replies = batch.step_expert().unwrap();
        for (i, (env, reply)) in separate.iter_mut().zip(&replies).enumerate() {
            let action = env.expert_action().unwrap();
            assert_eq!(reply.action.as_ref(), Some(&action));
            let step = env.step(&action).unwrap();
            assert_eq!(step, reply.step);
            returns[i] += step.reward as f64;
            match &reply.episode {
                Some(stats) => {
                    assert_eq!(t, 4);
                    assert_eq!(stats.length, 4);
                    assert!((stats.episode_return - returns[i]).abs() < 1e-9);
                }
                None => assert!(t < 4),
            }
        }
    }
    let err = batch.step_expert().unwrap_err().to_string();
    assert!(
        err.contains("environment 0 of the batch") && err.contains("after the episode ended"),
        "{err}"
    );
    let err = batch.reset(&[1]).unwrap_err().to_string();
    assert!(err.contains("number of commands"), "{err}");
    let mixed = EnvBatch::new(vec![
        make("builtin:reacher", &options(4)).unwrap(),
        make(spec, &options(4)).unwrap(),
    ]);
    assert!(mixed.err().unwrap().to_string().contains("action spaces"));
}

/// An environment whose `step` panics, standing in for a crashing worker.
struct PanickingEnv;

impl Env for PanickingEnv {
    fn name(&self) -> &str {
        "test:panicking"
    }

    fn action_space(&self) -> viper::envs::ActionSpace {
        viper::envs::ActionSpace::Continuous { dim: 2 }
    }

    fn reset(&mut self, _seed: u64) -> anyhow::Result<Step> {
        let image = vec![0; IMAGE_SHAPE.iter().product()];
        Ok(Step {
            image,
            reward: 0.0,
            is_first: true,
            is_last: false,
            is_terminal: false,
        })
    }

    fn step(&mut self, _action: &Action) -> anyhow::Result<Step> {
        panic!("deliberate panic in a test environment");
    }

    fn expert_action(&mut self) -> Option<Action> {
        None
    }
}

#[test]
fn env_batch_reports_a_member_without_expert_and_a_stopped_worker() {
    let healthy = make("builtin:pointmass", &options(5)).unwrap();
    let mut batch = EnvBatch::new(vec![healthy, Box::new(PanickingEnv)]).unwrap();
    assert_eq!(batch.names(), vec!["builtin:pointmass", "test:panicking"]);
    batch.reset(&[1, 2]).unwrap();
    let err = batch.step_expert().unwrap_err().to_string();
    assert!(
        err.contains("environment 1") && err.contains("no scripted expert"),
        "{err}"
    );
    let zero = Action::Continuous(vec![0.0, 0.0]);
    let err = batch
        .step(vec![zero.clone(), zero.clone()])
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("environment 1") && err.contains("stopped"),
        "{err}"
    );
    // The healthy environment still answers when the stopped one is left idle.
    let replies = batch
        .run(vec![Some(viper::envs::EnvCommand::Act(zero)), None])
        .unwrap();
    assert!(replies[0].is_some() && replies[1].is_none());
}
