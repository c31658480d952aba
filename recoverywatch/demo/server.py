"""A small fictional news site on 127.0.0.1: a council newsroom, a local paper
(with sitemap and RSS) and a committee decisions system, rendered from
articles.toml. With `faults=True` it also serves the bad input a real crawl
meets (500s, binary served as HTML, windows-1252 without a charset, redirect
loops, slow pages)."""
import email.utils
import hashlib
import html
import http.server
import importlib.resources
import threading
import time
import tomllib

from recoverywatch.demo.pdf import text_pdf
from datetime import datetime, timezone

PAGE_SIZE = 3
FAULT_PAGES = ("server-error.html", "binary.html", "loop.html", "legacy-encoding.html", "slow.html")
STYLE = "body{font-family:sans-serif;max-width:46rem;margin:auto;padding:1rem}"


def load_articles():
    text = importlib.resources.files("recoverywatch.demo").joinpath("articles.toml").read_text("utf-8")
    return [prepare(art) for art in tomllib.loads(text)["article"]]


def prepare(art):
    """Add the paragraphs and URL path of one article record."""
    art["paragraphs"] = [p.strip() for p in art["body"].strip().split("\n\n") if p.strip()]
    if art["section"] == "council":
        art["path"] = f"/council/news/{art['slug']}/"
    elif art["section"] == "paper":
        art["path"] = f"/paper/{art['category']}/{art['slug']}.html"
    else:
        art["path"] = f"/committees/ieDecisionDetails.aspx?ID={art['ref']}"
    return art


def _page(title, body, head=""):
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{STYLE}</style>{head}</head><body>{body}</body></html>")


def _paras(paragraphs):
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


