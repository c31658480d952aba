def areas(extract_one, text, **kw):
    rec = extract_one(text, **kw)
    return {a["row"]["name"]: a for a in rec["areas"]}


def test_council_names_and_codes(extract_one):
    found = areas(extract_one, "Wakefield Council has agreed a new contract with a treatment charity.")
    assert found["Wakefield"]["row"]["gss_code"] == "E08000036"


def test_town_maps_to_its_county_in_two_tier_england(extract_one):
    found = areas(extract_one, "A new recovery hub has opened in Kidderminster town centre.")
    assert "Worcestershire" in found


def test_suburb_maps_to_its_unitary(extract_one):
    found = areas(extract_one, "The drop-in centre in Burslem will open on Tuesdays.")
    assert set(found) == {"Stoke-on-Trent"}


def test_named_district_is_kept_beside_its_county(extract_one):
    found = areas(extract_one, "Redditch Borough Council backed the plan for a new treatment service.")
    assert found["Worcestershire"]["role"] == "county" and found["Redditch"]["role"] == "district"


def test_abolished_county_before_reorganisation(extract_one):
    found = areas(extract_one, "Clinics will continue in Kettering and Corby.", published="2016-05-01")
    assert "Northamptonshire" in found
    later = areas(extract_one, "Clinics will continue in Kettering and Corby.", published="2023-05-01")
    assert "North Northamptonshire" in later and "Northamptonshire" not in later


def test_places_inside_other_names_are_not_areas(extract_one):
    text = ("Researchers from Staffordshire University and players from Bath Rugby met staff from "
            "Cheshire and Wirral Partnership NHS Foundation Trust on Derby Road, said Mr Wakefield.")
    assert areas(extract_one, text) == {}


def test_one_primary_area(extract_one):
    rec = extract_one("Leeds City Council will fund the service. Staff from Bradford and Leeds met in Leeds.",
                      title="Leeds drug service gets new funding")
    primaries = [a["row"]["name"] for a in rec["areas"] if a["is_primary"]]
    assert primaries == ["Leeds"]


def test_ambiguous_short_name_resolved_by_context(extract_one):
    found = areas(extract_one, "Services in Kingston and Richmond upon Thames will merge.")
    assert "Kingston upon Thames" in found and "Kingston upon Hull" not in found


def test_no_areas_and_odd_text_do_not_raise(extract_one):
    assert extract_one("")["areas"] == []
    assert isinstance(extract_one("ЭТО ТЕКСТ НА ДРУГОМ ЯЗЫКЕ. " * 20)["areas"], list)


def test_all_caps_and_many_places_do_not_break_it(extract_one):
    caps = "LEEDS CITY COUNCIL EXECUTIVE BOARD. MINUTES OF THE MEETING HELD IN LEEDS."
    assert "Leeds" in areas(extract_one, caps)
    towns = ", ".join(["Redditch", "Bromsgrove", "Kidderminster", "Worcester", "Evesham", "Malvern", "Droitwich",
                       "Hereford", "Ledbury", "Stourport", "Pershore", "Tenbury"] * 20)
    found = areas(extract_one, f"Clinics run in {towns}.")
    assert "Worcestershire" in found and "Herefordshire" in found


def test_place_after_university_of_is_not_an_area(extract_one):
    assert areas(extract_one, "The evaluation is led by the University of Salford and the College of Policing.") == {}


def test_council_as_it_stood_on_the_date_with_its_successor_linked(extract_one):
    before = areas(extract_one, "The drug service in Dorset will be run from Dorchester.", published="2018-05-01")
    assert set(before) == {"Dorset County"}
    assert before["Dorset County"]["row"]["successor_codes"] == "DST"
    after = areas(extract_one, "The drug service in Dorset will be run from Dorchester.", published="2021-05-01")
    assert set(after) == {"Dorset Council"}


def test_a_split_county_after_the_split_is_not_an_area(extract_one):
    text = "Clinics across Northamptonshire, in Corby and Daventry, will stay open."
    assert set(areas(extract_one, text, published="2019-05-01")) == {"Northamptonshire", "Corby", "Daventry"}
    later = areas(extract_one, text, published="2022-05-01")
    assert set(later) == {"North Northamptonshire", "West Northamptonshire"}  # no abolished county or districts


def test_merged_unitaries_after_the_merger_are_their_successor(extract_one):
    text = "Drug services in Bournemouth and Poole will merge under one provider."
    assert set(areas(extract_one, text, published="2018-05-01")) == {"Bournemouth", "Poole"}
    assert set(areas(extract_one, text, published="2020-05-01")) == {"Bournemouth, Christchurch and Poole"}


def test_cumbria_before_and_after_april_2023(extract_one):
    text = "The recovery hubs in Carlisle and Barrow-in-Furness are funded by the council."
    before = areas(extract_one, text, published="2021-05-01")
    assert {"Cumbria", "Carlisle", "Barrow-in-Furness"} == set(before)
    assert before["Carlisle"]["role"] == "district"
    assert set(areas(extract_one, text, published="2024-05-01")) == {"Cumberland", "Westmorland and Furness"}


def test_a_named_district_council_counts(extract_one):
    found = areas(extract_one, "Scarborough Borough Council backed the new treatment hub.", published="2022-05-01")
    assert found["Scarborough"]["role"] == "district" and found["North Yorkshire"]["role"] == "county"


def test_surnames_in_a_list_of_councillors_are_not_areas(extract_one):
    assert areas(extract_one, "Present: Councillors BOLTON (Chair), PRESTON, STAFFORD and J. KETTERING.") == {}
    assert areas(extract_one, "Councillor Amison (Chair); Councillors Barnsley and Preston.") == {}
    found = areas(extract_one, "Present: Councillor Jo Bell, Leeds City Council, and officers of the treatment service.")
    assert set(found) == {"Leeds"}


def test_a_council_alone_in_brackets_after_councillors_names_is_the_council_they_sit_for(extract_one):
    text = ("Present: Councillor Orla Tennick (Calderdale) (Chair); Councillors Lister and Oates (Kirklees)\n"
            "The joint committee considered the drug and alcohol treatment pathway.")
    assert set(areas(extract_one, text, published="2026-01-20")) == {"Calderdale", "Kirklees"}
    # a surname in a list is still no place, bracketed role or not
    assert areas(extract_one, "Present: Councillors Amison (Chair), Barnsley and Preston.") == {}
    # one council's members are given their wards, whatever other place a ward is named like
    text = ("Present: Councillor Orla Tennick (Tooting) (Chair); Councillor Lucan Tressider (Bedford)\n"
            "The committee considered the Wandsworth drug and alcohol treatment budget.")
    assert set(areas(extract_one, text, published="2014-03-06")) == {"Wandsworth"}


def test_the_areas_own_board_or_partnership_names_the_area(extract_one):
    found = areas(extract_one, "ABERDEEN CITY INTEGRATION JOINT BOARD\nMinute of the meeting on drug deaths.")
    assert set(found) == {"Aberdeen City"}
    found = areas(extract_one, "A spokesperson for Renfrewshire HSCP said the service would reopen.")
    assert set(found) == {"Renfrewshire"}


def test_a_bare_council_name_is_the_town_of_that_name_in_the_area_the_article_names(extract_one):
    found = areas(extract_one, "The Isle of Wight Council said the new recovery hub in Newport will open in May.")
    assert set(found) == {"Isle of Wight"}
    assert "Newport" in found["Isle of Wight"]["matched"]
    assert set(areas(extract_one, "The new recovery hub in Newport will open in May.")) == {"Newport"}
    assert set(areas(extract_one, "Newport City Council said the hub in Newport will open.")) == {"Newport"}


