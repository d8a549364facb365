//! `RewardModel`: the VQ-GAN encoder and the VideoGPT scorer compiled once, their parameters
//! uploaded once and borrowed by every call. `score_chunk` turns a run of frames into one
//! reward per step that has a full window (see the `reward` module doc for the policy).

use super::error::RewardError;
use super::programs::{
    code_space, encoder_program, scorer_program, Program, RewardMode, ScoreOutput,
};
use super::scale::RewardScale;
use super::windows::{gather_windows, WindowSpec};
use crate::data::{frames_to_signed_unit, FrameMask};
use crate::envs::{IMAGE_BYTES, IMAGE_SHAPE};
use crate::host::HostTensor;
use crate::models::videogpt::{input_values, AttentionForm, CodeSpace, VideoGptConfig};
use crate::models::vqgan::VqganConfig;
use crate::models::vqgan::CODEBOOK_PARAM;
use crate::nn::ParamTree;
use crate::runtime::{Client, DeviceBuffer, Input};
use crate::session::{Compiled, Session};
use std::cell::{OnceCell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

/// Windows per scorer call unless configured (the reference's `reward_model_batch_size`).
pub const DEFAULT_BATCH_SIZE: usize = 32;

/// The windows left after the full batches of a chunk go to a program compiled for the next
/// multiple of this many windows (compiled on first use), not to a full padded batch: an RL
/// chunk of 64 frames has 49 windows, which is 32 + 24 computed windows instead of 64.
pub const REMAINDER_GRANULE: usize = 8;

/// How the reward is computed; `Default` is the reference's setting.
#[derive(Clone, Debug, PartialEq)]
pub struct RewardOptions {
    pub mode: RewardMode,
    /// Windows per scorer call (the rest of a chunk goes to one call padded to a multiple of
    /// `REMAINDER_GRANULE`).
    pub batch_size: usize,
    /// Frames per encoder call.
    pub encode_batch: usize,
    /// Optional `clip((r - lo) / (hi - lo), 0, 1)`.
    pub scale: Option<RewardScale>,
    /// Multiplied into the frames before encoding.
    pub mask: Option<FrameMask>,
    /// How the VideoGPT computes attention (the forms agree up to rounding; the default is
    /// the model's fastest).
    pub attention: AttentionForm,
}

impl Default for RewardOptions {
    fn default() -> Self {
        RewardOptions {
            mode: RewardMode::Joint,
            batch_size: DEFAULT_BATCH_SIZE,
            encode_batch: DEFAULT_BATCH_SIZE,
            scale: None,
            mask: None,
            attention: AttentionForm::default(),
        }
    }
}

/// The two trained models a reward model is made of.
pub struct RewardModels<'a> {
    pub vqgan_config: &'a VqganConfig,
    /// At least the encoder, `quant_conv` and the codebook (`quantizer/embeddings`).
    pub vqgan_params: &'a ParamTree,
    pub videogpt_config: &'a VideoGptConfig,
    pub videogpt_params: &'a ParamTree,
    /// The task's class id, required by a class-conditional VideoGPT (see `resolve_class`).
    pub class_id: Option<usize>,
}

/// Rewards of consecutive steps: `rewards[i]` belongs to step `first_step + i`.
#[derive(Clone, Debug, PartialEq)]
pub struct StepRewards {
    pub first_step: usize,
    pub rewards: Vec<f64>,
}

impl StepRewards {
    pub fn mean(&self) -> f64 {
        self.rewards.iter().sum::<f64>() / self.rewards.len().max(1) as f64
    }
}

/// A compiled program with its parameter arguments already on the device.
struct Loaded {
    compiled: Compiled,
    params: Vec<DeviceBuffer>,
}

pub struct RewardModel {
    session: Session,
    spec: WindowSpec,
    options: RewardOptions,
    image_size: usize,
    codes: CodeSpace,
    videogpt_config: VideoGptConfig,
    encoder: Loaded,
    /// Compiled scorers by batch size: `batch_size`, and remainder sizes once used.
    scorers: RefCell<BTreeMap<usize, Rc<Scorer>>>,
    /// The task's class id (class-conditional models only).
    class_id: Option<usize>,
    /// The VQ-GAN's codebook `[K, D]`, an argument of every scorer.
    codebook: DeviceBuffer,
    /// The VideoGPT's parameters on the device, by name (shared by the scorer programs).
    videogpt_params: HashMap<String, DeviceBuffer>,
    token_scorer: OnceCell<Scorer>,
}

