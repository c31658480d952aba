"""Promo and boilerplate filter layered on top of trafilatura.

trafilatura keeps regional papers' "READ MORE", newsletter and WhatsApp lines
when they sit inside the story body; the patterns live in boilerplate.toml.
"""
import functools
import importlib.resources
import re
import tomllib


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


def related_blocks(tree) -> list:
    """Blocks headed like 'Related news', 'More news' or 'Most read' (outermost first)."""
    rx = _block_heading_regex()
    found = []
    for heading in tree.xpath("//h2 | //h3 | //h4 | //*[@role='heading']"):
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


def prune_boilerplate(tree) -> None:
    """Remove, in place, elements whose class or id names a boilerplate block.

    A container holding three or more paragraphs is kept whatever its name:
    that is the story itself in a "has-sidebar" layout."""
    rx = _class_regex()
    related = related_blocks(tree)
    doomed = [(el, True) for el in related]
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "main", "article"):
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if names.strip() and rx.search(names):
            doomed.append((el, False))
    gone = set()
    for el, headed in doomed:
        if el.getparent() is None or el in gone or any(a in gone for a in el.iterancestors()):
            continue
        if not headed and sum(1 for _ in el.iter("p")) >= 3:
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
