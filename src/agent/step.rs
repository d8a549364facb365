//! `AgentStep`: the whole agent update traced into ONE function (reference brief §4.3-4.5,
//! VIPER's Prior behaviour §3.4), in the reference's order:
//!
//! 1. world-model loss on the replay batch -> gradients -> `model_opt` update;
//! 2. Prior mode with a `disag` critic: the ensemble's loss on the stop-gradient posteriors
//!    -> `expl_opt` update;
//! 3. imagination (`imag_horizon` steps) from every posterior state (stop-gradient starts)
//!    with the UPDATED world-model parameters and the current actor;
//! 4. rewards per critic (task: `extr` = reward head; Prior: `density` head, `disag` std
//!    of the updated ensemble), lambda-returns, normalisers, mixed advantages;
//! 5. actor update (`actor_opt`), each critic's update (`critic_opt/<name>`), slow-critic EMA.
//!
//! Carried state (inputs and outputs, by name): every parameter, the optimizers' states, the
//! normalisers' `retnorm/<critic>/{low,high}`, the slow-critic counter. When any loss or
//! gradient norm is NaN/Inf, every carried output equals its input (the update is skipped in
//! the graph) and `nonfinite/<term>` is 1 for the offending terms; `skipped` is 1.
//!
//! Other inputs: the batch (`WorldModel::batch_inputs` names: image u8, action, reward,
//! is_first, is_terminal, density in Prior mode with a density head) and `rng_key` u32[2].
//! Outputs: the carried values in `AgentStep::carried` order, then one f32 metrics vector.
//! Each carried input is donated to its output (aliased), so a caller that gives the buffers
//! up (`DeviceState::train`) lets the plugin update them in place.

use super::groups::{finiteness, CarriedSet};
use super::AgentError;
use crate::envs::ActionSpace;
use crate::graph::ops::random::RngKey;
use crate::graph::{Function, FunctionBuilder, Tensor};
use crate::models::dreamer::behavior::{
    disagreement_inputs, disagreement_targets, pair_slow_params, prior_critics, ActorCritic,
    Disagreement, NormalizerState, ReturnNormalizer, RewardInput, RewardModels, SlowCritic,
};
use crate::models::dreamer::{DreamerConfig, Head, PriorRewards, WorldModel, WorldModelBatch};
use crate::nn::{ParamSpec, Scope};
use crate::optim::StateSpec;
use crate::DType;

/// Which rewards the behaviour learns from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RewardMode {
    /// The task oracle: one `extr` critic on the reward head, trained on the env reward.
    Task,
    /// VIPER's Prior behaviour: the critics of `config.prior_rewards` (density, disag, ..).
    Viper,
}

/// The traced agent update.
pub struct AgentStep {
    pub function: Function,
    pub config: DreamerConfig,
    pub space: ActionSpace,
    pub mode: RewardMode,
    /// Every parameter (creation order), for `ParamTree::init`.
    pub params: Vec<ParamSpec>,
    /// The carried values in output order (parameters first; their `init` is unused).
    pub carried: Vec<StateSpec>,
    /// Optimizer states that start as a copy of a parameter: (carried index, param name).
    pub copies: Vec<(usize, String)>,
    /// Names of the entries of the metrics vector (the last output).
    pub metric_names: Vec<String>,
}

/// The config the agent runs. Task mode is the oracle of the paper, plain DreamerV3: one
/// `extr` critic, and the reward head trains the representation (DreamerV3's default
/// `grad_heads` decoder, reward, cont; VIPER's own config keeps the reward head on
/// stop-gradient features because its reward is the density).
pub fn agent_config(config: &DreamerConfig, mode: RewardMode) -> DreamerConfig {
    let mut config = config.clone();
    if mode == RewardMode::Task {
        config.prior_rewards = PriorRewards {
            extr: 1.0,
            density: 0.0,
            disag: 0.0,
        };
        config.grad_heads.retain(|h| *h != Head::Density);
        if !config.grad_heads.contains(&Head::Reward) {
            config.grad_heads.push(Head::Reward);
        }
    }
    config
}

