"""A database written by release 0.1.0 (tests/db/fixtures/release-0.1.0.db, made by
`recoverywatch demo --no-serve` before the migrations existed) upgrades in place."""
import json
import shutil
import sqlite3

import pytest

from recoverywatch.db import schema
from recoverywatch.db.schema import open_db
from tests.conftest import ROOT

FIXTURE = ROOT / "tests" / "db" / "fixtures" / "release-0.1.0.db"
KEPT = ["articles", "areas", "article_areas", "providers", "article_providers", "figures", "quotes", "people",
        "services", "article_services", "pages", "crawl_runs", "sources", "frontier", "article_bands"]


@pytest.fixture
def old_db(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    con = sqlite3.connect(path)
    # as an article stored before the year column existed would have it
    con.execute("update articles set year = null where id % 2 = 0")
    con.commit()
    counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in KEPT}
    con.close()
    return path, counts


def test_old_database_upgrades_without_losing_a_row(old_db):
    path, before = old_db
    db = open_db(path)
    after = {t: db[t].count for t in KEPT}
    assert after == before
    assert before["articles"] > 10 and before["figures"] > 20
    for name, spec in schema.TABLES.items():
        assert set(spec["columns"]) <= set(db[name].columns_dict), name


def test_every_column_of_the_old_release_is_still_declared(old_db):
    """Other tools query these columns: none may disappear from the schema."""
    path, _ = old_db
    con = sqlite3.connect(path)
    for table in KEPT:
        old = [row[1] for row in con.execute(f"pragma table_info({table})")]
        assert set(old) <= set(schema.TABLES[table]["columns"]), table
    con.close()


def test_every_dated_article_gets_its_year(old_db):
    path, _ = old_db
    db = open_db(path)
    missing = list(db.query("select id from articles where published is not null and year is null"))
    assert missing == []
    assert {r["year"] for r in db.query("select year from articles")} >= {"2024"}


def test_figure_and_quote_mentions_are_made_and_articles_queued_for_the_rest(old_db):
    path, before = old_db
    db = open_db(path)
    kinds = {r["kind"]: r["n"] for r in db.query("select kind, count(*) as n from mentions group by kind")}
    assert kinds == {"figure": before["figures"], "quote": before["quotes"]}
    bad = list(db.query('select m.id from mentions m join articles a on a.id = m.article_id '
                        'where substr(a.text, m.start + 1, m."end" - m.start) != m.text'))
    assert bad == []
    pending = db.execute("select count(*) from articles where relevant = 1 and extracted_hash is null").fetchone()[0]
    assert pending == db.execute("select count(*) from articles where relevant = 1").fetchone()[0] > 0


def test_migrations_run_once(old_db):
    path, _ = old_db
    open_db(path).close()
    db = open_db(path)
    names = [r["name"] for r in db.query("select name from _sqlite_migrations")]
    assert names == sorted(set(names)) and len(names) >= 3


def test_every_stored_article_is_reachable_at_its_address(old_db):
    from recoverywatch.db import save

    path, before = old_db
    db = open_db(path)
    assert db["article_urls"].count == before["articles"]
    for row in db.query("select id, url from articles"):
        assert save.article_for_url(db, row["url"]) == row["id"]
    assert "0004_article_urls" in [r["name"] for r in db.query("select name from _sqlite_migrations")]


def test_old_database_gains_the_template_memory_and_can_learn(old_db):
    from recoverywatch.db import save
    path, _ = old_db
    db = open_db(path)
    assert "0005_source_furniture" in {r["name"] for r in db.query("select name from _sqlite_migrations")}
    assert "furniture_pages" in db["sources"].columns_dict and db["source_furniture"].exists()
    source = db.execute("select name from sources limit 1").fetchone()[0]
    for _ in range(2):
        save.learn_furniture(db, source, {"abc": ("line", "Back to news")})
    db.conn.commit()
    pages, counts = save.furniture_memory(db)[source]
    assert (pages, counts) == (2, {"abc": 2})


def test_figures_gain_their_meaning_columns_and_their_articles_are_redone(old_db):
    path, before = old_db
    db = open_db(path)
    assert "0006_figure_meaning" in {r["name"] for r in db.query("select name from _sqlite_migrations")}
    assert {"qualifier", "per", "counted", "counts_people", "denominator", "same_as"} <= set(db["figures"].columns_dict)
    assert db["figures"].count == before["figures"]
    assert db.execute("select count(*) from articles where relevant = 1 and extracted_hash is not null").fetchone()[0] == 0


def test_crawl_runs_gain_their_skip_reasons_and_old_runs_keep_theirs_unknown(old_db):
    path, before = old_db
    db = open_db(path)
    assert "0008_skip_reasons" in {r["name"] for r in db.query("select name from _sqlite_migrations")}
    assert {"skip_reasons", "extraction_too_long"} <= set(db["crawl_runs"].columns_dict)
    assert db["crawl_runs"].count == before["crawl_runs"]
    assert db.execute("select count(*) from crawl_runs where skip_reasons is not null").fetchone()[0] == 0


def test_crawl_runs_say_where_their_pages_came_from_and_old_runs_were_crawls(old_db):
    path, before = old_db
    db = open_db(path)
    assert "0013_warc_runs" in {r["name"] for r in db.query("select name from _sqlite_migrations")}
    assert db["crawl_runs"].count == before["crawl_runs"] > 0
    assert {r["origin"] for r in db.query("select origin from crawl_runs")} == {"crawl"}


def test_articles_gain_their_browse_columns_from_the_stored_rows_without_a_reindex(old_db):
    path, _ = old_db
    con = sqlite3.connect(path)
    expected = dict(con.execute("""select a.id, ar.name from articles a join article_areas aa on aa.article_id = a.id
                                   and aa.is_primary = 1 join areas ar on ar.id = aa.area_id where a.relevant = 1""").fetchall())
    con.close()
    db = open_db(path)
    assert "0012_browse" in {r["name"] for r in db.query("select name from _sqlite_migrations")}
    got = dict(db.execute("select id, area from articles where relevant = 1").fetchall())
    assert expected and {k: got[k] for k in expected} == expected
    assert db.execute("select count(*) from articles where relevant = 0 and area is not null").fetchone()[0] == 0
    assert all(isinstance(json.loads(r[0]), list) for r in db.execute("select providers from articles where relevant = 1"))
    # the search index still follows edits: its update trigger was put back
    assert any(t.name == "articles_au" for t in db["articles"].triggers)
    article_id = next(iter(expected))
    db.execute("update articles set title = 'Zanzibar wombat' where id = ?", [article_id])
    assert [r[0] for r in db.execute("select rowid from articles_fts where articles_fts match 'wombat'")] == [article_id]


def test_old_database_gains_the_address_scan_mark_and_its_first_crawl_reads_every_article(old_db):
    from recoverywatch.crawler import urls
    from recoverywatch.db import save

    path, before = old_db
    db = open_db(path)
    assert "0014_address_scans" in {r["name"] for r in db.query("select name from _sqlite_migrations")}
    assert save.address_scan_mark(db, urls.rules_version()) == 0
    assert [row[0] for row in save.article_addresses(db)] == [r["id"] for r in db.query("select id from articles order by id")]
