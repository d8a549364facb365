#!/usr/bin/env python3
"""Converts the reference's `mask_map.pkl` (a pickled dict game -> uint8 0/1 array) into the
`mask_map.npz` viper reads (one uint8 array per task, named by the task's folder name in the
dataset; shape [64, 64], [64, 64, 1] or [64, 64, 3]; see src/data/masks.rs).

User-run, not part of CI (it unpickles a file, so run it only on a file you trust):

    python tools/masks/convert_mask_map.py datasets/atari/mask_map.pkl DATA_ROOT/mask_map.npz

`--rename OLD=NEW` (repeatable) renames a game whose key differs from its dataset folder name.
"""
import argparse
import pickle

import numpy as np

ACCEPTED = ((64, 64), (64, 64, 1), (64, 64, 3))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pickle", help="the reference's mask_map.pkl")
    parser.add_argument("npz", help="where to write mask_map.npz (usually <dataset root>/)")
    parser.add_argument("--rename", action="append", default=[], metavar="OLD=NEW")
    args = parser.parse_args()
    renames = dict(item.split("=", 1) for item in args.rename)
    with open(args.pickle, "rb") as f:
        mask_map = pickle.load(f)
    arrays = {}
    for game, mask in sorted(mask_map.items()):
        mask = np.asarray(mask)
        # Leading singleton axes (e.g. a [1, 64, 64, 1] mask meant to broadcast over time).
        while mask.ndim > 2 and mask.shape[0] == 1:
            mask = mask[0]
        if mask.shape not in ACCEPTED:
            raise SystemExit(f"{args.pickle}: mask of `{game}` has shape {mask.shape}, "
                             f"expected one of {ACCEPTED}")
        values = np.unique(mask)
        if not np.isin(values, (0, 1)).all():
            raise SystemExit(f"{args.pickle}: mask of `{game}` holds {values}, expected 0/1")
        arrays[renames.get(str(game), str(game))] = np.ascontiguousarray(mask, dtype=np.uint8)
    np.savez(args.npz, **arrays)
    print(f"wrote {len(arrays)} masks to {args.npz}: {', '.join(arrays)}")


if __name__ == "__main__":
    main()
