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
    rec = extract_one("Members were told that the existing contract was worth £3.1m a year.")
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


# --- issue 12: figures written the way council papers and local news write them --------------

def test_money_in_words_halves_and_spaced_thousands(extract_one):
    text = ("The charity will receive half a million pounds and the trust 1.2 million pounds. "
            "The budget line reads £2, 415,000 for the year.")
    assert figs(extract_one, text) == [("GBP", 500e3), ("GBP", 1.2e6), ("GBP", 2_415_000)]


def test_hyphenated_fractions_and_thirds_to_two_decimals(extract_one):
    text = "Two-thirds of clients and three-quarters of families said it helped; a third of staff disagreed."
    assert figs(extract_one, text) == [("percent", 66.67), ("percent", 75), ("percent", 33.33)]


def test_figures_in_lists_and_bracketed_comparisons(extract_one):
    text = ("Headline figures for the year:\n412 people started treatment\n"
            "• 1,030 adults were in treatment (previous year: 980)\n• 57 people died (2021/22: 49)")
    rec = extract_one(text)
    assert [(f["value"], f["counted"]) for f in rec["figures"]] == [
        (412, "people in treatment"), (1030, "people in treatment"), (980, "people in treatment"),
        (57, "deaths"), (49, "deaths")]


def test_durations_frequencies_times_and_ages_are_not_counts(extract_one):
    text = ("Most clients stay for three to five years, and the group meets two nights a week and four "
            "evenings a week. The day centre shuts at four, the helpline is busiest between nine and five, "
            "and again after eight o’clock. Dan, who is 34, said she was 19 when she first used heroin.")
    assert figs(extract_one, text) == []


def test_item_table_and_resolution_numbers_are_not_counts(extract_one):
    text = ("Papers list Table 3, paragraph 4.2 and Recommendation 2; Ref: 2231.\n"
            "47 Treatment Contract Extension\n(1) That the contract be extended.\n2. That 15 beds be bought.")
    assert figs(extract_one, text) == [("count", 15)]


def test_phone_numbers_in_every_layout_are_not_counts(extract_one):
    assert figs(extract_one, "Call (01632) 960 123, +44 1632 960123 or 0800 123 4567 for help.") == []


def test_a_minute_numbered_by_its_year_is_not_a_count_even_where_it_reads_like_nhs_111(extract_one):
    text = ("The recovery café was discussed.\n"
            "24/110 Apologies for absence\nApologies were received from Cllr Wendover.\n"
            "24/111 Declarations of interest\nNone were made.\n"
            "24/112 Recovery café grant\nThe council agreed a grant. Out of hours, call 111.")
    assert figs(extract_one, text) == []


def test_the_age_someone_was_drawn_in_at_or_a_service_ends_at_is_not_a_count(extract_one):
    text = ("A father from Pellworth whose daughter was groomed by older boys at 13 said: “We had no idea.”\n"
            "Too many young people fall through the gap at 18, when the children’s service ends, and 40 were "
            "referred to the adult service last year.")
    assert figs(extract_one, text) == [("count", 40)]


def test_days_of_a_community_order_school_years_and_waking_ages_are_not_counts(extract_one):
    text = ("The bench imposed a community order with a drug rehabilitation requirement and 25 rehabilitation "
            "activity requirement days.\n"
            "A survey of 1,870 pupils in years 8 and 10 found that 17 per cent had tried cannabis.\n"
            "“Nobody wakes up at 14 and decides to have a problem with drink,” she said.")
    assert figs(extract_one, text) == [("count", 1870), ("percent", 17)]


def test_the_other_end_of_a_change_written_in_words(extract_one):
    text = "Board members heard that deaths linked to drugs in the county had fallen from 11 to seven over the period."
    assert figs(extract_one, text) == [("count", 11), ("count", 7)]


def test_ages_of_the_dead_and_ages_reached_are_not_counts(extract_one):
    text = ("“I had to bury my daughter at 27. I don’t want another family to go through it,” she said.\n"
            "The three men, aged 36, 41 and 58, died within a month of each other.\n"
            "Both services will now meet every young person when they reach 17 and a half.")
    assert figs(extract_one, text) == [("count", 3)]  # the three men are counted; their ages are not


def test_a_family_members_age_told_by_kinship_is_not_a_count(extract_one):
    text = ("“My son was nine when I first went into rehab, and he knew more than I thought,” she said.\n"
            "Her eldest daughter is only 4. My brother was 15 when he started.\n"
            "My daughter was one of 12 children in the group.")
    assert figs(extract_one, text) == [("count", 12)]


def test_pence_after_a_possessive_and_in_words_and_a_multiple_with_a_half(extract_one):
    text = ("The council will press again for a minimum unit price, following Wales’s 50p minimum.\n"
            "A can of the cheapest cider costs 85 pence.\n"
            "A breath test showed 80 microgrammes of alcohol in 100 millilitres of breath, two and a half times the "
            "legal limit.")
    assert figs(extract_one, text) == [("GBP", 0.5), ("GBP", 0.85)]


def test_a_share_set_against_years_ago_and_a_share_more_of_a_group(extract_one):
    text = ("The council wants a quarter more of them to finish treatment by 2027.\n"
            "A third of the clients were women, up from around a fifth five years ago.\n"
            "It will take a quarter more time to reach the wards.")
    assert figs(extract_one, text) == [("percent", 25.0), ("percent", 33.33), ("percent", 20.0)]


def test_measures_in_microgrammes_and_road_junctions_are_not_counts(extract_one):
    text = ("A breath test showed 74 microgrammes of alcohol in 100 millilitres of breath.\n"
            "The A1 southbound was closed between junctions 34 and 35 for most of the morning.")
    assert figs(extract_one, text) == []


def test_a_table_row_of_days_or_weeks_holds_no_counts(extract_one):
    text = ("Measure | North hub | South hub | Borough | England\n"
            "Median days from referral to first appointment | 8 | 21 | 13 | 6\n"
            "Average wait (weeks) | 2 | 4 | 3 | 2\n"
            "People waiting more than three weeks | 14 | 6 | 20 | -")
    assert figs(extract_one, text) == [("count", 14), ("count", 6), ("count", 20)]


def test_minutes_to_an_hour_a_documents_code_and_a_channel_are_not_counts(extract_one):
    text = ("‘Now I get the bus at twenty to eight and I’m not home till two,’ he said.\n"
            "London Borough of Pellcombe | Officer Delegated Powers Report | ODR 2214\n"
            "Report number: ODR 2214\n"
            "Watch the programme on Freeview channel 7 on Thursdays. The service now has 312 clients.")
    assert figs(extract_one, text) == [("count", 312)]


def test_a_place_whose_name_opens_with_a_number_and_an_age_threshold(extract_one):
    text = ("Three Bridges Recovery Circle won the community project of the year, and 40 people came to the party.\n"
            "“I would like a named plan for every person over 45 who is on a script,” she said.")
    assert figs(extract_one, text) == [("count", 40)]


def test_fixed_geography_is_not_a_count_but_a_number_of_councils_is(extract_one):
    text = ("The county's five districts, the two councils and all seven of the region's boroughs agreed, "
            "and 12 councils have signed up.")
    assert figs(extract_one, text) == [("count", 12)]


def test_return_on_investment_ratios_are_not_money(extract_one):
    text = ("Every £1 spent on treatment saves £4 in crime costs, and the service gives a £3 return for "
            "every £1 invested. The grant is £250,000.")
    assert figs(extract_one, text) == [("GBP", 250e3)]


def test_a_rate_keeps_its_denominator_and_is_never_a_count_of_it(extract_one):
    rec = extract_one("Alcohol deaths stood at 9.4 per 1,000 residents, and the rate per 100,000 population "
                      "has risen.")
    [rate] = rec["figures"]
    assert (rate["unit"], rate["value"], rate["denominator"], rate["measure"]) == ("rate", 9.4, 1000, "residents")


def test_a_count_says_what_it_counts_and_whether_those_are_people(extract_one):
    rec = extract_one("The county council has 1,200 people in treatment, 45 detox beds, three contracts, "
                      "310 hospital admissions and 28 deaths, and staff recorded 85 occasions of misuse.")
    assert [(f["value"], f["counted"], f["counts_people"]) for f in rec["figures"]] == [
        (1200, "people in treatment", 1), (45, "places", 0), (3, "contracts", 0), (310, "cases", 0),
        (28, "deaths", 1), (85, "cases", 0)]


def test_per_period_total_and_qualifier(extract_one):
    rec = extract_one("The contract is worth £2m a year, or more than £13m over seven years, and the hub "
                      "sees around 300 people a week.")
    assert [(f["value"], f["per"], f["qualifier"], f["approximate"]) for f in rec["figures"]] == [
        (2e6, "year", None, 0), (13e6, "total", "more than", 1), (300, "week", "around", 1)]


def test_a_repeated_figure_points_at_its_first_mention(extract_one):
    rec = extract_one("The council will spend £1.2m on the service. \"That £1.2m will change lives,\" she said. "
                      "Deaths rose by a third, and a third of clients found work.")
    assert [(f["text"], f["repeat_of"]) for f in rec["figures"]] == [
        ("£1.2m", None), ("£1.2m", 0), ("a third", None), ("a third", None)]


def test_report_furniture_is_not_a_figure(extract_one):
    text = ("The budget is £3.2m (£000s in the table). Page 4 of 12. The initial term of 5 years can be "
            "extended by 2 + 2 years.")
    assert figs(extract_one, text) == [("GBP", 3.2e6)]


def test_both_ends_of_a_range_share_what_they_count_and_their_period(extract_one):
    rec = extract_one("Around 25 to 30 people attend each week.")
    assert [(f["value"], f["range_part"], f["per"], f["counted"]) for f in rec["figures"]] == [
        (25, "low", "week", "people"), (30, "high", "week", "people")]


def test_rates_with_their_noun_newspaper_pc_and_hourly_pay(extract_one):
    rec = extract_one("A 10pc rise took the rate to 14.2 deaths per 100,000 population, against 9.4 per 100k "
                      "nationally; support workers earn £9.50 an hour. Lot 2 and KPI 3 were met.")
    assert [(f["unit"], f["value"], f["denominator"], f["measure"] if f["unit"] == "rate" else f["per"])
            for f in rec["figures"]] == [("percent", 10, None, None), ("rate", 14.2, 100_000, "deaths"),
                                         ("rate", 9.4, 100_000, None), ("GBP", 9.5, None, "hour")]


def test_out_of_is_a_share_and_gallery_counters_and_ranks_are_not_counts(extract_one):
    text = "Nine out of 10 clients felt safer; Image 2 of 5 shows the hub in Flat 3, one of the top 10 services."
    assert figs(extract_one, text) == [("percent", 90)]


def test_a_count_compared_or_split_counts_the_same_thing(extract_one):
    rec = extract_one("Some 2,310 people accessed the service last year, 640 of them for alcohol, and 118 were "
                      "referred by GPs. There were 74 drug-related deaths in 2023, up from 61.")
    assert [(f["value"], f["counted"]) for f in rec["figures"]] == [
        (2310, "people in treatment"), (640, "people in treatment"), (118, "people referred"), (74, "deaths"),
        (61, "deaths")]


def test_what_rose_or_fell_to_a_number_is_what_it_counts(extract_one):
    rec = extract_one("Members discussed alcohol-specific deaths in the borough, which last year climbed to 38. "
                      "The charity worked with 1,900 adults, including 220 who were under 21, and bought 75 laptops.")
    assert [(f["value"], f["counted"]) for f in rec["figures"]] == [
        (38, "deaths"), (1900, "people"), (220, "people"), (75, "items")]


def test_a_count_of_things_is_never_of_the_people_in_treatment_kind(extract_one):
    rec = extract_one("The service's 400 clients use 12 hubs, and police made 41 arrests.")
    assert [(f["value"], f["kind"], f["counts_people"]) for f in rec["figures"]] == [
        (400, "people in treatment", 1), (12, "other", 0), (41, "other", 0)]


def test_dash_and_star_bulleted_lists_keep_their_figures(extract_one):
    rec = extract_one("Key facts for the year\n- 412 people started treatment\n- 96 staff work in the service\n* 30 beds")
    assert [(f["value"], f["counted"], f["kind"]) for f in rec["figures"]] == [
        (412, "people in treatment", "people in treatment"), (96, "staff", "staffing"), (30, "places", "other")]


def test_thousands_headings_and_committee_page_furniture_are_not_figures(extract_one):
    text = ("Budget (£'000) for the year.\nMeeting: 14/03/2024 - Cabinet (Item 63)\nDate of decision: 14/03/2024\n"
            "Contact: Jo Bloggs, Tel: 01234 567890, Agenda Item 5, Page 23")
    assert figs(extract_one, text) == []


def test_unit_words_are_whole_words_and_rates_do_not_take_a_preposition_as_their_noun(extract_one):
    rec = extract_one("The service employs 86 FTE staff and visits 12 nightclubs; deaths stand at 5.1 per 100,000 "
                      "for England.")
    assert [(f["unit"], f["value"], f["measure"] if f["unit"] == "rate" else f["counted"]) for f in rec["figures"]] == [
        ("count", 86, "staff"), ("count", 12, None), ("rate", 5.1, None)]


