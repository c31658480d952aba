def figs(extract_one, text):
    return [(f["unit"], f["value"]) for f in extract_one(text)["figures"]]


def test_money_in_all_its_forms(extract_one):
    text = "The council awarded a £13m contract, added £380k, then £2.4 million, and a quarter of a million pounds."
    assert figs(extract_one, text) == [("GBP", 13e6), ("GBP", 380e3), ("GBP", 2.4e6), ("GBP", 250e3)]


def test_percentages_in_words_and_fractions(extract_one):
    text = ("Seven per cent more people, 8.2% of clients, one in four adults and three quarters of the people "
            "in treatment finished the course.")
    assert figs(extract_one, text) == [("percent", 7), ("percent", 8.2), ("percent", 25), ("percent", 75)]


def test_counts_and_ranges(extract_one):
    rec = extract_one("There were 2,416 clients last year, and between 150 and 200 people are waiting.")
    assert [(f["unit"], f["value"]) for f in rec["figures"]] == [("count", 2416), ("count", 150), ("count", 200)]
    assert [f["range_part"] for f in rec["figures"]] == [None, "low", "high"]


def test_numbers_that_are_not_figures(extract_one):
    text = ("In 2019 a man aged 34 started a three-year contract at 7pm on 1 July. Call 0300 123 4567 or 101. "
            "Agenda item 9 was heard in Ward 44 at 4 Ship Lane, and the 12-week course runs on bus route 75.")
    assert figs(extract_one, text) == []


def test_measure_kind_and_flags(extract_one):
    rec = extract_one("Around 1,739 adults were in treatment in 2022/23. The contract is worth £5.4m a year.")
    adults, money = rec["figures"]
    assert adults["approximate"] == 1 and adults["measure"] == "adults" and adults["kind"] == "people in treatment"
    assert adults["period"] == "2022/23"
    assert money["kind"] == "contract value" and money["value"] == 5.4e6


def test_age_in_apposition_is_not_a_count(extract_one):
    text = "Volunteer Tariq Hussain, 29, joined the team, which now has 12 mentors."
    assert figs(extract_one, text) == [("count", 12)]


def test_money_measure_comes_from_the_money_word(extract_one):
    rec = extract_one("The Board heard that the current contract was worth £5.4m a year.")
    assert rec["figures"][0]["measure"] == "contract"
    rec = extract_one("Leeds City Council is investing £300,000 in a new hub for people who want to cut down.")
    assert rec["figures"][0]["measure"] == "investing" and rec["figures"][0]["kind"] == "funding"


def test_kind_comes_from_the_words_nearest_the_figure(extract_one):
    rec = extract_one("Papers show that 3,410 adults were in treatment in the city last year, and that waiting "
                      "times for a first appointment had fallen to an average of nine days.")
    assert [(f["value"], f["kind"]) for f in rec["figures"]] == [(3410, "people in treatment")]


def test_figure_tied_to_the_area_and_provider_in_its_sentence(extract_one):
    rec = extract_one("Leeds City Council awarded Humankind a £9m contract. Nationally 300 people were waiting.")
    tied = {f["value"]: (f["area_code"], f["provider_slug"]) for f in rec["figures"]}
    assert tied == {9e6: ("LDS", "humankind"), 300: (None, None)}


def test_counts_with_scales_dashed_ranges_and_points(extract_one):
    rec = extract_one("Some 1.5m people drink at risky levels and 200-250 people are waiting. "
                      "The rate rose by 5 percentage points in 2022-23.")
    assert [(f["unit"], f["value"], f["range_part"]) for f in rec["figures"]] == [
        ("count", 1.5e6, None), ("count", 200, "low"), ("count", 250, "high"), ("percent", 5, None)]


def test_count_next_to_a_date_phrase_is_kept(extract_one):
    rec = extract_one("Drug deaths in the borough rose to 41 last year, while 1,250 adults were in treatment.")
    assert [(f["value"], f["kind"]) for f in rec["figures"]] == [(41, "deaths"), (1250, "people in treatment")]


def test_durations_and_clock_times_in_words_are_not_counts(extract_one):
    text = ("Waiting times fell to an average of five working days. A crisis at three in the morning "
            "is when 12 outreach workers are on call.")
    assert figs(extract_one, text) == [("count", 12)]
