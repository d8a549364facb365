"""Tables from a `reference_agent_train.py` run directory: episode returns per env-step bin
(mean, min, max, count) and the logged action statistics over time.

  tools/bench/.venv/bin/python tools/bench/reference_agent_report.py OUT [--bin 2000]
"""

import argparse
import json
import os


def read_jsonl(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--bin", type=int, default=2000, help="env steps per row")
    args = parser.parse_args()
    episodes = read_jsonl(os.path.join(args.out, "episodes.jsonl"))
    print(f"| env steps | episodes | mean return | min | max | wall (s) |")
    print("|---|---|---|---|---|---|")
    bins = {}
    for ep in episodes:
        bins.setdefault(ep["step"] // args.bin, []).append(ep)
    for key in sorted(bins):
        rows = bins[key]
        returns = [r["return"] for r in rows]
        print(f"| {key * args.bin}-{(key + 1) * args.bin} | {len(rows)} | "
              f"{sum(returns) / len(returns):.1f} | {min(returns):.1f} | {max(returns):.1f} | "
              f"{rows[-1]['wall']:.0f} |")
    train = read_jsonl(os.path.join(args.out, "train.jsonl"))
    keys = ["action_mean", "action_abs_mean", "policy_entropy_mean", "env_action_mean",
            "env_action_abs_mean", "image_loss_mean", "reward_loss_mean",
            "extr_return_raw_mean", "actor_opt_grad_norm"]
    short = ["imag a", "imag abs", "entropy", "env a", "env abs", "image loss", "reward loss",
             "imag return", "actor grad"]
    print()
    print("| env steps | updates | wall (s) | " + " | ".join(short) + " |")
    print("|---" * (3 + len(keys)) + "|")
    for row in train:
        values = " | ".join(f"{row[k]:.3g}" if k in row else "-" for k in keys)
        print(f"| {row['step']} | {row['updates']} | {row['wall']:.0f} | {values} |")


if __name__ == "__main__":
    main()
