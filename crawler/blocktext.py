"""Text of an HTML region as a reader sees it: one line per block, lists and tables kept.

trafilatura is the main-text extractor for ordinary pages; this renderer is for regions a
CMS family parser (crawler.committee) has already located, where the markup is known and
trafilatura would flatten a table of agenda items into cell grids or drop a list inside a cell.
"""
import re

BLOCK_TAGS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
              "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table",
              "thead", "tbody", "tfoot", "tr", "td", "th", "pre", "form", "fieldset", "nav",
              "figure", "figcaption", "address", "br", "hr"}
SKIP_TAGS = {"script", "style", "noscript", "template", "img", "input", "button", "select",
             "textarea", "svg", "iframe", "object"}
# Word's exported list paragraphs start with a bullet glyph (Symbol font) or a list label.
WORD_BULLET = re.compile(r"^[\u00b7\u2022\u25aa\u25cf\u2013\u2212o§Ø]\s+")
SPACE = re.compile(r"[\s\u200b]+")  # \s covers non-breaking and thin spaces in str patterns


def normalise_line(line: str) -> str:
    """One space between words (non-breaking and thin spaces included), trimmed."""
    return SPACE.sub(" ", line).strip()


def render(region, drop=None) -> str:
    """Lines of text under `region` (an lxml element). `drop(el)` -> True skips an element
    and everything inside it. List items become '- item' lines; a table row becomes one line
    of its non-empty cells joined by ' – ', with cells that hold only an item number left out."""
    lines: list[str] = []
    current: list[str] = []

    def flush(prefix=""):
        text = normalise_line("".join(current))
        current.clear()
        if text:
            if not prefix and WORD_BULLET.match(text):
                text, prefix = WORD_BULLET.sub("", text), "- "
            lines.append(prefix + text)

    def walk(el, prefix=""):
        if not isinstance(el.tag, str):  # comments, processing instructions
            if el.tail:
                current.append(el.tail)
            return
        tag = el.tag.lower()
        if tag in SKIP_TAGS or (drop is not None and drop(el)):
            if el.tail:
                current.append(el.tail)
            return
        if tag == "tr":
            flush()
            cells = [_cell_lines(c, drop) for c in el if isinstance(c.tag, str)
                     and c.tag.lower() in ("td", "th") and not (drop is not None and drop(c))]
            cells = [c for c in cells if c and not (len(c) == 1 and ITEM_NUMBER.match(c[0]))]
            if cells and all(len(c) == 1 and len(c[0].split()) <= 12 for c in cells):
                lines.append(" – ".join(c[0] for c in cells))  # a short row reads as one line
            else:
                lines.extend(line for c in cells for line in c)  # cells with their own paragraphs
            if el.tail:
                current.append(el.tail)
            return
        block = tag in BLOCK_TAGS
        if block:
            flush()
        if tag == "li":
            prefix = "- "
        if el.text:
            current.append(el.text)
        for child in el:
            walk(child, "" if tag != "li" else prefix)
        if block:
            flush(prefix if tag == "li" else "")
        if el.tail:
            current.append(el.tail)

    walk(region)
    flush()
    return "\n".join(lines)


ITEM_NUMBER = re.compile(r"^\(?[0-9]{1,3}[a-z]?[.)]?\)?$|^[A-Z]{1,4}[ .]?[0-9]{1,4}[.]?$")


def _cell_lines(cell, drop) -> list[str]:
    return [line for line in render(cell, drop).splitlines() if line]
