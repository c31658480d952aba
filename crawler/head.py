"""What a page says about its own address and indexing: <link rel=canonical> and robots
directives (<meta name=robots> and the X-Robots-Tag header).

Only the document head is parsed (it is small and comes first), so this costs little next
to the full page analysis; `analyse_page` runs both in the analysis worker.
"""
import dataclasses
import re

from lxml import etree
from lxml import html as lxml_html

from recoverywatch.crawler.page import PageAnalysis, analyse

HEAD_END = re.compile(r"</head\s*>|<body[\s>]", re.I)
MAX_HEAD = 256 * 1024  # a head longer than this (inline scripts) is read no further
ROBOTS_NAMES = {"robots", "recoverywatch"}  # the generic name and our own product token


@dataclasses.dataclass(frozen=True)
class Head:
    canonical: str | None = None  # the href of <link rel=canonical>, as written
    noindex: bool = False
    nofollow: bool = False


def robots_directives(value: str | None) -> tuple[bool, bool]:
    """(noindex, nofollow) from a robots meta content or X-Robots-Tag value ("noindex, follow")."""
    if not value:
        return False, False
    # X-Robots-Tag may name a bot first ("otherbot: noindex"); rules for other bots do not apply
    words = set()
    for part in value.split(","):
        bot, sep, rule = part.rpartition(":")
        if sep and bot.strip().lower() not in ROBOTS_NAMES | {"*", ""}:
            continue
        words.add((rule if sep else part).strip().lower())
    none = "none" in words
    return none or "noindex" in words, none or "nofollow" in words


def read_head(html_text: str) -> Head:
    end = HEAD_END.search(html_text, 0, MAX_HEAD)
    snippet = html_text[:end.start()] if end else html_text[:MAX_HEAD]
    try:
        tree = lxml_html.document_fromstring(snippet or "<html></html>")
    except (etree.ParserError, ValueError):
        return Head()
    canonical = None
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and (link.get("href") or "").strip():
            canonical = link.get("href").strip()
            break
    noindex = nofollow = False
    for meta in tree.iter("meta"):
        if (meta.get("name") or "").strip().lower() in ROBOTS_NAMES:
            n, f = robots_directives(meta.get("content"))
            noindex, nofollow = noindex or n, nofollow or f
    return Head(canonical, noindex, nofollow)


def analyse_page(url: str, html_text: str, anchor: str | None = None) -> tuple[PageAnalysis, Head]:
    """The page analysis and what its head says, in one call (one trip to the worker)."""
    return analyse(url, html_text, anchor), read_head(html_text)
