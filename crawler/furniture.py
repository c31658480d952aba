"""Per-source template learning: a line or headline that a source prints on many of its
article pages is page furniture, whatever its wording ("Back to news", a press-office
strap line, a site slogan), and is left out of the text.

The memory is a count per source of the pages each short line appeared on (fingerprints, so
nothing is kept but a hash and one example). Limits are in boilerplate.toml [furniture]: until
a source has `min_pages` pages nothing is judged by it (the static promo patterns still apply),
and at the end of the crawl the pages stored before the source's memory was ready are cleaned
again (crawler.pipelines). Committee pages are read by their family parser and PDFs by their
own rules, so neither learns nor is cleaned here: minutes repeat lines ("There were no
declarations of interest.") that are content.
"""
import functools
import hashlib
import re
from dataclasses import dataclass, field

from recoverywatch.crawler import promo


def settings() -> dict:
    return promo.config()["furniture"]


BULLETS = "•·-–* "


@functools.lru_cache(maxsize=1 << 14)  # furniture lines are, by definition, the ones that repeat
def fingerprint(line: str) -> str:
    plain = re.sub(r"\s+", " ", line.strip().lstrip(BULLETS)).lower()
    return hashlib.sha1(plain.encode("utf-8")).hexdigest()[:16]


def is_section_heading(line: str) -> bool:
    """"Notes to editors": a heading of the release's own text, however many pages print it."""
    plain = re.sub(r"\s+", " ", line.strip().strip(":").replace("’", "'")).lower()
    return plain in settings()["section_headings"]


def heading_fingerprint(title: str) -> str:
    return "h:" + fingerprint(title)


def countable(line: str, limit: int) -> bool:
    """Whether a line can be furniture: only lines of at most `limit` words are counted. A line
    that opens with a bullet may be shorter once the bullet is dropped, so it is always checked."""
    return len(line.split()) <= limit or line.lstrip()[:1] in BULLETS.strip()


def page_lines(text: str, title: str | None) -> dict:
    """fingerprint -> (kind, example) for the short lines of a page and its headline."""
    limit = settings()["max_words"]
    found = {fingerprint(line): ("line", line.strip()) for line in text.splitlines()
             if line.strip() and len(line.split()) <= limit}
    if title:
        found[heading_fingerprint(title)] = ("heading", title)
    return found


@dataclass
class SourceMemory:
    pages: int = 0
    counts: dict = field(default_factory=dict)

    def ready(self) -> bool:
        return self.pages >= settings()["min_pages"]

    def is_furniture(self, key: str) -> bool:
        if not self.ready():
            return False
        n, s = self.counts.get(key, 0), settings()
        return n >= s["min_repeats"] and n >= s["min_share"] * self.pages

    def learn(self, keys) -> None:
        self.pages += 1
        for key in set(keys):
            self.counts[key] = self.counts.get(key, 0) + 1

    def clean(self, text: str) -> str:
        """`text` without the lines this source repeats on many pages (a release's own section
        headings stay)."""
        if not self.ready():
            return text
        limit = settings()["max_words"]  # longer lines are never counted: no need to hash them
        return "\n".join(line for line in text.splitlines()
                         if not (countable(line, limit) and self.is_furniture(fingerprint(line))
                                 and not is_section_heading(line)))

    def title_is_furniture(self, title: str | None) -> bool:
        return bool(title) and self.is_furniture(heading_fingerprint(title))