def test_a_place_followed_by_its_authority_is_the_place_there(extract_one):
    found = areas(extract_one, "A recovery hub opened in Richmond, North Yorkshire, last week.")
    assert set(found) == {"North Yorkshire"}
    found = areas(extract_one, "A recovery hub opened in Newport, Isle of Wight, last week.")
    assert set(found) == {"Isle of Wight"}


def test_short_names_resolve_each_other(extract_one):
    assert set(areas(extract_one, "Services in Richmond and Kingston will merge.")) == \
        {"Richmond upon Thames", "Kingston upon Thames"}
    assert set(areas(extract_one, "Services in Hull and Kingston will merge.")) == {"Kingston upon Hull"}


def primary(rec):
    return [a["row"]["name"] for a in rec["areas"] if a["is_primary"]]


def test_a_council_named_outweighs_the_towns_of_its_neighbour(extract_one):
    text = ("Nottingham City Council has opened a detox unit near the railway station.\n"
            "People from Mansfield, Newark and Worksop in Nottinghamshire can also be referred.")
    assert primary(extract_one(text, title="Detox unit opens")) == ["Nottingham"]


def test_the_headlines_first_area_leads_when_both_are_in_it(extract_one):
    text = ("Alcohol deaths in Hartlepool have risen again while County Durham saw a fall.\n"
            "Durham County Council, which covers Consett, Bishop Auckland and Seaham, recorded 60 deaths.\n"
            "Hartlepool Borough Council said the rise in Hartlepool would be reviewed.")
    rec = extract_one(text, title="Alcohol deaths rise in Hartlepool as County Durham sees a fall")
    assert primary(rec) == ["Hartlepool"]


def test_a_towns_possessive_is_the_town(extract_one):
    rec = extract_one("Grantham’s drug and alcohol service is moving to a bigger building.", title="Service moves")
    assert primary(rec) == ["Lincolnshire"]


def test_places_inside_names_and_wider_bodies(extract_one):
    rec = extract_one("Members: T Villiers-Hart (Chairman). Halton is third of the six councils in the Liverpool City Region. "
                      "Keith Sowerby spoke, and what Keith described was the gap in Halton.")
    assert {a["row"]["name"] for a in rec["areas"]} == {"Halton"}


def test_the_short_form_of_a_place_named_in_full(extract_one):
    rec = extract_one("The hub opens in Weston-super-Mare in May. Staff in Weston say demand has doubled.")
    assert {a["row"]["name"] for a in rec["areas"]} == {"North Somerset"}


def test_the_city_of_a_place_and_places_far_away_or_inside_longer_names(extract_one):
    rec = extract_one("Across Nottinghamshire there were 143 deaths, while in the city of Nottingham the figure was 97. "
                      "A pensioner from Sutton-in-Ashfield rang the bells.")
    assert {a["row"]["name"] for a in rec["areas"]} >= {"Nottinghamshire", "Nottingham"}
    assert "Sutton" not in {a["row"]["name"] for a in rec["areas"]}


def test_a_party_group_attendance_line_lists_surnames(extract_one):
    rec = extract_one("LIBERAL DEMOCRAT AND INDEPENDENT: Sunderland, Griffiths\n"
                      "The meeting in Bradford heard from Councillor Sunderland.")
    assert {a["row"]["name"] for a in rec["areas"]} == {"Bradford"}


def test_short_forms_local_news_uses_for_an_authority(extract_one):
    rec = extract_one("She had been in services in Darlington and before that in Stockton. Referrals also come from "
                      "GPs in the East Riding.", published="2022-05-01")
    assert {a["row"]["name"] for a in rec["areas"]} >= {"Stockton-on-Tees", "East Riding of Yorkshire"}


def test_the_first_of_two_names_a_plural_institution_word_ends_is_not_an_area(extract_one):
    rec = extract_one("A worker meets every person released from Durham and Holme House prisons with a Sunderland "
                      "address.", published="2022-05-01")
    assert {a["row"]["name"] for a in rec["areas"]} == {"Sunderland"}


def test_surnames_in_an_attendance_list_below_the_heading_are_not_areas(extract_one):
    text = ("MINUTES\nDate: Thursday 8 July 2021\nPresent: Councillors Efua Adjei-Brook (Chair), Kamran "
            "Qureshi-Dale (Vice-Chair), Mabey, Okafor-Lund, Vasseur, Pocklington, Trevelyan-Moss and Brackley")
    assert set(areas(extract_one, text)) == set()


def test_places_that_name_one_body_are_not_areas(extract_one):
    crc = ("People on licence are supervised by the Humberside, Lincolnshire and North Yorkshire Community "
           "Rehabilitation Company at the new clinic in Skipton.")
    assert set(areas(extract_one, crc, published="2016-05-01")) == {"North Yorkshire"}
    icb = "The beds are funded with NHS Kent and Medway, the integrated care board, across Kent."
    assert set(areas(extract_one, icb)) == {"Kent"}
    pcc = "The Police and Crime Commissioner for Devon and Cornwall will fund a worker in Truro."
    assert set(areas(extract_one, pcc)) == {"Cornwall"}


def test_a_council_named_after_an_nhs_body_of_the_same_place_counts(extract_one):
    text = ("The drop-in, run by Cranstoun for NHS Salford and Salford City Council, will be held at the library every "
            "Monday for parents worried about a teenager's drinking or drug use.")
    assert set(areas(extract_one, text)) == {"Salford"}
    text = "The drop-in is funded by NHS Kent and Medway for people in treatment across the county."
    assert set(areas(extract_one, text)) == set()


def test_places_in_a_treatment_services_brand_are_not_areas(extract_one):
    text = ("Staff at each Oldham site will be trained by outreach workers from the borough's drug and alcohol service, "
            "Bolton and Bury Active Recovery, which is run by Turning Point.")
    assert set(areas(extract_one, text)) == {"Oldham"}
    # (a combating drugs partnership is its councils' own body)
    text = "The Bolton and Bury Combating Drugs Partnership agreed the plan for people in treatment."
    assert set(areas(extract_one, text)) == {"Bolton", "Bury"}


def test_a_council_before_a_listed_body_and_a_joint_board_still_count(extract_one):
    text = "Cornwall Council and Devon and Cornwall Police will share the cost with Leeds, Bradford and Wakefield councils."
    assert set(areas(extract_one, text)) == {"Cornwall", "Leeds", "Bradford", "Wakefield"}
    board = "The Cambridgeshire and Peterborough Health and Wellbeing Board agreed the plan."
    assert set(areas(extract_one, board)) == {"Cambridgeshire", "Peterborough"}


def test_a_suburb_named_by_a_building_word_is_the_building(extract_one):
    text = "Dr Ola Fenn, a consultant at the Infirmary, said patients from Carlisle were seen within a day."
    assert set(areas(extract_one, text, published="2024-05-01")) == {"Cumberland"}
    assert "Warwickshire" in areas(extract_one, "A new recovery hub has opened in Rugby town centre.")


def test_a_district_councils_own_minutes_are_about_the_district(extract_one):
    text = ("WEST SUFFOLK COUNCIL\nMinutes of the Overview and Scrutiny Committee held at West Suffolk House\n"
            "Members heard that Suffolk County Council commissions the drug and alcohol service for Suffolk, which "
            "runs hubs in Haverhill and Newmarket. Suffolk County Council's public health team attended.")
    found = areas(extract_one, text, published="2022-05-01")
    assert found["West Suffolk"]["is_primary"] and not found["Suffolk"]["is_primary"]


