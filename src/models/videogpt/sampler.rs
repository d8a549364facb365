//! Token-by-token sampling with key/value caches (brief §2.6), as one compiled program: a
//! `scan` over the `L` token positions carries every block's cache (`[B, L, H, D]` keys and
//! values, `nn::MultiHeadAttention::decode_step`) and the clip's code buffer `[B, L]`.
//!
//! Step `p` feeds the embedding of token `p - 1` (the start token at `p = 0`) plus position
//! row `p` through the blocks, writes each block's key and value at `p`, and gets the logits
//! of token `p`. Context positions (`p < ctx h w`) keep the given code; later positions take a
//! categorical sample (temperature 1, Gumbel-max on a per-step key), which the next step
//! reads. The context positions run through the same cached steps instead of a separate
//! full pass: one loop, at the price of `ctx h w` short steps (6% of a 16-frame dmc clip
//! with one context frame).
//!
//! `cached_logits` is the same loop with every position a context position: it returns the
//! logits the cached path computes for the true tokens, which must equal the full pass.

use super::model::VideoGpt;
use crate::dtype::DType;
use crate::graph::ops::control::scan;
use crate::graph::ops::random::RngKey;
use crate::graph::{Function, FunctionBuilder, GraphError, Op, Tensor, TensorType};
use crate::nn::{KvCache, ParamSpec, Scope};
use std::cell::RefCell;

/// The result of the decoding loop.
struct Decoded {
    /// `[B, L]` i32.
    codes: Tensor,
    /// `[L, B, K]` per-step logits.
    logits: Tensor,
}

impl VideoGpt {
    /// Samples a clip: `context [B, T, h, w]` i32 (frames `>= ctx_frames` are ignored)
    /// -> codes `[B, T, h, w]` whose first `ctx_frames` frames are the context's and the rest
    /// sampled token by token; `key` seeds the draws.
    #[track_caller]
    pub fn sample(
        &self,
        scope: &Scope,
        context: &Tensor,
        codebook: &Tensor,
        labels: Option<&Tensor>,
        ctx_frames: usize,
        key: &RngKey,
    ) -> Tensor {
        let [t, h, w] = self.clip_shape();
        if ctx_frames > t {
            return context.fail(
                "VideoGpt.sample",
                format!("asks for {ctx_frames} context frames of a {t}-frame clip"),
            );
        }
        let decoded = self.decode(scope, context, codebook, labels, ctx_frames * h * w, key);
        match decoded {
            Ok(d) => d.codes.reshape(&[context.dims()[0], t, h, w]),
            Err(bad) => bad,
        }
    }

    /// Logits `[B, T, h, w, K]` of the true `codes` computed through the cached one-token
    /// path (for checking it against `logits`).
    #[track_caller]
    pub fn cached_logits(
        &self,
        scope: &Scope,
        codes: &Tensor,
        codebook: &Tensor,
        labels: Option<&Tensor>,
    ) -> Tensor {
        let key = RngKey::from_seed(codes, 0);
        match self.decode(scope, codes, codebook, labels, self.tokens(), &key) {
            Ok(d) => {
                let [t, h, w] = self.clip_shape();
                let k = self.code_space().codebook_size;
                d.logits
                    .transpose(&[1, 0, 2])
                    .reshape(&[codes.dims()[0], t, h, w, k])
            }
            Err(bad) => bad,
        }
    }

