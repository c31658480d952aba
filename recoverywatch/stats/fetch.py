"""Reading the Fingertips API: one bulk CSV per indicator and area type, politely (one request at
a time, a pause between them, Retry-After honoured on 429 and 5xx) and resumably (an address read
within the refresh interval is not read again, so a stopped run carries on where it stopped)."""
import time
import urllib.parse

from recoverywatch import polite_http

FetchError = polite_http.FetchError  # one error for every API reader


def indicator_urls(api: dict, base_url: str, indicator_id: int) -> list[str]:
    """The bulk CSV addresses for one indicator: one per child area type."""
    return [f"{base_url.rstrip('/')}/{api['path']}?" + urllib.parse.urlencode({
        "indicator_ids": indicator_id, "child_area_type_id": area_type,
        "parent_area_type_id": api["parent_area_type_id"], "include_sortable_time_periods": "yes"})
        for area_type in api["child_area_type_ids"]]


def get(url: str, api: dict, sleep=time.sleep) -> bytes:
    """One bulk CSV, whole (recoverywatch.polite_http)."""
    return polite_http.get(url, api, "text/csv", sleep)
