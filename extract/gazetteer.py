"""Reference data loaded from extract/data (local authorities, places, providers)."""
import csv
import functools
import importlib.resources
import io
import re
from dataclasses import dataclass, field


def _rows(name):
    text = importlib.resources.files("recoverywatch.extract.data").joinpath(name).read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@dataclass
class Authority:
    code: str
    name: str
    official_name: str
    gss_code: str
    type: str
    type_name: str
    nation: str
    region: str
    county_code: str | None
    start_date: str | None
    end_date: str | None
    successors: list[str]
    population: float
    lat: float | None = None
    lon: float | None = None
    alt_names: list[str] = field(default_factory=list)

    @property
    def upper_tier(self) -> bool:
        return self.type in ("CTY", "UA", "MD", "LBO", "CC", "SCO", "WPA", "NID")

    def alive_on(self, date: str | None) -> bool:
        if not date:
            return not self.end_date
        return (not self.start_date or self.start_date <= date) and (not self.end_date or date < self.end_date)

    def row(self) -> dict:
        """The `areas` table row."""
        return {
            "code": self.code, "name": self.name, "gss_code": self.gss_code, "type": self.type,
            "type_name": self.type_name, "nation": self.nation, "region": self.region,
            "county_code": self.county_code, "start_date": self.start_date, "end_date": self.end_date,
            "successor_codes": ",".join(self.successors) or None, "lat": self.lat, "lon": self.lon,
        }


@functools.cache
def authorities() -> dict[str, Authority]:
    centroids = {r["local-authority-code"]: r for r in _rows("la_centroids_checked.csv")}
    result = {}
    for r in _rows("uk_local_authorities.csv"):
        if r["local-authority-type"] == "COMB":
            continue  # combined authorities do not commission treatment
        c = centroids.get(r["local-authority-code"], {})
        result[r["local-authority-code"]] = Authority(
            code=r["local-authority-code"], name=r["nice-name"], official_name=r["official-name"],
            gss_code=r["gss-code"], type=r["local-authority-type"], type_name=r["local-authority-type-name"],
            nation=r["nation"], region=r["region"], county_code=r["county-la"] or None,
            start_date=r["start-date"] or None, end_date=r["end-date"] or None,
            successors=[s for s in r["replaced-by"].split(",") if s],
            population=float(r["pop-2020"] or 0),
            lat=float(c["best_lat"]) if c.get("best_lat") else None,
            lon=float(c["best_long"]) if c.get("best_long") else None,
            alt_names=[a.strip() for a in r["alt-names"].split(",") if a.strip()],
        )
    return result


def as_it_stood(code: str, date: str | None) -> list[str]:
    """The authority a name for `code` meant on `date`: itself while it existed; after its
    abolition its one successor (Bournemouth in 2020 -> Bournemouth, Christchurch and Poole), or
    nothing when it was split (Northamptonshire in 2022 is only a ceremonial county); before it was
    created, the one upper-tier body it replaced ("Dorset" in 2018 -> Dorset County Council)."""
    las = authorities()
    la = las[code]
    if not date or la.alive_on(date):
        return [code]
    if la.end_date and date >= la.end_date:
        for _ in range(4):
            if len(la.successors) != 1 or la.successors[0] not in las:
                return []
            la = las[la.successors[0]]
            if la.alive_on(date):
                return [la.code]
        return []
    before = [p.code for p in las.values() if code in p.successors and p.upper_tier and p.alive_on(date)]
    return before if len(before) == 1 else []


def commissioner(code: str, date: str | None) -> str:
    """The upper-tier (public health) authority for `code` on `date`."""
    las = authorities()
    la = las[code]
    for _ in range(4):  # follow at most a few reorganisations
        if not la.alive_on(date) and date and la.end_date and date >= la.end_date and len(la.successors) == 1:
            la = las.get(la.successors[0], la)
            continue
        if not la.upper_tier and la.county_code in las:
            county = las[la.county_code]
            if county.alive_on(date) or not date:
                return county.code
            return la.successors[0] if len(la.successors) == 1 else county.code
        return la.code
    return la.code


