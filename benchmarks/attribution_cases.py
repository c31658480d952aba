"""Precision and recall of speakers (and primary areas) on the written attribution cases, with the
failure list by pattern.

    .venv/bin/python benchmarks/attribution_cases.py [--part tune|check|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|all]

The cases are tests/extract/fixtures/attribution_cases.toml; the scoring rules are in
tests/extract/attribution_cases.py. "tune" is two cases in three of the first set, "check" the rest;
"fresh" are cases written after the first round of fixes, to be scored before further changes."""
import argparse
import collections
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.extract import attribution_cases as ac  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=["tune", "check", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "all"], default="all")
    ap.add_argument("--quiet", action="store_true", help="totals only, no failure list")
    args = ap.parse_args(argv)
    cases = ac.load_cases(args.part)
    totals, failures = ac.score(cases, ac.extract(cases))
    totals["cases"] = len(cases)
    for key, value in totals.items():
        print(f"{key:22} {value}")
    if args.quiet:
        return
    by_pattern = collections.defaultdict(list)
    for pattern, cid, what in failures:
        by_pattern[pattern].append((cid, what))
    counts = collections.Counter(c["pattern"] for c in cases)
    print(f"\nfailures ({len(failures)}):")
    for pattern in sorted(counts):
        for cid, what in by_pattern.get(pattern, []):
            print(f"  [{pattern}] {cid}: {what}")


if __name__ == "__main__":
    main()
