//! The world model and its loss (DreamerV3 v1 `WorldModel.loss`, reference brief §4.2, with
//! VIPER's density head and `grad_heads`, §3.4).
//!
//! For a batch of sequences `[B, T, ..]`: the frames are encoded, the RSSM observes them
//! with the *previous* actions (the carried last action, then `action[:, :-1]`), and the
//! heads read the posterior features. Per-step losses `[B, T]`:
//!
//! | term | loss | reads |
//! |------|------|-------|
//! | image | `sum_pixels (decoder(f) - image / 255)^2` | f or sg(f) by `grad_heads` |
//! | reward | `-log p_twohot(reward)` | f or sg(f) (VIPER: sg) |
//! | density | `-log p_twohot(density)` (only with the density head) | f or sg(f) |
//! | cont | `-log p_bernoulli(1 - is_terminal)` | f or sg(f) |
//! | dyn | `max(free, sum_latents KL(sg(post) ‖ prior))` | |
//! | rep | `max(free, sum_latents KL(post ‖ sg(prior)))` | |
//!
//! The loss is `sum_k scale_k · mean(term_k)`. Parameter scopes: `encoder`, `rssm`,
//! `decoder`, `reward`, `cont`, `density` under the scope given.

use super::config::{ActionSpace, DreamerConfig, DreamerConfigError, Head};
use super::decoder::{image_loss, ImageDecoder};
use super::encoder::{ImageEncoder, IMAGE_CHANNELS};
use super::heads::MlpHead;
use super::kl::kl_losses;
use super::rssm::{action_dim, Imagined, Rssm, RssmState, StochSample};
use crate::graph::ops::random::RngKey;
use crate::graph::Tensor;
use crate::nn::dist::{Bernoulli, TwoHotSymlog};
use crate::nn::Scope;
use crate::train::{BatchInput, LossOutput, TrainError, TrainStep};
use crate::DType;

/// The world model's modules (configuration only; parameters live in the scope).
#[derive(Clone, Debug, PartialEq)]
pub struct WorldModel {
    pub config: DreamerConfig,
    pub action_dim: usize,
    pub encoder: ImageEncoder,
    pub decoder: ImageDecoder,
    pub rssm: Rssm,
    pub reward: MlpHead,
    pub cont: MlpHead,
    /// Present when the Prior behaviour uses the VIPER density (`prior_rewards.density > 0`).
    pub density: Option<MlpHead>,
    pub param_dtype: DType,
}

/// One training batch of sequences, as traced tensors.
#[derive(Clone, Debug)]
pub struct WorldModelBatch {
    /// `[B, T, S, S, 3]` u8 (or floats in [0, 255]).
    pub image: Tensor,
    /// `[B, T, A]`: the action taken at each step (one-hot when discrete).
    pub action: Tensor,
    /// `[B, T]`: the reward received on arriving at each step.
    pub reward: Tensor,
    /// `[B, T]` 0/1: the step starts an episode.
    pub is_first: Tensor,
    /// `[B, T]` 0/1: the episode ended in a terminal state here.
    pub is_terminal: Tensor,
    /// `[B, T]`: the VIPER log-likelihood (only read with the density head).
    pub density: Option<Tensor>,
}

