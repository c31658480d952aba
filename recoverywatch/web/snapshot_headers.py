"""How an archived page is served: with the type it was fetched with and nothing stripped from
its bytes, but unable to act on this site. HTML (and anything but a PDF) is served in a CSP
sandbox, which gives it an opaque origin and no scripts, and may fetch nothing: the copy shows
what was fetched, never calls the original site (or a tracker) from a reader's browser. A PDF
is shown by the browser's PDF viewer, `nosniff` keeping it a PDF. A type that is neither a page,
plain text nor a PDF is offered as a download."""
import datetime as dt
import email.utils

from recoverywatch.db import snapshots

SANDBOX = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
SHOWN = snapshots.EXTENSIONS  # types shown in the browser; any other is a download


def response_parts(snapshot: dict, article_id, latest: bool = False) -> tuple[str, dict]:
    """(Content-Type, other headers) for serving `snapshot` (a db.snapshots row), asked for as
    the latest (its address will show a newer version one day) or by its version number."""
    kind = snapshots.media_type(snapshot["content_type"])
    name = snapshots.file_name(article_id, snapshot["version"], snapshot["content_type"])
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Robots-Tag": "noindex, nofollow",  # a copy of someone else's page: evidence, not a mirror
        "Link": f'<{snapshot["url"]}>; rel="original"',
        "Cache-Control": "public, max-age=3600" if latest else "public, max-age=31536000, immutable",
    }
    if _http_date(snapshot["fetched_at"]):
        headers["Memento-Datetime"] = _http_date(snapshot["fetched_at"])
    if kind == "application/pdf":
        # no sandbox: Chromium's PDF viewer never finishes loading inside one (checked in the
        # browser test). A PDF's scripts run in the browser's PDF viewer, not in this site's pages.
        headers["Content-Disposition"] = f'inline; filename="{name}"'
        return snapshot["content_type"], headers
    headers["Content-Security-Policy"] = SANDBOX
    if kind in SHOWN:
        headers["Content-Disposition"] = f'inline; filename="{name}"'
        return snapshot["content_type"], headers
    headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return "application/octet-stream", headers


def _http_date(iso: str | None) -> str:
    try:
        stamp = dt.datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return ""
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.timezone.utc)
    return email.utils.format_datetime(stamp.astimezone(dt.timezone.utc), usegmt=True)