/// A compiled VideoGPT program: its batch size, its labels argument (class-conditional
/// models) and the names of its parameter arguments.
struct Scorer {
    compiled: Compiled,
    batch: usize,
    labels: Option<DeviceBuffer>,
    param_names: Vec<String>,
}

fn params_error(model: &'static str) -> impl Fn(crate::nn::NnError) -> RewardError {
    move |error| RewardError::Params { model, error }
}

impl RewardModel {
    /// Compiles the encoder and the scorer on `client`'s first device and uploads the
    /// parameters.
    pub fn new(
        client: Client,
        models: &RewardModels,
        options: RewardOptions,
    ) -> Result<RewardModel, RewardError> {
        let config = models.videogpt_config;
        let spec = WindowSpec::new(config.seq_len, config.frame_skip)?;
        if options.batch_size == 0 {
            return Err(RewardError::Zero { what: "batch_size" });
        }
        if options.encode_batch == 0 {
            return Err(RewardError::Zero {
                what: "encode_batch",
            });
        }
        check_class(config, models.class_id)?;
        let session = Session::new(client);
        let upload = |host: &HostTensor| session.client().to_device(host, 0);

        let encoder = encoder_program(models.vqgan_config, options.encode_batch)?;
        let values = models
            .vqgan_params
            .ordered(&encoder.params)
            .map_err(params_error("VQ-GAN"))?;
        let encoder = Loaded {
            compiled: session.compile(&encoder.function)?,
            params: values.iter().map(upload).collect::<Result<_, _>>()?,
        };

        let codes = code_space(models.vqgan_config);
        let output = ScoreOutput::for_mode(options.mode);
        let program = scorer_program(
            config,
            &codes,
            options.attention,
            options.batch_size,
            output,
        )?;
        let class_id = models.class_id.filter(|_| config.class_cond);
        let scorer = Scorer::new(&session, program, options.batch_size, class_id)?;
        let mut videogpt_params = HashMap::new();
        for name in &scorer.param_names {
            let value = models
                .videogpt_params
                .get(name)
                .ok_or_else(|| RewardError::Params {
                    model: "VideoGPT",
                    error: crate::nn::NnError::Missing { name: name.clone() },
                })?;
            videogpt_params.insert(name.clone(), upload(value)?);
        }
        let codebook =
            models
                .vqgan_params
                .get(CODEBOOK_PARAM)
                .ok_or_else(|| RewardError::Params {
                    model: "VQ-GAN",
                    error: crate::nn::NnError::Missing {
                        name: CODEBOOK_PARAM.to_string(),
                    },
                })?;
        let codebook = upload(codebook)?;
        let scorers = BTreeMap::from([(options.batch_size, Rc::new(scorer))]);
        Ok(RewardModel {
            session,
            spec,
            options,
            image_size: models.vqgan_config.image_size,
            codes,
            videogpt_config: config.clone(),
            encoder,
            scorers: RefCell::new(scorers),
            class_id,
            codebook,
            videogpt_params,
            token_scorer: OnceCell::new(),
        })
    }

    pub fn window(&self) -> WindowSpec {
        self.spec
    }

    pub fn options(&self) -> &RewardOptions {
        &self.options
    }

    /// Code tokens per frame, `h * w`.
    pub fn frame_tokens(&self) -> usize {
        self.codes.grid[0] * self.codes.grid[1]
    }

    fn check_frames(&self, frames: &[u8]) -> Result<usize, RewardError> {
        if !frames.len().is_multiple_of(IMAGE_BYTES) {
            let [height, width, _] = IMAGE_SHAPE;
            return Err(RewardError::BadFrames {
                height,
                width,
                frame_bytes: IMAGE_BYTES,
                got: frames.len(),
            });
        }
        Ok(frames.len() / IMAGE_BYTES)
    }

