"""The numpy reference of the seed network's training step, run by tools/bench.py (``make bench``).

    python tools/bench_numpy.py info
    python tools/bench_numpy.py verify CASES_DIR
    python tools/bench_numpy.py step CASE_DIR ITERATIONS SECONDS
    python tools/bench_numpy.py matmul M K N ITERATIONS SECONDS

The step is the one a CS231n-style numpy notebook writes, on the arrays the Java side exported
(backprop.bench.Export): the same initial weights, the same batch, the same learning rate.
``verify`` repeats Java's 100 steps and fails unless every step's loss agrees to 1e-9 relative;
``step`` and ``matmul`` print the ms of each timed iteration (after one warm-up) as JSON.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

TOLERANCE = 1e-9


def load(case: Path) -> dict[str, np.ndarray]:
    meta = json.loads((case / "case.json").read_text())
    arrays = {name: np.fromfile(case / f"{name}.f64", dtype="<f8").reshape(shape)
              for name, shape in meta["arrays"].items()}
    arrays["lr"] = meta["learning_rate"]
    return arrays


def step(p: dict, X: np.ndarray, Y: np.ndarray, lr: float) -> float:
    """Forward, loss, backward, SGD update, in place on p; returns J before the update."""
    N = X.shape[1]
    z1 = p["W1"] @ X + p["b1"]                               # (H,D)·(D,N) + (H,1) → (H,N)
    a1 = np.maximum(z1, 0.0)
    z2 = p["W2"] @ a1 + p["b2"]                              # (C,H)·(H,N) + (C,1) → (C,N)
    s = z2 - z2.max(axis=0, keepdims=True)
    logp = s - np.log(np.exp(s).sum(axis=0, keepdims=True))  # log softmax, column by column
    J = -(Y * logp).sum() / N
    dz2 = (np.exp(logp) - Y) * (1.0 / N)                     # (ŷ − y)/N
    dW2 = dz2 @ a1.T
    db2 = dz2.sum(axis=1, keepdims=True)
    dz1 = (p["W2"].T @ dz2) * (z1 > 0)                       # W2ᵀ dz2 ⊙ 1[z1 > 0]
    dW1 = dz1 @ X.T
    db1 = dz1.sum(axis=1, keepdims=True)
    for name, g in (("W1", dW1), ("b1", db1), ("W2", dW2), ("b2", db2)):
        p[name] -= lr * g
    return float(J)


def params(a: dict) -> dict[str, np.ndarray]:
    return {name: a[name].copy() for name in ("W1", "b1", "W2", "b2")}


def verify(cases: Path) -> int:
    bad = 0
    for case in sorted(d for d in cases.iterdir() if (d / "case.json").exists()):
        a = load(case)
        p = params(a)
        java = [float(v) for v in a["J"].ravel()]
        worst = 0.0
        for s, j_java in enumerate(java):
            j = step(p, a["X"], a["Y"], a["lr"])
            rel = abs(j - j_java) / max(abs(j_java), sys.float_info.min)
            worst = max(worst, rel)
            if rel > TOLERANCE:
                print(f"verify: {case.name}: step {s + 1}: numpy J = {j!r}, Java J = {j_java!r} "
                      f"(relative difference {rel:.1e} > {TOLERANCE:g})")
                bad += 1
                break
        else:
            print(f"verify: {case.name}: {len(java)} steps, J {java[0]:.4g} → {java[-1]:.4g}, "
                  f"largest relative difference {worst:.1e}")
    return 1 if bad else 0


def timed(fn, iterations: int, seconds: float) -> list[float]:
    """ms per call of fn, for one warm-up and then `iterations` iterations of about `seconds` each."""
    out = []
    for it in range(iterations + 1):
        n, start = 0, time.perf_counter()
        while True:
            fn()
            n += 1
            elapsed = time.perf_counter() - start
            if elapsed >= seconds:
                break
        if it > 0:
            out.append(1e3 * elapsed / n)
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["info"]:
        from threadpoolctl import threadpool_info
        blas = [i for i in threadpool_info() if i.get("user_api") == "blas"]
        print(json.dumps({"numpy": np.__version__, "blas": blas}))
        return 0
    if argv[:1] == ["verify"]:
        return verify(Path(argv[1]))
    if argv[:1] == ["step"]:
        a = load(Path(argv[1]))
        p = params(a)
        print(json.dumps(timed(lambda: step(p, a["X"], a["Y"], a["lr"]), int(argv[2]), float(argv[3]))))
        return 0
    if argv[:1] == ["matmul"]:
        m, k, n = (int(v) for v in argv[1:4])
        rng = np.random.default_rng(5)
        A, B = rng.standard_normal((m, k)), rng.standard_normal((k, n))
        print(json.dumps(timed(lambda: A @ B, int(argv[4]), float(argv[5]))))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