def test_a_story_whose_opening_sentence_names_only_a_district_council_is_that_districts(extract_one):
    # the district leads: its scheme, its announcement; the county pays for treatment further down
    text = ("Rough sleepers in Hastings will be offered same-day help with drink and drugs under a pilot run by "
            "Hastings Borough Council.\nThe service is commissioned by East Sussex County Council, which is paying "
            "£30,000 towards it, and workers will visit Bexhill and Rye.")
    found = areas(extract_one, text, published="2024-05-01")
    assert found["Hastings"]["is_primary"] and not found["East Sussex"]["is_primary"]
    text = ("Burnley Borough Council has announced that two of its empty flats will house people leaving rehab.\n"
            "Lancashire County Council will fund a support worker, who will also cover Padiham.")
    assert areas(extract_one, text, published="2023-02-01")["Burnley"]["is_primary"]


def test_a_district_council_that_opens_a_partnership_with_the_county_leads_it(extract_one):
    text = ("Ipswich Borough Council is to work with Suffolk County Council on a night-time outreach team for people "
            "drinking on the streets.\nThe county council's treatment service will provide two workers.")
    found = areas(extract_one, text, published="2024-05-01")
    assert found["Ipswich"]["is_primary"] and not found["Suffolk"]["is_primary"]


def test_a_committee_paper_headed_borough_of_is_that_boroughs(extract_one):
    text = ("BOROUGH OF TAMWORTH\nCABINET\nMinutes of the meeting held on 3 June 2024\n"
            "Members noted that Staffordshire County Council commissions the drug and alcohol service.")
    found = areas(extract_one, text, published="2024-06-10")
    assert found["Tamworth"]["is_primary"] and not found["Staffordshire"]["is_primary"]


def test_a_district_council_beside_the_county_in_the_opening_is_the_countys_story(extract_one):
    text = ("Kent County Council and Thanet District Council are opening a recovery cafe in Margate.\n"
            "Thanet District Council has lent the building and the county council is paying for staff.")
    found = areas(extract_one, text, published="2024-05-01")
    assert found["Kent"]["is_primary"]
    # named only later, the district council is a partner in the county's story
    text = ("A recovery cafe has opened in Margate for people leaving treatment.\n"
            "Kent County Council is paying for staff, and Thanet District Council has lent the building.")
    found = areas(extract_one, text, published="2024-05-01")
    assert found["Kent"]["is_primary"] and not found.get("Thanet", {}).get("is_primary")


def test_a_place_inside_a_prisons_name_is_not_an_area(extract_one):
    assert set(areas(extract_one, "Men released from HMP Five Wells will be offered help in Wellingborough.",
                     published="2019-05-01")) == {"Northamptonshire", "Wellingborough"}


def test_a_prisons_name_given_again_without_its_prefix(extract_one):
    text = ("Men released from HMP Five Wells will be offered help in Wellingborough. Half of the men arriving at "
            "Five Wells test positive for drugs.")
    assert set(areas(extract_one, text, published="2022-06-01")) == {"North Northamptonshire"}


def test_a_city_named_with_city_in_lower_case_is_still_the_city(extract_one):
    text = "The county commissions drug treatment for everyone except people in Leicester city, who have their own service."
    assert "Leicester" in areas(extract_one, text, published="2015-05-01")


def test_a_headline_naming_an_area_by_its_short_form_makes_it_primary(extract_one):
    text = ("People on the Isles of Scilly can now see a recovery worker by video. The service is run from Truro by "
            "Cornwall's drug and alcohol service, and Cornwall Council pays for it.")
    found = areas(extract_one, text, title="Video support for Scilly islanders in recovery", published="2023-05-01")
    assert found["Isles of Scilly"]["is_primary"]


def test_kingston_alone_is_kingston_upon_thames(extract_one):
    text = "A new drug and alcohol outreach team will work with rough sleepers in Kingston, the council said."
    assert set(areas(extract_one, text, published="2021-05-01")) == {"Kingston upon Thames"}


def test_a_persons_first_name_that_is_also_a_town_is_not_an_area(extract_one):
    text = ("“Brandon was 26 and had a good job,” his mother said. Her son, Brandon Quillbrook, is now in recovery "
            "with the drug and alcohol service in Ipswich.")
    assert "Suffolk" in areas(extract_one, text, published="2016-05-01")
    assert set(areas(extract_one, text, published="2016-05-01")) <= {"Suffolk", "Ipswich"}


def test_towns_listed_before_magistrates_courts_or_a_rehabilitation_company_are_not_areas(extract_one):
    text = ("The workers will assess people at Harlow, Braintree and Colchester magistrates' courts, the Essex drug "
            "treatment service said.")
    assert set(areas(extract_one, text, published="2021-05-01")) == {"Essex"}
    text = ("Partners include the National Probation Service and the Bedfordshire and Luton Community Rehabilitation "
            "Company, which refer people to the drug service in Milton Keynes.")
    assert set(areas(extract_one, text, published="2016-05-01")) == {"Milton Keynes"}


def test_a_joint_story_is_the_first_named_councils_when_the_headline_names_neither(extract_one):
    # the second council gains from towns named in the detail; the lede's order still decides
    text = ("Darlington Borough Council and Durham County Council are jointly paying for an alcohol care team at "
            "Darlington Memorial Hospital, the two councils said today.\n"
            "Patients from Newton Aycliffe, Shildon, Spennymoor and Bishop Auckland are admitted there, as are "
            "people from Darlington itself.\n"
            "Durham's cabinet member for health said the team would see its first patients in May.")
    found = areas(extract_one, text, title="Councils fund hospital alcohol team", published="2022-03-01")
    assert found["Darlington"]["is_primary"]
    # a headline that names one council still decides
    found = areas(extract_one, text, title="Durham to share hospital alcohol team", published="2022-03-01")
    assert found["County Durham"]["is_primary"]


def test_a_story_whose_only_place_is_its_services_name_is_that_places(extract_one):
    # a place inside a name never counts, except as the last resort of a story naming no other place
    text = ("45 Forward Leeds – Performance Report\n"
            "The report set out the performance of Forward Leeds, the city's drug and alcohol service, and the plans "
            "for its recommissioning when the contract ends.")
    found = areas(extract_one, text, title="Scrutiny Board: Forward Leeds performance", published="2019-10-08")
    assert list(found) == ["Leeds"] and found["Leeds"]["is_primary"]
    text = ("The service, Forward Leeds, will also run clinics in Bradford from next year.")
    assert list(areas(extract_one, text, published="2019-10-08")) == ["Bradford"]


def test_informal_geography_is_not_the_authority_of_that_name(extract_one):
    text = ("Blackpool Council's treatment service runs outreach on the Fylde coast, and the council will recommission "
            "it with the Fylde coast clinical commissioning groups.")
    assert list(areas(extract_one, text, published="2018-11-01")) == ["Blackpool"]


def test_a_place_after_a_describing_word_that_opens_the_sentence(extract_one):
    text = ("South Tyneside Council has renewed its treatment contract.\n"
            "Neighbouring Gateshead and Sunderland will be watching closely.")
    assert set(areas(extract_one, text, published="2024-11-19")) == {"South Tyneside", "Gateshead", "Sunderland"}


def test_a_neighbour_named_alone_on_the_last_line(extract_one):
    # the model may read "Neighbouring Redbridge" as a person's name when it ends the text
    text = ("Barking and Dagenham Council has given its drug and alcohol contract to a new charity.\n"
            "Neighbouring Redbridge is due to retender its own drug and alcohol services next year.")
    assert set(areas(extract_one, text, published="2015-06-18")) == {"Barking and Dagenham", "Redbridge"}


