"""Reading the Find a Tender and Contracts Finder OCDS APIs: a window of "updated since the
last run" per API, followed page by page through `links.next` (cursor pagination), politely
(one request at a time, a delay between them, Retry-After honoured on 429 and 5xx), and
resumably (the next page's address is saved after each page is stored)."""
import time
import urllib.parse

from recoverywatch import polite_http
from recoverywatch.contracts.ocds import OCDSError, Package, parse_package

FetchError = polite_http.FetchError  # one error for every API reader


def first_page_url(api: dict, since: str, until: str) -> str:
    params = {api["from_param"]: since, api["to_param"]: until, "limit": api["limit"]}
    if api.get("stages"):
        params["stages"] = api["stages"]
    return api["url"] + "?" + urllib.parse.urlencode(params)


def get_page(url: str, settings: dict, sleep=time.sleep) -> Package:
    """One page of an API as a checked Package (recoverywatch.polite_http fetches it)."""
    body = polite_http.get(url, settings, "application/json", sleep)
    try:
        return parse_package(body, url)
    except OCDSError as exc:
        raise FetchError(str(exc)) from None


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
