"""Quality gate over the annotated dev corpus: measured scores next to their floors / ceilings.

    .venv/bin/python benchmarks/quality_gate.py              # evaluate, print the table, exit 1 on a regression
    .venv/bin/python benchmarks/quality_gate.py --ratchet    # ...and tighten tests/quality/floors.toml
    .venv/bin/python benchmarks/quality_gate.py --report score.json [--ratchet]   # use a saved report

Runs ../shared/corpus/dev/evaluate.sh (EVAL_RECRAWL=1) with this interpreter's recoverywatch, the
same evaluation as tests/quality/test_dev_corpus.py. --ratchet raises floors and lowers ceilings to
the measured values (floors rounded down, ceilings rounded up, to 3 decimals) and never loosens one.
"""
import argparse
import json
import pathlib
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.quality import gate  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ratchet", action="store_true", help="tighten floors.toml to the measured values (never loosens)")
    ap.add_argument("--report", type=pathlib.Path, help="compare a saved evaluate.sh / score.py JSON report instead of running")
    ap.add_argument("--corpus", type=pathlib.Path, help=f"corpus folder (default: {gate.corpus_dir()})")
    ap.add_argument("--floors", type=pathlib.Path, default=gate.FLOORS_FILE, help="bounds file (default: %(default)s)")
    ap.add_argument("--no-recrawl", action="store_true", help="crawl once only (recrawl measures will then be missing)")
    ap.add_argument("--timeout", type=float, default=gate.DEFAULT_TIMEOUT, help="seconds for the whole evaluation")
    ap.add_argument("--keep", type=pathlib.Path, help="directory for the wrapper, database and logs (default: a temp dir)")
    args = ap.parse_args(argv)

    bounds = gate.load_bounds(args.floors)
    if args.report:
        report = json.loads(args.report.read_text())
    else:
        corpus = args.corpus.resolve() if args.corpus else gate.corpus_dir()
        why = gate.corpus_missing(corpus)
        if why:
            print(why, file=sys.stderr)
            return 2
        workdir = args.keep or pathlib.Path(tempfile.mkdtemp(prefix="rw-quality-"))
        t0 = time.monotonic()
        try:
            report = gate.run_evaluation(corpus, workdir, recrawl=not args.no_recrawl, timeout=args.timeout)
        except gate.EvaluationError as e:
            print(f"evaluation failed: {e}", file=sys.stderr)
            return 2
        print(f"evaluated in {time.monotonic() - t0:.0f} s; database, logs and report kept in {workdir}", file=sys.stderr)
        (workdir / "score.json").write_text(json.dumps(report, indent=1))

    rows = gate.compare(report, bounds)
    print(gate.table(rows))
    failed = [r for r in rows if not r.ok]
    if failed:
        print("\n" + gate.failure_message(failed, report))
    if args.ratchet:
        new, changed = gate.ratchet(bounds, report)
        if changed:
            gate.write_bounds(new, args.floors)
            print(f"\nratcheted {len(changed)} bound(s) in {args.floors}:")
            print("\n".join("  " + c for c in changed))
        else:
            print(f"\nnothing to ratchet: no bound in {args.floors} was beaten")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
