"""Promo and boilerplate filter layered on top of trafilatura.

Before extraction, blocks that are boilerplate by their structure or by their class names
are pruned from the tree; after it, promo lines are dropped: trafilatura keeps regional
papers' "READ MORE", newsletter and WhatsApp lines when they sit inside the story body.
The word lists and patterns live in boilerplate.toml.
"""
import functools
import importlib.resources
import re
import tomllib
from collections import Counter


@functools.cache
def config() -> dict:
    return tomllib.loads(importlib.resources.files("recoverywatch.crawler").joinpath("boilerplate.toml").read_text("utf-8"))


@functools.cache
def _line_regex() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in config()["line_patterns"]), re.I)


@functools.cache
def _class_regex() -> re.Pattern:
    # a whole class token, or a BEM part such as `inline-promo__label` / `story__byline`
    words = "|".join(re.escape(w) for w in config()["class_words"])
    return re.compile(rf"(?:^|[\s_-])(?:{words})(?:$|[\s_-])", re.I)


@functools.cache
def _block_heading_regex() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in config()["block_headings"]), re.I)


BLOCK_CONTAINERS = ("section", "div", "aside", "ul", "nav")


HEADING_XPATH = ("//h2 | //h3 | //h4 | //*[@role='heading']"
                 # a box title set in a plain element: a short leaf such as <div class="title-bar">
                 " | //*[self::div or self::p or self::span or self::strong][not(*)][string-length(normalize-space()) < 60]")


def related_blocks(tree) -> list:
    """Blocks headed like 'Related news', 'More news' or 'Most read' (outermost first)."""
    rx = _block_heading_regex()
    found = []
    for heading in tree.xpath(HEADING_XPATH):
        text = " ".join(heading.text_content().split())
        if not text or not rx.match(text):
            continue
        block = heading.getparent()
        # the heading must open its block: nothing with text before it inside the block
        while block is not None and block.tag not in BLOCK_CONTAINERS:
            block = block.getparent()
        if block is None or block.tag in ("body", "main", "article"):
            continue
        before = []
        for el in block.iter():
            if el is heading:
                break
            before.append((el.text or "").strip())
        if any(before):
            continue
        if sum(1 for _ in block.iter("p")) >= 3 and not block.xpath(".//a"):
            continue  # prose under a heading that happens to start with 'More'
        found.append(block)
    return found


def _link_words(el) -> int:
    return sum(len(a.text_content().split()) for a in el.iter("a"))


def hover_cards(tree) -> list:
    """Pop-up cards nested in a paragraph (a person's picture and links to their other stories,
    shown on hover): an inline element inside running text that holds a picture and two or more
    links and no words of its own. The innermost such element goes, so the name that opens the
    card stays in the sentence."""
    cards = [el for el in tree.xpath("//p//span[.//img][count(.//a) >= 2] | //p//div[.//img][count(.//a) >= 2]")
             if len(el.text_content().split()) - _link_words(el) <= 1]
    inner = set(cards)
    return [el for el in cards if not any(d in inner for d in el.iterdescendants())]


def link_lists(tree) -> list:
    """Lists of headlines under a story with nothing else in them: 'see also' teasers without a
    heading. Every item is one link whose text is the whole item and reads as a headline (four
    words or more: a list of linked organisation names is content). A list that the text
    introduces ('Useful documents:') is kept."""
    found = []
    for lst in tree.xpath("//ul | //ol"):
        items = [li for li in lst if isinstance(li.tag, str) and li.tag == "li"]
        if len(items) < 2 or lst.xpath("ancestor::ul | ancestor::ol"):
            continue
        before = lst.getprevious()
        if before is not None and before.text_content().strip().endswith(":"):
            continue
        if all(len(li.xpath(".//a")) == 1 and len(li.text_content().split()) >= 4
               and _link_words(li) == len(li.text_content().split()) for li in items):
            found.append(lst)
    return found


