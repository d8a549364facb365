//! `viper pipeline` end to end on tiny settings (the mechanism, not learning): a first run
//! stopped after the VideoGPT, a second that skips those stages and finishes, a third that
//! skips everything. The report's numbers must equal the stage markers', the markers' numbers
//! must equal what `eval-agent`, `collect --policy random` and the agents' `metrics.jsonl`
//! give on their own, a changed or misspelt setting is refused by name, `--steps-scale`
//! multiplies the step counts, and `--restart-from` clears the stage and what builds on it.

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

const EPISODE_LENGTH: usize = 20;
/// Not the pipeline's default (8), so every stage must take it from the settings.
const ACTION_REPEAT: usize = 4;
const EVAL_EPISODES: usize = 2;
const RANDOM_EPISODES: usize = 3;

/// The tiny settings every run here uses.
fn tiny_settings() -> Vec<String> {
    [
        "collect.episodes=4".to_string(),
        format!("collect.tokenizer_random_episodes={RANDOM_EPISODES}"),
        format!("episode_length={EPISODE_LENGTH}"),
        format!("action_repeat={ACTION_REPEAT}"),
        "vqgan.total_steps=3".into(),
        "videogpt.total_steps=3".into(),
        "agent.steps=100".into(),
        "agent.prefill=60".into(),
        "agent.envs=2".into(),
        // The tiny preset's sizes (the default is the larger `cpu` preset).
        "agent.config.deter=16".into(),
        "agent.config.units=16".into(),
        "agent.config.cnn_depth=4".into(),
        "agent.config.stoch=4".into(),
        "agent.config.classes=4".into(),
        "agent.config.batch_size=4".into(),
        "agent.config.batch_length=8".into(),
        "agent.config.imag_horizon=5".into(),
        format!("random.episodes={RANDOM_EPISODES}"),
        format!("eval.episodes={EVAL_EPISODES}"),
    ]
    .into_iter()
    .flat_map(|s| ["--set".to_string(), s])
    .collect()
}

fn viper(args: &[String], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_viper"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// Runs `viper pipeline --out run --quiet` with the tiny settings, `extra` after them.
fn pipeline(dir: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["--quiet"];
    args.extend(extra);
    pipeline_loud(dir, &args)
}

/// `viper pipeline --out run` with the tiny settings and `extra`, with progress lines.
fn pipeline_loud(dir: &Path, extra: &[&str]) -> Output {
    let mut args: Vec<String> = ["pipeline", "--out", "run"].map(String::from).to_vec();
    args.extend(tiny_settings());
    args.extend(extra.iter().map(|s| s.to_string()));
    viper(&args, dir)
}

fn ok(out: Output, what: &str) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        out.status.success(),
        "{what} failed:\n{}\n{stderr}",
        String::from_utf8_lossy(&out.stdout)
    );
    stderr + &String::from_utf8_lossy(&out.stdout)
}

fn json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The episode returns `viper collect` recorded in the cart-pole dataset at `root`.
fn collected_returns(root: &Path) -> Vec<f64> {
    let collected = json(&root.join("cartpole_balance/returns.json"));
    collected["episodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["return"].as_f64().unwrap())
        .collect()
}

fn marker(dir: &Path, stage: &str) -> Value {
    json(&dir.join("run/stages").join(format!("{stage}.json")))
}

fn mean(v: &Value) -> f64 {
    v["mean"].as_f64().unwrap()
}

/// The agents' training curve from their `metrics.jsonl`: (step, mean return, episodes).
fn curve_from_metrics(run: &Path) -> Vec<(u64, f64, u64)> {
    let text = std::fs::read_to_string(run.join("metrics.jsonl")).unwrap();
    let mut by_step: std::collections::BTreeMap<u64, Vec<f64>> = Default::default();
    for line in text.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        if let Some(r) = v.get("episode/task_return").and_then(Value::as_f64) {
            by_step
                .entry(v["step"].as_u64().unwrap())
                .or_default()
                .push(r);
        }
    }
    by_step
        .into_iter()
        .map(|(s, r)| (s, r.iter().sum::<f64>() / r.len() as f64, r.len() as u64))
        .collect()
}

