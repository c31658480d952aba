"""Title, publication date, author and publisher from page metadata.

Order of trust: JSON-LD, then OpenGraph/article and Dublin Core meta tags, then
the first <time> inside the main content, then htmldate's heuristics.
"""
import json
import re

import htmldate
from lxml import html as lxml_html

ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting", "report",
                 "analysisnewsarticle", "pressrelease", "webpage-article"}
DATE_META = [
    "article:published_time", "og:published_time", "datepublished", "dcterms.created",
    "dcterms.date", "dc.date", "dc.date.issued", "date", "pubdate", "publish-date",
    "sailthru.date", "parsely-pub-date",
]
TITLE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+[^|\-–—:]{2,60}$")


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


def normalise_date(value: str | None) -> str | None:
    """ISO 8601 date (YYYY-MM-DD) from a metadata value, or None."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return "-".join(m.groups())
    try:
        return htmldate.extract_date(f"<html><body><time>{value}</time></body></html>", original_date=True)
    except Exception:  # htmldate raises on odd input; a missing date is not fatal
        return None


def page_metadata(tree, html_text: str) -> dict:
    meta = _meta(tree)
    types, title, published, author, publisher = set(), None, None, None, None
    for obj in _jsonld_objects(tree):
        kind = obj.get("@type")
        kinds = {k.lower() for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)}
        types |= kinds
        if kinds & ARTICLE_TYPES:
            title = title or obj.get("headline")
            published = published or normalise_date(obj.get("datePublished"))
            a = obj.get("author")
            a = a[0] if isinstance(a, list) and a else a
            author = author or (a.get("name") if isinstance(a, dict) else a)
            p = obj.get("publisher")
            publisher = publisher or (p.get("name") if isinstance(p, dict) else p)
    og_type = meta.get("og:type", "").lower()
    if og_type:
        types.add(og_type)
    title = title or meta.get("og:title") or _first_text(tree, "//main//h1 | //article//h1 | //h1")
    if not title:
        raw = _first_text(tree, "//title")
        title = TITLE_SUFFIX.sub("", raw) if raw else None
    if not published:
        for key in DATE_META:
            published = normalise_date(meta.get(key))
            if published:
                break
    if not published:
        stamp = tree.xpath("(//main//time/@datetime | //article//time/@datetime)[1]")
        published = normalise_date(stamp[0]) if stamp else None
    if not published:
        try:
            published = htmldate.find_date(html_text, original_date=True, outputformat="%Y-%m-%d")
        except Exception:
            published = None
    author = author or meta.get("author") or meta.get("article:author")
    publisher = publisher or meta.get("og:site_name") or meta.get("dcterms.publisher")
    return {
        "types": types, "title": _clean(title), "published": published,
        "author": _clean(author if isinstance(author, str) else None),
        "publisher": _clean(publisher if isinstance(publisher, str) else None),
    }


def _first_text(tree, xpath):
    nodes = tree.xpath(xpath)
    return nodes[0].text_content().strip() if nodes else None


def _clean(value):
    return re.sub(r"\s+", " ", value).strip() if isinstance(value, str) and value.strip() else None


def parse_html(html_text: str):
    return lxml_html.fromstring(html_text)
