"""Reading a Fingertips bulk CSV (`/api/all_data/csv/by_indicator_id`, `…/by_profile_id`, or the
"Export table" download) into checked rows. Columns are read by name (the export has gained and
renamed columns over the years). A file is read whole before anything is stored, so a malformed
one raises StatsError naming the file, the line and the problem, and nothing of it is written.

OHID's client (fingertips_py) and pandas.read_csv were tried and not used: read_csv takes a file
cut mid-row as a complete one (the missing cells become NaN) and turns a column with one word in
it into text, and the client offers no way to point it at another address and retries without
TLS verification; the standard csv module in strict mode lets this reader say what is wrong."""
import csv
import io
import math
from dataclasses import dataclass

from recoverywatch.stats import periods
from recoverywatch.stats.indicators import indicators, settings


class StatsError(ValueError):
    """A statistics file that cannot be imported (its name, the line and the problem)."""


@dataclass
class StatRow:
    indicator_id: int
    indicator_name: str
    area_code: str
    area_name: str
    area_type: str
    sex: str
    age: str
    category_type: str
    category: str
    period: str
    period_start: str | None
    period_end: str | None
    value: float | None
    lower_ci: float | None
    upper_ci: float | None
    count: float | None
    denominator: float | None
    value_note: str
    line: int


def _number(cell: str | None, column: str, where: str) -> float | None:
    text = (cell or "").strip().replace(",", "")
    if text in settings()["csv"]["suppressed"]:
        return None
    try:
        number = float(text)
    except ValueError:
        raise StatsError(f"{where}: {column} is not a number: {cell!r}") from None
    if not math.isfinite(number):
        raise StatsError(f"{where}: {column} is not a number: {cell!r}")
    return number


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # an export re-saved by a spreadsheet


def read_csv(data: bytes, name: str) -> tuple[list[StatRow], int]:
    """(the rows of the indicators in the data file, how many rows of other indicators were left
    out); StatsError for a file
    that is empty, lacks a required column, is cut short, or has a non-number where a number
    belongs. Suppressed numbers ("*", blank) are None."""
    text = _decode(data)
    if not text.strip():
        raise StatsError(f"{name}: empty file")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        # some Fingertips bulk downloads write the first column as "~Indicator ID"
        header = [h.strip().lstrip("~") for h in next(reader)]
        records = list(reader)
    except csv.Error as exc:
        raise StatsError(f"{name}: line {reader.line_num}: not CSV ({exc}); the file may be cut short") from None
    missing = [c for c in settings()["csv"]["required"] if c not in header]
    if missing:
        raise StatsError(f"{name}: not a Fingertips data file: missing column(s) {', '.join(missing)}")
    col = {h: i for i, h in reversed(list(enumerate(header)))}
    wanted = indicators()
    rows, others = [], 0
    for n, record in enumerate(records, start=2):
        if not any(cell.strip() for cell in record):
            continue
        where = f"{name}: line {n}"
        if len(record) != len(header):
            last = n == len(records) + 1
            if last and (len(record) < len(header) or not text.endswith(("\n", "\r"))):
                raise StatsError(f"{where}: the file is cut short ({len(record)} of {len(header)} columns)")
            raise StatsError(f"{where}: {len(record)} columns where the header has {len(header)}")

        def cell(column: str) -> str:
            return record[col[column]].strip() if column in col else ""
        try:
            indicator_id = int(cell("Indicator ID"))
        except ValueError:
            raise StatsError(f"{where}: Indicator ID is not a number: {cell('Indicator ID')!r}") from None
        if indicator_id not in wanted:
            others += 1
            continue
        label = cell("Time period")
        if not label:
            raise StatsError(f"{where}: no Time period")
        span = periods.dates(label)
        rows.append(StatRow(
            indicator_id=indicator_id, indicator_name=cell("Indicator Name") or wanted[indicator_id]["name"],
            area_code=cell("Area Code").upper(), area_name=cell("Area Name"), area_type=cell("Area Type"),
            sex=cell("Sex"), age=cell("Age"), category_type=cell("Category Type"), category=cell("Category"),
            period=label, period_start=span[0] if span else None, period_end=span[1] if span else None,
            value=_number(cell("Value"), "Value", where),
            lower_ci=_number(cell("Lower CI 95.0 limit"), "Lower CI 95.0 limit", where),
            upper_ci=_number(cell("Upper CI 95.0 limit"), "Upper CI 95.0 limit", where),
            count=_number(cell("Count"), "Count", where), denominator=_number(cell("Denominator"), "Denominator", where),
            value_note=cell("Value note"), line=n))
    return rows, others