def test_annual_before_a_sum_and_per_period_only_within_the_clause(extract_one):
    rec = extract_one("Cabinet approved an annual contract value of £4.25m and an annual £2m grant. The annual "
                      "report shows 400 people were helped, and the weekly total: 35 visits.")
    assert [(f["value"], f["per"]) for f in rec["figures"]] == [(4.25e6, "year"), (2e6, "year"), (400, None), (35, "week")]


def test_a_repeat_that_does_not_say_what_it_counts_links_to_the_one_that_does(extract_one):
    rec = extract_one("The service helped 1,650 people last year.\nCouncillor Jane Doe said: \"That 1,650 figure "
                      "is a huge achievement.\" The hub has 12 beds and 12 staff.")
    assert [(f["value"], f["counted"], f["repeat_of"]) for f in rec["figures"]] == [
        (1650, "people", None), (1650, "people", 0), (12, "places", None), (12, "staff", None)]
    assert rec["figures"][1]["kind"] == rec["figures"][0]["kind"]


def test_a_number_of_times_is_a_count_unless_it_multiplies_or_repeats(extract_one):
    text = ("Kits were used at least 42 times in the borough this year. Men are three times more likely to die, "
            "the van visits four times a week and readings were five times the legal limit.")
    assert figs(extract_one, text) == [("count", 42)]


def test_a_fraction_as_the_subject_of_a_sentence(extract_one):
    text = "In 2023 the service saw 300 young people. Three-quarters were referred for cannabis. Half are girls."
    assert figs(extract_one, text) == [("count", 300), ("percent", 75), ("percent", 50)]


def test_table_cells_meeting_times_extensions_names_and_units(extract_one):
    assert figs(extract_one, "Alcohol only | 902 | 1,115 | +24%") == [("count", 902), ("count", 1115), ("percent", 24)]
    text = ("Commenced 1030, concluded 1215. The contract runs with an option to extend for a further two. "
            "Project 6 and Ward 12 staff seized 3 litres of spirits and ran two outreach sessions a week. "
            "Last year 310 people were seen, and Half the people I see are new.")
    assert figs(extract_one, text) == [("count", 310), ("percent", 50)]


def test_how_often_in_words_is_not_a_tally(extract_one):
    text = "Of those admitted, 9% were admitted at least three times; the kits were used 37 times."
    assert figs(extract_one, text) == [("percent", 9), ("count", 37)]


def test_clock_words_ages_and_fixed_divisions(extract_one):
    text = ("It is what happens between six and midnight that matters. The drop-in runs 10am to 12 noon. "
            "The council split the county into two contract areas. Of the 58 people who died, the average age "
            "at death was 43, and just over half – 31 – were men.")
    assert figs(extract_one, text) == [("count", 58), ("percent", 50), ("count", 31)]


def test_percent_ranges_quarters_of_millions_and_unsaid_periods(extract_one):
    text = ("Between 55 and 60 per cent of dependent drinkers are not in treatment. The extension adds a further "
            "quarter of a million pounds. The county’s six district and borough council areas agreed. "
            "It did in a year what the old system could not do in five.")
    assert figs(extract_one, text) == [("percent", 55), ("percent", 60), ("GBP", 250000)]


def test_over_forty_as_a_predicate_is_an_age(extract_one):
    text = "Around half of the people in treatment were now over 40. Referrals rose to over 400."
    assert figs(extract_one, text) == [("percent", 50), ("count", 400)]


def test_hyphenated_fractions_of_money_and_fifths(extract_one):
    text = "The council will add three-quarters of a million pounds, and two-fifths of clients are women."
    assert figs(extract_one, text) == [("GBP", 750000), ("percent", 40)]


def test_ranges_after_a_capitalised_preposition_fractions_by_almost_and_numbering(extract_one):
    text = ("“Between 40 and 50 of them were frequent attenders.” Referrals rose by almost a third in a year. "
            "The borough’s two clinical commissioning groups agreed. We see children as young as 12.\n"
            "65. 1. That the performance of the service be noted.")
    assert figs(extract_one, text) == [("count", 40), ("count", 50), ("percent", 33.33)]


def test_page_ranges_elided_durations_and_a_named_persons_age_are_not_counts(extract_one):
    text = ("Ms Hale introduced the report (pages 31 to 48 of the agenda pack). The contract runs over five years "
            "with an option to extend by two. Waits were between three and five working days, down from 21 days "
            "to nine. Jordan was 31, he had a little girl. There were 120 people in treatment.")
    assert figs(extract_one, text) == [("count", 120)]


def test_a_verb_with_on_before_what_it_counts_keeps_the_count(extract_one):
    text = ("The new provider has taken on 34 staff from the old one. The team focused in particular on 35 "
            "patients. The clinic opens on 12 March.")
    assert figs(extract_one, text) == [("count", 34), ("count", 35)]


def test_a_hyphened_bed_or_place_count_is_a_count_and_a_duration_is_not(extract_one):
    text = "The six-bed unit and a 12-place detox will open, with a 24-hour line and a two-year contract."
    assert figs(extract_one, text) == [("count", 6), ("count", 12)]


def test_a_number_before_another_numbers_date_words_is_a_count(extract_one):
    text = "There were 61 deaths across the county last year, compared with 44 five years earlier."
    assert figs(extract_one, text) == [("count", 61), ("count", 44)]


def test_ages_clock_times_loose_units_and_fixed_infrastructure_are_not_counts(extract_one):
    text = ("Her son, now 27, has been clean for 14 months. Most of those who died were over 40 and had been in "
            "treatment for years. “This year I’ll be up at six peeling potatoes,” she said. People lived within "
            "a mile or two of the hospital and passed through the county’s two custody suites.")
    assert figs(extract_one, text) == []


def test_a_fraction_at_one_end_of_a_change_in_per_cent(extract_one):
    text = "Retention at twelve weeks has gone from just over a third to nearly 60% since the evening clinics began."
    assert figs(extract_one, text) == [("percent", 33.33), ("percent", 60)]


def test_item_numbers_in_a_bulleted_agenda_are_not_counts(extract_one):
    text = "Items considered:\n* 32 Drug and Alcohol Services: new contract\n• 33 Date of Next Meeting\n- 34 people attended."
    assert figs(extract_one, text) == [("count", 34)]


def test_labels_references_age_thresholds_and_names_are_not_counts(extract_one):
    text = ("The meeting was held in Committee Rooms 1 and 2 to consider the service report (Paper No. 12-611). "
            "The council urges people over 50 to drink less. Men released from HMP Five Wells are offered help. "
            "We spent two years splitting one council into two.")
    assert figs(extract_one, text) == []


def test_a_count_after_last_year_and_a_bulleted_figure(extract_one):
    text = "Last year 96 residents needed an inpatient detox.\n• 40 GP practices signed up to refer patients."
    assert figs(extract_one, text) == [("count", 96), ("count", 40)]


def test_how_often_an_age_after_a_titled_name_and_people_under_18_and_a_team_size(extract_one):
    text = ("417 people had attended five or more times in a year, some ten or fifteen times. “I was alone,” said "
            "Mrs Wanjiru, 58. The team supported 188 under-18s. The seven-strong alcohol care team is based there.")
    assert figs(extract_one, text) == [("count", 417), ("count", 188), ("count", 7)]


def test_ages_when_a_habit_began_and_after_a_man_of_are_not_counts(extract_one):
    text = ("Her son started using heroin at 19 and she left school at 16. For a man of 50 with a damaged liver, "
            "staying alive is the goal. The drop-in was set up by two volunteers and now sees 35 families.")
    assert figs(extract_one, text) == [("count", 2), ("count", 35)]


def test_the_two_services_points_back_to_a_pair(extract_one):
    text = ("Change Grow Live and Humankind run the county's treatment; the two services now share a doctor rota. "
            "The council awarded two contracts and the four contracts it replaced cost £3m.")
    assert figs(extract_one, text) == [("count", 2), ("count", 4), ("GBP", 3e6)]


def test_parts_of_a_year_are_periods_and_a_share_someone_accounts_for_is_a_percentage(extract_one):
    text = ("42 residents completed a detox in the first half of the year and 640 patients were seen in the first "
            "three quarters of the year. The grant is £30m, of which drug treatment accounts for about a quarter.")
    assert figs(extract_one, text) == [("count", 42), ("count", 640), ("GBP", 30e6), ("percent", 25)]


def test_bed_days_saved_are_counted(extract_one):
    text = "The nurses saw 2,340 patients and estimate that they saved around 1,300 bed days."
    assert figs(extract_one, text) == [("count", 2340), ("count", 1300)]


def test_a_bus_route_an_age_after_a_name_or_of_the_youngest_and_a_clock_every_morning(extract_one):
    text = ("He catches the 47 bus into town. Her son, Corwen Abbotsleigh, now 28, is in recovery. The new mentors, the "
            "youngest of whom is 23, start today. He was at the allotment at seven every morning. That was two winters ago.")
    assert figs(extract_one, text) == []


def test_counts_after_the_past_year_from_the_number_of_and_a_number_word_opening_a_story(extract_one):
    text = "Nine people have finished the mentor course."
    assert figs(extract_one, text) == [("count", 9)]
    text = ("In the past year 14 people went on to volunteer. The provider cut the number of buildings it leased from "
            "seven to five.")
    assert figs(extract_one, text) == [("count", 14), ("count", 7), ("count", 5)]


def test_shares_that_rise_to_or_did_something_and_tallies_after_a_titled_surname(extract_one):
    text = ("Officers want the completion rate to rise to at least half by 2027. Around half involved people already "
            "known to the service. Staff tried to contact Mr Penhallow-Quist 14 times by phone.")
    assert figs(extract_one, text) == [("percent", 50), ("percent", 50), ("count", 14)]


def test_walks_a_week_and_the_two_town_centres_are_not_counts(extract_one):
    text = "The recovery group runs three walks a week, and incidents in the two town centres rose by 17%."
    assert figs(extract_one, text) == [("percent", 17)]


def test_a_key_decisions_starred_item_number_and_an_age_then_are_not_counts(extract_one):
    text = ("*64 Community Drug and Alcohol Service: Award of Contract\n"
            "64.1 Cabinet agreed the award. Mrs Ogilby said her son, then 19, had waited weeks for a first "
            "appointment; Ashok Dhariwal, then 34, said the same.")
    assert figs(extract_one, text) == []


def test_minute_numbers_set_apart_by_spaces_and_dozens(extract_one):
    text = ("1  DECLARATIONS OF INTEREST\n"
            "None were declared.\n"
            "2  HOUSING REPAIRS\n"
            "The extension would get two dozen people into rehab and train three dozen volunteers.")
    assert figs(extract_one, text) == [("count", 24.0), ("count", 36.0)]


def test_addresses_clock_times_and_life_stage_ages_are_not_counts(extract_one):
    text = ("The service will move to new premises at 14 Tanner Grove next month. “Most of it happens over a brew "
            "at half eleven on a Tuesday,” he said. The group lost 15 volunteers in the first lockdown, most of them "
            "over 70 and shielding. “One day you’re a nan, the next you’re a mum again at 60, with a child to raise.”")
    assert figs(extract_one, text) == [("count", 15.0)]


def test_a_change_or_a_target_given_as_a_fraction(extract_one):
    text = ("The advice line took 1,264 calls in the first six months, an increase of a fifth on the same period in 2020. "
            "The plan is to raise the proportion of people completing treatment successfully to a quarter; almost half of "
            "the people on opioid substitution were over 45 and many had serious health problems.")
    assert figs(extract_one, text) == [("count", 1264.0), ("percent", 20.0), ("percent", 25.0), ("percent", 50.0)]


def test_a_difference_given_as_a_fraction(extract_one):
    text = "The contract price was roughly one-fifth lower than the combined cost of the current services."
    assert figs(extract_one, text) == [("percent", 20.0)]


def test_a_share_in_quotation_marks_goes_on_past_its_closing_mark(extract_one):
    text = "Drug and alcohol services would keep ‘well over a third’ of the grant, he added."
    assert figs(extract_one, text) == [("percent", 33.33)]


def test_a_difference_given_as_a_fraction_with_its_comparison_left_out(extract_one):
    text = "The grant has fallen for six years running. That is almost a quarter less, at a time when deaths are rising."
    assert figs(extract_one, text) == [("percent", 25.0)]


def test_more_years_a_few_hundred_and_between_two_boroughs_are_not_counts(extract_one):
    text = ("The contracts run for three years, with the option of extending them for up to two more years. “If we get "
            "even a few hundred more people into treatment, that is a win,” he said. The deal will end the postcode "
            "lottery between two neighbouring boroughs, and 412 people are waiting.")
    assert figs(extract_one, text) == [("count", 412.0)]


def test_a_councils_own_teams_and_boards_one_to_a_council_are_not_counts(extract_one):
    text = ("Rutland and Leicestershire commission their own services, and the two public health teams meet each "
            "month. The three health and wellbeing boards will see the plan, which covers 640 people in treatment.")
    assert figs(extract_one, text) == [("count", 640.0)]


