//! Episode datasets in the reference's layout:
//! `<root>/<task>/{train,test}/*.npz`, each file one episode with array `arr_0`, uint8
//! `[T, 64, 64, 3]`. Tasks are the sub-folders of `<root>` in alphabetical order, and a task's
//! position is its class label (the reference's `class_map`). Per-task frame masks live in
//! `<root>/mask_map.npz` (`data::masks`); `load_split_masked` applies them. Other files
//! (`returns.json`, the reference's `mask_map.pkl`) are ignored.
//!
//! `EpisodeDataset::open` scans the layout and checks every episode's header (key, dtype,
//! shape) without loading frames; `EpisodeFile::load` reads one episode's frames.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::error::DataError;
use super::masks::MaskMap;
use super::npz::{write_u8_npz, Compression, NpzReader, U8Array};
use crate::envs::IMAGE_SHAPE;

/// The array holding an episode's frames (what `numpy.savez(path, frames)` names it).
pub const FRAMES_KEY: &str = "arr_0";

/// Which part of a task's episodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Split {
    Train,
    Test,
}

impl Split {
    pub const ALL: [Split; 2] = [Split::Train, Split::Test];

    /// The folder name: `train` or `test`.
    pub fn dir_name(self) -> &'static str {
        match self {
            Split::Train => "train",
            Split::Test => "test",
        }
    }
}

/// One episode file and its length in frames (from its header).
#[derive(Clone, Debug, PartialEq)]
pub struct EpisodeFile {
    pub path: PathBuf,
    pub frames: usize,
}

/// The episodes of one task.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskEpisodes {
    /// The folder name, e.g. `cartpole_swingup`.
    pub name: String,
    /// The task's index among the dataset's tasks in alphabetical order.
    pub label: usize,
    pub train: Vec<EpisodeFile>,
    pub test: Vec<EpisodeFile>,
}

impl TaskEpisodes {
    pub fn split(&self, split: Split) -> &[EpisodeFile] {
        match split {
            Split::Train => &self.train,
            Split::Test => &self.test,
        }
    }
}

/// A scanned and validated dataset folder.
#[derive(Clone, Debug, PartialEq)]
pub struct EpisodeDataset {
    root: PathBuf,
    tasks: Vec<TaskEpisodes>,
}

/// One episode's frames, uint8 `[len, 64, 64, 3]` row-major.
#[derive(Clone, Debug, PartialEq)]
pub struct Episode {
    pub frames: Vec<u8>,
    pub len: usize,
}

impl Episode {
    /// Frame `index` as `[64, 64, 3]` bytes.
    pub fn frame(&self, index: usize) -> Option<&[u8]> {
        let size = frame_bytes();
        self.frames.get(index * size..(index + 1) * size)
    }
}