def upper_of(place, date: str | None) -> str:
    """The upper-tier authority a place's treatment is commissioned by on `date`: through its council
    as it stood then where the reference data has that council, else today's."""
    return commissioner(place.lower, date) if place.lower in authorities() else place.current_upper


@dataclass(frozen=True)
class Place:
    name: str
    local_type: str
    country: str
    lower: str
    upper: str
    current_lower: str
    current_upper: str
    lat: float | None = None
    lon: float | None = None


PLACE_RANK = {"City": 3, "Town": 2, "Suburban Area": 1, "Village": 0}


SEASIDE = re.compile(r"(.+?)[- ](?:on|by)[- ]Sea")
RIVER_TOWN = re.compile(r"([A-Z][a-z]+)-(?:on|upon|in|under)-([A-Z][a-z]+)")
# "the Leeds-based charity": a place joined to one of these describes an organisation
BASED_WORDS = r"(?:based|born|founded|registered|headquartered)"


@functools.cache
def places() -> dict[str, list[Place]]:
    result = {}
    for r in _rows("places.csv"):
        place = Place(r["name"], r["local_type"], r["country"], r["lower_tier_code"], r["upper_tier_code"],
                      r["current_lower_tier_code"], r["current_upper_tier_code"],
                      float(r["lat"]) if r["lat"] else None, float(r["lon"]) if r["lon"] else None)
        for name in {r["name"], r["name_alt"]} - {""}:
            result.setdefault(name, []).append(place)
    # "Gorleston", "Clacton": a seaside town goes by its name without "-on-Sea" where no other place has it
    for name, found in list(result.items()):
        stem = SEASIDE.fullmatch(name)
        if stem and stem.group(1) not in result and len(found) == 1:
            result[stem.group(1)] = found
    # "Thornaby" for Thornaby-on-Tees: a town named for its river, by the name it goes by
    for r in _rows("town_short_names.csv"):
        result.setdefault(r["short_name"], result[r["place_name"]])
    return result


@functools.cache
def qualified_towns() -> dict[str, list[tuple[str, Place]]]:
    """{"Barton": [("Humber", Barton-upon-Humber)]}: towns named for their river or district, by the
    name they go by for short, with the word that qualifies it."""
    out = {}
    for name, found in places().items():
        m = RIVER_TOWN.fullmatch(name)
        if m and len(found) == 1 and found[0].local_type in ("Town", "City") and m.group(2) != "Sea":
            out.setdefault(m.group(1), []).append((m.group(2), found[0]))
    return out


LONG_FORM = re.compile(r"([A-Z][a-z]+)-(?:on|upon|in|under|next-the|by|le|juxta|cum|en)-[A-Z][\w-]+")


@functools.cache
def long_forms() -> dict[str, list[Place]]:
    """{"Wells": [Wells-next-the-Sea]}: towns whose full names are written with a hyphened
    qualifier, by the first word they go by for short."""
    out = {}
    for name, found in places().items():
        m = LONG_FORM.fullmatch(name)
        if m:
            out.setdefault(m.group(1), []).extend(pl for pl in found if pl.local_type in ("Town", "City"))
    return out


@functools.cache
def short_names() -> dict[str, list[str]]:
    return {r["short_name"]: r["candidate_codes"].split(";") for r in _rows("area_short_names.csv")}


@dataclass
class Provider:
    slug: str
    name: str
    aliases: list[str]
    ambiguous: list[str]
    type: str
    status: str
    successor: str | None
    brands: list[str]

    def row(self) -> dict:
        return {"slug": self.slug, "name": self.name, "type": self.type, "status": self.status,
                "in_gazetteer": 1}


def _ways_written(names: list[str]) -> list[str]:
    """`names` plus each one written with a typographic apostrophe (BAC O’Connor, St Anne’s) and
    with "and" for "&" or the reverse ("South London & Maudsley", "South London and Maudsley")."""
    out = list(names)
    for name in names:
        swapped = name.replace(" & ", " and ") if " & " in name else name.replace(" and ", " & ")
        for way in (name.replace("'", "’"), swapped, swapped.replace("'", "’")):
            if way not in out:
                out.append(way)
    return out


