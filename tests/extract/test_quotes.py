def quotes(extract_one, text):
    return [q for q in extract_one(text)["quotes"] if q["kind"] == "direct"]


def test_attribution_before_the_quote_with_role(extract_one):
    (q,) = quotes(extract_one, 'Cllr Maria Fenwick, cabinet member for health, said: "We will open the new centre next spring for everyone."')
    assert q["speaker"] == "Maria Fenwick"
    assert "cabinet member for health" in q["speaker_role"]
    assert q["text"].startswith("We will open")


def test_attribution_after_and_in_the_middle(extract_one):
    text = ("Dr Colin Ashworth, director of public health, spoke to the board.\n"
            "“The service,” Dr Ashworth said, “is working better than it ever has for families.”")
    (q,) = quotes(extract_one, text)
    assert q["speaker"] == "Colin Ashworth" and "is working better" in q["text"] and "The service" in q["text"]


def test_pronoun_and_continuation_paragraphs(extract_one):
    text = ("Anna Brierley, who manages the hub, said the numbers were encouraging.\n"
            "‘People are coming back for a second and third appointment, which didn’t happen before,’ she said.\n"
            "‘That tells us they trust the staff who see them every week.’")
    qs = quotes(extract_one, text)
    assert [q["speaker"] for q in qs] == ["Anna Brierley", "Anna Brierley"]
    assert "didn’t happen before" in qs[0]["text"]


def test_spokesperson_gets_the_organisation(extract_one):
    (q,) = quotes(extract_one, 'A spokesperson for WDP said: "We are looking forward to working with residents across both boroughs."')
    assert q["speaker"] == "Via spokesperson"


def test_partial_quotes_are_kept_apart(extract_one):
    rec = extract_one('Members described the waiting times as "simply not good enough" and asked for a report.')
    assert [q["kind"] for q in rec["quotes"]] == ["partial"]


def test_offsets_point_into_the_text(extract_one):
    text = 'Intro line here.\nJo Marsh said: "Every single person deserves a second chance at recovery."'
    rec = extract_one(text)
    (q,) = [q for q in rec["quotes"] if q["kind"] == "direct"]
    assert text[q["start"]:q["end"]] == q["text"]


def test_stray_quote_marks_do_not_stop_the_article(extract_one):
    text = ('The 6" pipe burst. He said "this is odd.\nLee Chan said: "We will carry on regardless of the weather today."\n'
            "It’s the workers’ day.")
    qs = quotes(extract_one, text)
    assert any(q["speaker"] == "Lee Chan" for q in qs)


def test_council_spokesperson_takes_the_council_of_the_story(extract_one):
    text = ("Wigan Council has opened a new recovery hub in the town centre.\n"
            'A council spokesperson said: "We want everyone who needs help to know where to find it."')
    (q,) = quotes(extract_one, text)
    assert q["speaker"] == "Wigan Council spokesperson"


def test_role_before_the_name_and_single_quotes_with_apostrophes(extract_one):
    text = ("The council's portfolio holder for health, Councillor Raj Patel, said: 'We owe it to families who've "
            "lost loved ones to get this right. There's no room for complacency.'")
    (q,) = quotes(extract_one, text)
    assert q["speaker"] == "Raj Patel" and "portfolio holder for health" in q["speaker_role"]
    assert q["text"].endswith("no room for complacency.")


def test_organisation_statement_is_its_spokesperson(extract_one):
    (q,) = quotes(extract_one, "In a statement, WDP said: “We are proud of the team and the difference they make every day.”")
    assert q["speaker"] == "Via spokesperson"
    (q,) = quotes(extract_one, "Leeds City Council said: “We will publish the full report on our website next week.”")
    assert q["speaker"] == "Leeds City Council spokesperson"


def test_a_term_in_single_marks_inside_a_sentence_is_not_speech(extract_one):
    rec = extract_one("Outreach workers say so-called ‘monkey dust’ is turning up in the town again after two quiet years.")
    assert [q for q in rec["quotes"] if q["kind"] == "direct"] == []


def test_a_quoted_label_is_not_stored_as_a_quote(extract_one):
    text = ("The committee considered the report. A copy, marked ‘Agenda Item 8’, is filed with these minutes, "
            "and the ‘Healthier Lives Plan’ was noted.")
    assert extract_one(text)["quotes"] == []


def test_a_letter_or_short_code_in_quotation_marks_is_a_label_not_a_quote(extract_one):
    text = ("Minutes of the meeting held in Committee Room 'B' at County Hall. The board chose Option '2a' for the "
            "treatment contract.")
    assert extract_one(text)["quotes"] == []


def test_a_single_quotation_mark_before_a_conjunction_closes_the_quote(extract_one):
    # "themselves’ and ..." reads like a plural possessive; a conjunction after it shows it closes
    text = ("Cllr Tobias Caverhill, the council’s cabinet member for wellbeing, said the group showed ‘what "
            "neighbours can do for themselves’ and that he would visit it in the new year.")
    found = [q["text"] for q in extract_one(text)["quotes"]]
    assert found == ["what neighbours can do for themselves"]


def test_two_phrases_a_clause_of_narration_keeps_apart_are_two_quotes(extract_one):
    text = ("The review stated that the service “depends far too much on one town-centre building” and that "
            "results in the eastern villages “fall a long way short of the rest of the borough”.")
    got = {q["text"] for q in extract_one(text)["quotes"]}
    assert got == {"depends far too much on one town-centre building", "fall a long way short of the rest of the borough"}


def test_a_quote_split_by_its_attribution_or_by_adding_stays_one(extract_one):
    text = ("Tamsin Quayle, who manages the hub, spoke to the board.\n"
            "“The waiting list is shorter than it was last winter,” Ms Quayle said, “and the new evening clinic is always full.”\n"
            "She praised the volunteers as “the reason the doors stay open every single day”, adding that "
            "“nobody here has ever been turned away without a plan”.")
    got = [q for q in quotes(extract_one, text)]
    assert len(got) == 2 and all(q["speaker"] == "Tamsin Quayle" for q in got)
    assert "evening clinic" in got[0]["text"] and "turned away" in got[1]["text"] and "doors stay open" in got[1]["text"]


def test_a_quote_split_by_he_went_on_stays_one(extract_one):
    text = ("Assistant coroner Howard Quillby said the man had done all that was asked of him.\n"
            "“The weekend is when the risk to a man in his position is at its highest,” he went on, “and it is "
            "when the system stops working.”")
    (q,) = quotes(extract_one, text)
    assert q["speaker"] == "Howard Quillby" and "stops working" in q["text"]


def test_a_speech_verb_with_a_clause_of_its_own_between_two_phrases_keeps_them_apart(extract_one):
    text = ("14.4 The report described the new hub as “the single biggest change in the county this year”, but warned "
            "that demand from people using crack “continues to outstrip what the present workforce can offer”.")
    got = {q["text"] for q in extract_one(text)["quotes"]}
    assert got == {"the single biggest change in the county this year", "continues to outstrip what the present workforce can offer"}
