"""Committee PDF reports as a reader sees them: title, meeting date and reflowed text.

pypdf gives each page's lines. Running headers and footers are lines at the top or bottom of
pages that repeat (digits aside) on at least half of them, plus page-number and protective-
marking lines (patterns in boilerplate.toml); they go before the lines are joined back into
paragraphs, so they never end up inside one. A header printed on one page only (page 2 of a
2-page report whose cover has none) cannot repeat: a line at the top of a later page is one
when it is made only of the report's names (title, committee), dates, item, appendix and page
numbers and protective markings. Scanned PDFs have no text and are skipped.
(pypdfium2 and pdfplumber give the same lines on text PDFs; pypdfium2 is about 3x faster,
pdfplumber about 9x slower. PDFs are a small share of a crawl, so pypdf stays.)
"""
import functools
import io
import logging
import re
from dataclasses import dataclass

from recoverywatch.crawler import committee, dates, headline, promo
from recoverywatch.crawler.blocktext import normalise_line

log = logging.getLogger(__name__)
MIN_PDF_WORDS = 50
EDGE_LINES = 3          # lines at each end of a page where running headers and footers sit
RUNNING_MAX_WORDS = 15  # a running header or footer is short; a body line is not one however it repeats
NEW_BLOCK = re.compile(r"^([•·▪●◦‣\-–*]\s|\(?[a-z0-9]{1,3}[.)]\s|\d+(\.\d+)+\s|\d+\.\s)", re.I)
COVER_DATE_LABELS = re.compile(
    r"^(date of (the )?meeting|meeting date|date of decision|decision date|committee date|date)\s*:\s*(.+)$", re.I)
HEAD_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
WEEKDAY = re.compile(r"^(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.I)
NAME_LABELS = {"report to", "meeting", "committee", "decision maker"}  # cover fields naming the committee
LABEL_LINE = re.compile(r"^[A-Z][\w()/'-]*(?: [\w()/'-]+){0,2}:\s")  # 'Report of: ...', 'Date of meeting: ...'


@dataclass
class PdfReport:
    text: str
    title: str | None
    published: str | None
    metadata_title: str | None
    front_sheet: bool = False  # an agenda front sheet or summons: a list of items, not an article


def is_front_sheet(text: str, names) -> bool:
    """An agenda front sheet: named so (title, cover heading or link text), or a list of
    items pointing to pages of the reports pack."""
    spec = committee.families_config()["front_sheets"]
    titles = re.compile("|".join(f"(?:{p})" for p in spec["front_sheet_titles"]), re.I)
    if any(name and titles.search(normalise_line(name)) for name in names):
        return True
    refs = len(re.findall(spec["page_ref"], text, re.I))
    return refs >= spec["front_sheet_min_page_refs"]


def _page_lines(body: bytes) -> tuple[list[list[str]], str | None] | None:
    # imported with the first PDF, not at the crawl's start: pypdf takes longer to import than
    # a page takes to crawl, and most sources never serve a PDF
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(body))
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        title = info.title if info and isinstance(info.title, str) else None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError) as exc:
        log.warning("corrupt PDF: %s", exc)
        return None
    return [[normalise_line(l) for l in page.splitlines() if l.strip()] for page in pages], title


