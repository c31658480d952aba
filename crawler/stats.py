"""Names of the Scrapy stats a crawl keeps, and how they become a `crawl_runs` row.

The spider and the pipeline count under these names; `recoverywatch.runs` reads
them back once the crawl ends. Keep every stat name here, never as a literal.
"""

# --- counted by recoverywatch -------------------------------------------------

NOT_MODIFIED = "recoverywatch/not_modified"  # a conditional request answered 304
ERRORS = "recoverywatch/errors"  # a page that failed or was skipped as bad content
ROBOTS_FORBIDDEN = "recoverywatch/robots_forbidden"  # a request robots.txt does not allow; never sent
ROBOTS_UNREACHABLE = "recoverywatch/robots_unreachable"  # a host whose robots.txt failed (5xx, network): nothing fetched there
REDIRECTS_OFF_SCOPE = "recoverywatch/redirects_off_scope"  # a redirect leaving the source's host or path; not followed
INVALID_URLS = "recoverywatch/invalid_urls"  # a malformed link on a page, feed or sitemap; skipped
NOINDEX_PAGES = "recoverywatch/noindex_pages"  # a page marked noindex; its text is not stored as an article
SKIPPED_PREFIX = "recoverywatch/skipped/"  # + a reason in SKIP_REASONS: a response not stored as an article
ARTICLE_PREFIX = "recoverywatch/articles_"
ARTICLES_NEW = ARTICLE_PREFIX + "new"
ARTICLES_UPDATED = ARTICLE_PREFIX + "updated"
ARTICLES_UNCHANGED = ARTICLE_PREFIX + "unchanged"

# --- counted by Scrapy itself ---------------------------------------------------

RESPONSES = "downloader/response_count"
ITEMS_DROPPED = "item_dropped_count"
URL_TOO_LONG = "urllength/request_ignored_count"  # a link over URLLENGTH_LIMIT (2,083 characters); never requested
LOGGED_ERRORS = "log_count/ERROR"
FINISH_REASON = "finish_reason"  # "finished", or "shutdown" when a signal stopped the crawl


# Why a page (or a link) was not stored as an article: reason -> what it means. The keys are the
# `crawl_runs.skip_reasons` keys and the words of the summary line.
SKIP_REASONS = {
    "not_article": "a listing, utility, stub or committee calendar page (its links are followed)",
    "noindex": "marked noindex by the publisher",
    "empty": "an empty or whitespace-only answer",
    "binary": "a non-text, non-PDF answer (image, archive...)",
    "unreadable_pdf": "a PDF without extractable text (scanned or corrupt)",
    "undecodable": "bytes that are not text in any encoding tried",
    "unparseable": "markup the HTML parser cannot read",
    "too_large": "a page over the per-page size budget (not parsed)",
    "too_many_links": "a page with more links than the per-page budget (not parsed)",
    "http_error": "an HTTP error status (4xx, 5xx) after retries",
    "network_error": "no answer: timeout, refused connection, DNS failure, cut-off download",
    "redirect_loop": "a redirect chain longer than REDIRECT_MAX_TIMES, or a loop",
    "redirect_to_fetched": "a redirect to a page this run already fetched (read once, under that address)",
    "redirect_off_scope": "a redirect leaving the source's host or path",
    "robots_forbidden": "disallowed by robots.txt, or on a host whose robots.txt could not be read",
    "url_too_long": "a link longer than 2,083 characters",
    "invalid_url": "a malformed link",
    "half_empty": "an article record without text or address",
    # web archives (recoverywatch import-warc)
    "off_scope": "an archived page outside every source's host and path",
    "revisit": "an archive's revisit record: no new copy of the page was kept",
    "archived_redirect": "an archived redirect (3xx); the archive holds its target separately, if at all",
    "truncated": "an archived record cut short (WARC-Truncated, or the file ends inside it)",
    "corrupt_record": "a damaged stretch of an archive (a corrupt gzip member or record); reading resumed after it",
    "older_copy": "an archived copy older than the stored one (the newest fetch is kept)",
}
# stats counted under their own names elsewhere that are also skip reasons
SKIP_STATS = {
    "noindex": NOINDEX_PAGES,
    "redirect_off_scope": REDIRECTS_OFF_SCOPE,
    "robots_forbidden": ROBOTS_FORBIDDEN,
    "url_too_long": URL_TOO_LONG,
    "invalid_url": INVALID_URLS,
    "half_empty": ITEMS_DROPPED,
}


def skip_stat(reason: str) -> str:
    """The stat counting pages skipped for `reason` (a key of SKIP_REASONS)."""
    if reason not in SKIP_REASONS:
        raise KeyError(f"unknown skip reason {reason!r}")
    return SKIPPED_PREFIX + reason


def skip_reasons(stats: dict) -> dict:
    """reason -> count for one crawl's stats, only the reasons that occurred."""
    counts = {}
    for reason in SKIP_REASONS:
        n = stats.get(SKIPPED_PREFIX + reason, 0) + (stats.get(SKIP_STATS[reason], 0) if reason in SKIP_STATS else 0)
        if n:
            counts[reason] = n
    return counts


def article_stat(outcome: str) -> str:
    """The stat counting articles saved with `outcome` ('new', 'updated', 'unchanged')."""
    return ARTICLE_PREFIX + outcome


# crawl_runs column -> the stats summed into it
RUN_COLUMNS = {
    "pages_fetched": (RESPONSES,),
    "not_modified": (NOT_MODIFIED,),
    "articles_new": (ARTICLES_NEW,),
    "articles_updated": (ARTICLES_UPDATED,),
    "articles_unchanged": (ARTICLES_UNCHANGED,),
    "articles_failed": (ITEMS_DROPPED,),
    "errors": (ERRORS, LOGGED_ERRORS),
}


def run_columns(stats: dict) -> dict:
    """The `crawl_runs` counts for one crawl's Scrapy stats (missing stats count 0)."""
    return {column: sum(stats.get(name, 0) for name in names) for column, names in RUN_COLUMNS.items()}


def finish_status(stats: dict) -> str:
    """The run's status: 'finished', or 'shutdown' when SIGTERM/SIGINT stopped it early."""
    return stats.get(FINISH_REASON) or "finished"