/// What the loss returns besides the scalar: per-step terms, metrics and the states the
/// behaviour and the next batch start from.
#[derive(Clone, Debug)]
pub struct WorldModelLoss {
    /// `sum_k scale_k · mean(term_k)`.
    pub loss: Tensor,
    /// Unscaled per-step terms `[B, T]` by name (`image`, `reward`, `density`, `cont`,
    /// `dyn`, `rep`).
    pub terms: Vec<(&'static str, Tensor)>,
    /// Scalars: `<term>_loss` means, `kl` (before free bits), `prior_entropy`,
    /// `post_entropy`.
    pub metrics: Vec<(String, Tensor)>,
    pub embed: Tensor,
    /// Posterior states `[B, T, ..]` (the imagination starts).
    pub post: RssmState,
    pub prior: RssmState,
    /// The last posterior state `[B, ..]` and last action `[B, A]`, to carry into the next
    /// batch of the same sequences.
    pub last_state: RssmState,
    pub last_action: Tensor,
}

impl WorldModel {
    /// Validates `config` and sizes the modules for `action_space`.
    pub fn new(
        config: &DreamerConfig,
        action_space: &ActionSpace,
    ) -> Result<WorldModel, DreamerConfigError> {
        config.validate()?;
        let features = config.feature_size();
        Ok(WorldModel {
            config: config.clone(),
            action_dim: action_dim(action_space),
            encoder: ImageEncoder::new(config),
            decoder: ImageDecoder::new(config),
            rssm: Rssm::new(config, action_space),
            reward: MlpHead::two_hot(config, features),
            cont: MlpHead::cont(config, features),
            density: config
                .has_density_head()
                .then(|| MlpHead::two_hot(config, features)),
            param_dtype: DType::F32,
        })
    }

    /// All parameters (and the float batch inputs it expects) in `dtype` (f64 for checks).
    pub fn param_dtype(mut self, dtype: DType) -> Self {
        self.param_dtype = dtype;
        self.encoder = self.encoder.param_dtype(dtype);
        self.decoder = self.decoder.param_dtype(dtype);
        self.rssm = self.rssm.param_dtype(dtype);
        self.reward = self.reward.param_dtype(dtype);
        self.cont = self.cont.param_dtype(dtype);
        self.density = self.density.map(|h| h.param_dtype(dtype));
        self
    }

    /// How the RSSM draws its latents (`Probabilities` for finite-difference checks).
    pub fn sampling(mut self, sample: StochSample) -> Self {
        self.rssm = self.rssm.sampling(sample);
        self
    }

    /// The batch inputs of a train step over `[batch, length]` sequences, in the order
    /// `WorldModelBatch::from_inputs` reads them: image (u8), action, reward, is_first,
    /// is_terminal, then density when the model has its head.
    pub fn batch_inputs(&self, batch: usize, length: usize) -> Vec<BatchInput> {
        let s = self.config.image_size;
        let float = self.param_dtype;
        let mut inputs = vec![
            BatchInput::new("image", DType::U8, &[batch, length, s, s, IMAGE_CHANNELS]),
            BatchInput::new("action", float, &[batch, length, self.action_dim]),
            BatchInput::new("reward", float, &[batch, length]),
            BatchInput::new("is_first", float, &[batch, length]),
            BatchInput::new("is_terminal", float, &[batch, length]),
        ];
        if self.density.is_some() {
            inputs.push(BatchInput::new("density", float, &[batch, length]));
        }
        inputs
    }

    /// The reward distribution of features `[.., F]`.
    #[track_caller]
    pub fn reward_dist(&self, scope: &Scope, features: &Tensor) -> TwoHotSymlog {
        self.reward.two_hot_dist(&scope.child("reward"), features)
    }

    /// The continue distribution of features `[.., F]`.
    #[track_caller]
    pub fn cont_dist(&self, scope: &Scope, features: &Tensor) -> Bernoulli {
        self.cont.bernoulli(&scope.child("cont"), features)
    }

    /// The density distribution of features `[.., F]` (None without the density head).
    #[track_caller]
    pub fn density_dist(&self, scope: &Scope, features: &Tensor) -> Option<TwoHotSymlog> {
        self.density
            .as_ref()
            .map(|h| h.two_hot_dist(&scope.child("density"), features))
    }

    /// The learned initial RSSM state of `batch` sequences (parameters under `rssm/`).
    #[track_caller]
    pub fn initial(&self, scope: &Scope, batch: usize) -> RssmState {
        self.rssm.initial(&scope.child("rssm"), batch)
    }