def test_a_count_after_an_age_range_and_ages_of_the_youngest_and_of_a_death_are_counted_right(extract_one):
    text = ("Most of those who died were men aged between 35 and 54, and seven of the nine deaths involved heroin. "
            "The youngest person in treatment last year was 19 and the oldest was 81. “An overdose you would have "
            "survived at 30 can kill you now,” she said.")
    assert figs(extract_one, text) == [("count", 7.0), ("count", 9.0)]


def test_places_with_their_figures_a_labelled_total_and_hours_of_the_day(extract_one):
    compared = "Wigan had 1,310 adults in treatment, Oldham 1,040 and Bury 760, the report says."
    assert figs(extract_one, compared) == [("count", 1310.0), ("count", 1040.0), ("count", 760.0)]
    labelled = "Estimated number of adults in treatment at any one time: 5,900."
    assert figs(extract_one, labelled) == [("count", 5900.0)]
    hours = ("It is just after eight on a grey Tuesday morning and 30 people are waiting. “We need a service "
             "open in the evenings, not just nine to five,” she said. The number of hubs fell from seven to five.")
    assert figs(extract_one, hours) == [("count", 30.0), ("count", 7.0), ("count", 5.0)]


def test_occasions_volunteers_in_a_range_and_a_second_route_number(extract_one):
    text = ("The gritters went out on 41 occasions. The trust will train between five and nine peer volunteers. "
            "The hub is on bus routes 118 and 306.")
    assert figs(extract_one, text) == [("count", 41.0), ("count", 5.0), ("count", 9.0)]


def test_ages_told_by_the_verbs_and_openings_that_go_with_them(extract_one):
    text = ("Kerris was 18 the first time she drank in the morning and 29 when she asked for help. Now 35, she "
            "mentors 12 women. “I didn’t think I’d see 40,” she said.")
    assert figs(extract_one, text) == [("count", 12.0)]


def test_a_fall_of_a_share_after_what_fell(extract_one):
    assert figs(extract_one, "The fall in referrals, of about a fifth, worried the board.") == [("percent", 20.0)]


def test_a_table_row_labelled_as_a_rate_and_last_years_figure_in_brackets(extract_one):
    text = ("Table 2: Outcomes, 2022/23 (2021/22)\n\nDeaths in treatment | 23 (19)\n\n"
            "Alcohol-related admissions per 100,000 population | 702 (688)\n\nAdults in treatment | 1,204 (1,150)")
    assert figs(extract_one, text) == [("count", 23.0), ("count", 19.0), ("rate", 702.0), ("rate", 688.0),
                                       ("count", 1204.0), ("count", 1150.0)]


def test_numbers_inside_references_and_codes_and_an_age_after_at(extract_one):
    text = ("DECISION MADE: (Ref: EXD 21/22 10457)\n\nMain CPV code: 85323000 (community health services).\n\n"
            "Now, at 52, he is one of 17 peer mentors. He lost his flat at 41, his job a year later.")
    assert figs(extract_one, text) == [("count", 17.0)]


def test_opening_hours_in_digits_or_words_are_no_counts_but_a_fall_stays_one(extract_one):
    hours = ("The Carrow Lane hub is open from 10 till 4 on Saturdays and until eight on Thursdays. The "
             "helpline is staffed between 9 and 5, Monday to Friday, and the drop-in runs from ten to two every "
             "Wednesday.")
    assert figs(extract_one, hours) == []
    falls = ("The number of hubs open at weekends fell from seven to five. Sessions held on Mondays went from "
             "4 to 9 after the hub is open 12 hours a day.")
    assert figs(extract_one, falls) == [("count", 7.0), ("count", 5.0), ("count", 4.0), ("count", 9.0)]


def test_a_count_after_at_an_accented_name_with_an_age_and_a_share_of_the_usual_level(extract_one):
    text = ("Since March the team has started leaving kits at three hostels. Seán, 47, from Deptford, "
            "took one. Calls were about half the usual number, and deaths were a third of the national average. "
            "She started drinking at 15.")
    assert figs(extract_one, text) == [("count", 3.0), ("percent", 50.0), ("percent", 33.33)]


def test_a_distance_in_streets_the_last_part_of_a_code_a_second_term_and_a_column_of_lot_numbers(extract_one):
    text = ("She lived three streets from the hub. Key decision reference: KD-2425-207\n\n"
            "Term: four years, plus up to two\n\n"
            "Lot | Service | Recommended provider | Bids received\n\n"
            "1 | Adult treatment and recovery | Change Grow Live | 5\n\n"
            "2 | Young people's service | Humankind | 3\n\n"
            "The contract will run for five years, with an option to extend for a further two.")
    assert figs(extract_one, text) == [("count", 5.0), ("count", 3.0)]
    assert figs(extract_one, "The deal runs for four years with the option of a further two.") == []
    counted = "Measure | Number\n\nStaff who transferred | 141\n\nNew posts filled | 23"
    assert figs(extract_one, counted) == [("count", 141.0), ("count", 23.0)]


def test_shares_with_common_verbs_a_range_of_shares_a_target_under_a_number_and_the_top_of_an_age_band(extract_one):
    text = ("Of the £4.2m budget, roughly two-thirds came from the grant, and more than half went on prescribing. "
            "Between a quarter and a third of those who started treatment were referred by the police. "
            "“We can bring the list down to under 40 by spring,” she said. Drinkers under 50 were most at risk. "
            "Waits fell from eight weeks to under three.\n\n"
            "Rate per 1,000 population aged 18-64 | 6.1\n\nAged 25 to 49 | 212")
    assert figs(extract_one, text) == [("GBP", 4.2e6), ("percent", 66.67), ("percent", 50.0), ("percent", 25.0),
                                       ("percent", 33.33), ("count", 40.0), ("rate", 6.1),
                                       ("count", 212.0)]


def test_both_ends_of_an_age_the_pair_just_named_and_counts_still_counted(extract_one):
    text = ("Most had started drinking at 14 or 15. “We see lads of 18 and 19 who drink every day,” he said. The "
            "report called the gap between the two the biggest risk. Clients were split between the 9 hubs.")
    assert figs(extract_one, text) == [("count", 9.0)]


def test_shares_of_cases_and_before_a_change_the_other_councils_and_a_number_before_a_year(extract_one):
    text = ("Heroin was found in 38 of the deaths and, in more than a third, alcohol too. Over 60 per cent now "
            "attend, compared with fewer than half before the scheme. The council will work with the other three "
            "councils in the county. The number funded for rehab rises from eight a year to 15.")
    assert figs(extract_one, text) == [("count", 38.0), ("percent", 33.33), ("percent", 60.0), ("percent", 50.0),
                                       ("count", 8.0), ("count", 15.0)]


def test_minute_numbers_before_headings_are_labels(extract_one):
    text = ("Also present: Dr Ana Ruiz (Consultant in Public Health)\n"
            "HOSC 14 Alcohol-Related Harm: Hospital Admissions\n"
            "2231 DECLARATIONS OF INTEREST – none.\n"
            "2232 ADULT TREATMENT: PERFORMANCE REPORT\n"
            "Members noted that 412 adults were in treatment.")
    assert figs(extract_one, text) == [("count", 412)]


def test_the_first_of_two_rates_shares_the_denominator(extract_one):
    text = "That is equivalent to admission rates of 910 and 655 per 100,000 population."
    assert figs(extract_one, text) == [("rate", 910), ("rate", 655)]
    # and the figure a rate is set against later in its sentence
    text = "In Worksop the admission rate reached 745 per 100,000 people, against a national average of 610."
    assert figs(extract_one, text) == [("rate", 745), ("rate", 610)]
    text = "The death rate was 9.8 per 100,000, up from 7.1 in 2019, while 40 people were in treatment."
    assert figs(extract_one, text) == [("rate", 9.8), ("rate", 7.1), ("count", 40)]
    # a count set against the count before the rate stays a count
    text = "There were 48 deaths, a rate of 3.9 per 100,000 population, compared with 35 in 2014-16."
    assert figs(extract_one, text) == [("count", 48), ("rate", 3.9), ("count", 35)]


def test_ages_at_length_are_not_counts(extract_one):
    text = ("Of the 31 people who died, 22 were men, and their ages ranged from 24 to 67.\n"
            "“The average age of the people we have lost this year is 44,” she said.")
    assert figs(extract_one, text) == [("count", 31), ("count", 22)]


def test_labels_in_a_list_and_one_of_a_fixed_group(extract_one):
    text = ("RESOLVED: That Cabinet approves the award of Lots 1, 2 and 4 as set out in the report.\n"
            "Sefton is one of seven councils in the partnership.")
    assert figs(extract_one, text) == []


def test_a_share_taken_of_a_cost_shared_out(extract_one):
    text = "The unit will cost £1.4 million a year, shared by use, with Bedford expected to take around a third."
    assert figs(extract_one, text) == [("GBP", 1.4e6), ("percent", 33.33)]


def test_parts_of_periods_and_units_left_out_are_not_counts(extract_one):
    text = ("She has worked in treatment services for 17 years, the last five of them in Wigan.\n"
            "The nurse is at the hub two days a week, and the new grant will allow this to rise to four.\n"
            "The team has built links with GPs over the past three and a half years.\n"
            "The number of people in treatment rose over two years to 640.")
    assert figs(extract_one, text) == [("count", 640)]


def test_half_the_people_we_see(extract_one):
    assert figs(extract_one, "She said: ‘Half the people we see in Wisbech have been in treatment before.’") == [("percent", 50)]


def test_the_two_standing_alone_is_the_pair_just_named(extract_one):
    text = "I played rugby all my life and I drank all my life, and the two went together, said Lee, who is 41."
    assert figs(extract_one, text) == []
    assert figs(extract_one, "The two men were jailed, and 140 people signed a petition.") == [("count", 2), ("count", 140)]


def test_numbers_inside_a_reference_code_with_slashes(extract_one):
    text = "Report reference: PH/17/23-24\nTitle: Alcohol harm\nIn all, 390 people were referred."
    assert figs(extract_one, text) == [("count", 390)]
    assert figs(extract_one, "File CAB/2022/41 covers 35 cases.") == [("count", 35)]


def test_a_share_set_against_an_earlier_one(extract_one):
    text = "Just over one in five came back within six months, compared with almost a third in 2015/16."
    assert figs(extract_one, text) == [("percent", 20), ("percent", 33.33)]


def test_a_thousand_or_a_hundred_people_is_a_count(extract_one):
    text = "Moving more than a thousand people between services in winter was hard, and a hundred staff moved too."
    assert figs(extract_one, text) == [("count", 1000), ("count", 100)]
    assert figs(extract_one, "The service said it had done it a thousand times.") == []


def test_a_count_before_a_comma_and_a_day_is_no_date(extract_one):
    text = "The hub will be staffed by a team of 31, Monday to Saturday, from 9am to 7pm."
    assert figs(extract_one, text) == [("count", 31)]


def test_a_thing_started_at_an_hour_in_words_is_a_time(extract_one):
    text = "‘Saturdays were the day I’d start at eleven and not stop,’ he said. The group opened at two venues."
    assert figs(extract_one, text) == [("count", 2)]


def test_a_duration_with_words_of_feeling_in_it(extract_one):
    text = "Our staff held the service together through two very hard years, and 40 people stayed in treatment."
    assert figs(extract_one, text) == [("count", 40)]
    assert figs(extract_one, "She spent five difficult weeks on the ward.") == []


def test_an_average_age_that_is_now_a_number(extract_one):
    text = "The average age of people in treatment for opiates was now 44 and 310 of them had liver disease."
    assert figs(extract_one, text) == [("count", 310)]


def test_a_report_number_with_a_slash_and_a_year_range(extract_one):
    assert figs(extract_one, "ANNUAL PERFORMANCE (Report No. 52/18-19)\n6.1 The service saw 1,210 adults.") == [("count", 1210)]


def test_a_share_that_is_still_below_half(extract_one):
    assert figs(extract_one, "He asked why continuity of care for prison leavers was still below half.") == [("percent", 50)]


def test_a_count_a_quarter_is_each_quarter_of_the_year(extract_one):
    text = "He said around 70 people a quarter were released into the borough from prison."
    assert figs(extract_one, text) == [("count", 70)]


def test_a_frequency_after_rather_than_leaves_its_unit_out(extract_one):
    text = "The team will work seven days a week rather than five. Last year it saw 2,115 patients."
    assert figs(extract_one, text) == [("count", 2115)]


def test_hundreds_of_visits_a_month_are_a_tally_but_two_sessions_a_week_are_not(extract_one):
    assert figs(extract_one, "The cafes recorded more than 300 visits a month since opening.") == [("count", 300)]
    assert figs(extract_one, "The team runs two outreach sessions a week.") == []


def test_a_rise_of_a_quarter_is_a_share_not_each_quarter(extract_one):
    text = "The service helped 214 people complete treatment last year, a rise of a quarter on the year before."
    assert figs(extract_one, text) == [("count", 214), ("percent", 25)]


def test_a_number_word_opening_a_sentence_as_its_subject_counts_people(extract_one):
    text = "Most of those who died were men. Eleven had left prison in the four weeks before they died."
    assert figs(extract_one, text) == [("count", 11)]


def test_so_many_in_every_hundred_or_ten_is_a_share(extract_one):
    text = "Fewer than two in every 100 people in treatment went to rehab, and we still miss seven dependent drinkers in every ten."
    assert figs(extract_one, text) == [("percent", 2), ("percent", 70)]


