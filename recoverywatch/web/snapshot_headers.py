"""How an archived page is served: with the type it was fetched with and nothing stripped from
its bytes, but unable to act on this site. HTML (or anything a browser might run) is served
in a CSP sandbox, which gives it an opaque origin and no scripts, and may fetch nothing: the
copy shows what was fetched, never calls the original site (or a tracker) from a reader's
browser. A type that is neither a page, plain text nor a PDF is offered as a download."""
import datetime as dt
import email.utils

SANDBOX = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
SHOWN = {"text/html": "html", "application/xhtml+xml": "xhtml", "text/plain": "txt", "application/pdf": "pdf"}


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def response_parts(snapshot: dict, article_id) -> tuple[str, dict]:
    """(Content-Type, other headers) for serving `snapshot` (a db.snapshots row)."""
    kind = media_type(snapshot["content_type"])
    name = f"article-{article_id}-v{snapshot['version']}"
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Robots-Tag": "noindex, nofollow",  # a copy of someone else's page: evidence, not a mirror
        "Link": f'<{snapshot["url"]}>; rel="original"',
        "Cache-Control": "public, max-age=86400",
    }
    if _http_date(snapshot["fetched_at"]):
        headers["Memento-Datetime"] = _http_date(snapshot["fetched_at"])
    if kind == "application/pdf":
        # a PDF's scripts run in the browser's PDF viewer, not in this site's pages; Chromium
        # refuses to show a PDF at all inside a CSP sandbox
        headers["Content-Disposition"] = f'inline; filename="{name}.pdf"'
        return "application/pdf", headers
    headers["Content-Security-Policy"] = SANDBOX
    if kind in SHOWN:
        headers["Content-Disposition"] = f'inline; filename="{name}.{SHOWN[kind]}"'
        return snapshot["content_type"], headers
    headers["Content-Disposition"] = f'attachment; filename="{name}.bin"'
    return "application/octet-stream", headers


def _http_date(iso: str | None) -> str:
    try:
        stamp = dt.datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return ""
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.timezone.utc)
    return email.utils.format_datetime(stamp.astimezone(dt.timezone.utc), usegmt=True)
