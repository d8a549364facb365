//! Errors of the reward model. Each names what was given and what was expected; underlying
//! errors of the session, graph and parameter layers pass through unchanged.

use crate::data::DataError;
use crate::graph::GraphError;
use crate::nn::NnError;
use crate::runtime::RuntimeError;
use crate::session::SessionError;

#[derive(Debug, thiserror::Error)]
pub enum RewardError {
    // === The model and its inputs ===
    #[error("reward model: {what} must be at least 1, got 0")]
    Zero { what: &'static str },
    #[error(
        "reward model: an episode of {frames} frames is shorter than one window of {window} \
         frames (seq_len {seq_len} x frame_skip {frame_skip}): no step can be scored"
    )]
    EpisodeTooShort {
        frames: usize,
        window: usize,
        seq_len: usize,
        frame_skip: usize,
    },
    #[error("reward model: frames must be uint8 [N, {height}, {width}, 3] ({frame_bytes} bytes a frame), got {got} bytes")]
    BadFrames {
        height: usize,
        width: usize,
        frame_bytes: usize,
        got: usize,
    },
    #[error("reward model: step {step} has no full window (the first scored step is {first}) or lies past the episode's {frames} frames")]
    BadStep {
        step: usize,
        first: usize,
        frames: usize,
    },
    #[error("reward scale: needs finite lo < hi, got lo {lo}, hi {hi}")]
    BadScale { lo: f64, hi: f64 },

    // === Task and class conditioning ===
    #[error("reward model: the VideoGPT is class-conditional; give a task (known: {known})")]
    MissingTask { known: String },
    #[error("reward model: unknown task `{task}` (known: {known})")]
    UnknownTask { task: String, known: String },
    #[error(
        "reward model: class id {id} of task `{task}` is outside the model's {classes} classes"
    )]
    ClassOutOfRange {
        task: String,
        id: usize,
        classes: usize,
    },

    // === Parameters and models ===
    #[error("reward model: the VideoGPT was trained on the VQ-GAN {videogpt}, but the VQ-GAN given is {vqgan}")]
    VqganMismatch { videogpt: String, vqgan: String },
    #[error("reward model: {model} parameters: {error}")]
    Params { model: &'static str, error: NnError },
    #[error("reward model: {model} config: {message}")]
    Config {
        model: &'static str,
        message: String,
    },

    // === Layers below ===
    #[error(transparent)]
    Data(#[from] DataError),
    #[error(transparent)]
    Graph(#[from] GraphError),
    #[error(transparent)]
    Session(#[from] SessionError),
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
}
