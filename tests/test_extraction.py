"""Extraction order and context: a committee PDF is read after, and in the context of, its meeting page."""
from recoverywatch import extraction
from recoverywatch.db import save
from recoverywatch.db.schema import open_db

BODY = "The board noted the annual report on drug and alcohol treatment services in the city. " * 4


def test_a_pdf_takes_its_meeting_pages_primary_area_as_home(tmp_path):
    db = open_db(tmp_path / "x.db")
    db["sources"].insert({"name": "committees", "kind": "committee", "area": "Yorkshire"})
    for url, doc_of in (("https://c.example/meeting/1", None), ("https://c.example/docs/report.pdf", "https://c.example/meeting/1"),
                        ("https://c.example/docs/orphan.pdf", "https://c.example/meeting/2")):
        save.save_article(db, {"url": url, "source": "committees", "title": "t", "published": "2024-07-11",
                               "text": BODY, "document_of": doc_of})
    db["areas"].insert({"id": 7, "code": "SHF", "name": "Sheffield"})
    page_id = db.execute("select id from articles where url = 'https://c.example/meeting/1'").fetchone()[0]
    db["article_areas"].insert({"article_id": page_id, "area_id": 7, "is_primary": 1})
    pending = [dict(r) for r in save.pending_articles(db)]
    documents = [r for r in pending if r["document_of"]]
    homes = {d["url"]: d["source_area"] for d in extraction._documents(db, documents, {"committees": "Yorkshire"})}
    assert homes == {"https://c.example/docs/report.pdf": "Sheffield",      # the meeting page's primary area
                     "https://c.example/docs/orphan.pdf": "Yorkshire"}      # no page stored: the source's area


def test_a_text_too_long_to_extract_is_marked_once_and_not_retried(tmp_path):
    db = open_db(tmp_path / "x.db")
    db["sources"].insert({"name": "paper", "kind": "press"})
    huge = BODY * (extraction.MAX_EXTRACT_CHARS // len(BODY) + 2)
    save.save_article(db, {"url": "https://p.example/news/huge", "source": "paper", "title": "t",
                           "published": "2024-07-11", "text": huge})
    assert extraction.extract_pending(db)["too_long"] == 1
    assert list(save.pending_articles(db)) == []  # marked: `extract --pending` does not meet it again
    again = extraction.extract_pending(db)
    assert (again["too_long"], again["failed"], again["extracted"]) == (0, 0, 0)
    # a shorter version of the story is extracted as usual
    save.save_article(db, {"url": "https://p.example/news/huge", "source": "paper", "title": "t",
                           "published": "2024-07-11", "text": BODY})
    assert extraction.extract_pending(db)["extracted"] == 1
