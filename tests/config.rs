//! Config loading: defaults overlaid by a JSON file and `--set` overrides, unknown keys and
//! paths rejected by name, and the resolved config written into the run directory.

use serde::{Deserialize, Serialize};
use viper::config::{load_config, write_resolved_config, RESOLVED_CONFIG_FILE};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Optimizer {
    learning_rate: f64,
    betas: [f64; 2],
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RunConfig {
    name: String,
    steps: u64,
    widths: Vec<u32>,
    optimizer: Optimizer,
    seed: Option<u64>,
}

fn defaults() -> RunConfig {
    RunConfig {
        name: "demo".into(),
        steps: 100,
        widths: vec![16, 32],
        optimizer: Optimizer {
            learning_rate: 1e-3,
            betas: [0.9, 0.999],
        },
        seed: None,
    }
}

fn write(dir: &std::path::Path, text: &str) -> std::path::PathBuf {
    let path = dir.join("run.json");
    std::fs::write(&path, text).unwrap();
    path
}

fn sets(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn file_and_overrides_overlay_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        r#"{"steps": 7, "optimizer": {"learning_rate": 0.5}}"#,
    );
    let overrides = sets(&[
        "optimizer.betas.1=0.95",
        "name=123",
        "seed=42",
        "widths=[1,2,3]",
    ]);
    let config = load_config(Some(&path), defaults(), &overrides).unwrap();
    let expected = RunConfig {
        name: "123".into(),
        steps: 7,
        widths: vec![1, 2, 3],
        optimizer: Optimizer {
            learning_rate: 0.5,
            betas: [0.9, 0.95],
        },
        seed: Some(42),
    };
    assert_eq!(config, expected);
    assert_eq!(load_config(None, defaults(), &[]).unwrap(), defaults());
    // A value that is not JSON is taken as a string.
    let named = load_config(None, defaults(), &sets(&["name=cheetah run"])).unwrap();
    assert_eq!(named.name, "cheetah run");
}

#[test]
fn unknown_keys_in_a_file_are_named_with_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), r#"{"optimizer": {"learning_rat": 0.5}}"#);
    let error = load_config(Some(&path), defaults(), &[])
        .unwrap_err()
        .to_string();
    assert!(error.contains("run.json"), "{error}");
    assert!(error.contains("optimizer.learning_rat"), "{error}");
    assert!(error.contains("unknown field"), "{error}");

    let path = write(dir.path(), r#"{"steps": "many"}"#);
    let error = load_config(Some(&path), defaults(), &[])
        .unwrap_err()
        .to_string();
    assert!(error.contains("at `steps`"), "{error}");

    let path = write(dir.path(), r#"{"steps": 3,}"#);
    let error = load_config(Some(&path), defaults(), &[])
        .unwrap_err()
        .to_string();
    assert!(error.contains("run.json: not valid JSON"), "{error}");
}

#[test]
fn unknown_override_paths_are_named() {
    let error = load_config(None, defaults(), &sets(&["optimizer.lr=3"]))
        .unwrap_err()
        .to_string();
    assert!(error.contains("unknown path `optimizer.lr`"), "{error}");
    assert!(
        error.contains("learning_rate"),
        "lists the known keys: {error}"
    );
    let error = load_config(None, defaults(), &sets(&["widths.5=3"]))
        .unwrap_err()
        .to_string();
    assert!(error.contains("unknown path `widths.5`"), "{error}");
    let error = load_config(None, defaults(), &sets(&["steps.x=3"]))
        .unwrap_err()
        .to_string();
    assert!(error.contains("`steps` is not an object"), "{error}");
    let error = load_config(None, defaults(), &sets(&["steps"]))
        .unwrap_err()
        .to_string();
    assert!(error.contains("expected path.to.key=value"), "{error}");
    let error = load_config(None, defaults(), &sets(&["steps=-1"]))
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("--set steps=-1") && error.contains("at `steps`"),
        "{error}"
    );
}

#[test]
fn resolved_config_round_trips_through_the_run_directory() {
    let dir = tempfile::tempdir().unwrap();
    let config = load_config(None, defaults(), &sets(&["steps=9"])).unwrap();
    let path = write_resolved_config(&dir.path().join("run"), &config).unwrap();
    assert_eq!(path.file_name().unwrap(), RESOLVED_CONFIG_FILE);
    let reloaded = load_config(Some(&path), defaults(), &[]).unwrap();
    assert_eq!(reloaded, config);
}

#[test]
fn config_args_parse_from_the_command_line() {
    use clap::Parser;
    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        config: viper::config::ConfigArgs,
    }
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), r#"{"steps": 5}"#);
    let path = path.to_str().unwrap();
    let args = [
        "viper",
        "--config",
        path,
        "--set",
        "optimizer.learning_rate=0.01",
        "--set",
        "seed=3",
    ];
    let cli = Cli::try_parse_from(args).unwrap();
    let config = cli.config.load(defaults()).unwrap();
    assert_eq!(
        (config.steps, config.optimizer.learning_rate, config.seed),
        (5, 0.01, Some(3))
    );
}
