"""Executes notebooks headless and writes them, executed, as .ipynb and as HTML (``make run``).

    python tools/run_notebooks.py [--kernel java] [--out build] [NOTEBOOK ...]

Writes ``OUT/notebooks/NAME.ipynb``, ``OUT/html/NAME.html`` and the kernel process's own log
``OUT/logs/NAME.KERNEL.log``, never the notebooks it reads; the kernel's working directory is
``OUT/notebooks``. Prints each notebook's wall time and the total.
Exits 1 if a notebook has an error (the rest still run); stderr output is reported as a warning.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

sys.path.insert(0, str(Path(__file__).resolve().parent))
import nbexec  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kernel", default="java", help="kernelspec name (default: java, JJava)")
    ap.add_argument("--out", type=Path, default=nbexec.REPO / "build", help="output folder (default: build)")
    ap.add_argument("--timeout", type=int, default=nbexec.CELL_TIMEOUT, help="seconds per cell")
    ap.add_argument("notebooks", nargs="*", type=Path, help="default: notebooks/*.ipynb")
    args = ap.parse_args(argv)

    paths = args.notebooks or nbexec.notebooks()
    if not paths:
        print("run: no notebooks found", file=sys.stderr)
        return 1
    out_nb, out_html, out_log = args.out / "notebooks", args.out / "html", args.out / "logs"
    for folder in (out_nb, out_html, out_log):
        folder.mkdir(parents=True, exist_ok=True)
    sources = {p.resolve() for p in paths}
    exporter = HTMLExporter(template_name="lab")

    failed = []
    total = time.perf_counter()
    width = max(len(p.name) for p in paths)
    for path in paths:
        target = out_nb / path.name
        if target.resolve() in sources:
            print(f"run: refusing to overwrite {path} with its executed copy", file=sys.stderr)
            return 1
        log = out_log / f"{path.stem}.{args.kernel}.log"
        log.unlink(missing_ok=True)
        result = nbexec.execute(path, args.kernel, out_nb, timeout=args.timeout, kernel_log=log)
        nbformat.write(result.nb, target)
        html, _ = exporter.from_notebook_node(result.nb, resources={"metadata": {"name": path.stem}})
        (out_html / (path.stem + ".html")).write_text(html, encoding="utf-8")
        status = "ok" if not result.problems else ("FAILED" if result.errors else "ok, with stderr output")
        print(f"{path.name:<{width}}  {result.seconds:6.1f} s  {status}", flush=True)
        for problem in result.problems:
            print(f"  {problem}".replace("\n", "\n    "), flush=True)
        if any(p.kind == "kernel" for p in result.problems):
            print(f"  kernel log: {log}", flush=True)
        if result.errors:
            failed.append(path.name)
    total = time.perf_counter() - total
    print(f"{'total':<{width}}  {total:6.1f} s  {len(paths)} notebook(s), kernel {args.kernel}; "
          f"executed copies in {out_nb}, HTML in {out_html}")
    if failed:
        print(f"run: {len(failed)} notebook(s) failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
