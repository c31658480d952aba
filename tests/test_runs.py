"""recoverywatch.runs: one crawl run's bookkeeping, tested without starting Scrapy."""
import fcntl
import pathlib
import re

import pytest

from recoverywatch.crawler import stats
from recoverywatch.crawler.sources import SourcesError, load_sources_file, parse_sources
from recoverywatch.db import save
from recoverywatch.db.schema import open_db
from recoverywatch.runs import (CrawlBusy, DatabaseError, LockError, RunError, RunSummary, crawl_lock,
                                crawl_once)
from tests.conftest import ROOT

SOURCES = '[[source]]\nname = "x"\nkind = "press"\nstart_urls = ["http://127.0.0.1:9/"]\n'


def statuses(db_path):
    db = open_db(db_path)
    try:
        return [r["status"] for r in db.query("select status from crawl_runs order by id")]
    finally:
        db.close()


def test_summary_line_is_the_crawl_report():
    summary = RunSummary(run_id=3, pages_fetched=12, not_modified=4, articles_new=5, articles_updated=2,
                         articles_unchanged=1, articles_failed=1, errors=3, extracted=7, relevant=6)
    assert summary.line("demo.db") == (
        "recoverywatch crawl: 12 pages fetched (4 unchanged, 304), 5 new, 2 updated articles, "
        "1 failed, 3 errors; 7 extracted (6 relevant) into demo.db")


def test_every_skip_reason_is_counted_in_the_row_and_the_summary_line():
    scrapy_stats = {stats.RESPONSES: 9, stats.skip_stat("not_article"): 4, stats.skip_stat("http_error"): 2,
                    stats.REDIRECTS_OFF_SCOPE: 1, stats.URL_TOO_LONG: 2}
    summary = RunSummary.from_stats(scrapy_stats).with_extraction(
        {"extracted": 0, "relevant": 0, "failed": 0, "too_long": 1})
    assert summary.run_row()["skip_reasons"] == {"not_article": 4, "http_error": 2, "redirect_off_scope": 1,
                                                 "url_too_long": 2}
    assert summary.line("x.db").endswith(
        "errors; not stored: 4 not_article, 2 http_error, 2 url_too_long, 1 redirect_off_scope; "
        "0 extracted (0 relevant, 1 too long to extract) into x.db")


def test_an_unknown_skip_reason_is_a_programming_error():
    import pytest
    with pytest.raises(KeyError):
        stats.skip_stat("misc")


def test_summary_from_scrapy_stats_and_extraction():
    scrapy_stats = {stats.RESPONSES: 10, stats.NOT_MODIFIED: 3, stats.article_stat("new"): 4,
                    stats.article_stat("updated"): 1, stats.article_stat("unchanged"): 2,
                    stats.ITEMS_DROPPED: 1, stats.ERRORS: 2, stats.LOGGED_ERRORS: 1, stats.FINISH_REASON: "shutdown"}
    summary = RunSummary.from_stats(scrapy_stats, run_id=9)
    assert summary.run_row() == {"pages_fetched": 10, "not_modified": 3, "articles_new": 4, "articles_updated": 1,
                                 "articles_unchanged": 2, "articles_failed": 1, "errors": 3,
                                 "skip_reasons": {"half_empty": 1}}
    assert summary.status == "shutdown" and summary.run_id == 9
    assert RunSummary.from_stats({}).status == "finished" and RunSummary.from_stats({}).pages_fetched == 0
    done = summary.with_extraction({"extracted": 5, "relevant": 2, "failed": 1, "seconds": 0.5})
    assert (done.extracted, done.relevant, done.extraction_failed) == (5, 2, 1)
    assert done.line("x.db").endswith("5 extracted (2 relevant) into x.db")


def test_run_row_columns_exist_in_crawl_runs(tmp_path):
    db = open_db(tmp_path / "c.db")
    assert set(stats.RUN_COLUMNS) <= set(db["crawl_runs"].columns_dict)
    db.close()


def test_second_crawl_is_refused_while_the_lock_is_held(tmp_path):
    db_path = tmp_path / "l.db"
    with crawl_lock(db_path):
        with pytest.raises(CrawlBusy, match=r"another crawl is using .*l\.db \(lock .*l\.db\.lock\)"):
            with crawl_lock(db_path):
                pass
    with crawl_lock(db_path):  # released: the next run gets it
        pass


