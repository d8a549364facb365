//! The recurrent state-space model (DreamerV3 v1 `nets.RSSM`, reference brief §4.2).
//!
//! | symbol | meaning | shape |
//! |--------|---------|-------|
//! | `deter` (h) | deterministic GRU state | `[N, D]` |
//! | `stoch` (z) | one-hot sample of `S` categoricals of `C` classes, straight-through | `[N, S, C]` |
//! | `logits` | log-probabilities of z after the 1% unimix | `[N, S, C]` |
//! | `embed` | encoder output of the current frame | `[N, E]` |
//! | `action` | the previous action (one-hot when discrete) | `[N, A]` |
//! | features | `[deter, flat stoch]` read by every head | `[N, D + S C]` |
//!
//! One imagination step (`img_step`, the prior):
//! `x = NormedDense_U([flat z, clip(a)])`, `g = LN(Linear_3D([h, x]))` split into reset, cand,
//! update; `reset = σ(reset)`, `cand = tanh(reset · cand)`, `update = σ(update − 1)`,
//! `h' = update · cand + (1 − update) · h`; prior logits `= Out_{S C}(NormedDense_U(h'))`.
//! One observation step (`obs_step`, the posterior) runs `img_step` from the previous state
//! (reset to the learned initial state where `is_first`) and then
//! `post logits = Out_{S C}(NormedDense_U([h', embed]))`.
//!
//! The action clip scales an action by `sg(1 / max(1, |a|))` elementwise. The initial state is
//! learned: `h0 = tanh(param)`, `z0 = mode(prior(h0))`, logits zero. `observe` and `imagine`
//! (in `sequence.rs`) run these steps as while loops.
//!
//! Parameter paths under the scope given: `initial`, `img_in`, `gru`, `img_out`, `img_stats`,
//! `obs_out`, `obs_stats` (NormedDense layers carry their norm as `<layer>/norm`).

use super::config::{ActionSpace, DreamerConfig};
use super::layers::{NormedDense, OutputDense};
use crate::graph::ops::random::RngKey;
use crate::graph::Tensor;
use crate::nn::dist::Categorical;
use crate::nn::{Init, Scope};
use crate::DType;

/// A batch of RSSM states (`[N, ..]`, or `[B, T, ..]` / `[H + 1, N, ..]` for sequences).
#[derive(Clone, Debug)]
pub struct RssmState {
    pub deter: Tensor,
    pub stoch: Tensor,
    pub logits: Tensor,
}

impl RssmState {
    /// `[.., D + S C]`: the deterministic state and the flattened stochastic state.
    #[track_caller]
    pub fn features(&self) -> Tensor {
        let rank = self.stoch.rank();
        let flat = self.stoch.flatten(rank.saturating_sub(2), rank);
        Tensor::concatenate(&[&self.deter, &flat], self.deter.rank().saturating_sub(1))
    }

    /// The same state with every gradient stopped.
    #[track_caller]
    pub fn stop_gradient(&self) -> RssmState {
        RssmState {
            deter: self.deter.stop_gradient(),
            stoch: self.stoch.stop_gradient(),
            logits: self.logits.stop_gradient(),
        }
    }

    /// The latent distribution (classes on the last axis; sum over the latents yourself).
    #[track_caller]
    pub fn dist(&self) -> Categorical {
        Categorical::from_logits(&self.logits)
    }

    /// Applies `f` to every tensor (reshapes, transposes, slices).
    pub fn map(&self, f: impl Fn(&Tensor) -> Tensor) -> RssmState {
        RssmState {
            deter: f(&self.deter),
            stoch: f(&self.stoch),
            logits: f(&self.logits),
        }
    }
}

/// An imagined rollout: states and actions `[H + 1, N, ..]`, the start state first.
#[derive(Clone, Debug)]
pub struct Imagined {
    pub states: RssmState,
    pub actions: Tensor,
}