    /// VQ codes of `frames` (uint8 `[N, 64, 64, 3]`), masked first: i32 `[N, h, w]`.
    pub fn encode(&self, frames: &[u8]) -> Result<Vec<i32>, RewardError> {
        let n = self.check_frames(frames)?;
        let mut masked;
        let frames = match &self.options.mask {
            Some(mask) => {
                masked = frames.to_vec();
                mask.apply(&mut masked)?;
                &masked[..]
            }
            None => frames,
        };
        let batch = self.options.encode_batch;
        let tokens = self.frame_tokens();
        let mut codes = Vec::with_capacity(n * tokens);
        for start in (0..n).step_by(batch) {
            // The last call is padded with the final frame; its padded rows are dropped.
            let rows: Vec<&[u8]> = (start..start + batch)
                .map(|i| {
                    let i = i.min(n - 1);
                    &frames[i * IMAGE_BYTES..(i + 1) * IMAGE_BYTES]
                })
                .collect();
            let images = frames_to_signed_unit(&rows, self.image_size)?;
            let images = self.session.client().to_device(&images, 0)?;
            let mut inputs = vec![Input::Borrowed(&images)];
            inputs.extend(self.encoder.params.iter().map(Input::Borrowed));
            let out = self.encoder.compiled.execute(inputs)?.remove(0).to_host()?;
            let values: Vec<i32> = out.to_vec().map_err(crate::session::SessionError::from)?;
            let real = (n - start).min(batch);
            codes.extend_from_slice(&values[..real * tokens]);
        }
        Ok(codes)
    }

    /// Runs a scorer on `count` windows (`i32 [count, T, h, w]`) in batches of the compiled
    /// size; returns each window's output row (`per_window` values).
    fn run_scorer(
        &self,
        scorer: &Scorer,
        windows: &[i32],
        count: usize,
        per_window: usize,
    ) -> Result<Vec<f32>, RewardError> {
        let batch = scorer.batch;
        let window_len = self.spec.seq_len() * self.frame_tokens();
        let [h, w] = self.codes.grid;
        let mut out = Vec::with_capacity(count * per_window);
        for start in (0..count).step_by(batch) {
            let real = (count - start).min(batch);
            let mut data = windows[start * window_len..(start + real) * window_len].to_vec();
            // Pad the last call by repeating its last window.
            let last = data[(real - 1) * window_len..].to_vec();
            for _ in real..batch {
                data.extend_from_slice(&last);
            }
            let host = HostTensor::from_slice(&[batch, self.spec.seq_len(), h, w], &data)
                .expect("internal error: window size from the code grid");
            let codes = self.session.client().to_device(&host, 0)?;
            let mut inputs = input_values(
                Input::Borrowed(&codes),
                scorer.labels.as_ref().map(Input::Borrowed),
                Input::Borrowed(&self.codebook),
            );
            for name in &scorer.param_names {
                let buffer = self
                    .videogpt_params
                    .get(name)
                    .expect("internal error: every program parameter was uploaded");
                inputs.push(Input::Borrowed(buffer));
            }
            let result = scorer.compiled.execute(inputs)?.remove(0).to_host()?;
            let values: Vec<f32> = result
                .to_vec()
                .map_err(crate::session::SessionError::from)?;
            out.extend_from_slice(&values[..real * per_window]);
        }
        Ok(out)
    }

    /// The reward scorer for calls of `batch` windows (compiled on first use).
    fn scorer(&self, batch: usize) -> Result<Rc<Scorer>, RewardError> {
        if let Some(scorer) = self.scorers.borrow().get(&batch) {
            return Ok(scorer.clone());
        }
        let program = scorer_program(
            &self.videogpt_config,
            &self.codes,
            self.options.attention,
            batch,
            ScoreOutput::for_mode(self.options.mode),
        )?;
        let scorer = Rc::new(Scorer::new(&self.session, program, batch, self.class_id)?);
        self.scorers.borrow_mut().insert(batch, scorer.clone());
        Ok(scorer)
    }

    /// The unscaled rewards of already gathered windows (`i32 [count, T, h, w]`): full
    /// batches of `batch_size`, then the rest in one call of the next multiple of
    /// `REMAINDER_GRANULE` windows.
    pub fn score_windows(&self, windows: &[i32], count: usize) -> Result<Vec<f64>, RewardError> {
        let t = self.spec.seq_len();
        let per_window = match self.options.mode {
            RewardMode::Joint => t,
            RewardMode::Conditional => 1,
        };
        let batch = self.options.batch_size;
        let window_len = t * self.frame_tokens();
        let full = count / batch * batch;
        let main = self.scorer(batch)?;
        let mut values = self.run_scorer(&main, &windows[..full * window_len], full, per_window)?;
        if full < count {
            let size = (count - full).div_ceil(REMAINDER_GRANULE) * REMAINDER_GRANULE;
            let scorer = self.scorer(size.min(batch))?;
            let rest = &windows[full * window_len..count * window_len];
            values.extend(self.run_scorer(&scorer, rest, count - full, per_window)?);
        }
        // Joint: the reference's sum of the per-frame log-likelihoods, in f64.
        Ok(values
            .chunks_exact(per_window)
            .map(|row| row.iter().map(|&v| f64::from(v)).sum())
            .collect())
    }

