"""Quality gate on the corpora written after the rules (benchmarks/corpora/): each score holds its
floor in tests/quality/written_floors.toml. Slow (crawls of 6,930 articles in eight shards). Skipped when the dev
corpus's score.py is not beside the repository."""
import json
import os
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
    # in eight shards, as many at once as there are cores: score.py's time grows with articles times
    # batches, and one crawl's extraction keeps one core busy (about 15 minutes on two cores)
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus_site.py"), *map(str, sorted(CORPORA.iterdir())),
                          "--keep", str(work), "--shards", "8", "--jobs", str(os.cpu_count() or 1)],
                         capture_output=True, text=True, timeout=3600, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads((work / "score.json").read_text())
    rows = gate.compare(report, gate.load_bounds(FLOORS))
    print(gate.table(rows))
    failed = [r for r in rows if not r.ok]
    if failed:
        pytest.fail(gate.failure_message(failed, report, "the written corpora (benchmarks/corpora/)"), pytrace=False)


@pytest.mark.slow
def test_shards_add_up_to_the_measures_of_one_run(tmp_path):
    """The gate crawls in shards: four batches crawled as one site and as two must score alike."""
    if not SCORE.exists():
        pytest.skip(f"no scorer at {SCORE}")
    folders = [str(p) for p in sorted(CORPORA.iterdir())[:4]]
    reports = []
    for shards in (1, 2):
        work = tmp_path / f"shards-{shards}"
        run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus_site.py"), *folders, "--keep", str(work),
                              "--shards", str(shards), "--jobs", "2"], capture_output=True, text=True, timeout=900, check=False)
        assert run.returncode == 0, run.stderr[-2000:]
        reports.append(json.loads((work / "score.json").read_text()))
    one, two = reports
    for key in ("relevance", "areas", "providers", "figures", "quotes", "crawl"):
        assert two[key] == one[key], key
    assert two["text"]["title_acc"] == one["text"]["title_acc"] and two["text"]["date_acc"] == one["text"]["date_acc"]
    assert two["per_article"] == one["per_article"] and two["groups"] == one["groups"]
    assert len(two["groups"]) == 4
