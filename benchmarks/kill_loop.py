"""SIGKILL `recoverywatch crawl` / `extract` at random moments (default ten times) on a generated
hostile site, let one crawl finish, and print what was lost, duplicated, left running or left
behind, the database's integrity and every run's status (tests/kill_loop.py does the work).

    python benchmarks/kill_loop.py [--kills 10] [--early 3] [--at-lock 3] [--seed 15]
"""
import argparse
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from tests.kill_loop import run  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--early", type=int, default=3, help="extra kills in a crawl's first second")
    parser.add_argument("--at-lock", type=int, default=3, help="extra kills the moment a crawl takes its lock")
    parser.add_argument("--max-delay", type=float, default=12.0, help="longest wait before a kill (s)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report = run(pathlib.Path(tmp), kills=args.kills, seed=args.seed, max_delay=args.max_delay, early=args.early,
                     at_lock=args.at_lock)
    for key, value in report.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
