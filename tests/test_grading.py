"""The nbgrader round trip, through the real JJava kernel: the exercises' source notebooks validate,
the student version is generated from them without solutions or hidden tests, and autograding gives
the instructor version full points, the untouched student version 0 on every graded cell, and each
known wrong variant less than full points on the cells it breaks, with feedback naming the mistake.

Everything runs in a copy of exercises/ in a temp folder, in nbgrader's own layout (source/,
release/, submitted/, autograded/, feedback/), so the kit must load from the kernel's classpath.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from conftest import nbexec

sys.path.insert(0, str(nbexec.REPO / "tools"))
import scores  # noqa: E402

COURSE = nbexec.REPO / "exercises"
ASSIGNMENT = "seed-network"
NOTEBOOK = "seed-network.ipynb"
SOLUTION = re.compile(r"^[ \t]*// BEGIN SOLUTION[ \t]*\n(.*?)^[ \t]*// END SOLUTION[ \t]*\n", re.S | re.M)
HIDDEN = re.compile(r"^[ \t]*// BEGIN HIDDEN TESTS[ \t]*\n(.*?)^[ \t]*// END HIDDEN TESTS[ \t]*\n", re.S | re.M)


@dataclass(frozen=True)
class Variant:
    """A known mistake, written into a student's answer cell by replacing `old` with `new` in the solution."""

    name: str
    cell: str  # grade_id of the answer cell it goes into
    old: str
    new: str
    breaks: tuple[str, ...]  # grade_ids of the test cells that must then score below full points
    says: str  # what the feedback of each broken cell must contain (the first one: train only follows sgd-step)


