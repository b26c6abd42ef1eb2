"""End to end in a real browser: JupyterLab from the kit, the seed-network notebook run through the UI
in headless Chromium (tests/browser/run_all.mjs), the loss curve on screen and no error output.

Runs on a copy of the notebook in a temporary folder (the UI saves outputs into what it opens); the
screenshot goes to build/browser/. Needs Debian's chromium and `npm ci --prefix tests/browser`
(.ci/run installs both); without them the test is skipped, except in CI, where it fails.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import nbformat
import pytest

from conftest import nbexec

BROWSER = nbexec.REPO / "tests" / "browser"
NOTEBOOK = nbexec.NOTEBOOKS / "01-seed-network.ipynb"
SCREENSHOT = nbexec.REPO / "build" / "browser" / "01-seed-network.png"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def _require(ok: bool, what: str) -> None:
    if not ok:
        if os.environ.get("CI"):
            pytest.fail(f"{what} (CI must have it: see .ci/run)", pytrace=False)
        pytest.skip(what)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> int:
    """The HTTP status of a GET (no proxy: the server is local), 0 when nothing answers."""
    try:
        with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(url, timeout=5) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
    except OSError:
        return 0


@pytest.fixture
def lab(tmp_path: Path):
    """JupyterLab on 127.0.0.1 with a token, serving a folder holding a copy of the notebook."""
    root = tmp_path / "root"
    root.mkdir()
    shutil.copyfile(NOTEBOOK, root / NOTEBOOK.name)
    port, token = _free_port(), secrets.token_hex(16)
    # Settings of its own, nothing from ~/.jupyter: every cell in the DOM (no windowing) for the checks;
    # the notebook's kernel starts without Lab 4.6's "Select Kernel" dialog, which may pop up late;
    # no news or update checks (a request to jupyter.org and a pop-up over the screenshot).
    for name, value in {"notebook-extension/tracker": {"windowingMode": "none", "autoStartDefaultKernel": True},
                        "apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False}}.items():
        path = tmp_path / "settings" / "@jupyterlab" / f"{name}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value))
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
           "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"), "JUPYTER_PLATFORM_DIRS": "1"}
    cmd = [str(Path(sys.prefix) / "bin" / "jupyter"), "lab", "--no-browser", "--ServerApp.ip=127.0.0.1",
           f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
           f"--ServerApp.root_dir={root}", f"--LabApp.user_settings_dir={tmp_path / 'settings'}",
           f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}",
           *(["--allow-root"] if os.geteuid() == 0 else [])]
    log = tmp_path / "lab.log"
    with open(log, "wb") as out:
        server = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while _get(f"{base}/api/status?token={token}") != 200:
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"JupyterLab did not start:\n{log.read_text(errors='replace')[-2000:]}", pytrace=False)
            time.sleep(0.5)
        yield base, token, root / NOTEBOOK.name, log
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def test_seed_network_runs_in_the_browser(lab) -> None:
    _require(Path(CHROMIUM).is_file(), f"no Chromium at {CHROMIUM}: apt-get install chromium")
    _require(shutil.which("node") is not None, "no node on PATH: apt-get install nodejs npm")
    _require((BROWSER / "node_modules" / "playwright-core").is_dir(),
             "playwright-core is not installed: npm ci --prefix tests/browser")
    base, token, copy, log = lab
    assert _get(f"{base}/api/contents") == 403, "the server answers without its token"

    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    SCREENSHOT.unlink(missing_ok=True)
    proc = subprocess.run(["node", BROWSER / "run_all.mjs", f"{base}/lab?token={token}", copy.name, SCREENSHOT],
                          capture_output=True, text=True, timeout=600, env={**os.environ, "CHROMIUM": CHROMIUM})
    if proc.returncode != 0:
        pytest.fail(f"{proc.stderr.strip()}\n{proc.stdout.strip()}\nscreenshot: {SCREENSHOT}\n"
                    f"--- JupyterLab log (tail) ---\n{log.read_text(errors='replace')[-1500:]}", pytrace=False)
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert SCREENSHOT.stat().st_size > 10_000, f"{SCREENSHOT} is nearly empty"

    # What the UI saved: every code cell ran, nothing on stderr, and the plot cell holds a PNG.
    nb = nbformat.read(copy, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.execution_count is not None for c in code] == [True] * len(code), seen
    assert nbexec.problems(nb) == [], "\n".join(map(str, nbexec.problems(nb)))
    plot = next(c for c in code if "Plots.loss(" in c.source)
    assert any("image/png" in o.get("data", {}) for o in plot.outputs), f"no image/png output: {plot.outputs}"
