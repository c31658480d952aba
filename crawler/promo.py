"""Promo and boilerplate filter layered on top of trafilatura.

trafilatura keeps regional papers' "READ MORE", newsletter and WhatsApp lines
when they sit inside the story body; the patterns live in boilerplate.toml.
"""
import functools
import importlib.resources
import re
import tomllib


@functools.cache
def _config() -> dict:
    return tomllib.loads(importlib.resources.files("crawler").joinpath("boilerplate.toml").read_text("utf-8"))


@functools.cache
def _line_regex() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in _config()["line_patterns"]), re.I)


@functools.cache
def prune_xpath() -> list[str]:
    """XPath expressions for elements whose class or id names a boilerplate block."""
    paths = []
    for word in _config()["class_words"]:
        for attr in ("class", "id"):
            # Whole class token, or a BEM part such as `inline-promo__label` / `story__byline`.
            paths.append(
                # count(.//p) < 3: never a container that holds the story itself (a "has-sidebar" layout)
                f"//*[not(self::body) and not(self::html) and not(self::main) and not(self::article) and count(.//p) < 3 and ("
                f"contains(concat(' ', translate(@{attr}, '_', ' '), ' '), ' {word} ') or "
                f"contains(concat(' ', translate(@{attr}, '_', ' '), ' '), '-{word} ') or "
                f"contains(concat(' ', translate(@{attr}, '_', ' '), ' '), ' {word}-'))]"
            )
    return paths


@functools.cache
def _cut_regex() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in _config()["cut_patterns"]), re.I)


def is_promo_line(line: str) -> bool:
    return bool(_line_regex().match(line.strip().lstrip("•·-–* ")))


def strip_promos(text: str) -> str:
    kept = []
    for line in text.splitlines():
        if _cut_regex().match(line.strip()):
            break  # the comments start here
        if line.strip() and not is_promo_line(line):
            kept.append(line)
    return "\n".join(kept)
