#!/usr/bin/env python3
"""One environment in a worker process, driven by viper over stdin/stdout pipes.

Started by viper's Rust bridge (src/envs/python_worker.rs) as
    tools/envs/.venv/bin/python tools/envs/worker.py --task dmc:cartpole_swingup [options]
with one worker process per environment. stdout carries only protocol bytes: the worker moves
file descriptor 1 to a private descriptor at start and points fd 1 (and sys.stdout) at stderr, so
prints from Python and from C libraries (MuJoCo, ALE) go to stderr.

Protocol (the Rust side documents the same in src/envs/protocol.rs). Every message in either
direction is
    kind: 1 byte (an ASCII letter) | length: u32 little-endian | payload: `length` bytes
Requests (viper -> worker):
    b"R" reset      payload u64 seed
    b"S" step       payload f32 * dim (continuous actions, in [-1, 1]) or u32 (discrete index)
    b"C" close      empty; the worker exits without a reply
    b"D" debug      JSON, for fault tests only: {"do": "sleep"|"raise"|"exit", "on": "now"|"step",
                    "seconds": float, "message": str}; "step" arms the fault for the next step
Replies (worker -> viper):
    b"H" hello      JSON, sent once at start: {"task", "action_space": {"kind": "continuous",
                    "dim"} or {"kind": "discrete", "n"}, "has_expert", "pid"}
    b"O" observation, the reply to reset and step:
                    reward f32 | flags u8 (bit 0 is_first, bit 1 is_last, bit 2 is_terminal) |
                    expert kind u8 (0 none, 1 continuous, 2 discrete) |
                    image 64*64*3 uint8 (row-major, RGB) | expert action (f32 * dim, or u32)
                    The expert action is the scripted expert's action in the new state; sending
                    it with every observation saves a round trip per step.
    b"K" ack        empty, the reply to a debug request that returns
    b"E" error      UTF-8 text: the Python traceback of a failed request. The worker stays up.
"""

import argparse
import json
import os
import struct
import sys
import time
import traceback

HEADER = struct.Struct("<cI")
IMAGE_BYTES = 64 * 64 * 3
FLAG_FIRST, FLAG_LAST, FLAG_TERMINAL = 1, 2, 4


class Channel:
    """Reads requests from stdin and writes replies to the protocol descriptor."""

    def __init__(self):
        # Keep the real stdout for protocol bytes only; everything printed goes to stderr.
        self.out = os.fdopen(os.dup(1), "wb")
        os.dup2(2, 1)
        sys.stdout = sys.stderr
        self.inp = sys.stdin.buffer

    def read(self):
        """The next request as (kind, payload), or None when viper closed the pipe."""
        header = self.inp.read(HEADER.size)
        if len(header) < HEADER.size:
            return None
        kind, length = HEADER.unpack(header)
        payload = self.inp.read(length)
        if len(payload) < length:
            return None
        return kind, payload

    def write(self, kind, payload=b""):
        self.out.write(HEADER.pack(kind, len(payload)))
        self.out.write(payload)
        self.out.flush()


def encode_observation(obs, expert):
    image = obs["image"]
    if image.shape != (64, 64, 3) or image.dtype.name != "uint8":
        raise ValueError(f"image must be uint8 (64, 64, 3), got {image.dtype} {image.shape}")
    flags = (
        (FLAG_FIRST if obs["is_first"] else 0)
        | (FLAG_LAST if obs["is_last"] else 0)
        | (FLAG_TERMINAL if obs["is_terminal"] else 0)
    )
    if expert is None:
        kind, tail = 0, b""
    elif isinstance(expert, int):
        kind, tail = 2, struct.pack("<I", expert)
    else:
        values = [float(v) for v in expert]
        kind, tail = 1, struct.pack(f"<{len(values)}f", *values)
    head = struct.pack("<fBB", float(obs["reward"]), flags, kind)
    return head + image.tobytes() + tail


def make_task(args):
    scheme, _, name = args.task.partition(":")
    if scheme == "dmc":
        from dmc_task import DmcTask

        return DmcTask(name, render=args.render, max_steps=args.max_steps, camera=args.camera,
                       action_repeat=args.action_repeat)
    if scheme == "atari":
        from atari_task import AtariTask

        return AtariTask(name, max_steps=args.max_steps, action_repeat=args.action_repeat)
    raise ValueError(f"unknown task '{args.task}': expected dmc:DOMAIN_TASK or atari:GAME")


def decode_action(task, payload):
    space = task.action_space
    if space["kind"] == "discrete":
        if len(payload) != 4:
            raise ValueError(f"discrete action must be 4 bytes (u32), got {len(payload)}")
        (index,) = struct.unpack("<I", payload)
        if index >= space["n"]:
            raise ValueError(f"action {index} out of range for {space['n']} actions")
        return index
    dim = space["dim"]
    if len(payload) != 4 * dim:
        raise ValueError(f"continuous action must be {dim} f32 ({4 * dim} bytes), got {len(payload)}")
    return list(struct.unpack(f"<{dim}f", payload))


def run_fault(fault):
    """Test-only faults: hang, raise or die, to exercise viper's fault handling."""
    what = fault.get("do")
    if what == "sleep":
        time.sleep(float(fault.get("seconds", 3600)))
    elif what == "raise":
        raise RuntimeError(fault.get("message", "fault injected by a debug request"))
    elif what == "exit":
        os._exit(int(fault.get("code", 3)))
    else:
        raise ValueError(f"unknown debug action {what!r}")


def serve(channel, task):
    armed_fault = None
    while True:
        request = channel.read()
        if request is None:
            return
        kind, payload = request
        try:
            if kind == b"R":
                (seed,) = struct.unpack("<Q", payload)
                obs = task.reset(seed)
                channel.write(b"O", encode_observation(obs, task.expert_action()))
            elif kind == b"S":
                if armed_fault is not None:
                    fault, armed_fault = armed_fault, None
                    run_fault(fault)
                obs = task.step(decode_action(task, payload))
                channel.write(b"O", encode_observation(obs, task.expert_action()))
            elif kind == b"C":
                return
            elif kind == b"D":
                fault = json.loads(payload.decode("utf-8"))
                if fault.get("on", "now") == "step":
                    armed_fault = fault
                else:
                    run_fault(fault)
                channel.write(b"K")
            else:
                raise ValueError(f"unknown request kind {kind!r}")
        except Exception:  # noqa: BLE001 (every failure goes back to viper with its traceback)
            channel.write(b"E", traceback.format_exc().encode("utf-8", "replace"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--task", required=True, help="dmc:DOMAIN_TASK or atari:GAME")
    parser.add_argument("--render", choices=["default", "fast"], default="default",
                        help="DMC rendering quality: as the reference, or without shadows/MSAA")
    parser.add_argument("--max-steps", type=int, default=0,
                        help="end episodes after this many agent steps (0: the task's own limit)")
    parser.add_argument("--camera", type=int, default=-1, help="DMC camera (-1: the reference's)")
    parser.add_argument("--action-repeat", type=int, default=0,
                        help="agent action repeat (0: the reference's, DMC 2, Atari 4)")
    args = parser.parse_args()
    channel = Channel()
    try:
        task = make_task(args)
    except Exception:  # noqa: BLE001 (a task that fails to load is reported to viper)
        channel.write(b"E", traceback.format_exc().encode("utf-8", "replace"))
        sys.exit(1)
    hello = {
        "task": args.task,
        "action_space": task.action_space,
        "has_expert": task.has_expert,
        "pid": os.getpid(),
    }
    channel.write(b"H", json.dumps(hello).encode("utf-8"))
    serve(channel, task)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
