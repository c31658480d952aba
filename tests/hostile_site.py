"""A generated site that answers with what real servers send at their worst, mixed with good
stories, served on 127.0.0.1. Used by tests/crawler/test_hostile_crawl.py (a few hundred
responses) and benchmarks/hostile_memory.py (thousands, with the heaviest pages).

Every path is made on request from its name, so a big site costs no memory until it is asked
for. `HostileSite.expected` says, for each kind of response, how many were served and under
which skip reason(s) the crawl should count them; `good` lists the stories that must be stored
once, with a sentence each must contain exactly.
"""
import gzip
import http.server
import threading
from urllib.parse import quote, unquote, urlsplit

PARAGRAPHS = [
    "The council's cabinet agreed to extend the contract for the adult drug and alcohol treatment service "
    "for a further two years while a new model of recovery support is designed with residents.",
    "Officers told members that the number of people starting treatment had risen over the last year, and "
    "that waiting times for a first appointment were now shorter than at any point since the service began.",
    "The cabinet member for adult social care said the extension gave staff and the people they support "
    "certainty, and that the new model would be shaped by those with lived experience of recovery.",
    "A report will come back to the health scrutiny committee in the spring, setting out the options for "
    "the future service and the results of the consultation with residents, families and partners.",
]
# how each good story is served: (encoding of the bytes, charset declared in the header, bytes to insert)
GOOD_FLAVOURS = {
    "plain": ("utf-8", "utf-8", ""),
    "utf16": ("utf-16", None, ""),                 # with a BOM, no declared charset
    "utf32": ("utf-32", "utf-8", ""),              # a BOM and a wrong declaration
    "cp1252": ("cp1252", "utf-8", ""),             # Windows-1252 bytes declared as UTF-8
    "latin_declared": ("utf-8", "iso-8859-1", ""),  # UTF-8 bytes declared as Latin-1
    "controls": ("utf-8", "utf-8", "\x1b\x07\ufffe"),  # control characters inside the prose
    "unicode_url": ("utf-8", "utf-8", ""),         # its address has non-ASCII characters
}


def money_sentence(i):
    return f"Story {i} says the council will spend £{i}.5m on the service – “a lifeline” for families."


def story_html(i, insert=""):
    title = f"Recovery service update number {i}"
    body = "".join(f"<p>{p}{insert if n == 1 else ''} (Update {i}.)</p>" for n, p in enumerate(PARAGRAPHS))
    return (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"<p>{money_sentence(i)}</p>{body}</article></main></body></html>")


