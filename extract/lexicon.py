"""Word lists, titles and patterns the extractors read from extract/data, and
the two ways of turning a list into a regular expression.

`words_regex` is for lists of plain words and phrases: each is escaped and the
longest come first, so "chief executive" is tried before "chief". Lists whose
entries are already regular-expression fragments ("years?", "no\\.?") go
through `patterns_regex`, which keeps their order and fills `{NAME}`
placeholders."""
import csv
import functools
import importlib.resources
import io
import re
import tomllib

_SPECIAL = re.compile(r"([.^$*+?{}\[\]\\|()])")


@functools.cache
def load(name: str):
    """A data file by name: a .toml file as a dict, a .csv file as a list of row dicts."""
    text = importlib.resources.files("recoverywatch.extract.data").joinpath(name).read_text("utf-8")
    if name.endswith(".toml"):
        return tomllib.loads(text)
    if name.endswith(".csv"):
        return list(csv.DictReader(io.StringIO(text)))
    raise ValueError(f"no loader for {name}")


def escape(word: str) -> str:
    """`word` as a literal in a pattern; unlike re.escape, spaces and '-' stay readable."""
    return _SPECIAL.sub(r"\\\1", word)


def words_regex(words) -> str:
    """A non-capturing alternation of the literal words, longest first."""
    return "(?:" + "|".join(escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def patterns_regex(patterns, **parts) -> str:
    """A non-capturing alternation of regex fragments in their given order; `{NAME}` in a
    fragment is replaced by parts["NAME"]."""
    return "(?:" + "|".join(fill(p, **parts) for p in patterns) + ")"


def fill(template: str, **parts) -> str:
    """Replace `{NAME}` placeholders (str.format would trip over regex braces like {0,3})."""
    for key, value in parts.items():
        template = template.replace("{" + key + "}", value)
    if re.search(r"\{[A-Z_]+\}", template):
        raise KeyError(f"unfilled placeholder in {template!r}")
    return template


def titles(column: str) -> list[str]:
    """Person titles (titles.csv) with a 1 in `column`: "speaker" or "blocks_place"."""
    return [r["title"] for r in load("titles.csv") if r[column].strip() == "1"]


def figure_kinds() -> list[str]:
    """Figure kinds in the order they are tested (figures.toml), then the fallback."""
    data = load("figures.toml")
    return [k["name"] for k in data["kinds"]] + [data["fallback_kind"]]


def figure_kind(name: str) -> str:
    """`name`, checked against figures.toml, for code that queries one kind."""
    if name not in figure_kinds():
        raise KeyError(f"{name!r} is not a figure kind in figures.toml")
    return name


def _wordy(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def find_word(text: str, word: str, not_before: str = "", not_after: str = ""):
    """Start offsets of `word` in `text` as a whole word (as the pattern \\bword\\b finds it), also
    not right after a character of `not_before` nor before one of `not_after`. A plain search
    rather than a pattern: names differ in every document, and compiling a pattern for each one
    costs more than the search."""
    if not word:
        return
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at else ""
        after = text[end] if end < len(text) else ""
        if not (before and (_wordy(before) or before in not_before)) and not (after and (_wordy(after) or after in not_after)):
            yield at
        at = text.find(word, at + 1)
