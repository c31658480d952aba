import pytest

from recoverywatch.crawler.sources import SourcesError, load_sources, parse_sources
from tests.conftest import ROOT

GOOD = """
[[source]]
name = "worcestershire-council"
kind = "council"
start_urls = ["https://www.worcestershire.gov.uk/news"]
area = "Worcestershire"
"""


def test_valid_file_gives_sources():
    (src,) = parse_sources(GOOD)
    assert src.name == "worcestershire-council" and src.kind == "council"
    assert src.start_urls == ["https://www.worcestershire.gov.uk/news"] and src.area == "Worcestershire"
    assert src.sitemap_urls == [] and src.feed_urls == []


@pytest.mark.parametrize("text, message", [
    ("not toml [", "not valid TOML"),
    ("", "no [[source]]"),
    (GOOD.replace('"council"', '"blog"'), "kind must be one of"),
    (GOOD + GOOD, "used twice"),
    (GOOD.replace("https://www.worcestershire.gov.uk/news", "www.example.org/news"), "not absolute"),
    (GOOD.replace('area = "Worcestershire"', 'colour = "blue"'), "unknown key"),
    (GOOD.replace("https://www.worcestershire.gov.uk/news", "http://[::1/news"), "malformed URL"),
    (GOOD.replace("https://www.worcestershire.gov.uk/news", "https://www.worcestershire.gov.uk:44x/news"),
     "malformed URL"),
    ('[[source]]\nname = "x"\nkind = "press"\n', "at least one of"),
])
def test_invalid_files_say_why_in_one_line(text, message):
    with pytest.raises(SourcesError) as err:
        parse_sources(text)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(SourcesError, match="not found"):
        load_sources(tmp_path / "nope.toml")


def test_shipped_sources_file_validates():
    sources = load_sources(ROOT / "sources.toml")
    assert len(sources) >= 40
    assert {s.kind for s in sources} == {"council", "press", "committee"}
    assert all(u.startswith("https://") for s in sources for u in s.start_urls + s.sitemap_urls + s.feed_urls)


def test_shipped_sources_look_right():
    from urllib.parse import urlsplit

    from recoverywatch.crawler.sources import load_crawler_settings
    from recoverywatch.extract.gazetteer import authorities
    names = {la.name for la in authorities().values()}
    sources = load_sources(ROOT / "sources.toml")
    for s in sources:
        assert s.area in names, s.name
        host = urlsplit(s.start_urls[0]).netloc
        if s.kind == "council":
            assert host.endswith(".gov.uk"), s.name
        if s.kind == "committee":
            assert host.endswith((".gov.uk", ".moderngov.co.uk", ".cmis.uk.com")), s.name
        if s.kind == "press":
            assert not host.endswith(".gov.uk"), s.name
    settings = load_crawler_settings(ROOT / "sources.toml")
    assert "mailto:" in settings["USER_AGENT"] and settings["DOWNLOAD_DELAY"] >= 0.5


def test_crawler_table_rejects_unknown_keys():
    from recoverywatch.crawler.sources import parse_crawler_settings
    with pytest.raises(SourcesError, match="unknown \\[crawler\\] key"):
        parse_crawler_settings(GOOD + "\n[crawler]\nspeed = 'max'\n")
