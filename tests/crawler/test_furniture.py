from recoverywatch.crawler import furniture

BODY = ["The council has awarded a five-year contract for its adult drug and alcohol treatment service.",
        "The new provider will open a hub in the town centre next spring, with evening clinics."]


def _page(i, extra=()):
    return "\n".join(["Back to news", f"Story {i}: {BODY[0]}", BODY[1] + f" ({i})", *extra, "Share this release"])


def test_lines_on_many_pages_of_a_source_are_furniture_once_it_has_enough_pages():
    memory = furniture.SourceMemory()
    for i in range(5):
        text = _page(i)
        assert memory.clean(text) == text  # too few pages yet: nothing is judged
        memory.learn(furniture.page_lines(text, f"Story {i}"))
    memory.learn(furniture.page_lines(_page(5), "Story 5"))
    cleaned = memory.clean(_page(6, extra=["Notes to editors"]))
    assert "Back to news" not in cleaned and "Share this release" not in cleaned
    assert "Story 6:" in cleaned and "Notes to editors" in cleaned  # once is content


def test_long_lines_and_rare_lines_are_never_furniture():
    memory = furniture.SourceMemory()
    long_line = " ".join(["word"] * 40)
    for i in range(10):
        memory.learn(furniture.page_lines(f"{long_line}\nLine only on page {i}", "Title"))
    assert memory.clean(long_line) == long_line


def test_a_headline_every_page_carries_is_furniture():
    memory = furniture.SourceMemory()
    for i in range(8):
        memory.learn(furniture.page_lines(BODY[0], "Press releases"))
    assert memory.title_is_furniture("Press releases")
    assert not memory.title_is_furniture("Recovery hub opens")


def test_a_bulleted_line_over_the_word_limit_is_still_checked():
    # long lines are skipped unhashed, but a bullet may hide a word: "- " + a counted line is that line
    memory = furniture.SourceMemory()
    limit = furniture.settings()["max_words"]
    strap = " ".join(["strap"] * limit)
    for i in range(8):
        memory.learn(furniture.page_lines(f"{strap}\nStory {i} only", f"Story {i}"))
    assert memory.clean(f"- {strap}\nThe story itself") == "The story itself"
    assert memory.clean(f"{strap} extra\nThe story itself") == f"{strap} extra\nThe story itself"


def test_a_releases_own_section_heading_stays_however_many_pages_print_it():
    memory = furniture.SourceMemory()
    for i in range(8):
        memory.learn(furniture.page_lines(_page(i, extra=["Notes to editors", f"1. Note {i}."]), f"Story {i}"))
    cleaned = memory.clean(_page(9, extra=["Notes to editors", "1. The service opened in 2019."]))
    assert "Back to news" not in cleaned and "Notes to editors" in cleaned and "1. The service" in cleaned