def test_a_council_named_in_a_document_heading(extract_one):
    # a title-case heading goes on past the council's name; the council is still named
    text = ("Sheffield City Council Budget Consultation 2023/24\n"
            "Section 4: Public Health\n"
            "Adult drug and alcohol treatment in the city is provided by a single commissioned service.\n"
            "Our neighbours in Rotherham and Barnsley commission their own treatment services.")
    rec = extract_one(text, published="2022-12-05")
    assert primary(rec) == ["Sheffield"]
    assert {a["row"]["name"] for a in rec["areas"]} == {"Sheffield", "Rotherham", "Barnsley"}


def test_a_district_general_hospital_is_not_the_district(extract_one):
    text = ("West Sussex County Council’s cabinet agreed to extend the adult drug and alcohol contract by a year.\n"
            "The alcohol liaison nurses at Crawley District General Hospital will continue to refer patients directly.")
    assert set(areas(extract_one, text, published="2019-03-19")) == {"West Sussex"}


def test_a_town_named_with_an_ordinary_word_needs_a_preposition(extract_one):
    text = ("MINUTES OF THE MEETING HELD AT THE COUNCIL OFFICES, MARKET STREET, NEWBURY\n"
            "West Berkshire Council's executive agreed the new drug and alcohol contract. The portfolio holder said: "
            "‘Street drinking causes real problems for residents.’")
    assert set(areas(extract_one, text, published="2015-06-25")) == {"West Berkshire"}
    text = "Somerset Council will open a drop-in for people worried about their drinking in Street next month."
    assert set(areas(extract_one, text, published="2024-06-25")) == {"Somerset"}


def test_a_charity_branch_named_by_its_patch_names_no_area(extract_one):
    for branch in ("The alcohol service will train volunteers from Age UK Norfolk and Suffolk to spot harmful drinking.",
                   "Volunteers from Citizens Advice Sheffield and Rotherham will refer people to the drug service."):
        assert areas(extract_one, branch) == {}
    council = "Citizens Advice Sheffield and Rotherham Council will share the debt advice for the drug service."
    assert set(areas(extract_one, council)) == {"Rotherham"}


def test_the_places_of_a_commissioners_patch_with_the_and_of_in_them_are_no_areas(extract_one):
    text = ("Plymouth City Council will fund the outreach team, with a contribution from the Office of the Police "
            "and Crime Commissioner for Devon, Cornwall and the Isles of Scilly.")
    assert set(areas(extract_one, text)) == {"Plymouth"}


def test_where_an_organisation_is_based_describes_it(extract_one):
    text = ("The community service in Wirral is run by DISC, the Durham-based charity that took over the "
            "contract last year, from bases in Birkenhead and Wallasey.")
    assert set(areas(extract_one, text)) == {"Wirral"}


def test_places_listed_in_an_integrated_care_boards_name_are_not_areas(extract_one):
    text = ("The Bristol, North Somerset and South Gloucestershire Integrated Care Board will fund a second "
            "worker at the hospital in Weston-super-Mare.")
    assert set(areas(extract_one, text)) == {"North Somerset"}


def test_a_seaside_town_without_on_sea(extract_one):
    text = "Staff will hold a weekly clinic at the hospital in Gorleston, and a drop-in in Clacton."
    assert set(areas(extract_one, text)) == {"Norfolk", "Essex"}


def test_a_trust_named_for_a_list_of_places_goes_by_the_list_later(extract_one):
    text = ("The adult service in Gateshead was delivered by Northumberland, Tyne and Wear NHS Foundation Trust.\n"
            "Officers confirmed that Northumberland, Tyne and Wear had been involved from the start.")
    assert set(areas(extract_one, text)) == {"Gateshead"}


def test_a_surname_that_is_a_place_goes_on_naming_the_person(extract_one):
    text = ("The judge reviewed the progress of Darren Ludlow, 31, who admitted stealing from shops in Hanley. "
            "The court heard that Ludlow had tested negative at every appointment with the drug service.")
    assert set(areas(extract_one, text)) == {"Stoke-on-Trent"}
    # the same word after "in" is the town
    text = "Darren Ludlow, 31, now volunteers at a recovery cafe in Ludlow run by the drug service."
    assert set(areas(extract_one, text)) == {"Shropshire"}


def test_a_place_named_before_someone_with_that_surname_stays_a_place(extract_one):
    text = ("Volunteers from the drug service in Croydon and from Sutton will take part. "
            "Maureen Sutton, 58, will read her son's name. Sutton's own vigil is next week.")
    assert set(areas(extract_one, text)) == {"Croydon", "Sutton"}


def test_a_suffolk_district_before_2019_counts_for_suffolk(extract_one):
    # the registry's county for Forest Heath was Surrey; the packaged copy says Suffolk
    got = areas(extract_one, "Deaths in Forest Heath rose, the drug and alcohol service told the board.", published="2017-06-01")
    assert set(got) == {"Suffolk", "Forest Heath"}


def test_the_city_is_the_city_of_london_where_the_text_names_it(extract_one):
    text = ("Officers of the City of London Police joined the board. The City's drug and alcohol service saw "
            "more residents in treatment, and workers in the City can call its advice line.")
    found = areas(extract_one, text, published="2018-06-01")
    assert "City of London" in found and found["City of London"]["is_primary"]


def test_the_city_elsewhere_is_no_area(extract_one):
    text = "The City Council in Leeds runs the service. Across the City, more people came forward for treatment."
    assert "City of London" not in areas(extract_one, text, published="2018-06-01")
    text = "Officers of the City of London Police said the City of Westminster would host the new hub."
    found = areas(extract_one, text, published="2018-06-01")
    assert set(found) == {"Westminster"}


def test_a_place_that_is_the_surname_of_someone_named_with_their_age_is_that_person(extract_one):
    text = ("Nathan Selby, 33, of Keighley, admitted assault at Bradford Magistrates’ Court. The court heard "
            "that Selby had been drinking since lunchtime and was now seeing the local drug and alcohol service.")
    found = areas(extract_one, text, published="2021-06-01")
    assert "Selby" not in found and "North Yorkshire" not in found and "Bradford" in found


def test_the_first_of_two_places_that_name_a_combined_authority_is_part_of_its_name(extract_one):
    found = areas(extract_one, "Fenland District Council will run the outreach van, with money from the "
                               "Cambridgeshire and Peterborough Combined Authority.")
    assert set(found) == {"Fenland", "Cambridgeshire"}  # the county through its district
    assert found["Cambridgeshire"]["matched"] == ["Fenland District Council"]


def test_a_council_name_that_is_also_a_suburb_of_the_storys_area_far_from_the_council_is_the_suburb(extract_one):
    text = ("Torbay Council’s health scrutiny board heard that waits for treatment had fallen. A GP told the board: "
            "“My surgery in Preston sees the same faces week after week.”")
    assert set(areas(extract_one, text)) == {"Torbay"}
    # the city, where the story names its own region
    text = "Blackpool Council and the charity will open hubs in Preston and Blackburn next year."
    assert "Preston" in areas(extract_one, text)
    # and where the story names other councils too (Manchester has a suburb called Bradford)
    text = ("Westmorland and Furness Council has opened the house. One resident moved to Bradford for work; "
            "others have had to go to Lancaster or Manchester for rehab.")
    assert "Bradford" in areas(extract_one, text)


