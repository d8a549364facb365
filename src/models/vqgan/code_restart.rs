//! Dead-code restarts against codebook collapse (ours; the reference has no remedy). With
//! `VqganConfig::code_restart_every = N > 0`, the generator step returns two auxiliary outputs
//! it computes anyway (`with_restart_outputs`, `TrainStep` module doc): the batch's codes
//! (`codes`, downloaded after every step and counted on the host) and the pre-quantisation
//! vectors `z_e` (downloaded only when a restart is due). Every `N` generator steps, the codes
//! no encoder output chose since the previous restart are moved onto encoder outputs of the
//! current batch (Jukebox, SoundStream and many VQ-VAEs do this), on the device, by a small
//! program that rewrites only the codebook and its Adam moments.
//!
//! The codes and `z_e` are those of the step's own forward pass, i.e. of the parameters
//! *before* that step's update (the discriminator step and the restart come after it): the
//! codes counted at generator step `s` are those of the parameters after step `s - 1`, and a
//! restart copies vectors one update old. (Until session 8 a separate encoder program re-ran
//! the batch after the update, a second upload and encoder pass per step; the README's
//! restart table, re-run after the change, moved by a few percent and kept its conclusions.)
//!
//! Which codes move, and onto which encoder outputs, is `restart_choice.rs`'s rule.
//!
//! The restarted rows' Adam moments are reset to zero: the old ones describe the gradients of
//! a vector at another place (a dead row's first moment has decayed towards 0, its second
//! still carries the old scale), and zero is how a fresh parameter starts. Bias correction
//! runs on the optimizer's global step, so a reset row takes steps up to a few times the
//! learning rate for a while, which moves it to its new cluster faster (training stayed
//! stable in every measured run, README).
//!
//! Usage counts live on the host and are not checkpointed: after a resume they restart from
//! zero, so the first restart after a resume judges a shorter window (a code used only before
//! the resume counts as unused). `codes_restarted_total` also counts from the resume.
//! Single-device trainers only: the rewrite program is compiled for one device (the step's
//! outputs would serve several, being replicated).

use super::config::VqganConfig;
use super::model::VqganOutput;
use super::restart_choice::{choose_restarts, CodeUsage, Restart};
use super::run::CODEBOOK_PARAM;
use crate::graph::{FunctionBuilder, GraphError, InputSpec, TensorType};
use crate::host::{HostTensor, HostTensorError};
use crate::rng::Rng;
use crate::session::{Compiled, Session, SessionError};
use crate::train::{LossOutput, TrainError, Trainer};
use crate::DType;

/// Auxiliary output of the generator step: the batch's codes, `i32[B h w]`.
pub const CODES_OUTPUT: &str = "codes";
/// Auxiliary output of the generator step: the quantizer's inputs, `f32[B h w, embed_dim]`.
pub const Z_E_OUTPUT: &str = "z_e";

/// Metric: codes moved at the most recent restart (held until the next one).
pub const RESTARTED_METRIC: &str = "codes_restarted";
/// Metric: codes moved since the run (or its resume) started.
pub const RESTARTED_TOTAL_METRIC: &str = "codes_restarted_total";

