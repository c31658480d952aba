"""Archived copies after a real crawl (the demo site crawled twice; one story edited between the
runs, every other page's sidebar changed), served by a real Datasette."""
import sqlite3
import urllib.error
import urllib.request

import pytest

from recoverywatch.db import snapshots
from tests.test_end_to_end import rows

pytestmark = pytest.mark.slow  # real crawls, servers and subprocesses


def fetch(url):
    with urllib.request.urlopen(url, timeout=15) as resp:
        return resp.status, resp.headers, resp.read()  # (headers: case-insensitive)


def site_root(datasette):
    return datasette.rsplit("/", 1)[0]


def versions(crawled):
    con = sqlite3.connect(snapshots.path_for(crawled["db"]))
    try:
        return dict(con.execute("select article_id, count(*) from snapshots group by article_id"))
    finally:
        con.close()


def test_every_article_is_archived_and_only_the_edited_one_has_two_versions(crawled):
    counts = versions(crawled)
    articles = rows(crawled["db"], "select id, title from articles")
    assert {a["id"] for a in articles} == set(counts)
    (edited,) = [a["id"] for a in articles if a["title"].startswith("Coventry")]
    # the second crawl got 304s, and pages whose sidebar changed are the same article: no new version
    assert {aid: n for aid, n in counts.items() if n != 1} == {edited: 2}
    assert "snapshots" not in {r["name"] for r in rows(crawled["db"], "select name from sqlite_master")}


def test_the_archived_copy_is_the_page_as_fetched_with_its_history(datasette, crawled):
    (art,) = rows(crawled["db"], "select id, url from articles where title like 'Coventry%'")
    root = site_root(datasette)
    status, headers, latest = fetch(f"{root}/article/{art['id']}/snapshot")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert headers["Content-Security-Policy"].startswith("sandbox")
    assert headers["Link"] == f'<{art["url"]}>; rel="original"'
    _, _, live = fetch(art["url"])  # the demo site still serves it: byte for byte what it sends now
    assert latest == live and "£350,000".encode() in latest
    _, _, first = fetch(f"{root}/article/{art['id']}/snapshot/1")
    assert "£310,000".encode() in first and "£350,000".encode() not in first
    assert fetch(f"{root}/article/{art['id']}/snapshot/2")[2] == latest
    with pytest.raises(urllib.error.HTTPError) as missing:
        fetch(f"{root}/article/{art['id']}/snapshot/3")
    assert missing.value.code == 404


def test_the_cite_line_gives_the_retrieved_date_and_links_every_archived_copy(datasette, crawled):
    (art,) = rows(crawled["db"], "select id from articles where title like 'Coventry%'")
    stored = snapshots.versions(crawled["db"], art["id"])
    _, _, page = fetch(f"{site_root(datasette)}/article/{art['id']}")
    page = page.decode("utf-8")
    cite = page[page.index('class="rw-cite"'):]
    assert f"retrieved {stored[-1]['fetched_at'][:10]}" in cite
    assert f'<a class="rw-archived" href="/article/{art["id"]}/snapshot/2">archived copy</a>' in cite
    assert f'href="/article/{art["id"]}/snapshot/1">retrieved {stored[0]["fetched_at"][:10]}</a>' in cite


def test_a_committee_pdf_is_archived_and_served_as_a_pdf(datasette, crawled):
    docs = rows(crawled["db"], "select id from articles where document_of is not null")
    assert docs
    status, headers, body = fetch(f"{site_root(datasette)}/article/{docs[0]['id']}/snapshot")
    assert status == 200 and headers["Content-Type"] == "application/pdf" and body.startswith(b"%PDF")
    assert headers["X-Content-Type-Options"] == "nosniff"