fn check_agent_marker(dir: &Path, stage: &str) -> usize {
    let m = marker(dir, stage);
    let curve: Vec<(u64, f64, u64)> = m["result"]["curve"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["env_step"].as_u64().unwrap(),
                p["mean_return"].as_f64().unwrap(),
                p["episodes"].as_u64().unwrap(),
            )
        })
        .collect();
    let expected = curve_from_metrics(&dir.join("run").join(stage));
    assert_eq!(curve.len(), expected.len(), "{stage}: curve points");
    for (a, b) in curve.iter().zip(&expected) {
        assert_eq!(
            (a.0, a.2),
            (b.0, b.2),
            "{stage}: curve steps and episode counts"
        );
        assert!(
            (a.1 - b.1).abs() < 1e-9,
            "{stage}: curve {a:?} against {b:?}"
        );
    }
    assert_eq!(m["result"]["env_steps"].as_u64(), Some(100), "{stage}");
    // Two envs in step: the first episodes end after 20 steps (env step 2 * 20), the next
    // ones 20 steps and a reset step later; the third would end after step 100.
    let n = 2;
    let ends = [
        n * EPISODE_LENGTH,
        n * EPISODE_LENGTH + n * (EPISODE_LENGTH + 1),
    ];
    let steps: Vec<u64> = curve.iter().map(|p| p.0).collect();
    assert_eq!(steps, ends.map(|s| s as u64), "{stage}");
    assert!(curve.iter().all(|p| p.2 == n as u64), "{stage}: {curve:?}");
    curve.len()
}

/// `viper eval-agent` on an agent folder: (agent mean, expert mean) as it prints them.
fn eval_agent(dir: &Path, stage: &str) -> (String, String) {
    let args: Vec<String> = [
        "eval-agent",
        "--logdir",
        &format!("run/{stage}"),
        "--episodes",
        &EVAL_EPISODES.to_string(),
        "--episode-length",
        &EPISODE_LENGTH.to_string(),
        "--seed",
        "1000",
    ]
    .map(String::from)
    .to_vec();
    let out = ok(viper(&args, dir), "eval-agent");
    let line = out
        .lines()
        .find(|l| l.starts_with("eval-agent: mean task return"))
        .unwrap_or_else(|| panic!("no eval line in {out}"));
    let numbers: Vec<String> = line
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .filter(|s| s.contains('.'))
        .map(String::from)
        .collect();
    (numbers[0].clone(), numbers[1].clone())
}

/// The report's row for `policy`, split into its cells.
fn report_row(report: &str, policy: &str) -> Vec<String> {
    let line = report
        .lines()
        .find(|l| l.starts_with(&format!("| {policy}")))
        .unwrap_or_else(|| panic!("no row `{policy}` in the report"));
    line.split('|').map(|c| c.trim().to_string()).collect()
}