def test_a_town_the_model_calls_a_date_is_still_a_place_but_a_month_is_not(extract_one):
    found = areas(extract_one, "Shropshire Council runs the service. He later went to shops in Leominster.",
                  published="2024-03-01")
    assert "Herefordshire" in found
    found = areas(extract_one, "Shropshire Council runs the service. The hub opened in March last year.",
                  published="2024-03-01")
    assert set(found) == {"Shropshire"}


def test_a_place_joined_by_small_words_is_found_with_hyphens_or_spaces(extract_one):
    text = "Outreach workers follow people along the canal between Bath and Bradford on Avon."
    assert set(areas(extract_one, text, published="2024-05-01")) == {"Bath and North East Somerset", "Wiltshire"}
    assert set(areas(extract_one, "A recovery café has opened in Kingston-upon-Thames.")) == {"Kingston upon Thames"}


def test_a_town_elsewhere_that_shares_a_name_with_a_village_of_the_storys_area_is_the_village(extract_one):
    # Hadleigh is a village in Castle Point (Essex) and a town in Babergh (Suffolk)
    text = ("Castle Point Borough Council and Essex County Council are funding a recovery café on Canvey Island.\n"
            "It will also serve people living in Hadleigh, Thundersley and Benfleet.")
    assert "Suffolk" not in areas(extract_one, text, published="2024-05-01")
    assert "Suffolk" in areas(extract_one, "A recovery group meets in Hadleigh every Tuesday.", published="2024-05-01")


def test_a_council_name_that_is_also_a_village_of_the_one_area_named_is_the_village(extract_one):
    # Melton is a borough in Leicestershire and a village near Woodbridge in Suffolk
    text = ("Suffolk County Council has opened a recovery hub in Woodbridge.\n"
            "The service's managers will work from an office in Melton, a mile away.")
    found = areas(extract_one, text, published="2024-05-01")
    assert "Suffolk" in found and not {"Melton", "Leicestershire"} & set(found)


def test_a_place_before_city_university_is_the_universitys_name(extract_one):
    text = "Academics from Birmingham City University will study how the Telford hub copes in its first year."
    assert set(areas(extract_one, text, published="2024-05-01")) == {"Telford and Wrekin"}


def test_a_districts_short_form_is_that_district_as_it_stood_then(extract_one):
    text = "An empty office in Barrow is to become supported housing, after Barrow Borough Council agreed a lease."
    assert set(areas(extract_one, text, published="2019-10-18")) >= {"Barrow-in-Furness", "Cumbria"}
    assert set(areas(extract_one, "An empty office in Barrow is to become supported housing.",
                     published="2024-05-01")) == {"Westmorland and Furness"}


def test_a_council_named_again_after_a_suburb_named_for_it_is_the_council(extract_one):
    text = ("A mobile clinic will tour Edmonton and Enfield Lock from next week, paid for by Enfield Council. "
            "Enfield has seen drug deaths rise. People from Chingford, in Waltham Forest, will be seen too.")
    assert set(areas(extract_one, text, published="2019-07-02")) == {"Enfield", "Waltham Forest"}


def test_areas_heading_the_columns_of_a_table_each_count(extract_one):
    text = ("Deaths registered in the county and its neighbours:\n\n"
            "Year of registration | Leicestershire | Leicester | Rutland\n\n2019 | 44 | 35 | 4")
    assert set(areas(extract_one, text, published="2021-07-01")) == {"Leicestershire", "Leicester", "Rutland"}


def test_richmond_in_a_north_yorkshire_story_is_the_town_there(extract_one):
    text = ("North Yorkshire County Council heard that workers sat in Richmond and Skipton on market days.")
    found = areas(extract_one, text, published="2016-05-01")
    assert "Richmond upon Thames" not in found and "North Yorkshire" in found
    text = "Richmond Council and Hounslow Council will share a drug and alcohol service from April."
    assert "Richmond upon Thames" in areas(extract_one, text)


def test_places_that_name_a_fire_service_over_two_counties_are_no_areas(extract_one):
    text = ("Police officers in Yeovil carry naloxone, and Dorset and Wiltshire Fire and Rescue Service is "
            "considering doing the same.")
    found = areas(extract_one, text)
    assert not [name for name in found if name.startswith(("Dorset", "Wiltshire"))]


def test_a_bank_named_for_a_town_is_no_area(extract_one):
    text = "The recovery hub has moved into a former Halifax bank branch in the town centre, Bradford Council said."
    assert set(areas(extract_one, text)) == {"Bradford"}


def test_westminster_as_the_seat_of_government_is_no_area(extract_one):
    text = ("Workers in Boston and Skegness say the side of the treatment debate they see rarely reaches "
            "Westminster, Lincolnshire County Council heard.")
    assert "Westminster" not in areas(extract_one, text)
    text = "Westminster City Council and Camden Council will share an outreach service from April."
    assert {"Westminster", "Camden"} <= set(areas(extract_one, text))
    # a London story: Parliament still, after national government's people
    text = ("Lambeth's cabinet member said the borough's drug and alcohol treatment service was still waiting for "
            "ministers in Westminster to confirm next year's grant.")
    assert set(areas(extract_one, text)) == {"Lambeth"}


def test_a_place_written_with_a_typographic_apostrophe_is_found(extract_one):
    found = areas(extract_one, "The average wait for a first drug treatment appointment in Bishop’s Stortford was 16 days.")
    assert set(found) == {"Hertfordshire"}


def test_a_town_called_without_its_qualifier_is_the_town_named_in_full(extract_one):
    # ("Yarmouth" alone is also a town on the Isle of Wight)
    text = ("The recovery hub in Great Yarmouth opens on Monday.\n\n"
            "Staff in Yarmouth say the wait for a first appointment has halved.")
    assert set(areas(extract_one, text)) == {"Norfolk", "Great Yarmouth"}


def test_minutes_headed_council_of_the_name_that_council_as_primary(extract_one):
    text = ("COUNCIL OF THE ISLES OF SCILLY\n\nMinutes of the Health and Wellbeing Board\n\n"
            "The Board noted that Cornwall Council commissions drug and alcohol treatment for both authorities, "
            "and that staff from Cornwall visit the islands each month. Cornwall’s team leader attended.")
    found = areas(extract_one, text, published="2015-06-01")
    assert found["Isles of Scilly"]["is_primary"] and not found["Cornwall"]["is_primary"]


def test_a_place_abroad_named_with_its_country_is_no_area(extract_one):
    text = "Jo Kerr came back to Crediton last year after a decade in Christchurch, New Zealand, and now runs a recovery group."
    assert set(areas(extract_one, text, published="2023-05-01")) == {"Devon"}


def test_a_place_name_used_as_a_verb_is_no_area(extract_one):
    text = "Reading from the latest report, the Director said 57 people using the treatment service had been asked."
    assert areas(extract_one, text) == {}
    text = "Drug deaths in Reading rose last year, and Reading Borough Council will fund more outreach."
    assert set(areas(extract_one, text)) == {"Reading"}
    # a town whose name ends like a verb, inside a sentence, stays
    text = "People in Bognor Regis travel to Chichester or Worthing for a prescribing appointment at the treatment service."
    assert "West Sussex" in areas(extract_one, text)



def test_a_short_name_that_is_also_a_suburb_of_the_named_city_is_the_suburb(extract_one):
    # Stoke is a suburb of Coventry as well as the short name of Stoke-on-Trent
    text = "A Coventry charity will open a recovery house in Stoke, on the south-east side of the city, next spring."
    assert set(areas(extract_one, text)) == {"Coventry"}
    # without words that place it inside the city, the short name keeps its usual meaning
    text = "A Coventry charity will open a recovery house for people referred from Stoke next spring."
    assert set(areas(extract_one, text)) == {"Coventry", "Stoke-on-Trent"}