    /// Rewards of the steps `W-1 .. N-1` of `frames` (uint8 `[N, 64, 64, 3]`, consecutive
    /// frames of one episode, the first being step 0): each frame encoded once, the windows
    /// gathered from the codes and scored in batches, then scaled if configured. Fewer than
    /// `W` frames is `EpisodeTooShort`.
    pub fn score_chunk(&self, frames: &[u8]) -> Result<StepRewards, RewardError> {
        let n = self.check_frames(frames)?;
        let steps: Vec<usize> = self.spec.scored_steps(n)?.collect();
        let first = self.spec.first_used_frame();
        let codes = self.encode(&frames[first * IMAGE_BYTES..])?;
        let windows = gather_windows(&self.spec, &codes, self.frame_tokens(), first, &steps);
        let mut rewards = self.score_windows(&windows, steps.len())?;
        if let Some(scale) = &self.options.scale {
            rewards.iter_mut().for_each(|r| *r = scale.apply(*r));
        }
        Ok(StepRewards {
            first_step: self.spec.first_step(),
            rewards,
        })
    }

    /// Per-token log-probabilities `f32 [T, h, w]` of step `step`'s window (the paper's
    /// uncertainty figure); the program is compiled on first use.
    pub fn token_log_probs(&self, frames: &[u8], step: usize) -> Result<Vec<f32>, RewardError> {
        let n = self.check_frames(frames)?;
        let steps = self.spec.scored_steps(n)?;
        if !steps.contains(&step) {
            return Err(RewardError::BadStep {
                step,
                first: steps.start,
                frames: n,
            });
        }
        let indices = self.spec.frame_indices(step);
        let mut window = Vec::with_capacity(indices.len() * IMAGE_BYTES);
        for &i in &indices {
            window.extend_from_slice(&frames[i * IMAGE_BYTES..(i + 1) * IMAGE_BYTES]);
        }
        let codes = self.encode(&window)?;
        let scorer = match self.token_scorer.get() {
            Some(scorer) => scorer,
            None => {
                let program = scorer_program(
                    &self.videogpt_config,
                    &self.codes,
                    self.options.attention,
                    1,
                    ScoreOutput::TokenLogProbs,
                )?;
                let scorer = Scorer::new(&self.session, program, 1, self.class_id)?;
                self.token_scorer.get_or_init(|| scorer)
            }
        };
        let per_window = indices.len() * self.frame_tokens();
        self.run_scorer(scorer, &codes, 1, per_window)
    }
}

impl Scorer {
    fn new(
        session: &Session,
        program: Program,
        batch: usize,
        class_id: Option<usize>,
    ) -> Result<Scorer, RewardError> {
        let labels = match class_id {
            Some(id) => {
                let labels = HostTensor::from_slice(&[batch], &vec![id as i32; batch])
                    .expect("internal error: label count from the batch size");
                Some(session.client().to_device(&labels, 0)?)
            }
            None => None,
        };
        Ok(Scorer {
            compiled: session.compile(&program.function)?,
            batch,
            labels,
            param_names: program.params.iter().map(|p| p.name.clone()).collect(),
        })
    }
}

/// The class id of `task` for a class-conditional model (`None` for an unconditional one,
/// whatever the task): a missing or unknown task is an error listing the known ones.
pub fn resolve_class(
    config: &VideoGptConfig,
    class_map: &std::collections::BTreeMap<String, usize>,
    task: Option<&str>,
) -> Result<Option<usize>, RewardError> {
    if !config.class_cond {
        return Ok(None);
    }
    let known = || class_map.keys().cloned().collect::<Vec<_>>().join(", ");
    let task = task.ok_or_else(|| RewardError::MissingTask { known: known() })?;
    let id = class_map
        .get(task)
        .copied()
        .ok_or_else(|| RewardError::UnknownTask {
            task: task.to_string(),
            known: known(),
        })?;
    Ok(Some(id))
}

fn check_class(config: &VideoGptConfig, class_id: Option<usize>) -> Result<(), RewardError> {
    if !config.class_cond {
        return Ok(());
    }
    let classes = config.n_classes.unwrap_or(0);
    match class_id {
        None => Err(RewardError::MissingTask {
            known: format!("class ids 0..{classes}"),
        }),
        Some(id) if id >= classes => Err(RewardError::ClassOutOfRange {
            task: format!("#{id}"),
            id,
            classes,
        }),
        Some(_) => Ok(()),
    }
}
