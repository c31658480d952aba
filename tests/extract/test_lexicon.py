"""Word lists, titles and patterns as data (extract/data/*.toml, titles.csv): they load, they
are clean, and the extractors really read them."""
import importlib.resources
import io
import re

import pytest
import yaml

from recoverywatch.extract import areas, figures, gazetteer, lexicon, people, providers, quotes
from tests.conftest import ROOT

TOML_FILES = ["areas.toml", "providers.toml", "quotes.toml", "figures.toml"]
# lists of regular-expression fragments (the rest are plain words)
FRAGMENT_LISTS = {("figures.toml", "date_words"), ("figures.toml", "after_not_count"), ("figures.toml", "before_not_count"),
                  ("figures.toml", "time_word_places")}


def word_lists():
    for name in TOML_FILES:
        for key, value in lexicon.load(name).items():
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                yield name, key, value


@pytest.mark.parametrize("name", [*TOML_FILES, "titles.csv"])
def test_data_files_load_and_have_a_source_line(name):
    assert lexicon.load(name)
    sources = importlib.resources.files("recoverywatch.extract.data").joinpath("SOURCES.md").read_text("utf-8")
    assert f"`{name}`" in sources


@pytest.mark.parametrize("name, key, words", list(word_lists()), ids=lambda v: v if isinstance(v, str) else "")
def test_every_list_is_non_empty_without_duplicates(name, key, words):
    assert words, f"{name}: {key} is empty"
    dupes = sorted({w for w in words if words.count(w) > 1})
    assert dupes == [], f"{name}: {key} repeats {dupes}"
    assert all(w == w.strip() and w for w in words)
    if (name, key) in FRAGMENT_LISTS:
        for fragment in words:
            re.compile(lexicon.fill(fragment, MONTHS="may", TIME_PLACES="centres?"))


def test_area_words_are_single_lower_case_tokens():
    # they are compared with token.lower_, so "Road" or "derby road" could never match
    for key, words in lexicon.load("areas.toml").items():
        if key in ("area_bodies", "wider_bodies", "office_patch_openers", "branch_openers", "business_after", "club_before"):
            continue  # phrases, matched against the text around a place name
        if key in ("government_seats", "foreign_after"):
            continue  # capitalised names compared with the span's text or the text after it
        if key == "the_short_forms":
            continue  # capitalised words matched in the text ("the City"), with the full names they stand for
        assert all(w == w.lower() and " " not in w for w in words), key


def test_titles_csv_is_clean():
    rows = lexicon.load("titles.csv")
    titles = [r["title"] for r in rows]
    assert len(titles) == len(set(titles))
    assert all(r["speaker"] in ("0", "1") and r["blocks_place"] in ("0", "1") for r in rows)
    assert lexicon.titles("speaker") and lexicon.titles("blocks_place")


def test_figure_kinds_are_unique_and_well_formed():
    data = lexicon.load("figures.toml")
    names = [k["name"] for k in data["kinds"]]
    assert len(names) == len(set(names)) and data["fallback_kind"] not in names
    for k in data["kinds"]:
        re.compile(k["cues"])
        assert set(k["skip_units"]) <= {"GBP", "percent", "count"}
    assert [k for k, _ in figures.KINDS] == names  # order is data order: the first match wins


# --- the builders -------------------------------------------------------------

def test_words_regex_escapes_and_prefers_the_longest():
    rx = re.compile(r"\b" + lexicon.words_regex(["chief", "no.", "chief executive", "magistrates'"]))
    assert rx.match("chief executive").group(0) == "chief executive"
    assert rx.match("no.").group(0) == "no." and rx.match("nox") is None
    assert rx.match("magistrates'").group(0) == "magistrates'"


def test_fill_refuses_an_unfilled_placeholder():
    assert lexicon.fill("a{ORG}b", ORG="x") == "axb"
    assert lexicon.fill(r"(?:\w+ ){0,3}", ORG="x") == r"(?:\w+ ){0,3}"  # regex braces are left alone
    with pytest.raises(KeyError):
        lexicon.fill("{ORG} and {MONTHS}", ORG="x")


