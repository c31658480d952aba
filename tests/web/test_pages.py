"""Every page, canned query, feed and export of the Datasette publication,
against a real Datasette on a database built by a real crawl."""
import csv
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.slow  # real crawls, servers and subprocesses

from tests.conftest import get_json, run_cli
from tests.test_end_to_end import rows


def get(url):
    with urllib.request.urlopen(url, timeout=15) as resp:
        return resp.status, resp.read().decode("utf-8")


def site_root(datasette):
    return datasette.rsplit("/", 1)[0]


def test_article_page_highlights_entities_and_links_back(datasette, crawled):
    (art,) = rows(crawled["db"], "select id, url from articles where title like 'Sheffield drug service%'")
    status, page = get(f"{site_root(datasette)}/article/{art['id']}")
    assert status == 200
    for kind in ("area", "provider", "figure", "quote"):
        assert f'<mark class="rw-{kind}"' in page, kind
    assert 'href="/area/SHF"' in page and 'href="/provider/turning-point"' in page
    assert art["url"] in page and "/person/" in page


def test_article_page_highlights_exactly_the_stored_mentions(datasette, crawled):
    import html
    import re
    checked = 0
    for art in rows(crawled["db"], "select id, text from articles where relevant = 1"):
        stored = {m["id"]: m for m in rows(crawled["db"], 'select id, kind, start, "end", text from mentions where article_id = ?', [art["id"]])}
        assert all(art["text"][m["start"]:m["end"]] == m["text"] for m in stored.values())
        _, page = get(f"{site_root(datasette)}/article/{art['id']}")
        shown = re.findall(r'<mark class="rw-(\w+)" data-mention="(\d+)"', page)
        assert {int(i) for _, i in shown} == set(stored), art["id"]
        assert all(stored[int(i)]["kind"] == kind for kind, i in shown)
        # the page's text is the article's text, nothing guessed around it
        body = re.search(r'<div class="rw-text"[^>]*><p>(.*?)</p></div>', page, re.S).group(1)
        assert html.unescape(re.sub(r"<[^>]+>", "", body)) == art["text"]
        checked += 1
    assert checked >= 5


def test_markup_in_article_text_is_shown_as_text(datasette, crawled):
    (art,) = rows(crawled["db"], "select id, text from articles where title = 'Treatment service web form fixed'")
    assert "<script>alert('x')</script>" in art["text"]
    _, page = get(f"{site_root(datasette)}/article/{art['id']}")
    assert "<script>alert(" not in page and "&lt;script&gt;alert(" in page


def test_area_page_has_timeline_chart_figures_and_quotes(datasette):
    status, page = get(f"{site_root(datasette)}/area/SHF")
    assert status == 200 and "commissioning timeline" in page
    assert "Turning Point" in page and "£22m" in page
    assert "Angela Birch" in page


def test_area_page_chart_draws_people_in_treatment(datasette):
    _, page = get(f"{site_root(datasette)}/area/SHF")
    assert '<svg class="rw-chart"' in page and "3,410" in page


def test_provider_and_person_pages(datasette, crawled):
    status, page = get(f"{site_root(datasette)}/provider/turning-point")
    assert status == 200 and "Sheffield" in page
    (person,) = rows(crawled["db"], "select id, name, quote_count from people where name = 'Priya Sandhu'")
    assert person["quote_count"] == 2
    _, page = get(f"{site_root(datasette)}/person/{person['id']}")
    assert "Residential rehab is not right for everyone" in page
    with pytest.raises(urllib.error.HTTPError):
        get(f"{site_root(datasette)}/person/999999")


def test_atom_feeds_per_area_and_provider(datasette):
    _, body = get(f"{datasette}/feed_articles.atom?area=COV&provider=")
    titles = [e.text for e in ET.fromstring(body).iter("{http://www.w3.org/2005/Atom}title")][1:]
    assert titles == ["Coventry to double residential rehab places"]
    _, body = get(f"{datasette}/feed_quotes.atom?area=&provider=turning-point")
    entries = list(ET.fromstring(body).iter("{http://www.w3.org/2005/Atom}entry"))
    assert sorted(e.findtext("{http://www.w3.org/2005/Atom}title").split(":")[0] for e in entries) == ["Angela Birch", "Marcus Reid"]


def test_map_timeline_and_person_queries(datasette):
    points = get_json(f"{datasette}/area_map.json?_shape=array")
    assert all(p["latitude"] and p["longitude"] for p in points)
    assert {"Sheffield", "Coventry", "Lincolnshire"} <= {p["name"] for p in points}
    timeline = get_json(f"{datasette}/timeline.json?area=SHF&_shape=array")
    assert [(t["provider"], t["largest_contract_gbp"]) for t in timeline] == [("Turning Point", 22000000)]
    said = get_json(f"{datasette}/person_quotes.json?name=Sandhu&_shape=array")
    assert len(said) == 2


def test_facets_views_and_read_only(datasette):
    data = get_json(f"{datasette}/articles.json?_facet=year&_facet=source&_size=0")
    assert {f["value"] for f in data["facet_results"]["year"]["results"]} >= {"2024", "2025"}
    assert get_json(f"{datasette}/quotes_with_speakers.json?_shape=array&_size=1")
    assert get_json(f"{datasette}/figures_by_area.json?_shape=array&_size=1")
    _, robots = get(site_root(datasette) + "/robots.txt")
    assert "Disallow: /" in robots
    req = urllib.request.Request(f"{datasette}/articles/-/insert", data=b"{}", method="POST",
                                 headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(req, timeout=10)


def test_parquet_export(crawled, tmp_path):
    import pandas as pd
    result = run_cli("export", "--db", crawled["db"], "--format", "parquet", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    quotes = pd.read_parquet(tmp_path / "quotes.parquet")
    assert {"speaker", "text", "person_id"} <= set(quotes.columns) and len(quotes) > 10


def test_export_every_table_and_tidy_figures(crawled, tmp_path):
    result = run_cli("export", "--db", crawled["db"], "--format", "csv", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    for name in ("articles", "areas", "article_areas", "providers", "figures", "quotes", "figures_by_area"):
        assert (tmp_path / f"{name}.csv").exists(), name
    with open(tmp_path / "figures_by_area.csv", newline="") as f:
        tidy = list(csv.DictReader(f))
    assert any(r["area"] == "Sheffield" and float(r["value"]) == 22e6 for r in tidy)


def test_python_api_returns_dataframes(crawled):
    from recoverywatch import export
    store = export.open(crawled["db"])
    assert len(store.articles()) == rows(crawled["db"], "select count(*) as n from articles where relevant = 1")[0]["n"]
    assert "speaker" in store.quotes().columns
    money = store.figures().query("unit == 'GBP' and kind == 'contract value'")
    assert money.groupby("area").value.max().loc["Sheffield"] == 22e6


def test_quote_search_finds_speaker_and_text(datasette):
    hits = get_json(f"{datasette}/search_quotes.json?q=rehab&_shape=array")
    assert hits and hits[0]["speaker"] == "Priya Sandhu"
    by_name = get_json(f"{datasette}/quotes.json?_search=Birch&_shape=array")
    assert [q["speaker"] for q in by_name] == ["Angela Birch"]
