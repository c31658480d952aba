"""Official treatment statistics (table treatment_stats) beside the news on area pages, and the
comparison across areas (/compare).

`compare_count()` is the rule for "the news and the official count differ": a news count of people
in treatment within 5% of OHID's count for the same year (drugs and alcohol together, or either
alone, since articles often give one) agrees; anything else differs. The year is the figure's own
period when it names one ("in 2023/24"); when it names none, the official period the article was
published in, or the one before it (papers report the latest published year), whichever agrees.

Spend per person in treatment takes a year's spend from the official record first (the annual
value of the contracts the council held in the middle of that year) and else from the news (a
yearly budget, spend or contract figure for the area whose period is that year, or published in
it), and divides by the people in treatment that year; each number keeps its source."""
import sqlite3

from recoverywatch.stats.periods import dates
from recoverywatch.web.contracts import annual_of
from recoverywatch.web.numbers import plain
from recoverywatch.web.queries import AREA_FIGURE_IDS, FIRST_MENTION

TOLERANCE = 0.05

# the whole-population rows of an area: Persons (or no sex given), no category breakdown
AREA_STATS = """
    select * from treatment_stats where area_id = :id and coalesce(category_type, '') = ''
      and coalesce(sex, '') in ('', 'Persons') order by indicator_id, period_end, period"""
ENGLAND = """
    select indicator_id, period, value, people_in_treatment from treatment_stats
    where gss_code = 'E92000001' and coalesce(category_type, '') = '' and coalesce(sex, '') in ('', 'Persons')"""
# news figures about an area (its sentence names it, or the article is mainly about it), each
# first mention once, with the mention to link to
NEWS_FIGURES = f"""
    select f.id as figure_id, f.value, f.text, f.sentence, f.period, f.per, f.kind, f.article_id,
           a.title as article_title, a.published, {FIRST_MENTION.format(kind='figure', row='f')} as mention
    from figures f join articles a on a.id = f.article_id and a.duplicate_of is null and a.relevant = 1
    where f.same_as is null and f.id in {AREA_FIGURE_IDS} and {{where}}
    order by a.published {{order}}"""
NEWS_COUNTS = NEWS_FIGURES.format(where="f.unit = 'count' and f.counted = 'people in treatment'", order="asc")
NEWS_SPEND = NEWS_FIGURES.format(where="f.unit = 'GBP' and f.per = 'year' and f.kind in ('funding', 'spend', 'contract value')",
                                 order="desc")
CONTRACTS = "select * from contracts where area_id = :id"
COMPARED_AREAS = """
    select distinct ar.id, ar.code, ar.name from treatment_stats t join areas ar on ar.id = t.area_id order by ar.name"""


async def _rows(db, sql, params=None):
    return [dict(r) for r in (await db.execute(sql, params or {})).rows]


def _close(a: float, b: float | None) -> bool:
    return bool(b) and abs(a - b) <= TOLERANCE * b


def _link(source_url: str | None) -> str | None:
    return source_url if source_url and source_url.startswith(("http://", "https://")) else None


def years_in_treatment(rows: list[dict]) -> dict[str, dict]:
    """{period: {"period", "start", "end", "total", "by_substance": {substance: row}, "only"}} from
    the people-in-treatment rows of one area; `only` names the substances a year's total covers
    when it lacks one that other years have."""
    years: dict[str, dict] = {}
    for r in rows:
        if r["measure"] != "people in treatment" or r["people_in_treatment"] is None:
            continue
        year = years.setdefault(r["period"], {"period": r["period"], "start": r["period_start"], "end": r["period_end"],
                                             "by_substance": {}})
        year["by_substance"][r["substance"]] = r
    every = {s for year in years.values() for s in year["by_substance"]}
    for year in years.values():
        year["total"] = sum(r["people_in_treatment"] for r in year["by_substance"].values())
        # a year that lacks a substance the others have is not the same total: say so
        year["only"] = " and ".join(sorted(year["by_substance"])) if set(year["by_substance"]) != every else None
    return years


def _containing(years: dict[str, dict], when: str) -> dict | None:
    return next((y for y in years.values() if when and y["start"] and y["start"] <= when <= y["end"]), None)


def candidate_years(years: dict[str, dict], label: str | None, published: str | None) -> list[dict]:
    """The official years a news figure may be about, most likely first: its own period's label
    (or the official period holding the middle of it); with no period, the one it was published
    in and the one before."""
    if label in years:
        return [years[label]]
    span = dates(label or "")
    if span:
        start, end = span
        found = _containing(years, start[:4] + "-07-01" if start[:4] == end[:4] else end[:4] + "-01-01")
        return [found] if found else []
    ordered = sorted(years.values(), key=lambda y: y["end"] or "")
    current = _containing(years, (published or "")[:10])
    if current is None:
        return []
    before = ordered.index(current) - 1
    return [current] + ([ordered[before]] if before >= 0 else [])


def _breakdown(year: dict) -> str:
    return ", ".join(f"{plain(r['people_in_treatment'])} for {s}" for s, r in sorted(year["by_substance"].items()))


def compare_count(news: dict, year: dict | None) -> tuple[str, str]:
    """(verdict, sentence) for one news count of people in treatment: agrees, differs, or none
    (no official count for that year)."""
    if year is None:
        return "none", "no official count for that year yet"
    value, total = news["value"], year["total"]
    official = f"OHID's count for {year['period']} is {plain(total)}"
    if len(year["by_substance"]) > 1:
        official += f" ({_breakdown(year)})"
    elif year.get("only"):
        official += f" ({year['only']} only)"
    if _close(value, total):
        return "agrees", f"matches OHID's count for {year['period']} ({plain(total)})"
    for substance, r in year["by_substance"].items():
        if len(year["by_substance"]) > 1 and _close(value, r["people_in_treatment"]):
            return "agrees", f"matches OHID's count for {substance} alone in {year['period']} ({plain(r['people_in_treatment'])})"
    return "differs", f"the article gives {plain(value)}; {official}"


