from recoverywatch.crawler import dedupe
from recoverywatch.crawler.pipelines import with_copy_link
from recoverywatch.db import save
from recoverywatch.db.schema import open_db

STORY = ("The county council has agreed a new five-year contract for its adult drug and alcohol service, "
         "which will be run by a national charity from April. Councillors said the new model would bring "
         "outreach, prescribing and recovery support together in one place for the first time. ") * 3


def test_syndicated_copy_is_similar_and_other_story_is_not():
    copy = "By a Local Democracy Reporter. " + STORY + " Read the full papers on the council website."
    other = "A cannabis farm with 300 plants was found in a disused bank on the high street by police officers. " * 3
    assert dedupe.similarity(dedupe.signature(STORY), dedupe.signature(copy)) >= dedupe.THRESHOLD
    assert dedupe.similarity(dedupe.signature(STORY), dedupe.signature(other)) < 0.2


def test_copies_in_two_papers_are_linked_not_merged(tmp_path):
    db = open_db(tmp_path / "x.db")
    for article in ({"url": "https://paper-a.example/story", "source": None, "title": "A", "text": STORY},
                    {"url": "https://paper-b.example/story", "source": None, "title": "B",
                     "text": "By a Local Democracy Reporter. " + STORY},
                    {"url": "https://paper-c.example/other", "source": None, "title": "C",
                     "text": "Completely different news about a new bus station opening next week. " * 4}):
        save.save_article(db, with_copy_link(db, article))
    # re-saving the original (edited) never makes it a copy of the later one
    save.save_article(db, with_copy_link(db, {"url": "https://paper-a.example/story", "source": None, "title": "A",
                                              "text": STORY + " Updated."}))
    rows = {r["url"]: r["duplicate_of"] for r in db.query("select url, duplicate_of from articles")}
    first = next(db.query("select id from articles where url = 'https://paper-a.example/story'"))["id"]
    assert rows == {"https://paper-a.example/story": None, "https://paper-b.example/story": first,
                    "https://paper-c.example/other": None}
