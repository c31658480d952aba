"""Dates as UK public bodies write them in text: '11th July, 2024', '5 Sep 2024', '14/03/2024'.

htmldate finds a page's date from its markup; this reads one from a labelled field or a
heading ('Date of decision: 23/01/2024', 'Cabinet - Thursday, 11th July, 2024 2.00 pm'),
where the day always comes first."""
import datetime
import re

MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for m in names}
WORDS = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(" + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?,?\s+(\d{4})\b", re.I)
NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def find_date(text: str | None) -> str | None:
    """The first real calendar date written in `text`, as YYYY-MM-DD, or None."""
    if not text:
        return None
    found = []
    for rx, order in ((WORDS, "dmy-word"), (NUMERIC, "dmy"), (ISO, "ymd")):
        for m in rx.finditer(text):
            if order == "dmy-word":
                day, month, year = int(m[1]), MONTHS[m[2].lower()], int(m[3])
            elif order == "dmy":
                day, month, year = int(m[1]), int(m[2]), int(m[3])
            else:
                year, month, day = int(m[1]), int(m[2]), int(m[3])
            try:
                found.append((m.start(), datetime.date(year, month, day).isoformat()))
            except ValueError:
                continue
    return min(found)[1] if found else None
