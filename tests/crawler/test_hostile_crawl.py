"""A real crawl (the CLI in a subprocess) of a generated hostile site (tests/hostile_site.py):
a few hundred responses of every bad kind real servers send, mixed with good stories in
awkward encodings. Nothing crashes, every good story is stored once and reads right, every
other response is counted under a reason, and nothing from outside the source is stored."""
import json
import re
import sqlite3

import pytest

from tests.conftest import run_cli
from tests.hostile_site import HostileSite, sources_toml

pytestmark = pytest.mark.slow  # a real crawl subprocess against a local server


def rows(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    work = tmp_path_factory.mktemp("hostile")
    with HostileSite(scale=3) as site:
        sources = work / "sources.toml"
        sources.write_text(sources_toml(site))
        db_path = work / "hostile.db"
        result = run_cli("crawl", "--sources", sources, "--db", db_path)
        yield {"db": db_path, "result": result, "site": site, "requests": site.requests}


def test_the_crawl_succeeds_without_a_traceback(crawled):
    result = crawled["result"]
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr and "Unhandled error" not in result.stderr
    assert crawled["requests"] >= 400  # a few hundred responses of the hostile kinds


def test_every_good_story_is_stored_once_and_reads_right(crawled):
    good = crawled["site"].good_urls()
    stored = dict(rows(crawled["db"], "select url, text from articles where url not like '%/longread-%'"))
    assert set(stored) == set(good)  # no tracking-parameter copy, nothing else
    for url, (sentence, flavour) in good.items():
        text = stored[url]
        assert sentence in text, (flavour, text[:300])
        assert "\ufffd" not in text and not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe]", text), flavour


def test_every_other_response_is_counted_under_its_reason(crawled):
    (reasons, status, too_long), = rows(crawled["db"], "select skip_reasons, status, extraction_too_long from crawl_runs")
    reasons = json.loads(reasons)
    assert status == "finished"
    for reason, at_least in crawled["site"].expected().items():
        assert reasons.get(reason, 0) >= at_least, (reason, reasons)
    assert reasons["not_article"] >= crawled["site"].listing_pages + len(crawled["site"].kinds["deep_nesting"]) - 1
    # the long read is stored (it is under the page budget) but too long for extraction: counted once
    assert too_long == len(crawled["site"].kinds["too_long_to_extract"])
    summary = crawled["result"].stdout.strip().splitlines()[-1]
    assert "not stored: " in summary and "http_error" in summary and "too long to extract" in summary


def test_nothing_from_outside_the_source_is_stored(crawled):
    base = crawled["site"].base
    outside = rows(crawled["db"], f"select url from articles where url not like '{base}/news/%'")
    assert outside == []
    assert rows(crawled["db"], "select count(*) from articles where url like '%/elsewhere/%' or url like '%localhost%'") == [(0,)]


def test_only_pages_that_failed_to_answer_stay_in_the_frontier(crawled):
    """Unicode addresses fetched under their percent-encoded form, pages refused for what they
    answered and links too long to request leave it; HTTP, network and redirect failures stay to
    be tried again next run (a few times at most)."""
    left = [url.rsplit("/", 1)[1] for (url,) in rows(crawled["db"], "select url from frontier")]
    assert left and all(re.match(r"(gone-\d+|broken-\d+|loop-\d+-a|chain-\d+-0)$", name)
                        for name in left), [name[:40] for name in left]


def test_a_second_crawl_does_not_extract_the_long_read_again(crawled):
    result = run_cli("crawl", "--sources", crawled["db"].parent / "sources.toml", "--db", crawled["db"])
    assert result.returncode == 0, result.stderr[-2000:]
    assert rows(crawled["db"], "select status, extraction_too_long from crawl_runs order by id desc limit 1") == [
        ("finished", 0)]
    good = crawled["site"].good_urls()
    assert rows(crawled["db"], "select count(*) from articles where url not like '%longread%'") == [(len(good),)]
