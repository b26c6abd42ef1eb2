"""Binder and conda: environment.yml pins what requirements.txt pins, binder/ holds an identical copy
and a strict postBuild, and a rehearsal of the Binder build (tools/binder_rehearsal.py) runs every
notebook in what postBuild set up."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import yaml

from conftest import nbexec

REPO = nbexec.REPO
ENVIRONMENT = REPO / "environment.yml"
BINDER = REPO / "binder"


def _requirements() -> dict[str, str]:
    """requirements.txt as {normalised name: exact version}."""
    pins = {}
    for line in (REPO / "requirements.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    return pins


def _environment() -> dict:
    return yaml.safe_load(ENVIRONMENT.read_text())


def test_environment_pins_exactly_what_requirements_pins() -> None:
    deps = _environment()["dependencies"]
    pip = next(d["pip"] for d in deps if isinstance(d, dict))
    pins = {}
    for line in pip:
        assert re.fullmatch(r"[A-Za-z0-9_.-]+==[A-Za-z0-9_.+-]+", line), f"environment.yml: {line!r} is not name==version"
        name, version = line.split("==")
        pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    want = _requirements()
    assert len(pins) == len(pip), "environment.yml lists a package twice"
    assert {k: v for k, v in pins.items() if want.get(k) != v} == {}, "pinned differently from requirements.txt"
    assert sorted(want.keys() - pins.keys()) == [], "in requirements.txt, missing from environment.yml"


def test_environment_takes_python_jdk_and_maven_from_conda_forge() -> None:
    env = _environment()
    assert env["channels"][0] == "conda-forge", env["channels"]
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    names = {re.split(r"[=<>]", d)[0]: d for d in conda}
    assert names.get("python") == "python=3.11", conda  # the Python requirements.txt was frozen with
    assert names.get("openjdk") == "openjdk=17", conda
    assert "maven" in names and "pip" in names, conda
    assert all("=" in d for d in conda), f"unpinned: {[d for d in conda if '=' not in d]}"


def test_binder_environment_is_identical() -> None:
    assert (BINDER / "environment.yml").read_bytes() == ENVIRONMENT.read_bytes(), (
        "binder/environment.yml differs from environment.yml: cp environment.yml binder/")


def test_apt_txt_installs_fontconfig_and_a_font() -> None:
    packages = [line.split("#", 1)[0].strip() for line in (BINDER / "apt.txt").read_text().splitlines()]
    assert "fontconfig" in packages, packages
    assert any(p.startswith("fonts-") for p in packages), packages


def test_post_build_is_strict_and_executable() -> None:
    post_build = BINDER / "postBuild"
    assert os.access(post_build, os.X_OK), f"{post_build} is not executable: chmod +x it (and git add it)"
    lines = [line for line in post_build.read_text().splitlines() if line.strip()]
    assert lines[0] == "#!/usr/bin/env bash", lines[0]
    code = [line for line in lines if not line.lstrip().startswith("#")]
    assert code[0] == "set -euo pipefail", f"postBuild's first command is {code[0]!r}"


def test_binder_rehearsal_runs_every_notebook() -> None:
    # Minutes, not seconds: a fresh environment, Maven downloading into an empty HOME, every notebook.
    proc = subprocess.run([sys.executable, REPO / "tools" / "binder_rehearsal.py"],
                          capture_output=True, text=True, timeout=1500)
    print(proc.stdout)  # each step's time, shown with -rA or on failure
    if proc.returncode != 0:
        pytest.fail(f"{proc.stderr.strip()}\n{proc.stdout[-4000:]}", pytrace=False)
    assert f"{len(nbexec.notebooks())} notebook(s) ran clean" in proc.stdout, proc.stdout
