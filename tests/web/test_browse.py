"""Browsing the tables as a journalist: the news view (relevant articles, no syndicated copies,
facets by area, provider, source, year and kind) and table cells that lead to our own pages.
A real Datasette on a database built by a real crawl."""
import html
import json
import re
import urllib.parse

import pytest

from tests.conftest import get_json
from tests.test_end_to_end import rows
from tests.web.test_publication import crawl_links, fetch, root

pytestmark = pytest.mark.slow


def test_news_lists_relevant_articles_without_copies_latest_first(datasette, crawled):
    expected = rows(crawled["db"], "select id from articles where relevant = 1 and duplicate_of is null")
    off_topic = rows(crawled["db"], "select id from articles where relevant = 0")
    assert expected and off_topic
    got = get_json(f"{datasette}/news.json?_shape=objects&_size=max")
    ids = [r["id"] for r in got["rows"]]
    assert sorted(ids) == sorted(r["id"] for r in expected)
    dates = [r["published"] for r in got["rows"] if r["published"]]
    assert dates == sorted(dates, reverse=True)
    # the off-topic pages are still one table away, and still queryable
    all_ids = [r["id"] for r in get_json(f"{datasette}/articles.json?_shape=array&_size=max")]
    assert {r["id"] for r in off_topic} <= set(all_ids)


def test_news_facets_by_area_provider_source_year_and_kind(datasette):
    facets = get_json(f"{datasette}/news.json?_size=0")["facet_results"]
    assert set(facets) == {"area", "providers", "source", "year", "kind"}
    assert all(facets[name]["results"] for name in facets), facets
    assert "Sheffield" in {f["value"] for f in facets["area"]["results"]}
    assert "Turning Point" in {f["value"] for f in facets["providers"]["results"]}


@pytest.mark.parametrize("facet", ["area", "providers", "year"])
def test_a_facet_link_narrows_the_news_to_that_value(datasette, facet):
    result = get_json(f"{datasette}/news.json?_shape=objects")["facet_results"][facet]["results"][0]
    assert "/news.json?" in result["toggle_url"]
    narrowed = get_json(result["toggle_url"] + "&_size=max")
    assert len(narrowed["rows"]) == result["count"] > 0
    for row in narrowed["rows"]:
        assert result["value"] in (json.loads(row[facet]) if facet == "providers" else [row[facet]])


def test_news_cells_link_to_article_area_and_provider_pages(datasette):
    status, page = fetch(f"{datasette}/news")
    assert status == 200
    table = page.split("<tbody>")[1]
    titles = re.findall(r'<td class="col-title[^"]*"><a href="([^"]+)">', table)
    assert titles and all(re.fullmatch(r"/article/\d+", t) for t in titles)
    assert '<a href="/area/SHF">Sheffield</a>' in table
    assert '<a href="/provider/turning-point">Turning Point</a>' in table
    for href in set(re.findall(r'href="(/(?:area|provider|article)/[^"]+)"', table)):
        assert fetch(root(datasette) + href)[0] == 200, href
    # long text is cut short in the table; the article page has all of it
    cells = re.findall(r'<td class="col-text[^"]*">(.*?)</td>', table, re.S)
    assert cells and all(len(html.unescape(c)) <= 201 for c in cells)


def test_suggested_facets_stay_off(datasette):
    assert get_json(f"{datasette}/news.json?_size=0").get("suggested_facets", []) == []


def test_feed_tables_link_titles_to_article_pages(datasette, crawled):
    for what in ("feed_articles", "feed_quotes"):
        status, page = fetch(f"{datasette}/{what}?area=&provider=")
        assert status == 200, what
        links = re.findall(r'<td class="col-atom_title[^"]*"><a href="([^"]+)">', page)
        assert links and all(re.fullmatch(r"/article/\d+", h) for h in links), what


def test_views_link_area_codes_and_ids_to_our_pages(datasette):
    _, page = fetch(f"{datasette}/figures_by_area")
    assert re.search(r'<td class="col-area_code[^"]*"><a href="/area/[A-Z0-9-]+">', page)
    assert re.search(r'<td class="col-article_id[^"]*"><a href="/article/\d+">', page)
    _, page = fetch(f"{datasette}/article_providers")
    assert re.search(r'<td class="col-provider_id[^"]*"><a href="/provider/[a-z0-9-]+">', page)


def test_the_database_page_offers_the_news(datasette):
    _, page = fetch(datasette)
    assert f'href="/{urllib.parse.quote(datasette.rsplit("/", 1)[1])}/news"' in page


def test_no_link_from_the_news_and_the_feed_tables_is_broken(datasette):
    """The new pages' own links (facets, article, area and provider pages, feed tables), bounded."""
    db = "/" + datasette.rsplit("/", 1)[1]
    seen = {}
    for start, limit in ((f"{db}/news", 200), (f"{db}/feed_articles?area=&provider=", 60),
                         (f"{db}/figures_by_area", 60)):
        seen[start], broken = crawl_links(root(datasette), start, limit)
        assert broken == [], start
        assert len(seen[start]) > 10, start
    news = seen[f"{db}/news"]
    assert any("area=" in path for path in news) and any("providers__arraycontains=" in path for path in news)
