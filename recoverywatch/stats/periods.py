"""Fingertips time periods as dates. Labels are written the way OHID publishes them:
"2023" (a calendar year), "2023/24" (a financial year, April to March), "2021 - 23" (calendar
years), "2020/21 - 22/23" (financial years), "2023/24 Q2" (a quarter of a financial year),
"2023 Q2" (of a calendar year) and "Jan 2024" / "2024 Jan" (a month)."""
import calendar
import datetime
import re

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_YEAR = r"(?P<y>(?:19|20)\d\d)"


def _century(first: int, short: str) -> int:
    """The full year a two-digit end year means after `first` ("23" after 2021 is 2023)."""
    year = first - first % 100 + int(short)
    return year + 100 if year < first else year


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _quarter(year: int, q: int, financial: bool) -> tuple[datetime.date, datetime.date]:
    first = (3 * (q - 1) + (4 if financial else 1) - 1) % 12 + 1
    year = year + 1 if financial and q == 4 else year
    return datetime.date(year, first, 1), _month_end(year, first + 2)


def dates(label: str) -> tuple[str, str] | None:
    """(first day, last day) as ISO dates, or None for a label of another shape."""
    text = " ".join((label or "").split())
    m = re.fullmatch(_YEAR, text)
    if m:
        y = int(m["y"])
        return f"{y}-01-01", f"{y}-12-31"
    m = re.fullmatch(_YEAR + r"/(?P<e>\d\d)", text)
    if m:
        y = int(m["y"])
        return f"{y}-04-01", f"{_century(y, m['e'])}-03-31"
    m = re.fullmatch(_YEAR + r" ?- ?(?P<e>\d\d|\d{4})", text)
    if m:
        y = int(m["y"])
        end = int(m["e"]) if len(m["e"]) == 4 else _century(y, m["e"])
        return f"{y}-01-01", f"{end}-12-31"
    m = re.fullmatch(_YEAR + r"/\d\d ?- ?(?P<e1>\d\d)/(?P<e2>\d\d)", text)
    if m:
        y = int(m["y"])
        return f"{y}-04-01", f"{_century(y, m['e2'])}-03-31"
    m = re.fullmatch(_YEAR + r"(?P<fy>/\d\d)? Q(?P<q>[1-4])", text)
    if m:
        start, end = _quarter(int(m["y"]), int(m["q"]), bool(m["fy"]))
        return start.isoformat(), end.isoformat()
    m = re.fullmatch(r"(?P<m>[A-Za-z]{3})[a-z]* " + _YEAR, text) or re.fullmatch(_YEAR + r" (?P<m>[A-Za-z]{3})[a-z]*", text)
    if m and m["m"].lower() in _MONTHS:
        y, month = int(m["y"]), _MONTHS[m["m"].lower()]
        return f"{y}-{month:02d}-01", _month_end(y, month).isoformat()
    return None
