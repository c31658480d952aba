"""Addresses the pages put in an href that came from outside: an article's original URL (from
the crawl) and a contract notice's (from an OCDS file anyone can hand to `contracts --ocds`).
Escaping keeps them inside the attribute but cannot stop a `javascript:` URL running when it
is clicked, so only http(s) and relative addresses are linked. The script in every page
(SAFE_LINKS_JS in the plugin) does the same for links built in the browser."""
import re

SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# a browser drops these before it reads a scheme (tabs and newlines anywhere, controls and spaces
# at the ends); dropping every one of them here can only make more addresses look like a scheme
IGNORED = re.compile(r"[\x00-\x20\x7f]")


def safe_href(url) -> str:
    """`url` when a browser would follow it as http(s) or as a relative address, else ''."""
    if not url:
        return ""
    text = str(url)
    scheme = SCHEME.match(IGNORED.sub("", text))
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        return ""
    return text
