"""Shared helpers for the notebook tests: discovery and execution live in tools/nbexec.py, which
``make run`` uses too, so a notebook is judged the same way in both."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import nbexec  # noqa: E402

# The kernels every notebook must run on: JJava (the kit's own, kernelspec `java`) and IJava 1.3.0.
KERNELS = ["java", "ijava"]
NOTEBOOKS = nbexec.notebooks()


def notebook_id(path: Path) -> str:
    return path.stem