BACKWARD = ("test-dW2", "test-db2", "test-dW1", "test-db1")
VARIANTS = {
    "backward": [
        Variant("dW2 transposed", "backward", "dz2.matmul(f.a1().transpose())", "f.a1().matmul(dz2.transpose())",
                ("test-dW2",), "your dW2 matches the expected gradient transposed: expected shape (3x5), got (5x3)"),
        Variant("dz2 missing the 1/N", "backward", ".times(1.0 / f.n())", "", BACKWARD,
                "the 1/N of the mean loss is missing"),
        Variant("dz2 sign flipped", "backward", "f.yHat().minus(f.y())", "f.y().minus(f.yHat())", BACKWARD,
                "matches the expected gradient with its sign flipped"),
        Variant("db2 summed along the wrong axis", "backward", "db2 = dz2.rowSums()", "db2 = dz2.colSums()",
                ("test-db2",), "your db2 matches the bias gradient summed along the wrong axis"),
        Variant("db1 summed along the wrong axis", "backward", "db1 = dz1.rowSums()", "db1 = dz1.colSums()",
                ("test-db1",), "your db1 matches the bias gradient summed along the wrong axis"),
        Variant("ReLU mask missing", "backward", "da1.hadamard(f.z1().map(v -> v > 0 ? 1 : 0))", "da1",
                ("test-dW1", "test-db1"), "the ReLU mask 1[z1 > 0] missing"),
        Variant("ReLU mask from the output with >= 0", "backward", "f.z1().map(v -> v > 0 ? 1 : 0)",
                "f.a1().map(v -> v >= 0 ? 1 : 0)", ("test-dW1", "test-db1"), "taken from the output as 1[a1 ≥ 0]"),
        Variant("ReLU mask recomputed from the upstream gradient", "backward", "f.z1().map(v -> v > 0 ? 1 : 0)",
                "da1.map(v -> v > 0 ? 1 : 0)", ("test-dW1", "test-db1"),
                "recomputed from the upstream gradient, 1[dJ/da1 > 0], instead of the cached z1"),
        Variant("z1 where a1 belongs in dW2", "backward", "dz2.matmul(f.a1().transpose())",
                "dz2.matmul(f.z1().transpose())", ("test-dW2",), "the pre-activation z1 where the activation a1 belongs"),
        Variant("dW2 recomputed from x, not the cached a1", "backward", "dz2.matmul(f.a1().transpose())",
                "dz2.matmul(f.x().transpose())", ("test-dW2",),
                "recomputed from the network's input x instead of the cached layer input a1"),
    ],
    "relu": [
        Variant("ReLU backward: mask missing", "relu-backward", "dA.hadamard(z.map(v -> v > 0 ? 1 : 0))", "dA",
                ("test-relu-backward",), "the ReLU mask 1[z > 0] missing"),
        Variant("ReLU backward: mask from the output with >= 0", "relu-backward", "z.map(v -> v > 0 ? 1 : 0)",
                "a.map(v -> v >= 0 ? 1 : 0)", ("test-relu-backward",), "taken from the output as 1[a ≥ 0]"),
        Variant("ReLU backward: mask from the upstream gradient", "relu-backward", "z.map(v -> v > 0 ? 1 : 0)",
                "dA.map(v -> v > 0 ? 1 : 0)", ("test-relu-backward",), "recomputed from the upstream gradient"),
        Variant("ReLU backward: activation for its derivative", "relu-backward", "dA.hadamard(z.map(v -> v > 0 ? 1 : 0))",
                "dA.hadamard(a)", ("test-relu-backward",), "the activation relu(z) where its derivative 1[z > 0] belongs"),
    ],
    "softmax": [
        Variant("softmax-CE: missing the 1/N", "softmax-gradient", ".times(1.0 / z.cols())", "",
                ("test-softmax-gradient",), "ŷ − y without the 1/N"),
        Variant("softmax-CE: sign flipped", "softmax-gradient", "Softmax.of(z).minus(y)", "y.minus(Softmax.of(z))",
                ("test-softmax-gradient",), "with its sign flipped"),
        Variant("softmax-CE: logits for probabilities", "softmax-gradient", "Softmax.of(z).minus(y)", "z.minus(y)",
                ("test-softmax-gradient",), "the logits z where the probabilities ŷ = softmax(z) belong"),
    ],
    "dense": [
        Variant("dense forward: bias missing", "dense-forward", "W.matmul(x).plusColumn(b)", "W.matmul(x)",
                ("test-dense-forward",), "your z matches W x without the bias b"),
    ],
    "numeric": [
        Variant("finite differences: one-sided", "numeric-gradient", "(plus - minus) / (2 * h)",
                "(plus - f.applyAsDouble(x)) / h", ("test-numeric-gradient",), "the forward difference"),
        Variant("finite differences: divided by h", "numeric-gradient", "(plus - minus) / (2 * h)", "(plus - minus) / h",
                ("test-numeric-gradient",), "divided by h instead of 2h"),
        Variant("finite differences: x not restored", "numeric-gradient", "            x.set(i, j, saved);\n", "",
                ("test-numeric-gradient",), "numericGradient must leave x as it found it"),
    ],
    "sgd": [
        Variant("SGD: sign flipped", "sgd-step", "subtractScaledInPlace(learningRate,", "subtractScaledInPlace(-learningRate,",
                ("test-sgd-step", "test-train"), "a step up the gradient"),
        Variant("SGD: learning rate missing", "sgd-step", "subtractScaledInPlace(learningRate,", "subtractScaledInPlace(1,",
                ("test-sgd-step", "test-train"), "the learning rate η is missing"),
        Variant("SGD: not in place", "sgd-step", "theta.subtractScaledInPlace(learningRate, gradient);",
                "theta.minus(gradient.times(learningRate));", ("test-sgd-step", "test-train"), "θ unchanged"),
    ],
}
BY_NAME = {v.name: v for group in VARIANTS.values() for v in group}
# autograde starts one kernel per submission, so a submission carries several mistakes that break
# different cells (and, within the backward pass, different gradients); every variant is in one.
WRONG = {student: [BY_NAME[name] for name in names] for student, names in {
    "wrong-01": ["dW2 transposed", "db2 summed along the wrong axis", "ReLU mask missing", "ReLU backward: mask missing",
                 "softmax-CE: missing the 1/N", "dense forward: bias missing", "finite differences: one-sided",
                 "SGD: sign flipped"],
    "wrong-02": ["z1 where a1 belongs in dW2", "ReLU mask from the output with >= 0",
                 "ReLU backward: mask from the output with >= 0", "softmax-CE: sign flipped",
                 "finite differences: divided by h", "SGD: learning rate missing"],
    "wrong-03": ["dW2 recomputed from x, not the cached a1", "ReLU mask recomputed from the upstream gradient",
                 "ReLU backward: mask from the upstream gradient", "softmax-CE: logits for probabilities",
                 "finite differences: x not restored", "SGD: not in place"],
    "wrong-04": ["db1 summed along the wrong axis", "ReLU backward: activation for its derivative"],
    "wrong-05": ["dz2 missing the 1/N"],
    "wrong-06": ["dz2 sign flipped"],
}.items()}


