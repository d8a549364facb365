//! The host loop's per-interval measurements (`agent::loop_stats`): VIPER density
//! statistics against a two-pass host computation, and the clock's wall-time fractions on
//! given durations (no timing is measured here); the plain progress line's numbers.

use std::time::Duration;
use viper::agent::loop_stats::{progress_line, DensityStats, LoopClock};

#[test]
fn density_stats_match_a_two_pass_computation() {
    let values: Vec<f32> = (0..37)
        .map(|i| ((i * 7919) % 101) as f32 * 0.37 - 12.0)
        .collect();
    let mut stats = DensityStats::default();
    assert!(stats.scalars().is_none());
    values.iter().for_each(|&v| stats.add(v));
    let n = values.len() as f64;
    let mean = values.iter().map(|&v| f64::from(v)).sum::<f64>() / n;
    let var = values
        .iter()
        .map(|&v| (f64::from(v) - mean).powi(2))
        .sum::<f64>()
        / n;
    let got = stats.take().unwrap();
    let get = |k: &str| got.iter().find(|(n, _)| *n == k).unwrap().1;
    assert!((get("replay/density_mean") - mean).abs() < 1e-12);
    assert!((get("replay/density_std") - var.sqrt()).abs() < 1e-12);
    let min = values.iter().copied().fold(f32::INFINITY, f32::min);
    let max = values.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    assert_eq!(get("replay/density_min"), f64::from(min));
    assert_eq!(get("replay/density_max"), f64::from(max));
    assert_eq!(get("replay/density_count"), n);
    assert_eq!(stats.count(), 0, "take starts a new interval");
}

#[test]
fn clock_fractions_are_shares_of_the_wall_time() {
    let mut clock = LoopClock::new();
    clock.device(Duration::from_millis(300));
    clock.reward_model(Duration::from_millis(100));
    clock.env_wait(Duration::from_millis(250));
    clock.batch_wait(Duration::from_millis(50));
    clock.count(40, 6);
    clock.count(40, 2);
    let got = clock.scalars(Duration::from_secs(2));
    let get = |k: &str| got.iter().find(|(n, _)| *n == k).unwrap().1;
    assert!((get("perf/device_busy") - 0.2).abs() < 1e-12);
    assert!((get("perf/reward_model") - 0.05).abs() < 1e-12);
    assert!((get("perf/env_wait") - 0.125).abs() < 1e-12);
    assert!((get("perf/batch_wait") - 0.025).abs() < 1e-12);
    assert!((get("perf/env_steps_per_second") - 40.0).abs() < 1e-12);
    assert!((get("perf/updates_per_second") - 4.0).abs() < 1e-12);
}

#[test]
fn progress_line_reports_steps_updates_returns_and_rate() {
    let line = progress_line(400, 1000, 640, &[3.0, 5.5, 10.0], 21.26);
    assert_eq!(
        line,
        "env steps 400/1000  updates 640  3 episode(s), mean return 6.2, last 10.0  \
         21.3 env steps/s"
    );
    let quiet = progress_line(40, 1000, 0, &[], 0.0);
    assert!(quiet.contains("no episode ended"), "{quiet}");
    assert!(quiet.starts_with("env steps 40/1000  updates 0"), "{quiet}");
}