def test_crawl_once_refuses_a_concurrent_run_before_touching_the_runs(tmp_path):
    db_path = tmp_path / "busy.db"
    with open(str(db_path) + ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        with pytest.raises(RunError, match="another crawl is using"):
            crawl_once(parse_sources(SOURCES), db_path)
    assert statuses(db_path) == []


def test_unopenable_database_and_unwritable_lock_are_run_errors(tmp_path):
    with pytest.raises(DatabaseError, match="cannot open database"):
        crawl_once(parse_sources(SOURCES), tmp_path / "no-such-dir" / "x.db")
    (tmp_path / "d.db.lock").mkdir()
    with pytest.raises(LockError, match="cannot write lock file"):
        with crawl_lock(tmp_path / "d.db"):
            pass
    assert "\n" not in str(DatabaseError("cannot open database x: y"))


def test_a_killed_run_is_marked_interrupted(tmp_path):
    db = open_db(tmp_path / "k.db")
    finished = save.start_run(db)
    save.finish_run(db, finished, {"pages_fetched": 1})
    save.start_run(db)  # this run's process was killed: still 'running'
    assert save.mark_interrupted_runs(db) == 1
    db.close()
    assert statuses(tmp_path / "k.db") == ["finished", "interrupted"]


def test_sources_file_is_read_and_parsed_once(tmp_path, monkeypatch):
    path = tmp_path / "s.toml"
    path.write_text(SOURCES + '\n[crawler]\ndownload_delay = 2\n')
    reads = []
    read_text = pathlib.Path.read_text
    monkeypatch.setattr(pathlib.Path, "read_text", lambda self, *a, **k: reads.append(self) or read_text(self, *a, **k))
    import tomllib
    parses = []
    loads = tomllib.loads
    monkeypatch.setattr(tomllib, "loads", lambda text: parses.append(1) or loads(text))
    sources, settings = load_sources_file(path)
    assert [s.name for s in sources] == ["x"] and settings == {"DOWNLOAD_DELAY": 2}
    assert reads == [path] and len(parses) == 1
    with pytest.raises(SourcesError, match="sources file not found"):
        load_sources_file(tmp_path / "none.toml")


def test_stat_names_are_not_spelled_out_outside_crawler_stats():
    literal = re.compile(r"""["']recoverywatch/[a-z_]+["'{]""")
    modules = [*(ROOT / "crawler").rglob("*.py"), *(ROOT / "recoverywatch").rglob("*.py")]
    offenders = [str(p.relative_to(ROOT)) for p in modules
                 if p.name != "stats.py" and literal.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_articles_stored_under_a_variant_address_are_found_at_the_canonical_one(tmp_path):
    """A database from before the URL rules holds a story at its `?ref=rss` address: the next crawl
    meets it at the clean address and must update that row, not store the story again."""
    from recoverywatch.runs import remember_canonical_addresses

    db = open_db(tmp_path / "old.db")
    db["sources"].insert({"name": "kingsford-live"})
    old = "https://www.kingsfordlive.co.uk/news/kingsford-news/drug-deaths-fall-29384756?ref=rss"
    clean = "https://www.kingsfordlive.co.uk/news/kingsford-news/drug-deaths-fall-29384756"
    story = {"source": "kingsford-live", "kind": "press", "title": "Drug deaths fall", "published": "2024-05-01",
             "text": "Drug deaths in Kingsford fell last year, the council's public health report says."}
    save.save_article(db, {**story, "url": old})
    save.save_article(db, {**story, "url": "https://www.kingsfordlive.co.uk/news/kingsford-news/other-1",
                           "text": "Another story."})
    assert remember_canonical_addresses(db) == 1
    assert remember_canonical_addresses(db) == 0  # once is enough
    assert save.save_article(db, {**story, "url": clean}) == "unchanged"
    assert [r["url"] for r in db.query("select url from articles order by id")][0] == clean
    assert db["articles"].count == 2


# --- the lock file's record of the run holding it: a run killed in its first second is not lost ---
def _record(db_path):
    import json
    text = pathlib.Path(str(db_path) + ".lock").read_text()
    return json.loads(text) if text.strip() else None


def test_the_lock_file_records_the_run_while_it_holds_the_lock_and_is_cleared_after(tmp_path):
    import os
    db_path = tmp_path / "r.db"
    with crawl_lock(db_path) as lock:
        held = _record(db_path)
        assert held == {"pid": os.getpid(), "started": lock.started, "pending": []}
        with pytest.raises(CrawlBusy):
            with crawl_lock(db_path):
                pass
        assert _record(db_path) == held  # a run refused the lock leaves the holder's record alone
    assert _record(db_path) is None


def test_a_run_killed_before_its_row_is_recorded_as_interrupted_by_the_next(tmp_path):
    from recoverywatch.runs import _start_run
    db_path = tmp_path / "k.db"
    # what a run killed between taking the lock and writing its row leaves behind
    pathlib.Path(str(db_path) + ".lock").write_text('{"pid": 99999, "started": "2025-01-02T03:04:05+00:00"}\n')
    with crawl_lock(db_path) as lock:
        db = open_db(db_path)
        run_id = _start_run(db, lock)
        assert _record(db_path)["run_id"] == run_id
        rows = list(db.query("select started, status, error_summary from crawl_runs order by id"))
        db.close()
    assert rows[0] == {"started": "2025-01-02T03:04:05+00:00", "status": "interrupted",
                       "error_summary": save.KILLED_BEFORE_ROW}
    assert rows[1]["status"] == "running" and rows[1]["started"] == lock.started
    assert _record(db_path) is None  # recorded once: the run after this one finds nothing to add


def test_a_run_that_fails_before_its_row_keeps_the_killed_runs_record_for_the_next(tmp_path):
    db_path = tmp_path / "f.db"
    killed = {"pid": 99999, "started": "2025-01-02T03:04:05+00:00"}
    pathlib.Path(str(db_path) + ".lock").write_text(__import__("json").dumps(killed))
    with pytest.raises(RuntimeError):
        with crawl_lock(db_path):
            raise RuntimeError("the sources file was wrong")
    assert _record(db_path) == {"pending": [{"started": killed["started"]}]}


def test_runs_killed_before_their_rows_one_after_another_are_all_recorded(tmp_path):
    from recoverywatch.runs import _start_run
    db_path = tmp_path / "m.db"
    lock_file = pathlib.Path(str(db_path) + ".lock")
    starts = []
    for _ in range(3):  # each takes the lock and is "killed": its record is what stays in the file
        with crawl_lock(db_path) as lock:
            starts.append(lock.started)
            left = lock_file.read_text()
        lock_file.write_text(left)
    with crawl_lock(db_path) as lock:
        assert [k["started"] for k in lock.killed_before_row()] == starts
        db = open_db(db_path)
        _start_run(db, lock)
        assert [r["status"] for r in db.query("select status from crawl_runs order by id")] == [
            "interrupted", "interrupted", "interrupted", "running"]
        db.close()


def test_a_lock_file_that_holds_no_record_is_ignored_with_a_log_line(tmp_path, caplog):
    db_path = tmp_path / "g.db"
    pathlib.Path(str(db_path) + ".lock").write_text("garbage from an editor\n")
    with caplog.at_level("WARNING"):
        with crawl_lock(db_path) as lock:
            assert lock.killed_before_row() == []
    assert "not a run record" in caplog.text


def test_a_run_killed_while_writing_the_rows_has_them_written_once(tmp_path):
    """Killed between the database's commit and the lock file's update: the next run finds the
    rows written and adds none; killed before the commit: it writes them."""
    from recoverywatch.runs import _start_run
    db_path = tmp_path / "w.db"
    lock_file = pathlib.Path(str(db_path) + ".lock")
    lock_file.write_text('{"pid": 99999, "started": "2025-01-02T03:04:05+00:00"}\n')
    with crawl_lock(db_path) as lock:  # this run commits its rows, then is "killed" before noting it
        lock.writing_rows()
        left = lock_file.read_text()
        db = open_db(db_path)
        save.start_run(db, lock.started, killed=("2025-01-02T03:04:05+00:00",))
        db.close()
    lock_file.write_text(left)
    with crawl_lock(db_path) as lock:
        db = open_db(db_path)
        _start_run(db, lock)
        statuses_ = [r["status"] for r in db.query("select status from crawl_runs order by id")]
        db.close()
    assert statuses_ == ["interrupted", "interrupted", "running"]  # the first killed, the one killed writing, this


def test_each_crawl_reads_only_articles_stored_since_its_last_look_at_addresses(tmp_path):
    """The canonical-address pass follows what is new, not the archive: a second pass reads the
    articles stored since the first; URL rules of another release make it read them all again."""
    from recoverywatch.crawler import urls
    from recoverywatch.runs import remember_canonical_addresses

    db = open_db(tmp_path / "archive.db")
    db["sources"].insert({"name": "paper"})
    base = "https://news.example.org/health/"
    story = {"source": "paper", "kind": "press", "title": "Clinic opens", "text": "A clinic opened."}
    for i in range(3):
        save.save_article(db, {**story, "url": f"{base}story-{i}"})
    assert remember_canonical_addresses(db) == 0
    assert save.address_scan_mark(db, urls.rules_version()) == 3
    save.save_article(db, {**story, "url": f"{base}story-3?utm_source=newsletter"})
    assert remember_canonical_addresses(db) == 1  # the article stored since is read
    assert save.address_scan_mark(db, urls.rules_version()) == 4
    # a database last looked at under other rules: every article is read again, once
    db.execute("delete from article_urls where url = ?", [f"{base}story-3"])
    save.set_address_scan_mark(db, "rules-of-an-older-release", 4)
    assert remember_canonical_addresses(db) == 1
    assert [r["rules"] for r in db.query("select rules from address_scans")] == [urls.rules_version()]
    assert remember_canonical_addresses(db) == 0
