//! The RSSM over sequences: `observe` (posterior and prior states of a replayed sequence) and
//! `imagine` (a prior rollout driven by a policy), each one `stablehlo.while` through
//! `graph::ops::control::scan` with its body, one RSSM step, traced once. Model parameters
//! the body reads are captured as loop invariants; they may be created lazily inside the
//! body on first use. Per-step random keys enter as a stacked `[T, 2]` loop input.

use super::rssm::{Imagined, Rssm, RssmState};
use crate::graph::ops::control::scan;
use crate::graph::ops::random::RngKey;
use crate::graph::Tensor;
use crate::nn::Scope;

impl Rssm {
    /// Posterior and prior states `[B, T, ..]` of a sequence: `embed [B, T, E]`, the previous
    /// actions `action [B, T, A]`, `is_first [B, T]`, from `start [B, ..]`. One while loop.
    #[track_caller]
    pub fn observe(
        &self,
        scope: &Scope,
        embed: &Tensor,
        action: &Tensor,
        is_first: &Tensor,
        start: &RssmState,
        key: &RngKey,
    ) -> (RssmState, RssmState) {
        let (b, length) = match embed.dims()[..] {
            [b, t, e] if t > 0 && e == self.embed => (b, t),
            _ => {
                let bad = embed.fail(
                    "dreamer.Rssm.observe",
                    format!(
                        "`embed` must be [B, T >= 1, {}], got {}",
                        self.embed,
                        embed.ty()
                    ),
                );
                return (poisoned(&bad), poisoned(&bad));
            }
        };
        for (name, tensor, want) in [
            ("action", action, vec![b, length, self.action_dim]),
            ("is_first", is_first, vec![b, length]),
        ] {
            if tensor.dims() != want {
                let bad = tensor.fail(
                    "dreamer.Rssm.observe",
                    format!("`{name}` must be {want:?}, got {}", tensor.ty()),
                );
                return (poisoned(&bad), poisoned(&bad));
            }
        }
        let keys = stacked_keys(key, length);
        let xs = [
            time_major(embed),
            time_major(action),
            time_major(&is_first.convert(start.deter.dtype())),
            keys,
        ];
        let body = |carry: &[Tensor], x: &[Tensor], _: &[Tensor]| {
            let prev = carried_state(carry);
            let (post, prior) =
                self.obs_step(scope, &prev, &x[1], &x[0], &x[2], &RngKey::new(&x[3]));
            let carries = vec![post.deter.clone(), post.stoch.clone(), post.logits.clone()];
            (
                carries,
                vec![
                    post.deter,
                    post.stoch,
                    post.logits,
                    prior.stoch,
                    prior.logits,
                ],
            )
        };
        let init = [&start.deter, &start.stoch, &start.logits];
        let out = scan(
            length,
            &init,
            &xs.iter().collect::<Vec<_>>(),
            &[],
            false,
            &body,
        );
        let y = |k: usize| time_major(&output(&out.ys, k));
        let post = RssmState {
            deter: y(0),
            stoch: y(1),
            logits: y(2),
        };
        let prior = RssmState {
            deter: y(0),
            stoch: y(3),
            logits: y(4),
        };
        (post, prior)
    }

