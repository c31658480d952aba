"""The archive of fetched bytes (db/snapshots.py) on real SQLite files: versions, one
transaction with the article, healing after a kill between the two files' commits."""
import shutil
import sqlite3

from recoverywatch.db import save, snapshots
from recoverywatch.db.schema import open_db
from tests.db.test_migrations import FIXTURE

URL = "https://council.example.gov.uk/news/new-recovery-hub-opens"
PAGE = b"<html><head><title>New recovery hub opens</title></head><body><p>The council has opened a hub.</p></body></html>"
ARTICLE = {"url": URL, "source": None, "title": "New recovery hub opens", "published": "2024-03-01",
           "text": "The council has opened a hub."}


def store(db, db_path, article, body, etag='"a"'):
    """What the crawl's pipeline does for one fetched article, in one transaction."""
    with db.conn:
        outcome = save.save_article(db, article)
        sha = snapshots.archive(db, save.article_for_url(db, article["url"]), article["url"],
                                snapshots.pack(body, "text/html; charset=utf-8", article["url"]),
                                article_changed=outcome != "unchanged")
        save.save_page(db, {"url": article["url"], "page_type": "article", "status": 200, "etag": etag,
                            "snapshot_sha256": sha})
    return outcome


def writer(db_path):
    db = open_db(db_path)
    snapshots.attach(db, db_path)
    return db


def test_the_bytes_are_kept_compressed_beside_the_database_and_come_back_exactly(tmp_path):
    db_path = tmp_path / "news.db"
    db = writer(db_path)
    body = PAGE.replace(b"</body>", b"<p>" + b"Treatment services across the county. " * 200 + b"</p></body>")
    store(db, db_path, ARTICLE, body)
    assert snapshots.path_for(db_path) == tmp_path / "news.snapshots.db"
    assert "snapshots" not in db.table_names()  # the published database does not carry them
    (only,) = snapshots.versions(db_path, 1)
    assert (only["version"], only["url"], only["size"]) == (1, URL, len(body))
    assert only["content_type"] == "text/html; charset=utf-8" and only["fetched_at"]
    got = snapshots.read(db_path, 1)
    assert got["content"] == body
    assert len(got["body"]) < len(body) / 10


def test_a_changed_article_gets_a_new_version_and_the_old_one_is_kept(tmp_path):
    db_path = tmp_path / "news.db"
    db = writer(db_path)
    store(db, db_path, ARTICLE, PAGE)
    edited = PAGE.replace(b"opened a hub", b"opened a second hub")
    assert store(db, db_path, {**ARTICLE, "text": "The council has opened a second hub."}, edited) == "updated"
    assert [v["version"] for v in snapshots.versions(db_path, 1)] == [1, 2]
    assert snapshots.read(db_path, 1)["content"] == edited
    assert snapshots.read(db_path, 1, version=1)["content"] == PAGE
    assert snapshots.read(db_path, 1, version=3) is None and snapshots.read(db_path, 2) is None


def test_a_refetch_of_the_same_article_makes_no_new_version_even_when_bytes_differ(tmp_path):
    """Pages without validators come back in full on every crawl, often with a new token or
    advert: the article did not change, so neither does the archive."""
    db_path = tmp_path / "news.db"
    db = writer(db_path)
    store(db, db_path, ARTICLE, PAGE)
    assert store(db, db_path, ARTICLE, PAGE) == "unchanged"
    assert store(db, db_path, ARTICLE, PAGE.replace(b"<head>", b'<head><meta name="csrf" content="81f2">')) == "unchanged"
    assert len(snapshots.versions(db_path, 1)) == 1


def test_a_rolled_back_batch_leaves_neither_the_article_nor_its_snapshot(tmp_path):
    db_path = tmp_path / "news.db"
    db = writer(db_path)
    db.conn.execute("begin")
    save.save_article(db, ARTICLE)
    snapshots.archive(db, save.article_for_url(db, URL), URL, snapshots.pack(PAGE, "text/html", URL), True)
    db.conn.rollback()
    assert db["articles"].count == 0 and snapshots.versions(db_path, 1) == []


def test_a_snapshot_lost_between_the_two_commits_is_fetched_and_archived_again(tmp_path):
    db_path = tmp_path / "news.db"
    db = writer(db_path)
    store(db, db_path, ARTICLE, PAGE)
    edited = PAGE.replace(b"opened a hub", b"opened a bigger hub")
    changed = {**ARTICLE, "text": "The council has opened a bigger hub."}
    store(db, db_path, changed, edited)
    # as if the crawl was killed after the database's commit and before the snapshots file's
    side = sqlite3.connect(snapshots.path_for(db_path))
    side.execute("delete from snapshots where version = 2")
    side.commit()
    side.close()
    db.execute("detach database snap")
    assert snapshots.heal(db, db_path) == 1
    page = db["pages"].get(URL)
    assert page["etag"] is None and page["snapshot_sha256"] is None  # the next request is not conditional
    assert snapshots.heal(db, db_path) == 0
    snapshots.attach(db, db_path)
    assert store(db, db_path, changed, edited) == "unchanged"
    assert snapshots.read(db_path, 1)["content"] == edited


def test_an_older_database_gains_the_column_and_its_articles_are_archived_on_their_next_full_fetch(tmp_path):
    db_path = tmp_path / "old.db"
    shutil.copy(FIXTURE, db_path)
    db = writer(db_path)
    assert "0010_snapshots" in {r["name"] for r in db.query("select name from _sqlite_migrations")}
    assert "snapshot_sha256" in db["pages"].columns_dict
    art = next(db.query("select id, url, source, title, published, text from articles limit 1"))
    assert store(db, db_path, art, PAGE) == "unchanged"
    assert [v["version"] for v in snapshots.versions(db_path, art["id"])] == [1]


def test_no_snapshots_file_means_no_snapshots(tmp_path):
    open_db(tmp_path / "bare.db").close()
    assert snapshots.versions(tmp_path / "bare.db", 1) == [] and snapshots.read(tmp_path / "bare.db", 1) is None


def test_exports_leave_the_copies_out_unless_asked_and_then_write_them_byte_for_byte(tmp_path):
    import csv

    from recoverywatch import export

    db_path = tmp_path / "news.db"
    db = writer(db_path)
    store(db, db_path, ARTICLE, PAGE)
    edited = PAGE.replace(b"opened a hub", b"opened a second hub")
    store(db, db_path, {**ARTICLE, "text": "The council has opened a second hub."}, edited)
    db.close()
    plain = tmp_path / "plain"
    export.export_tables(db_path, plain)
    assert not (plain / "snapshots").exists() and not (plain / "snapshots.csv").exists()
    out = tmp_path / "full"
    path, written = export.export_snapshots(db_path, out)
    assert written == 2
    with open(path, newline="") as f:
        index = list(csv.DictReader(f))
    assert [(r["article_id"], r["version"], r["url"]) for r in index] == [("1", "1", URL), ("1", "2", URL)]
    assert (out / index[0]["file"]).read_bytes() == PAGE and (out / index[1]["file"]).read_bytes() == edited
    assert index[1]["file"] == "snapshots/article-1-v2.html"
