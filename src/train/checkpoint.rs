//! Checkpoints: one safetensors file (parameters as `params/<name>`, optimizer state under its
//! own `optim/...` names) plus a JSON sidecar (step, config, rng state, tensor names, and the
//! size and FNV-1a hash of the tensors file). Both are written to a temporary file, fsynced
//! and renamed, then the directory is fsynced; the sidecar is written last and is the commit
//! mark, so a crash leaves either a whole checkpoint or none. Only the newest `keep` are kept.
//!
//! Loading verifies the hash and the safetensors structure and refuses a corrupt or truncated
//! checkpoint with a message naming the file (it is never overwritten: saving a step whose
//! sidecar exists is refused). [`check_tensors`] compares loaded tensors with what the model
//! expects and names the first missing, unexpected or mismatched tensor.

use super::safetensors;
use crate::graph::TensorType;
use crate::host::HostTensor;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

const FORMAT: &str = "viper-checkpoint-1";
const PARAM_PREFIX: &str = "params/";

#[derive(Debug, thiserror::Error)]
pub enum CheckpointError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("checkpoint {path} is corrupt or truncated: {message}; refusing to load it (move it away to start from an earlier checkpoint)")]
    Corrupt { path: PathBuf, message: String },
    #[error("checkpoint {path} does not fit the model: {message}")]
    Mismatch { path: PathBuf, message: String },
    #[error("checkpoint {path} already exists; refusing to overwrite it")]
    Exists { path: PathBuf },
}

/// Where the random numbers of a run come from: step `s` draws from a key derived from
/// `(seed, s)`, so the seed and the step restore them exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RngState {
    pub seed: u64,
}

