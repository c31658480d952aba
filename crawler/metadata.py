"""Title, publication date, author and publisher from page metadata.

Dates, in order of trust: JSON-LD datePublished, then OpenGraph/article and Dublin Core
meta tags, then the first <time> inside the main content, then htmldate's heuristics
(original date, so a "last updated" stamp loses to the stated publication date). The title
is chosen by crawler.headline among every candidate the page offers.
"""
import datetime
import json
import re
import zoneinfo

import htmldate
from lxml import html as lxml_html
from trafilatura.utils import load_html

from recoverywatch.crawler import headline

LONDON = zoneinfo.ZoneInfo("Europe/London")

ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting", "report",
                 "analysisnewsarticle", "pressrelease", "webpage-article"}
DATE_META = [
    "article:published_time", "og:published_time", "datepublished", "dcterms.created",
    "dcterms.date", "dc.date", "dc.date.issued", "date", "pubdate", "publish-date",
    "sailthru.date", "parsely-pub-date",
]


def _jsonld_objects(tree):
    for node in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(node)
        except ValueError:
            continue
        stack = [data]
        while stack:
            obj = stack.pop()
            if isinstance(obj, list):
                stack.extend(obj)
            elif isinstance(obj, dict):
                yield obj
                stack.extend(v for k, v in obj.items() if k == "@graph")


def _meta(tree) -> dict:
    found = {}
    for el in tree.xpath("//meta[@content]"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key and key not in found:
            found[key] = el.get("content").strip()
    return found


EARLIEST_YEAR = 1990  # no web page was published before this; earlier stamps are placeholders


def normalise_date(value: str | None) -> str | None:
    """ISO 8601 date (YYYY-MM-DD) from a metadata value, or None."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        if int(m.group(1)) < EARLIEST_YEAR:
            return None  # a CMS's empty-date placeholder ('0001-01-01T00:00:00Z'), not a date
        return local_date(value.strip()) or "-".join(m.groups())
    try:
        return htmldate.extract_date(f"<html><body><time>{value}</time></body></html>", original_date=True)
    except Exception:  # htmldate raises on odd input; a missing date is not fatal
        return None


def local_date(value: str) -> str | None:
    """The UK calendar date of an ISO timestamp that carries an offset: an embargo at 00:01
    British Summer Time written in UTC ('2024-05-31T23:01:00Z') is still 1 June in the UK."""
    try:
        stamp = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if stamp.tzinfo is None:
        return stamp.date().isoformat()
    return stamp.astimezone(LONDON).date().isoformat()


def page_metadata(tree, html_text: str, anchor: str | None = None, furniture=frozenset(),
                  extra_candidates=()) -> dict:
    meta = _meta(tree)
    types, published, author, publisher = set(), None, None, None
    candidates = list(extra_candidates)
    for obj in _jsonld_objects(tree):
        kind = obj.get("@type")
        kinds = {k.lower() for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)}
        types |= kinds
        if kinds & ARTICLE_TYPES:
            candidates.append(("jsonld", obj.get("headline")))
            published = published or normalise_date(obj.get("datePublished"))
            a = obj.get("author")
            a = a[0] if isinstance(a, list) and a else a
            author = author or (a.get("name") if isinstance(a, dict) else a)
            p = obj.get("publisher")
            publisher = publisher or (p.get("name") if isinstance(p, dict) else p)
    og_type = meta.get("og:type", "").lower()
    if og_type:
        types.add(og_type)
    publisher = publisher or meta.get("og:site_name") or meta.get("dcterms.publisher")
    candidates += [("og", meta.get("og:title")),
                   ("h1", _first_text(tree, "//main//h1 | //article//h1 | //h1")),
                   ("h2", _first_text(tree, "//main//h2 | //article//h2")),
                   ("anchor", headline.clean_anchor(anchor))]
    raw = _first_text(tree, "//title")
    if raw:
        candidates.append(("title_tag", headline.without_site_suffix(
            re.sub(r"\s+", " ", raw).strip(), (publisher if isinstance(publisher, str) else None,))))
    title = headline.choose(candidates, furniture)
    if not published:
        for key in DATE_META:
            published = normalise_date(meta.get(key))
            if published:
                break
    if not published:
        stamp = tree.xpath("(//main//time/@datetime | //article//time/@datetime)[1]")
        published = normalise_date(stamp[0]) if stamp else None
    stated = bool(published)  # from the page's own date fields, not htmldate's reading of the whole page
    if not published:
        try:
            published = htmldate.find_date(html_text, original_date=True, outputformat="%Y-%m-%d")
        except Exception:
            published = None
    author = author or meta.get("author") or meta.get("article:author")
    return {
        "types": types, "title": _clean(title), "candidates": candidates, "date_stated": stated, "published": published,
        "author": _clean(author if isinstance(author, str) else None),
        "publisher": _clean(publisher if isinstance(publisher, str) else None),
    }


def _first_text(tree, xpath):
    nodes = tree.xpath(xpath)
    return nodes[0].text_content().strip() if nodes else None


def _clean(value):
    return re.sub(r"\s+", " ", value).strip() if isinstance(value, str) and value.strip() else None


def parse_html(html_text: str):
    """The page as an lxml tree, parsed the way trafilatura parses it (its loader keeps
    documents whole that lxml.html.fromstring cuts short: +0.3 F1 points on the shared
    article-extraction benchmark); lxml's own parser when that gives nothing."""
    tree = load_html(html_text)
    if tree is None:
        tree = lxml_html.fromstring(html_text)
    return tree
