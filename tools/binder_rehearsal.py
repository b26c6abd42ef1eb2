"""Rehearses a Binder build without Docker or conda, then runs every notebook in the result.

    python tools/binder_rehearsal.py [--user jovyan] [--keep]

What repo2docker does, mimicked step by step in a fresh temporary folder:
1. the repository: a copy of the files git tracks (or would track), as repo2docker clones it;
2. the environment: a Python at ``prefix/`` (a venv of the one running this; as root, a standalone
   copy of it, since root's Python may be out of the user's reach) holding exactly the ``pip:``
   packages of binder/environment.yml (``--no-deps``, then ``pip check``: the list must be complete).
   Python (the running one, same minor version as pinned), the JDK and Maven come from this machine
   instead of conda-forge;
3. ``binder/postBuild``, run in the repository as a non-root user (``jovyan``, Binder's, when this
   runs as root) with a new empty HOME, so no ~/.m2, ~/.local or pip cache of the developer's helps:
   Maven downloads what it needs from Maven Central into that HOME, as on Binder;
4. every notebook, executed (tools/nbexec.py) as that user on the ``java`` kernel postBuild wrote;
   as root, inside a network namespace with only loopback, which proves no cell downloads anything.

Exits 1 with the step that failed; prints each step's time.
"""

from __future__ import annotations

import argparse
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"
# Passed on to the user's processes: locale and whatever this machine needs to reach the registries.
PASS_ENV = re.compile(r"^(LANG|LC_ALL|TZ|(https?|no|all)_proxy|(HTTPS?|NO|ALL)_PROXY|SSL_CERT_FILE|SSL_CERT_DIR)$")

# Runs in the rehearsal's environment, as the user: the kernelspec must be postBuild's, in the prefix.
EXECUTE = r"""
import sys
from jupyter_client.kernelspec import KernelSpecManager
sys.path.insert(0, "tools")
import nbexec
spec = KernelSpecManager().find_kernel_specs().get("java")
if spec is None or not spec.startswith(sys.prefix):
    sys.exit(f"rehearsal: kernelspec java is {spec}, not in the environment {sys.prefix}: did postBuild write it?")
paths = nbexec.notebooks()
if not paths:
    sys.exit("rehearsal: no notebooks found")
bad = 0
for path in paths:
    result = nbexec.execute(path, "java", path.parent)
    print(f"  {path.name}: {result.seconds:.1f} s, {len(result.problems)} problem(s)", flush=True)
    for problem in result.problems:
        print("    " + str(problem).replace("\n", "\n    "), flush=True)
    bad += bool(result.problems)
if bad:
    sys.exit(f"rehearsal: {bad} of {len(paths)} notebook(s) had problems")
print(f"rehearsal: {len(paths)} notebook(s) ran clean on the kernelspec {spec}")
"""


class StepFailed(Exception):
    pass


def environment_spec(path: Path) -> tuple[str, list[str]]:
    """The Python version (``3.11``) and the pip requirements (``name==version``) of an environment.yml."""
    env = yaml.safe_load(path.read_text())
    deps = env["dependencies"]
    python = next(d for d in deps if isinstance(d, str) and re.match(r"python[=<>]", d))
    pip = next(d["pip"] for d in deps if isinstance(d, dict) and "pip" in d)
    return re.split(r"[=<>]+", python, maxsplit=1)[1], pip


def copy_repository(target: Path) -> None:
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=REPO, check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        src = REPO / name
        if src.is_file():  # deleted but not yet committed: skip
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target / name)


def copy_python(prefix: Path) -> None:
    """A standalone copy of the running Python at ``prefix``, without its site-packages (as conda's is)."""
    base, lib = Path(sys.base_prefix), f"python{sys.version_info.major}.{sys.version_info.minor}"
    for folder in ("bin", "lib"):
        (prefix / folder).mkdir(parents=True)
    shutil.copy2(base / "bin" / lib, prefix / "bin" / lib)
    for name in ("python", "python3"):
        (prefix / "bin" / name).symlink_to(lib)
    for so in base.glob("lib/libpython*.so*"):
        shutil.copy2(so, prefix / "lib" / so.name, follow_symlinks=False)
    shutil.copytree(base / "lib" / lib, prefix / "lib" / lib, symlinks=True, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("site-packages", "dist-packages", "test", "__pycache__"))
    (prefix / "lib" / lib / "site-packages").mkdir()


