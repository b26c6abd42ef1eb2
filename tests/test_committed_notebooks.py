"""The notebooks as committed: valid, output-free, on the kit's `java` kernelspec, loading the kit
from the kernel's classpath (never from a path or the network)."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from conftest import NOTEBOOKS, nbexec, notebook_id

# Magics that load code from a path or the network: notebooks must not depend on either.
LOADING_MAGICS = re.compile(r"^\s*%%?(classpath|jars|maven|mavenRepo|loadFromPOM|load)\b", re.M)


def test_there_are_notebooks() -> None:
    assert NOTEBOOKS, f"no notebooks found in {nbexec.NOTEBOOKS}"


@pytest.fixture(params=NOTEBOOKS, ids=notebook_id)
def notebook(request: pytest.FixtureRequest) -> tuple[Path, nbformat.NotebookNode]:
    path = request.param
    return path, nbformat.read(path, as_version=nbformat.NO_CONVERT)


def test_valid_nbformat(notebook) -> None:
    path, nb = notebook
    assert nb.nbformat == 4, f"{path.name}: nbformat {nb.nbformat}, expected 4"
    nbformat.validate(nb)


def test_no_outputs(notebook) -> None:
    path, nb = notebook
    dirty = [i for i, c in enumerate(nb.cells)
             if c.cell_type == "code" and (c.get("outputs") or c.get("execution_count") is not None)]
    assert not dirty, f"{path.name}: cells {dirty} have outputs or an execution_count (clear them before committing)"


def test_kernelspec_is_java(notebook) -> None:
    path, nb = notebook
    spec = nb.metadata.get("kernelspec", {})
    assert spec.get("name") == "java", f"{path.name}: kernelspec {spec!r}, expected name 'java'"
    assert spec.get("language") == "java", f"{path.name}: kernelspec {spec!r}, expected language 'java'"


def test_first_code_cell_imports_the_kit(notebook) -> None:
    path, nb = notebook
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, f"{path.name}: no code cells"
    assert code[0].source.lstrip().startswith("import backprop."), (
        f"{path.name}: the first code cell should start with `import backprop.*;`, found {code[0].source[:80]!r}")


def test_no_loading_magics(notebook) -> None:
    path, nb = notebook
    found = [(i, m.group(0).strip()) for i, c in enumerate(nb.cells) if c.cell_type == "code"
             for m in LOADING_MAGICS.finditer(c.source)]
    assert not found, f"{path.name}: {found}: the kit is on the kernel's classpath; load nothing by path or network"