def news_verdict(figure: dict, years: dict[str, dict]) -> tuple[str, str]:
    """The verdict on a news count against the first candidate year it agrees with, else
    against the most likely one."""
    verdicts = [compare_count(figure, year) for year in candidate_years(years, figure["period"], figure["published"])]
    agreeing = [v for v in verdicts if v[0] == "agrees"]
    return (agreeing or verdicts or [compare_count(figure, None)])[0]


async def stats_for(db, area: dict) -> dict | None:
    """The area page's official statistics: each indicator's latest period and trend with the
    England value beside it, and the news counts of people in treatment set against the official
    count for the same year. None for a database from before the statistics."""
    try:
        rows = await _rows(db, AREA_STATS, {"id": area["id"]})
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    england = {(r["indicator_id"], r["period"]): r for r in await _rows(db, ENGLAND)}
    indicators: dict[int, dict] = {}
    for r in rows:
        entry = indicators.setdefault(r["indicator_id"], {"indicator": r["indicator"], "measure": r["measure"],
                                                          "substance": r["substance"], "unit": r["unit"], "series": []})
        r["source_link"] = _link(r["source_url"])
        r["england"] = england.get((r["indicator_id"], r["period"]))
        entry["series"].append(r)
    for entry in indicators.values():
        entry["latest"] = entry["series"][-1]
    years = years_in_treatment(rows)
    news = await _rows(db, NEWS_COUNTS, {"id": area["id"]})
    for f in news:
        f["verdict"], f["note"] = news_verdict(f, years)
    ordered = sorted(indicators.values(), key=lambda e: (e["measure"] != "people in treatment", e["substance"]))
    return {"indicators": ordered, "news": news, "years": sorted(years.values(), key=lambda y: y["end"] or "")}


def _contract_spend(contracts: list[dict], year: dict) -> dict | None:
    """The annual value of the contracts running in the middle of the year, with their notices."""
    start, end = year["start"], year["end"]
    if not (start and end):
        return None
    middle = start[:4] + "-10-01" if start[5:7] == "04" else start[:4] + "-07-01"
    running = [c for c in contracts if annual_of(c) and (c.get("start_date") or c.get("awarded"))
               and (c.get("start_date") or c["awarded"]) <= middle and (not c.get("end_date") or c["end_date"] >= middle)]
    if not running:
        return None
    return {"value": sum(annual_of(c) for c in running), "from": "contract",
            "sources": [{"href": _link(c["source_url"]), "label": c["title"] or c["ocid"]} for c in running]}


def _news_spend(figures: list[dict], year: dict) -> dict | None:
    for f in figures:  # latest first
        same = f["period"] == year["period"] or (f["published"] and year["start"] and year["start"] <= f["published"][:10] <= year["end"])
        if same:
            return {"value": f["value"], "from": "news", "sources": [{
                "href": f"/article/{f['article_id']}" + (f"#m{f['mention']}" if f["mention"] else ""), "label": f"{f['article_title'] or 'article'} ({f['published'] or 'undated'}): “{f['sentence'] or f['text']}”"}]}
    return None


PERIODS = """select distinct period, period_end from treatment_stats
               where measure = 'people in treatment' and area_id is not null order by period_end desc"""


async def comparison(db, period: str | None = None) -> dict:
    """{"rows", "periods", "period"}: one row per council with official statistics, for the
    chosen period of people in treatment (each council's latest when none is chosen): people in
    treatment by substance and in all, the latest completion rates up to then, and spend per
    person in treatment where a year's spend is known for that council and year. Every number
    carries its source."""
    try:
        areas = await _rows(db, COMPARED_AREAS)
        periods = [r["period"] for r in await _rows(db, PERIODS)]
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return {"rows": [], "periods": [], "period": None}
        raise
    period = period if period in periods else None
    out = []
    for area in areas:
        rows = await _rows(db, AREA_STATS, {"id": area["id"]})
        years = years_in_treatment(rows)
        year = years.get(period) if period else max(years.values(), key=lambda y: y["end"] or "", default=None)
        completions = {}
        for r in rows:  # ordered by period: the last one up to the chosen year wins
            if r["measure"] == "completion rate" and r["value"] is not None and (
                    not year or not r["period_end"] or not year["end"] or r["period_end"] <= year["end"]):
                completions[r["substance"]] = {**r, "source_link": _link(r["source_url"])}
        if year is None and (period or not completions):
            continue  # nothing for that year, or only suppressed numbers (a small district)
        spend = None
        if year:
            try:
                contracts = await _rows(db, CONTRACTS, {"id": area["id"]})
            except sqlite3.OperationalError:
                contracts = []
            spend = _contract_spend(contracts, year) or _news_spend(await _rows(db, NEWS_SPEND, {"id": area["id"]}), year)
            for r in year["by_substance"].values():
                r["source_link"] = _link(r["source_url"])
        per_person = round(spend["value"] / year["total"]) if spend and year and year["total"] else None
        out.append({"area": area, "year": year, "completions": completions, "spend": spend, "per_person": per_person})
    return {"rows": out, "periods": periods, "period": period}


