"""Atom feeds of articles and quotes: valid with no entries, titled by what they follow,
dated by publication, every entry linking to the article's page on this site.

Replaces datasette-atom for these two queries (it fails with no rows: max() of nothing)."""
import datetime as dt

from feedgen.feed import FeedGenerator

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def when(value):
    """A stored date or timestamp ('2024-09-02', '2024-09-02T10:00:00') as an aware datetime."""
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def atom(feed_id, title, self_url, page_url, entries):
    """Atom XML (bytes). entries: dicts with id, title, link, published, content, (author)."""
    fg = FeedGenerator()
    fg.id(feed_id)
    fg.title(title)
    fg.author({"name": "recoverywatch"})
    fg.link(href=self_url, rel="self")
    fg.link(href=page_url, rel="alternate")
    dated = [when(e["published"]) for e in entries]
    fg.updated(max((d for d in dated if d), default=EPOCH))
    for e, published in zip(entries, dated):
        fe = fg.add_entry(order="append")
        fe.id(e["id"])
        fe.title(e["title"] or "(untitled)")
        fe.link(href=e["link"], rel="alternate")
        fe.updated(published or EPOCH)
        if published:
            fe.published(published)
        if e.get("author"):
            fe.author({"name": e["author"]})
        if e.get("content"):
            fe.summary(e["content"])
    return fg.atom_str(pretty=True)