def test_half_with_an_adverb_or_set_against_the_nation(extract_one):
    assert figs(extract_one, "More than half still did not engage after release.") == [("percent", 50)]
    text = "Men made up two-thirds of people in treatment, compared with around half nationally."
    assert figs(extract_one, text) == [("percent", 66.67), ("percent", 50)]


def test_work_split_between_so_many_bodies_is_no_tally(extract_one):
    text = "Outreach is currently split between two organisations, and the budget is shared across three teams."
    assert figs(extract_one, text) == []
    assert figs(extract_one, "The grant went to two organisations and 140 people used them.") == [("count", 2), ("count", 140)]


def test_half_past_and_a_quarter_to_the_hour_are_times(extract_one):
    text = "The café was full by half past nine, and by a quarter to ten the queue reached the door."
    assert figs(extract_one, text) == []
    assert figs(extract_one, "Half of the 40 clients came before ten.") == [("percent", 50), ("count", 40)]


def test_a_number_word_after_a_is_the_number_in_a_hyphened_count(extract_one):
    assert figs(extract_one, "The charity will open a six-bed detox unit next spring.") == [("count", 6)]


def test_a_share_each_of_two_payers_meets(extract_one):
    text = "The pilot costs £92,000, with the council and a welfare fund each paying half."
    assert figs(extract_one, text) == [("GBP", 92000), ("percent", 50)]


def test_a_time_of_day_opening_a_sentence_and_a_distance_in_buses(extract_one):
    assert figs(extract_one, "Regulars arrive early. By nine, every table is taken.") == []
    assert figs(extract_one, "Numbers fell by nine, to 40.") == [("count", 9), ("count", 40)]
    assert figs(extract_one, "For many the nearest clinic is two buses away.") == []


def test_rehabilitation_activity_days_are_part_of_a_sentence(extract_one):
    text = "He was given a six-month drug rehabilitation requirement and 25 rehabilitation activity days."
    assert figs(extract_one, text) == []


def test_a_name_opening_with_st_on_the_next_line_is_no_ordinal_ending(extract_one):
    text = "District | Deaths\nHarwich | 15\nSt Osyth | 4"
    assert figs(extract_one, text) == [("count", 15), ("count", 4)]
    assert figs(extract_one, "On the 21st of May, 40 people came.") == [("count", 40)]


def test_ages_and_seasons_are_no_counts_and_a_sums_purchases_are(extract_one):
    assert figs(extract_one, "Doctors see damage they would expect in someone of 70.") == []
    assert figs(extract_one, "When a young person turns 18 they start again with a new worker.") == []
    assert figs(extract_one, "He spent three summers behind a bar before he trained.") == []
    assert figs(extract_one, "The council spent £310,000 on 24 extra detox placements.") == [("GBP", 310000), ("count", 24)]


def test_a_share_of_the_usual_rent(extract_one):
    assert figs(extract_one, "Groups will pay £45 a year for a plot, half the usual rent.") == [("GBP", 45), ("percent", 50)]


def test_a_comparison_with_a_duration_just_given_leaves_its_unit_out_but_a_count_compared_is_a_count(extract_one):
    text = ("Clients in the south of the county waited 23 days for a first appointment last winter, against a target of 14. "
            "Detox waits were eight weeks, down from 11. "
            "Over 12 months the hub saw 640 clients, up from 590. "
            "It had 212 referrals in its first six months, against a target of 180, and 93 deaths over the past three years (up from 71).")
    assert figs(extract_one, text) == [("count", 640.0), ("count", 590.0), ("count", 212.0), ("count", 180.0), ("count", 93.0), ("count", 71.0)]


def test_a_part_of_a_whole_after_on_or_at_is_a_count_but_a_date_is_not(extract_one):
    text = ("Benzodiazepines were listed on 27 of the certificates reviewed, and naloxone was carried at nine of "
            "those venues. The review closed on 14 March.")
    assert figs(extract_one, text) == [("count", 27.0), ("count", 9.0)]


def test_a_reorganisations_new_councils_ages_of_young_people_an_agenda_item_and_an_approximate_duration(extract_one):
    text = ("The seven district councils were replaced by two unitary councils in 2021. "
            "“Most of the teenagers we work with are 15 or 16,” she said.\n\n"
            "14. Drug Treatment Performance (AI 7)\n\n"
            "The new service cut the wait for detox from about 12 weeks to three, and saw 318 young people.")
    assert figs(extract_one, text) == [("count", 318.0)]


def test_a_return_on_every_pound_an_elided_wait_ages_of_a_named_son_and_numbered_rooms_are_no_figures(extract_one):
    text = ("MEETING HELD IN COMMITTEE ROOMS 2 AND 3, CIVIC CENTRE\n\n"
            "The evidence is that every £1 spent on treatment comes back as £3 in lower crime, she said. "
            "Nobody waits more than ten working days for an assessment, and most are seen within four. "
            "The average wait for a rehab bed had been nine weeks, and the council hoped to bring it down to two. "
            "Her son, Callum, was 26 when he died. His brother Liam is now 34 and works in a garage. "
            "The council will spend £1.2m on 14 new rehab beds.")
    assert figs(extract_one, text) == [("GBP", 1.2e6), ("count", 14.0)]


def test_a_range_of_people_whose_noun_went_before_is_a_count_whatever_preposition_follows(extract_one):
    text = ("About 50 door staff had been trained by Monday, and the charity hopes to reach between 200 and 250 by "
            "the end of August. The hub gave out 600g of naloxone spray.")
    assert figs(extract_one, text) == [("count", 50.0), ("count", 200.0), ("count", 250.0)]


def test_file_sizes_ages_shared_or_opening_a_sentence_a_split_in_two_and_a_share_that_goes_on(extract_one):
    text = ("Supporting documents: Treatment report, item 9 PDF 412 KB\n\n"
            "The couple, who are both 41, now rent a flat. By 14 she was drinking every day. "
            "“We see them again at 30 in the adult service,” he said. "
            "Splitting the county service in two was never going to be easy. "
            "Just over 55 per cent were referred because of opiates, and around a fifth because of alcohol. "
            "Ten new workers start in May: four will meet people leaving prison, and the other six will be based in hospitals.")
    assert figs(extract_one, text) == [("percent", 55.0), ("percent", 20.0), ("count", 10.0), ("count", 4.0), ("count", 6.0)]


def test_hours_in_a_pair_or_after_a_part_of_the_day_and_a_share_given_as_the_figure(extract_one):
    text = ("“A can at five became a crate by ten, and nobody noticed,” she said. "
            "Saturday night at eleven is when the calls come in. "
            "Asked what proportion had been sleeping rough, the director said the figure was about a quarter, and that "
            "most of the 42 people had been referred by the hostel. "
            "We heard from one man who had been seen by seven different workers in a year.")
    assert figs(extract_one, text) == [("percent", 25.0), ("count", 42.0), ("count", 7.0)]


def test_a_tally_held_under_a_mark_counts_where_an_age_band_does_not(extract_one):
    text = ("The manager said she expected the waiting list to be under 30 by the spring. "
            "Children under 5 were seen at the clinic.")
    assert figs(extract_one, text) == [("count", 30)]


def test_a_supply_handed_over_in_days_and_its_elided_comparison_are_no_counts(extract_one):
    text = "A locum handed over three days’ medication instead of seven, the inquest heard."
    assert figs(extract_one, text) == []


def test_idioms_the_sides_of_a_border_and_an_address_on_a_northern_street_are_no_figures(extract_one):
    text = ("The scheme stops families falling between two stools. Referrals across the two sides of the border work well. "
            "The board met at Larchmont House, 42 Tollgate, Kirkhampton, and at 9 Quarry Buildings.")
    assert figs(extract_one, text) == []


def test_councils_counted_are_how_local_government_is_arranged_not_a_measure(extract_one):
    text = ("“Three councils buying together will get more for the money than three councils buying alone,” she said. "
            "By buying together, seven neighbouring councils treated 2,400 people.")
    assert figs(extract_one, text) == [("count", 2400)]


def test_the_last_cell_of_a_table_row_counts_though_the_next_row_opens_with_a_month(extract_one):
    text = ("New referrals were:\nMonth | New referrals | Of which alcohol\n"
            "April 2021 | 84 | 37\nMay 2021 | 102 | 45")
    assert figs(extract_one, text) == [("count", 84), ("count", 37), ("count", 102), ("count", 45)]


def test_how_often_in_a_year_the_tiers_of_government_and_a_round_in_a_capitals_heading_are_not_counts(extract_one):
    text = "A few drinkers had been admitted more than 30 times in a single year, the consultant said."
    assert figs(extract_one, text) == []
    assert figs(extract_one, "Nobody could say which of the two tiers of local government should pay.") == []
    text = "Members agreed the minutes.\n12. RECOVERY CAFE GRANTS – ROUND 3\nThe panel had 14 applications."
    assert figs(extract_one, text) == [("count", 14)]
    # a tally of times stays one: "the kits were used 37 times"
    assert figs(extract_one, "The naloxone kits were used 37 times last year.") == [("count", 37)]


def test_a_share_put_on_a_whole_just_named_and_the_fixed_parts_of_a_framework(extract_one):
    text = "Members asked how many had nowhere to live. The manager estimated it at about a third."
    assert figs(extract_one, text) == [("percent", 33.33)]
    text = "The bid was scored against the five key criteria in the regulations and the four licensing objectives."
    assert figs(extract_one, text) == []


def test_a_clock_time_in_a_capitals_heading_and_the_lots_of_a_tender_are_not_counts(extract_one):
    text = ("CABINET\nTUESDAY, 3 MARCH 2026 AT 10:00 HOURS IN COMMITTEE ROOM 2\n"
            "Eleven bids had been received across the two lots.")
    assert figs(extract_one, text) == [("count", 11)]


def test_a_notice_period_in_working_days_and_an_age_or_younger_are_not_counts(extract_one):
    text = "The papers will be published at least five clear working days before the meeting."
    assert figs(extract_one, text) == []
    assert figs(extract_one, "Of the 40 referred, a quarter were 15 or younger.") == [("count", 40), ("percent", 25)]


def test_a_number_word_before_a_compound_that_opens_with_one_is_its_own(extract_one):
    text = "The pilot will let four one-bedroom flats and twenty-one rooms to people leaving treatment."
    assert figs(extract_one, text) == [("count", 4), ("count", 21)]


def test_a_person_at_an_age_and_the_age_set_against_it_are_not_counts(extract_one):
    assert figs(extract_one, "“Better to reach people at 30 than at 50, when the damage is done,” she said.") == []
    assert figs(extract_one, "The team sees people at 14 hubs across the county.") == [("count", 14)]


def test_a_table_column_headed_in_pounds_holds_sums_of_money(extract_one):
    text = ("Budget line | £000\n\nCommunity treatment | 2,240\n\nResidential rehabilitation | 190\n\n"
            "The smaller grants were these.\n\nGrant | Year | Award (£)\n\nRecovery café | 2024 | 41,000")
    assert figs(extract_one, text) == [("GBP", 2_240_000), ("GBP", 190_000), ("GBP", 41_000)]
    assert figs(extract_one, "Service | 2023/24 £000s\n\nAdult treatment | 1,250") == [("GBP", 1_250_000)]


def test_a_number_word_after_an_item_number_opens_the_sentence(extract_one):
    assert figs(extract_one, "3.4 Twelve Marlshire residents were placed in residential rehabilitation.") == [("count", 12)]


def test_the_other_end_of_a_change_in_how_often_is_no_count(extract_one):
    text = "The charity will cut evening opening at its town centre hub from four nights a week to two."
    assert figs(extract_one, text) == []


def test_a_contracts_extension_times_of_day_and_the_pair_just_named_are_no_counts(extract_one):
    assert figs(extract_one, "The contract runs for five years, with the option to extend it for a further two.") == []
    assert figs(extract_one, "The hub will offer appointments six days a week, including two late evenings.") == []
    assert figs(extract_one, "“We had an empty floor and a service with nowhere to go. Putting the two together "
                             "was easy,” she said.") == []


def test_a_thousands_number_after_a_month_is_no_day(extract_one):
    assert figs(extract_one, "At the end of November 1,212 adults were in treatment.") == [("count", 1212)]
    assert figs(extract_one, "On November 12 the board met to discuss the contract.") == []


def test_a_second_for_and_the_alternative_to_one_leave_their_noun_out(extract_one):
    text = "He had been in treatment for four years and abstinent for two, he told members."
    assert figs(extract_one, text) == []
    assert figs(extract_one, "She said the council had pushed for one service rather than three.") == []
    assert figs(extract_one, "“We now see people within a week of referral, not three,” he said.") == []
    # a tally against a plan stays
    assert figs(extract_one, "The clinic saw 40 people rather than 25.") == [("count", 40), ("count", 25)]


def test_half_of_a_services_people_is_a_share(extract_one):
    text = "“Half our clients work, and they should not have to choose between a job and recovery,” she said."
    assert figs(extract_one, text) == [("percent", 50)]


