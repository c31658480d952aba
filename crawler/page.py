"""Turn one fetched HTML page into an article record, or say why it is not one."""
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import trafilatura
from lxml import etree

from recoverywatch.crawler import committee, dedupe, headline, metadata, promo

MIN_WORDS = 80           # shorter main text is a stub, listing or contact page...
MIN_DATED_WORDS = 60     # ...unless it states a publication date: a council notice runs to ~70 words
MIN_PARAGRAPHS = 3       # running prose, not a list of teasers
RECALL_RETRY_WORDS = 50  # precision-mode text this short is retried in recall mode
MAX_LINK_DENSITY = 0.35  # share of main-text words that sit inside links
# Budgets checked on the raw bytes before any parsing: the parse of a page costs many times its
# size in memory (lxml tree, trafilatura's copies), so one hostile page could take the worker's.
MAX_PAGE_BYTES = 4 * 1024 * 1024   # the longest real article or committee page is well under 1 MB
MAX_LINKS = 5000                    # a ModernGov calendar or a long listing has a few hundred
HEAVY_PAGE_BYTES = 1024 * 1024      # after a page this big the analysis worker is replaced
LINK_TAG = re.compile(rb"<a[\s>]", re.I)
# trafilatura unescapes its finished text once more, so a page that shows an entity as text
# ("&amp;lt;", "R&amp;amp;D") would lose it; ampersands wait behind the small ampersand (U+FE60,
# printable so trafilatura keeps it; a page's own small ampersands are left alone).
AMP_GUARD = "\ufe60"
NOT_ARTICLE_PATH = re.compile(
    r"/(page/\d+|tag|tags|category|categories|topic|topics|search|contact|contact-us|author|"
    r"authors|archive|about|about-us|login|subscribe|privacy|cookies|accessibility)(/|$|\?)", re.I)
# a utility page's whole title, or that title before the site's name ("News | X Council"); not a
# headline that opens with the same words ("News in brief: ...", "Error in the contract award")
NOT_ARTICLE_TITLE = re.compile(
    r"^(?:page not found|not found|error(?: 404)?|404(?: not found)?|search results?(?: for\b.*)?|contact(?: us)?|site ?map|"
    r"news(?: and press releases)?|latest news|all news)\s*(?:$|[|–—-]\s)", re.I)


@dataclass
class PageAnalysis:
    url: str
    is_article: bool
    reason: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    publisher: str | None = None
    text: str = ""
    page_types: set = field(default_factory=set)
    signature: list | None = None  # MinHash of the text, computed here (in the worker) for de-duplication
    hrefs: list = field(default_factory=list)  # every link target on the page, as written
    anchors: dict = field(default_factory=dict)  # href -> link text, for document links (PDF titles)
    candidates: list = field(default_factory=list)  # (kind, text) headline candidates
    template_text: bool = True  # False when a committee family parser read the page: no template learning


def looks_binary(body: bytes) -> bool:
    head = body[:4096]
    return b"\x00" in head or head.startswith((b"%PDF", b"\x89PNG", b"PK\x03\x04", b"GIF8", b"\xff\xd8"))


def over_budget(body: bytes) -> tuple[str, str] | None:
    """(skip reason, detail) when a page is too big to parse safely, else None."""
    if len(body) > MAX_PAGE_BYTES:
        return "too_large", f"{len(body):,} bytes (budget {MAX_PAGE_BYTES:,})"
    links = 0
    for links, _ in enumerate(LINK_TAG.finditer(body), 1):
        if links > MAX_LINKS:
            return "too_many_links", f"over {MAX_LINKS:,} links"
    return None


def main_text(html_text: str, url: str | None = None, tree=None, headlines=None) -> str:
    """Clean body text: trafilatura with our boilerplate pruning and promo filter, without the
    headline (stored as the title).

    `tree` (parsed from html_text) is pruned in place; pass one you no longer need.
    `headlines`: the forms of the page's headline (default: read from the page).
    trafilatura's precision mode sometimes throws the whole story away (an unusual layout);
    when it keeps almost nothing, its recall mode is asked too and kept if it finds much more."""
    if tree is None:
        tree = metadata.parse_html(html_text)
    if headlines is None:
        headlines = page_headlines(tree)
    promo.prune_boilerplate(tree)
    text = _extract(tree, url, favor_precision=True)
    if len(text.split()) < RECALL_RETRY_WORDS:
        again = metadata.parse_html(html_text)
        promo.prune_boilerplate(again)
        wider = _extract(again, url, favor_recall=True)
        if len(text) < 0.5 * len(wider):
            text = wider
    return without_headline(promo.strip_printed_pages(text), headlines)


def _extract(tree, url, **mode) -> str:
    """trafilatura's text of `tree` with every ampersand the page shows kept as shown."""
    if any(AMP_GUARD in t for t in tree.itertext()):
        text = trafilatura.extract(tree, url=url, include_comments=False, deduplicate=False, **mode)
        return promo.strip_promos(text or "")
    for node in tree.iter():
        if node.text and "&" in node.text:
            node.text = node.text.replace("&", AMP_GUARD)
        if node.tail and "&" in node.tail:
            node.tail = node.tail.replace("&", AMP_GUARD)
    text = trafilatura.extract(tree, url=url, include_comments=False, deduplicate=False, **mode) or ""
    return promo.strip_promos(text.replace(AMP_GUARD, "&"))


