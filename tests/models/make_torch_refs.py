"""Reference values from PyTorch for rectify's model files (run once; commit the outputs).

    /usr/bin/python3 tests/models/make_torch_refs.py     # Debian: apt-get install python3-torch

1. rectify -> PyTorch: each tests/models/fixtures/<name>.safetensors written by
   rectify (make_fixtures.ts) is read with a small safetensors reader (Debian has
   no python3-safetensors), its architecture is rebuilt from __metadata__ as the
   equivalent torch.nn.Sequential, load_state_dict(strict=True) loads it, and
   the outputs on seeded inputs go to fixtures/torch_refs.json.
2. PyTorch -> rectify: a seeded nn.Sequential(Linear(4, 16), Tanh(), Linear(16, 3))
   is written to fixtures/torch_mlp.safetensors (by the same small writer, from
   torch tensors) with its softmax probabilities on the first 20 rows of
   data/iris.csv (raw features) in torch_refs.json; likewise a seeded CNN
   (Conv2d, ReLU, MaxPool2d, Conv2d, ReLU, Flatten, Linear) to
   fixtures/torch_cnn.safetensors with its probabilities on the first 20 rows
   of data/digits.csv as [1, 8, 8] images.

The tests never run PyTorch; they read these files.
"""

import csv
import json
import struct
from pathlib import Path

import torch
from torch import nn

HERE = Path(__file__).resolve().parent
FIX = HERE / "fixtures"
ROOT = HERE.parent.parent
DTYPES = {"F32": torch.float32, "F64": torch.float64, "I64": torch.int64}


def read_safetensors(path):
    raw = path.read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + n])
    meta = header.pop("__metadata__", {})
    data = raw[8 + n :]
    tensors = {}
    for name, t in header.items():
        b, e = t["data_offsets"]
        buf = bytearray(data[b:e])
        tensors[name] = torch.frombuffer(buf, dtype=DTYPES[t["dtype"]]).reshape(t["shape"]).clone()
    return tensors, meta


def write_safetensors(path, tensors, meta=None):
    header, chunks, offset = {}, [], 0
    if meta:
        header["__metadata__"] = meta
    names = {torch.float32: "F32", torch.float64: "F64", torch.int64: "I64"}
    for name, t in tensors.items():
        b = t.contiguous().numpy().tobytes()
        header[name] = {"dtype": names[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(b)]}
        chunks.append(b)
        offset += len(b)
    h = json.dumps(header).encode()
    h += b" " * ((8 - len(h) % 8) % 8)
    path.write_bytes(struct.pack("<Q", len(h)) + h + b"".join(chunks))


class GlobalAvgPool2d(nn.Module):
    def forward(self, x):
        return x.mean((2, 3))


def activation(spec, features):
    name, o = spec["name"], spec.get("options", {})
    if name == "relu":
        return nn.ReLU()
    if name == "prelu":
        return nn.PReLU(num_parameters=features[0] if not o.get("sharedAxes") else 1)
    if name == "elu":
        return nn.ELU(alpha=o.get("alpha", 1.0))
    if name == "tanh":
        return nn.Tanh()
    raise ValueError(f"no torch module for activation {name} in this script")


def pair(v):
    return tuple(v) if isinstance(v, list) else v


def torch_sequential(arch):
    """The nn.Sequential equivalent to a rectify architecture (layer i -> module i)."""
    dtype = torch.float64 if arch["dtype"] == "float64" else torch.float32
    shape = list(arch["inputShape"])
    mods = []
    for layer in arch["layers"]:
        t = layer["type"]
        if t == "dense":
            m = nn.Linear(shape[-1], layer["outFeatures"], bias=layer.get("bias", True))
        elif t == "batchNorm":
            m = nn.BatchNorm1d(shape[0], eps=layer["eps"], momentum=layer["momentum"])
        elif t == "batchNorm2d":
            m = nn.BatchNorm2d(shape[0], eps=layer["eps"], momentum=layer["momentum"], affine=layer["affine"])
        elif t == "activation":
            m = activation(layer["activation"], shape)
        elif t == "conv2d":
            m = nn.Conv2d(
                shape[0],
                layer["outChannels"],
                pair(layer["kernelSize"]),
                stride=pair(layer["stride"]),
                padding=pair(layer["padding"]),
                dilation=pair(layer["dilation"]),
                groups=layer["groups"],
                bias=layer["bias"],
            )
        elif t == "maxPool2d":
            m = nn.MaxPool2d(pair(layer["kernelSize"]), pair(layer["stride"]), pair(layer["padding"]), ceil_mode=layer["ceilMode"])
        elif t == "avgPool2d":
            m = nn.AvgPool2d(
                pair(layer["kernelSize"]),
                pair(layer["stride"]),
                pair(layer["padding"]),
                ceil_mode=layer["ceilMode"],
                count_include_pad=layer["countIncludePad"],
            )
        elif t == "flatten":
            m = nn.Flatten()
        elif t == "globalAvgPool2d":
            m = GlobalAvgPool2d()
        elif t in ("dropout", "dropout2d"):
            m = nn.Dropout(layer["p"]) if t == "dropout" else nn.Dropout2d(layer["p"])
        else:
            raise ValueError(f"layer type {t}")
        m = m.to(dtype)
        mods.append(m)
        with torch.no_grad():
            shape = list(m.eval()(torch.zeros([2, *shape], dtype=dtype)).shape[1:])
    return nn.Sequential(*mods).to(dtype)


