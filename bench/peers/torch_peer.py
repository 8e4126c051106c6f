"""PyTorch contender of `deno task bench:peers` (bench/peers/peers.ts starts it).

A persistent process: it reads one JSON command per line on stdin and answers
one JSON line on stdout.

  {"cmd": "info"}                          -> {"torch": "1.13.1", "threads": 1, "blas": "..."}
  {"cmd": "setup", "id": "k", "workload": "mlp", ...shape} -> {"ok": true}
  {"cmd": "run", "id": "k", "calls": 1}    -> {"ms": 1.234}   (ms per call over `calls` back-to-back calls, timed here)
  {"cmd": "quit"}

The thread count is fixed for the whole process by `--threads N` (peers.ts starts one
process per thread count and alternates between them and its other contenders). The
inputs are the same as peers.ts's: its LCG (`rand(n, seed)`), the same shapes, Adam
(lr 0.001) or SGD with momentum 0.9 as peers.ts says, integer targets `i % classes`.
Only the call itself is timed (perf_counter around it), not the pipe.
"""

import argparse
import json
import sys
import time

import torch
import torch.nn.functional as F


def rand(n, seed):
    """peers.ts's `rand`: an LCG, uniform in [-0.5, 0.5), as float32."""
    out = [0.0] * n
    s = seed & 0xFFFFFFFF
    for i in range(n):
        s = (s * 1664525 + 1013904223) & 0xFFFFFFFF
        out[i] = s / 2**32 - 0.5
    return torch.tensor(out, dtype=torch.float32)


def make_optimizer(params, spec):
    if spec.startswith("adam"):
        return torch.optim.Adam(params, lr=0.001)
    return torch.optim.SGD(params, lr=0.01, momentum=0.9)


def mlp(cmd):
    sizes, batch = cmd["sizes"], cmd["batch"]
    torch.manual_seed(42)
    layers = []
    for i in range(len(sizes) - 1):
        lin = torch.nn.Linear(sizes[i], sizes[i + 1])
        torch.nn.init.xavier_uniform_(lin.weight)
        torch.nn.init.zeros_(lin.bias)
        layers.append(lin)
        if i + 2 < len(sizes):
            layers.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*layers)
    opt = make_optimizer(model.parameters(), cmd["optimizer"])
    x = rand(batch * sizes[0], 1).reshape(batch, sizes[0])
    y = torch.arange(batch) % sizes[-1]

    def step():
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
        return loss.item()

    return step


def matmul(cmd):
    n = cmd["n"]
    a = rand(n * n, 1).reshape(n, n)
    b = rand(n * n, 2).reshape(n, n)

    def run():
        with torch.no_grad():
            torch.mm(a, b)

    return run


ACTIVATIONS = {
    "relu": F.relu,
    "leakyRelu": lambda x: F.leaky_relu(x, 0.01),
    "relu6": F.relu6,
    "elu": F.elu,
    "selu": F.selu,
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "softplus": F.softplus,
    "gelu": F.gelu,
    "silu": F.silu,
    "mish": F.mish,
}


def activation(cmd):
    name, shape = cmd["name"], cmd["shape"]
    n = 1
    for d in shape:
        n *= d
    x = rand(n, 3).reshape(shape)
    if name == "prelu":
        slopes = torch.full((shape[-1],), 0.25)
        fn = lambda t: F.prelu(t, slopes)  # noqa: E731
    else:
        fn = ACTIVATIONS[name]

    def run():
        with torch.no_grad():
            fn(x)

    return run


def relu_backward(cmd):
    n = cmd["n"]
    x = rand(n, 4).requires_grad_()
    seed = torch.ones(n)

    def run():
        x.grad = None
        F.relu(x).backward(seed)

    return run


def conv(cmd):
    n, c, o, h, w = (cmd[k] for k in ("n", "c", "o", "h", "w"))
    backward = cmd["backward"]
    x = rand(n * c * h * w, 5).reshape(n, c, h, w).requires_grad_(backward)
    wt = rand(o * c * 9, 6).reshape(o, c, 3, 3).requires_grad_(backward)
    b = rand(o, 7).requires_grad_(backward)
    up = rand(n * o * h * w, 8).reshape(n, o, h, w)

    def run():
        if not backward:
            with torch.no_grad():
                F.conv2d(x, wt, b, padding=1)
            return
        x.grad = wt.grad = b.grad = None
        F.conv2d(x, wt, b, padding=1).backward(up)

    return run


def cnn(cmd):
    batch = cmd["batch"]
    torch.manual_seed(42)
    c1 = torch.nn.Conv2d(1, 16, 3, padding=1)
    c2 = torch.nn.Conv2d(16, 32, 3, padding=1)
    dense = torch.nn.Linear(32, 10)
    params = [*c1.parameters(), *c2.parameters(), *dense.parameters()]
    opt = make_optimizer(params, cmd["optimizer"])
    x = (rand(batch * 64, 9) + 0.5).reshape(batch, 1, 8, 8)
    y = torch.arange(batch) % 10

    def step():
        opt.zero_grad(set_to_none=False)
        h = F.max_pool2d(F.relu(c1(x)), 2)
        h = F.relu(c2(h)).mean(dim=(2, 3))
        loss = F.cross_entropy(dense(h), y)
        loss.backward()
        opt.step()
        return loss.item()

    return step


WORKLOADS = {
    "mlp": mlp,
    "matmul": matmul,
    "activation": activation,
    "reluBackward": relu_backward,
    "conv": conv,
    "cnn": cnn,
}


def blas_library():
    """The BLAS shared library this process mapped (OpenBLAS, reference BLAS...)."""
    try:
        with open("/proc/self/maps") as maps:
            libs = {line.split()[-1] for line in maps if "blas" in line.lower()}
        return ", ".join(sorted(libs)) or "none mapped"
    except OSError:
        return "unknown"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=1)
    threads = parser.parse_args().threads
    torch.set_num_threads(threads)
    runs = {}
    for line in sys.stdin:
        cmd = json.loads(line)
        kind = cmd["cmd"]
        if kind == "quit":
            break
        if kind == "info":
            torch.mm(torch.ones(8, 8), torch.ones(8, 8))  # maps the BLAS library
            reply = {
                "torch": torch.__version__,
                "threads": torch.get_num_threads(),
                "blas": blas_library(),
            }
        elif kind == "setup":
            runs[cmd["id"]] = WORKLOADS[cmd["workload"]](cmd)
            reply = {"ok": True}
        elif kind == "run":
            fn = runs[cmd["id"]]
            calls = cmd.get("calls", 1)
            t0 = time.perf_counter()
            for _ in range(calls):
                fn()
            reply = {"ms": (time.perf_counter() - t0) * 1e3 / calls}
        else:
            reply = {"error": f"unknown command {kind!r}"}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