/// Everything a run needs to continue.
#[derive(Clone, Debug, PartialEq)]
pub struct Checkpoint {
    /// Steps completed.
    pub step: u64,
    pub params: Vec<(String, HostTensor)>,
    pub opt_state: Vec<(String, HostTensor)>,
    pub rng: RngState,
    /// The run's configuration, as given.
    pub config: serde_json::Value,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Sidecar {
    format: String,
    step: u64,
    tensors_file: String,
    tensors_bytes: u64,
    tensors_fnv1a64: String,
    params: Vec<String>,
    optimizer_state: Vec<String>,
    rng: RngState,
    config: serde_json::Value,
}

/// 64-bit FNV-1a over the bytes (detects truncation and bit flips; not cryptographic).
fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// A directory of checkpoints `ckpt_<step>.{safetensors,json}`.
pub struct CheckpointDir {
    dir: PathBuf,
    keep: usize,
}

impl CheckpointDir {
    /// Checkpoints in `dir` (created on the first save); keeps the newest `keep` (>= 1).
    pub fn new(dir: impl Into<PathBuf>, keep: usize) -> Self {
        CheckpointDir {
            dir: dir.into(),
            keep: keep.max(1),
        }
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    fn io(path: &Path) -> impl FnOnce(std::io::Error) -> CheckpointError + '_ {
        move |source| CheckpointError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    fn stem(step: u64) -> String {
        format!("ckpt_{step:09}")
    }

    /// The sidecar path of step `step`.
    pub fn sidecar_path(&self, step: u64) -> PathBuf {
        self.dir.join(format!("{}.json", Self::stem(step)))
    }

    /// The tensors path of step `step`.
    pub fn tensors_path(&self, step: u64) -> PathBuf {
        self.dir.join(format!("{}.safetensors", Self::stem(step)))
    }

    /// Steps with a committed checkpoint (a sidecar), oldest first.
    pub fn steps(&self) -> Result<Vec<u64>, CheckpointError> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Self::io(&self.dir)(e)),
        };
        let mut steps = Vec::new();
        for entry in entries {
            let name = entry.map_err(Self::io(&self.dir))?.file_name();
            let name = name.to_string_lossy();
            if let Some(step) = name
                .strip_prefix("ckpt_")
                .and_then(|s| s.strip_suffix(".json"))
                .and_then(|s| s.parse::<u64>().ok())
            {
                steps.push(step);
            }
        }
        steps.sort_unstable();
        Ok(steps)
    }

    /// Writes `bytes` to `path` atomically: temporary file, fsync, rename.
    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> Result<(), CheckpointError> {
        let tmp = path.with_extension("tmp");
        let mut file = File::create(&tmp).map_err(Self::io(&tmp))?;
        file.write_all(bytes).map_err(Self::io(&tmp))?;
        file.sync_all().map_err(Self::io(&tmp))?;
        drop(file);
        fs::rename(&tmp, path).map_err(Self::io(path))
    }

    fn sync_dir(&self) -> Result<(), CheckpointError> {
        File::open(&self.dir)
            .and_then(|d| d.sync_all())
            .map_err(Self::io(&self.dir))
    }

    /// Saves `checkpoint` and removes checkpoints beyond the newest `keep`. Returns the
    /// sidecar's path.
    pub fn save(&self, checkpoint: &Checkpoint) -> Result<PathBuf, CheckpointError> {
        fs::create_dir_all(&self.dir).map_err(Self::io(&self.dir))?;
        let sidecar_path = self.sidecar_path(checkpoint.step);
        if sidecar_path.exists() {
            return Err(CheckpointError::Exists { path: sidecar_path });
        }
        let mut tensors: Vec<(String, HostTensor)> = checkpoint
            .params
            .iter()
            .map(|(n, t)| (format!("{PARAM_PREFIX}{n}"), t.clone()))
            .collect();
        tensors.extend(checkpoint.opt_state.iter().cloned());
        let metadata = BTreeMap::from([
            ("format".to_string(), FORMAT.to_string()),
            ("step".to_string(), checkpoint.step.to_string()),
        ]);
        let bytes = safetensors::encode(&tensors, &metadata);
        let tensors_path = self.tensors_path(checkpoint.step);
        self.write_atomic(&tensors_path, &bytes)?;
        let sidecar = Sidecar {
            format: FORMAT.to_string(),
            step: checkpoint.step,
            tensors_file: format!("{}.safetensors", Self::stem(checkpoint.step)),
            tensors_bytes: bytes.len() as u64,
            tensors_fnv1a64: format!("{:016x}", fnv1a64(&bytes)),
            params: checkpoint.params.iter().map(|(n, _)| n.clone()).collect(),
            optimizer_state: checkpoint
                .opt_state
                .iter()
                .map(|(n, _)| n.clone())
                .collect(),
            rng: checkpoint.rng,
            config: checkpoint.config.clone(),
        };
        let text = serde_json::to_string_pretty(&sidecar).expect("internal error: plain data");
        self.write_atomic(&sidecar_path, text.as_bytes())?;
        self.sync_dir()?;
        self.prune(checkpoint.step)?;
        Ok(sidecar_path)
    }

    /// Removes the oldest checkpoints beyond `keep` (sidecar first: it is the commit mark),
    /// and leftovers of saves a crash interrupted before their sidecar (tensors files and
    /// temporary files of older steps than `saved`, which just committed).
    fn prune(&self, saved: u64) -> Result<(), CheckpointError> {
        let steps = self.steps()?;
        let mut doomed = Vec::new();
        for &step in &steps[..steps.len().saturating_sub(self.keep)] {
            doomed.push(self.sidecar_path(step));
            doomed.push(self.tensors_path(step));
        }
        let entries = fs::read_dir(&self.dir).map_err(Self::io(&self.dir))?;
        for entry in entries {
            let name = entry.map_err(Self::io(&self.dir))?.file_name();
            let name = name.to_string_lossy();
            let step = name
                .strip_prefix("ckpt_")
                .and_then(|s| s.split('.').next())
                .and_then(|s| s.parse::<u64>().ok());
            let uncommitted = step.is_some_and(|s| s < saved && !steps.contains(&s));
            if uncommitted {
                doomed.push(self.dir.join(name.as_ref()));
            }
        }
        if doomed.is_empty() {
            return Ok(());
        }
        for path in doomed {
            match fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Self::io(&path)(e)),
            }
        }
        self.sync_dir()
    }

    /// The newest checkpoint, or `None` when there is none. A corrupt newest checkpoint is an
    /// error (not silently skipped: resuming from an older one would repeat steps unnoticed).
    pub fn load_latest(&self) -> Result<Option<Checkpoint>, CheckpointError> {
        match self.steps()?.last() {
            Some(&step) => self.load(step).map(Some),
            None => Ok(None),
        }
    }

    /// Loads and verifies the checkpoint of step `step`.
    pub fn load(&self, step: u64) -> Result<Checkpoint, CheckpointError> {
        let sidecar_path = self.sidecar_path(step);
        let corrupt = |path: &Path, message: String| CheckpointError::Corrupt {
            path: path.to_path_buf(),
            message,
        };
        let text = fs::read(&sidecar_path).map_err(Self::io(&sidecar_path))?;
        let sidecar: Sidecar = serde_json::from_slice(&text)
            .map_err(|e| corrupt(&sidecar_path, format!("sidecar JSON: {e}")))?;
        if sidecar.format != FORMAT || sidecar.step != step {
            return Err(corrupt(
                &sidecar_path,
                format!(
                    "sidecar says format `{}` step {}, expected `{FORMAT}` step {step}",
                    sidecar.format, sidecar.step
                ),
            ));
        }
        let tensors_path = self.dir.join(&sidecar.tensors_file);
        let bytes = fs::read(&tensors_path).map_err(Self::io(&tensors_path))?;
        if bytes.len() as u64 != sidecar.tensors_bytes {
            return Err(corrupt(
                &tensors_path,
                format!(
                    "{} bytes, the sidecar recorded {}",
                    bytes.len(),
                    sidecar.tensors_bytes
                ),
            ));
        }
        let hash = format!("{:016x}", fnv1a64(&bytes));
        if hash != sidecar.tensors_fnv1a64 {
            return Err(corrupt(
                &tensors_path,
                format!(
                    "FNV-1a hash {hash}, the sidecar recorded {}",
                    sidecar.tensors_fnv1a64
                ),
            ));
        }
        let decoded = safetensors::decode(&bytes).map_err(|m| corrupt(&tensors_path, m))?;
        let mut by_name: BTreeMap<String, HostTensor> = decoded.tensors.into_iter().collect();
        let mut take = |name: String| {
            by_name
                .remove(&name)
                .map(|t| (name.clone(), t))
                .ok_or_else(|| {
                    corrupt(
                        &tensors_path,
                        format!("no tensor `{name}` listed in the sidecar"),
                    )
                })
        };
        let params = sidecar
            .params
            .iter()
            .map(|n| take(format!("{PARAM_PREFIX}{n}")).map(|(_, t)| (n.clone(), t)))
            .collect::<Result<Vec<_>, _>>()?;
        let opt_state = sidecar
            .optimizer_state
            .iter()
            .map(|n| take(n.clone()))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Checkpoint {
            step,
            params,
            opt_state,
            rng: sidecar.rng,
            config: sidecar.config,
        })
    }
}

