"""Streaming, parallel extraction: chunks, several processes, and the same database either way."""
import shutil
import sqlite3

import pytest

from recoverywatch import extraction
from recoverywatch.db import save
from recoverywatch.db.schema import open_db
from recoverywatch.demo.server import load_articles

from .conftest import run_cli

TABLES = ("article_areas", "article_providers", "figures", "quotes", "mentions")


def _store(path, copies=1):
    db = open_db(path)
    db["sources"].insert({"name": "demo", "kind": "press", "area": None})
    for n in range(copies):
        for art in load_articles():
            save.save_article(db, {"url": f"https://news.example/{n}{art['path']}", "source": "demo",
                                   "title": art["title"], "published": art["date"], "text": "\n".join(art["paragraphs"])})
    return db


def _dump(path):
    with sqlite3.connect(path) as conn:
        return {t: sorted(map(repr, conn.execute(f"select * from {t}").fetchall())) for t in TABLES}


def test_articles_are_read_in_chunks_and_each_extracted_once(tmp_path, monkeypatch, nlp):
    db = _store(tmp_path / "x.db")
    monkeypatch.setattr(extraction, "CHUNK", 5)  # 12 articles: three reads of at most five rows
    reads = []
    real_query = db.query

    def counting(sql, params=None):
        if sql.startswith("select id, url"):
            reads.append(sql)
        return real_query(sql, params)

    monkeypatch.setattr(db, "query", counting)
    seen = []
    result = extraction.extract_pending(db, progress=lambda done, total: seen.append((done, total)))
    assert result["extracted"] == 12 and result["failed"] == 0
    assert seen[-1] == (12, 12)
    assert all("limit 5" in sql for sql in reads) and len(reads) >= 3
    extracted = db.execute("select count(*) from articles where extracted_hash = content_hash").fetchone()[0]
    assert extracted == 12
    assert extraction.extract_pending(db)["extracted"] == 0  # nothing left pending


@pytest.mark.slow
def test_two_processes_write_the_same_database_as_one(tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    _store(one, copies=3).close()
    shutil.copy(one, two)
    for path, n in ((one, 1), (two, 2)):
        result = run_cli("extract", "--db", path, "--processes", n)
        assert result.returncode == 0, result.stderr[-2000:]
        assert "36 articles extracted" in result.stdout
    assert _dump(one) == _dump(two)
    assert _dump(one)["mentions"], "nothing was extracted"