def test_figure_kind_checks_the_name():
    assert lexicon.figure_kind("people in treatment") == "people in treatment"
    with pytest.raises(KeyError):
        lexicon.figure_kind("people in treatmnet")


# --- the extractors read the data -------------------------------------------

@pytest.mark.parametrize("title", lexicon.titles("speaker"))
def test_every_speaker_title_is_stripped_from_a_name(title):
    assert quotes.strip_title(f"{title} Jo Bell") == ("Jo Bell", title)
    assert quotes.strip_title(f"{title}. Jo Bell") == ("Jo Bell", title)


def test_a_title_that_is_not_a_speaker_title_stays():
    not_speaker = [r["title"] for r in lexicon.load("titles.csv") if r["speaker"] == "0"]
    for title in not_speaker:
        assert quotes.strip_title(f"{title} Jo Bell") == (f"{title} Jo Bell", None)


def test_title_words_and_place_prefixes_come_from_titles_csv():
    assert {"Det", "Sgt", "Chief", "Constable"} <= quotes.TITLE_WORDS
    assert {t.lower() for t in lexicon.titles("blocks_place") if " " not in t} <= areas.NAME_PREFIXES
    assert set(lexicon.load("areas.toml")["name_prefixes"]) <= areas.NAME_PREFIXES


def test_an_added_continuation_word_blocks_an_area(extract_one, monkeypatch):
    text = "People across the Stockport Area said the treatment service had helped them."
    assert [a["code"] for a in extract_one(text)["areas"]] == ["SKP"]
    monkeypatch.setattr(areas, "NAME_CONTINUATIONS", areas.NAME_CONTINUATIONS | {"area"})
    assert extract_one(text)["areas"] == []


def test_continuation_words_from_the_data_block_an_area(extract_one):
    assert "road" in areas.NAME_CONTINUATIONS
    found = extract_one("The new hub on Stockport Road opened to people in treatment.")["areas"]
    assert all("Stockport" not in a["matched"] for a in found)


@pytest.mark.parametrize("case", lexicon.load("providers.toml")["unlisted"], ids=lambda c: c["finds"])
def test_each_unlisted_pattern_catches_its_example(case):
    rx = providers.UNLISTED_PATTERNS[lexicon.load("providers.toml")["unlisted"].index(case)]
    m = rx.search(case["example"])
    assert m is not None and m.group(1) == case["finds"], case["catches"]


def test_job_title_before_a_name_is_dropped():
    name = "Service Director, Cheshire and Wirral Partnership NHS Foundation Trust"
    m = providers.JOB_TITLE_BEFORE_NAME.match(name)
    assert m and name[m.end():] == "Cheshire and Wirral Partnership NHS Foundation Trust"
    assert providers.JOB_TITLE_BEFORE_NAME.match("Acme Recovery, which runs it") is None


def test_service_names_end_in_a_listed_ending():
    assert providers.SERVICE_NAME.search("the Redditch Recovery Service opened").group(1) == "Redditch Recovery Service"
    assert providers.SERVICE_NAME.search("the Redditch Recovery Hub opened").group(1) == "Redditch Recovery Hub"


def test_figure_kind_skips_units_from_the_data():
    assert figures._kind("the contract is worth £5m", "GBP") == "contract value"
    assert figures._kind("the contract covers 300 people", "count") == "people in treatment"
    assert figures._kind("nothing to go on", "count") == lexicon.load("figures.toml")["fallback_kind"]


def test_role_nouns_end_a_role_before_a_name(nlp):
    doc = nlp("Speaking to the board, director of public health Dr Colin Ashworth said it was working.")
    (person,) = people.People(doc).people
    assert person.name == "Colin Ashworth" and person.role == "director of public health"


# --- one alias map ---------------------------------------------------------

def test_alias_map_holds_every_name_as_written_and_without_the():
    names = gazetteer.provider_names()
    assert gazetteer.provider_names() is names  # cached
    for p in gazetteer.providers().values():
        for name in (p.name, *p.aliases, *p.ambiguous):
            assert name in names and gazetteer.without_the(name) in names