fn frame_bytes() -> usize {
    IMAGE_SHAPE.iter().product()
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, DataError> {
    let mut entries = std::fs::read_dir(dir)
        .map_err(DataError::io(dir))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(DataError::io(dir))?;
    entries.sort();
    Ok(entries)
}

/// Checks a header against the episode format and returns the frame count.
fn episode_length(path: &Path, reader: &mut NpzReader) -> Result<usize, DataError> {
    let header = reader.header(FRAMES_KEY)?;
    let bad = |problem: String| DataError::BadArray {
        path: path.to_path_buf(),
        key: FRAMES_KEY.into(),
        problem,
    };
    if !matches!(header.descr.as_str(), "|u1" | "u1" | "<u1" | ">u1" | "=u1") {
        return Err(bad(format!(
            "dtype {} (numpy descr), expected uint8 ('|u1')",
            header.descr
        )));
    }
    let [h, w, c] = IMAGE_SHAPE;
    match header.shape.as_slice() {
        [t, hh, ww, cc] if *t >= 1 && [*hh, *ww, *cc] == [h, w, c] => {}
        shape => {
            return Err(bad(format!(
                "shape {shape:?}, expected [T, {h}, {w}, {c}] with T >= 1"
            )))
        }
    }
    if header.fortran_order {
        return Err(bad("Fortran order, expected C order".into()));
    }
    Ok(header.shape[0])
}

impl EpisodeDataset {
    /// Scans `<root>/<task>/{train,test}/*.npz` and checks every episode's header.
    pub fn open(root: impl AsRef<Path>) -> Result<Self, DataError> {
        let root = root.as_ref().to_path_buf();
        let layout = |problem: String| DataError::Layout {
            root: root.clone(),
            problem,
        };
        if !root.is_dir() {
            return Err(layout("is not a directory".into()));
        }
        if root.join("train").is_dir() {
            return Err(layout(
                "has a train/ folder, so it looks like one task's folder; pass its parent \
                 (the layout is <root>/<task>/{train,test}/*.npz)"
                    .into(),
            ));
        }
        let mut tasks = Vec::new();
        for task_dir in sorted_entries(&root)?.into_iter().filter(|p| p.is_dir()) {
            let name = task_dir
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let mut splits = BTreeMap::new();
            for split in Split::ALL {
                let dir = task_dir.join(split.dir_name());
                if !dir.is_dir() {
                    return Err(layout(format!(
                        "task folder `{name}` has no {}/ folder (expected <root>/<task>/{{train,test}}/*.npz)",
                        split.dir_name()
                    )));
                }
                let mut files = Vec::new();
                for path in sorted_entries(&dir)? {
                    match path.extension().and_then(|e| e.to_str()) {
                        Some("npz") => {
                            let frames = episode_length(&path, &mut NpzReader::open(&path)?)?;
                            files.push(EpisodeFile { path, frames });
                        }
                        Some("mp4") => {
                            return Err(layout(format!(
                                "{}: mp4 episodes are not supported; convert them to npz",
                                path.display()
                            )))
                        }
                        _ => {}
                    }
                }
                splits.insert(split, files);
            }
            let label = tasks.len();
            let train = splits.remove(&Split::Train).unwrap_or_default();
            let test = splits.remove(&Split::Test).unwrap_or_default();
            tasks.push(TaskEpisodes {
                name,
                label,
                train,
                test,
            });
        }
        if tasks.is_empty() {
            return Err(layout(
                "has no task folders (expected <root>/<task>/{train,test}/*.npz)".into(),
            ));
        }
        Ok(Self { root, tasks })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Tasks in alphabetical order; `tasks()[i].label == i`.
    pub fn tasks(&self) -> &[TaskEpisodes] {
        &self.tasks
    }

    pub fn task(&self, name: &str) -> Option<&TaskEpisodes> {
        self.tasks.iter().find(|t| t.name == name)
    }

    /// Task name to class label, as the reference's `class_map`.
    pub fn class_map(&self) -> BTreeMap<String, usize> {
        self.tasks
            .iter()
            .map(|t| (t.name.clone(), t.label))
            .collect()
    }

    /// Every episode of `split` with its task's label, task by task.
    pub fn episodes(&self, split: Split) -> impl Iterator<Item = (usize, &EpisodeFile)> {
        self.tasks
            .iter()
            .flat_map(move |t| t.split(split).iter().map(move |f| (t.label, f)))
    }

    /// Loads every episode of `split` with its task's label (all frames in memory: for small
    /// datasets and tests; stream with `episodes` and `EpisodeFile::load` otherwise).
    pub fn load_split(&self, split: Split) -> Result<Vec<(usize, Episode)>, DataError> {
        self.episodes(split)
            .map(|(label, file)| Ok((label, file.load()?)))
            .collect()
    }
}

impl EpisodeDataset {
    /// The dataset's frame masks (`<root>/mask_map.npz`), if it has them.
    pub fn masks(&self) -> Result<Option<MaskMap>, DataError> {
        MaskMap::open(&self.root)
    }

    /// `load_split` with each task's frame mask (if any) multiplied into its frames.
    pub fn load_split_masked(
        &self,
        split: Split,
        masks: Option<&MaskMap>,
    ) -> Result<Vec<(usize, Episode)>, DataError> {
        let mut episodes = self.load_split(split)?;
        if let Some(masks) = masks {
            for (label, episode) in &mut episodes {
                masks.apply(&self.tasks[*label].name, &mut episode.frames)?;
            }
        }
        Ok(episodes)
    }
}

impl EpisodeFile {
    /// Reads the episode's frames.
    pub fn load(&self) -> Result<Episode, DataError> {
        load_episode(&self.path)
    }
}

/// Reads and checks one episode file.
pub fn load_episode(path: &Path) -> Result<Episode, DataError> {
    let mut reader = NpzReader::open(path)?;
    let len = episode_length(path, &mut reader)?;
    let (_, frames) = reader.read(FRAMES_KEY)?;
    Ok(Episode { frames, len })
}

/// Writes one episode (`len` frames, uint8 `[len, 64, 64, 3]`) as `arr_0` of the npz `path`,
/// creating parent folders.
pub fn write_episode(
    path: &Path,
    frames: &[u8],
    len: usize,
    compression: Compression,
) -> Result<(), DataError> {
    if len == 0 || frames.len() != len * frame_bytes() {
        return Err(DataError::BadInput {
            what: format!("{}: episode frames", path.display()),
            expected: format!("at least one frame and {len} x {} bytes", frame_bytes()),
            got: format!("{} bytes", frames.len()),
        });
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(DataError::io(parent))?;
    }
    let [h, w, c] = IMAGE_SHAPE;
    let shape = [len, h, w, c];
    write_u8_npz(
        path,
        &[U8Array {
            name: FRAMES_KEY,
            shape: &shape,
            data: frames,
        }],
        compression,
    )
}
