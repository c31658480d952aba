"""Saved pages from the CMS families the crawler meets, checked against hand-written expectations.

Each case is a page under fixtures/cms/<family>/<name>.html with the URL it came from and what a
careful reader would record for it in <name>.json (see fixtures/cms/README.md): title, publication
date, where the body text starts and ends, what must survive in it and what page furniture must not.
`analyse` is called on the saved HTML, the way City Bureau's city-scrapers test their spiders on
saved pages, so the tests need no network and no spaCy.

Cases the current code gets wrong keep their honest expectation and are listed in KNOWN_FAILURES,
which turns them into strict xfails: fixing one makes its xfail pass, and the entry must then go.
"""
import functools
import json
import pathlib
import re

import pytest

from recoverywatch.crawler.page import analyse

FIXTURES = pathlib.Path(__file__).parent / "fixtures" / "cms"
CASES = {f"{path.parent.name}/{path.stem}": path for path in sorted(FIXTURES.glob("*/*.json"))}
FIELDS = ("is_article", "title", "published", "text_starts", "text_ends", "text_contains", "text_excludes")

# (page id, field) -> what the current code does wrong. Work for issue 11.
KNOWN_FAILURES: dict = {}


def _declared_encoding(raw: bytes) -> str:
    """The charset the page declares in its <meta> tags (utf-8 when it declares none)."""
    match = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", raw[:4096], re.I)
    return match.group(1).decode("ascii").lower() if match else "utf-8"


def _expected(page_id: str) -> dict:
    return json.loads(CASES[page_id].read_text(encoding="utf-8"))


@functools.cache
def _analysis(page_id: str):
    raw = CASES[page_id].with_suffix(".html").read_bytes()
    return analyse(_expected(page_id)["url"], raw.decode(_declared_encoding(raw)))


def _norm(text: str) -> str:
    return " ".join(text.split())


def _cases(field: str) -> list:
    params = []
    for page_id in CASES:
        if field not in _expected(page_id):
            continue
        reason = KNOWN_FAILURES.get((page_id, field))
        marks = [pytest.mark.xfail(strict=True, reason=f"issue 11: {reason}")] if reason else []
        params.append(pytest.param(page_id, id=page_id, marks=marks))
    return params


def test_every_page_has_html_expectations_and_known_failures_that_exist():
    assert CASES, "no fixtures found"
    for page_id, path in CASES.items():
        assert path.with_suffix(".html").exists(), f"{page_id}: no saved HTML next to the JSON"
        expected = _expected(page_id)
        assert expected.get("url", "").startswith("https://"), f"{page_id}: the JSON needs the page's URL"
        assert "is_article" in expected, f"{page_id}: the JSON must say whether the page is an article"
        unknown = set(expected) - set(FIELDS) - {"url", "notes"}
        assert not unknown, f"{page_id}: unknown expectation keys {sorted(unknown)}"
        assert _declared_encoding(path.with_suffix(".html").read_bytes()) == "utf-8", \
            f"{page_id}: fixtures are saved as UTF-8 and must say so"
    for page_id, field in KNOWN_FAILURES:
        assert page_id in CASES and field in _expected(page_id), f"stale KNOWN_FAILURES entry {(page_id, field)}"
    families = {page_id.split("/")[0] for page_id in CASES if _expected(page_id)["is_article"]}
    assert {"moderngov", "cmis", "localgov_drupal", "jadu", "wordpress", "publishers"} <= families


@pytest.mark.parametrize("page_id", _cases("is_article"))
def test_is_article(page_id):
    expected, result = _expected(page_id)["is_article"], _analysis(page_id)
    assert result.is_article is expected, \
        f"{page_id}: expected is_article={expected}, got {result.is_article} (reason: {result.reason})"


@pytest.mark.parametrize("page_id", _cases("title"))
def test_title(page_id):
    expected, got = _expected(page_id)["title"], _analysis(page_id).title
    assert _norm(got or "") == _norm(expected), f"{page_id}: expected title {expected!r}, got {got!r}"


@pytest.mark.parametrize("page_id", _cases("published"))
def test_published(page_id):
    expected, got = _expected(page_id)["published"], _analysis(page_id).published
    assert got == expected, f"{page_id}: expected publication date {expected!r}, got {got!r}"


@pytest.mark.parametrize("page_id", _cases("text_starts"))
def test_text_starts(page_id):
    expected, text = _norm(_expected(page_id)["text_starts"]), _norm(_analysis(page_id).text)
    assert text.startswith(expected), f"{page_id}: body should start {expected!r}, but starts {text[:160]!r}"


@pytest.mark.parametrize("page_id", _cases("text_ends"))
def test_text_ends(page_id):
    expected, text = _norm(_expected(page_id)["text_ends"]), _norm(_analysis(page_id).text)
    assert text.endswith(expected), f"{page_id}: body should end {expected!r}, but ends {text[-160:]!r}"


@pytest.mark.parametrize("page_id", _cases("text_contains"))
def test_text_contains(page_id):
    text = _norm(_analysis(page_id).text)
    missing = [s for s in _expected(page_id)["text_contains"] if _norm(s) not in text]
    assert not missing, f"{page_id}: body text lost {missing}"


@pytest.mark.parametrize("page_id", _cases("text_excludes"))
def test_text_excludes(page_id):
    text = _norm(_analysis(page_id).text)
    present = [s for s in _expected(page_id)["text_excludes"] if _norm(s) in text]
    assert not present, f"{page_id}: page furniture in the body text: {present}"
