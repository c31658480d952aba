"""Reading the Find a Tender and Contracts Finder OCDS APIs: a window of "updated since the
last run" per API, followed page by page through `links.next` (cursor pagination), politely
(one request at a time, a delay between them, Retry-After honoured on 429 and 5xx), and
resumably (the next page's address is saved after each page is stored)."""
import logging
import time
import urllib.error
import urllib.parse
import urllib.request

from recoverywatch.contracts.ocds import OCDSError, Package, parse_package

log = logging.getLogger(__name__)


class FetchError(RuntimeError):
    """An API could not be read (after retries)."""


def first_page_url(api: dict, since: str, until: str) -> str:
    params = {api["from_param"]: since, api["to_param"]: until, "limit": api["limit"]}
    if api.get("stages"):
        params["stages"] = api["stages"]
    return api["url"] + "?" + urllib.parse.urlencode(params)


def get_page(url: str, settings: dict, sleep=time.sleep) -> Package:
    """One page of an API as a checked Package; retries on 429/5xx and network errors."""
    req = urllib.request.Request(url, headers={"User-Agent": settings["user_agent"], "Accept": "application/json"})
    for attempt in range(settings["retries"] + 1):
        try:
            with urllib.request.urlopen(req, timeout=settings["timeout_seconds"]) as resp:
                return parse_package(resp.read(), url)
        except urllib.error.HTTPError as exc:
            if exc.code != 429 and exc.code < 500 or attempt == settings["retries"]:
                raise FetchError(f"{url}: HTTP {exc.code}") from None
            wait = exc.headers.get("Retry-After")
            wait = float(wait) if wait and wait.isdigit() else settings["delay_seconds"] * 2 ** (attempt + 1)
            log.warning("%s: HTTP %s, retrying in %.0f s", url, exc.code, wait)
            sleep(min(wait, 300))
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            if attempt == settings["retries"]:
                raise FetchError(f"{url}: {getattr(exc, 'reason', exc)}") from None
            sleep(settings["delay_seconds"] * 2 ** (attempt + 1))
        except OCDSError as exc:
            raise FetchError(str(exc)) from None
    raise FetchError(f"{url}: no answer")  # not reached


def pages(start_url: str, settings: dict, sleep=time.sleep):
    """Each page from `start_url` on, following `links.next` until a page has none (or repeats)."""
    url, seen = start_url, set()
    while url and url not in seen:
        seen.add(url)
        page = get_page(url, settings, sleep)
        yield url, page
        url = page.next_url
        if url:
            sleep(settings["delay_seconds"])