    /// The decoding loop; positions `< known` keep the given codes.
    #[track_caller]
    fn decode(
        &self,
        scope: &Scope,
        codes: &Tensor,
        codebook: &Tensor,
        labels: Option<&Tensor>,
        known: usize,
        key: &RngKey,
    ) -> Result<Decoded, Tensor> {
        if let Some(bad) = self.check_inputs(codes, codebook, labels) {
            return Err(bad);
        }
        let dtype = codebook.dtype();
        let (b, l) = (codes.dims()[0], self.tokens());
        let e = self.config().embed_dim;
        let inputs = self.input_layers();
        // Loop invariants, computed once outside the loop.
        let projected = inputs.projected_codebook(scope, codebook); // (K, E)
        let sos = inputs.sos(scope, dtype).reshape(&[1, 1, e]);
        let positions = inputs.position_table(scope, dtype); // (L, E)
        let one_hot = self.one_hot(labels, dtype);
        let blocks = self.block_layers();
        let attention = blocks.attention();
        let layers = self.config().num_layers;
        let mut init = vec![codes.reshape(&[b, l])];
        for _ in 0..layers {
            let cache = attention.empty_cache(codes, b, l, dtype);
            init.extend([cache.keys, cache.values]);
        }
        let steps = codes.apply_source(Op::Iota {
            axis: 0,
            ty: TensorType::new(DType::I32, &[l]),
        });
        let step_keys = key.bits(&[l, 2]);
        let body = |carry: &[Tensor], x: &[Tensor], _: &[Tensor]| {
            let (buffer, p) = (&carry[0], &x[0]);
            let zero = p.scalar_like(0.0);
            let previous = (p - 1.0).maximum(&zero);
            let token = buffer.dynamic_slice(&[&zero, &previous], &[b, 1]); // (B, 1)
            let embedded = p.eq(&zero).select(&sos, &projected.gather_rows(&token)); // (B, 1, E)
            let mut h = embedded + positions.dynamic_slice(&[p, &zero], &[1, e]);
            let mut next_carry = Vec::with_capacity(carry.len());
            for i in 0..layers {
                let cache = KvCache {
                    keys: carry[1 + 2 * i].clone(),
                    values: carry[2 + 2 * i].clone(),
                };
                let written = RefCell::new(None);
                h = blocks.forward(
                    &scope.child(&format!("block{i}")),
                    &h,
                    one_hot.as_ref(),
                    None,
                    Box::new(|mha, scope, normed, _| {
                        let (y, cache) = mha.decode_step(scope, normed, &cache, p);
                        *written.borrow_mut() = Some(cache);
                        y
                    }),
                );
                let cache = written.into_inner().expect("internal error: attention ran");
                next_carry.extend([cache.keys, cache.values]);
            }
            let normed = self
                .norm()
                .forward(&scope.child("final_norm"), &h, one_hot.as_ref());
            let logits = self
                .head()
                .forward(&scope.child("logits"), &normed)
                .reshape(&[b, self.code_space().codebook_size]); // (B, K)
            let drawn = RngKey::new(&x[1]).categorical(&logits, 1); // (B,)
            let given = buffer.dynamic_slice(&[&zero, p], &[b, 1]).reshape(&[b]);
            let chosen = p.lt(&p.scalar_like(known as f64)).select(&given, &drawn);
            let buffer = buffer.dynamic_update_slice(&chosen.reshape(&[b, 1]), &[&zero, p]);
            let mut carries = vec![buffer];
            carries.extend(next_carry);
            (carries, vec![logits])
        };
        let init_refs: Vec<&Tensor> = init.iter().collect();
        let result = scan(l, &init_refs, &[&steps, &step_keys], &[], false, &body);
        Ok(Decoded {
            codes: result.carries[0].clone(),
            logits: result.ys[0].clone(),
        })
    }
}

/// A traced sampling program. Inputs, in order: the data inputs of `VideoGpt::trace_inputs`
/// (`codes` i32 `[B, T, h, w]`, the context frames; `labels` i32 `[B]`, class-conditional
/// models only; `codebook` f32 `[K, D]`), `rng_key` u32 `[2]`, then the parameters
/// (`params`, named under `root`). Output: the sampled codes i32 `[B, T, h, w]`.
pub struct SamplerProgram {
    pub function: Function,
    pub params: Vec<ParamSpec>,
}

/// Traces `VideoGpt::sample` for `batch` clips with `ctx_frames` context frames, the
/// parameters under the scope path `root` (e.g. `"videogpt"`, as the train step named them).
pub fn trace_sampler(
    model: &VideoGpt,
    batch: usize,
    ctx_frames: usize,
    root: &str,
) -> Result<SamplerProgram, GraphError> {
    let fb = FunctionBuilder::new("videogpt_sample");
    let x = model.trace_inputs(&fb, batch);
    let key = RngKey::new(&fb.input("rng_key", DType::U32, &[2]));
    let scope = Scope::new(&fb);
    let root_scope = if root.is_empty() {
        scope.clone()
    } else {
        scope.child(root)
    };
    let sampled = model.sample(
        &root_scope,
        &x.codes,
        &x.codebook,
        x.labels(),
        ctx_frames,
        &key,
    );
    let function = fb.finish(&[sampled])?;
    Ok(SamplerProgram {
        function,
        params: scope.param_specs(),
    })
}
