"""A page's headline, chosen among every candidate the page (or its link) offers.

Candidates: a committee family's own title, JSON-LD headline, og:title, the h1 and the first
h2 of the main region, <title> without the site's suffix, the anchor text of the link that led
to the page, and for a PDF its first heading and metadata title. Each kind has a prior weight
(headline.toml); a candidate gains when other kinds agree with it, and is out when it is junk
(a file name, 'Microsoft Word - ...', a page-kind heading such as 'Meeting Details') or a
heading this source prints on many pages (learned per source: crawler.furniture).
"""
import functools
import importlib.resources
import re
import tomllib

from recoverywatch.crawler.blocktext import normalise_line


@functools.cache
def _config() -> dict:
    raw = importlib.resources.files("recoverywatch.crawler").joinpath("headline.toml").read_text("utf-8")
    return tomllib.loads(raw)


@functools.cache
def _junk() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in _config()["junk_patterns"]), re.I)


@functools.cache
def _page_kind() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in _config()["page_kind_patterns"]), re.I)


FILE_SIZE = re.compile(r"\s*\(?\b(?:pdf|docx?|xlsx?|rtf|odt)?\s*,?\s*\d+(?:\.\d+)?\s*[kmg]i?b\)?\s*$", re.I)


def clean_anchor(text: str | None) -> str | None:
    """Link text without the file type and size a document link carries ('PDF 1 MB', '(156Kb)')."""
    return FILE_SIZE.sub("", normalise_line(text)) if text else None


def key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def is_junk(text: str | None) -> bool:
    if not text:
        return True
    text = normalise_line(text)
    return len(text) < 4 or len(text) > 300 or bool(_junk().search(text))


def without_site_suffix(title: str, site_names=()) -> str:
    """'Story | Westmoor County Council' -> 'Story'. The part after the last separator is
    dropped when it names the site (og:site_name, publisher) or is short like a site name."""
    parts = re.split(r"\s+[|–—]\s+|\s+-\s+(?=[^-]{2,60}$)", title)
    if len(parts) < 2:
        return title
    last = parts[-1]
    names = {key(n) for n in site_names if n}
    if key(last) in names or len(last.split()) <= 6:
        return title[: title.rfind(last)].rstrip(" |–—-").strip()
    return title


def choose(candidates: list[tuple[str, str | None]], furniture=frozenset()) -> str | None:
    """The best title among (kind, text) candidates; `furniture` holds the `key()`s of
    headings this source repeats across its pages."""
    weights = _config()["weights"]
    cleaned = []
    for kind, text in candidates:
        if not text or not isinstance(text, str):
            continue
        text = normalise_line(text)
        if is_junk(text) or key(text) in furniture:
            continue
        cleaned.append((kind, text))
    best, best_score = None, float("-inf")
    for kind, text in cleaned:
        own = key(text)
        support = {k for k, t in cleaned if k != kind and own and (own == key(t) or own in key(t))}
        if kind in _config()["needs_support"] and not support:
            continue  # a sub-heading alone is as likely a box heading ('Category') as a title
        score = weights.get(kind, 1.0) + _config()["agreement"] * len(support)
        if _page_kind().search(text):
            score -= _config()["page_kind_penalty"]
        if score > best_score:
            best, best_score = text, score
    return best
