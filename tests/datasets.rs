//! Datasets: numpy-written npz files load, our npz files load in numpy (when available),
//! malformed files are reported by name, and `viper collect` output matches the reference
//! layout and loads back with `EpisodeDataset`.

use std::path::{Path, PathBuf};

use viper::cli::collect::{collect, episode_seed, CollectArgs, CollectSummary, PolicyKind};
use viper::cli::show::{show, ShowArgs};
use viper::data::npz::{write_u8_npz, U8Array};
use viper::data::{load_episode, write_episode, Compression, EpisodeDataset, Split};
use viper::envs::{make, Env, EnvOptions, IMAGE_BYTES};

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/npz")
        .join(name)
}

/// The fixture formula of tools/golden/npz_fixtures.py.
fn fixture_value(t: usize, h: usize, w: usize, c: usize) -> u8 {
    ((7 * t + 3 * h + 5 * w + 11 * c) % 256) as u8
}

#[test]
fn reads_episodes_written_by_numpy() {
    for (name, frames) in [
        ("savez_compressed_episode.npz", 3),
        ("savez_episode.npz", 2),
    ] {
        let episode = load_episode(&golden(name)).unwrap();
        assert_eq!(episode.len, frames);
        assert_eq!(episode.frames.len(), frames * IMAGE_BYTES);
        for t in 0..frames {
            let frame = episode.frame(t).unwrap();
            for (i, &value) in frame.iter().enumerate() {
                let (h, w, c) = (i / 192, (i / 3) % 64, i % 3);
                assert_eq!(
                    value,
                    fixture_value(t, h, w, c),
                    "{name} at {t},{h},{w},{c}"
                );
            }
        }
    }
}

fn error_of(path: &Path) -> String {
    load_episode(path).unwrap_err().to_string()
}

#[test]
fn malformed_npz_errors_name_the_file_and_what_was_expected() {
    let err = error_of(&golden("wrong_key.npz"));
    assert!(
        err.contains("wrong_key.npz") && err.contains("arr_0") && err.contains("frames"),
        "{err}"
    );
    let err = error_of(&golden("wrong_dtype.npz"));
    assert!(
        err.contains("wrong_dtype.npz") && err.contains("<f4") && err.contains("uint8"),
        "{err}"
    );
    let err = error_of(&golden("wrong_shape.npz"));
    assert!(
        err.contains("wrong_shape.npz")
            && err.contains("[2, 32, 32, 3]")
            && err.contains("[T, 64, 64, 3]"),
        "{err}"
    );

    let dir = tempfile::tempdir().unwrap();
    let garbage = dir.path().join("garbage.npz");
    std::fs::write(&garbage, b"this is not a zip file").unwrap();
    let err = error_of(&garbage);
    assert!(
        err.contains("garbage.npz") && err.contains("not a readable npz"),
        "{err}"
    );
    // A stored npz whose array data is cut short: the header is fine, the data is not.
    let short = dir.path().join("short.npz");
    let shape = [2, 64, 64, 3];
    let data = vec![1u8; IMAGE_BYTES];
    let array = U8Array {
        name: "arr_0",
        shape: &shape,
        data: &data,
    };
    assert!(write_u8_npz(&short, &[array], Compression::Stored).is_err());
    let header_only = dir.path().join("header_only.npz");
    write_u8_npz(
        &header_only,
        &[U8Array {
            name: "arr_0",
            shape: &[1, 64, 64, 3],
            data: &data,
        }],
        Compression::Stored,
    )
    .unwrap();
    let mut bytes = std::fs::read(&header_only).unwrap();
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&short, bytes).unwrap();
    let err = error_of(&short);
    assert!(err.contains("short.npz"), "{err}");

    // The dataset reader reports the bad file too.
    let train = dir.path().join("root/pointmass/train");
    std::fs::create_dir_all(&train).unwrap();
    std::fs::create_dir_all(dir.path().join("root/pointmass/test")).unwrap();
    std::fs::copy(golden("wrong_shape.npz"), train.join("episode_000000.npz")).unwrap();
    let err = EpisodeDataset::open(dir.path().join("root"))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("episode_000000.npz") && err.contains("[T, 64, 64, 3]"),
        "{err}"
    );
}

