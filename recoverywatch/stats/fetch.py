"""Reading the Fingertips API: one bulk CSV per indicator and area type, politely (one request at
a time, a pause between them, Retry-After honoured on 429 and 5xx) and resumably (an address read
within the refresh interval is not read again, so a stopped run carries on where it stopped)."""
import http.client
import logging
import time
import urllib.error
import urllib.parse
import urllib.request

log = logging.getLogger(__name__)


class FetchError(RuntimeError):
    """An address could not be read (after retries)."""


def indicator_urls(api: dict, base_url: str, indicator_id: int) -> list[str]:
    """The bulk CSV addresses for one indicator: one per child area type."""
    return [f"{base_url.rstrip('/')}/{api['path']}?" + urllib.parse.urlencode({
        "indicator_ids": indicator_id, "child_area_type_id": area_type,
        "parent_area_type_id": api["parent_area_type_id"], "include_sortable_time_periods": "yes"})
        for area_type in api["child_area_type_ids"]]


def get(url: str, api: dict, sleep=time.sleep) -> bytes:
    """The body of `url`, whole: a response cut short (fewer bytes than Content-Length) is an
    error, never a partial file. Retries 429/5xx and network errors."""
    req = urllib.request.Request(url, headers={"User-Agent": api["user_agent"], "Accept": "text/csv"})
    for attempt in range(api["retries"] + 1):
        try:
            with urllib.request.urlopen(req, timeout=api["timeout_seconds"]) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            if exc.code != 429 and exc.code < 500 or attempt == api["retries"]:
                raise FetchError(f"{url}: HTTP {exc.code}") from None
            wait = exc.headers.get("Retry-After")
            wait = float(wait) if wait and wait.isdigit() else api["delay_seconds"] * 2 ** (attempt + 1)
            log.warning("%s: HTTP %s, retrying in %.0f s", url, exc.code, wait)
            sleep(min(wait, 300))
        except (urllib.error.URLError, TimeoutError, ConnectionError, http.client.IncompleteRead) as exc:
            if attempt == api["retries"]:
                reason = "the response was cut short" if isinstance(exc, http.client.IncompleteRead) else getattr(exc, "reason", exc)
                raise FetchError(f"{url}: {reason}") from None
            sleep(api["delay_seconds"] * 2 ** (attempt + 1))
    raise FetchError(f"{url}: no answer")  # not reached
