"""Benchmarks the kit's training step and matmul against numpy in one run, and prints the table (``make bench``).

    python tools/bench.py --classpath 'bench/target/classes:bench/target/lib/*' [--out build/bench]

1. Java (backprop.bench.Export) writes each case's initial weights, batch and its losses over 100 steps.
2. numpy (tools/bench_numpy.py) repeats the 100 steps and fails unless every loss agrees to 1e-9 relative.
3. Each case is timed on both sides in turn, numpy then Java (JMH), so both see the same machine load:
   the median ms of the measured iterations on each side.
numpy runs with its pip OpenBLAS and default threads, with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE
removed from its environment alone (they slow a current OpenBLAS); Java with its defaults.
Writes OUT/results.md (the tables) and OUT/jmh/*.json (JMH's raw results).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NUMPY = [sys.executable, str(REPO / "tools" / "bench_numpy.py")]
STEP_CASES = [(shape, n) for shape in ("64-128-10", "784-100-10") for n in (1, 32, 200)]
MATMULS = ["64x64x64", "256x256x256", "1024x1024x1024", "100x784x200", "100x200x784", "128x64x200"]
UNSET_FOR_NUMPY = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


def numpy_env(threads: int | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in UNSET_FOR_NUMPY}
    if threads:
        env["OPENBLAS_NUM_THREADS"] = str(threads)
    return env


def numpy(args: argparse.Namespace, *argv: str) -> str:
    return subprocess.run([*NUMPY, *argv], env=numpy_env(args.threads), check=True, capture_output=True, text=True).stdout


def jmh(args: argparse.Namespace, name: str, benchmark: str, params: dict[str, str]) -> list[float]:
    """The ms/op of each measured JMH iteration (one fork)."""
    out = args.out / "jmh" / f"{name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    ms = f"{round(1000 * args.seconds)}ms"
    cmd = ["java", "-cp", args.classpath, "org.openjdk.jmh.Main", f"backprop.bench.{benchmark}$",
           "-f", "1", "-wi", str(args.warmup), "-w", ms, "-i", str(args.iterations), "-r", ms, "-v", "SILENT", "-rf", "json", "-rff", str(out),
           "-jvmArgsAppend", "-Xmx1g" + (f" -XX:ActiveProcessorCount={args.threads}" if args.threads else "")]
    for k, v in params.items():
        cmd += ["-p", f"{k}={v}"]
    subprocess.run(cmd, check=True)
    [result] = json.loads(out.read_text())
    return [v for fork in result["primaryMetric"]["rawData"] for v in fork]


def peak(threads: int | None) -> tuple[float | None, str]:
    """The double-precision peak in GFLOP/s of the cores in use, and how it was estimated."""
    try:
        info = Path("/proc/cpuinfo").read_text()
    except OSError:
        return None, "peak unknown (no /proc/cpuinfo)"
    flags = next((line.split(":", 1)[1].split() for line in info.splitlines() if line.startswith("flags")), [])
    mhz = max(float(line.split(":", 1)[1]) for line in info.splitlines() if line.startswith("cpu MHz"))
    lanes, isa = (8, "AVX-512") if "avx512f" in flags else (4, "AVX2") if "avx2" in flags else (2, "SSE2")
    cores = threads or len(os.sched_getaffinity(0))
    gflops = cores * mhz / 1e3 * 2 * lanes * 2
    return gflops, (f"peak ≈ {gflops:.0f} GFLOP/s = {cores} cores × {mhz / 1e3:.2f} GHz (cpu MHz in /proc/cpuinfo) "
                    f"× 2 FMA pipes (assumed) × {lanes} doubles ({isa}) × 2 flops per FMA")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--classpath", required=True, help="the bench module's classes and jars")
    ap.add_argument("--out", type=Path, default=REPO / "build" / "bench")
    ap.add_argument("--warmup", type=int, default=3, help="JMH warm-up iterations (numpy: 1)")
    ap.add_argument("--iterations", type=int, default=5, help="measured iterations on each side")
    ap.add_argument("--seconds", type=float, default=1.0, help="length of one iteration")
    ap.add_argument("--threads", type=int, help="run both sides on this many threads (numpy: OPENBLAS_NUM_THREADS; "
                    "Java: -XX:ActiveProcessorCount); default: numpy's default, all CPUs for Java")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    cases = args.out / "cases"

    subprocess.run(["java", "-cp", args.classpath, "backprop.bench.Export", str(cases)], check=True)
    unset = [k for k in UNSET_FOR_NUMPY if k in os.environ]
    print(f"numpy: unset {', '.join(unset) if unset else 'nothing'} (of {', '.join(UNSET_FOR_NUMPY)}) in its environment")
    info = json.loads(numpy(args, "info"))
    blas = "; ".join(f"{b['internal_api']} {b['version']}, kernel {b.get('architecture')}, {b['num_threads']} threads"
                     for b in info["blas"]) or "no BLAS found"
    print(f"numpy {info['numpy']}: {blas}")
    verify = subprocess.run([*NUMPY, "verify", str(cases)], env=numpy_env(args.threads), text=True)
    if verify.returncode != 0:
        print("bench: numpy and Java disagree: no timings", file=sys.stderr)
        return 1
    gpeak, how = peak(args.threads)
    load_before = os.getloadavg()[0]
    java_version = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    threads = f"both sides on {args.threads} thread(s); " if args.threads else ""
    timing = (f"{threads}median of {args.iterations} iterations of {args.seconds:g} s on each side, numpy then Java per row; "
              f"Java: JMH, {args.warmup} warm-up iterations")

    rows = []
    for shape, n in STEP_CASES:
        np_ms = statistics.median(json.loads(numpy(args, "step", str(cases / f"{shape}_N{n}"), str(args.iterations), str(args.seconds))))
        java_ms = statistics.median(jmh(args, f"step-{shape}-N{n}", "StepBenchmark.step", {"shape": shape, "batch": str(n)}))
        rows.append(f"| {shape} | {n} | {java_ms:.4f} | {np_ms:.4f} | **{java_ms / np_ms:.2f}** |")
        print(rows[-1], flush=True)
    mm = []
    for mkn in MATMULS:
        m, k, n = (int(v) for v in mkn.split("x"))
        flop = 2 * m * k * n
        np_ms = statistics.median(json.loads(numpy(args, "matmul", str(m), str(k), str(n), str(args.iterations), str(args.seconds))))
        java_ms = statistics.median(jmh(args, f"matmul-{mkn}", "MatmulBenchmark.matmul", {"mkn": mkn}))
        java_g, np_g = flop / java_ms / 1e6, flop / np_ms / 1e6
        share = f"{100 * java_g / gpeak:.0f} %" if gpeak else "?"
        mm.append(f"| {m}×{k}·{k}×{n} | {java_ms:.4f} | {java_g:.1f} | {share} | {np_g:.1f} | **{java_ms / np_ms:.2f}** |")
        print(mm[-1], flush=True)

    table = "\n".join([
        f"Training step (forward, loss, backward, SGD update), float64: {timing}.",
        "",
        "| network | N | Java ms/step | numpy ms/step | Java/numpy |",
        "|---|---:|---:|---:|---:|",
        *rows,
        "",
        "matmul (m×k)·(k×n):",
        "",
        "| product | Java ms | Java GFLOP/s | of peak | numpy GFLOP/s | Java/numpy |",
        "|---|---:|---:|---:|---:|---:|",
        *mm,
        "",
        f"{java_version}; numpy {info['numpy']}, {blas}.",
        f"{how}.",
        f"Load average (1 min) {load_before:.1f} before, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} CPUs.",
    ])
    (args.out / "results.md").write_text(table + "\n")
    print("\n" + table)
    print(f"\nwritten to {args.out / 'results.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
