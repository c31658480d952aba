"""The written attribution cases (fixtures/attribution_cases.toml) scored through the real pipeline:
speakers, roles, passages that are nobody's quote, and primary areas must not fall below these
floors (raise them when the scores rise; benchmarks/attribution_cases.py prints the failures)."""
import pytest

from tests.extract import attribution_cases as ac

FLOORS = {
    "attributed_recall": 1.0,
    "attributed_precision": 1.0,
    "role_acc": 1.0,
    "negatives_ok": 1.0,
    "primary_acc": 1.0,
}


@pytest.fixture(scope="module")
def scores(nlp):
    cases = ac.load_cases()
    return ac.score(cases, ac.extract(cases))


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_written_cases_stay_above_their_floor(scores, measure):
    totals, failures = scores
    assert totals[measure] >= FLOORS[measure], "\n".join(f"[{p}] {c}: {w}" for p, c, w in failures)


def test_the_set_is_big_enough_to_mean_something():
    cases = ac.load_cases()
    negatives = [c for c in cases if c.get("expect")]
    speakers = [c for c in cases if c.get("quotes")]
    assert len(speakers) >= 60 and len(negatives) >= 20