#[derive(Debug, thiserror::Error)]
pub enum CodeRestartError {
    #[error("code restarts: code {code} is out of range for a codebook of {n_embed}")]
    CodeOutOfRange { code: i64, n_embed: usize },
    #[error("code restarts: {what}: expected {expected}, got {got}")]
    Shape {
        what: &'static str,
        expected: String,
        got: String,
    },
    #[error(
        "code restarts: the generator trainer has no `{name}` (needed to restart codebook rows)"
    )]
    MissingValue { name: String },
    #[error(
        "code restarts: the generator step has no auxiliary output `{name}` (trace it from a \
         config with `code_restart_every` in 1..=total_steps)"
    )]
    MissingOutput { name: &'static str },
    #[error(
        "code restarts (`code_restart_every`) need a single device (`--devices 1`), the \
         generator runs on {devices}"
    )]
    Devices { devices: usize },
    #[error(transparent)]
    Graph(#[from] GraphError),
    #[error(transparent)]
    Session(#[from] SessionError),
    #[error(transparent)]
    Train(#[from] TrainError),
    #[error(transparent)]
    Host(#[from] HostTensorError),
}

/// The seed of the restart at generator step `step` of a run seeded `seed`.
fn restart_seed(seed: u64, step: u64) -> u64 {
    Rng::new(seed ^ step.wrapping_mul(0xA076_1D64_78BD_642F)).next_u64()
}

/// Adds the two auxiliary outputs restarts read (`CODES_OUTPUT`, `Z_E_OUTPUT`) from the
/// generator step's forward pass `out` to its loss output.
pub fn with_restart_outputs(loss: LossOutput, out: &VqganOutput, embed_dim: usize) -> LossOutput {
    let z = &out.pre_quantization;
    let rows = z.dims().iter().product::<usize>() / embed_dim.max(1);
    loss.aux(
        CODES_OUTPUT,
        out.quantized.codes.reshape(&[rows]).convert(DType::I32),
    )
    .aux(
        Z_E_OUTPUT,
        z.reshape(&[rows, embed_dim]).convert(DType::F32),
    )
}

/// What one generator step's restart check did.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RestartReport {
    /// Codes moved at this step (0 when no restart was due).
    pub restarted: usize,
    /// Whether a restart was due at this step.
    pub due: bool,
}

/// The host side of restarts plus the row-rewrite program: usage counts and metrics.
pub struct CodeRestarter {
    every: u64,
    seed: u64,
    usage: CodeUsage,
    embed_dim: usize,
    rewrite: Compiled,
    /// The generator trainer's slots of the codebook and its two Adam moments.
    slots: [usize; 3],
    last: usize,
    total: u64,
}

impl CodeRestarter {
    /// Checks that `generator` (a single-device trainer of `config`'s VQ-GAN generator step,
    /// traced with restarts on) returns the codes and `z_e`, and compiles the row rewrite.
    pub fn new(
        session: &Session,
        config: &VqganConfig,
        generator: &Trainer,
    ) -> Result<CodeRestarter, CodeRestartError> {
        let devices = generator.train_step().devices();
        if devices != 1 {
            return Err(CodeRestartError::Devices { devices });
        }
        check_outputs(config, generator)?;
        let (rewrite, slots) = compile_rewrite(session, config, generator)?;
        Ok(CodeRestarter {
            every: config.code_restart_every.max(1) as u64,
            seed: config.seed,
            usage: CodeUsage::new(config.ae.n_embed),
            embed_dim: config.ae.embed_dim,
            rewrite,
            slots,
            last: 0,
            total: 0,
        })
    }

    /// Counts the codes the generator's latest step chose (under its parameters before that
    /// step's update) and, when a restart is due (every `code_restart_every` generator
    /// steps), restarts the unused codes onto that step's `z_e`.
    pub fn after_step(
        &mut self,
        generator: &mut Trainer,
    ) -> Result<RestartReport, CodeRestartError> {
        let codes: Vec<i32> = generator.aux(CODES_OUTPUT)?.to_vec()?;
        self.usage.record(&codes)?;
        let due = generator.steps_done().is_multiple_of(self.every);
        if !due {
            return Ok(RestartReport { restarted: 0, due });
        }
        let vectors: Vec<f32> = generator.aux(Z_E_OUTPUT)?.to_vec()?;
        let seed = restart_seed(self.seed, generator.steps_done());
        let restarts = choose_restarts(&self.usage.unused(), &vectors, self.embed_dim, seed)?;
        if !restarts.is_empty() {
            let (mask, rows) = rewrite_inputs(
                &restarts,
                &vectors,
                self.usage.counts().len(),
                self.embed_dim,
            )?;
            generator.rewrite_slots(&self.rewrite, &self.slots, &[mask, rows])?;
        }
        self.usage.clear();
        self.last = restarts.len();
        self.total += restarts.len() as u64;
        Ok(RestartReport {
            restarted: restarts.len(),
            due,
        })
    }

    /// `(codes_restarted, codes_restarted_total)` as metrics.
    pub fn metrics(&self) -> Vec<(String, f64)> {
        vec![
            (RESTARTED_METRIC.to_string(), self.last as f64),
            (RESTARTED_TOTAL_METRIC.to_string(), self.total as f64),
        ]
    }

    pub fn usage(&self) -> &CodeUsage {
        &self.usage
    }
}

/// The generator step's codes must be `i32[M]` and its `z_e` `f32[M, embed_dim]`.
fn check_outputs(config: &VqganConfig, generator: &Trainer) -> Result<(), CodeRestartError> {
    let outputs = generator.train_step().aux_outputs();
    let find = |name: &'static str| {
        outputs
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.ty.clone())
            .ok_or(CodeRestartError::MissingOutput { name })
    };
    let (codes, z_e) = (find(CODES_OUTPUT)?, find(Z_E_OUTPUT)?);
    let rows = codes.dims().first().copied().unwrap_or(0);
    let want = [
        (CODES_OUTPUT, TensorType::new(DType::I32, &[rows]), codes),
        (
            Z_E_OUTPUT,
            TensorType::new(DType::F32, &[rows, config.ae.embed_dim]),
            z_e,
        ),
    ];
    for (what, expected, got) in want {
        if got != expected {
            return Err(CodeRestartError::Shape {
                what,
                expected: expected.to_string(),
                got: got.to_string(),
            });
        }
    }
    Ok(())
}