#[test]
fn dataset_layout_errors_say_what_layout_is_expected() {
    let dir = tempfile::tempdir().unwrap();
    let err = EpisodeDataset::open(dir.path()).unwrap_err().to_string();
    assert!(err.contains("no task folders"), "{err}");
    std::fs::create_dir_all(dir.path().join("reacher/train")).unwrap();
    let err = EpisodeDataset::open(dir.path()).unwrap_err().to_string();
    assert!(err.contains("`reacher` has no test/"), "{err}");
    let err = EpisodeDataset::open(dir.path().join("reacher"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("one task's folder"), "{err}");
}

/// Python with numpy, if this machine has one (`VIPER_TEST_PYTHON` or `python3`).
fn python_with_numpy() -> Option<String> {
    let python = std::env::var("VIPER_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let probe = std::process::Command::new(&python)
        .args(["-c", "import numpy"])
        .output()
        .ok()?;
    probe.status.success().then_some(python)
}

#[test]
fn written_episodes_round_trip_and_load_in_numpy() {
    let dir = tempfile::tempdir().unwrap();
    let len = 3;
    let frames: Vec<u8> = (0..len * IMAGE_BYTES)
        .map(|i| (i * 31 % 251) as u8)
        .collect();
    for compression in [Compression::Stored, Compression::Deflated] {
        let path = dir.path().join(format!("{compression:?}.npz"));
        write_episode(&path, &frames, len, compression).unwrap();
        let episode = load_episode(&path).unwrap();
        assert_eq!((episode.len, &episode.frames), (len, &frames));
        let Some(python) = python_with_numpy() else {
            println!("numpy not available: skipped reading {compression:?} npz with numpy");
            continue;
        };
        // numpy's view of the file: dtype, shape and the same checksum as ours.
        let script = "import numpy, sys; a = numpy.load(sys.argv[1])['arr_0']; \
                      print(a.dtype, a.shape, int((a.astype('int64') * numpy.arange(a.size).reshape(a.shape) % 1000003).sum()))";
        let output = std::process::Command::new(python)
            .args(["-c", script])
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let checksum: u64 = frames
            .iter()
            .enumerate()
            .map(|(i, &v)| v as u64 * i as u64 % 1000003)
            .sum();
        let expected = format!("uint8 ({len}, 64, 64, 3) {checksum}\n");
        assert_eq!(String::from_utf8_lossy(&output.stdout), expected);
    }
    let err = write_episode(
        &dir.path().join("x.npz"),
        &frames,
        len + 1,
        Compression::Stored,
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("x.npz") && err.contains("episode frames"),
        "{err}"
    );
}

fn collect_args(
    env: &str,
    policy: PolicyKind,
    episodes: usize,
    out: &Path,
    workers: usize,
) -> CollectArgs {
    CollectArgs {
        env: env.into(),
        policy,
        random_action_prob: 0.0,
        expert_roam: 0.0,
        episodes,
        out: out.to_path_buf(),
        seed: 9,
        workers,
        episode_length: Some(6),
        action_repeat: None,
        render: Default::default(),
        quiet: true,
    }
}

#[test]
fn collect_output_matches_the_layout_and_loads_back() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("data");
    let summary = collect(&collect_args(
        "builtin:reacher",
        PolicyKind::Random,
        3,
        &root,
        2,
    ))
    .unwrap();
    assert_eq!((summary.train_episodes, summary.test_episodes), (2, 1));
    let args = collect_args("builtin:pointmass", PolicyKind::Expert, 5, &root, 2);
    let summary = collect(&args).unwrap();
    assert_eq!((summary.train_episodes, summary.test_episodes), (4, 1));

    let dataset = EpisodeDataset::open(&root).unwrap();
    let names: Vec<_> = dataset.class_map().into_iter().collect();
    assert_eq!(
        names,
        vec![("pointmass".to_string(), 0), ("reacher".to_string(), 1)]
    );
    let pointmass = dataset.task("pointmass").unwrap();
    assert_eq!((pointmass.train.len(), pointmass.test.len()), (4, 1));
    assert_eq!(dataset.episodes(Split::Train).count(), 6);
    assert_eq!(dataset.episodes(Split::Test).count(), 2);
    assert!(dataset
        .episodes(Split::Train)
        .all(|(_, file)| file.frames == 7));
    let test = dataset.load_split(Split::Test).unwrap();
    let labels: Vec<usize> = test.iter().map(|(label, _)| *label).collect();
    assert_eq!(labels, vec![0, 1]);
    assert!(test
        .iter()
        .all(|(_, e)| e.len == 7 && e.frames.len() == 7 * IMAGE_BYTES));

    // returns.json lists every episode; each file's first frame is the reset frame of its seed
    // and its return is what stepping the expert from that seed gives.
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("pointmass/returns.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(json["policy"], "expert");
    assert_eq!(json["env"], "builtin:pointmass");
    let records = json["episodes"].as_array().unwrap();
    assert_eq!(records.len(), 5);
    let mut env = make("builtin:pointmass", &EnvOptions::new(Some(6), None)).unwrap();
    for (index, record) in records.iter().enumerate() {
        assert_eq!(record["index"], index);
        let episode = load_episode(
            &root
                .join("pointmass")
                .join(record["file"].as_str().unwrap()),
        )
        .unwrap();
        assert_eq!(episode.len, 7);
        let mut step = env.reset(episode_seed(9, index)).unwrap();
        assert_eq!(episode.frame(0).unwrap(), step.image.as_slice());
        let mut expected_return = 0.0;
        for t in 1..7 {
            let action = env.expert_action().unwrap();
            step = env.step(&action).unwrap();
            expected_return += step.reward as f64;
            assert_eq!(episode.frame(t).unwrap(), step.image.as_slice());
        }
        assert!((record["return"].as_f64().unwrap() - expected_return).abs() < 1e-9);
    }
    let err = collect(&args).unwrap_err().to_string();
    assert!(err.contains("already exists"), "{err}");
}

/// `collect` on `builtin:cartpole_balance` at action repeat 8 (two workers), with `tweak`
/// applied to the arguments last.
fn collect_cartpole(
    out: &Path,
    policy: PolicyKind,
    episodes: usize,
    episode_length: usize,
    tweak: impl FnOnce(&mut CollectArgs),
) -> anyhow::Result<CollectSummary> {
    let mut args = collect_args("builtin:cartpole_balance", policy, episodes, out, 2);
    args.episode_length = Some(episode_length);
    args.action_repeat = Some(8);
    tweak(&mut args);
    collect(&args)
}

#[test]
fn a_noisy_expert_scores_between_the_expert_and_random() {
    let dir = tempfile::tempdir().unwrap();
    let run = |name: &str, policy, random_action_prob| {
        collect_cartpole(&dir.path().join(name), policy, 6, 40, |args| {
            args.random_action_prob = random_action_prob
        })
    };
    let expert = run("expert", PolicyKind::Expert, 0.0).unwrap();
    let noisy = run("noisy", PolicyKind::Expert, 0.3).unwrap();
    let random = run("random", PolicyKind::Random, 0.0).unwrap();
    assert!(
        random.mean_return < noisy.mean_return && noisy.mean_return < expert.mean_return,
        "random {} < noisy {} < expert {}",
        random.mean_return,
        noisy.mean_return,
        expert.mean_return
    );
    assert_eq!(noisy.random_action_prob, 0.3);
    for (policy, p, expected) in [
        (
            PolicyKind::Expert,
            1.5,
            "must be a probability in [0, 1], got 1.5",
        ),
        (PolicyKind::Random, 0.3, "only applies to --policy expert"),
    ] {
        let err = run("bad", policy, p).unwrap_err().to_string();
        assert!(err.contains(expected), "{err}");
    }
}

#[test]
fn a_roaming_expert_moves_its_cart_and_keeps_most_of_the_return() {
    let dir = tempfile::tempdir().unwrap();
    let run = |name: &str, policy, expert_roam| {
        collect_cartpole(&dir.path().join(name), policy, 4, 60, |args| {
            args.expert_roam = expert_roam
        })
    };
    let expert = run("expert", PolicyKind::Expert, 0.0).unwrap();
    let roaming = run("roaming", PolicyKind::Expert, 0.5).unwrap();
    assert_eq!(roaming.expert_roam, 0.5);
    // The cart leaves the centre (DMC's `centered` term costs a little), the pole stays up.
    assert!(
        roaming.mean_return < expert.mean_return && roaming.mean_return > 0.85 * expert.mean_return,
        "roaming {} against the plain expert's {}",
        roaming.mean_return,
        expert.mean_return
    );
    let err = run("bad", PolicyKind::Random, 0.5).unwrap_err().to_string();
    assert!(
        err.contains("--expert-roam only applies to --policy expert"),
        "{err}"
    );
}

#[test]
fn collect_does_not_depend_on_the_worker_count() {
    let dir = tempfile::tempdir().unwrap();
    let (one, three) = (dir.path().join("one"), dir.path().join("three"));
    let a = collect(&collect_args(
        "builtin:cartpole_swingup",
        PolicyKind::Random,
        4,
        &one,
        1,
    ))
    .unwrap();
    let b = collect(&collect_args(
        "builtin:cartpole_swingup",
        PolicyKind::Random,
        4,
        &three,
        3,
    ))
    .unwrap();
    let returns = |s: &viper::cli::collect::CollectSummary| {
        s.episodes
            .iter()
            .map(|e| (e.file.clone(), e.episode_return))
            .collect::<Vec<_>>()
    };
    assert_eq!(returns(&a), returns(&b));
    for record in &a.episodes {
        let load =
            |root: &Path| load_episode(&root.join("cartpole_swingup").join(&record.file)).unwrap();
        assert_eq!(load(&one), load(&three));
    }
}

#[test]
fn show_writes_a_png_grid_and_a_gif() {
    let dir = tempfile::tempdir().unwrap();
    let episode_path = golden("savez_compressed_episode.npz");
    let episode = load_episode(&episode_path).unwrap();
    let png_path = dir.path().join("strip.png");
    let args = ShowArgs {
        episode: episode_path.clone(),
        out: png_path.clone(),
        every: 1,
        columns: 2,
        delay: 4,
    };
    assert_eq!(show(&args).unwrap(), 3);
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&png_path).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((info.width, info.height), (128, 128));
    // Frame 1 sits to the right of frame 0 in the first row of the grid.
    let sheet_pixel =
        |row: usize, col: usize| &pixels[(row * 128 + col) * 3..(row * 128 + col) * 3 + 3];
    assert_eq!(
        sheet_pixel(5, 64 + 7),
        &episode.frame(1).unwrap()[(5 * 64 + 7) * 3..(5 * 64 + 7) * 3 + 3]
    );
    assert_eq!(
        sheet_pixel(64 + 2, 3),
        &episode.frame(2).unwrap()[(2 * 64 + 3) * 3..(2 * 64 + 3) * 3 + 3]
    );

    let gif_path = dir.path().join("episode.gif");
    let args = ShowArgs {
        out: gif_path.clone(),
        every: 2,
        ..args
    };
    assert_eq!(show(&args).unwrap(), 2);
    let mut decoder = gif::DecodeOptions::new()
        .read_info(std::fs::File::open(&gif_path).unwrap())
        .unwrap();
    let mut frames = 0;
    while decoder.read_next_frame().unwrap().is_some() {
        frames += 1;
    }
    assert_eq!(frames, 2);
    let err = show(&ShowArgs {
        out: dir.path().join("x.bmp"),
        ..args
    })
    .unwrap_err()
    .to_string();
    assert!(err.contains(".gif or .png"), "{err}");
}