def test_a_rough_number_of_sessions_a_week_is_a_tally(extract_one):
    text = "The charity runs more than 40 free sessions a week. Its team also runs two outreach sessions a week."
    assert figs(extract_one, text) == [("count", 40)]


def test_ages_said_as_a_predicate_or_a_point_in_life_and_a_change_by_a_fraction(extract_one):
    assert figs(extract_one, "“They’re 15, and all they want is to go home,” she said.") == []
    assert figs(extract_one, "She said what happens at 15 can shape the rest of someone’s life.") == []
    assert figs(extract_one, "The average age at death had risen to 46.") == []
    text = "Spending fell to £6.6m, a real-terms cut of close to a quarter."
    assert figs(extract_one, text) == [("GBP", 6.6e6), ("percent", 25)]


def test_the_rates_of_other_places_listed_after_a_rate_are_rates(extract_one):
    text = ("Rates of treatment differ: the borough has 1,240 adults in treatment per 100,000 adult population, "
            "the county 611 and Wrexford 298.")
    assert figs(extract_one, text) == [("rate", 1240), ("rate", 611), ("rate", 298)]
    # a count after a rate, with its own noun, stays a count
    text = "The rate was 812 per 100,000 population, and 36 people died."
    assert figs(extract_one, text) == [("rate", 812), ("count", 36)]


def test_a_duration_compared_with_another_place_leaves_its_unit_out(extract_one):
    text = "The average wait for a first appointment in Thetford was 23 days, against 12 in Dereham."
    assert figs(extract_one, text) == []
    # set against another time, the number is a count of its own
    text = "By March, 1,420 people had waited more than 18 weeks from referral, up from 1,050 in November."
    assert figs(extract_one, text) == [("count", 1420), ("count", 1050)]


def test_a_change_in_the_median_age_is_no_count(extract_one):
    text = "The median age of people starting alcohol treatment has risen from 43 to 52 since 2015."
    assert figs(extract_one, text) == []


def test_two_hours_of_the_day_said_as_at_six_and_another_at_eight(extract_one):
    text = "He has a can of lager at five and another at nine, and never thinks of it as drinking."
    assert figs(extract_one, text) == []
    text = "The van stops at three sites on Monday and another at four sites on Friday."
    assert figs(extract_one, text) == [("count", 3), ("count", 4)]


def test_a_loose_sum_in_words_is_no_figure(extract_one):
    assert figs(extract_one, "“You save a few hundred thousand pounds this year,” he said.") == []
    assert figs(extract_one, "The council will save two hundred thousand pounds this year.") == [("GBP", 200000)]


def test_the_members_of_a_partnership_are_a_fixed_number(extract_one):
    text = "Running costs of £26,000 a year are shared between the partnership’s three organisations."
    assert figs(extract_one, text) == [("GBP", 26000)]
    text = "Officers had considered a joint procurement but concluded that the two systems were too different."
    assert figs(extract_one, text) == []


def test_ages_in_a_life_story(extract_one):
    text = "He had his first drink at 13, was using heroin by 20 and spent his twenties in and out of prison."
    assert figs(extract_one, text) == []
    text = "Now 33 and living in Paignton, she has been alcohol-free since October."
    assert figs(extract_one, text) == []


def test_a_share_compared_with_an_earlier_time_or_with_that(extract_one):
    text = "Nearly half of new referrals were for alcohol alone, compared with around a third before the pandemic."
    assert figs(extract_one, text) == [("percent", 50), ("percent", 33.33)]


def test_a_count_changed_from_one_number_to_another_after_a_duration(extract_one):
    text = "1. Extend the pilot for a further two years, increasing the number of flats from six to ten; and"
    assert figs(extract_one, text) == [("count", 6), ("count", 10)]


def test_a_number_word_that_ends_a_place_name_is_no_count(extract_one):
    text = "Admission rates in Tilbury were almost double those in Orsett, while Chafford Hundred sat close to the average."
    assert figs(extract_one, text) == []


def test_fewer_than_half_felt_is_a_share(extract_one):
    text = "Two-thirds said they had been seen within a week, but fewer than half felt their care plan was working."
    assert figs(extract_one, text) == [("percent", 66.67), ("percent", 50)]


def test_a_column_headed_as_a_rate_holds_rates_in_a_table_or_under_a_legend(extract_one):
    table = ("Hospital stays for alcohol by borough, 2022/23\n\nBorough | Stays | Rate per 100,000\n\n"
             "Gateshead | 1,310 | 702\n\nSunderland | 1,845 | 664")
    assert figs(extract_one, table) == [("count", 1310), ("rate", 702), ("count", 1845), ("rate", 664)]
    legend = ("Deaths from drug misuse in the three years to 2021 were (deaths; rate per 100,000 population):\n\n"
              "Blackpool: 112; 27.4\n\nWyre: 31; 9.6\n\nNorth West: rate 8.9\n\nThe board noted 40 new referrals.")
    assert figs(extract_one, legend) == [("count", 112), ("rate", 27.4), ("count", 31), ("rate", 9.6), ("rate", 8.9),
                                         ("count", 40)]
    # a legend without a rate leaves its columns as counts
    counts = "Caseload at year end (opiates; alcohol only):\n\nHartlepool: 640; 212"
    assert figs(extract_one, counts) == [("count", 640), ("count", 212)]


def test_sessions_in_towns_a_same_fixed_number_sums_in_pounds_a_share_in_apposition_and_elided_extensions(extract_one):
    # what is counted comes right after the number; places after "in" are where the sessions are
    assert figs(extract_one, "Residents can come to one of 11 drop-in sessions in towns across the county.") == [("count", 11)]
    assert figs(extract_one, "Groups meet weekly in the same three towns.") == []
    assert figs(extract_one, "“I'd rather spend a pound now than eight pounds later,” she said.") == [("GBP", 8)]
    assert figs(extract_one, "Officers seized two pounds of cannabis.") == []
    text = "Of the 48 who finished, 36, three quarters, were still sober a year later."
    assert figs(extract_one, text) == [("count", 48), ("count", 36), ("percent", 75)]
    assert figs(extract_one, "My brother is 29 and has tried to stop drinking three times before.") == []
    assert figs(extract_one, "The deal runs for four years, extendable by up to two, and is worth £9.2m.") == [("GBP", 9.2e6)]
    assert figs(extract_one, "Members agreed a term of five years with options to extend by a further two years and then one.") == []


def test_sums_in_pence(extract_one):
    text = "A mug of tea costs 40p at the recovery café, and the minimum unit price would be 65p. They met in Room 12p."
    assert figs(extract_one, text) == [("GBP", 0.4), ("GBP", 0.65)]


def test_sites_a_service_is_spread_across_a_share_on_a_labelled_line_and_an_age_turned(extract_one):
    assert figs(extract_one, "Until now the services were spread across five sites in the borough.") == [("count", 5)]
    assert figs(extract_one, "Residents dependent on opiates who are not in treatment: more than half\n\nAdults in treatment: 910") \
        == [("percent", 50), ("count", 910)]
    assert figs(extract_one, "Young people who turn 18 and move to the adult service often drop out.") == []


def test_a_share_of_a_services_beds_and_councils_of_two_kinds_counted_as_geography(extract_one):
    assert figs(extract_one, "The charity says half its beds are empty because councils will not pay.") == [("percent", 50)]
    assert figs(extract_one, "The new council replaced the county council and six district and borough councils.") == []


def test_a_quarter_of_them_after_a_year_and_half_the_people_who_couldnt(extract_one):
    text = "“We have trained 180 volunteers since 2009 and around a quarter of them have gone on to paid jobs.”"
    assert figs(extract_one, text) == [("count", 180), ("percent", 25)]
    text = "“Half the people who set off this morning couldn’t have walked to the end of the road a year ago.”"
    assert figs(extract_one, text) == [("percent", 50)]


def test_a_share_in_apposition_after_a_count_of_some_group(extract_one):
    text = "Only 188 of the people in treatment, just under a third, were there mainly because of their drinking."
    assert figs(extract_one, text) == [("count", 188.0), ("percent", 33.33)]


def test_a_share_set_against_another_then_a_clause_about_who(extract_one):
    text = "A quarter of people entering treatment lived in the north, compared with under a fifth who lived in the town itself."
    assert figs(extract_one, text) == [("percent", 25.0), ("percent", 20.0)]


def test_ages_of_a_typical_patient_and_an_age_band_are_no_counts(extract_one):
    text = ("Figures show 1,186 adults were in treatment last year, and 684 of them were over 35 – an age at which "
            "the body starts to give way. When I started here, a typical new patient was 26.")
    assert figs(extract_one, text) == [("count", 1186.0), ("count", 684.0)]
    text = "Adults starting alcohol treatment, by age:\n\n18 to 29: 164\n\n30 to 49: 531\n\n65 and over: 72\n\nUnder 18: 12"
    assert figs(extract_one, text) == [("count", 164.0), ("count", 531.0), ("count", 72.0), ("count", 12.0)]


def test_a_number_of_bedrooms_joined_by_a_hyphen_counts(extract_one):
    text = "The charity has opened a six-bedroom recovery house for people leaving drug treatment."
    assert figs(extract_one, text) == [("count", 6.0)]


def test_scores_out_of_a_maximum_clock_times_and_listed_durations_are_no_counts(extract_one):
    text = "Bidder | Quality (max 60) | Price (maximum 40) | Total\n\nBidder A | 51.0 | 32.5 | 83.5"
    assert figs(extract_one, text) == []
    text = "Getting to town for a nine o’clock appointment means a bus at seven and most of your morning."
    assert figs(extract_one, text) == []
    text = "Some people have been on a methadone script for five, six, seven years, and 40 are waiting."
    assert figs(extract_one, text) == [("count", 40.0)]
    # a list of counts stays: "in five, six or seven towns"
    text = "Attendances in the quarter were 11,482, 6% higher than a year before."
    assert figs(extract_one, text) == [("count", 11482.0), ("percent", 6.0)]


def test_just_under_a_number_is_a_count_and_under_a_number_a_limit(extract_one):
    text = "The service had 742 people on its books, and just under 300 of them were being treated for alcohol."
    assert figs(extract_one, text) == [("count", 742.0), ("count", 300.0)]


def test_a_finance_table_headed_in_thousands_by_its_row_labels(extract_one):
    # "Item (£000)" heads the labels' column and holds for every column of sums; "(155)" is a sum taken off
    text = ("Item (£000) | 2024/25 (half year) | Full year\n"
            "Treatment contract | 1,800 | 3,600\n"
            "Contribution from a neighbouring council | (75) | (150)\n")
    assert figs(extract_one, text) == [("GBP", 1.8e6), ("GBP", 3.6e6), ("GBP", 75e3), ("GBP", 150e3)]


def test_a_contracts_extensions_and_a_range_of_regulations_are_not_counts(extract_one):
    text = ("The contract runs for five years from 1 April, with two optional one-year extensions. It was let "
            "under Regulations 74 to 76 of the Public Contracts Regulations 2015 to one of 14 bidders.")
    assert figs(extract_one, text) == [("count", 14)]


def test_a_countys_jails_are_geography(extract_one):
    text = "Treatment starts in Devon's three jails rose to 412 last year."
    assert figs(extract_one, text) == [("count", 412)]


def test_a_count_after_a_year_and_people_counted_as_neighbours(extract_one):
    text = "Since November 2018 three recovery workers have been based in the department. Eleven neighbours had objected."
    assert figs(extract_one, text) == [("count", 3), ("count", 11)]


def test_how_a_county_is_arranged_is_not_a_count(extract_one):
    text = ("The scheme will run with the county's two drug and alcohol services until the county's 12 district, "
            "borough and city councils are replaced. It has 140 places.")
    assert figs(extract_one, text) == [("count", 140)]


def test_long_codes_and_the_first_two_contracts_are_not_counts(extract_one):
    text = ("Common procurement vocabulary: 85323000 (community health services). The report proposed bringing "
            "the first two contracts together into one service for 4,100 adults.")
    assert figs(extract_one, text) == [("count", 4100)]


def test_a_request_reference_joined_by_a_hyphen_is_no_count(extract_one):
    text = "Request reference: 16-1184\n\nReference: 2020-0412\n\nIn all, 312 people were admitted for detox last year."
    assert figs(extract_one, text) == [("count", 312.0)]


def test_an_amount_written_out_in_full_after_its_digits_is_one_amount_again(extract_one):
    text = ("The annual contract value is £9,750,000 (nine million, seven hundred and fifty thousand pounds), "
            "a cut of 11 per cent. Five, six and seven hundred people came.")
    assert figs(extract_one, text) == [("GBP", 9_750_000), ("GBP", 9_750_000), ("percent", 11), ("count", 5),
                                       ("count", 6), ("count", 700)]


def test_a_count_after_the_name_of_a_period_is_a_count(extract_one):
    text = "In the same year 43 people died while in treatment or within a year of leaving it."
    assert figs(extract_one, text) == [("count", 43)]


def test_a_four_digit_minute_number_before_a_heading_is_no_count(extract_one):
    text = ("2981 Apologies\n\nApologies were received from Councillor Hale.\n\n"
            "2985 Drug and alcohol treatment services: contract arrangements from 1 April 2013\n\n"
            "The council spends £4.2m a year on 1,200 adults in treatment.\n\n1200 people were in treatment last year.")
    assert figs(extract_one, text) == [("GBP", 4_200_000), ("count", 1200), ("count", 1200)]