LEGAL_SUFFIX = re.compile(r",?\s+(?:CIC|C\.I\.C\.|Ltd\.?|LTD|Limited|LIMITED|plc|PLC|CIO|LLP)$")


def _without_legal_suffix(names: list[str]) -> list[str]:
    """Names written without their legal form ("Spectrum Community Health" for "... CIC"), where
    two words or more are left: one word alone ("Forward") is too common to be a name by itself."""
    bare = [LEGAL_SUFFIX.sub("", n) for n in names]
    return [b for b, n in zip(bare, names) if b != n and len(b.split()) > 1]


@functools.cache
def providers() -> dict[str, Provider]:
    result = {}
    for r in _rows("providers.csv"):
        split = lambda v: [x.strip() for x in v.split("|") if x.strip()]
        name = r["canonical_name"]
        written = [name, *split(r["aliases"])]
        result[r["provider_id"]] = Provider(
            slug=r["provider_id"], name=name,
            aliases=[a for a in dict.fromkeys(_ways_written(written + _without_legal_suffix(written))) if a != name],
            ambiguous=_ways_written(split(r["ambiguous_aliases"])), type=r["provider_type"], status=r["status"],
            successor=r["successor_id"] or None,
            brands=[re.sub(r"\s*\(.*?\)", "", b).strip() for b in split(r["service_brands"])],
        )
    return result


def without_the(name: str) -> str:
    """`name` without surrounding spaces and a leading "the " ("the Forward Trust" -> "Forward Trust")."""
    return re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.I)


@functools.cache
def provider_names() -> dict[str, Provider]:
    """Every provider's name, aliases and ambiguous aliases, as written and without a leading
    "the ", to the provider. A name two providers share keeps the first in providers.csv, and
    a name as written wins over another provider's "the "-less form."""
    result = {}
    for p in providers().values():
        for name in (p.name, *p.aliases, *p.ambiguous):
            result.setdefault(name, p)
    for p in providers().values():
        for name in (p.name, *p.aliases, *p.ambiguous):
            result.setdefault(without_the(name), p)
    return result


def reference_rows() -> tuple[list[dict], list[dict]]:
    """Rows for the areas and providers tables, for db.save.save_reference."""
    areas = [la.row() for la in authorities().values()]
    provs = [{**p.row(), "successor_slug": p.successor} for p in providers().values()]
    return areas, provs


@functools.cache
def is_place_name(name: str) -> bool:
    """A local authority's, a place's or an English region's name ("South Tyneside", "Sunderland",
    "North East")."""
    return name in places() or name.lower() in _regions() or name in _authority_names()


def is_authority_name(name: str) -> bool:
    """A local authority's name or other name ("Kirklees", "Bradford")."""
    return name in _authority_names()


@functools.lru_cache(maxsize=1)
def _authority_names() -> frozenset:
    """Every local authority's name and other names, for one set lookup."""
    return frozenset(n for la in authorities().values() for n in (la.name, *la.alt_names))


@functools.lru_cache(maxsize=1)
def _place_stems() -> frozenset:
    # the county word of names split by a compass point: "Cheshire East", "Cheshire West and
    # Chester", "East Sussex", "Central Bedfordshire"
    compass = {"north", "south", "east", "west", "central", "mid"}
    stems = set()
    for la in authorities().values():
        words = la.name.lower().split()
        if len(words) > 1 and words[1] in compass and words[0] not in compass:
            stems.add(words[0])
        elif len(words) == 2 and words[0] in compass and words[1] not in compass:
            stems.add(words[1])
    return frozenset(stems)


def is_place_stem(word: str) -> bool:
    """A county's name that the data may hold only in the names of the councils it was split into:
    "Cheshire" (Cheshire East, Cheshire West and Chester), "Sussex" (East Sussex, West Sussex)."""
    return word.lower() in _place_stems()


@functools.lru_cache(maxsize=1)
def _regions() -> frozenset:
    return frozenset(la.region.lower() for la in authorities().values() if la.region)
