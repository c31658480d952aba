"""Quality gate on the corpora written after the rules (benchmarks/corpora/): each score holds its
floor in tests/quality/written_floors.toml. Slow (one crawl of 5,931 articles). Skipped when the dev
corpus's score.py is not beside the repository."""
import json
import pathlib
import subprocess
import sys

import pytest

from tests.quality import gate

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPORA = ROOT / "benchmarks" / "corpora"
FLOORS = pathlib.Path(__file__).with_name("written_floors.toml")
SCORE = ROOT.parent / "shared" / "corpus" / "dev" / "score.py"


@pytest.mark.slow
def test_written_corpora_scores_hold_their_floors(tmp_path):
    if not SCORE.exists():
        pytest.skip(f"no scorer at {SCORE}")
    work = tmp_path / "work"
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus_site.py"), *map(str, sorted(CORPORA.iterdir())),
                          "--keep", str(work)], capture_output=True, text=True, timeout=3600, check=False)  # (the crawl takes about half that)
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads((work / "score.json").read_text())
    rows = gate.compare(report, gate.load_bounds(FLOORS))
    print(gate.table(rows))
    failed = [r for r in rows if not r.ok]
    if failed:
        pytest.fail(gate.failure_message(failed, report, "the written corpora (benchmarks/corpora/)"), pytrace=False)