def test_a_housing_estate_named_after_a_district_is_no_area(extract_one):
    text = ("Maidstone Borough Council has lent the recovery group a room at its community centre on the "
            "Shepway estate for its weekly treatment support sessions.")
    assert set(areas(extract_one, text, published="2024-05-01")) == {"Kent", "Maidstone"}


def test_london_districts_name_their_boroughs(extract_one):
    text = ("The drug and alcohol service will move from Uxbridge to Hayes next year, the select committee heard; "
            "a few clients come from Slough.")
    found = areas(extract_one, text, published="2018-02-07")
    assert {"Hillingdon", "Slough"} <= set(found) and found["Hillingdon"]["is_primary"]
    # "Rainham, east London" is the London Rainham even in a story about Kent, where Medway has one too
    text = "A Kent treatment worker who once ran a needle exchange in Rainham, east London, joined the Medway team."
    assert "Havering" in areas(extract_one, text, published="2022-05-01")


def test_a_county_of_the_past_and_bodies_named_by_their_places_are_no_areas(extract_one):
    text = ("Herefordshire has had its own drug service since the old Hereford and Worcester county was split, "
            "and a worker stays at the hospital the St Helens and Knowsley and Southport and Ormskirk trusts ran.")
    assert set(areas(extract_one, text, published="2024-01-01")) == {"Herefordshire"}


def test_places_the_model_reads_as_an_organisation_and_a_councils_initials(extract_one):
    text = ("The trust, which also runs community services in Chester and Ellesmere Port, said it would hold an "
            "open afternoon at the new drug service.")
    assert set(areas(extract_one, text, published="2012-06-01")) == {"Cheshire West and Chester"}
    text = "Residential rehab placements are bought through a framework the council shares with BCP Council."
    assert set(areas(extract_one, text, published="2026-01-01")) == {"Bournemouth, Christchurch and Poole"}


def test_places_in_a_joint_committees_name_in_capitals_are_not_areas(extract_one):
    text = ("SOUTH YORKSHIRE, DERBYSHIRE, NOTTINGHAMSHIRE AND WAKEFIELD JOINT HEALTH OVERVIEW AND SCRUTINY "
            "COMMITTEE\n\nMembers heard how treatment waits in Sheffield had fallen.")
    assert set(areas(extract_one, text)) == {"Sheffield"}


def test_cheshire_west_as_local_writing_shortens_it(extract_one):
    found = areas(extract_one, "Permanent place directors for Warrington and for Cheshire West start in January.")
    assert set(found) == {"Warrington", "Cheshire West and Chester"}


def test_a_royal_town_written_without_royal(extract_one):
    text = "Several young men from Tamworth were admitted to hospital in Sutton Coldfield after collapsing."
    assert "Birmingham" in areas(extract_one, text)


def test_a_ward_named_like_a_town_elsewhere_is_the_wards_council(extract_one):
    text = ("At Kensington and Chelsea's full council, a councillor who represents Golborne ward asked what would "
            "happen to the needle exchange and drug treatment drop-in.")
    assert set(areas(extract_one, text)) == {"Kensington and Chelsea"}


def test_a_common_noun_opening_an_option_is_no_place(extract_one):
    text = ("Barrow Borough Council will lease the building to a drug and alcohol recovery charity.\n\n"
            "Alternatives considered:\n\n(a) Sale on the open market, with an estimated receipt of £180,000.")
    assert set(areas(extract_one, text, published="2020-09-23")) == {"Barrow-in-Furness", "Cumbria"}


def test_a_paper_headed_by_a_district_council_by_its_short_name_is_that_councils(extract_one):
    text = ("BARROW BOROUGH COUNCIL\n\nRECORD OF OFFICER DECISION\n\n"
            "Decision: to lease the former library on Abbey Road to a peer-led recovery charity for a drug and alcohol "
            "recovery hub. Cumbria County Council, which commissions the main treatment service in Barrow, Dalton "
            "and Ulverston, supports the proposal.")
    rec = extract_one(text, title="Officer decision: lease of the former library", published="2019-06-01")
    assert primary(rec) == ["Barrow-in-Furness"]


def test_places_naming_one_trust_in_lower_case_are_no_areas(extract_one):
    text = ("In North Lincolnshire the drug and alcohol treatment service is provided by RDaSH, the Rotherham, "
            "Doncaster and South Humber trust.")
    assert set(areas(extract_one, text)) == {"North Lincolnshire"}


def test_places_of_several_words_listed_before_a_body_word_name_the_body(extract_one):
    text = "Southampton City Council funds the service. Hampshire and Isle of Wight Healthcare said it was proud of the team."
    assert set(areas(extract_one, text)) == {"Southampton"}


def test_a_town_of_a_neighbour_across_a_regions_boundary_is_that_neighbours(extract_one):
    text = ("Thurrock Council will close the afternoon clinic in Grays.\n"
            "“Some people find it easier to get to Romford than to their own service,” one user said.")
    assert set(areas(extract_one, text)) == {"Thurrock", "Havering"}


def test_places_after_coroner_for_are_the_coroners_patch(extract_one):
    text = ("Central Bedfordshire Council funds the drug service in Leighton Buzzard.\n"
            "I am Mary Vossberg, Area Coroner for Bedfordshire and Luton.")
    assert set(areas(extract_one, text, published="2021-06-28")) == {"Central Bedfordshire"}


def test_towns_before_a_magistrates_court_with_a_curly_apostrophe_name_the_court(extract_one):
    text = "The review hearings at Manchester and Salford Magistrates’ Court are part of a pilot for Salford City Council."
    assert set(areas(extract_one, text)) == {"Salford"}


def test_towns_a_canal_is_named_for_are_no_areas(extract_one):
    text = ("Bradford Council funds the recovery café in Bingley. A group from the café walks the Leeds and Liverpool "
            "Canal towpath to Saltaire every Sunday.")
    assert set(areas(extract_one, text)) == {"Bradford"}


def test_a_town_next_to_a_named_borough_beats_a_suburb_of_the_same_name_elsewhere_in_the_region(extract_one):
    # "Wallington" is a town in Sutton and a suburb of Fareham: beside Merton and Surrey, the town next door
    text = ("Merton Council and Surrey County Council will share the outreach team. Its first drop-in opened "
            "in Wallington last spring.")
    assert "Sutton" in areas(extract_one, text)


def test_a_council_named_before_an_nhs_trust_is_no_part_of_its_name(extract_one):
    text = "Stockport Council and Pennine Care NHS Foundation Trust announced a new detox service today."
    assert "Stockport" in areas(extract_one, text)


def test_a_coroners_patch_in_lower_case_is_no_council(extract_one):
    found = areas(extract_one, "Blackburn with Darwen Council has been sent a report by the senior coroner for "
                               "Preston and West Lancashire after an inquest into a death at a hostel.")
    assert set(found) == {"Blackburn with Darwen"}


def test_a_council_named_in_a_heading_on_a_line_of_its_own_counts(extract_one):
    # the model may run a one-word place on over the line break and call it a person ("Knowsley\n")
    text = ("Recovery workers will meet people leaving prison from across Halton, Knowsley and Sefton.\n"
            "Cycle routes for Wirral and Knowsley\n"
            "Work has started on new cycle routes linking Birkenhead with the business park.")
    assert {"Halton", "Knowsley", "Sefton", "Wirral"} <= set(areas(extract_one, text))


