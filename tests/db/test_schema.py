import sqlite3

from recoverywatch.db import save
from recoverywatch.db.schema import TABLES, ensure_shape, open_db


def test_shape_step_is_idempotent_and_creates_contract(tmp_path):
    path = tmp_path / "x.db"
    db = open_db(path)
    shape = list(db.query("select type, name, sql from sqlite_master order by name"))
    ensure_shape(db)
    ensure_shape(db)
    assert list(db.query("select type, name, sql from sqlite_master order by name")) == shape
    for table in ("articles", "areas", "article_areas", "providers", "article_providers", "figures", "quotes"):
        assert set(TABLES[table]["columns"]) <= set(db[table].columns_dict)
    assert db["articles"].detect_fts() == "articles_fts"
    fks = {(fk.column, fk.other_table) for fk in db["article_areas"].foreign_keys}
    assert ("article_id", "articles") in fks and ("area_id", "areas") in fks


def test_old_database_gains_new_columns(tmp_path):
    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.execute("create table articles (id integer primary key, url text not null, title text)")
    con.commit()
    con.close()
    db = open_db(path)
    assert "relevance_score" in db["articles"].columns_dict


ARTICLE = {"url": "https://example.org/a", "source": None, "title": "T", "published": "2024-01-01", "text": "Body text."}


def test_save_article_new_unchanged_updated(tmp_path):
    db = open_db(tmp_path / "x.db")
    assert save.save_article(db, ARTICLE) == "new"
    assert save.save_article(db, ARTICLE) == "unchanged"
    assert save.save_article(db, {**ARTICLE, "text": "Edited body."}) == "updated"
    assert db["articles"].count == 1
    assert list(db.query("select text from articles"))[0]["text"] == "Edited body."


def test_save_extraction_replaces_rows(tmp_path):
    db = open_db(tmp_path / "x.db")
    save.save_article(db, ARTICLE)
    art = list(save.pending_articles(db))[0]
    area = {"code": "LDS", "row": {"code": "LDS", "name": "Leeds", "gss_code": "E08000035"}, "is_primary": True,
            "spans": [{"start": 0, "end": 4, "text": "Body"}], "role": "named", "matched": ["Body"]}
    fig = {"value": 5.0, "unit": "count", "text": "5", "sentence": "5 people.", "start": 0, "end": 1}
    result = {"relevant": True, "relevance_score": 3.0, "areas": [area], "providers": [], "figures": [fig], "quotes": []}
    save.save_extraction(db, art, result)
    save.save_extraction(db, art, result)
    assert db["figures"].count == 1 and db["article_areas"].count == 1
    assert list(save.pending_articles(db)) == []
    save.save_extraction(db, art, {**result, "relevant": False})
    assert db["figures"].count == 0
