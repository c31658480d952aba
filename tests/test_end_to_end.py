"""A real crawl of the bundled demo site (plus faulty pages), then Datasette on the result."""
import sqlite3

import pytest

from recoverywatch.db import schema
from tests.conftest import get_json

pytestmark = pytest.mark.slow  # real crawls, servers and subprocesses

IRRELEVANT = {"Budget agreed with investment in roads and libraries", "Man jailed after heroin found in car on M6",
              "Planning Committee, 9 September 2024: land at Mill Road, Hertford"}


def rows(db, sql, args=()):
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(sql, args)]
    finally:
        con.close()


def test_crawl_exits_zero_with_a_summary_line(crawled):
    assert crawled["first"].returncode == 0, crawled["first"].stderr[-2000:]
    last = crawled["first"].stdout.strip().splitlines()[-1]
    assert last.startswith("recoverywatch crawl:") and "new" in last


def test_every_demo_article_is_stored_once_with_metadata(crawled):
    stored = rows(crawled["db"], "select url, title, published, text, relevant from articles")
    by_title = {r["title"]: r for r in stored}
    for art in crawled["site_articles"]:
        assert art["title"] in by_title, art["title"]
        row = by_title[art["title"]]
        assert row["published"][:10] == art["date"]
        assert art["paragraphs"][-1] in row["text"]
        assert not any(p in row["text"] for p in art.get("promos", []))
        assert row["relevant"] == (art["title"] not in IRRELEVANT)
    assert len({r["url"] for r in stored}) == len(stored)


def test_no_listing_contact_search_or_disallowed_page_is_stored(crawled):
    urls = [r["url"] for r in rows(crawled["db"], "select url from articles")]
    assert not any(u.endswith(("/council/news/", "/paper/", "/committees/", "/council/contact/")) or "search" in u
                   or "/page/" in u for u in urls)
    paths = [p for p, _ in crawled["first_requests"]]
    assert "/robots.txt" in paths
    assert not any(p.startswith("/council/drafts/") for p in paths)


def test_bad_pages_are_logged_and_counted_not_stored(crawled):
    run = rows(crawled["db"], "select * from crawl_runs order by id limit 1")[0]
    assert run["status"] == "finished" and run["errors"] >= 2
    log = crawled["first"].stderr
    assert "server-error.html" in log and "binary.html" in log
    urls = [r["url"] for r in rows(crawled["db"], "select url from articles")]
    assert not any(u.endswith(("server-error.html", "binary.html", "loop.html")) for u in urls)


def test_windows_1252_page_is_decoded(crawled):
    (row,) = rows(crawled["db"], "select title, text from articles where url like '%legacy-encoding%'")
    assert "Café" in row["title"] and "city’s treatment service" in row["text"]


def test_second_run_duplicates_nothing_and_refetches_no_unchanged_article(crawled):
    assert crawled["second"].returncode == 0, crawled["second"].stderr[-2000:]
    (n,) = rows(crawled["db"], "select count(*) as n, count(distinct url) as d from articles")
    assert n["n"] == n["d"]
    runs = rows(crawled["db"], "select * from crawl_runs order by id")
    assert len(runs) == 2 and runs[1]["articles_new"] == 1 and runs[1]["articles_updated"] == 1
    article_paths = {a["path"] for a in crawled["site_articles"]}
    new_path = next(a["path"] for a in crawled["site_articles"] if a["title"].startswith("New detox beds"))
    conditional = [p for p, etag in crawled["second_requests"] if p in article_paths and p != new_path]
    assert conditional and all(etag for p, etag in crawled["second_requests"] if p in article_paths and p != new_path)
    # pages whose sidebar changed (the new story) answer 200 but are recognised as unchanged by their text hash
    assert runs[1]["not_modified"] > 0
    assert runs[1]["not_modified"] + runs[1]["articles_unchanged"] >= len(conditional) - 1  # (+ PDF and fault pages)


def test_edited_article_updates_its_row_and_extraction(crawled):
    (art,) = rows(crawled["db"], "select id, text from articles where title like 'Coventry%'")
    assert "£350,000" in art["text"]
    values = {r["value"] for r in rows(crawled["db"], "select value from figures where article_id = ? and unit = 'GBP'", [art["id"]])}
    assert values == {350000}


def test_new_article_of_the_second_run_is_extracted(crawled):
    (art,) = rows(crawled["db"], "select id, relevant from articles where title like 'New detox beds%'")
    assert art["relevant"] == 1
    services = rows(crawled["db"], "select s.name, p.name as provider from article_services x join services s on s.id = x.service_id "
                                   "left join providers p on p.id = s.provider_id where x.article_id = ?", [art["id"]])
    assert ("Forward Leeds", "Humankind") in {(r["name"], r["provider"]) for r in services}


def test_extraction_rows_for_relevant_articles(crawled):
    db = crawled["db"]
    primaries = rows(db, "select a.title, ar.name, ar.gss_code from article_areas aa join articles a on a.id = aa.article_id "
                         "join areas ar on ar.id = aa.area_id where aa.is_primary = 1")
    by_title = {r["title"]: r for r in primaries}
    assert by_title["Sheffield drug service contract goes to new provider in £22m deal"]["gss_code"] == "E08000019"
    assert len(primaries) == len({r["title"] for r in primaries})
    assert rows(db, "select count(*) as n from figures where unit = 'GBP' and value = 22000000")[0]["n"] == 1
    speakers = {r["speaker"] for r in rows(db, "select speaker from quotes")}
    assert {"Angela Birch", "Marcus Reid", "With You spokesperson"} <= speakers
    irrelevant = rows(db, "select count(*) as n from figures f join articles a on a.id = f.article_id where a.relevant = 0")
    assert irrelevant[0]["n"] == 0


@pytest.mark.parametrize("table", ["articles", "areas", "article_areas", "providers", "article_providers",
                                   "figures", "quotes", "crawl_runs", "mentions"])
def test_datasette_json_api_answers_for_every_contract_table(datasette, crawled, table):
    data = get_json(f"{datasette}/{table}.json?_shape=array&_size=5")
    stored = rows(crawled["db"], f"select count(*) as n from {table}")[0]["n"]
    assert stored and len(data) == min(5, stored)
    assert list(data[0]) == list(schema.TABLES[table]["columns"])


def test_datasette_full_text_search_and_canned_query(datasette):
    hits = get_json(f"{datasette}/articles.json?_search=naloxone&_shape=array")
    assert [h["title"] for h in hits] == ["Hundreds of naloxone kits handed out in Bradford"]
    ranked = get_json(f"{datasette}/search.json?q=rehab&_shape=array")
    assert ranked and "Coventry" in ranked[0]["title"]


def test_datasette_shows_project_metadata(datasette):
    meta = get_json(datasette.rsplit("/", 1)[0] + "/-/metadata.json")
    assert meta["title"] == "recoverywatch" and "license" in meta


def test_committee_pdf_report_is_stored_as_a_document_of_its_meeting_page(crawled):
    docs = rows(crawled["db"], "select url, title, text, document_of, relevant from articles where url like '%.pdf'")
    (doc,) = docs
    assert doc["url"].endswith("/committees/documents/report-2291.pdf")
    assert doc["document_of"].endswith("/committees/ieDecisionDetails.aspx?ID=2291")
    assert "2,140 adults in structured treatment" in doc["text"] and doc["relevant"] == 1
    assert doc["title"].startswith("Substance misuse treatment performance")
    log = crawled["first"].stderr
    assert "corrupt.pdf" in log and "scanned.pdf" in log
