"""Numbers as written in news copy -> floats: "2,416", "£2.4m", "seven", "a quarter of a million"."""
import re

UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000,
          "mn": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "dozen": 12}
FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3,
             "fifth": 0.2, "fifths": 0.2, "sixth": 1 / 6, "sixths": 1 / 6, "eighth": 0.125, "eighths": 0.125,
             "tenth": 0.1, "tenths": 0.1}
NUMBER_WORD = "|".join(sorted([*UNITS, *TENS, "dozen", "hundred", "thousand", "million", "billion"], key=len, reverse=True))
WORDS_RE = re.compile(rf"(?:(?:{NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?)?)+", re.I)
SPACED_THOUSANDS = re.compile(r"(?<=\d),\s+(?=\d{3}(?:,\d{3})*(?!\d))")
AND_A_FRACTION = re.compile(r"(.+?)[\s-]+and[\s-]+an?[\s-]+(half|quarter)[\s-]+(thousand|million|billion)")
DIGITS_RE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")


def words_to_number(text: str) -> float | None:
    """'two hundred and fifty' -> 250; 'a quarter of a million' -> 250000; None if not a number."""
    and_a = AND_A_FRACTION.fullmatch(text.lower().strip())
    if and_a:  # "two and a half million": the whole number and its fraction, then the scale
        whole = words_to_number(and_a.group(1)) if not and_a.group(1).isdigit() else float(and_a.group(1))
        return (whole + FRACTIONS[and_a.group(2)]) * SCALES[and_a.group(3)] if whole is not None else None
    tokens = [t for t in re.split(r"[\s,-]+", text.lower().strip()) if t and t != "and"]  # ("nine million, seven hundred")
    if not tokens:
        return None
    if len(tokens) >= 2 and tokens[-2] in ("a", "an", "of") and tokens[-1] in SCALES and any(t in FRACTIONS for t in tokens):
        # "a quarter of a million", "three quarters of a million", "half a million"
        frac = fraction_value(tokens[: tokens.index(next(t for t in tokens if t in FRACTIONS)) + 1])
        return frac * SCALES[tokens[-1]] if frac is not None else None
    total, current, seen = 0.0, 0.0, False
    for tok in tokens:
        if tok in UNITS:
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok in ("hundred", "dozen"):  # "two dozen people" are 24
            current = (current or 1) * SCALES[tok]
        elif tok in ("thousand", "million", "billion"):
            total += (current or 1) * SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def fraction_value(tokens):
    """['three', 'quarters'] -> 0.75, ['a', 'quarter'] -> 0.25, ['half'] -> 0.5."""
    tokens = [t for t in tokens if t not in ("of",)]
    if tokens and tokens[-1] in FRACTIONS:
        count = words_to_number(" ".join(tokens[:-1])) if tokens[:-1] else 1
        return (count or 1) * FRACTIONS[tokens[-1]] if count is not None else None
    return None


def parse_amount(text: str) -> float | None:
    """Any amount: '£2.4m', '1,739', '£380k', 'seven', '3.2 million', '£1.1bn'. None if not one."""
    s = text.strip().lower().replace("£", "").replace("$", "").replace("€", "").strip()
    s = SPACED_THOUSANDS.sub(",", s)  # "2, 415,000": a stray space after a thousands comma
    if not s:
        return None
    m = DIGITS_RE.match(s)
    if m:
        value = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        rest = s[m.end():].strip().strip(".")
        if not rest:
            return value
        if rest in SCALES:
            return value * SCALES[rest]
        return None
    return words_to_number(s)
