//! Summaries and the printed table: viper against JAX per program, and host overhead.

/// Median and minimum of a set of per-call times.
#[derive(Clone, Copy, Debug)]
pub struct Stats {
    pub median: f64,
    pub min: f64,
    pub calls: usize,
}

impl Stats {
    pub fn of(values: &[f64]) -> Stats {
        let mut v = values.to_vec();
        v.sort_by(f64::total_cmp);
        let n = v.len();
        let median = match n {
            0 => f64::NAN,
            _ if n % 2 == 1 => v[n / 2],
            _ => 0.5 * (v[n / 2 - 1] + v[n / 2]),
        };
        Stats {
            median,
            min: v.first().copied().unwrap_or(f64::NAN),
            calls: n,
        }
    }
}

/// One program's row.
pub struct ProgramRow {
    pub program: String,
    /// viper's timing, or why viper could not run the program.
    pub viper: Result<Stats, &'static str>,
    pub jax: Stats,
    /// JAX's own lowered program compiled and run by viper's runtime (same plugin as viper).
    pub jax_hlo_on_viper: Option<Stats>,
    pub viper_losses: Vec<f64>,
    pub jax_losses: Vec<f64>,
    pub viper_compile_ms: Option<f64>,
    pub jax_first_call_ms: f64,
}

/// Host overhead per call, microseconds.
pub struct HostRow {
    pub viper_dispatch_us: Option<f64>,
    pub viper_roundtrip_us: Option<f64>,
    pub jax_dispatch_us: f64,
    pub jax_roundtrip_us: f64,
}

fn cell(s: Option<Stats>) -> String {
    match s {
        Some(s) => format!("{:8.3} ({:7.3})", s.median, s.min),
        None => format!("{:>18}", "-"),
    }
}

/// Largest relative difference of the first-step losses, or None if a side has none.
pub fn loss_rel_diff(a: &[f64], b: &[f64]) -> Option<f64> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).abs() / y.abs().max(1e-30))
        .reduce(f64::max)
}

pub fn print_table(rows: &[ProgramRow], host: &HostRow, rounds: usize) {
    println!();
    println!(
        "train step, ms per call: median (min) over {} calls in {rounds} interleaved rounds",
        rows.first().map_or(0, |r| r.jax.calls)
    );
    println!(
        "{:<16} {:>18} {:>18} {:>15} {:>24} {:>26}",
        "prog", "viper", "JAX", "viper/JAX", "JAX's HLO, viper's PJRT", "losses step 1..: rel diff"
    );
    let mut missing_notes = Vec::new();
    for r in rows {
        let ratio = r.viper.map_or("-".to_string(), |v| {
            format!("{:.3} ({:.3})", v.median / r.jax.median, v.min / r.jax.min)
        });
        if let Err(missing) = r.viper {
            missing_notes.push(format!("  {}: viper side not run: {missing}", r.program));
        }
        let losses = match loss_rel_diff(&r.viper_losses, &r.jax_losses) {
            Some(d) => format!("{:.3e}", d),
            None => "-".to_string(),
        };
        println!(
            "{:<16} {} {} {:>15} {:>24} {:>26}",
            r.program,
            cell(r.viper.ok()),
            cell(Some(r.jax)),
            ratio,
            cell(r.jax_hlo_on_viper),
            losses
        );
    }
    for note in missing_notes {
        println!("{note}");
    }
    for r in rows {
        println!(
            "  {}: losses viper {:?} JAX {:?}; compile viper {} ms, JAX first call {:.0} ms",
            r.program,
            r.viper_losses,
            r.jax_losses,
            r.viper_compile_ms.map_or("-".into(), |c| format!("{c:.0}")),
            r.jax_first_call_ms
        );
    }
    let us = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{v:.1}"));
    println!(
        "host overhead per call, microseconds (median over the rounds of each round's median):"
    );
    println!(
        "  dispatch (tiny program, device-resident input, waited): viper {}  JAX {:.1}",
        us(host.viper_dispatch_us),
        host.jax_dispatch_us
    );
    println!(
        "  transfer round trip ([16,64] f32 host batch in, result out): viper {}  JAX {:.1}",
        us(host.viper_roundtrip_us),
        host.jax_roundtrip_us
    );
}