def test_canonical_org_and_is_provider_resolve_through_the_alias_map():
    assert quotes.canonical_org("CGL") == "Change Grow Live"
    forward = gazetteer.providers()["forward-trust"].name
    assert quotes.canonical_org("the Forward Trust") == forward
    assert quotes.canonical_org("  The Forward Trust ") == forward
    assert quotes.is_provider("the Forward Trust") and quotes.is_provider("CGL")
    assert not quotes.is_provider("Acme Recovery")
    assert quotes.canonical_org("the Acme Recovery") == "Acme Recovery"


# --- figure kinds are named in one place -----------------------------------
# db/ and recoverywatch/web may not import extract (tests/test_layout.py), so the kind names
# their SQL and descriptions use are checked against figures.toml here.

def test_schema_description_lists_exactly_the_figure_kinds():
    schema = yaml.safe_load((ROOT / "db" / "schema.yml").read_text("utf-8"))
    description = schema["tables"]["figures"]["columns"]["kind"][1]
    listed = [k.strip() for k in re.search(r"\((.*)\)", description).group(1).split(",")]
    assert sorted(listed) == sorted(lexicon.figure_kinds())


def test_sql_names_only_defined_figure_kinds():
    named = set()
    for folder in ("db", "recoverywatch"):
        for path in (ROOT / folder).rglob("*.py"):
            for literal in re.findall(r'"""(.*?)"""|"([^"\n]*)"', path.read_text("utf-8"), re.S):
                sql = "".join(literal)
                if "figures" in sql:
                    named |= set(re.findall(r"(?:\bf\.|(?<![\w.]))kind = '([^']+)'", sql))
    assert named, "expected the timeline and area page queries to name figure kinds"
    assert named <= set(lexicon.figure_kinds())


def test_schema_description_lists_exactly_the_counted_groups():
    data = lexicon.load("figures.toml")
    groups = {g["name"] for g in data["counted"]} | {g["name"] for g in data["people_counted"]}
    schema = yaml.safe_load((ROOT / "db" / "schema.yml").read_text("utf-8"))
    description = schema["tables"]["figures"]["columns"]["counted"][1]
    listed = re.search(r": (.*?) \(", description).group(1).replace(" or ", ", ").split(", ")
    assert sorted(listed) == sorted(groups)
    for g in data["counted"]:
        assert g["people"] in (0, 1)
        for fragment in g["nouns"]:
            re.compile(fragment)


def test_first_names_csv_is_clean():
    rows = lexicon.load("first_names.csv")
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names)) and all(r["gender"] in ("f", "m") for r in rows)


def test_river_towns_go_by_their_first_part_only_where_no_other_place_has_it():
    from recoverywatch.extract.data.derive_town_short_names import short_names
    rows = [{"name": n, "name_alt": "", "local_type": t} for n, t in (
        ("Drayford-on-Wenlow", "Town"),     # no other Drayford: "Drayford" is the river town
        ("Oxwich-upon-Thames", "Town"), ("Oxwich", "Village"),  # another Oxwich: no short name
        ("Tarrowby-on-Sea", "Town"),        # the sea is no river
        ("Ley-on-Wenlow", "Town"),          # three letters may be an ordinary word
        ("Mirkwell-on-Wenlow", "Hamlet"),   # only towns and cities
    )]
    assert short_names(rows) == [("Drayford", "Drayford-on-Wenlow")]


def test_the_shipped_river_town_short_names_are_what_the_places_list_gives():
    import csv
    from recoverywatch.extract.data.derive_town_short_names import short_names
    source = ROOT.parent / "shared" / "data" / "places" / "gb_populated_places_to_la.csv"
    if not source.exists():
        pytest.skip(f"{source} is not beside the repository")
    with source.open(encoding="utf-8", newline="") as f:
        derived = short_names(list(csv.DictReader(f)))
    shipped = importlib.resources.files("recoverywatch.extract.data").joinpath("town_short_names.csv").read_text("utf-8")
    assert [(r["short_name"], r["place_name"]) for r in csv.DictReader(io.StringIO(shipped))] == derived
