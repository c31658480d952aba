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
ARTICLE_PREFIX = "recoverywatch/articles_"
ARTICLES_NEW = ARTICLE_PREFIX + "new"
ARTICLES_UPDATED = ARTICLE_PREFIX + "updated"
ARTICLES_UNCHANGED = ARTICLE_PREFIX + "unchanged"

# --- counted by Scrapy itself ---------------------------------------------------

RESPONSES = "downloader/response_count"
ITEMS_DROPPED = "item_dropped_count"
LOGGED_ERRORS = "log_count/ERROR"
FINISH_REASON = "finish_reason"  # "finished", or "shutdown" when a signal stopped the crawl


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