def test_the_parts_of_a_law_a_paper_cites_are_no_counts(extract_one):
    text = ("I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act 2009 and regulations 28 "
            "and 29 of the Coroners (Investigations) Regulations 2013. Under rule 43 the coroner wrote to 12 agencies.")
    assert figs(extract_one, text) == [("count", 12)]


def test_on_a_number_of_occasions_at_a_sentence_start_counts_them(extract_one):
    text = "Staff recorded 38 incidents. On four occasions an ambulance was called. On 12 March the hostel closed."
    assert figs(extract_one, text) == [("count", 38), ("count", 4)]


def test_a_bus_route_caught_is_no_count_and_a_sum_with_and_a_half_is_one_sum(extract_one):
    text = ("‘I used to catch the 492 into town and lose a whole day,’ he said. The contract is worth about two and a "
            "half million pounds a year.")
    assert figs(extract_one, text) == [("GBP", 2_500_000)]


def test_the_far_end_of_a_range_of_labels_is_no_count(extract_one):
    text = ("(2) That the Cabinet be asked to accept recommendations 1 to 7, in particular that the service offer "
            "appointments in at least ten towns.")
    assert figs(extract_one, text) == [("count", 10)]


def test_one_in_n_before_a_school_year_is_a_share(extract_one):
    text = "In the school survey, one in five Year 10 pupils said they had been drunk in the last month."
    assert figs(extract_one, text) == [("percent", 20)]


def test_a_networks_sites_count_where_a_partnerships_members_and_the_bodies_just_named_do_not(extract_one):
    text = ("The charity will not close any of the Fernlow Recovery Network’s three sites. "
            "The review's findings commit the three organisations to new targets, and £40,000 went to the two "
            "subcontractors.")
    assert figs(extract_one, text) == [("count", 3), ("GBP", 40_000)]


def test_a_duration_compared_with_its_value_at_an_earlier_date_and_a_duration_with_its_bound(extract_one):
    text = ("The average wait for a first appointment is now eight days, down from 23 in March. "
            "The service had 412 people in treatment, up from 380 in March. "
            "Nine volunteers were thanked for ten or more years of service.")
    assert figs(extract_one, text) == [("count", 412), ("count", 380), ("count", 9)]


def test_ages_told_and_given_as_a_pair_a_weight_and_a_third_one_are_no_figures(extract_one):
    text = ("“I was told at 17 that I would be in a wheelchair by 40,” she said. "
            "“By the end I weighed seven stone,” he said. "
            "“Most of the lads we work with started drinking when they were 13 or 14,” Mr Osterby said. "
            "Clients are seen by one agency, assessed by another and housed by a third. "
            "The worker saw 94 young people across our two Hackney services in Dalston and Clapton.")
    assert figs(extract_one, text) == [("count", 94)]


def test_a_share_wished_for_by_a_date_is_a_share(extract_one):
    text = ("Only one in four of the people we see leaves treatment free of dependence. We want that to be at least "
            "half by 2027.")
    assert figs(extract_one, text) == [("percent", 25), ("percent", 50)]


def test_a_house_number_before_its_street_and_town_and_the_two_teams_named_at_length(extract_one):
    text = ("PB 61/18 APPLICATION 2018/1902/FUL – 14 BRAMCOTE LANE, FROME: CHANGE OF USE TO A RECOVERY CENTRE\n"
            "The Board approved £865,000 a year for the two alcohol care teams, which saw 2,240 patients, and "
            "34 Barnsley, Doncaster and Rotherham residents came to the launch.")
    assert figs(extract_one, text) == [("GBP", 865_000), ("count", 2240), ("count", 34)]


def test_a_bus_by_its_number_an_age_limit_a_cost_centre_and_a_street_address_are_no_figures(extract_one):
    text = ("Buses on routes 4 and 17 will be diverted. The 17 will run every 12 minutes instead of every 30.\n"
            "Volunteers must be 18 or over.\n"
            "The cost is met from the substance misuse budget (cost centre 52116).\n"
            "The drop-in is at 27 Selsey Plain and is open on weekdays; 340 people used it last year.")
    assert figs(extract_one, text) == [("count", 340)]


def test_the_bounds_of_age_bands_in_a_table_are_labels_and_we_were_five_parents_is_a_count(extract_one):
    text = ("Table 2: Deaths by age\n"
            "Age group | Men | Women\n"
            "Under 30 | 11 | 4\n"
            "30 to 49 | 38 | 12\n"
            "“When we started we were five parents round a kitchen table,” she said. "
            "The money came from the two universities in the city.")
    assert figs(extract_one, text) == [("count", 11), ("count", 4), ("count", 38), ("count", 12), ("count", 5)]


def test_an_age_after_a_person_a_cited_subsection_and_a_period_left_unsaid_are_no_figures(extract_one):
    text = ("The bench gave a Leyton man, 29, a treatment requirement. The report is made under paragraph 12(3)(b) "
            "of the Act. The grant covers one year rather than the three we had asked for; 48 people are waiting.")
    assert figs(extract_one, text) == [("count", 48)]


def test_a_count_after_a_month_is_no_part_of_a_name(extract_one):
    text = "At the end of May 57 young people were waiting for an assessment, and some had waited 12 weeks."
    assert figs(extract_one, text) == [("count", 57)]


def test_the_last_quarter_is_no_numbered_quarter(extract_one):
    # "in quarter 3" numbers a quarter; "in the last quarter 412 people" counts people
    assert figs(extract_one, "In the last quarter 412 people started treatment in the borough.") == [("count", 412)]
    assert figs(extract_one, "The quarter 3 report was noted by the board.") == []


def test_a_councils_whole_membership_is_no_measure(extract_one):
    assert figs(extract_one, "All 66 councillors will be issued with new tablets in May.") == []
    assert figs(extract_one, "The Leader is in the chair and all eight cabinet members are present.") == []
    assert figs(extract_one, "The owner had retrained all 23 members of staff.") == [("count", 23)]


def test_that_is_before_a_number_is_no_persons_age(extract_one):
    assert figs(extract_one, "Staff transfer on their current terms. That is 62 people, most of them nurses.") == [("count", 62)]
    assert figs(extract_one, "Her son Jamie is now 31 and works as a chef.") == []


def test_a_rate_written_in_words_is_a_rate(extract_one):
    rec = extract_one("Our rate was 6.8 per 100,000 people, against about four per 100,000 for England.")
    assert [(f["unit"], f["value"]) for f in rec["figures"]] == [("rate", 6.8), ("rate", 4)]


def test_an_areas_primary_care_networks_are_its_organisation(extract_one):
    assert figs(extract_one, "Naloxone training will be offered in each of the city's eight primary care networks.") == []


def test_a_procurement_notices_sums_and_fields(extract_one):
    # contract award notices write sums with the currency's code and give durations and lots as fields
    text = ("II.1.7) Total value of the procurement (excluding VAT): Value: 4,350,000 GBP\n"
            "II.2.1) Title: Community detoxification. Lot No: 2\n"
            "II.2.7) Duration in months: 60\n"
            "V.2.2) Information about tenders: Number of tenders received: 6\n"
            "V.2.4) Total value of the contract/lot: GBP 1,275,000")
    assert figs(extract_one, text) == [("GBP", 4350000), ("count", 6), ("GBP", 1275000)]


def test_a_count_of_houses_after_on_is_a_count(extract_one):
    text = "The council will spend £1.2m over three years on four recovery houses in the town."
    assert figs(extract_one, text) == [("GBP", 1200000), ("count", 4)]


def test_an_inspectorates_key_questions_are_its_framework(extract_one):
    assert figs(extract_one, "Inspectors looked at all five of the key questions they ask of every service.") == []


def test_things_the_model_reads_as_a_unit_then_a_plural_noun_are_counted(extract_one):
    assert figs(extract_one, "The grant paid for 60 tablet computers and a year of mobile data.") == [("count", 60)]
    assert figs(extract_one, "Officers seized 600kg of cannabis and two litres of spirits.") == []


def test_a_consultations_numbered_questions_and_proposals_are_labels(extract_one):
    text = ("This section of the survey asks about treatment; please read it before answering questions 14 to 17. "
            "If proposal 2 is agreed, about 240 people would move to the new hub. Proposals 3 and 4 keep the outreach van. "
            "Question 15: 61 people said the hub was easy to reach.")
    assert figs(extract_one, text) == [("count", 240), ("count", 61)]


def test_how_often_a_worker_keeps_in_touch_is_a_frequency(extract_one):
    text = ("In the first eight weeks we offer at least three contacts a week and two check-ins a fortnight. "
            "Last year the team made 420 contacts a month, and the advice line takes between 30 and 40 calls a day.")
    assert figs(extract_one, text) == [("count", 420), ("count", 30), ("count", 40)]


def test_a_clock_time_after_im_up_is_no_count(extract_one):
    text = "“These days I’m up at six because the hens need feeding,” he said. The group was set up by two volunteers."
    assert figs(extract_one, text) == [("count", 2)]


def test_a_tally_after_they_were_is_no_age_when_no_one_is_that_old(extract_one):
    text = "In 2021/22, 1,433 adults were in treatment. In 2022/23 they were 1,506 and the year after 1,488."
    assert figs(extract_one, text) == [("count", 1433), ("count", 1506), ("count", 1488)]
    assert figs(extract_one, "Her brother Callum was 34 when he went into rehab.") == []


def test_an_eighth_and_a_sixth_are_shares(extract_one):
    text = ("The team works with 940 adults, and about an eighth of them also go to the peer group. "
            "A sixth of the grant was spent on rent.")
    assert figs(extract_one, text) == [("count", 940), ("percent", 12.5), ("percent", 16.67)]


def test_places_tallied_by_what_they_were_picked_for_are_counts(extract_one):
    text = ("The borough is one of 28 areas in England to receive the grant this year, and one of 9 councils "
            "chosen for the housing pilot. It is one of six councils in the county.")
    assert figs(extract_one, text) == [("count", 28), ("count", 9)]


def test_a_waiting_list_hoped_to_be_back_under_a_mark_is_a_count(extract_one):
    text = "She said she expected the waiting list to be back under 35 by the spring."
    assert figs(extract_one, text) == [("count", 35)]
    # a list that is under a mark now, the clause going on, where people "now over 40" give an age
    text = ("“The waiting list is now under 40 and it is falling every week,” she said. The people dying were now "
            "over 45 and many lived alone.")
    assert figs(extract_one, text) == [("count", 40)]


def test_places_named_then_apposed_as_some_of_an_areas_districts_are_no_count(extract_one):
    text = ("Rates were highest in Redditch and Bromsgrove, two of the county's six districts. We run five hubs, "
            "two of them in market towns.")
    assert figs(extract_one, text) == [("count", 5), ("count", 2)]


def test_a_court_one_of_those_taking_part_is_counted_with_them(extract_one):
    assert figs(extract_one, "Grimsby is one of 11 courts in England taking part in the pilot.") == [("count", 11)]


def test_a_logs_number_and_four_walls_are_no_counts(extract_one):
    text = ("Clarification log 3: questions received in March. Afterwards people go home to the same four walls, "
            "and 62 of them came back to the group.")
    assert figs(extract_one, text) == [("count", 62)]


def test_a_newsletters_issue_number_is_no_count(extract_one):
    text = "Team Bulletin | Issue 187 | Friday 4 May 2018 | Bury and Rochdale\n\nPharmacies in the borough will issue 300 naloxone kits this year."
    assert figs(extract_one, text) == [("count", 300)]


def test_a_share_set_against_a_level_named_loosely(extract_one):
    text = "Of those, 18 were still sober a year on. That is 62 per cent, against a regional figure nearer to a third."
    assert figs(extract_one, text) == [("count", 18), ("percent", 62), ("percent", 33.33)]


def test_a_change_from_five_to_four_is_no_clock(extract_one):
    text = ("The saving comes from cutting the number of outreach bases from five to four. The hub is open from ten "
            "to two on Saturdays, and the last group ends at ten to four.")
    assert figs(extract_one, text) == [("count", 5), ("count", 4)]


def test_an_eu_award_notice_groups_thousands_with_spaces_and_numbers_its_points_inline(extract_one):
    # the Official Journal's notices write "24 600 000 GBP", number their award criteria in the run of
    # the text and cite earlier notices as "2012/S 214-352180"
    text = ("II.2.1) Total final value of contract(s): 7 450 000 GBP. Excluding VAT.\n\n"
            "IV.2.1) Award criteria: The most economically advantageous tender. 1. Quality: 65%. 2. Price: 35%.\n\n"
            "IV.3.2) Previous publication concerning the same contract: Contract notice 2015/S 118-214377 of 20.6.2015.\n\n"
            "V.2) Number of offers received: 3. Estimated value: GBP 2 100 000.")
    assert figs(extract_one, text) == [("GBP", 7_450_000), ("percent", 65), ("percent", 35), ("count", 3), ("GBP", 2_100_000)]


