"""Runs the kit's notebooks through a Jupyter kernel and lists what went wrong in them.

Shared by the notebook tests (tests/) and ``make run`` (tools/run_notebooks.py), so both execute a
notebook the same way and judge it by the same rules: any ``error`` output, and any ``stream``
output on ``stderr`` (nbgrader scores a cell with stderr output 0), is a problem.
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"

# The JVM starts in ~2 s, but a loaded 2-core machine (two kernels at once, Maven beside them) is slower.
STARTUP_TIMEOUT = 60
# Per cell; training cells are the slow ones (issue: a whole notebook in <= 30 s).
CELL_TIMEOUT = 120


def notebooks(folder: Path = NOTEBOOKS) -> list[Path]:
    """The lesson notebooks, in order (checkpoints excluded)."""
    return sorted(p for p in folder.glob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


@dataclass(frozen=True)
class Problem:
    """Something wrong in an executed notebook: an error or stderr output, or a kernel failure."""

    cell: int | None  # index in nb.cells, None when no cell can be named
    kind: str  # "error", "stderr" or "kernel"
    text: str

    def __str__(self) -> str:
        where = "notebook" if self.cell is None else f"cell {self.cell}"
        return f"{where}: {self.kind}: {self.text.rstrip()}"


@dataclass
class Result:
    """An executed notebook with its problems and its wall time in seconds."""

    nb: nbformat.NotebookNode
    problems: list[Problem]
    seconds: float

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.kind != "stderr"]


def _first_line(source: str) -> str:
    line = next((s for s in source.splitlines() if s.strip()), "")
    return line if len(line) <= 80 else line[:77] + "..."


def problems(nb: nbformat.NotebookNode) -> list[Problem]:
    """Every error output and every stderr stream output of an executed notebook, in cell order."""
    found = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        head = f"[{_first_line(cell.source)}] "
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                tb = "\n".join(out.get("traceback", [])) or f"{out.ename}: {out.evalue}"
                found.append(Problem(i, "error", head + _strip_ansi(tb)))
            elif out.output_type == "stream" and out.name == "stderr":
                found.append(Problem(i, "stderr", head + out.text))
    return found


def _strip_ansi(text: str) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", text)


def execute(path: Path, kernel_name: str, cwd: Path, *, timeout: int = CELL_TIMEOUT,
            startup_timeout: int = STARTUP_TIMEOUT, kernel_log: Path | None = None) -> Result:
    """Executes the notebook at ``path`` in a fresh kernel whose working directory is ``cwd``.

    The file at ``path`` is only read, never written. Execution stops at the first error, as it
    would for a student pressing "Run All"; the error and every stderr output so far are returned.
    The kernel process's own stdout and stderr (its log lines, not cell outputs) go to
    ``kernel_log`` (appended; default: discarded), and the kernel is stopped at once at the end
    (JJava takes ~2.5 s to shut down gracefully, for nothing here).
    """
    nb = nbformat.read(path, as_version=4)
    running: list[int] = []  # index of the cell being executed, for timeouts and kernel deaths
    client = NotebookClient(
        nb,
        kernel_name=kernel_name,
        timeout=timeout,
        startup_timeout=startup_timeout,
        shutdown_kernel="immediate",
        resources={"metadata": {"path": str(cwd)}},
        on_cell_start=lambda cell, cell_index: running.append(cell_index),
    )
    start = time.perf_counter()
    kernel_problem = None
    log = open(kernel_log, "ab") if kernel_log else subprocess.DEVNULL
    try:
        client.execute(stdout=log, stderr=log)
    except CellExecutionError:
        pass  # the error output is in the cell; problems() reports it
    except CellTimeoutError as e:
        kernel_problem = Problem(running[-1] if running else None, "kernel", f"timed out after {timeout} s: {e}")
    except DeadKernelError as e:
        kernel_problem = Problem(running[-1] if running else None, "kernel", f"the kernel died: {e}")
    except Exception as e:  # e.g. the kernel did not start within startup_timeout
        kernel_problem = Problem(None, "kernel", f"{type(e).__name__}: {e}")
    finally:
        if kernel_log:
            log.close()
    seconds = time.perf_counter() - start
    found = problems(nb)
    if kernel_problem is not None:
        found.append(kernel_problem)
    return Result(nb, found, seconds)