def test_a_place_before_a_comma_and_a_forces_name_is_no_part_of_it(extract_one):
    text = ("The inquest in Shrewsbury heard that the same pills had been linked to a death in Wolverhampton, and "
            "West Mercia Police said it had since seized more in Telford. Devon and Cornwall Police were not involved.")
    found = set(areas(extract_one, text))
    assert "Wolverhampton" in found and not {"Devon", "Cornwall"} & found


def test_a_short_name_of_a_neighbour_across_the_regions_boundary_is_that_neighbour(extract_one):
    text = ("Surrey County Council's public health team said waits in Elmbridge and Epsom had grown. Some families "
            "paid for a private clinic in Kingston rather than wait.")
    assert "Kingston upon Thames" in areas(extract_one, text)


def test_a_police_forces_patch_named_for_its_places_is_no_council(extract_one):
    text = ("Synthetic opioids have been linked to nine deaths in the Devon and Cornwall police area since March, "
            "Plymouth City Council's health scrutiny panel heard.")
    assert set(areas(extract_one, text)) == {"Plymouth"}


def test_a_suburb_of_a_distant_council_the_story_never_names_is_not_an_area(extract_one):
    found = areas(extract_one, "Bradford Council has agreed the plan. The hub will serve families across "
                               "the Airedale area from next spring.")
    assert set(found) == {"Bradford"}


def test_a_suburb_then_the_town_it_lies_in_is_that_towns_suburb(extract_one):
    text = "A garden in Preston, Paignton, is tended by people in recovery from drug and alcohol problems."
    assert set(areas(extract_one, text)) == {"Torbay"}


def test_districts_listed_with_commas_are_each_a_district(extract_one):
    found = areas(extract_one, "New recovery hubs will open in Preston, Chorley and Blackpool in May.")
    assert {"Preston", "Chorley", "Blackpool"} <= set(found)


def test_the_council_that_led_a_joint_procurement_is_the_primary_area(extract_one):
    text = ("A new service for people leaving prison will be paid for by Lambeth, Southwark and Lewisham. "
            "Lewisham Council led the procurement for the three boroughs.")
    assert primary(extract_one(text)) == ["Lewisham"]


def test_a_short_name_listed_with_a_suburb_of_the_named_city_is_that_citys_suburb(extract_one):
    text = "Coventry City Council pays for six recovery houses in Earlsdon and Stoke, each with a live-in volunteer."
    assert set(areas(extract_one, text)) == {"Coventry"}


def test_a_short_name_listed_with_a_town_of_its_own_city_is_that_city(extract_one):
    text = "Coventry City Council said people from Stoke and Hanley now travel to its clinic for treatment."
    assert {"Coventry", "Stoke-on-Trent"} <= set(areas(extract_one, text))


def test_a_river_town_by_its_short_name_is_that_town(extract_one):
    text = "A Thornaby man who had been drinking heavily since losing his job has finished a residential detox."
    assert set(areas(extract_one, text, published="2022-05-01")) == {"Stockton-on-Tees"}


def test_a_common_short_name_beside_its_river_is_the_river_town(extract_one):
    text = "One player crosses the Humber Bridge from Barton every week to train with the recovery football team."
    assert set(areas(extract_one, text)) == {"North Lincolnshire"}



def test_a_street_in_a_headings_capitals_is_not_the_town_of_street(extract_one):
    text = ("3. OXFORD STREET DISTRICT: PUBLIC REALM\n\nWestminster City Council approved the drug and alcohol "
            "treatment contract.")
    assert set(areas(extract_one, text)) == {"Westminster"}
    assert "Somerset" in areas(extract_one, "A recovery drop-in for people leaving alcohol treatment has opened in Street.")


def test_places_naming_a_welsh_area_planning_board_are_not_areas(extract_one):
    text = ("The Vale of Glamorgan Council's report comes from the Cardiff and Vale Area Planning Board, which commissions "
            "drug and alcohol services.")
    assert set(areas(extract_one, text)) == {"The Vale of Glamorgan"}


def test_a_sports_clubs_team_named_for_its_places_is_not_an_area(extract_one):
    text = ("The recovery café in Barking was opened by players from Dagenham & Redbridge’s women’s team. "
            "Barnsley's under-18s side visited the next week.")
    assert set(areas(extract_one, text)) == {"Barking and Dagenham"}


def test_a_partnerships_meeting_under_a_district_councils_name_is_the_commissioning_countys(extract_one):
    # the district only hosts a community safety partnership; treatment there is the county's
    text = ("MALDON DISTRICT COUNCIL\n\nSAFER MALDON PARTNERSHIP\n\nMinutes of the meeting held at the Council Offices, "
            "Princes Road, Maldon\n"
            "The partnership heard that Essex County Council's drug and alcohol service had seen 40 people from "
            "Maldon and Burnham-on-Crouch since its outreach began.")
    found = areas(extract_one, text, published="2023-05-01")
    assert found["Essex"]["is_primary"] and not found["Maldon"]["is_primary"]
    # the district's own committee stays the district's
    own = text.replace("SAFER MALDON PARTNERSHIP", "COMMUNITY SERVICES COMMITTEE").replace("The partnership", "The committee")
    assert areas(extract_one, own, published="2023-05-01")["Maldon"]["is_primary"]


def test_a_transcript_label_in_capitals_is_the_surname_of_someone_named(extract_one):
    text = ("Salford's drug and alcohol service has trained 180 people to use naloxone.\n"
            "Councillor Morvoren Hindley is the council's lead member for health.\n"
            "HINDLEY: “Nobody chooses to take a nitazene.”")
    assert set(areas(extract_one, text)) == {"Salford"}


def test_a_place_located_between_two_towns_is_the_one_there(extract_one):
    text = ("Morvoren, 71, a retired secretary from Preston, between Paignton and Torquay, joined the alcohol "
            "group in September.")
    assert set(areas(extract_one, text)) == {"Torbay"}
    text = "She moved to Preston, near Blackpool, to get help from the drug and alcohol service."
    assert "Lancashire" in areas(extract_one, text)


def test_a_police_forces_possessive_keeps_its_places_out(extract_one):
    text = ("Officers from Devon and Cornwall Police’s neighbourhood team in Paignton pass on details of the "
            "alcohol group.")
    assert set(areas(extract_one, text)) == {"Torbay"}


def test_a_football_club_named_for_its_town_is_not_the_area(extract_one):
    text = ("Kirklees Council's drug and alcohol service has opened a recovery café in Dewsbury. "
            "One volunteer, Tamsin Oakhurst, said her brother had been a season ticket holder at Bradford City "
            "for twenty years. Ipswich Town fans raised £2,000 for the café, and Stoke City's new manager visited.")
    assert set(areas(extract_one, text)) == {"Kirklees"}


def test_city_town_or_county_after_a_place_is_still_the_area_without_a_word_of_the_game(extract_one):
    text = ("Bradford City Council has extended its drug and alcohol contract. "
            "Treatment in Luton Town centre moves to a new hub, and Durham County Council's board agreed the plan.")
    assert set(areas(extract_one, text)) >= {"Bradford", "Luton", "County Durham"}


def test_a_suburb_a_letter_writer_signs_from_is_the_area(extract_one):
    text = ("Reading Borough Council intends to take £340,000 out of drug and alcohol treatment.\n"
            "Tamsin Oakhurst, Earley\n"
            "The council should think again before the budget meeting in Woodley Road.")
    assert "Wokingham" in areas(extract_one, text)
    # a suburb of an authority the story never names, in its prose, is taken for a namesake
    assert "Wokingham" not in areas(extract_one, text.replace("Tamsin Oakhurst, Earley", "A resident of Earley wrote in."))


