"""Quality gate over the annotated dev corpus (shared by tests/quality and benchmarks/quality_gate.py).

The corpus lives beside the repository, at ``<repo>/../shared/corpus/dev/`` (override with the
environment variable ``RECOVERYWATCH_DEV_CORPUS``). Its ``evaluate.sh`` serves the static site on
127.0.0.1, crawls it with ``RW_COMMAND crawl --sources S --db D`` (twice with ``EVAL_RECRAWL=1``)
and prints the JSON report of ``score.py``. This module runs it, reads ``floors.toml`` and compares
the two; ``ratchet`` tightens the bounds to a better measurement and ``write_bounds`` saves them.

Measures are dotted paths into the report ("quotes.attributed_f1", "groups.dev.areas.f1", ...).
Booleans count as 1/0 and lists (e.g. "problems") as their length.
"""
from __future__ import annotations

import dataclasses
import decimal
import json
import os
import pathlib
import signal
import subprocess
import sys
import tomllib

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
FLOORS_FILE = pathlib.Path(__file__).resolve().with_name("floors.toml")
CORPUS_ENV = "RECOVERYWATCH_DEV_CORPUS"
DEFAULT_TIMEOUT = 900  # seconds, for the whole of evaluate.sh (both crawls)


class EvaluationError(RuntimeError):
    """evaluate.sh failed (crawl crash, timeout) or printed no JSON report."""


# ---------------------------------------------------------------------------------------------- corpus

def corpus_dir(repo_root: pathlib.Path | None = None) -> pathlib.Path:
    """Where the dev corpus should be: $RECOVERYWATCH_DEV_CORPUS, else <repo>/../shared/corpus/dev."""
    if os.environ.get(CORPUS_ENV):
        return pathlib.Path(os.environ[CORPUS_ENV]).resolve()
    return ((repo_root or REPO_ROOT) / ".." / "shared" / "corpus" / "dev").resolve()


def corpus_missing(corpus: pathlib.Path) -> str | None:
    """None when the corpus can be evaluated, else a sentence saying why not (for pytest.skip)."""
    if not corpus.is_dir():
        return (f"annotated dev corpus not found at {corpus} (expected beside the repository at "
                f"../shared/corpus/dev, or set {CORPUS_ENV}); quality gate skipped")
    for name in ("evaluate.sh", "score.py", "gold.json", "site-index.json", "site"):
        if not (corpus / name).exists():
            return f"dev corpus at {corpus} is incomplete (no {name}); quality gate skipped"
    return None


# ---------------------------------------------------------------------------------------------- running

def write_wrapper(workdir: pathlib.Path, python: str | None = None) -> pathlib.Path:
    """evaluate.sh takes one executable path: a script that execs `python -m recoverywatch "$@"`."""
    workdir.mkdir(parents=True, exist_ok=True)
    wrapper = workdir / "rw"
    wrapper.write_text("#!/bin/sh\n" f'exec "{python or sys.executable}" -m recoverywatch "$@"\n')
    wrapper.chmod(0o755)
    return wrapper


