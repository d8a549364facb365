//! Typed run configs: a serde struct's defaults, overlaid by a JSON file, overlaid by
//! `--set path.to.key=value` overrides, then deserialised with unknown keys rejected.
//!
//! Config structs use `#[serde(deny_unknown_fields)]`, so a misspelt key is an error naming the
//! key's full path and the file, never silently ignored. Overrides address existing keys only
//! (dot-separated; array elements by index), so a misspelt `--set` path is an error too.
//! The resolved config is written into the run directory (`config.json`) so a run records
//! exactly what it ran with.
//!
//! The defaults define which keys exist, so config structs should serialise every field (no
//! `skip_serializing_if`); an `Option` default of `None` appears as `null` and can be set.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// File name of the resolved config in a run directory.
pub const RESOLVED_CONFIG_FILE: &str = "config.json";

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not valid JSON: {source}")]
    Syntax {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("{origin}: at `{key}`: {message}")]
    Invalid {
        origin: String,
        key: String,
        message: String,
    },
    #[error("--set {given}: expected path.to.key=value")]
    OverrideSyntax { given: String },
    #[error("--set {given}: unknown path `{path}`: no key `{missing}` there (known: {known})")]
    UnknownPath {
        given: String,
        path: String,
        missing: String,
        known: String,
    },
    #[error("the config does not serialise to a JSON object: {0}")]
    Serialize(String),
    #[error(
        "{dir} holds a run with another `{key}` ({saved} there, {current} now); use another --out"
    )]
    OtherRun {
        dir: PathBuf,
        key: String,
        saved: String,
        current: String,
    },
}

/// Command-line options every config-driven subcommand shares (flatten into a clap struct).
#[derive(Clone, Debug, Default, clap::Args)]
pub struct ConfigArgs {
    /// JSON config file overlaid on the defaults.
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Override one config key, e.g. `--set optimizer.learning_rate=3e-4` (repeatable).
    #[arg(long = "set", value_name = "PATH=VALUE")]
    pub overrides: Vec<String>,
}

impl ConfigArgs {
    /// `load_config` with these options.
    pub fn load<T: Serialize + DeserializeOwned>(&self, defaults: T) -> Result<T, ConfigError> {
        load_config(self.config.as_deref(), defaults, &self.overrides)
    }
}

/// Resolves a config: `defaults`, overlaid by the JSON object in `path` (objects merge key by
/// key; anything else replaces), overlaid by `overrides` (`a.b.c=value`, value parsed as JSON,
/// else taken as a string), then deserialised into `T`.
pub fn load_config<T: Serialize + DeserializeOwned>(
    path: Option<&Path>,
    defaults: T,
    overrides: &[String],
) -> Result<T, ConfigError> {
    let mut value =
        serde_json::to_value(&defaults).map_err(|e| ConfigError::Serialize(e.to_string()))?;
    if !value.is_object() {
        return Err(ConfigError::Serialize(format!("got {value}")));
    }
    let mut origin = "defaults".to_string();
    if let Some(path) = path {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let file: Value = serde_json::from_str(&text).map_err(|source| ConfigError::Syntax {
            path: path.to_path_buf(),
            source,
        })?;
        merge(&mut value, file);
        origin = path.display().to_string();
    }
    for given in overrides {
        apply_override(&mut value, given)?;
    }
    if !overrides.is_empty() {
        origin = format!("{origin} with --set {}", overrides.join(" --set "));
    }
    serde_path_to_error::deserialize(value).map_err(|e| ConfigError::Invalid {
        origin,
        key: e.path().to_string(),
        message: e.into_inner().to_string(),
    })
}

/// Overlays `top` on `base`: objects merge recursively, any other value replaces.
fn merge(base: &mut Value, top: Value) {
    match (base, top) {
        (Value::Object(base), Value::Object(top)) => {
            for (key, value) in top {
                match base.get_mut(&key) {
                    Some(existing) => merge(existing, value),
                    None => {
                        base.insert(key, value);
                    }
                }
            }
        }
        (base, top) => *base = top,
    }
}