/// Checks that `tensors` (`what`: "parameter" or "optimizer state") are exactly `expected`
/// by name, dtype and shape, in any order; returns them in `expected`'s order.
pub fn check_tensors(
    path: &Path,
    what: &str,
    tensors: &[(String, HostTensor)],
    expected: &[(String, TensorType)],
) -> Result<Vec<HostTensor>, CheckpointError> {
    let fail = |message: String| CheckpointError::Mismatch {
        path: path.to_path_buf(),
        message,
    };
    let by_name: BTreeMap<&str, &HostTensor> =
        tensors.iter().map(|(n, t)| (n.as_str(), t)).collect();
    let mut out = Vec::with_capacity(expected.len());
    for (name, ty) in expected {
        let t = by_name
            .get(name.as_str())
            .ok_or_else(|| fail(format!("{what} `{name}` ({ty}) is missing")))?;
        let got = TensorType::new(t.dtype(), t.dims());
        if got != *ty {
            return Err(fail(format!(
                "{what} `{name}` is {got}, the model expects {ty}"
            )));
        }
        out.push((*t).clone());
    }
    if let Some((extra, t)) = tensors
        .iter()
        .find(|(n, _)| !expected.iter().any(|(e, _)| e == n))
    {
        let ty = TensorType::new(t.dtype(), t.dims());
        return Err(fail(format!("{what} `{extra}` ({ty}) is not in the model")));
    }
    Ok(out)
}
