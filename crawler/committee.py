"""Committee-system pages (ModernGov, CMIS): one parser for each family's known markup.

Their pages put the page kind in the h1 ('Agenda and minutes', 'Meeting Details'), the
meeting or decision in a sub-heading or labelled fields, and the minutes inside tables and
Word-exported paragraphs. The selectors live in committee.toml; this module reads a page
with them and returns its title, date, body lines and whether it is an article at all.
"""
import functools
import importlib.resources
import re
import tomllib
from dataclasses import dataclass

from recoverywatch.crawler import blocktext, dates


@dataclass
class CommitteePage:
    family: str
    is_article: bool
    reason: str
    title: str | None
    published: str | None
    text: str


@functools.cache
def families_config() -> dict:
    raw = importlib.resources.files("recoverywatch.crawler").joinpath("committee.toml").read_text("utf-8")
    return tomllib.loads(raw)


def families() -> dict:
    return families_config()["families"]


def _dropper(spec):
    tests = [f"boolean({x})" for x in spec["drop"]]
    xpaths = [etree_xpath(t) for t in tests]
    return lambda el: any(x(el) for x in xpaths)


@functools.cache
def etree_xpath(expr):
    from lxml import etree
    return etree.XPath(expr)


def family_of(tree) -> str | None:
    for name, spec in families().items():
        if etree_xpath(spec["detect"])(tree):  # compiled once per process, not per page
            return name
    return None


def _labels(lines) -> dict:
    """'Label: value' fields, on one line or with the value on the next line."""
    found = {}
    for i, line in enumerate(lines):
        m = re.match(r"^([A-Z][\w /?']{1,40}?)\s*:\s*(.*)$", line)
        if not m:
            continue
        label, value = m[1].strip().lower(), m[2].strip()
        if not value and i + 1 < len(lines):
            value = lines[i + 1]
        found.setdefault(label, value)
    return found


def _date_from(spec, labels, tree) -> str | None:
    for label in spec["date_labels"]:
        date = dates.find_date(labels.get(label.lower()))
        if date:
            return date
    for xp in spec["date_xpaths"]:
        for node in tree.xpath(xp):
            date = dates.find_date(node.text_content())
            if date:
                return date
    for label in spec.get("late_date_labels", []):
        date = dates.find_date(labels.get(label.lower()))
        if date:
            return date
    return None


def _strip_item_number(line: str) -> str:
    return re.sub(r"^\(?\d{1,3}[a-z]?[.)]?\s+", "", line)


def parse(url: str, tree) -> CommitteePage | None:
    """The page read as its committee-system family, or None when it belongs to none."""
    name = family_of(tree)
    if name is None:
        return None
    spec = families()[name]
    for pattern in spec["not_article_urls"]:
        if re.search(pattern, url, re.I):
            return CommitteePage(name, False, f"{name} record page ({pattern})", None, None, "")
    whole = (tree.xpath("//main") or tree.xpath("//body") or [tree])[0]
    labels = _labels(blocktext.render(whole).splitlines())
    title = None
    for xp in spec["title"]:
        nodes = tree.xpath(xp)
        if nodes and blocktext.normalise_line(nodes[0].text_content()):
            title = blocktext.normalise_line(nodes[0].text_content())
            break
    if title is None and spec.get("title_parts"):
        parts = [labels.get(p.lower()) for p in spec["title_parts"]]
        if all(parts):
            # CMIS names a meeting '<committee> - <d Mon yyyy hh:mm>'
            title = " - ".join(re.sub(r"\s+-\s+(?=\d{1,2}[:.]\d{2})", " ", p) for p in parts)
    published = _date_from(spec, labels, tree)
    regions = tree.xpath(spec["content"])
    if not regions:
        return CommitteePage(name, False, f"{name} page without a content region", title, published, "")
    drop = _dropper(spec)
    plain_title = (title or "").lower()
    lines = []
    for region in regions:
        for line in blocktext.render(region, drop).splitlines():
            if plain_title and _strip_item_number(line).lower() == plain_title:
                continue  # the item heading that repeats the page title
            lines.append(line)
    return CommitteePage(name, True, f"{name} page", title, published, "\n".join(lines))