def run(step: str, cmd: list[str], quiet: bool = False, **kwargs) -> None:
    """Runs one step, printing its time; ``quiet`` shows its output only if it fails."""
    start = time.perf_counter()
    print(f"rehearsal: {step} ...", flush=True)
    if quiet:
        kwargs.update(stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    proc = subprocess.run(cmd, **kwargs)
    print(f"rehearsal: {step}: {time.perf_counter() - start:.1f} s", flush=True)
    if proc.returncode != 0 and quiet:
        print(proc.stdout, flush=True)
    if proc.returncode != 0:
        raise StepFailed(f"{step} failed (exit {proc.returncode})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--user", default="jovyan", help="who runs postBuild and the notebooks when this runs as root")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (its path is printed)")
    args = ap.parse_args(argv)

    as_root = os.geteuid() == 0
    if as_root:
        try:
            user = pwd.getpwnam(args.user)
        except KeyError:
            print(f"rehearsal: user {args.user} does not exist: create it with `useradd -M -s /usr/sbin/nologin "
                  f"{args.user}` (.ci/run does)", file=sys.stderr)
            return 1
        if user.pw_uid == 0:
            print(f"rehearsal: user {args.user} is root: postBuild must run without root", file=sys.stderr)
            return 1
        as_user = ["runuser", "-u", args.user, "--"]
        base_path = SYSTEM_PATH  # root's own PATH (pyenv under /root ...) is not the user's
    else:
        user, as_user, base_path = pwd.getpwuid(os.geteuid()), [], os.environ.get("PATH", SYSTEM_PATH)

    version, requirements = environment_spec(REPO / "binder" / "environment.yml")
    if f"{sys.version_info.major}.{sys.version_info.minor}" != version:
        print(f"rehearsal: binder/environment.yml pins Python {version}, this is {sys.version.split()[0]}: "
              f"run the rehearsal with a Python {version}", file=sys.stderr)
        return 1

    tmp = Path(tempfile.mkdtemp(prefix="binder-rehearsal-"))
    tmp.chmod(0o755)
    repo, prefix, home = tmp / "repo", tmp / "prefix", tmp / "home"
    for folder in (repo, home):
        folder.mkdir()
    env = {k: v for k, v in os.environ.items() if PASS_ENV.match(k)}
    env.update(HOME=str(home), USER=user.pw_name, LOGNAME=user.pw_name, PATH=f"{prefix / 'bin'}:{base_path}")
    # Java takes user.home from the passwd entry, not HOME; on Binder the two are the same folder.
    env["MAVEN_OPTS"] = f"-Duser.home={home}"
    env["PIP_ROOT_USER_ACTION"] = "ignore"  # pip runs as root only to build the environment
    if as_root:  # the copied Python's libpython (conda's finds it through $ORIGIN/../lib)
        env["LD_LIBRARY_PATH"] = str(prefix / "lib")
    env.setdefault("LANG", "C.UTF-8")
    total = time.perf_counter()
    try:
        copy_repository(repo)
        # The environment is built before postBuild and owned by the notebook user, as in repo2docker.
        # This step may use this machine's pip cache: what is rehearsed is postBuild's fresh HOME.
        if as_root:  # root's Python may be out of the user's reach (pyenv under /root): copy it
            start = time.perf_counter()
            copy_python(prefix)
            print(f"rehearsal: environment: copied Python {sys.version.split()[0]} from {sys.base_prefix}: "
                  f"{time.perf_counter() - start:.1f} s", flush=True)
            # Quiet: ensurepip drops PIP_* variables, so pip warns about root; shown if it fails.
            run("environment: ensurepip", [prefix / "bin" / "python", "-m", "ensurepip"], quiet=True, env=env)
        else:
            run("environment: venv", [sys.executable, "-m", "venv", str(prefix)])
        (tmp / "requirements.txt").write_text("\n".join(requirements) + "\n")
        pip = [prefix / "bin" / "python", "-m", "pip", "--disable-pip-version-check", "--no-input"]
        run("environment: pip install", [*pip, "install", "-q", "--no-deps", "-r", tmp / "requirements.txt"],
            env={**os.environ, **env, "HOME": os.environ.get("HOME", "")})  # this machine's pip cache
        run("environment: pip check", [*pip, "check"], env=env)
        if as_root:
            subprocess.run(["chown", "-R", f"{user.pw_uid}:{user.pw_gid}", repo, prefix, home], check=True)
        run("postBuild", [*as_user, "env", "-i", *(f"{k}={v}" for k, v in env.items()), "./binder/postBuild"],
            cwd=repo)
        execute = [*as_user, "env", "-i", *(f"{k}={v}" for k, v in env.items()),
                   str(prefix / "bin" / "python"), "-c", EXECUTE]
        if as_root:  # only loopback: the kernel's sockets work, any download fails
            execute = ["unshare", "--net", "sh", "-c", 'ip link set lo up && exec "$@"', "sh", *execute]
        run("notebooks" + (" (no network)" if as_root else ""), execute, cwd=repo)
    except StepFailed as e:
        print(f"rehearsal: {e}", file=sys.stderr)
        return 1
    finally:
        print(f"rehearsal: total {time.perf_counter() - total:.1f} s" + (f", kept {tmp}" if args.keep else ""),
              flush=True)
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