def test_ages_at_a_move_between_services_and_a_count_after_at_that_point(extract_one):
    text = ("Kyle was referred to the young people's service at 15 and moved to the adult service at 18. "
            "At that point 63 young people were waiting for a first appointment, and beds were found at 12 hostels.")
    assert figs(extract_one, text) == [("count", 63), ("count", 12)]


def test_now_and_an_age_before_a_titled_name_is_her_age(extract_one):
    text = "Now 38, Ms Penhallow is a peer recovery worker at the hub, which has 14 staff."
    assert figs(extract_one, text) == [("count", 14)]


def test_a_sum_a_quarter_is_paid_each_quarter_not_a_share(extract_one):
    text = "Payments of £64,250 a quarter had been made since April, and about a quarter of clients left early."
    assert figs(extract_one, text) == [("GBP", 64_250), ("percent", 25)]


def test_ages_after_a_bracketed_aside_and_at_help_and_treatment(extract_one):
    text = ("Jamie (not his real name), 46, from Hatfield, collects a daily dose. A young person who gets help at 15 "
            "is far less likely to be in adult treatment at 25, the report says; 31 young people were seen last year.")
    assert figs(extract_one, text) == [("count", 31)]


def test_all_three_with_no_noun_is_the_group_just_named(extract_one):
    text = ("The boroughs of Kirkwell, Fenby and Otterley pay £1.2m a year. Fenby signed the contract on behalf of "
            "all three. All three were thanked by 40 former clients.")
    assert figs(extract_one, text) == [("GBP", 1_200_000), ("count", 40)]


def test_all_four_of_a_noun_still_counts_it(extract_one):
    text = "His keyworker said all four of his latest drug tests had been negative."
    assert figs(extract_one, text) == [("count", 4)]


def test_numbers_listed_after_a_label_are_labels_too(extract_one):
    text = ("Councillors attended under Standing Orders 8 and 25. The committee met in Committee Suite 1, 2 & 3 and "
            "heard that 40 people were waiting.")
    assert figs(extract_one, text) == [("count", 40)]


def test_a_switchboard_extension_and_the_two_clinics_are_no_counts(extract_one):
    text = ("Families can call the switchboard on 01632 960815, extension 7231. Between them the two clinics saw "
            "214 people.")
    assert figs(extract_one, text) == [("count", 214)]


def test_one_person_in_ten_is_a_share(extract_one):
    text = "If one person in ten takes up the offer, 40 more people a year would start treatment; one patient in 2019 did."
    assert figs(extract_one, text) == [("percent", 10), ("count", 40)]


def test_a_period_of_some_months_then_what_it_counts(extract_one):
    text = "In the first three months 23 patients had been referred, and nine of them had started treatment."
    assert figs(extract_one, text) == [("count", 23), ("count", 9)]


def test_ages_a_young_person_reaches_or_turns_where_a_tally_reaches_a_number(extract_one):
    # the age at which young people leave children's services, told by the verb that goes with it
    text = ("What worries me is the young person who reaches 18 and falls through the gap between two services. "
            "No young person turns 18 without a named worker. Referrals reached 90 in the spring.")
    assert figs(extract_one, text) == [("count", 90)]


def test_an_age_told_by_at_closing_a_clause_where_at_after_a_level_is_a_tally(extract_one):
    text = ("He had a worker he trusted for two years, and then at 18 he got a letter from a stranger. "
            "If we reach them at 14, we can stop it becoming a much bigger problem at 19. "
            "The waiting list for residential rehabilitation stood at 26.")
    assert figs(extract_one, text) == [("count", 26)]


def test_the_youngest_patients_age_told_at_length(extract_one):
    text = ("The youngest patient treated for alcohol-related cirrhosis at the hospital last year was 29, "
            "and 212 patients were admitted.")
    assert figs(extract_one, text) == [("count", 212)]


def test_numbers_inside_names_and_a_loose_amount_of_drink(extract_one):
    text = ("They have a glass or two every evening. The group uses practical tools rather than the 12 steps, "
            "and 40 people attend a 12-step fellowship nearby. The 0-19 healthy child programme costs £1.9m.")
    assert figs(extract_one, text) == [("count", 40), ("GBP", 1_900_000)]


def test_ages_closing_a_clause_before_a_comma_or_a_condition(extract_one):
    # an age at the end of a clause that a comma, a closing quote or "if" ends; a level still counts
    text = ("“Nobody is ready for adult services at 18,” said the nurse. Most move across at 18, and a few stay. "
            "She can keep seeing the same worker at 19 if she wants. The caseload stood at 31, and the list at 44 if "
            "you count the new referrals.")
    assert figs(extract_one, text) == [("count", 31), ("count", 44)]


def test_ages_of_a_group_and_a_services_age_limit(extract_one):
    text = ("The team sees pupils of 13 and 14 who vape daily, works with young people up to 18 and with care "
            "leavers up to 25, and the council may raise the age limit to 21. It saw 212 young people last year.")
    assert figs(extract_one, text) == [("count", 212)]


def test_an_age_as_a_sentences_subject(extract_one):
    text = "“Twenty-one is an arbitrary line,” she said. “Eighteen is too young to be on your own.” Twelve families applied."
    assert figs(extract_one, text) == [("count", 12)]


def test_how_often_loosely_and_a_duration_with_fewer(extract_one):
    text = ("Some patients have been admitted 15 or 20 times, others three and four times. Patients seen by the "
            "team spent almost two fewer days in hospital, and 88 were seen in the first year.")
    assert figs(extract_one, text) == [("count", 88)]


def test_the_fixed_parts_of_a_welsh_act_are_no_figures(extract_one):
    text = "The plan follows the five ways of working and the seven well-being goals, and 140 people took part."
    assert figs(extract_one, text) == [("count", 140)]


def test_a_share_then_an_adverb_and_a_verb(extract_one):
    text = "About 300 people leave prison each year, and fewer than a third currently start treatment within a month."
    assert figs(extract_one, text) == [("count", 300), ("percent", 33.33)]


def test_an_age_at_which_help_is_still_needed(extract_one):
    text = "Some young people still need support at 18, and 64 were referred last year."
    assert figs(extract_one, text) == [("count", 64)]


def test_a_change_in_a_number_of_people_named_far_before_it(extract_one):
    text = ("The trust will increase the number of nurses who visit people at home during a community detox from "
            "three to seven.")
    assert figs(extract_one, text) == [("count", 3), ("count", 7)]


def test_an_age_then_you_and_a_contracted_verb(extract_one):
    text = "“Then at 64 you’re doing the school run again,” said one grandfather, one of 30 kinship carers in the group."
    assert figs(extract_one, text) == [("count", 30)]


def test_working_hours_on_a_weekday_are_no_figures(extract_one):
    text = "“People do not only get ill between nine and five on a weekday,” he said. The hub saw 75 people at weekends."
    assert figs(extract_one, text) == [("count", 75)]


def test_a_share_set_against_an_earlier_one_with_fewer_than(extract_one):
    text = "Two thirds of people referred now attend, compared with fewer than half two years earlier."
    assert figs(extract_one, text) == [("percent", 66.67), ("percent", 50)]


def test_a_count_after_a_month_and_a_comma_is_no_date(extract_one):
    text = "Of the 236 people who had signed a contract since April, 97 had a condition relating to drink or drugs."
    assert figs(extract_one, text) == [("count", 236), ("count", 97)]


def test_properties_closed_are_counted(extract_one):
    text = "Closure orders were obtained on 14 properties where a tenant's home had been taken over by dealers."
    assert figs(extract_one, text) == [("count", 14)]


def test_a_share_as_a_target(extract_one):
    text = "At present only 41 per cent of people released start treatment within three weeks; the target is three-quarters."
    assert figs(extract_one, text) == [("percent", 41), ("percent", 75)]


def test_ages_of_patients_and_the_age_a_service_keeps_them_until(extract_one):
    text = ("“Some of the patients being referred are 20 or 21,” the consultant said. “It is why we asked to keep them "
            "until 25.” The clinic saw 312 patients.")
    assert figs(extract_one, text) == [("count", 312)]


def test_the_size_of_a_league_table_is_no_figure(extract_one):
    text = ("The city had 71 drug misuse deaths. Only Hartlepool and Middlesbrough, out of 150 upper-tier council "
            "areas in England, had higher rates.")
    assert figs(extract_one, text) == [("count", 71)]


def test_day_centres_and_night_shelters_are_counted_places(extract_one):
    assert figs(extract_one, "The drug service will run clinics at two day centres in Croydon.") == [("count", 2)]
    assert figs(extract_one, "The charity opened two night shelters for people using drugs.") == [("count", 2)]
    assert figs(extract_one, "The drug service was closed for two days.") == []


def test_a_number_describing_the_places_just_listed_is_no_figure(extract_one):
    text = ("Birmingham and Coventry, the two largest users, agreed to release unused rehab bed-nights to smaller "
            "councils.")
    assert figs(extract_one, text) == []
    text = "Walsall, Dudley and Sandwell, the three smallest councils, will share the drug service."
    assert figs(extract_one, text) == []


def test_points_after_percentages_are_percentage_points(extract_one):
    text = "Prison leavers engaging with drug treatment | 31% | 52% | +21 points"
    assert ("percent", 21) in figs(extract_one, text)
    text = "The share of people finishing drug treatment rose from 31% to 52%, up 21 points."
    assert figs(extract_one, text).count(("percent", 21)) == 1
    assert ("percent", 21) not in figs(extract_one, "The recovery team scored 21 points in the charity quiz.")


def test_anyones_age_is_no_figure(extract_one):
    text = ("“By the time someone is 17 and in trouble with the police, we have missed chances to help,” the drug "
            "service manager said.")
    assert figs(extract_one, text) == []


def test_all_of_an_areas_colleges_is_its_make_up_not_a_measure(extract_one):
    text = ("Humankind will place drug workers in 12 secondary schools and at all three of west Cumbria’s further "
            "education colleges.")
    assert figs(extract_one, text) == [("count", 12)]


def test_an_age_in_apposition_before_a_colon_is_no_figure(extract_one):
    text = ("Ms Vane read a statement from a young person who asked to be identified only as Corwenna, 16:\n"
            "“I thought the drug service would tell my school. It did not.”")
    assert figs(extract_one, text) == []
    # (a place's tally in a list is still a count)
    assert ("count", 38) in figs(extract_one, "Referrals to the drug service by town were Leeds, 38: most of them men.")


def test_a_house_number_on_a_one_word_gate_street_is_no_figure(extract_one):
    text = "The recovery café at 14 Saltergate is open on weekdays, and 40 people in drug treatment use it."
    assert figs(extract_one, text) == [("count", 40)]


def test_a_duration_set_against_another_keeps_its_unit_left_out(extract_one):
    text = ("The drug service’s hub is now open 44 hours a week, compared with 48 before the change, and it saw "
            "300 people last year.")
    assert figs(extract_one, text) == [("count", 300)]


def test_grand_is_thousands_of_pounds(extract_one):
    text = "There are 200 people waiting for detox and six hundred grand sitting in a reserve."
    assert figs(extract_one, text) == [("count", 200), ("GBP", 600000)]
    assert figs(extract_one, "The drug service’s grand total of new starters was 350.") == [("count", 350)]


def test_an_age_a_record_came_at_is_no_figure(extract_one):
    text = "“A criminal record at 19 can follow you for the rest of your life,” said the drug diversion worker."
    assert figs(extract_one, text) == []
    assert figs(extract_one, "Police arrested drug dealers at 19 addresses in the town.") == [("count", 19)]


def test_all_of_an_areas_police_investigation_centres_is_its_make_up(extract_one):
    text = ("The grant will pay for drug workers at all four of the county’s police investigation centres, and 300 "
            "people were referred to treatment.")
    assert figs(extract_one, text) == [("count", 300)]


def test_a_confidence_interval_and_its_level_are_no_figures(extract_one):
    text = ("In 2022/23 there were 3,870 alcohol admissions, a rate of 475 per 100,000 population (95% CI 460–490).\n"
            "Drug deaths reached 742 per 100,000 (95 per cent confidence interval 701 to 785), and 1,200 people were "
            "in treatment.")
    assert figs(extract_one, text) == [("count", 3870), ("rate", 475), ("rate", 742), ("count", 1200)]


def test_footnote_marks_and_notes_are_no_figures(extract_one):
    text = ("An estimated 80% of dependent drinkers are not in treatment.[3]\n"
            "[3] Office for Health Improvement and Disparities, alcohol dependence prevalence estimates.")
    assert figs(extract_one, text) == [("percent", 80)]


def test_metres_long_are_no_millions(extract_one):
    text = "The recovery garden’s polytunnel, which is 6m long, cost £6m less than feared, and 40 people use it."
    assert figs(extract_one, text) == [("GBP", 6000000), ("count", 40)]


def test_minute_numbers_opening_paragraphs_are_no_figures(extract_one):
    text = ("8310 The Chair welcomed everyone to the meeting.\n"
            "8311 Councillor Tarnby declared an interest in item 8312 as a volunteer at a recovery café.\n"
            "8312 The Cabinet Member reported that 1,120 adults were in treatment.")
    assert figs(extract_one, text) == [("count", 1120)]


def test_a_registered_charity_number_is_no_figure(extract_one):
    text = "The contract goes to Fernwick Recovery Trust (registered charity 284611), which supports 640 adults."
    assert figs(extract_one, text) == [("count", 640)]


