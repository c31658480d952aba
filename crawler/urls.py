"""One address per page: every link is made canonical before it is queued or stored.

Canonical here means: absolute http(s), scheme and host in lower case, no default port, no
fragment, no tracking parameters, and CMS variants of one page (a CMIS tab, a ModernGov
breadcrumb flag, a printer copy, a comment-reply form) folded onto the page itself. The
parameters and variants are data (url_rules.toml). Parameter order and percent-encoding are
kept as the site wrote them (w3lib's safe_url_string only escapes what Scrapy would escape
anyway), so addresses stored by earlier releases keep matching.

A malformed address (`http://[::1`, a port that is not a number) raises InvalidURL; callers
log it in one line and go on with the page's other links.
"""
import dataclasses
import functools
import hashlib
import pathlib
import re
import tomllib
from importlib.resources import files
from urllib.parse import unquote_plus, urljoin, urlsplit, urlunsplit

import w3lib
from w3lib.url import safe_url_string

WEB_SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}


class InvalidURL(ValueError):
    """An address that cannot be parsed (its message names it)."""


@dataclasses.dataclass(frozen=True)
class Variant:
    why: str
    path: re.Pattern | None = None         # where the rule applies (URL path)
    drop: tuple = ()                       # (name, value or None), lower-case
    strip_path: re.Pattern | None = None   # removed from the path


@dataclasses.dataclass(frozen=True)
class Rules:
    tracking_names: frozenset
    tracking_prefixes: tuple
    tracking_when_value: dict              # name -> compiled pattern of tracking values
    variants: tuple


@functools.cache
def rules() -> Rules:
    data = tomllib.loads(files("recoverywatch.crawler").joinpath("url_rules.toml").read_text("utf-8"))
    tracking = data["tracking"]
    variants = []
    for raw in data.get("variant", []):
        drop = []
        for param in raw.get("drop_params", []):
            name, sep, value = param.partition("=")
            drop.append((name.lower(), value.lower() if sep else None))
        variants.append(Variant(
            why=raw["why"],
            path=re.compile(raw["path"], re.I) if raw.get("path") else None,
            drop=tuple(drop),
            strip_path=re.compile(raw["strip_path"], re.I) if raw.get("strip_path") else None,
        ))
    return Rules(
        tracking_names=frozenset(n.lower() for n in tracking.get("names", [])),
        tracking_prefixes=tuple(p.lower() for p in tracking.get("prefixes", [])),
        tracking_when_value={n.lower(): re.compile(p, re.I) for n, p in tracking.get("when_value", {}).items()},
        variants=tuple(variants),
    )


@functools.cache
def rules_version() -> str:
    """A fingerprint of all that decides canonical addresses: url_rules.toml, this module's code and
    w3lib's version. Addresses stored under other rules are looked at again (recoverywatch.runs)."""
    digest = hashlib.sha1(files("recoverywatch.crawler").joinpath("url_rules.toml").read_bytes())
    digest.update(pathlib.Path(__file__).read_bytes())
    digest.update(w3lib.__version__.encode())
    return digest.hexdigest()[:16]


def is_tracking(name: str, value: str) -> bool:
    """Whether query parameter `name=value` only records how the reader arrived."""
    r = rules()
    name = name.lower()
    if name in r.tracking_names or name.startswith(r.tracking_prefixes):
        return True
    pattern = r.tracking_when_value.get(name)
    return bool(pattern and pattern.match(value))


def _split(url: str):
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number or out of range
    except ValueError as exc:
        raise InvalidURL(f"invalid URL {url!r}: {exc}") from None
    return parts


@functools.lru_cache(maxsize=1 << 16)  # navigation links repeat on every page of a site
def canonical(url: str) -> str | None:
    """The one address of the page at `url`; None for mailto:, tel:, javascript: and other
    non-web links. Raises InvalidURL for a malformed address."""
    parts = _split(url)
    scheme = parts.scheme.lower()
    if scheme not in WEB_SCHEMES:
        return None
    if not parts.hostname:
        raise InvalidURL(f"invalid URL {url!r}: no host")
    host = parts.hostname
    if ":" in host:
        host = f"[{host}]"  # an IPv6 literal keeps its brackets
    netloc = host if parts.port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{parts.port}"
    if parts.username:
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    path = parts.path or "/"
    query = parts.query
    applicable = [v for v in rules().variants if v.path is None or v.path.search(path)]
    for variant in applicable:
        if variant.strip_path is not None:
            path = variant.strip_path.sub("", path) or "/"
    if query:
        query = _clean_query(query, [d for v in applicable for d in v.drop])
    try:
        return safe_url_string(urlunsplit((scheme, netloc, path, query, "")))
    except ValueError as exc:  # e.g. a host IDNA cannot encode
        raise InvalidURL(f"invalid URL {url!r}: {exc}") from None


def _clean_query(query: str, drop: list) -> str:
    """The query without tracking parameters and without the variant parameters in `drop`.
    Kept pieces stay exactly as written (order and encoding)."""
    kept = []
    for piece in query.split("&"):
        if not piece:
            continue
        raw_name, _, raw_value = piece.partition("=")
        name, value = unquote_plus(raw_name).strip().lower(), unquote_plus(raw_value).strip()
        if is_tracking(name, value):
            continue
        if any(name == d_name and (d_value is None or value.lower() == d_value) for d_name, d_value in drop):
            continue
        kept.append(piece)
    return "&".join(kept)


def join(base: str, href: str) -> str | None:
    """The canonical address of link `href` found on page `base` (see canonical)."""
    href = (href or "").strip()
    if not href:
        return None
    try:
        absolute = urljoin(base, href)
    except ValueError as exc:
        raise InvalidURL(f"invalid URL {href!r}: {exc}") from None
    return canonical(absolute)


def same_host(url: str, other: str) -> bool:
    """Whether two canonical addresses are on one host (scheme aside: http and https are one site)."""
    return urlsplit(url).netloc == urlsplit(other).netloc