def captions(tree) -> list:
    """Captions set as an ordinary paragraph: a short paragraph, all in italics or small type,
    straight after a picture that stands alone (a paragraph, div or figure with an image and
    no words)."""
    found = []
    for p in tree.xpath("//p[em or i or small]"):
        before = p.getprevious()
        if before is None or before.tag not in ("p", "div", "figure", "a", "img") or (p.text or "").strip():
            continue
        if not (before.tag == "img" or before.find(".//img") is not None) or before.text_content().split():
            continue
        words = len(p.text_content().split())
        styled = sum(len(e.text_content().split()) for e in p if e.tag in ("em", "i", "small"))
        if 0 < words <= 25 and styled == words:
            found.append(p)
    return found


def _is_embedded_post(el) -> bool:
    """A post from another site embedded in the story (a tweet, an Instagram or Facebook post):
    the element's words are nearly all inside a blockquote."""
    quoted = sum(len(q.text_content().split()) for q in el.xpath(".//blockquote[not(ancestor::blockquote)]"))
    return quoted > 0 and quoted >= 0.8 * len(el.text_content().split())


def prune_boilerplate(tree) -> None:
    """Remove, in place, what is found by its structure (blocks headed as related news, pop-up
    cards inside paragraphs, lists of linked headlines, captions set as paragraphs) and elements
    whose class or id names a boilerplate block.

    A named container holding three or more paragraphs is kept whatever its name:
    that is the story itself in a "has-sidebar" layout."""
    rx = _class_regex()
    structural = related_blocks(tree) + hover_cards(tree) + link_lists(tree) + captions(tree)
    doomed = [(el, True) for el in structural]
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "main", "article"):
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if names.strip() and rx.search(names):
            doomed.append((el, False))
    gone = set()
    for el, by_structure in doomed:
        if el.getparent() is None or el in gone or any(a in gone for a in el.iterancestors()):
            continue
        if not by_structure and sum(1 for _ in el.iter("p")) >= 3:
            continue
        if not by_structure and _is_embedded_post(el):
            # an embedded post ('social-media-embed') is quoted content, not a share bar: its
            # names are taken off so that trafilatura's own class filter keeps it as well
            for name in ("class", "id"):
                el.attrib.pop(name, None)
            continue
        gone.add(el)
        el.drop_tree()  # keeps the text that followed the element


@functools.cache
def _cut_regex() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in config()["cut_patterns"]), re.I)


def is_promo_line(line: str) -> bool:
    return bool(_line_regex().match(line.strip().lstrip("•·-–* ")))


def strip_promos(text: str) -> str:
    kept = []
    for line in text.splitlines():
        if _cut_regex().match(line.strip()):
            break  # the comments start here
        if line.strip() and not is_promo_line(line):
            kept.append(line)
    return "\n".join(kept)


PRINTED_PAGE = re.compile(r"^page\s+\d{1,4}\s*(?:of|/)\s*\d{1,4}$", re.I)
RUNNING_HEAD_MAX_WORDS = 20


def strip_printed_pages(text: str) -> str:
    """A report printed into a web page keeps its page furniture: "Page 2 of 3" lines, and the running
    head that follows each page break. Both go; a line is a running head only when the same line stands
    next to a page line more than once (the report's own first heading, said once, stays)."""
    lines = text.split("\n")
    pages = {i for i, line in enumerate(lines) if PRINTED_PAGE.match(line.strip())}
    if not pages:
        return text
    beside = [i for i in range(len(lines)) if i not in pages and {i - 1, i + 1} & pages
              and len(re.findall(r"[^\W\d_]+", lines[i])) <= RUNNING_HEAD_MAX_WORDS]  # words, not "|" or dates
    seen = Counter(lines[i].strip() for i in beside)
    heads = {i for i in beside if seen[lines[i].strip()] >= 2}
    return "\n".join(line for i, line in enumerate(lines) if i not in pages and i not in heads)
