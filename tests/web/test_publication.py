"""The served publication as a reader and a hostile reader meet it: a real Datasette
subprocess on a database built by a real crawl."""
import html
import re
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest

from tests.test_end_to_end import rows

pytestmark = pytest.mark.slow
ATOM = {"a": "http://www.w3.org/2005/Atom"}


def fetch(url, data=None):
    """(status, body) without raising on 4xx/5xx."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=15) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def root(datasette):
    return datasette.rsplit("/", 1)[0]


@pytest.mark.parametrize("typed", ["Stoke-on-Trent", "BAC O'Connor", "£3.4m", "Change, Grow, Live",
                                   "drug-related deaths", "", "Sheffield", 'x" OR title:* NEAR('])
def test_search_answers_whatever_is_typed_and_links_to_article_pages(datasette, typed):
    status, page = fetch(f"{datasette}/search?q={urllib.parse.quote(typed)}")
    assert status == 200, page[:500]
    hits = re.findall(r'<li><a href="([^"]+)">', page.split('class="rw-hits"')[1])
    assert all(re.fullmatch(r"/article/\d+", h) for h in hits), hits
    if typed in ("", "Sheffield", "drug-related deaths"):
        assert hits
    assert "select " not in page.lower()  # no SQL shown to readers


def test_search_highlights_and_facets_narrow(datasette):
    _, page = fetch(f"{datasette}/search?q=Sheffield")
    assert "<mark>Sheffield</mark>" in page
    year = re.search(r'href="(/[^"]*year=\d{4}[^"]*)"', page)
    assert year, "a year facet"
    status, narrowed = fetch(root(datasette) + html.unescape(year.group(1)))
    assert status == 200 and "any year" in narrowed


def test_quote_search_answers_and_links_to_the_sentence(datasette):
    for typed in ("", "rehab", "Change, Grow, Live"):
        status, page = fetch(f"{datasette}/search_quotes?q={urllib.parse.quote(typed)}")
        assert status == 200
    _, page = fetch(f"{datasette}/search_quotes?q=rehab")
    assert re.search(r'href="/article/\d+#m\d+"', page)


def _feed(url):
    status, body = fetch(url)
    assert status == 200, (url, body[:300])
    feed = ET.fromstring(body)
    for tag in ("id", "title", "updated", "author/a:name"):
        assert (feed.find(f"a:{tag}", ATOM).text or "").strip(), tag
    return feed


def test_feeds_are_valid_when_empty_and_titled_by_what_they_follow(datasette, crawled):
    (quiet,) = rows(crawled["db"], """select code, name from areas where id not in (select area_id from article_areas)
                                      and code like '%-%' limit 1""")
    for code in (quiet["code"], quiet["code"].lower()):
        for what in ("articles", "quotes"):
            feed = _feed(f"{datasette}/feed_{what}.atom?area={urllib.parse.quote(code)}")
            assert feed.findall("a:entry", ATOM) == []
            assert quiet["name"] in feed.find("a:title", ATOM).text
    feed = _feed(f"{datasette}/feed_articles.atom?area=shf&provider=turning-point")
    assert "Sheffield" in feed.find("a:title", ATOM).text and "Turning Point" in feed.find("a:title", ATOM).text
    status, _ = fetch(f"{datasette}/feed_articles.atom?area=NOWHERE")
    assert status == 404


def test_feed_entries_link_to_article_pages_and_carry_publication_dates(datasette, crawled):
    feed = _feed(f"{datasette}/feed_articles.atom?area=SHF")
    entries = feed.findall("a:entry", ATOM)
    assert entries
    for entry in entries:
        link = entry.find("a:link", ATOM).get("href")
        article_id = int(re.fullmatch(r"http://127\.0\.0\.1:\d+/article/(\d+)", link).group(1))
        (art,) = rows(crawled["db"], "select published from articles where id = ?", [article_id])
        assert entry.find("a:updated", ATOM).text.startswith(art["published"])
    assert _feed(f"{datasette}/feed_quotes.atom").findall("a:entry", ATOM)


@pytest.mark.parametrize("code", ["SHF", "shf", "E08000019", "e08000019"])
def test_area_codes_resolve_in_any_form(datasette, code):
    status, page = fetch(f"{root(datasette)}/area/{code}")
    assert status == 200 and "<h1>Sheffield</h1>" in page


def test_hyphenated_codes_resolve(datasette, crawled):
    (area,) = rows(crawled["db"], "select code, name from areas where code like '%-%' limit 1")
    status, page = fetch(f"{root(datasette)}/area/{area['code'].lower()}")
    assert status == 200 and html.escape(area["name"]) in page


def test_area_page_answers_who_since_when_how_much_and_who_said_it(datasette):
    _, page = fetch(f"{root(datasette)}/area/SHF")
    timeline = page.split('id="timeline"')[1].split("</section>")[0]
    assert "Turning Point" in timeline and "£22m" in timeline
    assert re.search(r'<a class="rw-num" href="/article/\d+#m\d+" title="[^"]+">£22m</a>', timeline)
    assert "10000000.0" not in page and ".0<" not in page
    assert '<link rel="alternate" type="application/atom+xml"' in page and "feed_articles.atom?area=SHF" in page
    quotes = page.split('id="quotes"')[1].split("</section>")[0]
    assert re.search(r"— <a href=\"/person/\d+\">[^<]+</a>, \w", quotes)  # speaker with a role
    assert 'aria-label="People in treatment in Sheffield' in page


def test_home_page_leads_to_search_areas_providers_people_and_feeds(datasette):
    status, page = fetch(root(datasette) + "/")
    assert status == 200
    assert 'role="search"' in page and 'href="/area/SHF"' in page and 'href="/provider/turning-point"' in page
    assert "/person/" in page and "/article/" in page and "area_map" in page
    assert '<link rel="alternate" type="application/atom+xml"' in page


def test_database_page_search_link_is_not_an_error(datasette):
    _, page = fetch(datasette)
    for link in set(re.findall(r'href="(/[^"]*search[^"]*)"', page)):
        assert fetch(root(datasette) + html.unescape(link))[0] == 200, link


def test_foreign_keys_link_to_our_pages(datasette):
    _, page = fetch(f"{datasette}/figures")
    assert re.search(r'href="/article/\d+"', page) and re.search(r'href="/area/[A-Z0-9-]+"', page)
    _, page = fetch(f"{datasette}/quotes")
    assert re.search(r'href="/person/\d+"', page)


# --- the published database cannot be turned against its readers or its host --------------
SQL_PROBES = ["select fts3_tokenizer('simple')", "select fts3_tokenizer('simple', x'00')",
              "select load_extension('/tmp/x.so')", "select readfile('/etc/passwd')",
              "select writefile('/tmp/x', 'x')", "pragma writable_schema = 1", "attach ':memory:' as x"]


@pytest.mark.parametrize("probe", SQL_PROBES)
def test_sql_probes_are_refused_with_a_client_error(datasette, probe):
    for suffix in ("", ".json"):
        status, body = fetch(f"{datasette}{suffix}?sql={urllib.parse.quote(probe)}")
        assert 400 <= status < 500, (probe, status, body[:300])
        assert not re.search(r"0x[0-9a-f]{6,}", body)


def test_no_response_shows_a_server_path(datasette, crawled):
    path = str(crawled["db"].parent)
    for url in ["/-/databases.json", "/-/databases", "/-/versions.json", "/-/settings.json", "/-/plugins.json",
                "/-/metadata.json", f"/{crawled['db'].stem}.json?sql=select+*+from+pragma_database_list",
                f"/{crawled['db'].stem}.json?sql=pragma+database_list", f"/{crawled['db'].stem}.json",
                f"/{crawled['db'].stem}?sql=select+file+from+pragma_database_list()", "/"]:
        status, body = fetch(root(datasette) + url)
        assert path not in body, url


def test_client_errors_are_4xx(datasette):
    assert fetch(f"{datasette}/articles?_sort=no_such_column")[0] == 400
    assert fetch(f"{datasette}/articles?_sort_desc=no_such_column")[0] == 400
    assert 400 <= fetch(f"{datasette}/articles", data=b"x=1")[0] < 500
    assert fetch(f"{root(datasette)}/area/NOWHERE")[0] == 404
    assert fetch(f"{root(datasette)}/person/999999")[0] == 404


def crawl_links(base, start, limit):
    """Follow the site's own links breadth-first from `start` (at most `limit` pages); return
    (pages seen, [(path, status)] that answered 4xx/5xx)."""
    seen, queue, broken = set(), [start], []
    skip = re.compile(r"^/-/static|\.(db|csv|json)(\?|$)|[?&]_(sort|facet|size|next|labels|shape|nl|nocount|trace)")
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        status, body = fetch(base + path)
        if status >= 400:
            broken.append((path, status))
            continue
        for href in re.findall(r'href="([^"#]+)', body):
            href = html.unescape(href)
            if href.startswith(base):
                href = href[len(base):]
            if href.startswith("/") and not href.startswith("//") and not skip.search(href) and href not in seen:
                queue.append(href)
    return seen, broken


def test_no_internal_link_is_broken(datasette):
    """Crawl the site's own links from the home page (bounded) and expect no 4xx/5xx."""
    seen, broken = crawl_links(root(datasette), "/", 300)
    assert len(seen) > 40 and broken == []
    assert f"/{datasette.rsplit('/', 1)[1]}/news" in seen


def test_canned_search_json_takes_typed_words_too(datasette):
    import json
    for typed in ("Stoke-on-Trent", "Change, Grow, Live", "drug-related deaths", ""):
        status, body = fetch(f"{datasette}/search.json?q={urllib.parse.quote(typed)}&_shape=array")
        assert status == 200, body[:300]
        assert isinstance(json.loads(body), list)
    status, body = fetch(f"{datasette}/search_quotes.json?q=rehab&_shape=array")
    assert status == 200


def test_internal_tables_are_hidden_from_browsing_but_queryable(datasette):
    _, page = fetch(datasette)
    for table in ("frontier", "crawl_runs", "article_bands"):
        assert f'href="/{datasette.rsplit("/", 1)[1]}/{table}"' not in page
    assert fetch(f"{datasette}.json?sql=select+count(*)+from+crawl_runs")[0] == 200
    assert 'href="/' + datasette.rsplit("/", 1)[1] + '/articles"' in page