    /// A `horizon`-step prior rollout from `start [N, ..]`: at every state the policy picks
    /// the action from the stop-gradient features (`policy(features, key) -> [N, A]`).
    /// Returns states and actions `[horizon + 1, N, ..]`, the start first. One while loop.
    #[track_caller]
    pub fn imagine(
        &self,
        scope: &Scope,
        start: &RssmState,
        horizon: usize,
        key: &RngKey,
        policy: &dyn Fn(&Tensor, &RngKey) -> Tensor,
    ) -> Imagined {
        let keys = key.split(2);
        let first_action = policy(&start.features().stop_gradient(), &keys[0]);
        let step_keys = stacked_keys(&keys[1], horizon);
        let body = |carry: &[Tensor], x: &[Tensor], _: &[Tensor]| {
            let prev = carried_state(carry);
            let step_key = RngKey::new(&x[0]).split(2);
            let state = self.img_step(scope, &prev, &carry[3], &step_key[0]);
            let action = policy(&state.features().stop_gradient(), &step_key[1]);
            let next = vec![
                state.deter.clone(),
                state.stoch.clone(),
                state.logits.clone(),
                action.clone(),
            ];
            (next, vec![state.deter, state.stoch, state.logits, action])
        };
        let init = [&start.deter, &start.stoch, &start.logits, &first_action];
        let out = scan(horizon, &init, &[&step_keys], &[], false, &body);
        let with_start =
            |first: &Tensor, rest: &Tensor| Tensor::concatenate(&[&first.expand_dims(0), rest], 0);
        let y = |k: usize| output(&out.ys, k);
        Imagined {
            states: RssmState {
                deter: with_start(&start.deter, &y(0)),
                stoch: with_start(&start.stoch, &y(1)),
                logits: with_start(&start.logits, &y(2)),
            },
            actions: with_start(&first_action, &y(3)),
        }
    }
    /// Prior states `[B, L, ..]` of an open-loop rollout from `start [B, ..]` driven by
    /// given actions `action [B, L, A]`: state `k` follows `action[:, k]` (one `img_step`
    /// each, as the world model imagines a replayed sequence's future). One while loop.
    #[track_caller]
    pub fn imagine_with_actions(
        &self,
        scope: &Scope,
        start: &RssmState,
        action: &Tensor,
        key: &RngKey,
    ) -> RssmState {
        let length = match action.dims()[..] {
            [b, l, a]
                if l > 0 && a == self.action_dim && Some(&b) == start.deter.dims().first() =>
            {
                l
            }
            _ => {
                let bad = action.fail(
                    "dreamer.Rssm.imagine_with_actions",
                    format!(
                        "`action` must be [B, L >= 1, {}] with B of the start state {:?}, got {}",
                        self.action_dim,
                        start.deter.dims(),
                        action.ty()
                    ),
                );
                return poisoned(&bad);
            }
        };
        let xs = [time_major(action), stacked_keys(key, length)];
        let body = |carry: &[Tensor], x: &[Tensor], _: &[Tensor]| {
            let prev = carried_state(carry);
            let state = self.img_step(scope, &prev, &x[0], &RngKey::new(&x[1]));
            let next = vec![
                state.deter.clone(),
                state.stoch.clone(),
                state.logits.clone(),
            ];
            (next, vec![state.deter, state.stoch, state.logits])
        };
        let init = [&start.deter, &start.stoch, &start.logits];
        let out = scan(
            length,
            &init,
            &xs.iter().collect::<Vec<_>>(),
            &[],
            false,
            &body,
        );
        let y = |k: usize| time_major(&output(&out.ys, k));
        RssmState {
            deter: y(0),
            stoch: y(1),
            logits: y(2),
        }
    }
}

/// Swaps the first two axes (`[B, T, ..]` <-> `[T, B, ..]`).
#[track_caller]
fn time_major(x: &Tensor) -> Tensor {
    let mut perm: Vec<usize> = (0..x.rank()).collect();
    perm.swap(0, 1);
    x.transpose(&perm)
}

/// The RSSM state in a loop's first three carries (deter, stoch, logits).
fn carried_state(carry: &[Tensor]) -> RssmState {
    RssmState {
        deter: carry[0].clone(),
        stoch: carry[1].clone(),
        logits: carry[2].clone(),
    }
}

/// A state made of one poisoned tensor (its error is reported by `finish`).
fn poisoned(bad: &Tensor) -> RssmState {
    RssmState {
        deter: bad.clone(),
        stoch: bad.clone(),
        logits: bad.clone(),
    }
}

/// Per-step output `k` of a scan; a failed scan returns one poisoned output, which then
/// stands for all of them (its error is reported by `finish`).
fn output(ys: &[Tensor], k: usize) -> Tensor {
    ys.get(k)
        .or(ys.first())
        .cloned()
        .expect("internal error: a scan with carries returns at least one output")
}

/// `length` independent keys from `key`, stacked `[length, 2]` (per-step loop inputs).
#[track_caller]
pub fn stacked_keys(key: &RngKey, length: usize) -> Tensor {
    let keys: Vec<Tensor> = key
        .split(length)
        .iter()
        .map(|k| k.tensor().reshape(&[1, 2]))
        .collect();
    Tensor::concatenate(&keys.iter().collect::<Vec<_>>(), 0)
}