class HostileSite(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, scale=1, heavy=False):
        """`scale` multiplies every kind; `heavy` adds the pages that test the memory budget at
        full size (multi-megabyte prose, a 300,000-link page)."""
        super().__init__(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.requests = 0
        n = 6 * scale
        self.good = {}  # path -> (index, flavour)
        i = 0
        for flavour in GOOD_FLAVOURS:
            for _ in range(n):
                i += 1
                path = f"/news/café-{i}" if flavour == "unicode_url" else f"/news/story-{i}"
                self.good[path] = (i, flavour)
        self.kinds = {  # kind -> paths served under /news/ (linked from the listings)
            "not_found": [f"/news/gone-{k}" for k in range(n)],
            "server_error": [f"/news/broken-{k}" for k in range(n)],
            "empty": [f"/news/empty-{k}" for k in range(n)],
            "binary": [f"/news/image-{k}.html" for k in range(n)],
            "redirect_loop": [f"/news/loop-{k}-a" for k in range(n)],
            "redirect_chain": [f"/news/chain-{k}-0" for k in range(n)],
            "redirect_off_host": [f"/news/away-{k}" for k in range(n)],
            "redirect_off_path": [f"/news/out-{k}" for k in range(n)],
            "url_too_long": [f"/news/long-{k}-" + "x" * 2100 for k in range(n)],
            "deep_nesting": [f"/news/nested-{k}" for k in range(n)],
            "too_many_links": [f"/news/linkfarm-{k}" for k in range(max(1, n // 6))],
            "too_large": [f"/news/huge-{k}" for k in range(max(1, n // 6))],
            "gzip_bomb": [f"/news/bomb-{k}" for k in range(max(1, n // 6))],
            "too_long_to_extract": [f"/news/longread-{k}" for k in range(max(1, n // 6))],
        }
        self.heavy = heavy
        self.listing_pages = max(2, (len(self.good) + sum(map(len, self.kinds.values()))) // 40)

    # --- what the crawl should find --------------------------------------------------

    def good_urls(self):
        """Canonical address of each good story -> (money sentence, flavour)."""
        return {self.base + quote(path, safe="/%"): (money_sentence(i), flavour)
                for path, (i, flavour) in self.good.items()}

    def expected(self):
        """Skip reason -> at least how many pages the crawl must count under it."""
        k = {kind: len(paths) for kind, paths in self.kinds.items()}
        return {
            "http_error": k["not_found"] + k["server_error"],
            "empty": k["empty"],
            "binary": k["binary"],
            "redirect_loop": k["redirect_loop"] + k["redirect_chain"],
            "redirect_off_scope": k["redirect_off_host"] + k["redirect_off_path"],
            "url_too_long": k["url_too_long"],
            "too_many_links": k["too_many_links"],
            "too_large": k["too_large"] + k["gzip_bomb"],
            "invalid_url": 2 * self.listing_pages,
        }

    # --- pages -------------------------------------------------------------------------

    def listing(self, page):
        links = [*self.good, *[p for paths in self.kinds.values() for p in paths]]
        per = -(-len(links) // self.listing_pages)
        chunk = links[page * per:(page + 1) * per]
        items = []
        for path in chunk:
            items.append(f'<li><a href="{path}">{path[:60]}</a></li>')
            if path in self.good:  # tracking-parameter copies of the same story
                items.append(f'<li><a href="{path}?fbclid=IwAR{page}x&utm_source=fb">again</a></li>')
                items.append(f'<li><a href="{path}?ref=rss">and again</a></li>')
        items.append('<li><a href="http://[::1">bad</a></li><li><a href="https://127.0.0.1:99999/x">bad port</a></li>')
        nxt = f'<a href="/news/page/{page + 1}">Next</a>' if page + 1 < self.listing_pages else ""
        return f"<html><head><title>News</title></head><body><main><ul>{''.join(items)}</ul>{nxt}</main></body></html>"

    def answer(self, path):
        """(status, headers, body) for a request path."""
        html = {"Content-Type": "text/html; charset=utf-8"}
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /admin/\n"
        if path in ("/news/", "/news"):
            return 200, html, self.listing(0).encode()
        if path.startswith("/news/page/"):
            return 200, html, self.listing(int(path.rsplit("/", 1)[1])).encode()
        unquoted = unquote(path)
        if unquoted in self.good:
            i, flavour = self.good[unquoted]
            encoding, charset, insert = GOOD_FLAVOURS[flavour]
            body = story_html(i, insert).encode(encoding)
            return 200, {"Content-Type": "text/html" + (f"; charset={charset}" if charset else "")}, body
        if path.startswith("/elsewhere/"):
            return 200, html, story_html(9999).encode()  # stored only if a redirect were followed off the path
        kind, _, rest = path[len("/news/"):].partition("-")
        number = rest.split("-")[0].split(".")[0]
        if kind == "gone":
            return 404, html, b"<html><body><h1>Page not found</h1></body></html>"
        if kind == "broken":
            return 500, html, b"<html><body><h1>Server error</h1></body></html>"
        if kind == "empty":
            return 200, html, b""
        if kind == "image":
            return 200, {"Content-Type": "text/html"}, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
        if kind == "loop":
            target = f"/news/loop-{number}-b" if path.endswith("-a") else f"/news/loop-{number}-a"
            return 302, {"Location": target}, b""
        if kind == "chain":
            step = int(path.rsplit("-", 1)[1])
            return 301, {"Location": f"/news/chain-{number}-{step + 1}"}, b""
        if kind == "away":
            return 301, {"Location": f"http://localhost:{self.server_address[1]}/news/story-{number}"}, b""
        if kind == "out":
            return 302, {"Location": f"/elsewhere/story-{number}"}, b""
        if kind == "long":
            return 200, html, story_html(8888).encode()
        if kind == "nested":
            return 200, html, ("<html><body>" + "<div>" * 5000 + story_html(7777) + "</div>" * 5000
                               + "</body></html>").encode()
        if kind == "linkfarm":
            count = 300_000 if self.heavy else 6_000
            return 200, html, ("<html><body>" + "".join(f'<a href="/news/farm/{j}">{j}</a> ' for j in range(count))
                               + "</body></html>").encode()
        if kind == "huge":
            size = 16 if self.heavy else 5
            return 200, html, long_prose(size * 1024 * 1024)
        if kind == "bomb":  # 40 MB of spaces in a few kilobytes: over DOWNLOAD_MAXSIZE once unpacked
            return 200, {**html, "Content-Encoding": "gzip"}, gzip.compress(b" " * (40 * 1024 * 1024), 9)
        if kind == "longread":  # under the page budget, over what extraction takes
            return 200, html, long_prose(int((3.5 if self.heavy else 0.7) * 1024 * 1024))
        return 404, html, b"<html><body><h1>Page not found</h1></body></html>"

    def handle_error(self, request, client_address):
        """The crawler hangs up on pages over its budget: that is expected, not worth a traceback."""
        import sys
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)

    def __enter__(self):
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.shutdown()
        self.server_close()


def long_prose(size):
    text = " ".join(PARAGRAPHS)
    count = size // (len(text) + 20)
    return ("<html><head><title>A very long read</title></head><body><main><article><h1>A very long read</h1>"
            + "".join(f"<p>Part {n}. {text}</p>\n" for n in range(count)) + "</article></main></body></html>").encode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        self.server.requests += 1
        status, headers, body = self.server.answer(urlsplit(self.path).path)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def sources_toml(site):
    return '[crawler]\ndownload_delay = 0\nper_domain_concurrency = 8\n\n' + f'[[source]]\nname = "hostile-news"\nkind = "press"\nstart_urls = ["{site.base}/news/"]\nmax_depth = 50\n'

