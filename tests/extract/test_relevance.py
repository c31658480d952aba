from recoverywatch.extract.relevance import is_relevant, relevance_score


def test_treatment_story_is_relevant():
    text = ("The council has awarded a new contract for its adult drug and alcohol treatment service. "
            "More people are in treatment than last year, and naloxone is being handed out. ") * 3
    assert is_relevant(relevance_score("New drug and alcohol service", text))


def test_lookalikes_are_not():
    raid = "Police found a cannabis farm with 300 plants and a street value of £200,000. Two men were arrested. " * 3
    licence = "The licensing panel reviewed the premises licence of the pub after complaints about alcohol sales. " * 3
    budget = "The council tax rise was agreed. The budget spends the public health grant on leisure and parks. " * 3
    for title, text in (("Cannabis farm found", raid), ("Pub licence review", licence), ("Budget agreed", budget)):
        assert not is_relevant(relevance_score(title, text)), title
