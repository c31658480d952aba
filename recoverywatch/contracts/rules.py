"""The procurement data file (data/procurement.toml): relevance terms and CPV prefixes, annual
value cues, amendment tags, the APIs and the fetcher's politeness settings."""
import functools
import importlib.resources
import re
import tomllib


@functools.cache
def rules() -> dict:
    text = importlib.resources.files("recoverywatch.contracts.data").joinpath("procurement.toml").read_text("utf-8")
    return tomllib.loads(text)


@functools.cache
def term_pattern() -> re.Pattern:
    terms = sorted(rules()["relevance"]["terms"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms) + r")\b", re.I)


_MONEY = r"£\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>bn|billion|m|million|k)?\b"


@functools.cache
def annual_patterns() -> list[re.Pattern]:
    cues = rules()["annual_value"]
    after = "|".join(cues["after"])
    before = "|".join(cues["before"])
    return [re.compile(_MONEY + r"\s*(?:\([^)]*\)\s*)?(?:" + after + r")(?![\w-])", re.I),
            re.compile(r"(?:" + before + r")\s+" + _MONEY, re.I)]


MULTIPLIERS = {None: 1, "k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


def annual_value(text: str) -> float | None:
    """A year's value in GBP that `text` states ("£1.2m per annum"), or None."""
    for pattern in annual_patterns():
        m = pattern.search(text or "")
        if m:
            return float(m["num"].replace(",", "")) * MULTIPLIERS[(m["mult"] or "").lower() or None]
    return None


def is_relevant(text: str, cpv_codes: list[str]) -> bool:
    """About drug and alcohol treatment: a relevance term in the words, and a health or social
    work CPV code when the notice classifies itself at all."""
    if not term_pattern().search(text or ""):
        return False
    prefixes = rules()["relevance"]["cpv_prefixes"]
    return not cpv_codes or any(c.startswith(p) for c in cpv_codes for p in prefixes)
