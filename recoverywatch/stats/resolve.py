"""Which council a Fingertips row is about. Rows name areas by ONS GSS code: the code the
authority has now, or one it had before a boundary change (Gateshead was E08000020 until 2017).
Fingertips also back-calculates series for new councils over years before they existed, and keeps
abolished councils' rows for the years they ran; `responsible` says which council commissioned
treatment for that footprint in the period (the gazetteer's successors and predecessors as they
stood then). The gazetteer lives in recoverywatch.extract, so this module sits in the app package."""
import csv
import functools
import importlib.resources
import io

from recoverywatch.extract import gazetteer
from recoverywatch.stats.indicators import settings


@functools.cache
def _by_gss() -> dict[str, str]:
    """{GSS code: mySociety code}, current codes first, then former ones."""
    table: dict[str, str] = {}
    for la in gazetteer.authorities().values():
        if la.gss_code:
            table[la.gss_code.upper()] = la.code
    text = importlib.resources.files("recoverywatch.extract.data").joinpath("uk_local_authorities.csv").read_text("utf-8")
    for row in csv.DictReader(io.StringIO(text)):
        for old in (row.get("former-gss-codes") or "").split(","):
            if old.strip():
                table.setdefault(old.strip().upper(), row["local-authority-code"])
    return table


def kind(gss_code: str) -> str:
    """england, grouping (a region or NHS area: skipped), council, or unknown."""
    csv_settings = settings()["csv"]
    if gss_code == csv_settings["england"]:
        return "england"
    if gss_code in _by_gss():
        return "council"
    if any(gss_code.startswith(p) for p in csv_settings["grouping_prefixes"]):
        return "grouping"
    return "unknown"


def area(gss_code: str) -> str | None:
    """The mySociety code of the council a GSS code names, or None."""
    return _by_gss().get(gss_code.upper())


def responsible(code: str, period_end: str | None) -> str | None:
    """The council that commissioned treatment for `code`'s footprint at the end of the period
    (public health is an upper-tier duty, so a district's county): the authority itself while it
    existed, its one successor after it was abolished, the one upper-tier body it replaced before
    it existed; None when that is not one council (a county split in two)."""
    found = gazetteer.as_it_stood(code, period_end) if period_end else [code]
    return gazetteer.commissioner(found[0], period_end) if len(found) == 1 else None