def main():
    torch.manual_seed(0)
    refs = {"torch": torch.__version__, "models": {}}
    for name in ["mlp_f32", "cnn_f32", "mlp_f64"]:
        tensors, meta = read_safetensors(FIX / f"{name}.safetensors")
        arch = json.loads(meta["architecture"])
        model = torch_sequential(arch)
        model.load_state_dict(tensors, strict=True)
        model.eval()
        dtype = torch.float64 if arch["dtype"] == "float64" else torch.float32
        x = torch.randn([6, *arch["inputShape"]], dtype=torch.float64).to(dtype)
        z = x
        if "preprocessing" in meta:
            st = json.loads(meta["preprocessing"])["standardize"]
            mean = torch.tensor(st["mean"], dtype=dtype).reshape(arch["inputShape"])
            std = torch.tensor(st["std"], dtype=dtype).reshape(arch["inputShape"])
            z = (x - mean) / std
        with torch.no_grad():
            y = model(z)
        refs["models"][name] = {
            "inputShape": arch["inputShape"],
            "input": x.flatten().tolist(),
            "output": y.flatten().tolist(),
            "outputShape": list(y.shape),
        }
        print(f"{name}: loaded strictly into {model.__class__.__name__} of {len(model)} modules")

    torch.manual_seed(1)
    net = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 3))
    write_safetensors(FIX / "torch_mlp.safetensors", {k: v.detach() for k, v in net.state_dict().items()})
    with open(ROOT / "data" / "iris.csv") as f:
        rows = list(csv.DictReader(f))[:20]
    feats = ["sepal_length", "sepal_width", "petal_length", "petal_width"]
    x = torch.tensor([[float(r[c]) for c in feats] for r in rows])
    with torch.no_grad():
        probs = torch.softmax(net(x), dim=-1)
    refs["torch_mlp"] = {
        "architecture": "Linear(4, 16), Tanh(), Linear(16, 3)",
        "rows": 20,
        "probabilities": probs.flatten().tolist(),
    }

    torch.manual_seed(2)
    cnn = nn.Sequential(
        nn.Conv2d(1, 4, 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(4, 8, 3, padding=1),
        nn.ReLU(),
        nn.Flatten(),
        nn.Linear(8 * 4 * 4, 10),
    )
    write_safetensors(FIX / "torch_cnn.safetensors", {k: v.detach() for k, v in cnn.state_dict().items()})
    with open(ROOT / "data" / "digits.csv") as f:
        rows = list(csv.reader(f))[1:21]
    x = torch.tensor([[float(v) for v in r[:64]] for r in rows]).reshape(20, 1, 8, 8)
    with torch.no_grad():
        probs = torch.softmax(cnn(x), dim=-1)
    refs["torch_cnn"] = {
        "architecture": "Conv2d(1, 4, 3, padding=1), ReLU(), MaxPool2d(2), Conv2d(4, 8, 3, padding=1), ReLU(), Flatten(), Linear(128, 10)",
        "rows": 20,
        "probabilities": probs.flatten().tolist(),
    }
    (FIX / "torch_refs.json").write_text(json.dumps(refs, indent=1) + "\n")
    print("wrote", FIX / "torch_refs.json", FIX / "torch_mlp.safetensors", "and", FIX / "torch_cnn.safetensors")


if __name__ == "__main__":
    main()
