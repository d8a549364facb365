#!/usr/bin/env python3
"""Writes the LPIPS (VGG16) weights file viper reads (`viper train-vqgan --lpips FILE`) from the
public torch weights: torchvision's VGG16 ImageNet state dict (`vgg16-397923af.pth`) and the
LPIPS v0.1 linear layers (`lpips/weights/v0.1/vgg.pth` from the `lpips` package).

User-run, not part of CI:

    pip install -r tools/lpips/requirements.txt
    python tools/lpips/convert.py --vgg vgg16-397923af.pth --lin vgg.pth --out lpips_vgg16.safetensors

Without --vgg the torchvision weights are fetched through torchvision
(`VGG16_Weights.IMAGENET1K_V1`); without --lin the file inside the installed `lpips` package is
used. The output holds f32 tensors named as src/models/lpips/weights.rs documents:
`vgg/conv{s}_{i}/kernel` [3, 3, in, out] (HWIO, transposed from torch's OIHW),
`vgg/conv{s}_{i}/bias` [out], and `lin{k}/weight` [C_k] (torch's [1, C_k, 1, 1] flattened).
"""
import argparse
import os

import numpy as np
import torch
from safetensors.numpy import save_file

CONVS_PER_STAGE = (2, 2, 3, 3, 3)
# Index of each 3x3 convolution in torchvision's `vgg16().features` (ReLUs and max-pools between).
FEATURE_INDICES = (0, 2, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28)


def load_vgg(path):
    if path:
        return torch.load(path, map_location="cpu")
    import torchvision

    weights = torchvision.models.VGG16_Weights.IMAGENET1K_V1
    return torchvision.models.vgg16(weights=weights).state_dict()


def load_lin(path):
    if not path:
        import lpips

        path = os.path.join(os.path.dirname(lpips.__file__), "weights", "v0.1", "vgg.pth")
    return torch.load(path, map_location="cpu")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vgg", help="torchvision VGG16 state dict (.pth)")
    parser.add_argument("--lin", help="LPIPS v0.1 vgg.pth (the lin layers)")
    parser.add_argument("--out", required=True, help="output .safetensors")
    args = parser.parse_args()
    vgg, lin = load_vgg(args.vgg), load_lin(args.lin)
    out = {}
    names = [(s + 1, i + 1) for s, n in enumerate(CONVS_PER_STAGE) for i in range(n)]
    for (stage, conv), index in zip(names, FEATURE_INDICES):
        weight = vgg[f"features.{index}.weight"].numpy()  # [out, in, 3, 3]
        bias = vgg[f"features.{index}.bias"].numpy()
        out[f"vgg/conv{stage}_{conv}/kernel"] = np.ascontiguousarray(
            weight.transpose(2, 3, 1, 0), dtype=np.float32)
        out[f"vgg/conv{stage}_{conv}/bias"] = bias.astype(np.float32)
    for k in range(5):
        weight = lin[f"lin{k}.model.1.weight"].numpy().reshape(-1)
        if (weight < 0).any():
            raise SystemExit(f"lin{k}: negative weights; LPIPS lin weights are non-negative")
        out[f"lin{k}/weight"] = weight.astype(np.float32)
    save_file(out, args.out)
    total = sum(v.size for v in out.values())
    print(f"wrote {len(out)} tensors ({total:,} values) to {args.out}")


if __name__ == "__main__":
    main()