/// How `stoch` is drawn from the latent categoricals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StochSample {
    /// One-hot samples with the straight-through gradient (DreamerV3).
    StraightThrough,
    /// The probabilities themselves: deterministic and smooth, for finite-difference checks
    /// of everything around the sampling (its gradient is the straight-through one).
    Probabilities,
}

/// Configuration of the RSSM (parameters live in the scope).
#[derive(Clone, Debug, PartialEq)]
pub struct Rssm {
    pub deter: usize,
    pub units: usize,
    pub stoch: usize,
    pub classes: usize,
    pub unimix: f64,
    pub embed: usize,
    pub action_dim: usize,
    /// Actions are scaled down to at most this magnitude elementwise (0: off).
    pub action_clip: f64,
    pub sample: StochSample,
    pub param_dtype: DType,
}

/// The width of an action vector fed to the model: one-hot for discrete actions.
pub fn action_dim(space: &ActionSpace) -> usize {
    match *space {
        ActionSpace::Continuous { dim } => dim,
        ActionSpace::Discrete { n } => n,
    }
}

impl Rssm {
    pub fn new(config: &DreamerConfig, action_space: &ActionSpace) -> Self {
        Rssm {
            deter: config.deter,
            units: config.units,
            stoch: config.stoch,
            classes: config.classes,
            unimix: config.unimix,
            embed: config.embed_size(),
            action_dim: action_dim(action_space),
            action_clip: 1.0,
            sample: StochSample::StraightThrough,
            param_dtype: DType::F32,
        }
    }

    pub fn param_dtype(mut self, dtype: DType) -> Self {
        self.param_dtype = dtype;
        self
    }

    pub fn sampling(mut self, sample: StochSample) -> Self {
        self.sample = sample;
        self
    }

    fn stoch_size(&self) -> usize {
        self.stoch * self.classes
    }

    /// Size of `RssmState::features`.
    pub fn feature_size(&self) -> usize {
        self.deter + self.stoch_size()
    }

    fn dense(&self, in_features: usize, out_features: usize) -> NormedDense {
        NormedDense::new(in_features, out_features, self.param_dtype)
    }

    /// `[.., S C]` statistics -> unimixed log-probabilities `[.., S, C]`.
    #[track_caller]
    fn stats(&self, scope: &Scope, name: &str, x: &Tensor) -> Tensor {
        let flat = OutputDense::new(self.units, self.stoch_size(), 1.0, self.param_dtype)
            .forward(&scope.child(name), x);
        let mut dims = flat.dims();
        dims.pop();
        dims.extend([self.stoch, self.classes]);
        let logits = flat.reshape(&dims);
        Categorical::with_unimix(&logits, self.unimix)
            .log_probs()
            .clone()
    }

    #[track_caller]
    fn draw(&self, logits: &Tensor, key: &RngKey) -> Tensor {
        let dist = Categorical::from_logits(logits);
        match self.sample {
            StochSample::StraightThrough => dist.sample(key),
            StochSample::Probabilities => dist.probs(),
        }
    }

    /// Prior logits of a deterministic state.
    #[track_caller]
    fn prior_logits(&self, scope: &Scope, deter: &Tensor) -> Tensor {
        let x = self
            .dense(self.deter, self.units)
            .forward(&scope.child("img_out"), deter);
        self.stats(scope, "img_stats", &x)
    }

    /// The learned initial state for `batch` sequences.
    #[track_caller]
    pub fn initial(&self, scope: &Scope, batch: usize) -> RssmState {
        let param = scope.param("initial", self.param_dtype, &[self.deter], Init::Zeros);
        let deter = param
            .tanh()
            .expand_dims(0)
            .broadcast_to(&[batch, self.deter]);
        let logits = self.prior_logits(scope, &deter);
        let stoch = Categorical::from_logits(&logits).mode();
        RssmState {
            deter,
            stoch,
            logits: logits.zeros_like(),
        }
    }

