"""anchored.finditer must find exactly what a scan of the whole text finds."""
import re

from recoverywatch.extract import anchored, figures, people

FILLER = "The committee noted the report and thanked officers for their work on the plan. " * 6


def spans(matches):
    return [m.span() for m in matches]


def test_same_matches_as_a_whole_scan_with_windows_that_meet_and_part():
    rx = re.compile(r"(?<!not )\b(?:two|three)\s+(?:in|out of)\s+(?:ten|five)\b")
    anchor = re.compile(r"(?:in|out of) ")
    # matches close together (their windows merge), far apart, at the very start and end, and one
    # that a lookbehind just outside its window rules out
    text = ("two in ten " + FILLER + "three out of five and two in five. " + FILLER
            + "it is not two in ten " + FILLER + "three in ten")
    whole = spans(rx.finditer(text))
    assert len(whole) == 4
    assert spans(anchored.finditer(rx, text, anchor, reach=30)) == whole


def test_no_anchor_no_scan():
    rx = re.compile(r"\bhalf\b")
    assert list(anchored.finditer(rx, FILLER, re.compile("half"))) == []


def test_the_patterns_that_use_it_find_what_they_did():
    text = ("Around two-thirds of those who left treatment did so in a planned way, and one in five "
            "were back within six months. " + FILLER + "The council will pay a quarter of a million pounds, "
            "15 per cent more than last year. " + FILLER
            + "Cabinet Member for Adult Social Care (Councillor Jo Bell) opened the item.")
    for rx, anchor in [(figures.FRACTION, figures.FRACTION_WORD), (figures.MONEY_WORDS, figures.POUNDS_WORD),
                       (figures.PERCENT, figures.PERCENT_WORD), (figures.ONE_IN, figures.ONE_IN_WORDS),
                       (people.ROLE_THEN_NAME, people.BRACKETED_TITLE)]:
        whole = spans(rx.finditer(text))
        assert whole, rx.pattern[:40]
        assert spans(anchored.finditer(rx, text, anchor)) == whole, rx.pattern[:40]
