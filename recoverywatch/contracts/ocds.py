"""Reading OCDS: release packages, record packages and single releases, from files or URLs;
checking their shape; compiling each contracting process's releases into one contract record
with its notice history.

Compiling follows the standard's merge rules (ocdsmerge, given no schema so it never goes to
the network: identifier merge for arrays of objects with `id`, which is what notices use)."""
import json
import logging
import pathlib
import urllib.request
from dataclasses import dataclass, field

import ocdsmerge

from recoverywatch.contracts import rules as rules_mod

log = logging.getLogger(__name__)


class OCDSError(ValueError):
    """Input that is not OCDS in a shape this importer reads."""


@dataclass
class Package:
    source: str               # file path or URL it was read from
    releases: list[dict]
    uri: str | None = None
    next_url: str | None = None  # `links.next` of an API page


def read_source(source: str, timeout: float = 30, user_agent: str | None = None) -> list[Package]:
    """Every package in a file, a directory of .json files, or a URL."""
    if source.startswith(("http://", "https://")):
        req = urllib.request.Request(source, headers={"User-Agent": user_agent or rules_mod.rules()["fetch"]["user_agent"],
                                                      "Accept": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                body = resp.read()
        except OSError as exc:
            raise OCDSError(f"{source}: cannot fetch: {exc}") from None
        return [parse_package(body, source)]
    path = pathlib.Path(source)
    if path.is_dir():
        files = sorted(path.glob("*.json"))
        if not files:
            raise OCDSError(f"{source}: no .json files in this directory")
        return [parse_package(f.read_bytes(), str(f)) for f in files]
    try:
        return [parse_package(path.read_bytes(), source)]
    except OSError as exc:
        raise OCDSError(f"{source}: cannot read: {exc.strerror or exc}") from None


def parse_package(body: bytes | str, source: str) -> Package:
    """A release package, a record package or one release, checked; OCDSError names what is wrong."""
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise OCDSError(f"{source}: not JSON ({exc})") from None
    if not isinstance(data, dict):
        raise OCDSError(f"{source}: expected a JSON object (an OCDS package or release), got {type(data).__name__}")
    links = data.get("links") if isinstance(data.get("links"), dict) else {}
    if "releases" in data:
        if not isinstance(data["releases"], list):
            raise OCDSError(f"{source}: `releases` is not a list")
        releases = data["releases"]
    elif "records" in data:
        if not isinstance(data["records"], list):
            raise OCDSError(f"{source}: `records` is not a list")
        releases = [r for i, rec in enumerate(data["records"]) for r in _record_releases(rec, f"{source}: records[{i}]")]
    elif "ocid" in data and "tag" in data:
        releases = [data]
    else:
        raise OCDSError(f"{source}: neither a release package (`releases`), a record package (`records`) nor a release")
    for i, release in enumerate(releases):
        _check_release(release, f"{source}: release {i}")
    return Package(source=source, releases=releases, uri=data.get("uri"), next_url=links.get("next"))


def _record_releases(record, where: str) -> list[dict]:
    if not isinstance(record, dict) or not isinstance(record.get("ocid"), str):
        raise OCDSError(f"{where}: a record needs an `ocid`")
    embedded = [r for r in record.get("releases") or [] if isinstance(r, dict) and "tag" in r and "id" in r]
    if embedded:
        return embedded
    if isinstance(record.get("compiledRelease"), dict):
        return [record["compiledRelease"]]  # linked releases only: the compiled one is what we have
    raise OCDSError(f"{where}: no embedded releases and no compiledRelease")


def _check_release(release, where: str) -> None:
    if not isinstance(release, dict):
        raise OCDSError(f"{where}: not an object")
    for key in ("ocid", "id", "date"):
        if not isinstance(release.get(key), str) or not release[key]:
            raise OCDSError(f"{where}: missing `{key}`")
    if not isinstance(release.get("tag"), list):
        raise OCDSError(f"{where} ({release['ocid']}): `tag` must be a list")
    for section in ("awards", "contracts", "parties"):
        if section in release and not isinstance(release[section], list):
            raise OCDSError(f"{where} ({release['ocid']}): `{section}` must be a list")
    for section in ("tender", "buyer"):
        if section in release and not isinstance(release[section], dict):
            raise OCDSError(f"{where} ({release['ocid']}): `{section}` must be an object")


# --- compiling ----------------------------------------------------------------------------

@dataclass
class Contract:
    ocid: str
    title: str | None
    description: str | None
    buyer_name: str | None
    status: str
    awarded: str | None
    start_date: str | None
    end_date: str | None
    value: float | None
    value_period: str
    annual_value: float | None
    cpv_codes: list[str]
    source_url: str | None
    last_notice: str
    notices: list[dict] = field(default_factory=list)
    suppliers: list[dict] = field(default_factory=list)
    words: str = ""  # title, description, lots, items, awards: where relevance terms are looked for


def _day(value) -> str | None:
    return value[:10] if isinstance(value, str) and len(value) >= 10 else None


def _amount(value) -> float | None:
    if not isinstance(value, dict) or value.get("currency", "GBP") != "GBP":
        return None  # a value in another currency is not summed with pounds
    try:
        return float(value["amount"])
    except (KeyError, TypeError, ValueError):
        return None


def _live(items):
    return [x for x in items or [] if isinstance(x, dict) and x.get("status") not in ("cancelled", "unsuccessful")]


def contract_value(compiled: dict) -> float | None:
    """The contract's value (after modifications) when contracts are given, else the awards' total."""
    for section in ("contracts", "awards"):
        amounts = [a for a in (_amount(x.get("value")) for x in _live(compiled.get(section))) if a is not None]
        if amounts:
            return sum(amounts)
    return None


def _period(compiled: dict) -> tuple[str | None, str | None]:
    periods = [x.get("period") for x in _live(compiled.get("contracts"))] or \
              [x.get("contractPeriod") for x in _live(compiled.get("awards"))]
    periods = [p for p in periods if isinstance(p, dict)]
    starts = [d for d in (_day(p.get("startDate")) for p in periods) if d]
    ends = [d for d in (_day(p.get("endDate")) for p in periods) if d]
    return (min(starts) if starts else None, max(ends) if ends else None)


def _status(compiled: dict) -> str:
    contracts = compiled.get("contracts") or []
    awards = compiled.get("awards") or []
    statuses = {c.get("status") for c in contracts if isinstance(c, dict)}
    if "terminated" in statuses and "active" not in statuses:
        return "terminated"
    if "active" in statuses:
        return "active"
    award_statuses = {a.get("status") for a in awards if isinstance(a, dict)}
    if award_statuses & {"active", "pending", None} and awards:
        return "awarded"
    if "unsuccessful" in award_statuses:
        return "unsuccessful"
    tender = compiled.get("tender") or {}
    if tender.get("status") in ("cancelled", "withdrawn"):
        return "cancelled"
    return "tender" if tender else "planned"


def _cpv_codes(compiled: dict) -> list[str]:
    tender = compiled.get("tender") or {}
    found = []
    classes = [tender.get("classification"), *(tender.get("additionalClassifications") or [])]
    for item in tender.get("items") or []:
        if isinstance(item, dict):
            classes += [item.get("classification"), *(item.get("additionalClassifications") or [])]
    for c in classes:
        if isinstance(c, dict) and str(c.get("scheme", "")).upper() == "CPV" and c.get("id"):
            code = str(c["id"]).split("-")[0]
            if code not in found:
                found.append(code)
    return found


def _words(compiled: dict) -> str:
    """Title, description and the lots', items' and awards' words: where relevance terms appear."""
    tender = compiled.get("tender") or {}
    parts = [tender.get("title"), tender.get("description")]
    for section in (tender.get("lots"), tender.get("items"), compiled.get("awards"), compiled.get("contracts")):
        for x in section or []:
            if isinstance(x, dict):
                parts += [x.get("title"), x.get("description")]
    return " ".join(p for p in parts if isinstance(p, str))


def _suppliers(compiled: dict) -> list[dict]:
    parties = {p.get("id"): p for p in compiled.get("parties") or [] if isinstance(p, dict)}
    found: dict[str, dict] = {}
    for award in _live(compiled.get("awards")):
        named = [s for s in award.get("suppliers") or [] if isinstance(s, dict)]
        amount = _amount(award.get("value"))
        for s in named:
            party = parties.get(s.get("id"), {})
            name = (s.get("name") or party.get("name") or "").strip()
            if not name:
                continue
            ident = party.get("identifier") or {}
            identifier = f"{ident['scheme']}-{ident['id']}" if ident.get("scheme") and ident.get("id") else None
            row = found.setdefault(name, {"supplier_name": name, "identifier": identifier, "award_value": None})
            row["identifier"] = row["identifier"] or identifier
            if amount is not None and len(named) == 1:  # an award shared by several has no per-supplier value
                row["award_value"] = (row["award_value"] or 0) + amount
    return list(found.values())


def _buyer(compiled: dict) -> str | None:
    buyer = compiled.get("buyer") or {}
    if buyer.get("name"):
        return buyer["name"].strip()
    for p in compiled.get("parties") or []:
        if isinstance(p, dict) and "buyer" in (p.get("roles") or []) and p.get("name"):
            return p["name"].strip()
    return None


def _notice_url(release: dict) -> str | None:
    """The public notice page a release links to, when it does."""
    sections = [release.get("tender"), *(release.get("awards") or []), *(release.get("contracts") or [])]
    for section in (s for s in sections if isinstance(s, dict)):
        for doc in section.get("documents") or []:
            if isinstance(doc, dict) and str(doc.get("documentType", "")).endswith("Notice") and doc.get("url"):
                return doc["url"]
    return None


def _kind(tags: set[str], end_before: str | None, end_after: str | None) -> str:
    amend = rules_mod.rules()["amendment"]
    if tags & set(amend["termination_tags"]):
        return "termination"
    if tags & set(amend["tags"]):
        return "extension" if end_before and end_after and end_after > end_before else "modification"
    for tag in ("contract", "award", "tender", "planning"):
        if tag in tags:
            return tag
    return "update"


def compile_contracts(packages: list[Package], end_dates: dict[str, str] | None = None) -> list[Contract]:
    """One Contract per ocid across all packages, from its releases oldest first (a release
    seen twice counts once). `end_dates` gives the stored end date of processes seen before, so
    an amendment read on its own is still known for an extension."""
    merger = ocdsmerge.Merger(merge_rules={})
    by_ocid: dict[str, dict[str, tuple[dict, str]]] = {}
    for package in packages:
        for release in package.releases:
            by_ocid.setdefault(release["ocid"], {})[release["id"]] = (release, package.uri or package.source)
    contracts = []
    for ocid, seen in by_ocid.items():
        ordered = sorted(seen.values(), key=lambda rs: (rs[0]["date"], rs[0]["id"]))
        notices, prefix, compiled, end_before = [], [], {}, (end_dates or {}).get(ocid)
        for release, where in ordered:
            prefix.append(release)
            compiled = merger.create_compiled_release(prefix)
            end_after = _period(compiled)[1]
            amendment = next((a for c in release.get("contracts") or [] if isinstance(c, dict)
                              for a in c.get("amendments") or [] if isinstance(a, dict)), {})
            notices.append({"release_id": release["id"], "date": _day(release["date"]),
                            "tags": ",".join(release["tag"]), "kind": _kind(set(release["tag"]), end_before, end_after),
                            "value": contract_value(compiled), "end_date": end_after,
                            "rationale": amendment.get("rationale") or amendment.get("description"),
                            "source_url": _notice_url(release) or where})
            end_before = end_after
        tender = compiled.get("tender") or {}
        awards = _live(compiled.get("awards"))
        award_dates = [d for d in (_day(a.get("date")) for a in awards) if d]
        if not award_dates:
            award_dates = [n["date"] for n in notices if n["kind"] == "award"]
        start, end = _period(compiled)
        words = _words(compiled)
        annual = rules_mod.annual_value(words)
        contracts.append(Contract(
            ocid=ocid, title=tender.get("title") or next((a.get("title") for a in awards if a.get("title")), None),
            description=tender.get("description"), buyer_name=_buyer(compiled), status=_status(compiled),
            awarded=min(award_dates) if award_dates else None, start_date=start, end_date=end,
            value=contract_value(compiled), value_period="year" if annual else "total", annual_value=annual,
            cpv_codes=_cpv_codes(compiled), source_url=next((n["source_url"] for n in reversed(notices) if n["source_url"]), None),
            last_notice=notices[-1]["date"], notices=notices, suppliers=_suppliers(compiled), words=words))
    return contracts


def is_relevant(contract: Contract) -> bool:
    return rules_mod.is_relevant(contract.words, contract.cpv_codes)
