"""Which links a source's crawl follows: same host, under the start URL's path."""
import posixpath
import re
from urllib.parse import urldefrag, urlsplit

SKIP_EXTENSIONS = re.compile(
    r"\.(jpe?g|png|gif|svg|webp|ico|css|js|mp[34]|avi|mov|zip|gz|docx?|xlsx?|pptx?|odt|ods|csv|ics|woff2?|ttf|eot)$", re.I)
PDF = re.compile(r"\.pdf$", re.I)
SKIP_QUERY = re.compile(r"(^|&)(share|print|replytocom|utm_[a-z]+|sort|order)=", re.I)


def base_path(url: str) -> str:
    """Directory that bounds the crawl: /news/ for /news/ or /news/index.html."""
    path = urlsplit(url).path or "/"
    return path if path.endswith("/") else posixpath.dirname(path).rstrip("/") + "/"


def normalise(url: str) -> str:
    url, _ = urldefrag(url)
    return url


def is_pdf(url: str) -> bool:
    return bool(PDF.search(urlsplit(url).path))


def in_scope(url: str, start_urls: list[str], allow_pdf_anywhere_on_host: bool = False) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return False
    if SKIP_EXTENSIONS.search(parts.path) or SKIP_QUERY.search(parts.query):
        return False
    for start in start_urls:
        s = urlsplit(start)
        if parts.netloc.lower() != s.netloc.lower():
            continue
        if allow_pdf_anywhere_on_host and is_pdf(url):
            return True
        if parts.path.startswith(base_path(start)) or parts.path + "/" == base_path(start):
            return True
    return False
