//! `--compare-asynchronous`: the client option `asynchronous` A/B on one plugin, in one process
//! and without JAX. Two clients (executions on the plugin's thread pool / inline on the caller),
//! viper's train steps and the host-overhead probe on each, interleaved round by round (the
//! side going first alternates) so load from other processes hits both alike.

use std::path::Path;

use anyhow::Result;
use viper::runtime::{Client, ClientOptions};

use crate::host::HostProbe;
use crate::programs;
use crate::report::{loss_rel_diff, Stats};
use crate::runner::StepRunner;

/// What to run: the bench's own options.
pub struct Plan<'a> {
    pub plugin: Option<&'a Path>,
    pub programs: &'a [String],
    pub rounds: usize,
    pub calls: usize,
    pub warmup: usize,
    pub host_calls: usize,
    pub checked_steps: usize,
}

/// Side 0: `asynchronous = true` (the plugins' own default); side 1: `false` (inline).
const SIDES: [bool; 2] = [true, false];

pub fn run(plan: &Plan) -> Result<()> {
    let clients = SIDES
        .iter()
        .map(|&asynchronous| {
            let options = ClientOptions {
                asynchronous: Some(asynchronous),
                ..Default::default()
            };
            Ok(Client::with_options(plan.plugin, &options)?)
        })
        .collect::<Result<Vec<_>>>()?;
    eprintln!(
        "A/B of `asynchronous` on {} (PJRT API {:?}); compiling...",
        clients[0].plugin_path().display(),
        clients[0].api_version()
    );
    // (label, [runner on side 0, runner on side 1])
    let mut rows: Vec<(String, Vec<StepRunner>)> = Vec::new();
    for name in plan.programs {
        let program = programs::build(name)?;
        for variant in &program.variants {
            let Ok(mlir) = &variant.mlir else { continue };
            let runners = clients
                .iter()
                .map(|c| {
                    StepRunner::new(
                        c,
                        &format!("viper_{}_step", variant.key),
                        mlir,
                        &program.params,
                        &program.batch,
                        plan.warmup,
                        plan.checked_steps,
                    )
                })
                .collect::<Result<Vec<_>>>()?;
            rows.push((variant.label.clone(), runners));
        }
    }
    let probes = clients
        .iter()
        .map(HostProbe::new)
        .collect::<Result<Vec<_>>>()?;

    let mut times = vec![[Vec::new(), Vec::new()]; rows.len()];
    let mut host = [Vec::new(), Vec::new()];
    let chunk = (plan.host_calls / plan.rounds.max(1)).max(1);
    for round in 0..plan.rounds {
        eprint!("\rround {}/{}", round + 1, plan.rounds);
        let order = if round % 2 == 0 { [0, 1] } else { [1, 0] };
        for (r, (_, runners)) in rows.iter_mut().enumerate() {
            for side in order {
                times[r][side].extend(runners[side].time_calls(plan.calls)?);
            }
        }
        for side in order {
            host[side].push(probes[side].measure(chunk)?);
        }
    }
    eprintln!();

    println!(
        "\nclient option `asynchronous`, ms per train step: median (min) over {} calls in {} \
         interleaved rounds",
        plan.rounds * plan.calls,
        plan.rounds
    );
    println!(
        "{:<18} {:>20} {:>20} {:>14} {:>16}",
        "prog", "thread pool (true)", "inline (false)", "inline/pool", "losses rel diff"
    );
    for ((label, runners), t) in rows.iter().zip(&times) {
        let (a, b) = (Stats::of(&t[0]), Stats::of(&t[1]));
        let diff = loss_rel_diff(&runners[0].losses, &runners[1].losses)
            .map_or("n/a".to_string(), |d| format!("{d:.1e}"));
        println!(
            "{label:<18} {:>9.3} ({:>7.3}) {:>9.3} ({:>7.3}) {:>6.3} ({:.3}) {diff:>16}",
            a.median,
            a.min,
            b.median,
            b.min,
            b.median / a.median,
            b.min / a.min
        );
    }
    let median = |side: usize, second: bool| {
        let xs: Vec<f64> = host[side]
            .iter()
            .map(|p| if second { p.1 } else { p.0 })
            .collect();
        Stats::of(&xs).median
    };
    println!(
        "host overhead per call, microseconds (median over the rounds of each round's median):"
    );
    for (what, second) in [("dispatch", false), ("transfer round trip", true)] {
        println!(
            "  {what}: thread pool {:.1}  inline {:.1}",
            median(0, second),
            median(1, second)
        );
    }
    Ok(())
}
