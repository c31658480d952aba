"""Which links a source's crawl follows: same host, under the start URL's path.

Links are made canonical first (crawler.urls); these checks never raise on a malformed one."""
import posixpath
import re
from urllib.parse import urlsplit

SKIP_EXTENSIONS = re.compile(
    r"\.(jpe?g|png|gif|svg|webp|ico|css|js|mp[34]|avi|mov|zip|gz|docx?|xlsx?|pptx?|odt|ods|csv|ics|woff2?|ttf|eot)$", re.I)
PDF = re.compile(r"\.pdf$", re.I)
SKIP_QUERY = re.compile(r"(^|&)(share|print|replytocom|utm_[a-z]+|sort|order)=", re.I)


def base_path(url: str) -> str:
    """Directory that bounds the crawl: /news/ for /news/ or /news/index.html."""
    path = urlsplit(url).path or "/"
    return path if path.endswith("/") else posixpath.dirname(path).rstrip("/") + "/"


DEFAULT_PORTS = {"http": 80, "https": 443}


def _site(parts) -> tuple:
    """(host, port) with a scheme's default port left out: https://a/, https://a:443/ and
    http://a/ are one site (scheme aside, as sites move from http to https)."""
    port = parts.port
    return (parts.hostname or "", None if port == DEFAULT_PORTS.get(parts.scheme.lower()) else port)


def is_pdf(url: str) -> bool:
    try:
        return bool(PDF.search(urlsplit(url).path))
    except ValueError:
        return False


def in_scope(url: str, start_urls: list[str], allow_pdf_anywhere_on_host: bool = False) -> bool:
    try:
        parts = urlsplit(url)
        site = _site(parts)
    except ValueError:  # malformed (e.g. "http://[::1" or a bad port): never in scope
        return False
    if parts.scheme not in ("http", "https"):
        return False
    if SKIP_EXTENSIONS.search(parts.path) or SKIP_QUERY.search(parts.query):
        return False
    for start in start_urls:
        try:
            if _site(urlsplit(start)) != site:
                continue
        except ValueError:
            continue
        if allow_pdf_anywhere_on_host and is_pdf(url):
            return True
        if parts.path.startswith(base_path(start)) or parts.path + "/" == base_path(start):
            return True
    return False


def host_root(url: str) -> str:
    """The root of `url`'s site ("https://host/"): sitemaps and feeds may sit anywhere on the host."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"



def is_section(url: str, start_urls: list[str]) -> bool:
    """Whether `url` is the site's home page or a source's start (section) page: /, /news or /news/."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.query:
        return False
    if parts.path in ("", "/"):
        return True
    path = parts.path.rstrip("/")
    for start in start_urls:
        s = urlsplit(start)
        if _site(s) == _site(parts) and path in (s.path.rstrip("/"), base_path(start).rstrip("/")):
            return True
    return False