    /// `Rssm::imagine` with the RSSM's parameters under `rssm/` of `scope` (the root scope
    /// the loss was traced with): states and actions `[horizon + 1, N, ..]`.
    #[track_caller]
    pub fn imagine(
        &self,
        scope: &Scope,
        start: &RssmState,
        horizon: usize,
        key: &RngKey,
        policy: &dyn Fn(&Tensor, &RngKey) -> Tensor,
    ) -> Imagined {
        self.rssm
            .imagine(&scope.child("rssm"), start, horizon, key, policy)
    }

    /// Features for head `head`: as they are when it is a `grad_heads` member, else with the
    /// gradient stopped.
    fn head_input(&self, head: Head, features: &Tensor) -> Tensor {
        if self.config.grad_head(head) {
            features.clone()
        } else {
            features.stop_gradient()
        }
    }

    /// The world-model loss of `batch`, starting from `carry` (the previous batch's last
    /// state and action) or, when `None`, from the learned initial state and a zero action.
    #[track_caller]
    pub fn loss(
        &self,
        scope: &Scope,
        batch: &WorldModelBatch,
        carry: Option<(&RssmState, &Tensor)>,
        key: &RngKey,
    ) -> WorldModelLoss {
        let (b, t) = match self.check_batch(batch) {
            Ok(sizes) => sizes,
            Err(bad) => return failed_loss(bad),
        };
        let rssm_scope = scope.child("rssm");
        let embed = self.encoder.forward(&scope.child("encoder"), &batch.image); // (B, T, E)
        let (start, prev_action) = match carry {
            Some((state, action)) => (state.clone(), action.clone()),
            None => {
                let initial = self.rssm.initial(&rssm_scope, b);
                let zero =
                    initial
                        .deter
                        .constant_like(0.0, self.param_dtype, &[b, self.action_dim]);
                (initial, zero)
            }
        };
        // Previous actions: the carried one, then the batch's shifted by one step.
        let prev_actions = Tensor::concatenate(
            &[
                &prev_action.expand_dims(1),
                &batch.action.slice_axis(1, 0, t - 1),
            ],
            1,
        ); // (B, T, A)
        let (post, prior) = self.rssm.observe(
            &rssm_scope,
            &embed,
            &prev_actions,
            &batch.is_first,
            &start,
            key,
        );
        let features = post.features(); // (B, T, F)
        let free = self.config.free_nats;
        let (dynamics, representation, kl) = kl_losses(&post, &prior, free);

        let mut terms: Vec<(&'static str, Tensor)> = Vec::new();
        let mean_frame = self.decoder.forward(
            &scope.child("decoder"),
            &self.head_input(Head::Decoder, &features),
        );
        terms.push(("image", image_loss(&mean_frame, &batch.image)));
        let reward = self.reward_dist(scope, &self.head_input(Head::Reward, &features));
        terms.push(("reward", -reward.log_prob(&batch.reward)));
        if let Some(density) = self.density_dist(scope, &self.head_input(Head::Density, &features))
        {
            let target = batch.density.clone().unwrap_or_else(|| {
                batch.reward.fail(
                    "dreamer.WorldModel.loss",
                    "the model has a density head but the batch has no `density`".to_string(),
                )
            });
            terms.push(("density", -density.log_prob(&target)));
        }
        let cont = self.cont_dist(scope, &self.head_input(Head::Cont, &features));
        let cont_target = -batch.is_terminal.convert(self.param_dtype) + 1.0;
        terms.push(("cont", -cont.log_prob(&cont_target)));
        terms.push(("dyn", dynamics));
        terms.push(("rep", representation));

        let scales = &self.config.loss_scales;
        let scale = |name: &str| match name {
            "image" => scales.image,
            "reward" => scales.reward,
            "density" => scales.density,
            "cont" => scales.cont,
            "dyn" => scales.dynamics,
            _ => scales.representation,
        };
        let mut metrics = Vec::new();
        let mut loss: Option<Tensor> = None;
        for (name, term) in &terms {
            let mean = term.mean_all();
            metrics.push((format!("{name}_loss"), mean.clone()));
            let scaled = &mean * scale(name);
            loss = Some(match loss {
                Some(total) => total + scaled,
                None => scaled,
            });
        }
        let loss = loss.expect("internal error: the loss has terms");
        metrics.push(("kl".to_string(), kl.mean_all()));
        let entropy = |s: &RssmState| s.dist().entropy().sum(&[2]).mean_all().stop_gradient();
        metrics.push(("prior_entropy".to_string(), entropy(&prior)));
        metrics.push(("post_entropy".to_string(), entropy(&post)));
        let last = |x: &Tensor| x.slice_axis(1, t - 1, t).squeeze(1);
        WorldModelLoss {
            loss,
            terms,
            metrics,
            embed,
            last_state: post.map(last),
            last_action: last(&batch.action),
            post,
            prior,
        }
    }

    /// `(B, T)` of a well-formed batch, else a poisoned tensor naming the first bad array.
    #[track_caller]
    fn check_batch(&self, batch: &WorldModelBatch) -> Result<(usize, usize), Tensor> {
        let dims = batch.action.dims();
        let s = self.config.image_size;
        let (b, t) = match dims[..] {
            [b, t, a] if t > 0 && a == self.action_dim => (b, t),
            _ => {
                return Err(batch.action.fail(
                    "dreamer.WorldModel.loss",
                    format!(
                        "`action` must be [B, T >= 1, {}], got {}",
                        self.action_dim,
                        batch.action.ty()
                    ),
                ))
            }
        };
        let mut expected = vec![("image", &batch.image, vec![b, t, s, s, IMAGE_CHANNELS])];
        for (name, tensor) in [
            ("reward", &batch.reward),
            ("is_first", &batch.is_first),
            ("is_terminal", &batch.is_terminal),
        ] {
            expected.push((name, tensor, vec![b, t]));
        }
        if let (Some(density), Some(_)) = (&batch.density, &self.density) {
            expected.push(("density", density, vec![b, t]));
        }
        for (name, tensor, want) in expected {
            if tensor.dims() != want {
                return Err(tensor.fail(
                    "dreamer.WorldModel.loss",
                    format!("`{name}` must be {want:?}, got {}", tensor.ty()),
                ));
            }
        }
        Ok((b, t))
    }

    /// The world-model train step (`model_opt`: global-norm clip, then Adam) over the
    /// config's `batch_size x batch_length`, starting every batch from the initial state.
    pub fn train_step(&self, name: &str, devices: usize) -> Result<TrainStep, TrainError> {
        let inputs = self.batch_inputs(self.config.batch_size, self.config.batch_length);
        let optimizer = self.config.model_opt.optimizer();
        TrainStep::trace(name, &inputs, &optimizer, devices, |scope, tensors, key| {
            let batch = WorldModelBatch::from_inputs(tensors)
                .expect("internal error: the step has the world model's batch inputs");
            let out = self.loss(scope, &batch, None, key);
            let mut output = LossOutput::new(out.loss);
            for (metric, value) in out.metrics {
                output = output.metric(&metric, value);
            }
            output
        })
    }
}

/// A loss whose every tensor is the poisoned `bad` (its error is reported by `finish`).
fn failed_loss(bad: Tensor) -> WorldModelLoss {
    let state = RssmState {
        deter: bad.clone(),
        stoch: bad.clone(),
        logits: bad.clone(),
    };
    WorldModelLoss {
        loss: bad.clone(),
        terms: vec![],
        metrics: vec![],
        embed: bad.clone(),
        post: state.clone(),
        prior: state.clone(),
        last_state: state,
        last_action: bad,
    }
}

impl WorldModelBatch {
    /// The batch from tensors in `WorldModel::batch_inputs` order (None when fewer than
    /// the five required ones are given).
    pub fn from_inputs(inputs: &[Tensor]) -> Option<WorldModelBatch> {
        let [image, action, reward, is_first, is_terminal, ..] = inputs else {
            return None;
        };
        Some(WorldModelBatch {
            image: image.clone(),
            action: action.clone(),
            reward: reward.clone(),
            is_first: is_first.clone(),
            is_terminal: is_terminal.clone(),
            density: inputs.get(5).cloned(),
        })
    }
}
