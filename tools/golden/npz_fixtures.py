"""Writes the numpy-made npz files that tests/datasets.rs reads (tests/golden/npz/).

Each file is one episode as the reference's datasets store it (or a deliberately wrong one).
The frame values follow a formula the Rust test recomputes:
    value[t, h, w, c] = (7 t + 3 h + 5 w + 11 c) % 256.
Run: python tools/golden/npz_fixtures.py  (numpy pinned in requirements.txt)
"""

import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[2] / "tests" / "golden" / "npz"


def frames(t, h=64, w=64, c=3):
    idx = np.indices((t, h, w, c))
    return ((7 * idx[0] + 3 * idx[1] + 5 * idx[2] + 11 * idx[3]) % 256).astype(np.uint8)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT / "savez_compressed_episode.npz", frames(3))
    np.savez(OUT / "savez_episode.npz", frames(2))
    np.savez_compressed(OUT / "wrong_key.npz", frames=frames(2))
    np.savez_compressed(OUT / "wrong_dtype.npz", frames(2).astype(np.float32))
    np.savez_compressed(OUT / "wrong_shape.npz", frames(2, 32, 32, 3))
    print(f"wrote fixtures to {OUT} with numpy {np.__version__}")


if __name__ == "__main__":
    main()