/// `f32[K]` mask (1 for restarted rows) and `f32[K, D]` new rows (0 elsewhere).
fn rewrite_inputs(
    restarts: &[Restart],
    vectors: &[f32],
    n_embed: usize,
    dim: usize,
) -> Result<(HostTensor, HostTensor), CodeRestartError> {
    let mut mask = vec![0f32; n_embed];
    let mut rows = vec![0f32; n_embed * dim];
    for r in restarts {
        mask[r.code] = 1.0;
        rows[r.code * dim..(r.code + 1) * dim]
            .copy_from_slice(&vectors[r.source * dim..(r.source + 1) * dim]);
    }
    Ok((
        HostTensor::from_slice(&[n_embed], &mask)?,
        HostTensor::from_slice(&[n_embed, dim], &rows)?,
    ))
}

/// `(codebook, mu, nu, mask f32[K], rows f32[K, D]) -> (codebook', mu', nu')`: masked rows
/// take the new values and zero moments, the others pass through; the first three donated.
fn compile_rewrite(
    session: &Session,
    config: &VqganConfig,
    generator: &Trainer,
) -> Result<(Compiled, [usize; 3]), CodeRestartError> {
    let names = [
        CODEBOOK_PARAM.to_string(),
        format!("optim/mu/{CODEBOOK_PARAM}"),
        format!("optim/nu/{CODEBOOK_PARAM}"),
    ];
    let step = generator.train_step();
    let types: Vec<(String, TensorType)> = step
        .param_types()
        .into_iter()
        .chain(step.state_types())
        .collect();
    let mut slots = [0; 3];
    let fb = FunctionBuilder::new("vqgan_code_restart");
    let mut current = Vec::with_capacity(3);
    for (k, name) in names.iter().enumerate() {
        let found = generator.slot_index(name);
        let Some(slot) = found else {
            return Err(CodeRestartError::MissingValue { name: name.clone() });
        };
        slots[k] = slot;
        let ty = &types[slot].1;
        current.push(fb.input_with(InputSpec::new(name, ty.dtype, ty.dims())));
    }
    let (n_embed, dim) = (config.ae.n_embed, config.ae.embed_dim);
    let want = TensorType::new(current[0].dtype(), &[n_embed, dim]);
    if current[0].ty() != want {
        return Err(CodeRestartError::Shape {
            what: "codebook",
            expected: want.to_string(),
            got: current[0].ty().to_string(),
        });
    }
    let mask = fb.input("restart_mask", DType::F32, &[n_embed]);
    let rows = fb.input("restart_rows", DType::F32, &[n_embed, dim]);
    let chosen = mask.gt(&mask.zeros_like()).reshape(&[n_embed, 1]); // (K, 1)
    let codebook = chosen.select(&rows.convert(current[0].dtype()), &current[0]);
    let mu = chosen.select(&current[1].zeros_like(), &current[1]);
    let nu = chosen.select(&current[2].zeros_like(), &current[2]);
    for (k, input) in current.iter().enumerate() {
        fb.set_donation(input, k)?;
    }
    let function = fb.finish(&[codebook, mu, nu])?;
    Ok((session.compile(&function)?, slots))
}