def test_every_variant_is_in_a_submission() -> None:
    used = [v.name for vs in WRONG.values() for v in vs]
    assert sorted(used) == sorted(BY_NAME), set(BY_NAME) ^ set(used)


def test_the_source_is_committed_clean() -> None:
    """As the lessons are: no outputs, kernelspec java, the kit imported first, nbgrader schema 3 with unique ids."""
    nb = nbformat.read(COURSE / "source" / ASSIGNMENT / NOTEBOOK, as_version=nbformat.NO_CONVERT)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "java", nb.metadata.kernelspec
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code[0].source.startswith("import backprop.*;") and "Kit.about()" in code[0].source, code[0].source
    assert [i for i, c in enumerate(code) if c.outputs or c.execution_count is not None] == []
    assert not [c for c in code if re.search(r"^\s*%", c.source, re.M)], "no magics: the kit is on the classpath"
    meta = [c.metadata.get("nbgrader") for c in nb.cells]
    assert all(m and m["schema_version"] == 3 for m in meta)
    ids = [m["grade_id"] for m in meta]
    assert len(ids) == len(set(ids)), ids
    points = {m["grade_id"]: m["points"] for m in meta if m["grade"]}
    assert len(points) == 10 and sum(points.values()) == 15 and all(p > 0 for p in points.values()), points


def nbgrader(course: Path, *args: str) -> str:
    # nbgrader runs `alembic` from PATH when it creates the gradebook: the one beside this Python.
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=course, env=env, capture_output=True,
                          text=True, timeout=900)
    assert done.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    print(f"nbgrader {args[0]}: {time.perf_counter() - start:.1f} s")
    return done.stdout + done.stderr


def cells(nb: nbformat.NotebookNode) -> dict[str, nbformat.NotebookNode]:
    return {c.metadata.nbgrader.grade_id: c for c in nb.cells if "nbgrader" in c.metadata}


def submission(source: nbformat.NotebookNode, release: nbformat.NotebookNode,
               variants: list[Variant]) -> nbformat.NotebookNode:
    """The release notebook with every answer cell filled in: the solution, with the variants' mistakes written in."""
    nb = nbformat.from_dict(release)
    solutions = {gid: SOLUTION.search(c.source) for gid, c in cells(source).items() if c.metadata.nbgrader.solution}
    for gid, cell in cells(nb).items():
        if not cell.metadata.nbgrader.solution:
            continue
        code = solutions[gid].group(1)
        for v in (v for v in variants if v.cell == gid):
            assert code.count(v.old) == 1, f"{v.name}: {v.old!r} is not in answer cell {gid} exactly once"
            code = code.replace(v.old, v.new)
        head, _, rest = cell.source.partition("    // YOUR CODE HERE\n")
        assert rest.startswith("    throw new UnsupportedOperationException("), f"{gid}: unexpected stub in {cell.source!r}"
        cell.source = head + code + rest.split("\n", 1)[1]
    return nb


