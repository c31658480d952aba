import json
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


def test_the_news_view_has_the_primary_area_and_the_providers_by_name(tmp_path):
    db = open_db(tmp_path / "x.db")
    save.save_article(db, ARTICLE)
    art = list(save.pending_articles(db))[0]

    def area(code, name, primary):
        return {"code": code, "row": {"code": code, "name": name}, "is_primary": primary,
                "spans": [{"start": 0, "end": 4, "text": "Body"}], "role": "named", "matched": ["Body"]}

    def provider(slug, name):
        return {"slug": slug, "row": {"slug": slug, "name": name}, "spans": [], "matched": [name]}
    result = {"relevant": True, "relevance_score": 3.0, "figures": [], "quotes": [],
              "areas": [area("WKF", "Wakefield", False), area("LDS", "Leeds", True)],
              "providers": [provider("turning-point", "Turning Point"), provider("cgl", "Change Grow Live")]}
    save.save_extraction(db, art, result)
    (row,) = db.query("select area, providers from news")
    assert row["area"] == "Leeds"
    assert json.loads(row["providers"]) == ["Change Grow Live", "Turning Point"]
    assert [r[0] for r in db.execute("select rowid from articles_fts where articles_fts match 'body'")] == [art["id"]]
    save.save_extraction(db, art, {**result, "relevant": False})
    assert db["news"].count == 0
    assert list(db.query("select area, providers from articles")) == [{"area": None, "providers": None}]


def test_syndicated_copies_are_not_in_the_news_view(tmp_path):
    db = open_db(tmp_path / "x.db")
    save.save_article(db, ARTICLE)
    first = list(save.pending_articles(db))[0]
    save.save_article(db, {**ARTICLE, "url": "https://paper.example/copy", "duplicate_of": first["id"]})
    for art in save.pending_articles(db):
        save.save_extraction(db, art, {"relevant": True, "relevance_score": 3.0, "areas": [], "providers": [],
                                       "figures": [], "quotes": []})
    assert [r["id"] for r in db.query("select id from news")] == [first["id"]]
    assert db["articles"].count == 2


def test_a_repeated_figure_is_stored_linked_and_counted_once_by_area(tmp_path):
    db = open_db(tmp_path / "x.db")
    save.save_article(db, {**ARTICLE, "text": "£2m now. Yes, £2m. And 40 beds."})
    art = list(save.pending_articles(db))[0]

    def fig(text, start, unit, value, repeat_of=None, **meaning):
        return {"value": value, "unit": unit, "text": text, "sentence": text, "start": start,
                "end": start + len(text), "repeat_of": repeat_of, **meaning}
    figures = [fig("£2m", 0, "GBP", 2e6, per="year"), fig("£2m", 14, "GBP", 2e6, repeat_of=0),
               fig("40", 23, "count", 40, counted="places", counts_people=0)]
    save.save_extraction(db, art, {"relevant": True, "relevance_score": 3.0, "areas": [], "providers": [],
                                   "figures": figures, "quotes": []})
    rows = list(db.query("select id, text, same_as, per, counted, counts_people from figures order by id"))
    assert [(r["text"], r["same_as"]) for r in rows] == [("£2m", None), ("£2m", rows[0]["id"]), ("40", None)]
    assert (rows[0]["per"], rows[2]["counted"], rows[2]["counts_people"]) == ("year", "places", 0)
    by_area = list(db.query("select figure_id, counted from figures_by_area order by figure_id"))
    assert [r["figure_id"] for r in by_area] == [rows[0]["id"], rows[2]["id"]]
    # every repeat is still a mention of the text, pointing at its own row
    assert db.execute("select count(*) from mentions where kind = 'figure'").fetchone()[0] == 3
