"""The sources file (TOML): which sites to crawl and how."""
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

KINDS = ("council", "press", "committee")
NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class SourcesError(ValueError):
    """The sources file is missing or invalid; the message is one line for the user."""


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    start_urls: list[str]
    sitemap_urls: list[str] = field(default_factory=list)
    feed_urls: list[str] = field(default_factory=list)
    area: str | None = None
    max_depth: int = 5


def _check_urls(name, key, urls):
    if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
        raise SourcesError(f"source {name!r}: {key} must be a list of URLs")
    for url in urls:
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - raises ValueError for a bad port
        except ValueError as exc:
            raise SourcesError(f"source {name!r}: {key} has a malformed URL {url!r} ({exc})") from None
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise SourcesError(f"source {name!r}: {key} has a URL that is not absolute http(s): {url!r}")
    return list(urls)


def _parse_toml(text: str, origin: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{origin} is not valid TOML: {exc}") from None


def _read(path: Path) -> str:
    if not path.is_file():
        raise SourcesError(f"sources file not found: {path}")
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"cannot read sources file {path}: {exc}") from None


def parse_sources(text: str, origin: str = "sources file") -> list[Source]:
    return _sources(_parse_toml(text, origin), origin)


def _sources(data: dict, origin: str) -> list[Source]:
    """The [[source]] entries of an already-parsed sources file."""
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise SourcesError(f"{origin} has no [[source]] entries")
    sources, names = [], set()
    for i, entry in enumerate(entries, 1):
        name = entry.get("name")
        if not isinstance(name, str) or not NAME.match(name):
            raise SourcesError(f"{origin}: source #{i} needs a name of lower-case letters, digits, '-' or '_'")
        if name in names:
            raise SourcesError(f"{origin}: source name {name!r} is used twice")
        names.add(name)
        kind = entry.get("kind")
        if kind not in KINDS:
            raise SourcesError(f"source {name!r}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
        unknown = set(entry) - {"name", "kind", "start_urls", "sitemap_urls", "feed_urls", "area", "max_depth"}
        if unknown:
            raise SourcesError(f"source {name!r}: unknown key(s) {', '.join(sorted(unknown))}")
        start = _check_urls(name, "start_urls", entry.get("start_urls", []))
        sitemaps = _check_urls(name, "sitemap_urls", entry.get("sitemap_urls", []))
        feeds = _check_urls(name, "feed_urls", entry.get("feed_urls", []))
        if not (start or sitemaps or feeds):
            raise SourcesError(f"source {name!r}: give at least one of start_urls, sitemap_urls, feed_urls")
        area = entry.get("area")
        if area is not None and not isinstance(area, str):
            raise SourcesError(f"source {name!r}: area must be a string")
        depth = entry.get("max_depth", 5)
        if not isinstance(depth, int) or depth < 0:
            raise SourcesError(f"source {name!r}: max_depth must be a whole number ≥ 0")
        sources.append(Source(name, kind, start, sitemaps, feeds, area, depth))
    return sources


CRAWLER_KEYS = {
    "contact": ("USER_AGENT", str),
    "download_delay": ("DOWNLOAD_DELAY", (int, float)),
    "per_domain_concurrency": ("CONCURRENT_REQUESTS_PER_DOMAIN", int),
    "timeout": ("DOWNLOAD_TIMEOUT", (int, float)),
    "autothrottle": ("AUTOTHROTTLE_ENABLED", bool),
}


def parse_crawler_settings(text: str, origin: str = "sources file") -> dict:
    """Scrapy setting overrides from the optional [crawler] table."""
    return _crawler_settings(_parse_toml(text, origin), origin)


def _crawler_settings(data: dict, origin: str) -> dict:
    table = data.get("crawler", {})
    if not isinstance(table, dict):
        raise SourcesError(f"{origin}: [crawler] must be a table")
    overrides = {}
    for key, value in table.items():
        if key not in CRAWLER_KEYS:
            raise SourcesError(f"{origin}: unknown [crawler] key {key!r} (known: {', '.join(CRAWLER_KEYS)})")
        setting, kind = CRAWLER_KEYS[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise SourcesError(f"{origin}: [crawler] {key} has the wrong type")
        if key == "contact":
            value = f"recoverywatch/0.1 (+{value})"
        overrides[setting] = value
    return overrides


def load_sources_file(path) -> tuple[list[Source], dict]:
    """Read and parse the sources file once: its sources and its Scrapy setting overrides."""
    path = Path(path)
    data = _parse_toml(_read(path), str(path))
    return _sources(data, str(path)), _crawler_settings(data, str(path))


def load_crawler_settings(path) -> dict:
    """Only the [crawler] overrides of a sources file (see load_sources_file)."""
    path = Path(path)
    return parse_crawler_settings(_read(path), origin=str(path))


def load_sources(path) -> list[Source]:
    """Only the sources of a sources file (see load_sources_file)."""
    path = Path(path)
    return parse_sources(_read(path), origin=str(path))
