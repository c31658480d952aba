"""The official record beside the news on area and provider pages: contracts from procurement
notices (tables contracts, contract_suppliers, contract_notices), each with its notice history,
and the newspapers' contract figures for the same area set against the contract's value.

`compare()` is the rule for "the news and the notice disagree": a figure within 5% of the
contract's total (before or after a modification) agrees; one within 5% of a year's value
(the annual value the notice states, else the total over the contract's years) is a year's value,
and is flagged when the article does not say it is per year; anything else differs."""
import datetime
import sqlite3

TOLERANCE = 0.05
NEWS_WINDOW_YEARS = 2  # news about a contract runs from the tender before the award to its end

CONTRACTS_SQL = """
    select c.*, ar.code as area_code, ar.name as area_name from contracts c left join areas ar on ar.id = c.area_id
    where {where} order by coalesce(c.awarded, c.start_date, c.last_notice), c.id"""


def _close(a: float, b: float | None) -> bool:
    return bool(b) and abs(a - b) <= TOLERANCE * b


def _years(start: str | None, end: str | None) -> float | None:
    if not (start and end):
        return None
    days = (datetime.date.fromisoformat(end) - datetime.date.fromisoformat(start)).days + 1
    return round(days / 365.25, 1) if days > 0 else None


def _gbp(value: float) -> str:
    return f"£{value / 1e6:,.1f}m" if value >= 1e6 else f"£{value:,.0f}"


def annual_of(contract: dict) -> float | None:
    if contract.get("annual_value"):
        return contract["annual_value"]
    years = _years(contract.get("start_date"), contract.get("end_date"))
    return contract["value"] / years if contract.get("value") and years and years >= 1.5 else None


def in_window(contract: dict, published: str | None) -> bool:
    anchor = contract.get("awarded") or contract.get("start_date") or contract.get("last_notice")
    if not (anchor and published):
        return False
    start = datetime.date.fromisoformat(anchor[:10]).replace(day=1)
    start = start.replace(year=start.year - NEWS_WINDOW_YEARS)
    end = contract.get("end_date") or f"{int(anchor[:4]) + NEWS_WINDOW_YEARS + 3}{anchor[4:10]}"
    return start.isoformat() <= published[:10] <= end


def compare(contract: dict, figure: dict, totals: list[float]) -> tuple[str, str]:
    """(verdict, sentence) for one news figure: agrees, year (a year's value given as the
    whole), or differs."""
    value, stated = figure["value"], contract.get("value")
    if any(_close(value, t) for t in totals):
        return "agrees", "matches the contract value in the notices"
    annual = annual_of(contract)
    if annual and _close(value, annual):
        if figure.get("per") == "year":
            return "agrees", "a year's value, as the notice gives it"
        years = _years(contract.get("start_date"), contract.get("end_date"))
        over = f" over {years:g} years" if years else ""
        return "year", (f"the article gives {_gbp(value)} as the contract's value, but that is one year's value; "
                        f"the official record gives {_gbp(stated)}{over}") if stated else "one year's value"
    if not stated:
        return "agrees", "the notice gives no value to compare"
    return "differs", f"the article gives {_gbp(value)}; the official record gives {_gbp(stated)}"


def as_of(contract: dict, date: str) -> dict:
    """The contract as its notices stood on `date` (an article from before an extension is
    compared with the value and period then)."""
    earlier = [n for n in contract.get("history", []) if n["date"] and n["date"] <= date[:10] and n["value"]]
    if not earlier:
        return contract
    last = earlier[-1]
    return {**contract, "value": last["value"], "end_date": last["end_date"] or contract.get("end_date")}


async def _rows(db, sql, params):
    return [dict(r) for r in (await db.execute(sql, params)).rows]


async def contracts_for(db, *, area_id: int | None = None, provider_id: int | None = None) -> list[dict]:
    """Contracts for an area (its council bought them) or a provider (it is a supplier), oldest
    first, each with suppliers, history and the news figures set against it."""
    if area_id is not None:
        where, params = "c.area_id = :id", {"id": area_id}
    else:
        where, params = "c.id in (select contract_id from contract_suppliers where provider_id = :id)", {"id": provider_id}
    try:
        contracts = await _rows(db, CONTRACTS_SQL.format(where=where), params)
    except sqlite3.OperationalError as exc:  # a database from before the contracts tables: nothing to show
        if "no such table" in str(exc):
            return []
        raise
    for c in contracts:
        c["suppliers"] = await _rows(db, "select s.*, p.slug, p.name as provider_name from contract_suppliers s "
                                         "left join providers p on p.id = s.provider_id where s.contract_id = :id order by s.id",
                                     {"id": c["id"]})
        c["history"] = await _rows(db, "select * from contract_notices where contract_id = :id order by date, id", {"id": c["id"]})
        c["years"] = _years(c["start_date"], c["end_date"])
        totals = [t for t in {c["value"], *(n["value"] for n in c["history"])} if t]
        figures = await _rows(db, "select figure_id, value, text, sentence, per, article_id, article_title, published "
                                  "from figures_by_area where area_code = :code and unit = 'GBP' and kind = 'contract value' "
                                  "order by published", {"code": c["area_code"]}) if c["area_code"] else []
        c["news"] = []
        for f in figures:
            if in_window(c, f["published"]):
                f["verdict"], f["note"] = compare(as_of(c, f["published"]), f, totals)
                c["news"].append(f)
    return contracts
