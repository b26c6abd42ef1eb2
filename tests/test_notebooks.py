"""Every lesson notebook runs headless, on both Java kernels, from a folder that is not notebooks/,
with no error output and no stderr output (nbgrader scores a cell with either 0)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import KERNELS, NOTEBOOKS, nbexec, notebook_id


@pytest.mark.parametrize("kernel", KERNELS)
@pytest.mark.parametrize("path", NOTEBOOKS, ids=notebook_id)
def test_notebook_runs_clean(path: Path, kernel: str, tmp_path: Path) -> None:
    # Run a copy, in an empty folder: the kit must come from the kernel's classpath, not a relative path.
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    log = tmp_path / "kernel.log"
    result = nbexec.execute(copy, kernel, tmp_path, kernel_log=log)
    if result.problems:
        report = "\n".join(str(p) for p in result.problems)
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        pytest.fail(f"{path.name} on kernel {kernel} ({result.seconds:.1f} s):\n{report}"
                    + (f"\n--- kernel log (tail) ---\n{tail}" if any(p.kind == "kernel" for p in result.problems) else ""),
                    pytrace=False)
