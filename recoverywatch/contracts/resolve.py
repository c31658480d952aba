"""Who the parties of a notice are: the buyer's local authority (as it stood on the award
date, successors followed) and each supplier's treatment provider, from the gazetteers in
recoverywatch.extract (this module sits in the app package because db must not import extract).

Notices write names formally and often in capitals ("CHANGE, GROW, LIVE", "Leeds City Council",
"Change Grow Live Services Limited"): names are compared case-folded with punctuation and
legal-form words dropped, and a supplier's charity number is tried first."""
import csv
import functools
import importlib.resources
import io
import re

from recoverywatch.extract import gazetteer

# Words a council's formal name adds to its everyday one ("Stoke-on-Trent City Council").
COUNCIL_WORDS = r"\b(?:the|city|county|borough|district|metropolitan|royal|london|council|of|corporation)\b"
# Legal forms and charity words a registered name adds ("... Services Limited", "... Charity").
LEGAL_WORDS = r"\b(?:the|limited|ltd|plc|llp|cic|cio|charity|charitable|incorporated|inc|company|services|group|uk)\b"


def _norm(name: str) -> str:
    name = name.casefold().replace("&", " and ").replace("’", "'")
    return " ".join(re.sub(r"[^\w\s]", " ", name.replace("'", "")).split())


def _strip(name: str, words: str) -> str:
    return " ".join(re.sub(words, " ", name).split())


@functools.cache
def _authority_names() -> dict[str, list[str]]:
    names: dict[str, set[str]] = {}
    for la in gazetteer.authorities().values():
        if la.nation != "England":
            continue  # English councils commission through these notices; Welsh/Scottish names would collide
        for name in {la.name, la.official_name, *la.alt_names}:
            for key in {_norm(name), _strip(_norm(name), COUNCIL_WORDS)} - {""}:
                names.setdefault(key, set()).add(la.code)
    return {k: sorted(v) for k, v in names.items()}


def buyer_area(buyer_name: str | None, date: str | None) -> str | None:
    """The mySociety code of the council a buyer name means on `date`, or None."""
    if not buyer_name:
        return None
    table = _authority_names()
    norm = _norm(buyer_name)
    codes = table.get(norm) or table.get(_strip(norm, COUNCIL_WORDS)) or []
    if len(codes) > 1:  # "Durham" the county and a district of old: keep the upper tier
        upper = [c for c in codes if gazetteer.authorities()[c].upper_tier]
        codes = upper if len(upper) == 1 else codes
    if len(codes) != 1:
        return None
    current = gazetteer.as_it_stood(codes[0], date)
    return current[0] if len(current) == 1 else None


@functools.cache
def _provider_names() -> tuple[dict[str, str], dict[str, str]]:
    """(every name as written, normalised; the unambiguous names also without legal-form words).
    A short ambiguous alias ("Forward", "Phoenix") only counts when it is the whole name."""
    exact: dict[str, str] = {}
    loose: dict[str, str] = {}
    for name, provider in gazetteer.provider_names().items():
        exact.setdefault(_norm(name), provider.slug)
        if name not in provider.ambiguous:
            key = _strip(_norm(name), LEGAL_WORDS)
            if key:
                loose.setdefault(key, provider.slug)
    return exact, loose


@functools.cache
def _charity_numbers() -> dict[str, str]:
    text = importlib.resources.files("recoverywatch.extract.data").joinpath("providers.csv").read_text("utf-8")
    return {r["charity_number_ew"]: r["provider_id"] for r in csv.DictReader(io.StringIO(text)) if r["charity_number_ew"]}


def supplier_provider(name: str | None, identifier: str | None = None) -> str | None:
    """The provider slug a supplier is, or None (most suppliers of other services are none)."""
    if identifier and identifier.upper().startswith("GB-CHC-"):
        slug = _charity_numbers().get(identifier[7:].strip())
        if slug:
            return slug
    if not name:
        return None
    exact, loose = _provider_names()
    norm = _norm(name)
    return exact.get(norm) or loose.get(_strip(norm, LEGAL_WORDS))