class DemoSite:
    """Context manager: serves the demo site on a free port in a thread."""

    def __init__(self, faults=False, extra_articles=(), delay=0.0):
        self.faults = faults
        self.delay = delay  # seconds per response, to make a crawl slow enough to interrupt
        self.articles = sorted(load_articles() + [prepare(a) for a in extra_articles],
                               key=lambda a: a["date"], reverse=True)
        self.requests = []
        self.server = None

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def sources_toml(self):
        b = self.base_url
        return (f'[[source]]\nname = "demo-council"\nkind = "council"\nstart_urls = ["{b}/council/news/"]\n\n'
                f'[[source]]\nname = "demo-paper"\nkind = "press"\nstart_urls = ["{b}/paper/"]\n'
                f'sitemap_urls = ["{b}/paper/sitemap.xml"]\nfeed_urls = ["{b}/paper/feed.rss"]\n\n'
                f'[[source]]\nname = "demo-committees"\nkind = "committee"\nstart_urls = ["{b}/committees/"]\n')

    def __enter__(self):
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                site.requests.append((self.path, self.headers.get("If-None-Match")))
                if site.delay:
                    time.sleep(site.delay)
                site.respond(self)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    # --- routing ------------------------------------------------------------

    def respond(self, handler):
        path = handler.path
        route = self.route(path)
        if route is None:
            return self._send(handler, 404, "text/html; charset=utf-8", _page("Page not found", "<h1>Page not found</h1>").encode())
        status, ctype, body, extra = route
        if status == 200:
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            extra = {"ETag": etag, **extra}
            if handler.headers.get("If-None-Match") == etag:
                return self._send(handler, 304, None, b"", extra)
        self._send(handler, status, ctype, body, extra)

    @staticmethod
    def _send(handler, status, ctype, body, extra=None):
        handler.send_response(status)
        if ctype:
            handler.send_header("Content-Type", ctype)
        for k, v in (extra or {}).items():
            handler.send_header(k, v)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if body:
            handler.wfile.write(body)

    def route(self, path):
        html_type = "text/html; charset=utf-8"
        ok = lambda text, ctype=html_type: (200, ctype, text.encode("utf-8"), {})
        if path == "/robots.txt":
            return ok(f"User-agent: *\nDisallow: /council/drafts/\n\nSitemap: {self.base_url}/paper/sitemap.xml\n", "text/plain")
        if path == "/":
            return ok(_page("Demo portal", '<h1>Demo portal</h1><ul><li><a href="/council/news/">Council news</a></li>'
                            '<li><a href="/paper/">The Demo Gazette</a></li><li><a href="/committees/">Committee decisions</a></li></ul>'))
        by_path = {a["path"]: a for a in self.articles}
        if path in by_path:
            return ok(self.render_article(by_path[path]))
        if path in ("/council/news/", "/council/news/page/2/", "/council/news/page/3/"):
            page = 1 if path == "/council/news/" else int(path.split("/")[-2])
            return ok(self.council_listing(page))
        if path == "/council/contact/":
            return ok(_page("Contact us", "<main><h1>Contact us</h1><p>Call the contact centre on 0300 123 4567, "
                            "Monday to Friday. Press enquiries: press@example.org.</p></main>"))
        if path.startswith("/council/drafts/"):
            return ok(self.render_article({"section": "council", "title": "Draft: embargoed treatment contract",
                                           "date": "2025-01-01", "publisher": "Demo Council",
                                           "paragraphs": ["DRAFT. Not for publication. This page must never be crawled."] * 8}))
        if path == "/paper/" or path.startswith("/paper/search"):
            return ok(self.paper_front(search="search" in path))
        if path == "/paper/sitemap.xml":
            return ok(self.sitemap(), "application/xml")
        if path == "/paper/feed.rss":
            return ok(self.feed(), "application/rss+xml")
        if path == "/committees/":
            return ok(self.committee_listing())
        reports = {f"/committees/documents/report-{a['ref']}.pdf": a for a in self.articles if a.get("report")}
        if path in reports:
            art = reports[path]
            lines = [line for line in art["report"].strip().splitlines() if line.strip()]
            return (200, "application/pdf", text_pdf(lines, art.get("report_title", "")), {})
        if self.faults:
            return self.fault(path)
        return None

    def fault(self, path):
        if path == "/paper/news/server-error.html":
            return (500, "text/html", b"<h1>Internal Server Error</h1>", {})
        if path == "/paper/news/binary.html":
            return (200, "text/html", bytes(range(256)) * 64, {})
        if path == "/paper/news/loop.html":
            return (302, "text/html", b"", {"Location": "/paper/news/loop.html"})
        if path == "/paper/news/slow.html":
            time.sleep(4)
            return (200, "text/html; charset=utf-8", b"<p>late</p>", {})
        if path == "/committees/documents/corrupt.pdf":
            return (200, "application/pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> broken", {})
        if path == "/committees/documents/scanned.pdf":
            return (200, "application/pdf", text_pdf([], "Scanned minutes"), {})
        if path == "/paper/news/legacy-encoding.html":
            art = {"section": "paper", "category": "news", "title": "Café’s recovery volunteers honoured in Salford",
                   "date": "2021-02-02", "author": "Staff reporter", "promos": [],
                   "paragraphs": [f"Volunteers at a recovery café in Salford – where people in treatment for drug and alcohol problems "
                                  f"serve customers – have been honoured at a civic awards night ({n}) for their work with the city’s treatment service."
                                  for n in ("first award", "second award", "third award", "fourth award")]}
            body = self.render_article(art).replace('<meta charset="utf-8">', "")
            return (200, "text/html", body.encode("cp1252"), {})
        return None

    # --- pages --------------------------------------------------------------

    def render_article(self, art):
        title = html.escape(art["title"])
        stamp = art["date"]
        if art["section"] == "council":
            body = (f'<header><nav><a href="/council/news/">News</a> <a href="/council/contact/">Contact us</a></nav></header>'
                    f'<main><nav class="breadcrumb"><a href="/council/news/">News</a> &gt; {title}</nav>'
                    f'<article class="press-release"><h1>{title}</h1><dl class="release-meta"><dt>Published</dt>'
                    f'<dd><time datetime="{stamp}">{stamp}</time></dd></dl>{_paras(art["paragraphs"])}'
                    f'<section class="contact"><h2>Media enquiries</h2><p>Contact the press office.</p></section></article>'
                    f'<aside class="sidebar"><h2>Related news</h2><ul>{self._links("council", 3)}</ul></aside></main>'
                    f'<footer><a href="/council/drafts/preview/">Staff area</a></footer>')
            head = f'<meta name="dcterms.created" content="{stamp}"><meta name="dcterms.publisher" content="{html.escape(art.get("publisher", ""))}">'
            return _page(f"{art['title']} - Council newsroom", body, head)
        if art["section"] == "paper":
            paras = list(art["paragraphs"])
            promos = art.get("promos", [])
            for i, promo in enumerate(promos):
                paras.insert(min(len(paras), 2 + 3 * i), "\x00" + promo)
            rendered = "\n".join(
                f'<aside class="inline-promo"><strong>{html.escape(p[1:])}</strong></aside>' if p.startswith("\x00")
                else f"<p>{html.escape(p)}</p>" for p in paras)
            body = (f'<header class="masthead"><a href="/paper/">The Demo Gazette</a><nav><a href="/paper/">Home</a> '
                    f'<a href="/paper/search?q=">Search</a></nav></header><main><article class="story"><h1>{title}</h1>'
                    f'<p class="byline">By {html.escape(art.get("author", ""))} <time datetime="{stamp}T08:00:00+00:00">{stamp}</time></p>'
                    f'<div class="story-body">{rendered}</div></article><aside class="trending"><h2>Most read</h2>'
                    f'<ol>{self._links("paper", 4)}</ol></aside></main>')
            head = (f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
                    f'<meta property="article:published_time" content="{stamp}T08:00:00+00:00">')
            return _page(f"{art['title']} | The Demo Gazette", body, head)
        body = (f'<main><nav class="breadcrumb"><a href="/committees/">Decisions</a></nav><article class="decision">'
                f'<h1>{title}</h1><dl class="decision-details"><dt>Council</dt><dd>{html.escape(art.get("council", ""))}</dd>'
                f'<dt>Meeting date</dt><dd><time datetime="{stamp}">{stamp}</time></dd></dl>'
                f'<div class="minutes">{_paras(art["paragraphs"])}</div>{self._documents(art)}</article></main>')
        return _page(f"{art['title']} - Committee decisions", body)

    @staticmethod
    def _documents(art):
        if not art.get("report"):
            return ""
        return (f'<section class="supporting-documents"><h2>Supporting documents</h2><ul><li>'
                f'<a href="/committees/documents/report-{art["ref"]}.pdf">{html.escape(art.get("report_title", "Report"))} (PDF)</a>'
                f"</li></ul></section>")

    def _links(self, section, n):
        chosen = [a for a in self.articles if a["section"] == section][:n]
        return "".join(f'<li><a href="{a["path"]}">{html.escape(a["title"])}</a></li>' for a in chosen)

    def council_listing(self, page):
        items = [a for a in self.articles if a["section"] == "council"]
        pages = max(1, -(-len(items) // PAGE_SIZE))
        chunk = items[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
        cards = "".join(f'<li><h2><a href="{a["path"]}">{html.escape(a["title"])}</a></h2>'
                        f'<p>{html.escape(a["paragraphs"][0][:140])}…</p><time datetime="{a["date"]}">{a["date"]}</time></li>'
                        for a in chunk)
        nxt = f'<a rel="next" href="/council/news/page/{page + 1}/">Next page</a>' if page < pages else ""
        return _page("News and press releases", f"<main><h1>News and press releases</h1><p>Page {page} of {pages}</p>"
                                                f"<ul>{cards}</ul><nav class='pagination'>{nxt}</nav></main>")

    def paper_front(self, search=False):
        if search:
            return _page("Search results", "<main><h1>Search results</h1><p>No results.</p></main>")
        cards = "".join(f'<article class="story-card"><h3><a href="{a["path"]}">{html.escape(a["title"])}</a></h3>'
                        f'<p>{html.escape(a["paragraphs"][0][:160])}</p></article>'
                        for a in self.articles if a["section"] == "paper")
        if self.faults:
            cards += "".join(f'<h3><a href="/paper/news/{n}">{n}</a></h3>' for n in FAULT_PAGES)
        return _page("The Demo Gazette - latest news", f"<main><h1>Latest news</h1>{cards}</main>"
                     '<footer><a href="/paper/feed.rss">RSS</a> <a href="/paper/sitemap.xml">Sitemap</a></footer>')

    def sitemap(self):
        urls = "".join(f"<url><loc>{self.base_url}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>"
                       for a in self.articles if a["section"] == "paper")
        return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'

    def feed(self):
        def rfc822(day):
            return email.utils.format_datetime(datetime.fromisoformat(day).replace(tzinfo=timezone.utc))
        items = "".join(f"<item><title>{html.escape(a['title'])}</title><link>{self.base_url}{a['path']}</link>"
                        f"<pubDate>{rfc822(a['date'])}</pubDate></item>" for a in self.articles if a["section"] == "paper")
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>The Demo Gazette</title>'
                f"<link>{self.base_url}/paper/</link>{items}</channel></rss>")

    def committee_listing(self):
        rows = "".join(f'<tr><td><a href="{html.escape(a["path"])}">{html.escape(a["title"])}</a></td><td>{a["date"]}</td></tr>'
                       for a in self.articles if a["section"] == "committee")
        if self.faults:
            rows += "".join(f'<tr><td><a href="/committees/documents/{n}">{n}</a></td></tr>' for n in ("corrupt.pdf", "scanned.pdf"))
        return _page("Recent decisions", f"<main><h1>Recent decisions</h1><table>{rows}</table></main>")