def run_evaluation(corpus: pathlib.Path, workdir: pathlib.Path, *, recrawl: bool = True,
                   timeout: float = DEFAULT_TIMEOUT, python: str | None = None) -> dict:
    """Run evaluate.sh on the corpus with this interpreter's recoverywatch; return the parsed report.

    evaluate.sh's own temporary directory (database, logs, score.json) is created under workdir
    (TMPDIR), so nothing is left in /tmp. Raises EvaluationError on failure or timeout.
    """
    workdir = pathlib.Path(workdir)
    wrapper = write_wrapper(workdir, python)
    tmp = workdir / "eval-tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "TMPDIR": str(tmp), "PYTHONUNBUFFERED": "1", "EVAL_TIMEOUT": str(int(timeout))}
    env.pop("EVAL_RECRAWL", None)
    if recrawl:
        env["EVAL_RECRAWL"] = "1"
    # Own process group, so a timeout also ends the site server and the crawler that evaluate.sh started.
    proc = subprocess.Popen(["bash", str(corpus / "evaluate.sh"), str(wrapper)], cwd=str(workdir), env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        raise EvaluationError(f"evaluate.sh did not finish within {timeout:.0f} s\n{_tail(out, err)}")
    (workdir / "evaluate.stdout").write_text(out)
    (workdir / "evaluate.stderr").write_text(err)
    if proc.returncode != 0:
        raise EvaluationError(f"evaluate.sh exited with status {proc.returncode} (a crawl failed)\n{_tail(out, err)}")
    try:
        report = json.loads(out)
    except ValueError:
        raise EvaluationError(f"evaluate.sh printed no JSON report\n{_tail(out, err)}") from None
    if recrawl and "recrawl_full_fetches_of_articles" not in report.get("crawl", {}):
        raise EvaluationError("EVAL_RECRAWL=1 but the report has no crawl.recrawl_full_fetches_of_articles")
    return report


def _tail(out: str, err: str, n: int = 30) -> str:
    lines = (out or "").splitlines()[-n:] + ["--- stderr ---"] + (err or "").splitlines()[-n:]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- bounds

@dataclasses.dataclass
class Bounds:
    floors: dict[str, float]     # measure -> lowest acceptable value (higher is better)
    ceilings: dict[str, float]   # measure -> highest acceptable value (lower is better)
    header: str = ""             # the comment block at the top of the file, kept on rewrite


def load_bounds(path: pathlib.Path = FLOORS_FILE) -> Bounds:
    text = pathlib.Path(path).read_text(encoding="utf-8")
    data = tomllib.loads(text)
    unknown = set(data) - {"floors", "ceilings"}
    if unknown:
        raise ValueError(f"{path}: unexpected tables {sorted(unknown)} (only [floors] and [ceilings])")
    header = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            break
        header.append(line)
    while header and not header[-1].strip():
        header.pop()
    return Bounds(dict(data.get("floors", {})), dict(data.get("ceilings", {})), "\n".join(header))


def _fmt(v) -> str:
    if isinstance(v, bool):
        return str(int(v))
    if isinstance(v, int):
        return str(v)
    return format(v, ".3f") if round(v, 3) == v else repr(v)  # never show 0.0215 as "0.021"


def dump_bounds(bounds: Bounds) -> str:
    out = [bounds.header, ""] if bounds.header else []
    out += ["[floors]  # measured value must be >= floor", *[f'"{k}" = {_fmt(v)}' for k, v in bounds.floors.items()], ""]
    out += ["[ceilings]  # measured value must be <= ceiling", *[f'"{k}" = {_fmt(v)}' for k, v in bounds.ceilings.items()]]
    return "\n".join(out) + "\n"


def write_bounds(bounds: Bounds, path: pathlib.Path = FLOORS_FILE) -> None:
    text = dump_bounds(bounds)
    tomllib.loads(text)  # never write a file we could not read back
    pathlib.Path(path).write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------------- comparing

def measure(report: dict, name: str):
    """The value at a dotted path of the report (bool -> 0/1, list -> length), or None if absent."""
    node = report
    for part in name.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    if isinstance(node, bool):
        return int(node)
    if isinstance(node, (list, tuple)):
        return len(node)
    if isinstance(node, (int, float)):
        return node
    return None


@dataclasses.dataclass
class Row:
    name: str
    kind: str          # "floor" or "ceiling"
    bound: float
    measured: float | None

    @property
    def ok(self) -> bool:
        if self.measured is None:
            return False
        return self.measured >= self.bound if self.kind == "floor" else self.measured <= self.bound

    def describe(self) -> str:
        got = "missing from the report" if self.measured is None else _fmt(self.measured)
        rel = "below floor" if self.kind == "floor" else "above ceiling"
        if self.measured is None:
            return f"{self.name}: measured {got} ({self.kind} {_fmt(self.bound)})"
        return f"{self.name}: measured {got}, {rel} {_fmt(self.bound)}"


def compare(report: dict, bounds: Bounds) -> list[Row]:
    rows = [Row(k, "floor", v, measure(report, k)) for k, v in bounds.floors.items()]
    rows += [Row(k, "ceiling", v, measure(report, k)) for k, v in bounds.ceilings.items()]
    return rows


def failures(report: dict, bounds: Bounds) -> list[Row]:
    return [r for r in compare(report, bounds) if not r.ok]


def failure_message(failed: list[Row], report: dict | None = None, corpus: str = "the dev corpus") -> str:
    lines = [f"{len(failed)} quality measure(s) regressed on {corpus}:"]
    lines += ["  " + r.describe() for r in failed]
    if report and report.get("problems"):
        lines += ["score.py problems:"] + ["  " + p for p in report["problems"]]
    return "\n".join(lines)


def table(rows: list[Row]) -> str:
    w = max([len(r.name) for r in rows] + [7])
    out = [f"{'measure':<{w}}  {'measured':>9}  {'bound':>9}  kind     status"]
    for r in rows:
        got = "-" if r.measured is None else _fmt(r.measured)
        out.append(f"{r.name:<{w}}  {got:>9}  {_fmt(r.bound):>9}  {r.kind:<7}  {'ok' if r.ok else 'FAIL'}")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------- ratchet

def _round(v, up: bool):
    if isinstance(v, int):
        return v
    d = decimal.Decimal(repr(v)).quantize(decimal.Decimal("0.001"),
                                          rounding=decimal.ROUND_CEILING if up else decimal.ROUND_FLOOR)
    return float(d)


def ratchet(bounds: Bounds, report: dict) -> tuple[Bounds, list[str]]:
    """Raise floors / lower ceilings to the measured values (floors rounded down, ceilings up, to 3
    decimals). A bound is never loosened; a measure missing from the report is left as it is."""
    floors, ceilings, changed = dict(bounds.floors), dict(bounds.ceilings), []
    for k, old in bounds.floors.items():
        got = measure(report, k)
        if got is not None and _round(got, up=False) > old:
            floors[k] = _round(got, up=False)
            changed.append(f"{k}: floor {_fmt(old)} -> {_fmt(floors[k])}")
    for k, old in bounds.ceilings.items():
        got = measure(report, k)
        if got is not None and _round(got, up=True) < old:
            ceilings[k] = _round(got, up=True)
            changed.append(f"{k}: ceiling {_fmt(old)} -> {_fmt(ceilings[k])}")
    return Bounds(floors, ceilings, bounds.header), changed