def feedback_text(cell: nbformat.NotebookNode) -> str:
    return nbexec._strip_ansi("\n".join(o.get("evalue", "") + "\n" + "\n".join(o.get("traceback", []))
                                        for o in cell.get("outputs", []) if o.output_type == "error"))


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the course after generate_assignment and autograde of every submission."""
    root = tmp_path_factory.mktemp("course") / "exercises"
    shutil.copytree(COURSE, root, ignore=shutil.ignore_patterns(
        "release", "submitted", "autograded", "feedback", "gradebook.db", ".ipynb_checkpoints"))
    out = nbgrader(root, "validate", f"source/{ASSIGNMENT}/{NOTEBOOK}")
    assert "Success! Your notebook passes all the tests." in out, out
    nbgrader(root, "generate_assignment", ASSIGNMENT)
    source = nbformat.read(root / "source" / ASSIGNMENT / NOTEBOOK, as_version=4)
    release = nbformat.read(root / "release" / ASSIGNMENT / NOTEBOOK, as_version=4)
    students = {"instructor": submission(source, release, []), "blank": release, **{
        s: submission(source, release, vs) for s, vs in WRONG.items()}}
    for student, nb in students.items():
        folder = root / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / NOTEBOOK)
    nbgrader(root, "autograde", ASSIGNMENT)
    nbgrader(root, "generate_feedback", ASSIGNMENT)
    header, rows = scores.table(root, ASSIGNMENT)
    print("\n" + scores.format_table(header, rows))
    for student, vs in WRONG.items():
        print(f"{student}: " + "; ".join(v.name for v in vs))
    return root


def graded(course: Path, student: str) -> dict[str, tuple[float, float]]:
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        nb = gb.find_submission_notebook(NOTEBOOK.removesuffix(".ipynb"), ASSIGNMENT, student)
        return {g.name: (g.score, g.max_score) for g in nb.grades}


def autograded(course: Path, student: str) -> nbformat.NotebookNode:
    return nbformat.read(course / "autograded" / student / ASSIGNMENT / NOTEBOOK, as_version=4)


def test_the_release_has_no_solution_and_no_hidden_test(course: Path) -> None:
    source = (course / "source" / ASSIGNMENT / NOTEBOOK).read_text()
    release = nbformat.read(course / "release" / ASSIGNMENT / NOTEBOOK, as_version=4)
    text = "\n".join(c.source for c in release.cells)
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"):
        assert marker not in text, marker
    secret = [line.strip() for c in nbformat.reads(source, as_version=4).cells
              for m in [*SOLUTION.finditer(c.source), *HIDDEN.finditer(c.source)]
              for line in m.group(1).splitlines() if len(line.strip()) > 12]
    assert len(secret) > 40, secret  # the patterns did find the solutions and the hidden tests
    leaked = [line for line in secret if line in text]
    assert not leaked, leaked
    stubs = [c.source for c in release.cells if c.metadata.nbgrader.solution]
    assert stubs and all("throw new UnsupportedOperationException(" in s for s in stubs), stubs


def test_the_instructor_version_gets_full_points_without_stderr(course: Path) -> None:
    scored = graded(course, "instructor")
    assert len(scored) == 10 and sum(m for _, m in scored.values()) == 15, scored
    assert {c: s for c, (s, m) in scored.items() if s != m} == {}, scored
    assert nbexec.problems(autograded(course, "instructor")) == []


def test_the_blank_version_scores_zero_everywhere_and_the_kernel_survives(course: Path) -> None:
    scored = graded(course, "blank")
    assert {c: s for c, (s, _) in scored.items() if s != 0} == {}, scored
    nb = autograded(course, "blank")
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count is not None for c in code), "a cell after an error did not run"
    for gid, cell in cells(nb).items():
        if cell.metadata.nbgrader.grade:
            assert "UnsupportedOperationException: not implemented yet" in feedback_text(cell), gid


@pytest.mark.parametrize("student", WRONG)
def test_each_wrong_variant_loses_the_points_of_the_cells_it_breaks_and_is_named(course: Path, student: str) -> None:
    broken = {c for v in WRONG[student] for c in v.breaks}
    scored = graded(course, student)
    assert {c: s for c, (s, m) in scored.items() if (s < m) != (c in broken)} == {}, (
        f"{student} ({'; '.join(v.name for v in WRONG[student])}): expected below full points exactly on "
        f"{sorted(broken)}, got {scored}")
    nb = cells(autograded(course, student))
    feedback = html.unescape((course / "feedback" / student / ASSIGNMENT / NOTEBOOK.replace(".ipynb", ".html"))
                             .read_text(encoding="utf-8"))
    for v in WRONG[student]:
        for gid in v.breaks[:1] if v.breaks[-1] == "test-train" else v.breaks:
            assert v.says in feedback_text(nb[gid]), f"{v.name}: cell {gid} says:\n{feedback_text(nb[gid])}"
        assert v.says in feedback, f"{v.name}: the feedback HTML does not say {v.says!r}"
    assert [p for p in nbexec.problems(autograded(course, student)) if p.kind == "stderr"] == []