def test_a_village_in_a_county_named_as_it_stood_is_not_a_namesake_town_elsewhere(extract_one):
    text = ("The support group was set up after a death in Corby in 2017. It meets in a church hall in Cottingham "
            "and has families from as far as Kettering.")
    names = {a["row"]["name"] for a in extract_one(text, published="2019-05-01")["areas"]}
    assert "East Riding of Yorkshire" not in names and "Northamptonshire" in names


def test_a_village_listed_with_a_place_of_the_story_and_lying_next_door_is_that_neighbour(extract_one):
    text = ("The recovery walking group run by Change Grow Live in Stockport now has members who come from Marple "
            "and Disley every Sunday.")
    assert set(areas(extract_one, text, published="2022-05-01")) == {"Stockport", "Cheshire East"}
    # alone, a village is no area of its own
    text = "The recovery walking group run by Change Grow Live in Stockport was first set up in Disley."
    assert set(areas(extract_one, text, published="2022-05-01")) == {"Stockport"}
    # nor is a namesake far from the town it is listed with (Wigan's own Ince, not the Cheshire village)
    text = "GP practices in Hindley and Ince will refer patients to the Wigan drug and alcohol service."
    assert set(areas(extract_one, text, published="2022-05-01")) == {"Wigan"}


def test_a_first_name_given_as_half_of_a_couple_is_no_place(extract_one):
    text = ("His parents, Barry and Glenys Pellow, have since campaigned for more rehab places in Bury.\n"
            "“Barry and Glenys have shown real courage,” the council leader said.")
    assert set(areas(extract_one, text, published="2024-06-01")) == {"Bury"}


def test_a_loose_part_of_a_county_that_unitaries_share_the_name_of_is_no_area(extract_one):
    text = ("Eight rehab beds set aside for people from northern Lincolnshire have stood empty since April, after "
            "North Lincolnshire Council and North East Lincolnshire Council fell out over the bill.")
    found = areas(extract_one, text, published="2025-06-01")
    assert set(found) == {"North Lincolnshire", "North East Lincolnshire"}
    # a county with no such unitaries keeps its loose parts: "northern Kent" is Kent
    kent = "Rehab beds for people from northern Kent have stood empty since April, the county council said."
    assert set(areas(extract_one, kent, published="2025-06-01")) == {"Kent"}


def test_a_river_that_shares_a_councils_name_is_no_area(extract_one):
    text = ("The Cabinet Member for Kent County Council said people should not get a different drug and alcohol "
            "service depending on which side of the Medway they live.")
    assert set(areas(extract_one, text, published="2024-06-01")) == {"Kent"}
    towns = "The drug and alcohol service has opened a hub in Chatham to serve people across the Medway towns."
    assert "Medway" in areas(extract_one, towns, published="2024-06-01")


def test_a_towns_short_form_is_the_one_in_the_area_the_story_names(extract_one):
    # "Wells" beside Holt in a Norfolk story is Wells-next-the-Sea, not the city in Somerset
    text = ("Norfolk County Council's drug and alcohol service will run a clinic in Holt. Cllr Idris Pellow said: "
            "“I have constituents in Holt and Wells who are told to catch two buses to Norwich.”")
    assert "Somerset" not in areas(extract_one, text, published="2019-07-18")
    somerset = "Somerset Council's drug and alcohol service will open a hub in Wells next year."
    assert "Somerset" in areas(extract_one, somerset, published="2024-07-18")


def test_a_partnership_between_a_district_and_its_county_is_the_countys(extract_one):
    text = ("Six empty flats in Norwich are to become supported homes for people leaving rehab, under a partnership "
            "between Norwich City Council and Norfolk County Council.\n"
            "The county council will spend £340,000 of its drug and alcohol grant on the scheme.")
    found = areas(extract_one, text, published="2024-05-01")
    assert found["Norfolk"]["is_primary"] and not found["Norwich"]["is_primary"]


def test_a_release_issued_jointly_by_two_councils_is_neithers_masthead(extract_one):
    text = ("Issued jointly by Derbyshire County Council and Chesterfield Borough Council\n"
            "A recovery café and 12 flats for people leaving drug and alcohol treatment will open in Chesterfield.\n"
            "The county council, which commissions drug and alcohol treatment in Derbyshire, is paying £1.1m.")
    found = areas(extract_one, text, published="2025-03-01")
    assert found["Derbyshire"]["is_primary"] and not found["Chesterfield"]["is_primary"]
    # one council's heading is that council's own paper
    own = text.replace("Issued jointly by Derbyshire County Council and Chesterfield Borough Council",
                       "CHESTERFIELD BOROUGH COUNCIL")
    assert areas(extract_one, own, published="2025-03-01")["Chesterfield"]["is_primary"]


def test_a_village_in_the_headline_speaks_for_its_council(extract_one):
    text = ("From December, the outreach van run by Via, the charity that provides drug and alcohol treatment in "
            "Central Bedfordshire, will park in Cranfield on the first Tuesday of every month.\n"
            "People who live over the border in Bedford borough, including Kempston and Wootton, will be helped to "
            "contact the borough's own service.")
    found = areas(extract_one, text, published="2021-11-15", title="Drug and alcohol outreach van to visit Cranfield")
    assert found["Central Bedfordshire"]["is_primary"] and not found["Bedford"]["is_primary"]
    # (not a place the text names only as its hospital's: "a consultant at Aintree")
    hospital = ("A team of nurses on the wards at Aintree University Hospital has cut repeat admissions, said a consultant "
                "at Aintree. The team is run by the trust that provides the Liverpool Community Alcohol Service, and "
                "Liverpool City Council and Knowsley Council part-fund it.")
    found = areas(extract_one, hospital, published="2017-03-08", title="Hospital alcohol team cuts admissions at Aintree")
    assert not found.get("Sefton", {}).get("is_primary")


def test_a_namesake_place_listed_beside_a_neighbour_is_the_one_beside_it(extract_one):
    # Hadleigh is a Suffolk town and an Essex village beside Canvey Island
    text = ("Around one in three of the drug service's clients live within a mile of the proposed site in "
            "Southend-on-Sea, while a small number travel in from Hadleigh and Canvey Island.")
    found = areas(extract_one, text, published="2023-07-13")
    assert "Suffolk" not in found and "Essex" in found
    # (a street an address gives before a place is no neighbour: "High Street, Walton" in a Suffolk story)
    address = ("Suffolk County Council's drug and alcohol service has opened a recovery café. The café is at the "
               "church hall, High Street, Walton.")
    assert set(areas(extract_one, address, published="2019-10-08")) <= {"Suffolk", "East Suffolk"}
    alone = "A small number of the drug service's clients travel in from Hadleigh, near Ipswich."
    assert "Suffolk" in areas(extract_one, alone, published="2023-07-13")


def test_a_prison_named_for_its_town_in_lower_case_is_no_area(extract_one):
    text = ("Plymouth City Council funds the recovery houses. One resident spent most of his twenties in and out of "
            "Exeter prison.")
    assert set(areas(extract_one, text, published="2019-10-22")) == {"Plymouth"}


def test_a_councils_name_beside_a_suburb_named_for_it_across_the_border_is_the_council(extract_one):
    text = ("Every homeless hostel in Hackney will keep naloxone. The drug and alcohol service will train staff at "
            "hostels in Stoke Newington, Dalston and Hackney Wick.")
    found = areas(extract_one, text, published="2021-06-29")
    assert found["Hackney"]["is_primary"]