/// Applies `path.to.key=value` to `config`; every segment of the path must already exist.
fn apply_override(config: &mut Value, given: &str) -> Result<(), ConfigError> {
    let (path, raw) = given
        .split_once('=')
        .ok_or_else(|| ConfigError::OverrideSyntax {
            given: given.to_string(),
        })?;
    if path.is_empty() {
        return Err(ConfigError::OverrideSyntax {
            given: given.to_string(),
        });
    }
    let mut target = config;
    let mut walked: Vec<&str> = Vec::new();
    for segment in path.split('.') {
        let unknown = |known: String| ConfigError::UnknownPath {
            given: given.to_string(),
            path: path.to_string(),
            missing: segment.to_string(),
            known,
        };
        target = match target {
            Value::Object(map) => {
                let known = map
                    .keys()
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .join(", ");
                map.get_mut(segment).ok_or_else(|| unknown(known))?
            }
            Value::Array(items) => {
                let known = format!("indices 0..{}", items.len());
                let index = segment.parse::<usize>().ok().filter(|&i| i < items.len());
                items
                    .get_mut(index.ok_or_else(|| unknown(known))?)
                    .expect("index checked")
            }
            _ => {
                let at = if walked.is_empty() {
                    "the root".to_string()
                } else {
                    walked.join(".")
                };
                return Err(unknown(format!("nothing: `{at}` is not an object")));
            }
        };
        walked.push(segment);
    }
    *target = parse_override_value(raw, target);
    Ok(())
}

/// The value as JSON (`3`, `true`, `[1,2]`, `"x"`), except that a string key keeps the raw text
/// (so `--set name=123` sets the string "123"), and text that is not JSON is a string.
fn parse_override_value(raw: &str, current: &Value) -> Value {
    match serde_json::from_str::<Value>(raw) {
        Ok(parsed) if current.is_string() && !parsed.is_string() => Value::String(raw.to_string()),
        Ok(parsed) => parsed,
        Err(_) => Value::String(raw.to_string()),
    }
}

/// Writes `config` as pretty JSON to `run_dir/config.json` (temp file then rename, so a crash
/// never leaves half a file). Returns the path written.
pub fn write_resolved_config<T: Serialize>(
    run_dir: &Path,
    config: &T,
) -> Result<PathBuf, ConfigError> {
    let path = run_dir.join(RESOLVED_CONFIG_FILE);
    let io = |source| ConfigError::Io {
        path: path.clone(),
        source,
    };
    std::fs::create_dir_all(run_dir).map_err(io)?;
    let mut text =
        serde_json::to_string_pretty(config).map_err(|e| ConfigError::Serialize(e.to_string()))?;
    text.push('\n');
    let temp = run_dir.join(format!("{RESOLVED_CONFIG_FILE}.tmp"));
    std::fs::write(&temp, text).map_err(|source| ConfigError::Io {
        path: temp.clone(),
        source,
    })?;
    std::fs::rename(&temp, &path).map_err(io)?;
    Ok(path)
}

/// A run directory continues only with the config it was started with: compares the config a
/// checkpoint saved with the current one, top-level key by key, except `resumable_key` (the
/// step count, which a resumed run may raise), and names the first key that differs.
pub fn check_same_run<T: Serialize>(
    saved: &serde_json::Value,
    current: &T,
    dir: &Path,
    resumable_key: &str,
) -> Result<(), ConfigError> {
    let mut current =
        serde_json::to_value(current).map_err(|e| ConfigError::Serialize(e.to_string()))?;
    let mut saved = saved.clone();
    for value in [&mut current, &mut saved] {
        if let Some(map) = value.as_object_mut() {
            map.remove(resumable_key);
        }
    }
    if let (Some(saved), Some(current)) = (saved.as_object(), current.as_object()) {
        if let Some(key) = current.keys().find(|k| saved.get(*k) != current.get(*k)) {
            return Err(ConfigError::OtherRun {
                dir: dir.to_path_buf(),
                key: key.clone(),
                saved: saved
                    .get(key)
                    .unwrap_or(&serde_json::Value::Null)
                    .to_string(),
                current: current[key].to_string(),
            });
        }
    }
    Ok(())
}
