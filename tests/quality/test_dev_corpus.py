"""Quality gate: crawl the annotated dev corpus end to end and hold every score to tests/quality/floors.toml.

Slow (two full crawls, a few minutes). Skipped when ../shared/corpus/dev is not beside the repository.
Floors only ever ratchet up (ceilings down): see the header of floors.toml and benchmarks/quality_gate.py.
"""
import pytest

from tests.quality import gate


@pytest.mark.slow
def test_dev_corpus_scores_hold_their_floors(tmp_path):
    corpus = gate.corpus_dir()
    why = gate.corpus_missing(corpus)
    if why:
        pytest.skip(why)
    bounds = gate.load_bounds()
    try:
        report, error = gate.run_evaluation(corpus, tmp_path, recrawl=True, timeout=gate.DEFAULT_TIMEOUT), None
    except gate.EvaluationError as e:
        report, error = None, str(e)
    if error:  # outside the except block, so pytest shows the message once, unchained
        pytest.fail(f"dev-corpus evaluation did not produce a report:\n{error}", pytrace=False)
    rows = gate.compare(report, bounds)
    print(gate.table(rows))  # shown with -s, or -rA
    failed = [r for r in rows if not r.ok]
    if failed:
        pytest.fail(gate.failure_message(failed, report), pytrace=False)
