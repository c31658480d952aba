"""Extraction → mentions: every stored mention is exactly the text at its offsets."""
from recoverywatch.db import save
from recoverywatch.db.schema import open_db

TEXT = "\n".join([
    "Sheffield City Council has awarded a £22m contract for its drug and alcohol service to Turning Point.",
    "The service, Forward Leeds, is not part of the deal. About 3,410 adults were in treatment in Sheffield last year.",
    "Councillor Angela Birch, cabinet member for health, said: “This contract puts recovery at the heart of "
    "everything we do for people in Sheffield.”",
    "Turning Point said it would keep every member of staff.",
])


def test_every_mention_matches_its_offsets(tmp_path, extract_one):
    db = open_db(tmp_path / "m.db")
    save.save_article(db, {"url": "https://example.org/a", "source": None, "title": "Sheffield contract",
                           "published": "2024-03-01", "text": TEXT})
    art = dict(next(iter(save.pending_articles(db))), source_area=None)
    result = extract_one(TEXT, title="Sheffield contract", published="2024-03-01")
    save.save_extraction(db, art, result)
    mentions = list(db.query('select * from mentions order by start'))
    assert mentions and all(TEXT[m["start"]:m["end"]] == m["text"] for m in mentions)
    kinds = {m["kind"] for m in mentions}
    assert {"area", "provider", "figure", "quote", "person"} <= kinds, kinds
    # each mention resolves to the row of its kind
    sheffield = db["areas"].rows_where("code = 'SHF'").__next__()["id"]
    assert [m["text"] for m in mentions if m["kind"] == "area" and m["entity_id"] == sheffield] == ["Sheffield City Council", "Sheffield", "Sheffield"]
    provider_rows = {m["entity_id"] for m in mentions if m["kind"] == "provider"}
    assert provider_rows == {next(db["providers"].rows_where("slug = 'turning-point'"))["id"]}
    person = next(m for m in mentions if m["kind"] == "person")
    assert person["text"] == "Angela Birch" and person["entity_id"] == next(db["people"].rows)["id"]
    # counts in the link tables agree with the mentions
    (count,) = db.execute("select mentions from article_areas aa join areas ar on ar.id = aa.area_id where ar.code = 'SHF'").fetchone()
    assert count == 3
    figure_ids = {r["id"] for r in db["figures"].rows}
    assert {m["entity_id"] for m in mentions if m["kind"] == "figure"} == figure_ids


def test_reextraction_replaces_mentions(tmp_path, extract_one):
    db = open_db(tmp_path / "m.db")
    save.save_article(db, {"url": "https://example.org/a", "source": None, "title": "T", "published": "2024-03-01", "text": TEXT})
    art = dict(next(iter(save.pending_articles(db))), source_area=None)
    result = extract_one(TEXT, title="Sheffield contract", published="2024-03-01")
    save.save_extraction(db, art, result)
    first = db["mentions"].count
    save.save_extraction(db, art, result)
    assert db["mentions"].count == first
    save.save_extraction(db, art, {**result, "relevant": False})
    assert db["mentions"].count == 0
