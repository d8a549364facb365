//! The VIPER `Prior` behaviour's advantage (reference brief §3.4, DreamerV3 v1
//! `ImagActorCritic.loss` with several critics): one critic per non-zero reward weight
//! (`density`, `disag`, and `extr` in task-oracle mode), each with its own lambda-return and
//! its own percentile normaliser, mixed after normalisation:
//!
//! `adv_t = sum_k scale_k / sum_j scale_j (R^k_t - v^k_t) / invscale_k`
//!
//! where `R^k` are the lambda-returns of critic `k` (`[H, N]`), `v^k_t` its values at states
//! `0..H-1` (the baseline) and `invscale_k = max(1, P95_k - P5_k)` after updating its
//! normaliser with `R^k`. The offset of the normaliser cancels in the difference, so it is
//! not subtracted. With density 1 and disag 1 this is a 50/50 mix of normalised advantages.

use super::normalizer::{NormalizerState, ReturnNormalizer};
use super::returns::lambda_returns;
use super::BehaviorError;
use crate::graph::Tensor;
use crate::models::dreamer::config::PriorRewards;

/// The critics the Prior behaviour builds for `rewards`: `(name, scale)` for each non-zero
/// weight, in the order extr, density, disag.
pub fn prior_critics(rewards: &PriorRewards) -> Vec<(&'static str, f64)> {
    [
        ("extr", rewards.extr),
        ("density", rewards.density),
        ("disag", rewards.disag),
    ]
    .into_iter()
    .filter(|(_, scale)| *scale != 0.0)
    .collect()
}

/// One critic's inputs to the mix.
#[derive(Clone, Debug)]
pub struct CriticTerm {
    pub name: String,
    pub scale: f64,
    /// Rewards of states `1..=H`, `[H, N]`.
    pub rewards: Tensor,
    /// The online critic's mean at states `0..=H`, `[H + 1, N]`.
    pub values: Tensor,
    /// This critic's normaliser state before the update.
    pub normalizer: NormalizerState,
}

/// How returns are computed and normalised (shared by every critic).
#[derive(Clone, Debug, PartialEq)]
pub struct ReturnSettings {
    /// `1 - 1 / horizon`.
    pub discount: f64,
    /// `return_lambda` (0.95).
    pub lambda: f64,
    pub normalizer: ReturnNormalizer,
}

/// The mixed advantage and each critic's returns and updated normaliser.
#[derive(Clone, Debug)]
pub struct MixedAdvantage {
    /// `[H, N]`.
    pub advantage: Tensor,
    /// Per critic, in the order given: lambda-returns `[H, N]` (with gradient, for the
    /// backprop actor; stop it for critic targets).
    pub returns: Vec<Tensor>,
    /// Per critic, in the order given: the updated normaliser state.
    pub normalizers: Vec<NormalizerState>,
    /// Per critic `<name>/return_mean`, `<name>/return_scale`, `<name>/reward_mean` and
    /// `<name>/advantage_abs` (mean |weighted normalised advantage|, its share of the mix).
    pub metrics: Vec<(String, Tensor)>,
}

/// Mixes the critics' normalised advantages over a trajectory with continue flags
/// `conts [H + 1, N]` (module doc).
#[track_caller]
pub fn mix_advantages(
    terms: &[CriticTerm],
    conts: &Tensor,
    settings: &ReturnSettings,
) -> Result<MixedAdvantage, BehaviorError> {
    let total: f64 = terms.iter().map(|t| t.scale).sum();
    if terms.is_empty() || !(total.is_finite() && total > 0.0) {
        let scales: Vec<String> = terms
            .iter()
            .map(|t| format!("{}={}", t.name, t.scale))
            .collect();
        return Err(BehaviorError::Critics(format!(
            "needs at least one critic and a positive sum of scales, got [{}]",
            scales.join(", ")
        )));
    }
    let mut advantage: Option<Tensor> = None;
    let mut mixed = MixedAdvantage {
        advantage: conts.clone(),
        returns: Vec::new(),
        normalizers: Vec::new(),
        metrics: Vec::new(),
    };
    for term in terms {
        let returns = lambda_returns(
            &term.rewards,
            &term.values,
            conts,
            settings.discount,
            settings.lambda,
        );
        let horizon = term.rewards.dims().first().copied().unwrap_or(0);
        let baseline = term.values.slice_axis(0, 0, horizon);
        let normed = settings.normalizer.update(&term.normalizer, &returns);
        let part = (&returns - &baseline) / &normed.invscale * (term.scale / total);
        // What this critic contributes to the actor's objective: with a return range under 1
        // (`invscale` at its floor) a critic's advantage is not scaled down.
        let part_abs = part.abs().mean_all();
        advantage = Some(match advantage {
            None => part,
            Some(sum) => sum + part,
        });
        let name = &term.name;
        mixed.metrics.extend([
            (format!("{name}/return_mean"), returns.mean_all()),
            (format!("{name}/return_scale"), normed.invscale.clone()),
            (format!("{name}/reward_mean"), term.rewards.mean_all()),
            (format!("{name}/advantage_abs"), part_abs),
        ]);
        mixed.returns.push(returns);
        mixed.normalizers.push(normed.state);
    }
    mixed.advantage = advantage.expect("internal error: at least one critic was checked");
    Ok(mixed)
}