impl AgentStep {
    /// Traces the step for `space` (from the env) in `mode`.
    pub fn trace(
        config: &DreamerConfig,
        space: &ActionSpace,
        mode: RewardMode,
    ) -> Result<AgentStep, AgentError> {
        let config = agent_config(config, mode);
        let wm = WorldModel::new(&config, space)?;
        let ac = ActorCritic::new(&config, space);
        let critics = prior_critics(&config.prior_rewards);
        if critics.is_empty() {
            return Err(AgentError::State(
                "config prior_rewards: every weight is 0, the actor has nothing to learn".into(),
            ));
        }
        let has_disag = critics.iter().any(|(n, _)| *n == "disag");
        let disag = Disagreement::new(&config, space);
        let (b, t) = (config.batch_size, config.batch_length);
        let n = b * t;

        let fb = FunctionBuilder::new("agent_step");
        let batch_tensors: Vec<Tensor> = wm
            .batch_inputs(b, t)
            .iter()
            .map(|i| fb.input(&i.name, i.ty.dtype, i.ty.dims()))
            .collect();
        let batch = WorldModelBatch::from_inputs(&batch_tensors)
            .ok_or_else(|| AgentError::State("the batch has too few inputs".into()))?;
        let key = fb.input("rng_key", DType::U32, &[2]);
        let keys = RngKey::new(&key).split(3);
        let root = Scope::new(&fb);

        // 1. World-model loss (creates the `wm/` parameters).
        let wm_scope = root.child("wm");
        let wm_out = wm.loss(&wm_scope, &batch, None, &keys[0]);
        let flat = |x: &Tensor| {
            let mut dims = vec![n];
            dims.extend_from_slice(&x.dims()[2..]);
            x.reshape(&dims)
        };
        let post = wm_out.post.stop_gradient();
        let start = post.map(flat);
        let start_terminal = batch.is_terminal.reshape(&[n]);

        // 2. The ensemble's loss (creates `disag/`).
        let disag_scope = root.child("disag");
        let disag_loss = has_disag.then(|| {
            let inputs = disagreement_inputs(&post, &batch.action).stop_gradient();
            let targets = disagreement_targets(&post).stop_gradient();
            disag.loss(&disag_scope, &inputs, &targets)
        });

        // Normaliser and slow-critic state.
        let mut carried = CarriedSet::default();
        let mut norm_inputs = Vec::new();
        for (name, _) in &critics {
            let specs = ReturnNormalizer::state_specs(&format!("retnorm/{name}"));
            let low = carried.add_state(&fb, specs[0].clone());
            let high = carried.add_state(&fb, specs[1].clone());
            norm_inputs.push((specs, NormalizerState { low, high }));
        }
        let counter_spec = SlowCritic::counter_spec("slow_critic/updates");
        let counter = carried.add_state(&fb, counter_spec.clone());

        // 3.-4. Needs the updated world model and ensemble: update them first. Parameters
        // created so far are exactly the world model's and the ensemble's.
        let early_specs = root.param_specs();
        let mut params_set = CarriedSet::default();
        params_set.add_params(&early_specs, &root.param_tensors());
        let mut metrics: Vec<(String, Tensor)> = vec![("wm/loss".into(), wm_out.loss.clone())];
        metrics.extend(
            wm_out
                .metrics
                .iter()
                .map(|(k, v)| (format!("wm/{k}"), v.clone())),
        );
        let mut checked: Vec<(String, Tensor)> = vec![("wm_loss".into(), wm_out.loss.clone())];
        let wm_names = params_set.params_under(&early_specs, "wm");
        let m = params_set.update_group(
            &fb,
            "model_opt",
            &wm_names,
            &wm_out.loss,
            &config.model_opt.optimizer(),
        )?;
        checked.push(("model_grad_norm".into(), grad_norm(&m, "model_opt")?));
        metrics.extend(m);
        if let Some(loss) = &disag_loss {
            let names = params_set.params_under(&early_specs, "disag");
            let m = params_set.update_group(
                &fb,
                "expl_opt",
                &names,
                loss,
                &config.expl_opt.optimizer(),
            )?;
            checked.push(("disag_loss".into(), loss.clone()));
            checked.push(("expl_grad_norm".into(), grad_norm(&m, "expl_opt")?));
            metrics.push(("disag/loss".into(), loss.clone()));
            metrics.extend(m);
        }
        let updated: Vec<(String, Tensor)> = early_specs
            .iter()
            .map(|s| Ok((s.name.clone(), params_set.current(&s.name)?)))
            .collect::<Result<_, AgentError>>()?;
        let new_root = Scope::from_params(&updated)?;
        let (new_wm, new_disag) = (new_root.child("wm"), new_root.child("disag"));

        let behavior = root.child("behavior");
        let imagined = ac.imagine(&wm, &new_wm, &behavior, &start, &keys[1]);
        let models = RewardModels {
            world_model: &wm,
            model_scope: &new_wm,
            disagreement: &disag,
            disagreement_scope: &new_disag,
        };
        let rewards = models.rewards(&critics, &imagined)?;
        let trajectory = models.trajectory(&imagined, &start_terminal);
        let inputs: Vec<RewardInput> = rewards
            .iter()
            .zip(&norm_inputs)
            .map(|((name, scale, r), (_, state))| RewardInput {
                name: name.clone(),
                scale: *scale,
                rewards: r.clone(),
                normalizer: state.clone(),
            })
            .collect();
        let losses = ac.losses(&behavior, &trajectory, &inputs)?;
        for (name, _, r) in &rewards {
            metrics.push((format!("imag/{name}_reward"), r.mean_all()));
        }

        // 5. Actor, critics, slow critics. All parameters exist now.
        let specs = root.param_specs();
        let tensors = root.param_tensors();
        let later: Vec<usize> = (early_specs.len()..specs.len()).collect();
        params_set.add_params(
            &later.iter().map(|&i| specs[i].clone()).collect::<Vec<_>>(),
            &later
                .iter()
                .map(|&i| tensors[i].clone())
                .collect::<Vec<_>>(),
        );
        let actor_names = params_set.params_under(&specs, "behavior/actor");
        let m = params_set.update_group(
            &fb,
            "actor_opt",
            &actor_names,
            &losses.actor.loss,
            &config.actor_opt.optimizer(),
        )?;
        checked.push(("actor_loss".into(), losses.actor.loss.clone()));
        checked.push(("actor_grad_norm".into(), grad_norm(&m, "actor_opt")?));
        metrics.push(("actor/loss".into(), losses.actor.loss.clone()));
        metrics.extend(losses.actor.metrics.iter().cloned());
        metrics.extend(m);
        for ((name, _), loss) in critics.iter().zip(&losses.critics) {
            let group = format!("critic_opt/{name}");
            let names = params_set.params_under(&specs, &format!("behavior/critic/{name}"));
            let m = params_set.update_group(
                &fb,
                &group,
                &names,
                loss,
                &config.critic_opt.optimizer(),
            )?;
            checked.push((format!("{name}_critic_loss"), loss.clone()));
            checked.push((format!("{name}_critic_grad_norm"), grad_norm(&m, &group)?));
            metrics.extend(m);
        }
        metrics.extend(losses.metrics.iter().cloned());
        let pairs = pair_slow_params(&specs, "behavior/critic", "behavior/slow_critic")?;
        let critic_new = pairs
            .iter()
            .map(|&(i, _)| params_set.current(&specs[i].name))
            .collect::<Result<Vec<_>, _>>()?;
        let slow_old: Vec<Tensor> = pairs.iter().map(|&(_, j)| tensors[j].clone()).collect();
        let (slow_new, counter_new) =
            SlowCritic::new(&config).update(&critic_new, &slow_old, &counter)?;
        for (&(_, j), value) in pairs.iter().zip(slow_new) {
            params_set.set(&specs[j].name, value)?;
        }
        carried.set(&counter_spec.name, counter_new)?;
        for ((specs, _), state) in norm_inputs.iter().zip(&losses.normalizers) {
            carried.set(&specs[0].name, state.low.clone())?;
            carried.set(&specs[1].name, state.high.clone())?;
        }

        // The guard and the outputs: parameters and optimizer states, then the rest.
        params_set.items.extend(carried.items);
        let (flags, ok) = finiteness(&checked);
        metrics.extend(flags);
        metrics.push(("skipped".into(), ok.not().convert(DType::F32)));
        let mut outputs = params_set.guarded_outputs(&ok);
        // Each carried input may give its memory to its updated output (`DeviceState`).
        for (k, item) in params_set.items.iter().enumerate() {
            fb.set_donation(&item.input, k)?;
        }
        let metric_names: Vec<String> = metrics.iter().map(|(k, _)| k.clone()).collect();
        let scalars: Vec<Tensor> = metrics
            .iter()
            .map(|(_, v)| v.convert(DType::F32).reshape(&[1]))
            .collect();
        outputs.push(Tensor::concatenate(&scalars.iter().collect::<Vec<_>>(), 0));
        let function = fb.finish(&outputs)?;
        Ok(AgentStep {
            function,
            config,
            space: space.clone(),
            mode,
            params: specs,
            carried: params_set.items.iter().map(|c| c.spec.clone()).collect(),
            copies: params_set.copies,
            metric_names,
        })
    }
}

/// The `<group>/grad_norm` metric of an optimizer's metrics.
fn grad_norm(metrics: &[(String, Tensor)], group: &str) -> Result<Tensor, AgentError> {
    let name = format!("{group}/grad_norm");
    metrics
        .iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.clone())
        .ok_or_else(|| AgentError::State(format!("the optimizer reports no `{name}`")))
}
