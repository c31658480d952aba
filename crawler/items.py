"""What the spider hands to the pipelines: one record per fetched page."""
import base64
import dataclasses
import json
from dataclasses import dataclass, field


@dataclass
class PageItem:
    url: str
    source: str
    kind: str                      # the source's kind: council | press | committee
    page_type: str                 # article | document | listing | other | skipped (not fetched, or refused for what it answered)
    # `url` is the address fetched; an article is stored under `canonical` when the page names one
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    publisher: str | None = None
    text: str = ""
    document_of: str | None = None  # for a PDF: the committee page that links to it
    reason: str = ""
    signature: list | None = None
    links: list = field(default_factory=list)  # (url, depth, document_of) found on the page, for the frontier
    canonical: str | None = None   # the page's one address when it is not `url` (rel=canonical)
    aliases: list = field(default_factory=list)  # other addresses that led here (redirects, variants)
    furniture_lines: dict = field(default_factory=dict)  # fingerprint -> (kind, example): the page's short lines, for template learning
    snapshot: dict | None = None   # an article's fetched bytes, compressed, with their type and hash (db.snapshots.pack)
    fetched_at: str | None = None  # when an archived copy was fetched (WARC-Date); None = now

    def article(self) -> dict:
        record = {k: getattr(self, k) for k in (
            "source", "kind", "title", "published", "author", "publisher", "text", "document_of", "signature")}
        url = self.canonical or self.url
        return {**record, "url": url, "aliases": [u for u in dict.fromkeys([self.url, *self.aliases]) if u != url]}

    def addresses(self) -> list:
        """Every address this item stands for (to clear them from the frontier)."""
        return list(dict.fromkeys([self.url, *([self.canonical] if self.canonical else []), *self.aliases]))


_FIELDS = {f.name for f in dataclasses.fields(PageItem)}


def to_json(item: PageItem) -> str:
    """The item as JSON (the Redis frontier's wire format); snapshot bytes travel as base64."""
    data = dataclasses.asdict(item)
    if item.snapshot is not None:
        data["snapshot"] = {**item.snapshot, "body": base64.b64encode(item.snapshot["body"]).decode("ascii")}
    return json.dumps(data)


def from_json(raw) -> PageItem:
    data = json.loads(raw)
    data["links"] = [tuple(link) for link in data.get("links") or []]
    data["furniture_lines"] = {k: tuple(v) for k, v in (data.get("furniture_lines") or {}).items()}
    if data.get("snapshot"):
        data["snapshot"] = {**data["snapshot"], "body": base64.b64decode(data["snapshot"]["body"])}
    return PageItem(**{k: v for k, v in data.items() if k in _FIELDS})