    /// `a · sg(clip / max(clip, |a|))`.
    #[track_caller]
    fn clip_action(&self, action: &Tensor) -> Tensor {
        if self.action_clip <= 0.0 {
            return action.clone();
        }
        let limit = action.abs().maximum(&action.scalar_like(self.action_clip));
        action * (action.scalar_like(self.action_clip) / limit).stop_gradient()
    }

    /// One prior step from `prev` with the previous `action [N, A]`.
    #[track_caller]
    pub fn img_step(
        &self,
        scope: &Scope,
        prev: &RssmState,
        action: &Tensor,
        key: &RngKey,
    ) -> RssmState {
        let action = self.clip_action(action);
        let rank = prev.stoch.rank();
        let flat = prev.stoch.flatten(rank - 2, rank);
        let x = Tensor::concatenate(&[&flat, &action], rank - 2);
        let x = self
            .dense(self.stoch_size() + self.action_dim, self.units)
            .forward(&scope.child("img_in"), &x);
        let deter = self.gru(scope, &x, &prev.deter);
        let logits = self.prior_logits(scope, &deter);
        let stoch = self.draw(&logits, key);
        RssmState {
            deter,
            stoch,
            logits,
        }
    }

    /// The layer-normed GRU cell (DreamerV3's `_gru`).
    #[track_caller]
    fn gru(&self, scope: &Scope, x: &Tensor, deter: &Tensor) -> Tensor {
        let d = self.deter;
        let joined = Tensor::concatenate(&[deter, x], deter.rank() - 1);
        let gates = self
            .dense(d + self.units, 3 * d)
            .no_activation()
            .forward(&scope.child("gru"), &joined);
        let last = gates.rank() - 1;
        let reset = gates.slice_axis(last, 0, d).sigmoid();
        let cand = (reset * gates.slice_axis(last, d, 2 * d)).tanh();
        let update = (gates.slice_axis(last, 2 * d, 3 * d) - 1.0).sigmoid();
        &update * cand + (-&update + 1.0) * deter
    }

    /// One posterior step: resets to the initial state where `is_first [N]` (0/1 floats or
    /// bool), takes a prior step, then conditions on `embed [N, E]`. Returns (post, prior).
    #[track_caller]
    pub fn obs_step(
        &self,
        scope: &Scope,
        prev: &RssmState,
        action: &Tensor,
        embed: &Tensor,
        is_first: &Tensor,
        key: &RngKey,
    ) -> (RssmState, RssmState) {
        // A rank-0 state is a shape error the layers below report; 0 keeps tracing going.
        let batch = prev.deter.dims().first().copied().unwrap_or(0);
        let first = is_first.convert(prev.deter.dtype());
        // Zero the previous state and action where a sequence starts, then add the initial
        // state there (the reference's mask-and-add, so gradients reach the initial state).
        let mask = |x: &Tensor, keep: &Tensor| {
            let mut dims = vec![batch];
            dims.extend(std::iter::repeat_n(1, x.rank() - 1));
            x * keep.reshape(&dims)
        };
        let keep = -&first + 1.0;
        let initial = self.initial(scope, batch);
        let start = RssmState {
            deter: mask(&prev.deter, &keep) + mask(&initial.deter, &first),
            stoch: mask(&prev.stoch, &keep) + mask(&initial.stoch, &first),
            logits: mask(&prev.logits, &keep) + mask(&initial.logits, &first),
        };
        let action = mask(action, &keep);
        let keys = key.split(2);
        let prior = self.img_step(scope, &start, &action, &keys[0]);
        let x = Tensor::concatenate(&[&prior.deter, embed], 1);
        let x = self
            .dense(self.deter + self.embed, self.units)
            .forward(&scope.child("obs_out"), &x);
        let logits = self.stats(scope, "obs_stats", &x);
        let stoch = self.draw(&logits, &keys[1]);
        let post = RssmState {
            deter: prior.deter.clone(),
            stoch,
            logits,
        };
        (post, prior)
    }
}