HEADLINE_KINDS = ("jsonld", "og", "h1", "title_tag")  # metadata's candidates that state the headline


def page_headlines(tree) -> list:
    """The headline in the forms a page states it: og:title, <h1>, <title> less the site name."""
    found = [str(t) for t in tree.xpath("//meta[@property='og:title']/@content | //meta[@name='twitter:title']/@content")]
    found += [h.text_content() for h in tree.xpath("//h1")[:1]]
    found += [headline.without_site_suffix(" ".join(t.text_content().split()), ()) for t in tree.xpath("//title")[:1]]
    return found


def without_headline(text: str, headlines) -> str:
    """`text` less a first line that is the headline in one of its forms: the <h1> and og:title
    of one story often differ in wording, and either may open the extracted text."""
    first, _, rest = text.partition("\n")
    keys = {headline.key(h) for h in headlines if isinstance(h, str)} - {""}
    return rest if headline.key(first) in keys else text


def link_density(tree) -> float:
    """Share of words in the main region that are link text."""
    region = (tree.xpath("//main") or tree.xpath("//article") or tree.xpath("//body") or [tree])[0]
    words = len(region.text_content().split())
    linked = sum(len(a.text_content().split()) for a in region.xpath(".//a"))
    return linked / words if words else 1.0


def teaser_count(tree) -> int:
    """Headlines that link elsewhere: many of them make a listing page. Teasers in a
    'Related news' / 'More news' block under a story do not count."""
    region = (tree.xpath("//main") or tree.xpath("//body") or [tree])[0]
    teasers = region.xpath(".//article[.//a] | .//*[self::h2 or self::h3 or self::h4][.//a]")
    blocks = promo.related_blocks(tree)
    if not blocks:
        return len(teasers)
    inside = {id(el) for block in blocks for el in block.iter()}
    return sum(1 for t in teasers if id(t) not in inside)


DOCUMENT_HREF = re.compile(r"\.(pdf|docx?)(\?|#|$)|document\.ashx|/documents?/", re.I)


def document_anchors(tree) -> dict:
    """Link text of links that look like documents: a PDF's candidate title."""
    found = {}
    for a in tree.xpath("//a[@href]"):
        href = str(a.get("href"))
        if DOCUMENT_HREF.search(href) and href not in found:
            text = " ".join(a.text_content().split())
            if text:
                found[href] = text[:300]
    return found


def analyse(url: str, html_text: str, anchor: str | None = None) -> PageAnalysis:
    """`anchor`: the text of the link that led here (a title candidate)."""
    try:
        tree = metadata.parse_html(html_text)
    except (etree.ParserError, ValueError) as exc:
        return PageAnalysis(url, False, f"unparseable HTML ({exc})")
    hrefs = tree.xpath("//a/@href | //link[@rel='next']/@href")
    anchors = document_anchors(tree)
    family = committee.parse(url, tree)
    extra = [("committee", family.title)] if family is not None else []
    meta = metadata.page_metadata(tree, html_text, anchor=anchor, extra_candidates=extra)
    if family is not None:
        meta["published"] = family.published or meta["published"]
        if not family.is_article:
            return PageAnalysis(url, False, family.reason, meta["title"], meta["published"],
                                hrefs=[str(h) for h in hrefs], anchors=anchors)
    headlines = [t for kind, t in meta["candidates"] if kind in HEADLINE_KINDS] + [meta["title"]]
    if family is not None:
        text = without_headline(promo.strip_promos(family.text), headlines)
        density, teasers = 0.0, 0  # a committee record is not a listing whatever its links
    else:
        density, teasers = link_density(tree), teaser_count(tree)
        text = main_text(html_text, url, tree, headlines)  # prunes the tree, so measure it first
    result = PageAnalysis(url, False, "", meta["title"], meta["published"], meta["author"],
                          meta["publisher"], text, meta["types"], hrefs=[str(h) for h in hrefs],
                          anchors=anchors, candidates=meta["candidates"], template_text=family is None)
    lines = [line for line in text.splitlines() if line.strip()]
    prose = [line for line in lines if not line.startswith("- ") and len(line.split()) >= 10]
    words = sum(len(line.split()) for line in prose)
    declared = bool(meta["types"] & metadata.ARTICLE_TYPES)
    path = urlsplit(url).path
    if NOT_ARTICLE_PATH.search(path) and not declared:
        result.reason = "listing/utility URL"
    elif meta["title"] and NOT_ARTICLE_TITLE.match(meta["title"]) and not declared:
        result.reason = f"utility page title {meta['title']!r}"
    elif teasers >= 4 and not declared:
        result.reason = f"{teasers} linked teasers"
    elif words < (MIN_DATED_WORDS if meta["date_stated"] else MIN_WORDS):
        result.reason = f"only {words} words of prose"
    elif len(prose) < MIN_PARAGRAPHS:
        result.reason = f"only {len(prose)} paragraphs of prose"
    elif density > MAX_LINK_DENSITY and not declared:
        result.reason = f"link density {density:.2f}"
    else:
        result.is_article, result.reason = True, "article"
        result.signature = dedupe.signature(text)
    return result