def test_the_age_someone_would_be_now_is_no_figure(extract_one):
    text = "“If somebody had carried a kit, my son would be 29 now,” she said. The service gave out 310 kits."
    assert figs(extract_one, text) == [("count", 310)]


def test_both_ends_of_a_change_in_a_share_written_as_fractions(extract_one):
    text = ("The share of people met at the prison gate has risen from fewer than half to almost three quarters. "
            "The proportion has gone from a third to two-thirds in Fernwick. They meet at a quarter to three.")
    assert figs(extract_one, text) == [("percent", 50), ("percent", 75), ("percent", 33.33), ("percent", 66.67)]


def test_a_numbered_court_or_suite_is_no_count(extract_one):
    text = ("Once a month the magistrates in court two at Harbledown review 14 drug rehabilitation orders. "
            "Courtroom 3 was kept for the hearing. The unit has four bays.")
    assert figs(extract_one, text) == [("count", 14), ("count", 4)]


def test_shares_written_from_a_percentage_to_a_fraction_or_as_part_of_a_level(extract_one):
    text = ("The plan will raise the proportion of people leaving prison who start community treatment within three weeks "
            "of release from 37% to three-quarters. Positive tests on the wing run at less than half the level seen in "
            "the rest of the prison. Half the time nobody answers.")
    assert figs(extract_one, text) == [("percent", 37), ("percent", 75), ("percent", 50)]


def test_the_first_of_a_pair_of_ages_or_durations_written_once_is_no_count(extract_one):
    text = ("Workers can also see 16- and 17-year-olds, and the council offers two- to three-year contracts to 40 "
            "providers. “If we can reach them at 14 rather than 24, we can change the whole story,” she said. "
            "The service opened at two sites rather than three hostels.")
    assert figs(extract_one, text) == [("count", 40), ("count", 2), ("count", 3)]


def test_counts_with_two_words_before_their_noun_shares_put_at_and_comparisons_over_a_period(extract_one):
    text = ("Work has started on 180 new council homes in Fernwick. The council's own assessment put the proportion who "
            "needed help with drugs or alcohol at about two-thirds. The service took 1,284 referrals in the three "
            "boroughs over those five months, up from 958.")
    assert figs(extract_one, text) == [("count", 180), ("percent", 66.67), ("count", 1284), ("count", 958)]


def test_a_service_number_is_a_count_where_it_counts_things(extract_one):
    text = ("The number of schools with a drugs education lead stands at 61 out of 101 secondary schools. "
            "Anyone worried can call 101 or, in an emergency, 999.")
    assert figs(extract_one, text) == [("count", 61), ("count", 101)]


def test_a_share_set_off_by_dashes_and_a_third_one_planned(extract_one):
    text = ("Of the 131 people who died, 84 lived in coastal wards – almost two-thirds – even though those wards hold "
            "a quarter of the people. The groups meet in Fernwick and Quillhaven, with a third planned for Stennerby.")
    assert figs(extract_one, text) == [("count", 131), ("count", 84), ("percent", 66.67), ("percent", 25)]


def test_ages_hours_and_daily_drinking_are_no_counts(extract_one):
    text = ("The person most at risk may be a widow of 78 who pours a sherry at eleven and does not stop. "
            "He was stubborn as anything. He should be 30 this year. If we only open nine to five in the week, "
            "we lose them. She was drinking two bottles of wine a day. Revellers at three summer festivals will be offered testing.")
    assert figs(extract_one, text) == [("count", 3)]


def test_decision_numbers_and_spans_of_quarters_are_no_counts(extract_one):
    text = ("Cabinet | 12 January 2022 | ITEM: 11 | Decision: 110593\n"
            "Sources: contract performance reports, Quarters 1 to 4 2022/23; 212 people were in treatment.")
    assert figs(extract_one, text) == [("count", 212)]


def test_emergency_calls_and_counts_after_a_reasons_label_stay_as_written(extract_one):
    text = ("Police answered 87% of 999 calls within 10 seconds.\n"
            "Reasons for the decision: Seven compliant bids were received.")
    assert figs(extract_one, text) == [("percent", 87), ("count", 7)]


def test_a_count_the_model_reads_as_a_quantity_with_its_plural_noun(extract_one):
    text = "The teams came from across the county. Around 160 players took part, and the council bought 600 kg of food."
    assert figs(extract_one, text) == [("count", 160)]


def test_the_count_of_a_share_in_brackets_is_a_count_but_an_inline_label_is_not(extract_one):
    text = ("Almost half of those who died (34) had not been in contact with services, and one in five (12) had left "
            "prison. The council will (1) review the contract and (2) report back.")
    assert figs(extract_one, text) == [("percent", 50), ("count", 34), ("percent", 20), ("count", 12)]


def test_the_bodies_a_clause_defines_are_counted_unlike_those_just_named(extract_one):
    assert figs(extract_one, "The council assessed the three providers it considered able to run the service.") == [("count", 3)]
    assert figs(extract_one, "The findings commit the three organisations to new targets.") == []


def test_an_hour_span_a_second_age_and_falling_between_two_are_no_counts(extract_one):
    text = ("Listen again: breakfast with the team, weekdays 7-10am. The service supports young people aged up to 18, "
            "and those up to 25 who are moving on to adult services. Nobody should fall between two services, and "
            "40 people were seen.")
    assert figs(extract_one, text) == [("count", 40)]


def test_lengths_in_inches_or_yards_and_a_durations_usual_length_are_no_counts(extract_one):
    text = ("The folder is three inches thick, and the clinic is 200 yards from the station. New referrals will be seen "
            "within 15 working days in October, rather than the usual five. The hub saw 40 people, rather than the "
            "usual 25 people.")
    assert figs(extract_one, text) == [("count", 40), ("count", 25)]


def test_a_pair_of_services_named_by_their_kind_or_taken_one_or_the_other_is_no_tally(extract_one):
    text = ("The pathway was agreed by both councils, the mental health trust and the two drug and alcohol services. "
            "What we have heard is two services doing their best with people who fit neatly into neither of them. "
            "The council funds two services in the north and three in the south.")
    assert figs(extract_one, text) == [("count", 2), ("count", 3)]


def test_last_years_figure_in_brackets_after_a_place_is_a_count_not_an_age(extract_one):
    text = ("Performance in 2023/24 was as follows (2022/23 in brackets):\n"
            "• 1,836 adults in treatment in Middlesbrough (1,702);\n"
            "• 64 referrals from North Yorkshire (58);\n"
            "The worker, Jo Marsh (38), said it had been a hard year.")
    assert figs(extract_one, text) == [("count", 1836), ("count", 1702), ("count", 64), ("count", 58)]
    # a place's count in brackets mid-sentence, where a bracketed number in running text is an inline label
    text = ("There were 46 drug-related deaths in the county, with the largest numbers in Boston (13) and East "
            "Lindsey (11). The board will (1) review the contract and (2) report back.")
    assert figs(extract_one, text) == [("count", 46), ("count", 13), ("count", 11)]


def test_a_share_going_on_after_a_share_in_words_is_a_percentage(extract_one):
    text = "Three in five had been referred mainly for cannabis, and a fifth for alcohol."
    assert figs(extract_one, text) == [("percent", 60), ("percent", 20)]
    # with a rate in the sentence too (rates carry what they are a rate of)
    text = ("At 9.4 per 1,000 residents, three in five had been referred mainly for cannabis, and a fifth for alcohol.")
    assert [f for f in figs(extract_one, text) if f[0] != "rate"] == [("percent", 60), ("percent", 20)]
    # no share before: "a third" is the third one
    assert figs(extract_one, "The team met in May and June, and a third for the review.") == []


def test_the_two_emergency_departments_are_a_pair(extract_one):
    text = ("Between 90 and 110 people a week go to the two emergency departments with injuries linked to alcohol. "
            "The trust has opened two departments since 2020.")
    assert figs(extract_one, text) == [("count", 90), ("count", 110), ("count", 2)]


def test_a_loose_period_with_its_unit_said_once_is_no_count(extract_one):
    text = ("What the last six months have done, we won’t know for another year or two. In a week or three the "
            "review will report, and a day or two later 14 people came to the drop-in.")
    assert figs(extract_one, text) == [("count", 14)]


def test_bus_routes_by_their_numbers_are_no_counts(extract_one):
    text = ("The 127 and 280 buses stop outside the hub, and the 36 bus runs from the station. The council bought 40 "
            "buses, and between 10 and 14 buses were late each day.")
    assert figs(extract_one, text) == [("count", 40), ("count", 10), ("count", 14)]


def test_the_other_side_of_a_comparison_is_no_service_number(extract_one):
    text = ("187 adults were treated for crack use in 2022/23, compared with 101 in 2020/21. Anyone worried about "
            "dealing can call 101, or ring 111 for health advice, and nobody need ring anybody apart from 999 alone.")
    assert figs(extract_one, text) == [("count", 187), ("count", 101)]


def test_the_other_side_of_a_vote_is_a_count(extract_one):
    text = "On being put to the vote, the proposal was carried by four votes to one. One member abstained."
    assert figs(extract_one, text) == [("count", 4), ("count", 1)]


def test_events_a_week_are_how_often_and_leavers_are_people(extract_one):
    text = ("The group now has more than 350 members and puts on two or three events a week. The contract asks "
            "providers to meet between 250 and 300 prison leavers a year at the gate.")
    assert figs(extract_one, text) == [("count", 350), ("count", 250), ("count", 300)]


def test_a_time_of_day_before_a_plural_noun_describes_what_is_counted(extract_one):
    text = ("The drug and alcohol service's mentors had run 96 evening groups since the pilot began. The hub opens two "
            "evenings a week and three mornings.")
    assert figs(extract_one, text) == [("count", 96)]


def test_a_second_age_limit_after_the_age_of_and_a_street_numbers_range(extract_one):
    text = ("The drug and alcohol service works with young people up to the age of 18, and with those up to 24 who are "
            "care leavers; the young people's service up to the age of 18, and up to 25 for care leavers. It saw 31 "
            "care leavers last year at its hub at 27-29 Queens Road, Hastings.")
    assert figs(extract_one, text) == [("count", 31)]


def test_a_bus_taken_by_its_number_to_a_place_is_no_count(extract_one):
    text = ("Right now they are sitting on the 17 into Wethercombe every week for a short appointment, and some "
            "caught the 5 to Fernwick. On the 12 trips we ran, 9 people came.")
    assert figs(extract_one, text) == [("count", 12), ("count", 9)]


def test_a_wards_councillors_are_no_count(extract_one):
    text = ("Cllr Idris Pellow, one of three councillors for Harbledown ward, chaired the meeting. Our two ward "
            "councillors for Quillhaven attended, and one of 11 councillors who voted against the plan spoke.")
    assert figs(extract_one, text) == [("count", 11)]


def test_an_age_compared_is_no_count(extract_one):
    text = ("Many of the patients are not much older than 40, and some are younger than 30. More than 40 patients "
            "were seen.")
    assert figs(extract_one, text) == [("count", 40)]


def test_a_count_followed_by_where_its_people_came_from_is_still_a_count(extract_one):
    # "wards" after "from the" is where the patients were referred from, not the count's noun
    text = "Of the 389 patients referred from the wards last year, 157 went on to start treatment."
    assert figs(extract_one, text) == [("count", 389), ("count", 157)]
    assert figs(extract_one, "The hospital's three wards share one alcohol nurse.") == []


def test_the_second_of_a_pair_given_respectively_is_a_count(extract_one):
    text = ("In 2024/25, 27 people from Wethercombe and 19 from Fernwick went into residential rehab, compared with "
            "11 and nine respectively three years earlier.")
    assert figs(extract_one, text) == [("count", 27), ("count", 19), ("count", 11), ("count", 9)]


def test_an_hour_someone_sets_off_at_is_no_count(extract_one):
    text = ("Some of the people we spoke to were setting off before seven to get to an appointment, and 12 of them "
            "said they had missed one.")
    assert figs(extract_one, text) == [("count", 12)]


def test_the_age_someone_was_caught_at_is_no_count(extract_one):
    text = "Being caught with cannabis at 14 can be a turning point. 211 young people were supported last year."
    assert figs(extract_one, text) == [("count", 211)]


def test_an_hour_before_weekends_a_parents_age_and_a_loose_week_are_no_counts(extract_one):
    text = ("“If it’s after six and at weekends, fine,” he said. “My lad is 26 and he’s been in and out of rehab,” she "
            "said. “We’d get him back for a week, maybe two, and then the phone would go.” Some 58 men were met at "
            "the gate.")
    assert figs(extract_one, text) == [("count", 58)]


def test_contracts_a_service_is_provided_under_are_counted(extract_one):
    text = ("The county’s adult drug and alcohol services are provided under three separate contracts. Young people "
            "under 18 are seen by a separate team.")
    assert figs(extract_one, text) == [("count", 3)]


def test_the_islands_a_population_is_spread_across_are_no_count(extract_one):
    text = ("The islands have about 2,200 residents spread across five inhabited islands. Last year 21 islanders "
            "were in treatment.")
    assert figs(extract_one, text) == [("count", 2200), ("count", 21)]
