"""The strings a pattern cannot match without, which let a paragraph skip it."""
from recoverywatch.extract import relevance
from recoverywatch.extract.prefilter import may_match, required_literals


def test_a_plain_phrase_is_its_own_requirement():
    assert required_literals(r"harm reduction") == {"harm reduction"}


def test_one_word_of_an_alternation_is_required():
    assert required_literals(r"\bopiate|\bheroin|\bmethadone") == {"opiate", "heroin", "methadone"}


def test_the_rarest_part_of_a_sequence_is_chosen():
    # "treatment" is longer than any of the verbs before it
    assert required_literals(r"\b(in|into|enter) treatment\b") == {" treatment"}


def test_an_optional_part_requires_nothing():
    assert required_literals(r"needle (and syringe )?(exchange|programme)") == {"exchange", "programme"}


def test_short_runs_and_classes_give_no_requirement():
    assert required_literals(r"\b(in|to) [a-z]+\b") is None


def test_a_case_insensitive_pattern_is_always_run():
    assert required_literals(r"(?i)naloxone") is None
    assert may_match(None, "anything at all")


def test_a_lookahead_is_not_a_requirement():
    assert required_literals(r"\bsmok(ing|ers?)\b(?! (crack|heroin))") == {"smok"}


def test_a_text_without_the_words_is_skipped():
    lits = required_literals(r"\b(re)?commission(ed|ing|s)?\b")
    assert not may_match(lits, "the council will decide in march")
    assert may_match(lits, "the service was recommissioned in 2023")


def test_no_relevance_term_is_skipped_where_it_matches():
    sentences = [
        "people in treatment for opiate use rose", "she was jailed at the crown court",
        "a needle exchange opened", "referred them directly into the community drug treatment service",
        "he had stayed off drugs for a year", "drug-related deaths fell", "self-referral is open",
        "the alcohol liaison team", "smoking crack", "worried about their drinking",
    ]
    for rx, _ in relevance._terms():
        lits = required_literals(rx.pattern)
        for s in sentences:
            if rx.search(s):
                assert may_match(lits, s), (rx.pattern, s)


def test_an_unparsable_pattern_gives_no_requirement():
    assert required_literals(r"(unclosed") is None


def test_a_part_in_any_case_requires_no_string_as_written():
    # "(?i:chief executive)" matches "Chief Executive": its words are no requirement
    lits = required_literals(r"\((?i:chief executive|director),\s+[A-Z]\w+")
    assert may_match(lits, "(Chief Executive, Fernwick)")
    assert may_match(required_literals(r"(?i:awarded to)\s*:\s*Harbour"), "Awarded to: Harbour Recovery")