@functools.cache
def _furniture_regex() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in promo.config()["pdf_line_patterns"]), re.I)


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def strip_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop running headers/footers and page-number lines from every page."""
    edges = [{_shape(l) for l in page[:EDGE_LINES] + page[-EDGE_LINES:] if len(l.split()) <= RUNNING_MAX_WORDS}
             for page in pages]
    counts: dict[str, int] = {}
    for shapes in edges:
        for shape in shapes:
            counts[shape] = counts.get(shape, 0) + 1
    running = {s for s, n in counts.items() if n >= 2 and n * 2 >= len(pages)}
    furniture = _furniture_regex()
    kept = []
    for page in pages:
        edge = set(range(min(EDGE_LINES, len(page)))) | set(range(max(0, len(page) - EDGE_LINES), len(page)))
        kept.append([line for i, line in enumerate(page)
                     if not furniture.match(line) and not (i in edge and _shape(line) in running)])
    return kept


@functools.cache
def _head_part_regex() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in promo.config()["pdf_running_head_parts"]), re.I)


def document_names(cover: list[str], titles=()) -> frozenset:
    """`headline.key`s of what a running head repeats: the report's titles (metadata, cover
    heading, link text) and the committee or meeting its cover names ('Report to: Cabinet')."""
    names = {headline.key(t) for t in titles if t}
    for line in cover[:25]:
        label, sep, value = line.partition(":")
        if sep and label.strip().lower() in NAME_LABELS:
            names.add(headline.key(value))
    return frozenset(names - {""})


def _is_date(part: str) -> bool:
    part = WEEKDAY.sub("", part.strip())
    return any(rx.fullmatch(part) for rx in (dates.WORDS, dates.NUMERIC, dates.ISO)) and bool(dates.find_date(part))


def _known_part(part: str, names: frozenset) -> bool:
    return headline.key(part) in names or bool(_head_part_regex().fullmatch(part.strip())) or _is_date(part)


def is_running_head(line: str, names: frozenset) -> bool:
    """Whether a page-top line is made only of running-head parts: split at its separators, every
    run of parts is a name of the document, a date or a pattern of boilerplate.toml."""
    if len(line.split()) > RUNNING_MAX_WORDS:
        return False
    parts = [p for p in HEAD_SEPARATOR.split(line) if p.strip()]
    # covered[i]: parts[:i] split into known runs (a title may itself hold a separator)
    covered = [True] + [False] * len(parts)
    for end in range(1, len(parts) + 1):
        covered[end] = any(covered[start] and _known_part(" ".join(parts[start:end]), names)
                           for start in range(end))
    return bool(parts) and covered[-1]


def strip_running_heads(pages: list[list[str]], names: frozenset) -> list[list[str]]:
    """Drop the running-head lines at the top of every page after the first (the cover's own
    heading is its title, so page 1 is left alone)."""
    kept = pages[:1]
    for page in pages[1:]:
        top = 0
        while top < min(EDGE_LINES, len(page)) and is_running_head(page[top], names):
            top += 1
        kept.append(page[top:])
    return kept


def reflow(lines: list[str]) -> str:
    """Join wrapped lines back into paragraphs. A line runs on into the next when it fills the
    width or the next starts in lower case, unless the next opens a list item, a numbered
    paragraph or a labelled field; a word hyphenated across lines is mended."""
    width = max((len(l) for l in lines), default=0)
    paragraphs, current, last = [], "", ""
    for line in lines:
        line = normalise_line(line)
        if not line:
            continue
        # Wrapped text fills the line, so a short line ends its paragraph (or is a heading).
        runs_on = current and not NEW_BLOCK.match(line) and not LABEL_LINE.match(line) and (
            line[:1].islower() or len(last) >= 0.8 * width)
        if runs_on:
            if current.endswith("-") and line[:1].islower() and not current.endswith(" -"):
                current = current[:-1] + line
            else:
                current += " " + line
        else:
            if current:
                paragraphs.append(current)
            current = line
        last = line
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def _cover(lines: list[str]) -> tuple[str | None, int, str | None]:
    """The first page's heading (lines before the first labelled field or numbered
    paragraph, at most three), how many lines it took, and the cover's meeting date."""
    heading = []
    width = max((len(l) for l in lines), default=0)
    labels = set(committee.families_config()["report_cover"]["labels"])
    for line in lines[:3]:
        label = line.split(":", 1)[0].strip().lower() if ":" in line else None
        if label in labels or NEW_BLOCK.match(line) or len(line) >= 0.8 * width:
            break  # a field, a numbered paragraph, or a full-width line of running text
        heading.append(line)
    published = None
    for line in lines[:25]:
        m = COVER_DATE_LABELS.match(line)
        if m:
            published = dates.find_date(m[3])
            if published:
                break
    return (" ".join(heading) or None), len(heading), published


def read_report(body: bytes, anchor: str | None = None, linked_published: str | None = None) -> PdfReport | None:
    """A PDF's text, title and date, or None when it is corrupt or has no text layer.
    `anchor` is the text of the link that led here; `linked_published` the date of the
    meeting page that links it, used when the cover states none."""
    read = _page_lines(body)
    if read is None:
        return None
    pages, meta_title = read
    pages = strip_running_lines(pages)
    first = pages[0] if pages else []
    heading, used, cover_date = _cover(first)
    pages = strip_running_heads(pages, document_names(first, (meta_title, heading, headline.clean_anchor(anchor))))
    title = headline.choose([("pdf_metadata", meta_title), ("pdf_heading", heading),
                             ("anchor", headline.clean_anchor(anchor))])
    if heading and title and headline.key(title) == headline.key(heading):
        pages[0] = first[used:]  # the title is stored as the title, not as the first paragraph
    text = promo.strip_promos(reflow([line for page in pages for line in page]))
    if len(text.split()) < MIN_PDF_WORDS:
        return None
    names = (meta_title, heading, headline.clean_anchor(anchor))
    return PdfReport(text, title, cover_date or linked_published, meta_title, is_front_sheet(text, names))


def pdf_text(body: bytes) -> str | None:
    """Text of a PDF, or None when it is corrupt or has no text layer."""
    report = read_report(body)
    return report.text if report else None


def pdf_title(body: bytes) -> str | None:
    report = read_report(body)
    return report.title if report else None