#[test]
fn pipeline_runs_resumes_reports_and_refuses_changed_settings() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();

    // 1. Up to the VideoGPT.
    let log = ok(pipeline(dir, &["--until", "videogpt"]), "first run");
    for stage in ["collect", "vqgan", "videogpt"] {
        assert!(log.contains(&format!("{stage}] done in ")), "{log}");
    }
    assert!(log.contains("stopped after videogpt"), "{log}");
    assert!(!dir.join("run/stages/agent-viper.json").exists());
    let early: Vec<Value> = ["collect", "vqgan", "videogpt"]
        .iter()
        .map(|s| marker(dir, s))
        .collect();
    assert_eq!(early[1]["result"]["steps"].as_u64(), Some(3));
    assert_eq!(early[2]["result"]["steps"].as_u64(), Some(3));

    // 2. The rest; the finished stages are skipped (markers untouched), the two agents and
    // the random policy run side by side, their progress lines labelled (no bars).
    let log = ok(pipeline_loud(dir, &[]), "second run");
    for (stage, before) in ["collect", "vqgan", "videogpt"].iter().zip(&early) {
        assert!(
            log.contains(&format!("{stage}] done in an earlier run")),
            "{log}"
        );
        assert_eq!(&marker(dir, stage), before, "{stage}'s marker changed");
    }
    for stage in ["agent-viper", "agent-task", "random", "eval", "report"] {
        assert!(log.contains(&format!("{stage}] done in ")), "{log}");
    }
    assert!(
        log.contains("agent-viper, agent-task, random run side by side"),
        "{log}"
    );
    for tag in ["[4/8 agent-viper]", "[5/8 agent-task]"] {
        assert!(
            log.lines()
                .any(|l| l.starts_with(&format!("{tag} env steps 100/100"))),
            "no progress line of {tag}: {log}"
        );
    }
    let beside = |stage: &str| -> Vec<String> {
        let m = marker(dir, stage);
        let names = m["alongside"].as_array().cloned().unwrap_or_default();
        names
            .iter()
            .map(|n| n.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(beside("agent-viper"), ["agent-task", "random"]);
    assert_eq!(beside("random"), ["agent-viper", "agent-task"]);
    assert!(beside("eval").is_empty());

    // The markers against the outputs they summarise.
    assert_eq!(check_agent_marker(dir, "agent-viper"), 2);
    assert_eq!(check_agent_marker(dir, "agent-task"), 2);
    let eval = marker(dir, "eval")["result"].clone();
    for (stage, key) in [("agent-viper", "viper"), ("agent-task", "task")] {
        let (agent, expert) = eval_agent(dir, stage);
        assert_eq!(agent, format!("{:.1}", mean(&eval[key])), "{stage}");
        assert_eq!(expert, format!("{:.1}", mean(&eval["expert"])), "{stage}");
    }
    let random = marker(dir, "random")["result"].clone();
    let collect_args: Vec<String> = [
        "collect",
        "--env",
        "builtin:cartpole_balance",
        "--policy",
        "random",
        "--episodes",
        &RANDOM_EPISODES.to_string(),
        "--episode-length",
        &EPISODE_LENGTH.to_string(),
        "--action-repeat",
        &ACTION_REPEAT.to_string(),
        "--seed",
        "0",
        "--out",
        "random-data",
    ]
    .map(String::from)
    .to_vec();
    ok(viper(&collect_args, dir), "collect --policy random");
    let returns = collected_returns(&dir.join("random-data"));
    let marked: Vec<f64> = random["returns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_f64().unwrap())
        .collect();
    assert_eq!(
        marked, returns,
        "random stage against collect --policy random"
    );
    // The tokenizer's random-policy episodes: the same policy, seed and count.
    assert_eq!(
        early[0]["result"]["tokenizer_random_episodes"].as_u64(),
        Some(RANDOM_EPISODES as u64)
    );
    let tokenizer_returns = collected_returns(&dir.join("run/tokenizer-data"));
    assert_eq!(tokenizer_returns, returns, "tokenizer data against collect");
    let random_mean = returns.iter().sum::<f64>() / returns.len() as f64;
    assert!((mean(&random) - random_mean).abs() < 1e-9);

    // The report against the markers.
    let report = std::fs::read_to_string(dir.join("run/report.md")).unwrap();
    let expert = mean(&eval["expert"]);
    for (policy, value) in [
        ("VIPER agent", mean(&eval["viper"])),
        ("task-oracle agent", mean(&eval["task"])),
        ("random policy", random_mean),
        ("scripted expert", expert),
    ] {
        let row = report_row(&report, policy);
        assert_eq!(row[2], format!("{value:.1}"), "{policy}");
        assert_eq!(
            row[4],
            format!("{:.1}%", 100.0 * value / expert),
            "{policy}"
        );
    }
    for stage in [
        "collect",
        "vqgan",
        "videogpt",
        "agent-viper",
        "agent-task",
        "eval",
    ] {
        assert!(
            report.contains(&format!("| {stage} | ")),
            "no timing of {stage}"
        );
    }
    let svg = std::fs::read_to_string(dir.join("run/returns.svg")).unwrap();
    let polylines: Vec<usize> = svg
        .lines()
        .filter(|l| l.starts_with("<polyline"))
        .map(|l| l.split("points=\"").nth(1).unwrap().split(' ').count())
        .collect();
    // VIPER and oracle curves (2 points each), random and expert flat lines.
    assert_eq!(polylines, [2, 2, 2, 2], "{svg}");
    for label in [
        "VIPER agent",
        "task oracle",
        "random (mean)",
        "scripted expert",
    ] {
        assert!(
            svg.contains(&format!(">{label}</text>")),
            "no legend {label}"
        );
    }

    // 3. Everything done: only the report is written again.
    let log = ok(pipeline(dir, &[]), "third run");
    assert_eq!(log.matches("done in an earlier run").count(), 7, "{log}");

    // A changed setting is refused by name, before anything runs.
    let out = pipeline(dir, &["--set", "agent.steps=120"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("stage agent-viper") && stderr.contains("agent.steps = 100"),
        "{stderr}"
    );
    assert!(
        stderr.contains("120") && stderr.contains("--restart-from"),
        "{stderr}"
    );

    // A misspelt setting is refused by its path.
    let out = pipeline(dir, &["--set", "agent.stepz=5"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && stderr.contains("stepz"),
        "{stderr}"
    );

    // --steps-scale multiplies the step counts given by --set (a new run directory).
    let mut args: Vec<String> = ["pipeline", "--out", "scaled", "--quiet"]
        .map(String::from)
        .to_vec();
    args.extend(tiny_settings());
    args.extend(["--steps-scale", "2", "--until", "collect"].map(String::from));
    ok(viper(&args, dir), "--steps-scale");
    let scaled = json(&dir.join("scaled/settings.json"));
    assert_eq!(scaled["vqgan"]["total_steps"].as_u64(), Some(6));
    assert_eq!(scaled["videogpt"]["total_steps"].as_u64(), Some(6));
    assert_eq!(scaled["agent"]["steps"].as_u64(), Some(200));
    assert_eq!(scaled["agent"]["prefill"].as_u64(), Some(120));

    // --restart-from clears the stage and the stages built on it, nothing else.
    ok(
        pipeline(dir, &["--restart-from", "eval", "--until", "random"]),
        "restart",
    );
    for (stage, kept) in [
        ("collect", true),
        ("agent-viper", true),
        ("random", true),
        ("eval", false),
        ("report", false),
    ] {
        let exists = dir.join(format!("run/stages/{stage}.json")).exists();
        assert_eq!(exists, kept, "{stage}");
    }

    // A stage failing side by side: the VIPER agent without its VideoGPT (folder moved away)
    // fails at once; the task agent (resumed from its finished checkpoint) and the random
    // policy still finish and write their markers; the run fails naming agent-viper.
    for stage in ["agent-task", "random"] {
        std::fs::remove_file(dir.join(format!("run/stages/{stage}.json"))).unwrap();
    }
    ok(
        pipeline(
            dir,
            &["--restart-from", "agent-viper", "--until", "collect"],
        ),
        "restart agent-viper",
    );
    std::fs::rename(dir.join("run/videogpt"), dir.join("videogpt-away")).unwrap();
    let out = pipeline(dir, &["--until", "random"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    let error = stderr
        .lines()
        .find(|l| l.starts_with("error: "))
        .unwrap_or_else(|| panic!("no error line: {stderr}"));
    assert!(error.contains("stage agent-viper"), "{stderr}");
    assert!(!error.contains("agent-task"), "{stderr}");
    for stage in ["agent-task", "random"] {
        assert!(stderr.contains(&format!("{stage}] done in ")), "{stderr}");
        assert!(dir.join(format!("run/stages/{stage}.json")).exists());
    }
    assert!(!dir.join("run/stages/agent-viper.json").exists());

    // With the VideoGPT back, a rerun skips the two that finished and runs agent-viper alone.
    std::fs::rename(dir.join("videogpt-away"), dir.join("run/videogpt")).unwrap();
    let log = ok(
        pipeline(dir, &["--until", "random"]),
        "rerun after the failure",
    );
    for stage in ["agent-task", "random"] {
        assert!(
            log.contains(&format!("{stage}] done in an earlier run")),
            "{log}"
        );
    }
    assert!(log.contains("agent-viper] done in "), "{log}");
    assert!(!log.contains("side by side"), "{log}");
    assert!(beside("agent-viper").is_empty());
}
