"""One polite GET for the importers that read public APIs (`contracts`, `stats`): one request at
a time, Retry-After honoured on 429 and 5xx, exponential pauses after network errors, and a body
that is whole or an error (a response cut short never becomes a partial file)."""
import http.client
import logging
import time
import urllib.error
import urllib.request

log = logging.getLogger(__name__)


class FetchError(RuntimeError):
    """An address could not be read (after retries)."""


def get(url: str, settings: dict, accept: str, sleep=time.sleep) -> bytes:
    """The body of `url`. `settings` gives user_agent, retries, timeout_seconds and
    delay_seconds (the importers' data files)."""
    req = urllib.request.Request(url, headers={"User-Agent": settings["user_agent"], "Accept": accept})
    for attempt in range(settings["retries"] + 1):
        pause = settings["delay_seconds"] * 2 ** (attempt + 1)
        try:
            with urllib.request.urlopen(req, timeout=settings["timeout_seconds"]) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            if exc.code != 429 and exc.code < 500 or attempt == settings["retries"]:
                raise FetchError(f"{url}: HTTP {exc.code}") from None
            wait = exc.headers.get("Retry-After")
            wait = float(wait) if wait and wait.isdigit() else pause
            log.warning("%s: HTTP %s, retrying in %.0f s", url, exc.code, wait)
            sleep(min(wait, 300))
        except (urllib.error.URLError, TimeoutError, ConnectionError, http.client.IncompleteRead) as exc:
            if attempt == settings["retries"]:
                reason = ("the response was cut short" if isinstance(exc, http.client.IncompleteRead)
                          else getattr(exc, "reason", exc))
                raise FetchError(f"{url}: {reason}") from None
            sleep(pause)
    raise FetchError(f"{url}: no answer")  # not reached
