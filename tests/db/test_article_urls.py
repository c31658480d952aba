"""An article reached at several addresses (an older URL, a redirect, a tracking or CMS variant,
a page naming its canonical address) is one row, findable at each of them."""
from recoverywatch.db import save
from recoverywatch.db.schema import open_db

OLD = "https://www.northvale.gov.uk/news/2024/contract-extended?ref=rss"
CANONICAL = "https://www.northvale.gov.uk/news/2024/contract-extended"
REDIRECT = "https://www.northvale.gov.uk/news/contract-extended"


def article(url, text="The drug and alcohol treatment contract is extended for two years.", aliases=()):
    return {"url": url, "source": "northvale-news", "kind": "council", "title": "Contract extended",
            "published": "2024-03-14", "text": text, "aliases": list(aliases)}


def test_an_article_met_again_under_its_canonical_address_keeps_its_row(tmp_path):
    db = open_db(tmp_path / "a.db")
    db["sources"].insert({"name": "northvale-news"})
    assert save.save_article(db, article(OLD)) == "new"
    (first_id,) = [r["id"] for r in db.query("select id from articles")]
    # the next crawl fetches the clean address, which redirected, and knows the old one
    assert save.save_article(db, article(CANONICAL, aliases=[REDIRECT, OLD])) == "unchanged"
    assert [(r["id"], r["url"]) for r in db.query("select id, url from articles")] == [(first_id, CANONICAL)]
    for url in (OLD, CANONICAL, REDIRECT):
        assert save.article_for_url(db, url) == first_id
    # an edit found at any of the addresses updates the same row
    assert save.save_article(db, article(REDIRECT, text="The contract is extended for three years.")) == "updated"
    assert db["articles"].count == 1
    assert db["articles"].get(first_id)["text"] == "The contract is extended for three years."


def test_an_address_keeps_the_article_it_first_led_to(tmp_path):
    db = open_db(tmp_path / "b.db")
    db["sources"].insert({"name": "northvale-news"})
    save.save_article(db, article(CANONICAL, aliases=[REDIRECT]))
    other = "https://www.northvale.gov.uk/news/2024/another-story"
    save.save_article(db, article(other, text="Another story about the recovery service.", aliases=[]))
    assert save.article_for_url(db, REDIRECT) == save.article_for_url(db, CANONICAL)
    assert save.article_for_url(db, other) != save.article_for_url(db, CANONICAL)
    assert save.article_for_url(db, "https://www.northvale.gov.uk/news/never-seen") is None


def test_an_archived_fetch_never_replaces_the_record_of_a_later_one(tmp_path):
    db = open_db(tmp_path / "c.db")
    db["sources"].insert({"name": "northvale-news"})
    assert save.newest_fetch(db, CANONICAL) is None  # nothing stored yet
    save.save_article(db, article(CANONICAL, aliases=[REDIRECT]))
    save.save_page(db, {"url": REDIRECT, "page_type": "article", "etag": '"new"', "fetched_at": "2024-06-01T10:00:00+00:00"})
    save.save_page(db, {"url": REDIRECT, "page_type": "article", "etag": '"old"', "fetched_at": "2023-01-01T10:00:00+00:00"})
    assert db["pages"].get(REDIRECT)["etag"] == '"new"'
    # the article's newest fetch is found from any of its addresses
    assert save.newest_fetch(db, OLD, [CANONICAL]) == "2024-06-01T10:00:00+00:00"
    save.save_page(db, {"url": CANONICAL, "page_type": "article", "etag": '"live"'})  # a live fetch: now
    assert save.newest_fetch(db, CANONICAL) > "2024-06-01T10:00:00+00:00"
