"""Prints the score table of an autograded nbgrader assignment: one row per student, one column per graded cell.

    python tools/scores.py [--course exercises] [--csv FILE] ASSIGNMENT

Reads the course's gradebook.db with nbgrader's Python API (nothing is written unless --csv is given).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry


def table(course: Path, assignment: str) -> tuple[list[str], list[list[str]]]:
    """The header and one row per student who has an autograded submission: scores per graded cell, then the total."""
    db = course / "gradebook.db"
    if not db.is_file():
        raise SystemExit(f"scores: no gradebook at {db}: run `make assign` and `make autograde` first")
    with Gradebook(f"sqlite:///{db}") as gb:
        try:
            cells = [(nb.name, cell.name, cell.max_score) for nb in gb.find_assignment(assignment).notebooks
                     for cell in nb.grade_cells]
        except MissingEntry:
            raise SystemExit(f"scores: the gradebook has no assignment {assignment!r}")
        header = ["student"] + [f"{cell.removeprefix('test-')} ({points:g})" for _, cell, points in cells] + [
            f"total ({sum(p for *_, p in cells):g})"]
        rows = []
        for student in sorted(s.id for s in gb.students):
            try:
                sub = gb.find_submission(assignment, student)
            except MissingEntry:
                continue
            scores = {(g.notebook.name, g.name): g.score for nb in sub.notebooks for g in nb.grades}
            row = [student] + [f"{scores[(nb, cell)]:g}" for nb, cell, _ in cells] + [f"{sub.score:g}"]
            rows.append(row)
    return header, rows


def format_table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
             for r in [header, *rows]]
    return "\n".join([lines[0], "  ".join("-" * w for w in widths), *lines[1:]])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("assignment")
    ap.add_argument("--course", type=Path, default=Path(__file__).resolve().parents[1] / "exercises")
    ap.add_argument("--csv", type=Path, help="also write the table to this CSV file (refuses to overwrite one)")
    args = ap.parse_args(argv)
    header, rows = table(args.course, args.assignment)
    if not rows:
        print(f"scores: no autograded submissions of {args.assignment} yet", file=sys.stderr)
        return 1
    print(format_table(header, rows))
    if args.csv:
        if args.csv.exists():
            print(f"scores: {args.csv} exists; not overwriting it", file=sys.stderr)
            return 1
        with open(args.csv, "w", newline="") as f:
            csv.writer(f).writerows([header, *rows])
        print(f"scores: wrote {args.csv}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
