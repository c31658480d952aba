import pytest


def names(extract_one, text, **kw):
    return {p["row"]["name"] for p in extract_one(text, **kw)["providers"]}


def test_canonical_names_and_former_names(extract_one):
    assert names(extract_one, "The service is run by Crime Reduction Initiatives.") == {"Change Grow Live"}
    assert names(extract_one, "Addaction opened a new hub in the town.") == {"With You"}


def test_ambiguous_short_names_need_context(extract_one):
    assert names(extract_one, "Via the new app, people can book appointments.") == set()
    assert names(extract_one, "The contract was awarded to the charity Via last year.") == {"Via"}
    assert names(extract_one, "Looking forward, the council will review its plans.") == set()


def test_unlisted_provider_found_from_context(extract_one):
    rec = extract_one("The programme is run by the charity Brightpath Recovery as part of the city's treatment system.")
    unlisted = [p for p in rec["providers"] if not p["row"]["in_gazetteer"]]
    assert [p["row"]["name"] for p in unlisted] == ["Brightpath Recovery"]


def test_councils_and_police_are_not_providers(extract_one):
    text = "The service is commissioned by Leeds City Council and West Yorkshire Police supports it."
    assert names(extract_one, text) == set()


def test_service_brands_are_services_linked_to_their_provider(extract_one):
    rec = extract_one("Forward Leeds has opened a new hub. Riverside Recovery Service is run by Humankind.")
    services = {s["name"]: s["provider_slug"] for s in rec["services"]}
    assert services == {"Forward Leeds": "humankind", "Riverside Recovery Service": "humankind"}
    assert {p["row"]["name"] for p in rec["providers"]} == {"Humankind"}


def test_unlisted_provider_from_contract_award_and_apposition(extract_one):
    rec = extract_one("The report recommends the award of the treatment contract to Northgate Recovery Services from April.")
    assert [p["row"]["name"] for p in rec["providers"]] == ["Northgate Recovery Services"]
    rec = extract_one("The nurses are employed by the council's treatment provider, Resolve Health, and work on the wards.")
    assert [p["row"]["name"] for p in rec["providers"]] == ["Resolve Health"]


def unlisted(rec):
    return [p["row"]["name"] for p in rec["providers"] if not p["row"]["in_gazetteer"]]


def test_main_commissioned_providers_are_each_a_provider(extract_one):
    rec = extract_one("The main commissioned providers are Acme Recovery, Brightpath and Northgate Health, "
                      "who together run the adult drug and alcohol treatment service.")
    assert sorted(unlisted(rec)) == ["Acme Recovery", "Brightpath", "Northgate Health"]
    assert all(p["row"]["in_gazetteer"] == 0 for p in rec["providers"])


def test_in_partnership_with_counts_only_about_treatment(extract_one):
    rec = extract_one("The recovery service is delivered by Turning Point in partnership with Brightpath Health.")
    assert names(extract_one, "The recovery service is delivered by Turning Point in partnership with Brightpath Health.") \
        == {"Turning Point", "Brightpath Health"}
    assert unlisted(rec) == ["Brightpath Health"]
    assert names(extract_one, "The summer fair was organised in partnership with Riverside Housing.") == set()


def test_partners_listed_after_a_service_brand(extract_one):
    rec = extract_one("Forward Steps is a partnership of Acme Recovery, Brightpath and Northgate Health that runs "
                      "drug and alcohol treatment in the borough.")
    assert sorted(unlisted(rec)) == ["Acme Recovery", "Brightpath", "Northgate Health"]
    rec = extract_one("Forward Leeds (Humankind, Acme Recovery and Leeds and York Partnership NHS Foundation Trust) "
                      "offers drug and alcohol treatment.")
    assert names(extract_one, "Forward Leeds (Humankind, Acme Recovery and Leeds and York Partnership NHS Foundation "
                              "Trust) offers drug and alcohol treatment.") >= {"Humankind", "Leeds and York Partnership NHS Foundation Trust"}
    assert "Forward Leeds" not in {p["row"]["name"] for p in rec["providers"]}
    assert {s["name"]: s["provider_slug"] for s in rec["services"]} == {"Forward Leeds": "humankind"}


def test_new_provider_taking_over_from_the_old_one(extract_one):
    rec = extract_one("Acme Recovery is taking over from Brightpath Health as the county's treatment provider in April.")
    assert sorted(unlisted(rec)) == ["Acme Recovery", "Brightpath Health"]
    rec = extract_one("From April the drug and alcohol service will transfer to Northgate Health, replacing Brightpath Health.")
    assert sorted(unlisted(rec)) == ["Brightpath Health", "Northgate Health"]


def test_service_brand_is_a_service_not_a_provider(extract_one):
    rec = extract_one("The hub is run by Forward Leeds, the city's alcohol and drug service.")
    assert names(extract_one, "The hub is run by Forward Leeds, the city's alcohol and drug service.") == set()
    assert [s["name"] for s in rec["services"]] == ["Forward Leeds"]
    rec = extract_one("Drop-in sessions are run by Carlisle Recovery Hub, which is run by Humankind.")
    assert {p["row"]["name"] for p in rec["providers"]} == {"Humankind"}
    assert {s["name"]: s["provider_slug"] for s in rec["services"]} == {"Carlisle Recovery Hub": "humankind"}


def test_trust_that_only_hosts_a_service_is_not_a_provider(extract_one):
    text = ("Outreach nurses now see patients at Riverside General Hospital, which is run by University Hospitals of "
            "Lakeside NHS Foundation Trust, when they are admitted because of alcohol.")
    assert names(extract_one, text) == set()
    text = "Patients are referred to Queen's Hospital, run by Eastfield and Westmoor University Hospitals NHS Trust."
    assert names(extract_one, text) == set()


def test_a_person_and_job_title_are_not_part_of_the_trust(extract_one):
    text = ("Jo Bell, Clinical Director of Riverside Health and Care NHS Foundation Trust, which runs the adult "
            "treatment service, spoke to the board.")
    assert names(extract_one, text) == {"Riverside Health and Care NHS Foundation Trust"}


def test_names_in_capitals_one_word_or_with_a_typographic_apostrophe(extract_one):
    assert names(extract_one, "STATEMENT FROM CHANGE GROW LIVE ON THE NEW CONTRACT") == {"Change Grow Live"}
    assert names(extract_one, "Follow #ChangeGrowLive and TurningPoint for updates on the service.") == \
        {"Change Grow Live", "Turning Point"}
    assert names(extract_one, "Beds at BAC O’Connor in Burton are funded by the council.") == {"BAC O'Connor"}
    assert names(extract_one, "WORKING WITH YOU TO BUILD A BETTER BOROUGH") == set()


def test_short_names_need_the_organisation_not_another_name(extract_one):
    assert names(extract_one, "The Phoenix Centre runs a treatment service for the town.") == set()
    assert names(extract_one, "The council's Financial Inclusion team and treatment service staff met.") == set()
    assert names(extract_one, "Nurses employed by Spectrum, which runs the treatment service in the prison, met the governor.") \
        == {"Spectrum Community Health CIC"}
    assert names(extract_one, "Lifeline, which has run the adult service since 2013, said referrals rose.") == {"Lifeline Project"}
    assert names(extract_one, "Lifeline workers said the new recovery service had helped them.") == set()
    assert names(extract_one, "Residents said the bus was a lifeline and Phoenix Park was busy with families.") == set()
    assert names(extract_one, "The treatment provider Phoenix said the beds were full.") == {"Phoenix Futures"}


def test_every_organisation_after_delivered_by_and_won_by(extract_one):
    rec = extract_one("The drug and alcohol service is delivered by Horizon Recovery Ltd and Bluebell Health CIC.")
    assert sorted(unlisted(rec)) == ["Bluebell Health CIC", "Horizon Recovery Ltd"]
    rec = extract_one("Last year the council re-tendered the contract, which was won by Harbour Recovery.")
    assert unlisted(rec) == ["Harbour Recovery"]


def test_appointed_or_commissioned_provider(extract_one):
    rec = extract_one("Beacon Recovery CIC has been appointed as the new provider of the adult treatment service.")
    assert unlisted(rec) == ["Beacon Recovery CIC"] and rec["services"] == []
    rec = extract_one("The council commissions Aurora Wellbeing to deliver harm reduction services.")
    assert unlisted(rec) == ["Aurora Wellbeing"]


def test_subcontractors_of_a_treatment_service(extract_one):
    rec = extract_one("The lead provider is Midlands Recovery Partnership, working with subcontractors Brightpath "
                      "and Kestrel Housing on the recovery service.")
    assert sorted(unlisted(rec)) == ["Brightpath", "Kestrel Housing", "Midlands Recovery Partnership"]
    assert names(extract_one, "Police, probation and Jobcentre Plus are partners in the combating drugs partnership.") == set()
    assert names(extract_one, "Help is available from Alcoholics Anonymous and SMART Recovery groups.") == set()


def test_a_short_form_the_text_defines_is_the_same_provider(extract_one):
    text = ("Riverside Health and Care NHS Foundation Trust (RHCT) runs the opiate treatment service. "
            "RHCT said waiting times had fallen.")
    rec = extract_one(text)
    [prov] = rec["providers"]
    assert [s["text"] for s in prov["spans"]] == ["Riverside Health and Care NHS Foundation Trust", "RHCT", "RHCT"]
    assert all(text[s["start"]:s["end"]] == s["text"] for s in prov["spans"])


def test_a_name_introduced_by_what_it_does(extract_one):
    rec = extract_one("Staff from drug and alcohol charity Kestrel Recovery Trust will run the sessions.")
    assert unlisted(rec) == ["Kestrel Recovery Trust"]
    rec = extract_one("Kestrel Recovery Trust, the drug and alcohol charity, said demand had doubled.")
    assert unlisted(rec) == ["Kestrel Recovery Trust"]
    assert names(extract_one, "Anyone with information can contact the independent charity Crimestoppers.") <= {"Crimestoppers"}


def test_trust_written_as_nhs_ft_and_camel_case_short_names(extract_one):
    rec = extract_one("The detox unit is run by Riverside Health and Care NHS FT, the council said.")
    assert unlisted(rec) == ["Riverside Health and Care NHS FT"]
    assert names(extract_one, "Follow WithYou on social media for service news.") == {"With You"}
    assert names(extract_one, "Residents said withyou was a word they had never seen.") == set()


def test_list_pieces_of_a_trust_name_stay_together(extract_one):
    from recoverywatch.extract.providers import split_names
    assert split_names("Turning Point and Leeds and York Partnership NHS Foundation Trust") == \
        ["Turning Point", "Leeds and York Partnership NHS Foundation Trust"]
    assert split_names("Sheffield Health and Social Care NHS Foundation Trust") == \
        ["Sheffield Health and Social Care NHS Foundation Trust"]
    rec = extract_one("The service is run by Humankind and Riverside, Northfield and Lakeland NHS Foundation Trust.")
    assert names(extract_one, "The service is run by Humankind and Riverside, Northfield and Lakeland NHS Foundation Trust.") \
        == {"Humankind", "Riverside, Northfield and Lakeland NHS Foundation Trust"}
    assert unlisted(rec) == ["Riverside, Northfield and Lakeland NHS Foundation Trust"]


def test_a_charity_or_licence_holder_outside_treatment_is_not_a_provider(extract_one):
    assert names(extract_one, "Anyone with information can contact the charity Crimestoppers anonymously.") == set()
    text = "The panel reviewed the premises licence held by Harbour Inns Ltd for the Swan on the High Street."
    assert names(extract_one, text) == set()


def test_a_service_is_linked_to_the_provider_the_text_says_runs_it(extract_one):
    rec = extract_one("Riverside Recovery Service is run by Humankind, which took over from Turning Point last year.")
    assert {s["name"]: s["provider_slug"] for s in rec["services"]} == {"Riverside Recovery Service": "humankind"}
    rec = extract_one("Turning Point handed the contract to Humankind, which now runs Riverside Recovery Service.")
    assert {s["name"]: s["provider_slug"] for s in rec["services"]} == {"Riverside Recovery Service": "humankind"}
    rec = extract_one("Turning Point and Humankind both work near Riverside Recovery Service.")
    assert {s["name"]: s["provider_slug"] for s in rec["services"]} == {"Riverside Recovery Service": None}


def test_people_and_public_services_after_a_context_phrase_are_not_providers(extract_one):
    assert names(extract_one, "The recovery session was led by Jo Bell, a peer mentor.") == set()
    assert names(extract_one, "The detox clinic is run by Dr Sam Patel at the surgery.") == set()
    text = "The naloxone training is delivered in partnership with West Yorkshire Fire and Rescue Service and DWP."
    assert names(extract_one, text) == set()
    # a community rehabilitation company supervised offenders on probation (2014 to 2021); its name's
    # "rehabilitation" is no treatment
    text = ("The prison release team will also work with the Durham and Tees Valley Community Rehabilitation "
            "Company and the council's housing officers.")
    assert names(extract_one, text) == set()


def test_an_nhs_trust_that_only_lends_rooms_is_not_a_provider(extract_one):
    text = ("The clinic will move from rooms provided by Leeds and York Partnership NHS Foundation Trust to a "
            "new town-centre base. The hub is in premises rented from Harbour Vale NHS Foundation Trust.")
    assert names(extract_one, text) == set()
    running = "Leeds and York Partnership NHS Foundation Trust runs the detox unit, in rooms provided by the council."
    assert names(extract_one, running) == {"Leeds and York Partnership NHS Foundation Trust"}


def test_a_contract_awarded_for_a_service_to_an_unlisted_charity(extract_one):
    text = ("The county council has awarded a new contract for adult drug and alcohol treatment across the "
            "county to Westgate Recovery Services, a regional charity.")
    assert names(extract_one, text) == {"Westgate Recovery Services"}


def test_a_role_is_not_an_organisation(extract_one):
    text = "That the Strategic Director finalise the treatment contract in consultation with the Portfolio Holder."
    assert names(extract_one, text) == set()


def test_a_place_and_what_the_service_does_is_a_service_brand(extract_one):
    text = "The borough spends £6.8m a year on services delivered by the Lambeth Drug and Alcohol Consortium."
    assert names(extract_one, text) == set()
    text = "The service is delivered in partnership with Kestrel Recovery and Linnet Health, for drug and alcohol treatment."
    assert names(extract_one, text) == {"Kestrel Recovery", "Linnet Health"}


def test_the_trust_that_operates_the_hospital_only_hosts_the_team(extract_one):
    text = ("The alcohol care team at the infirmary is staffed by Cranstoun under an agreement with the hospital's "
            "operator, North Cumbria Integrated Care NHS Foundation Trust.")
    assert names(extract_one, text) == {"Cranstoun"}


def test_the_trust_that_runs_the_hospital_named_beside_it(extract_one):
    text = ("CGL will keep the sites open, and the satellite at the Royal Free Hospital, which is run by "
            "Royal Free London NHS Foundation Trust, will not be affected.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_listed_provider_whose_name_ends_like_a_service_and_partners_listed_with_notes(extract_one):
    text = ("The service is led by Acorn Recovery Projects, working with Delphi Medical Ltd (clinical prescribing), "
            "Early Break (young people and families) and Red Rose Recovery (lived experience).")
    assert names(extract_one, text) == {"Acorn Recovery Projects", "Delphi Medical", "Early Break", "Red Rose Recovery"}


def test_a_trust_named_with_two_places_that_runs_the_hospital_beside_it(extract_one):
    text = ("Most had been seen at Sunderland Royal Hospital, which is run by South Tyneside and Sunderland NHS "
            "Foundation Trust, in the year before their death.")
    rec = extract_one(text)
    assert [p["row"]["name"] for p in rec["providers"]] == [] and rec["areas"] == []


def test_partners_a_trust_works_with_on_a_treatment_service(extract_one):
    text = ("The team will be run by Solent NHS Trust, which provides the drug and alcohol treatment service, "
            "working with the Kestrel Trust, the local recovery charity.")
    assert names(extract_one, text) == {"Solent NHS Trust", "Kestrel Trust"}


def test_the_trust_that_runs_the_hospital_named_before_or_after(extract_one):
    text = ("Inpatient detox will continue at Glenfield Hospital, which is run by Leicestershire Partnership NHS Trust. "
            "Beds are also provided at the Royal Oldham Hospital by the Northern Care Alliance, which runs the hospital. "
            "Inclusion runs the drug and alcohol service.")
    assert names(extract_one, text) == {"Inclusion"}


def test_hosts_named_after_the_trust_and_charities_named_after_a_description(extract_one):
    text = ("The team will work with Leeds and York Partnership NHS Foundation Trust, which runs the county's "
            "community hospitals. Members noted that Harbour Vale NHS Foundation Trust, which leases clinic space to "
            "the service, had been consulted. Workers will be employed by Kestrel Recovery, the charity which already "
            "runs the council's adult treatment service. The drop-in is run by the north Wales charity Linnet Recovery.")
    assert names(extract_one, text) == {"Kestrel Recovery", "Linnet Recovery"}


def test_a_council_list_with_commas_is_not_a_list_of_providers(extract_one):
    rec = extract_one("Public Health Dorset, the shared service run by Dorset Council and Bournemouth, Christchurch "
                      "and Poole Council, estimates that 4,800 adults are dependent on alcohol.", published="2021-05-01")
    assert [p["row"]["name"] for p in rec["providers"]] == []
    assert {a["row"]["name"] for a in rec["areas"]} >= {"Bournemouth, Christchurch and Poole"}


def test_a_trust_agreeing_to_rent_space_and_a_listed_short_name_found_from_context(extract_one):
    text = ("Prescribing will stay at the hospital, where Harbour Vale NHS Foundation Trust has agreed to rent space "
            "to Cranstoun, which runs the drug and alcohol service.")
    assert names(extract_one, text) == {"Cranstoun"}
    text = "The service is run by Camden and Islington NHS Foundation Trust. C&I, which runs the drug service, said so."
    assert names(extract_one, text) == {"Camden and Islington NHS Foundation Trust"}


def test_a_trust_that_runs_a_hospitals_own_team_is_not_the_provider(extract_one):
    text = ("The drug and alcohol service is run by Kestrel Recovery. The alcohol care team at Saltmarsh General "
            "Hospital was run by Harbour Vale NHS Trust and was not part of the contract. Members asked whether "
            "Fellside Care NHS Foundation Trust, which runs the psychiatric liaison team at the infirmary, could "
            "take on more of the alcohol work.")
    assert names(extract_one, text) == {"Kestrel Recovery"}


def test_a_trust_that_runs_community_treatment_and_a_hospital_team_is_a_provider(extract_one):
    text = ("Harbour Vale NHS Foundation Trust runs the community drug service and the hospital alcohol liaison "
            "team at Saltmarsh General Hospital.")
    assert names(extract_one, text) == {"Harbour Vale NHS Foundation Trust"}


def test_a_trust_named_only_by_its_spokesperson_and_as_the_hospitals_operator(extract_one):
    text = ("The coroner wrote to Harbour Vale NHS Foundation Trust, which runs the hospital, and to Cranstoun"
            ", the charity that provides the treatment service.\n"
            "A spokesman for Harbour Vale NHS Foundation Trust said it had reviewed its discharge procedures.\n"
            "A spokeswoman for Fellside NHS Foundation Trust said: “Our emergency department teams already refer "
            "patients to Cranstoun.”")
    assert names(extract_one, text) == {"Cranstoun"}


def test_a_trust_name_keeps_its_places_but_not_the_job_and_service_before_it(extract_one):
    text = ("Also in attendance: Dr Ann Rusk, Consultant in Public Health; Mo Teague, Service Manager, Path to "
            "Recovery, Saltmarsh and Fellside NHS Foundation Trust\n"
            "The drug and alcohol treatment service is run by Saltmarsh and Fellside NHS Foundation Trust. The "
            "outreach team will be run by Tees, Esk and Wear Valleys NHS Foundation Trust.")
    assert names(extract_one, text) == {"Saltmarsh and Fellside NHS Foundation Trust",
                                        "Tees, Esk and Wear Valleys NHS Foundation Trust"}


def test_a_region_and_a_services_own_initials_are_not_providers(extract_one):
    text = ("The team will work alongside the North East charity Cranstoun. Cranstoun has delivered "
            "the Saltmarsh Drug and Alcohol Service (SDAS) since 2015.\nCRANSTOUN – SDAS core contract: £5,120,000")
    assert names(extract_one, text) == {"Cranstoun"}


def test_a_listed_name_of_ordinary_words_that_provides_beds_under_a_subcontract(extract_one):
    text = ("Ms Teague said that Changing Lives provided 14 recovery beds in Billingham under a subcontract, "
            "and that the lives of residents were changing.")
    assert names(extract_one, text) == {"Changing Lives"}


def test_a_listed_treatment_trust_running_a_hospital_alcohol_team_is_a_provider(extract_one):
    # the reference data lists it as running drug and alcohol services; an acute trust would only host
    text = ("The council will put £300,000 a year into the Alcohol Care Team, which is run by Sussex Partnership "
            "NHS Foundation Trust and based at Saltmarsh General Hospital.")
    assert names(extract_one, text) == {"Sussex Partnership NHS Foundation Trust"}


def test_a_site_owner_and_a_hospital_liver_team_host(extract_one):
    text = ("The service works out of a clinic on the Saltmarsh Hospital site, owned by Harbour Vale NHS Trust. "
            "It will also host a weekly clinic run by the liver team at Fellside NHS Foundation Trust. Cranstoun "
            "runs the drug and alcohol service.")
    assert names(extract_one, text) == {"Cranstoun"}


def test_a_listed_provider_in_capitals_with_its_legal_form(extract_one):
    assert names(extract_one, "CRANSTOUN LIMITED, which runs the hub on Rea Street, supports 150 people.") == {"Cranstoun"}


def test_a_short_form_the_text_defines_for_an_unlisted_trust_is_that_trust(extract_one):
    text = ("Services are delivered by Kestrel Vale Partnership University NHS Foundation Trust (KVPT), which runs "
            "the drug and alcohol service. Members asked whether the saving would fall on the detox unit run by KVPT.")
    assert names(extract_one, text) == {"Kestrel Vale Partnership University NHS Foundation Trust"}


def test_a_trust_running_the_wards_a_providers_team_works_on_hosts(extract_one):
    text = ("The team is based on the wards at Saltmarsh Hall, which is run by Harbour Vale NHS Foundation Trust, and "
            "is made up of nurses employed by Cranstoun, the charity which runs the council's drug and alcohol service.")
    assert names(extract_one, text) == {"Cranstoun"}


def test_a_provider_named_only_as_a_party_to_a_merger(extract_one):
    text = ("The contract was awarded to Waythrough, the charity formed from the merger of Humankind and Richmond "
            "Fellowship. Waythrough will run the service from April.")
    assert names(extract_one, text) == {"Humankind"}


def test_a_place_based_descriptor_is_not_the_providers_name(extract_one):
    text = "The hub is run by the Wexcombe-based charity Harbourlight Recovery on behalf of the county council."
    assert names(extract_one, text) == {"Harbourlight Recovery"}
    text = "The clinic is run by the Greater Ambleforth-based charity Lifeline, which took over last year."
    assert names(extract_one, text) == {"Lifeline Project"}


def test_a_name_another_organisation_delivers_is_the_services_name(extract_one):
    text = ("The café will be run by the Marlow Vale Partnership, the area's drug and alcohol service, which is "
            "delivered by the charity Humankind.")
    assert names(extract_one, text) == {"Humankind"}
    text = "Support is run by the Tessford Alliance, which is delivered by Turning Point and two local charities."
    assert names(extract_one, text) == {"Turning Point"}


def test_the_hospitals_owner_only_hosts(extract_one):
    text = ("Mentors from Turning Point will visit patients on the wards. The hospital's owner, the Royal "
            "Wolverhampton NHS Trust, has given the team a room free of charge.")
    assert names(extract_one, text) == {"Turning Point"}


def test_a_later_by_in_a_sentence_that_began_with_provided_by_names_a_provider(extract_one):
    text = ("The prescribing service was provided by the local NHS trust, the community drug service by CRI and "
            "the aftercare service, based in the town centre, by Open Road.")
    assert names(extract_one, text) == {"Change Grow Live", "Open Road"}
    assert names(extract_one, "The walk went past the sea and ended by Open Road Park.") == set()


def test_a_provider_rehab_is_bought_from_is_meant_by_its_short_name(extract_one):
    text = "Residential rehabilitation was purchased on a spot basis, mostly from Phoenix, for 18 people."
    assert names(extract_one, text) == {"Phoenix Futures"}


def test_a_trust_or_company_that_runs_the_hospital_or_prison_only_hosts(extract_one):
    text = ("Families of people who die in Marlcombe Park Hospital in Taunton, which is run by Somerset NHS Foundation "
            "Trust, are given details of the group, which With You runs.")
    assert names(extract_one, text) == {"With You"}
    text = "The prison, run by G4S on behalf of the Ministry of Justice, has a treatment wing run by Change Grow Live."
    assert names(extract_one, text) == {"Change Grow Live"}
    text = ("Workers will link up with staff at the University Hospital of Hartlepool, which is run by North Tees and "
            "Hartlepool NHS Foundation Trust. The service is run by Humankind.")
    assert names(extract_one, text) == {"Humankind"}


def test_a_trusts_name_after_a_listed_provider_and_and(extract_one):
    text = ("The service had been provided by Lifeline, with prescribing by Tees, Esk and Wear Valleys NHS Foundation "
            "Trust. The contracts with Lifeline and Tees, Esk and Wear Valleys NHS Foundation Trust were extended.")
    assert names(extract_one, text) == {"Lifeline Project", "Tees, Esk and Wear Valleys NHS Foundation Trust"}
    assert names(extract_one, "The service is run by North Tees and Hartlepool NHS Foundation Trust and Humankind.") == {
        "Humankind", "North Tees and Hartlepool NHS Foundation Trust"}


def test_a_short_name_beside_residential_rehabilitation(extract_one):
    text = "27 people were placed in residential rehabilitation, most of them with Phoenix in the north, and 12 had a detox."
    assert names(extract_one, text) == {"Phoenix Futures"}


def test_a_trust_beside_another_trust_named_after_hospitals_still_runs_its_service(extract_one):
    text = ("The team is employed by Sheffield Health and Social Care NHS Foundation Trust, which runs the city’s "
            "specialist drug and alcohol treatment services, and works at the hospital under an agreement with "
            "Sheffield Teaching Hospitals NHS Foundation Trust.")
    assert names(extract_one, text) == {"Sheffield Health and Social Care NHS Foundation Trust"}


def test_more_ways_a_trust_only_hosts(extract_one):
    text = ("Inclusion's workers at Basildon University Hospital, where Mid and South Essex NHS Foundation Trust "
            "provides clinic space, saw 1,630 residents. The service is run by Inclusion.")
    assert names(extract_one, text) == {"Inclusion"}
    text = "The hospital is run by Northumbria Healthcare NHS Foundation Trust. The new team will be employed by Humankind."
    assert names(extract_one, text) == {"Humankind"}
    text = ("The teams are run by Turning Point. They work alongside nurses from Somerset NHS Foundation Trust, which "
            "runs both hospitals.")
    assert names(extract_one, text) == {"Turning Point"}


def test_a_short_name_the_council_commissions_from(extract_one):
    text = "Officers in York, where the city council commissions its own treatment service from Spectrum, will join."
    assert names(extract_one, text) == {"Spectrum Community Health CIC"}


def test_a_trust_whose_name_has_commas_after_a_listed_provider_and_and(extract_one):
    text = ("Until now the work was divided between Change Grow Live and Tees, Esk and Wear Valleys NHS Foundation "
            "Trust, which prescribed for the treatment service.")
    assert names(extract_one, text) == {"Change Grow Live", "Tees, Esk and Wear Valleys NHS Foundation Trust"}


def test_short_names_shown_by_a_list_after_a_colon_by_staffing_or_by_holding_a_contract(extract_one):
    text = ("Treatment is bought in three lots: Inclusion in the south of the county, Change Grow Live in the east "
            "and Humankind in the north.")
    assert names(extract_one, text) == {"Inclusion", "Change Grow Live", "Humankind"}
    assert names(extract_one, "The new hospital liaison team is staffed by Inclusion.") == {"Inclusion"}
    text = ("The rest went to eight smaller contracts, the largest of which was held by Lifeline for the borough's "
            "young people's drug service.")
    assert names(extract_one, text) == {"Lifeline Project"}


def test_a_trust_that_lends_a_room_and_whose_staff_speak_still_only_hosts(extract_one):
    text = ("Reviews take place at Millbeck Community Hospital, where Leicestershire Partnership NHS Trust provided a "
            "consulting room. The service itself is run by Turning Point.")
    assert names(extract_one, text) == {"Turning Point"}
    text = ("The alcohol care team is run by Turning Point and works on the wards of both hospitals, which are run by "
            "Somerset NHS Foundation Trust. Somerset NHS Foundation Trust's chief nurse said the ward teams valued it.")
    assert names(extract_one, text) == {"Turning Point"}


def test_a_short_name_opening_a_sentence_that_set_up_its_own_service(extract_one):
    text = "Open Road set up its phone line when its drop-in centres had to close during the pandemic."
    assert names(extract_one, text) == {"Open Road"}


def test_a_trusts_own_alcohol_team_is_run_by_it_and_a_committee_before_its_name_is_not_part_of_it(extract_one):
    text = ("Marshfield and Tarn Valley NHS Foundation Trust’s alcohol care teams will work seven days a week at "
            "Marshfield General Hospital.")
    assert names(extract_one, text) == {"Marshfield and Tarn Valley NHS Foundation Trust"}
    text = ("In a written statement read to the Board, Tarn Valley NHS Trust said it was working with Inclusion, "
            "which runs the drug and alcohol service.")
    assert "Board, Tarn Valley NHS Trust" not in names(extract_one, text)


def test_a_trust_whose_name_opens_with_a_digit(extract_one):
    text = "The specialist prescribing service was provided by 7 Rivers Partnership NHS Foundation Trust under contract."
    assert names(extract_one, text) == {"7 Rivers Partnership NHS Foundation Trust"}


def test_a_trust_that_runs_the_hospital_and_will_provide_office_space_only_hosts(extract_one):
    text = ("The new hospital team will be run by Humankind. The Quarry Vale Group NHS Foundation Trust, which runs "
            "Fellside Hall, will provide office space on the site.")
    assert names(extract_one, text) == {"Humankind"}


def test_a_prison_worked_with_is_not_a_provider(extract_one):
    text = ("Many people released from prison did not engage with community treatment, and the grant would fund two "
            "posts to work with HMP Brackwater and the probation service. Treatment inside the prison is delivered by "
            "The Forward Trust.")
    assert names(extract_one, text) == {"The Forward Trust"}


def test_a_year_before_a_trust_is_no_part_of_its_name(extract_one):
    text = ("Adult treatment in the borough has been delivered since 2016 by Oxleas NHS Foundation Trust, whose "
            "contract ends next March. The drug and alcohol service will be re-procured.")
    assert names(extract_one, text) == {"Oxleas NHS Foundation Trust"}


def test_someone_given_an_age_runs_a_group_as_a_person(extract_one):
    text = ("The peer-led recovery café meets every Friday. It is run by Radoslaw Kaczmarczyk, 41, who has been in "
            "recovery from alcohol for five years and now volunteers with the drug and alcohol service.")
    assert names(extract_one, text) == set()


def test_a_trust_that_lends_an_office_only_hosts(extract_one):
    text = ("A dual diagnosis worker employed by Turning Point is now based with the community mental health team, in "
            "an office provided free of charge by Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust.")
    assert names(extract_one, text) == {"Turning Point"}


def test_a_short_name_that_rehab_places_are_bought_from_is_the_provider(extract_one):
    text = ("Residential rehabilitation is bought on a spot-purchase basis, mainly from Phoenix, none of whose units "
            "is in the county. The budget pays for about 20 placements a year.")
    assert names(extract_one, text) == {"Phoenix Futures"}


def test_hospitals_both_run_by_a_trust_and_gps_are_not_providers(extract_one):
    text = ("Turning Point will place workers at Musgrove Park Hospital in Taunton and at Yeovil District Hospital, both "
            "run by Somerset NHS Foundation Trust. The clinical team is working with GPs to move stable patients into "
            "shared care.")
    assert names(extract_one, text) == {"Turning Point"}


def test_a_provider_that_runs_the_service_and_merged_is_still_its_provider(extract_one):
    # a merger's parties are no providers, unless the text says one runs the service or speaks for it
    text = ("Humankind, which has run the adult recovery service for the council since 2018, merged with the mental "
            "health charity Richmond Fellowship this year. The inpatient detox unit is run by Cumbria, Northumberland, "
            "Tyne and Wear NHS Foundation Trust.")
    assert "Humankind" in names(extract_one, text)


def test_a_short_name_described_as_a_social_enterprise(extract_one):
    text = ("The service is delivered by Humankind, with doctors and nurses from Spectrum, a social enterprise that "
            "specialises in clinical care, providing prescribing and health checks.")
    assert names(extract_one, text) == {"Humankind", "Spectrum Community Health CIC"}


def test_the_hospital_itself_run_by_a_trust_and_a_recovery_charity_named_by_its_kind(extract_one):
    text = ("The team will be run by Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust. The hospital itself "
            "is run by North Cumbria Integrated Care NHS Foundation Trust, whose staff will refer patients to the team.")
    assert names(extract_one, text) == {"Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust"}
    text = "Funding for the recovery service will go to the recovery charity Brightwater Futures next year."
    assert names(extract_one, text) == {"Brightwater Futures"}


def test_a_drug_and_alcohol_action_team_commissions(extract_one):
    # "contracts are held by X" reads as a provider, unless X is the action team that pays for treatment
    text = ("The centre will house the adult treatment team run by CRI and the young people’s service run by KCA. "
            "Both contracts are held by the Kent Drug and Alcohol Action Team, which pays for treatment across the county.")
    assert names(extract_one, text) == {"Change Grow Live", "KCA"}


def test_a_name_the_text_calls_a_charity_is_no_person_whatever_the_model_reads(extract_one):
    # the model tags a one-word charity name like a first name as a person
    text = "In the city's drug and alcohol service, the recovery charity Everly runs peer support."
    assert names(extract_one, text) == {"Everly"}
    assert names(extract_one, "The drug and alcohol service's peer support is run by Dr Everly.") == set()


def test_an_ambiguous_name_with_staff_or_a_clause_about_its_field_is_the_provider(extract_one):
    opener = "Open Road, which has worked with drug and alcohol users for 30 years, is handing out naloxone kits."
    assert names(extract_one, opener) == {"Open Road"}
    staff = "Open Road’s chief executive, Mina Ashwellthorpe, welcomed the grant."
    assert names(extract_one, staff) == {"Open Road"}
    assert names(extract_one, "Open Road, which winds along the coast, is busy in summer.") == set()


def test_a_short_name_the_charity_that_runs_the_service_and_a_renamed_charity_that_provides(extract_one):
    lifeline = "Lifeline, the charity which runs the town’s adult drug and alcohol service, said clients were older."
    assert names(extract_one, lifeline) == {"Lifeline Project"}
    merged = ("Group work will be delivered by Phoenix Futures. Peer mentoring will be provided by Waythrough, "
              "the charity formed when Humankind and Richmond Fellowship merged.")
    assert names(extract_one, merged) == {"Phoenix Futures", "Humankind"}


def test_a_trust_the_text_says_has_no_role_in_the_service_is_no_provider(extract_one):
    text = ("Change Grow Live has agreed joint working with Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust, "
            "which provides the area's mental health services but has no role in delivering the drug and alcohol service.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_trust_that_only_speaks_runs_a_health_centre_or_mental_health_teams_is_no_provider(extract_one):
    speaks = ("We Are With You runs the county service. A spokesman for Dorset County Hospital NHS Foundation Trust, "
              "which runs the hospital in Dorchester, said: “We are glad to give the team a base.” In a written "
              "statement to the committee, Kettering General Hospital NHS Foundation Trust said it would keep "
              "referring patients.")
    assert names(extract_one, speaks) == {"With You"}
    places = ("Clinics are held at a health centre in Beeston run by Nottinghamshire Healthcare NHS Foundation Trust. "
              "Change Grow Live will take referrals from community mental health teams run by Pennine Care NHS "
              "Foundation Trust.")
    assert names(extract_one, places) == {"Change Grow Live"}
    runs = ("A spokeswoman for Humber Teaching NHS Foundation Trust, which runs the city’s drug and alcohol service, "
            "said: “We are proud of the team.”")
    assert names(extract_one, runs) == {"Humber Teaching NHS Foundation Trust"}
    service = ("Devon’s drug and alcohol service is moving. Devon Partnership NHS Trust, which runs the service for the "
               "county council, said the new building has six rooms.")
    assert names(extract_one, service) == {"Devon Partnership NHS Trust"}


def test_a_name_written_with_and_for_an_ampersand_is_the_listed_provider(extract_one):
    text = "Detox beds for Croydon residents are provided by South London and Maudsley."
    assert names(extract_one, text) == {"South London and Maudsley NHS Foundation Trust"}


def test_a_lot_label_a_charity_before_a_whole_trust_name_and_a_short_name_whose_service_is_named(extract_one):
    lots = "Lot 1 was awarded to Cranstoun, and Lot 2 to Humankind."
    assert names(extract_one, lots) == {"Cranstoun", "Humankind"}
    partners = "Change Grow Live will lead a partnership with Likewise and Derbyshire Healthcare NHS Foundation Trust."
    assert names(extract_one, partners) == {"Change Grow Live", "Derbyshire Healthcare NHS Foundation Trust"}
    phoenix = ("The borough placed 31 people in residential rehab last year, most of them with Phoenix, whose service in "
               "Sussex takes referrals at short notice.")
    assert names(extract_one, phoenix) == {"Phoenix Futures"}


def test_a_trust_running_a_hospital_team_that_also_provides_drug_and_alcohol_treatment_is_a_provider(extract_one):
    text = ("The alcohol care team at St Richard’s Hospital is run by Sussex Partnership NHS Foundation Trust, which "
            "provides drug and alcohol treatment across the county under the name Thornfield Recovery.")
    assert "Sussex Partnership NHS Foundation Trust" in names(extract_one, text)


def test_a_trust_whose_hospital_hosts_a_worker_by_arrangement_is_no_provider(extract_one):
    text = ("Change Grow Live runs the borough’s service. Its in-reach worker, who is based at the Royal Oldham "
            "Hospital by arrangement with Northern Care Alliance NHS Foundation Trust, saw 190 patients.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_service_that_does_the_work_and_is_delivered_by_another_is_no_provider(extract_one):
    text = ("The board received a report on the Riverside Recovery Service, which provides drug and alcohol treatment "
            "to people who live or work in the borough and is delivered by the charity Lifeline.")
    assert names(extract_one, text) == {"Lifeline Project"}


def test_a_short_name_described_as_a_trusts_drug_and_alcohol_service(extract_one):
    text = ("The cabinet approved the award. Inclusion, the drug and alcohol service of an NHS foundation trust, "
            "scored highest of three bids.")
    assert names(extract_one, text) == {"Inclusion"}


def test_a_trust_awarded_the_contract_runs_it_in_the_hospitals_others_run(extract_one):
    text = ("Kent County Council has awarded the contract to Kent and Medway NHS and Social Care Partnership Trust "
            "NHS Foundation Trust, which will place alcohol care teams in two hospitals.\n"
            "The hospitals themselves are run by Maidstone and Tunbridge Wells NHS Trust and Dartford and Gravesham "
            "NHS Trust, which will provide desk space but will not employ any of the new staff.")
    found = names(extract_one, text)
    assert not {"Maidstone and Tunbridge Wells NHS Trust", "Dartford and Gravesham NHS Trust"} & found
    assert any("Kent and Medway" in n for n in found)


def test_a_trust_that_provides_addiction_services_employs_the_hospital_team(extract_one):
    text = ("The hospital alcohol care team is employed by Cheshire and Wirral Partnership NHS Foundation Trust, "
            "which provides mental health and addiction services across the borough.")
    assert names(extract_one, text) == {"Cheshire and Wirral Partnership NHS Foundation Trust"}


def test_the_last_item_of_a_list_after_a_place_is_the_organisation(extract_one):
    text = ("The council pays for treatment through contracts with the charity CRI, which runs the community "
            "service from its base in Halifax, and South West Yorkshire Partnership NHS Foundation Trust, which "
            "provides prescribing and detox.")
    assert names(extract_one, text) == {"Change Grow Live", "South West Yorkshire Partnership NHS Foundation Trust"}


def test_a_short_name_a_contract_or_lot_is_awarded_to(extract_one):
    text = ("Lot 1, the adult service, would be awarded to Cranstoun, and Lot 2, the young people’s service, to Via. "
            "Both contracts start in April.")
    assert names(extract_one, text) == {"Cranstoun", "Via"}
    assert names(extract_one, "(2) To award Lot 2 (young people’s service) to Phoenix on the same terms.") == {"Phoenix Futures"}
    # travelling "to" a short name is no award
    assert names(extract_one, "Residents said they would rather go to Via Rail or walk to Phoenix Park.") == set()


def test_a_charity_merged_into_a_successor_the_text_names_is_history(extract_one):
    text = ("The hub is the first to open since Action on Addiction became part of The Forward Trust in May. "
            "Practitioners who joined from Action on Addiction will work with families.")
    assert names(extract_one, text) == {"The Forward Trust"}
    # both still named as running things, with no merger told: both are providers
    text = "Action on Addiction runs the rehab in the village, and The Forward Trust runs the prison service."
    assert names(extract_one, text) == {"Action on Addiction", "The Forward Trust"}


def test_a_short_name_inside_a_sentence_that_says_what_it_runs(extract_one):
    text = ("The adult service is run by the county's NHS trust, and since October 2023 Via has delivered an outreach "
            "service for people leaving prison.")
    assert "Via" in names(extract_one, text)


def test_an_unlisted_trust_is_stored_with_a_straight_apostrophe(extract_one):
    for mark in ("’", "'"):
        text = f"The inpatient detox unit is run by North Wessex and St Aldhelm{mark}s Mental Health NHS Trust."
        assert names(extract_one, text) == {"North Wessex and St Aldhelm's Mental Health NHS Trust"}


def test_a_short_name_whose_clause_says_it_holds_the_contract(extract_one):
    text = ("Lifeline, the charity that has held the borough council contract since 2015, said it could not go on. "
            "The new provider is Turning Point.")
    assert names(extract_one, text) == {"Lifeline Project", "Turning Point"}


def test_a_trust_said_only_to_provide_other_care_is_no_provider(extract_one):
    text = ("Drug and alcohol treatment in the borough is commissioned from Devon Partnership NHS Trust. "
            "Adult social care in the bay is already provided by Torquay and Paignton Health and Care NHS Trust.")
    assert names(extract_one, text) == {"Devon Partnership NHS Trust"}


def test_a_trust_that_employs_the_hospitals_alcohol_nurse_is_no_provider(extract_one):
    text = ("Humankind will keep running the town's drug and alcohol service and a weekly clinic at the infirmary, "
            "where patients also see an alcohol specialist nurse employed by Brackenmoor NHS Foundation Trust.")
    assert names(extract_one, text) == {"Humankind"}


def test_a_short_name_whose_clause_names_a_place_based_charity_running_treatment(extract_one):
    text = ("He warned the defendant that he would be brought back if he missed appointments.\n"
            "Lifeline, the Bolton-based charity that runs the town’s drug and alcohol service for Bolton Council, "
            "has workers in the courts.")
    assert names(extract_one, text) == {"Lifeline Project"}


def test_a_combined_authority_worked_with_is_no_provider(extract_one):
    text = ("Humankind runs the county's drug and alcohol service. Officers are also working with the "
            "North Midlands Combined County Authority on housing for people leaving treatment.")
    assert names(extract_one, text) == {"Humankind"}


def test_a_listed_trust_that_runs_the_hospital_named_with_its_town_only_hosts(extract_one):
    text = ("Humankind’s alcohol nurses see patients on a ward at Kestrel Vale Hospital, Prestwich, which is run by "
            "Greater Manchester Mental Health NHS Foundation Trust.")
    assert names(extract_one, text) == {"Humankind"}


def test_a_short_name_given_a_rehab_placement_is_the_provider(extract_one):
    text = ("Eleven residents went to rehab this year. “A placement with Phoenix gave me a year away from the estate,” "
            "one of them said.")
    assert names(extract_one, text) == {"Phoenix Futures"}


def test_a_short_name_whose_clause_says_it_works_under_the_contract_is_a_provider(extract_one):
    text = ("Prison leavers will be met at the gate by Forward, which works alongside Via in the city under the "
            "same contract.")
    assert "The Forward Trust" in names(extract_one, text)


def test_a_listed_name_written_without_its_legal_form_is_that_provider(extract_one):
    rec = extract_one("The contracts held by Humankind and Spectrum Community Health will be cut by a tenth from April.")
    assert {p["row"]["name"] for p in rec["providers"]} == {"Humankind", "Spectrum Community Health CIC"}
    assert all(p["row"]["in_gazetteer"] == 1 for p in rec["providers"])


def test_a_short_name_opening_a_sentence_whose_staff_will_also_run_something_is_a_provider(extract_one):
    text = ("The drug and alcohol service in Grays will open later on weekdays. Inclusion staff will also run a "
            "monthly group for families at the Tilbury hub.")
    assert names(extract_one, text) == {"Inclusion"}


def test_a_trust_that_runs_a_detox_unit_at_a_hospital_provides_it(extract_one):
    text = ("The commissioning manager said the inpatient detoxification unit at Kestrel Vale Hospital was run by "
            "Greater Manchester Mental Health NHS Foundation Trust and had admitted 140 people last year.")
    assert names(extract_one, text) == {"Greater Manchester Mental Health NHS Foundation Trust"}
    hosted = "Humankind’s nurses see patients at Kestrel Vale Hospital, which is run by Greater Manchester Mental Health NHS Foundation Trust."
    assert names(extract_one, hosted) == {"Humankind"}


def test_a_trust_that_runs_the_hospital_where_a_unit_is_only_hosts_it(extract_one):
    text = ("Humankind’s nurses also staff the alcohol liaison service at Kestrel Vale Hospital, which is managed by "
            "Greater Manchester Mental Health NHS Foundation Trust.")
    assert names(extract_one, text) == {"Humankind"}


def test_the_team_run_by_a_trust_after_a_sentence_naming_a_hospital_alcohol_team_is_hosting(extract_one):
    text = ("Councillor Amir Qadri asked why the alcohol care team at Basildon Hospital no longer saw patients at "
            "weekends. Officers explained that the team was run by Mid and South Essex NHS Foundation Trust, which "
            "employed the nurses, and that Turning Point’s two navigators worked alongside it.")
    assert names(extract_one, text) == {"Turning Point"}


def test_a_short_name_that_ends_a_service_name_opening_a_sentence_is_no_provider(extract_one):
    text = ("The young people’s service, known as Next Phoenix, is run for the council by Humankind.\n\n"
            "“We want young people to see us early,” the spokesperson added.\n\n"
            "Next Phoenix is funded from the council’s public health grant.")
    assert names(extract_one, text) == {"Humankind"}


def test_a_trust_whose_statement_is_read_out_and_whose_clause_says_it_prescribes_is_a_provider(extract_one):
    text = ("A written statement from Cambridgeshire and Peterborough NHS Foundation Trust, which provides prescribing "
            "under a subcontract with Change Grow Live, was read to the committee: \"Our prescribers are part of the service.\"")
    assert names(extract_one, text) == {"Change Grow Live", "Cambridgeshire and Peterborough NHS Foundation Trust"}


def test_the_second_of_a_pair_named_after_delivered_by_is_a_provider_though_its_name_is_ambiguous(extract_one):
    text = ("The adult and young people's services are currently delivered by Essex Partnership University NHS "
            "Foundation Trust (EPUT) and Open Road respectively.")
    assert names(extract_one, text) == {"Essex Partnership University NHS Foundation Trust", "Open Road"}


def test_a_service_whose_sentence_says_a_trust_runs_it_makes_the_trust_a_provider_on_the_wards_too(extract_one):
    text = ("Patients admitted to the General Hospital because of their drinking will be seen by a specialist alcohol team.\n"
            "The £250,000 service will be run by Corriebank NHS Foundation Trust, the county's mental health trust, "
            "and its nurses will work on the wards and in the emergency department.")
    assert names(extract_one, text) == {"Corriebank NHS Foundation Trust"}


def test_a_charity_running_part_of_a_service_or_which_already_ran_it_is_found_from_context(extract_one):
    text = ("The hubs will be run by Change Grow Live, which provides the county's drug and alcohol service, "
            "with Harrowgate Recovery Trust, a Watford charity, running the café.\n"
            "Fennick Community Recovery CIC, which already ran peer-led groups for the service, will take the recovery lot.")
    assert names(extract_one, text) == {"Change Grow Live", "Harrowgate Recovery Trust", "Fennick Community Recovery CIC"}


def test_a_worker_employed_by_a_charity_is_no_provider_herself(extract_one):
    text = ("Patients are met by Maeve Corriebank-Lund, an alcohol worker employed by the charity Turning Point, "
            "which runs the borough's community drug and alcohol service.")
    assert names(extract_one, text) == {"Turning Point"}


def test_an_organisation_which_already_runs_the_day_service_is_found_from_context(extract_one):
    text = ("The plans, drawn up by the Fennick Housing Society, which already runs hostels and the city's drug "
            "and alcohol day service, would turn a former care home into a unit with ten beds.")
    assert names(extract_one, text) == {"Fennick Housing Society"}


def test_a_trust_a_clause_on_the_team_says_will_run_it_is_a_provider(extract_one):
    text = ("The council is investing £300,000 in the alcohol care team, which will be run by Corriebank NHS Foundation "
            "Trust. Its nurses will be based on the wards, alongside staff from Larchmont Hospitals NHS Trust, which runs the hospital.")
    assert names(extract_one, text) == {"Corriebank NHS Foundation Trust"}


def test_the_trust_that_runs_a_hospitals_own_team_runs_that_service(extract_one):
    # (the reference rules: a trust that runs the service is its provider; one that only runs the
    # hospital a service works in is not. The clause here is the team's, not the hospital's)
    text = ("The hospital's alcohol liaison team, which is run by Corriebank NHS Foundation Trust, will start working "
            "at weekends after winning £300,000 of new funding.")
    assert names(extract_one, text) == {"Corriebank NHS Foundation Trust"}
    text = ("The alcohol liaison team at Westmead General Hospital, which is run by Corriebank NHS Foundation Trust, "
            "will start working at weekends.")
    assert names(extract_one, text) == set()


def test_a_trust_whose_team_the_text_puts_outside_the_service_is_no_provider(extract_one):
    text = ("The new service will work alongside the alcohol liaison team at Drayford Royal Hospital. That team is run "
            "by Tarrowby Hospitals NHS Foundation Trust and does not form part of the contract.")
    assert names(extract_one, text) == set()
    text = ("The hospital's alcohol care team can also refer you to the network. That team is employed by Tarrowby "
            "Hospitals NHS Foundation Trust, not by the network.")
    assert names(extract_one, text) == set()


def test_the_trust_that_manages_a_hospitals_other_unit_runs_the_hospital(extract_one):
    text = ("The navigator post was employed by Humankind and based on the hospital's acute medical unit, which was "
            "managed by Tarrowby Hospitals NHS Trust, and 90 patients had been referred to the treatment service.")
    assert names(extract_one, text) == {"Humankind"}


def test_the_hospitals_own_team_met_beside_the_storys_service_is_the_hospitals(extract_one):
    text = ("With You's service manager said staff would run alcohol check-ins at Drayford Royal Hospital on Wednesday "
            "alongside the hospital's alcohol liaison team, which is employed by Tarrowby and Wenlow NHS Foundation Trust.")
    assert names(extract_one, text) == {"With You"}
    text = ("Hostel residents admitted to Drayford Royal Hospital will still be seen by the hospital's alcohol care team, "
            "which is run by Tarrowby and Wenlow NHS Foundation Trust, and then referred to Turning Point.")
    assert names(extract_one, text) == {"Turning Point"}


def test_the_charity_that_runs_a_campaign_is_no_provider(extract_one):
    text = ("The council's public health team is backing Dry January, the month-long challenge run by the charity "
            "Stennerby Drinkwise, for the first time. People worried about their drinking can also contact the "
            "treatment service run by Change Grow Live.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_the_trust_that_runs_both_hospitals_workers_are_based_at_is_no_provider(extract_one):
    text = ("The service ran hubs in three towns, and Change Grow Live workers were based at Drayford Hospital and Wenlow Hospital, "
            "both of which are run by Tarrowby Healthcare NHS Trust.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_name_ending_in_team_that_the_text_calls_a_company_is_a_provider(extract_one):
    text = ("People back from rehab will be offered a place in the aftercare programme at Oswestry After Care Team (OACT), a "
            "community interest company based in Drayford that is run by people in recovery.")
    assert names(extract_one, text) == {"Oswestry After Care Team"}


def test_a_team_a_trust_employs_directly_is_the_trusts(extract_one):
    text = ("Residents are taken to two hospitals. At Drayford City Hospital the alcohol care team is employed directly "
            "by Tarrowby Hospitals NHS Foundation Trust, while at the other it is provided by Turning Point.")
    assert names(extract_one, text) == {"Tarrowby Hospitals NHS Foundation Trust", "Turning Point"}


def test_a_service_commissioned_by_the_council_and_delivered_by_a_trust_is_the_trusts(extract_one):
    text = ("The Committee received a report on the hospital alcohol liaison service at Drayford Royal Hospital. Since "
            "April 2014 the service had been commissioned by the County Council, at a cost of £280,000 a year, and "
            "delivered by Mirkwell Healthcare NHS Foundation Trust. Drayford Royal Hospital NHS Foundation Trust "
            "provided a room for the team.")
    assert names(extract_one, text) == {"Mirkwell Healthcare NHS Foundation Trust"}


def test_a_trust_that_runs_a_mental_health_ward_a_charity_visits_is_no_provider(extract_one):
    text = ("Cranstoun's workers also hold weekly sessions at the Oxwich Unit in Tarrowby, the mental health inpatient "
            "unit run by Wenlow Health and Care NHS Trust.")
    assert names(extract_one, text) == {"Cranstoun"}
    text = ("Cranstoun's workers also hold weekly sessions at the Oxwich Unit in Tarrowby, the mental health and "
            "substance misuse inpatient unit run by Wenlow Health and Care NHS Trust.")
    assert names(extract_one, text) == {"Cranstoun", "Wenlow Health and Care NHS Trust"}


def test_a_short_form_written_with_its_small_words_letters_is_the_full_name(extract_one):
    text = ("The council has given £50,000 to the peer-led charity Lean on Kindness. Lean on Kindness, known as LoK, will run "
            "a weekend recovery café from March. LoK will also train volunteers.")
    assert names(extract_one, text) == {"Lean on Kindness"}


def test_the_provider_residents_were_placed_with_for_rehab(extract_one):
    text = "Eleven residents were placed in residential rehabilitation during the year, seven of them with Phoenix."
    assert names(extract_one, text) == {"Phoenix Futures"}
    text = ("Officers said 30 residents had been placed in residential rehabilitation in 2019/20, most of them with "
            "Phoenix under a framework agreement.")
    assert names(extract_one, text) == {"Phoenix Futures"}
    # (a child placed with a family is no rehab placement)
    assert names(extract_one, "The boy was placed with Phoenix Fostering while his mother was in rehab.") == set()


def test_a_trust_that_staffs_a_hospital_team_runs_it(extract_one):
    text = ("The Board heard that the alcohol care team at Drayford Royal Hospital, which is staffed and run by "
            "Tarrowby Hospitals NHS Foundation Trust, had referred 400 patients to the treatment service.")
    assert names(extract_one, text) == {"Tarrowby Hospitals NHS Foundation Trust"}


def test_a_trust_that_manages_a_mental_health_unit_a_clinic_visits_is_no_provider(extract_one):
    text = ("The service's nurses ran a weekly naloxone clinic at Oxwich House in Tarrowby, the mental health unit "
            "managed by Wenlow and Drayford NHS Foundation Trust.")
    assert names(extract_one, text) == set()


def test_a_listed_short_name_opening_a_sentence_counts_when_what_it_will_deliver_follows(extract_one):
    assert names(extract_one, "The council agreed the plan. Via will deliver the young people's service from April.") == {"Via"}
    assert names(extract_one, "Via the new app, people can book appointments.") == set()


def test_an_article_opening_a_sentence_is_no_part_of_a_trusts_name(extract_one):
    text = ("The probation team refers people to the drug and alcohol service.\n"
            "A Harbour Vale NHS Foundation Trust spokesperson said the service had seen 140 people on treatment orders.")
    assert names(extract_one, text) == {"Harbour Vale NHS Foundation Trust"}


def test_a_trust_that_runs_the_hospital_and_gives_the_team_its_office_is_no_provider(extract_one):
    text = ("St Aldhelm's is run by Corriebank NHS Trust, which provides the team's office free of charge. "
            "The drug and alcohol service itself is run by Humankind.")
    assert names(extract_one, text) == {"Humankind"}


def test_a_trust_that_runs_the_alcohol_team_at_a_hospital_run_by_another_is_a_provider(extract_one):
    text = ("The alcohol care team at Westmead General Hospital in Dunmere is run by Corriebank NHS Foundation Trust, "
            "which provides specialist nurses, while the hospital itself is run by Harbour Vale NHS Foundation Trust.")
    assert names(extract_one, text) == {"Corriebank NHS Foundation Trust"}


def test_a_trusts_name_ends_with_trust_before_what_its_contract_is_for(extract_one):
    text = ("(1) That the contract with Harbour Vale NHS Foundation Trust for Dunmere Integrated Addiction Services "
            "be extended for two years.")
    assert names(extract_one, text) == {"Harbour Vale NHS Foundation Trust"}


def test_a_hospital_team_the_sentence_gives_another_trust_does_not_make_the_first_a_host(extract_one):
    text = ("Under Lot 2, psychologists will continue to be provided by Corriebank NHS Foundation Trust in partnership "
            "with the lead provider, and the alcohol liaison team at Westmead General Hospital, which is run by Harbour "
            "Vale NHS Foundation Trust, will get in-reach from community workers.")
    assert names(extract_one, text) == {"Corriebank NHS Foundation Trust"}


def test_a_trust_that_runs_the_hospital_and_is_only_written_to_is_no_provider(extract_one):
    text = ("Ms Dale said there was no agreed discharge process with Harbour Vale NHS Trust, which runs the hospital, "
            "and that drug and alcohol workers often learned of a discharge too late.\n"
            "RESOLVED: That the Committee asks the Chairman to write to Harbour Vale NHS Trust about discharge "
            "arrangements for people in treatment.")
    assert names(extract_one, text) == set()


def test_whoever_runs_a_recovery_house_building_runs_the_service(extract_one):
    text = ("A disused depot is to become a recovery house for people leaving rehab. The building will be run by "
            "The Wyndcliffe Communities, which already has recovery hubs in two towns.")
    assert names(extract_one, text) == {"The Wyndcliffe Communities"}  # its "The", written mid-sentence


def test_room_for_residents_is_how_many_a_house_holds_not_rooms_lent(extract_one):
    text = ("The house, which has room for six women, will be run in partnership with the Carrowby Project, "
            "whose staff will deliver a structured recovery programme there every day.")
    assert names(extract_one, text) == {"Carrowby Project"}


def test_a_name_ending_in_house_is_the_organisation_that_runs_a_programme(extract_one):
    assert names(extract_one, "The day programme for people recovering from addiction is run by Elmstead House "
                              "with money from the council.") == {"Elmstead House"}
    assert names(extract_one, "The recovery sessions take place at Elmstead House, run by Humankind.") == {"Humankind"}


def test_a_provider_known_by_its_short_form_is_named_in_full_where_it_is_defined(extract_one):
    text = ("The young people's substance misuse service has been run since April 2013 by Council on Addiction "
            "Marlshire (CAM).\nMembers agreed to extend the contract with CAM by a year.")
    assert names(extract_one, text) == {"Council on Addiction Marlshire"}


def test_a_short_form_in_brackets_after_a_service_named_over_two_places_is_the_service(extract_one):
    text = ("The sessions are run by Bury and Salford Open Recovery (BSOR), the drug and alcohol service the two "
            "councils commission together. BSOR is delivered by Humankind.")
    assert names(extract_one, text) == {"Humankind"}


def test_a_trust_that_runs_the_hospital_and_will_go_on_hosting_the_workers_is_no_provider(extract_one):
    text = ("Corriebank NHS Foundation Trust, which runs Westmead General Hospital, will continue to host the "
            "partnership's alcohol workers on its wards.")
    assert names(extract_one, text) == set()


def test_a_name_the_model_reads_as_a_person_is_an_organisation_when_the_text_describes_it_so(extract_one):
    text = ("Recovery groups in the two market towns are now run in partnership with Vera Lomax, a social enterprise "
            "led by people in recovery.")
    assert names(extract_one, text) == {"Vera Lomax"}
    text = ("The sessions will be run by Tilda Roe, which has used drama to support people recovering from drink and "
            "drug problems in the town since 2001.")
    assert names(extract_one, text) == {"Tilda Roe"}
    # a person described as one stays a person
    assert names(extract_one, "The recovery group is run by Tilda Roe, who has been in recovery for years.") == set()


def test_a_contract_that_went_to_an_organisation_however_long_the_words_between(extract_one):
    text = ("In April a two-year contract worth £90,000 to build a recovery community across the county went to "
            "Hallam Vale Recovery.")
    assert names(extract_one, text) == {"Hallam Vale Recovery"}


def test_every_organisation_a_contract_is_held_by(extract_one):
    text = ("The current contracts, held by Corriebank NHS Foundation Trust and by Brindlewood Aid, end in "
            "October.")
    assert names(extract_one, text) == {"Corriebank NHS Foundation Trust", "Brindlewood Aid"}


def test_a_sports_club_that_runs_teams_is_no_provider(extract_one):
    text = ("Brindlewood Athletic FC, which runs 14 teams from under-nines to veterans, lost its changing rooms in the "
            "floods. The club also hosts a recovery football session for people in treatment.")
    assert names(extract_one, text) == set()


def test_a_name_with_commas_that_the_text_describes_by_whom_it_serves(extract_one):
    text = ("The council will lend £200,000 to Rooks, Tools and Homes, the community interest company that trains "
            "people in recovery to refit empty houses in the town.")
    assert names(extract_one, text) == {"Rooks, Tools and Homes"}


def test_a_name_that_goes_on_past_in_or_on(extract_one):
    text = ("The hub will be run by Larkfield in Recovery, a peer-led community interest company, and will open on "
            "Sundays.")
    assert names(extract_one, text) == {"Larkfield in Recovery"}
    text = "A weekend peer support group is delivered in partnership with Stand on Faith."
    assert names(extract_one, text) == {"Stand on Faith"}
    # a place, a month or a day after "in" or "on" is no part of the name
    text = "The recovery service is delivered in partnership with Harrowgate Vale Recovery in Leeds."
    assert names(extract_one, text) == {"Harrowgate Vale Recovery"}


def test_counselling_delivered_in_partnership_with_an_organisation(extract_one):
    text = ("People who want to cut down, and their families, will be offered free counselling, delivered in "
            "partnership with Millbeck Project, which has worked in the area for 20 years.")
    assert names(extract_one, text) == {"Millbeck Project"}


def test_a_residential_rehab_the_council_holds_a_block_contract_with(extract_one):
    text = ("Most residential placements were made at Thornleigh Lodge in Frome, with which the council agreed a "
            "block contract for 20 placements a year.")
    assert names(extract_one, text) == {"Thornleigh Lodge"}


def test_a_unit_on_a_hospital_site_is_run_by_the_trust_named(extract_one):
    text = "The 12-bed detox unit, on the Westmead General Hospital site, is run by Corriebank NHS Foundation Trust."
    assert names(extract_one, text) == {"Corriebank NHS Foundation Trust"}


def test_trusts_that_only_keep_records_or_run_the_hospital_are_no_providers(extract_one):
    text = ("Records from Corriebank NHS Foundation Trust showed he had been treated at Westmead General Hospital in "
            "May and had been referred back to his drug worker.")
    assert names(extract_one, text) == set()
    text = ("Others in attendance: Jo Fenn (Service Manager, Humankind), Ravi Dutt (Director of Operations, Fenwick "
            "Row Health NHS Trust)\n\n"
            "HOSP 12 Fenwick Row General Hospital: overnight emergency department\n\n"
            "Mr Dutt reported that the overnight closure of the emergency department would continue.")
    assert names(extract_one, text) == {"Humankind"}


def test_a_housing_charity_that_runs_the_hostel_a_clinic_is_held_in_is_no_provider(extract_one):
    text = ("The service will keep its weekly clinic for rough sleepers at a hostel run by the housing charity "
            "Kestrel Homes.")
    assert names(extract_one, text) == set()


def test_school_nursing_is_no_treatment_service(extract_one):
    text = ("School nursing in the city is provided by Harrowgate Vale Healthcare, a social enterprise, whose "
            "nurses will refer pupils to the new young people's drug service.")
    assert names(extract_one, text) == set()


def test_a_job_title_before_a_persons_name_is_no_organisation(extract_one):
    text = "Pharmacist Tomas Brindle, who runs a pharmacy on the high street, said demand for naloxone had grown."
    assert names(extract_one, text) == set()


def test_a_service_named_for_a_county_that_a_provider_runs(extract_one):
    text = ("The hub will be run by the Rutland Drug and Alcohol Service (RDAS), which Turning Point provides on "
            "the council's behalf.")
    rec = extract_one(text)
    assert {p["row"]["name"] for p in rec["providers"]} == {"Turning Point"}
    assert "Rutland Drug and Alcohol Service" in {s["name"] for s in rec["services"]}


def test_an_organisation_whose_apposition_says_it_works_with_addiction(extract_one):
    text = ("Harebell Works, a community interest company on Tanner Street, runs more than 40 free sessions a week for "
            "people recovering from addiction.")
    assert names(extract_one, text) == {"Harebell Works"}
    text = ("The festival has been put together by Lantern in the Yard, a not-for-profit company on Bold Street that "
            "trains people coming through addiction treatment in film-making.")
    assert names(extract_one, text) == {"Lantern in the Yard"}
    text = ("A few streets away, the Marlow Crypt Trust – the Christian charity whose recovery hostel helps people "
            "leave addiction behind – has kept its house open.")
    assert names(extract_one, text) == {"Marlow Crypt Trust"}
    text = ("That person will often come from Harebell Recovery Project, the peer-led recovery organisation in the "
            "town, whose members keep in touch by phone.")
    assert names(extract_one, text) == {"Harebell Recovery Project"}


def test_a_name_written_with_the_mid_sentence_keeps_it(extract_one):
    text = ("The first providers on the framework include Phoenix Futures, which runs a residential service in "
            "Sheffield, and The Harebell Recovery Project, whose recovery houses will take people after detox.")
    assert names(extract_one, text) == {"Phoenix Futures", "The Harebell Recovery Project"}
    text = ("Ms Reed described the work of The Kestrel Rooms, which has run free, abstinence-based group programmes "
            "for people with drug, alcohol and other addictions since 2004.")
    assert names(extract_one, text) == {"The Kestrel Rooms"}


def test_a_name_whose_clause_says_it_offers_treatment_or_recovery_work_is_a_provider(extract_one):
    text = ("Adult treatment is delivered by CGL. Tideway Project, which offers structured treatment and "
            "recovery groups for mothers and a crèche for their children, holds a separate contract.")
    assert names(extract_one, text) == {"Change Grow Live", "Tideway Project"}
    # support for the families of people who drink is other work, not treatment
    text = ("Adult treatment is delivered by CGL. Marrow Lane Circle, which offers a weekly group for families "
            "affected by drug and alcohol use, meets in the library.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_community_and_voluntary_service_is_one_name(extract_one):
    text = ("The group is part of a recovery project run by Rutland Community and Voluntary Service, a charity best "
            "known for helping village halls with funding bids.")
    assert names(extract_one, text) == {"Rutland Community and Voluntary Service"}


def test_a_trusts_initials_name_the_trust_the_text_names_in_full(extract_one):
    text = ("Corriebank and Westmead NHS Foundation Trust has run the prescribing service since 2019.\n\n"
            "The Committee heard that adult treatment was delivered by CWFT, and that young people were seen by the "
            "council’s own team.")
    assert names(extract_one, text) == {"Corriebank and Westmead NHS Foundation Trust"}


def test_a_charity_for_families_affected_by_drugs_is_no_treatment_provider(extract_one):
    text = "Support for relatives:\n\n• Kestrel Families, the national charity for families affected by drugs and alcohol."
    assert names(extract_one, text) == set()


def test_a_name_that_goes_on_past_to_and_an_organisation_that_already_runs_a_programme(extract_one):
    text = ("The largest grant went to Harbour Pathway to Recovery, a Sparkbrook-based organisation that offers "
            "outreach to people using drugs or alcohol.")
    assert names(extract_one, text) == {"Harbour Pathway to Recovery"}
    text = ("Lark Hill Trust already runs an abstinence-based hostel near the park and a 12-week day programme for "
            "people who have been through detox.")
    assert names(extract_one, text) == {"Lark Hill Trust"}


def test_a_name_that_ends_like_a_building_is_the_organisation_the_text_calls_a_charity(extract_one):
    text = ("Recovery support after treatment is provided by Tamsin House, the Stonehouse charity whose day centre "
            "runs groups for people who have stopped using drugs or alcohol.")
    assert names(extract_one, text) == {"Tamsin House"}


def test_the_organisation_a_council_buys_rehab_places_from_is_a_provider(extract_one):
    text = "The council will also buy up to 30 residential rehab places a year from Larkfield Recovery."
    assert names(extract_one, text) == {"Larkfield Recovery"}
    text = ("People who need to recover away from home can go to Orwell12, the Felixstowe charity whose "
            "abstinence-based programme lasts 12 weeks.")
    assert names(extract_one, text) == {"Orwell12"}


def test_what_a_social_enterprise_runs_makes_it_a_provider_only_in_a_sentence_about_treatment(extract_one):
    text = ("Saltmarsh Health, a local social enterprise, runs the drop-in on Quay Street, where people who drink "
            "on the streets can see a nurse and start alcohol treatment.")
    assert names(extract_one, text) == {"Saltmarsh Health"}
    text = "Saltmarsh Health, a local social enterprise, runs the food bank on Quay Street every Friday."
    assert names(extract_one, text) == set()


def test_the_parties_to_a_merger_are_history_not_the_subject_of_the_verb_after(extract_one):
    text = ("Oldham’s drug and alcohol service is changing hands after councillors awarded a new contract to "
            "Waythrough.\n\nWaythrough, formed in 2024 when Humankind merged with Richmond Fellowship, will take "
            "over from Turning Point on 1 October.")
    assert names(extract_one, text, published="2026-03-01") == {"Humankind", "Turning Point"}
    text = ("Adults are seen by a service led by Wendmoor and Calder NHS Foundation Trust. The trust was created in "
            "January by the merger of Wendmoor Mental Health NHS Foundation Trust and Calder Partnership NHS Trust.")
    assert names(extract_one, text) == {"Wendmoor and Calder NHS Foundation Trust"}


def test_the_outgoing_provider_that_had_run_the_service_is_a_provider(extract_one):
    text = ("The report set out the arrangements for moving the adult drug and alcohol treatment service from "
            "Wenlow and Marden Vale NHS and Social Care Partnership Trust, which had run it since 2007, to "
            "Turning Point on 1 April 2012.")
    assert names(extract_one, text) == {"Wenlow and Marden Vale NHS and Social Care Partnership Trust", "Turning Point"}


def test_a_primary_care_trust_commissions_and_provides_nothing(extract_one):
    text = ("The service is run by Turning Point under a contract with Corvale Teaching Primary Care Trust, which "
            "pays for 400 treatment places a year.")
    assert names(extract_one, text) == {"Turning Point"}


def test_an_organisation_run_by_people_in_recovery_is_a_provider(extract_one):
    text = ("Stair to Freedom Trust, which is run largely by people who are themselves in recovery from drink and "
            "drugs, shut the doors of its café in March.")
    assert names(extract_one, text) == {"Stair to Freedom Trust"}


def test_a_described_charity_that_runs_recovery_houses_is_a_provider(extract_one):
    text = ("Gilead House, a Christian charity that has worked in the city since the 1990s, runs shared houses "
            "where men leaving prison can live while they work through an abstinence-based recovery programme.")
    assert names(extract_one, text) == {"Gilead House"}


def test_a_council_named_before_a_trust_is_not_part_of_its_name(extract_one):
    text = ("Eastholme County Council and Pennock Health NHS Foundation Trust have confirmed the award of a new "
            "contract for adult drug and alcohol treatment, with Turning Point as lead provider and the trust "
            "delivering prescribing.")
    assert names(extract_one, text) == {"Pennock Health NHS Foundation Trust", "Turning Point"}


def test_a_trust_named_for_its_hospitals_that_runs_the_treatment_service_is_its_provider(extract_one):
    text = ("Residents are referred by Harbour, the town’s drug and alcohol treatment service, which is run by "
            "Tamworth Teaching Hospitals NHS Foundation Trust and has workers based at the General.")
    assert names(extract_one, text) == {"Tamworth Teaching Hospitals NHS Foundation Trust"}
    # a hospital it runs, where the treatment team works, is no sign it runs the service
    text = ("The drug and alcohol team from Change Grow Live works at Brackley Sands Hospital, which is run by "
            "Tamworth Teaching Hospitals NHS Foundation Trust.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_provider_named_after_a_second_by_with_words_between_is_found(extract_one):
    text = ("Psychosocial and recovery support is delivered across the county by CRI, which runs the recovery hubs "
            "in Chelmsford, Basildon and Harlow, and by Open Road in Colchester.")
    assert names(extract_one, text) == {"Change Grow Live", "Open Road"}


def test_the_organisation_money_pays_for_to_run_groups_is_a_provider(extract_one):
    text = "Some of the money will pay for Harwick Recovery Foundation to run peer support groups in the hub."
    assert names(extract_one, text) == {"Harwick Recovery Foundation"}



def test_a_trust_in_a_table_column_naming_who_runs_each_rows_team(extract_one):
    text = ("Table 2: Hospital alcohol care teams, 2024/25\n\n"
            "Hospital | Team delivered by | Patients seen\n\n"
            "Royal Marsh Infirmary | Change Grow Live, hosted by Airedale NHS Foundation Trust | 1,204\n\n"
            "Queen Alexandra Hospital, Portsmouth | Portsmouth Hospitals University NHS Trust | 1,615")
    assert names(extract_one, text) == {"Change Grow Live", "Portsmouth Hospitals University NHS Trust"}
    # a bare "Run by" beside the hospital names who runs the hospital; the text says who runs the teams
    text = ("The alcohol care teams are provided by Inclusion across the county.\n\n"
            "Hospital | Run by | Patients seen\n\nFrimley Park Hospital | Frimley Health NHS Foundation Trust | 1,032")
    assert names(extract_one, text) == {"Inclusion"}


def test_a_trust_named_as_history_or_for_other_care_is_no_provider(extract_one):
    text = ("The drug and alcohol service is run by Southern Health NHS Foundation Trust. The trust was formed in "
            "April 2011, when Hampshire Partnership NHS Foundation Trust joined with the community services of the area.")
    assert names(extract_one, text) == {"Southern Health NHS Foundation Trust"}
    text = ("Change Grow Live runs the treatment service. The new trust also runs mental health services on the island "
            "that were previously provided by the Isle of Wight NHS Trust.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_place_that_ends_one_clause_before_a_trust_that_opens_the_next(extract_one):
    text = ("Under the current arrangements, With You runs the drug service in Central Bedfordshire and East London "
            "NHS Foundation Trust runs it in Bedford.")
    assert names(extract_one, text) == {"With You", "East London NHS Foundation Trust"}


def test_a_bids_subcontractors_after_a_clause_about_the_first(extract_one):
    text = ("The preferred bid includes a subcontract with Kelsholme Recovery Project, which would run peer-led "
            "recovery groups, a day programme and volunteering, and with South West Yorkshire Partnership NHS "
            "Foundation Trust for in-patient detoxification beds.")
    assert {"Kelsholme Recovery Project", "South West Yorkshire Partnership NHS Foundation Trust"} <= names(extract_one, text)


def test_hospital_teams_a_trust_runs_itself_and_described_charities_in_reported_speech(extract_one):
    text = "• alcohol care teams run by Somerset NHS Foundation Trust at two hospitals saw 2,100 patients"
    assert names(extract_one, text) == {"Somerset NHS Foundation Trust"}
    text = ("Mr Sorrelby explained that the Kexbrough Recovery Project, a charity founded in 2004, offered a peer-led "
            "day programme to people who wanted to stop drinking.")
    assert names(extract_one, text) == {"Kexbrough Recovery Project"}
    text = "The café is run by the Road to Renewal Trust, a charity founded by people in recovery from addiction."
    assert names(extract_one, text) == {"Road to Renewal Trust"}


def test_a_house_that_has_run_a_rehab_and_a_short_name_the_text_gives_a_service(extract_one):
    text = "Pemberley House has run a residential rehab for mothers and their children in the city since 1996."
    assert names(extract_one, text) == {"Pemberley House"}
    text = ("Cabinet extended the contract with Change Grow Live for the adult treatment service, known locally as "
            "Spectrum, to 2027. The alcohol teams at the two hospitals remain part of the Spectrum service.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_trust_a_provider_is_due_to_merge_with_is_no_provider(extract_one):
    text = ("Change Grow Live runs the county's treatment service. 2gether NHS Foundation Trust is due to merge with "
            "Gloucestershire Care Services NHS Trust next month to form a single trust.")
    assert "Gloucestershire Care Services NHS Trust" not in names(extract_one, text)


def test_a_trust_that_places_its_own_drug_and_alcohol_nurses_and_one_whose_report_speaks_of_our_team(extract_one):
    text = ("Leeds and York Partnership NHS Foundation Trust (LYPFT) is to place two of its drug and alcohol nurses "
            "at a day centre for homeless people three days a week. Patients needing hospital care will be seen at "
            "St James's University Hospital, run by Leeds Teaching Hospitals NHS Trust.")
    assert names(extract_one, text) == {"Leeds and York Partnership NHS Foundation Trust"}
    text = ("Airedale NHS Foundation Trust\n\nAnnual Report 2022/23\n\n2.4 Alcohol Care Team\n\n"
            "Many of the patients seen by our Alcohol Care Team come from the surrounding towns. The team now has "
            "six specialist nurses and works seven days a week at Airedale General Hospital.")
    assert names(extract_one, text) == {"Airedale NHS Foundation Trust"}


def test_an_initialism_before_a_place_names_its_provider(extract_one):
    # "CGL Norwich" is the provider's local service: the provider is meant, not another name
    text = ("Also present: Jo Ulbster (Team Leader, CGL Great Yarmouth).\n\n"
            "Members heard that 640 adults were in drug treatment in the borough.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_trusts_own_board_papers_name_it_as_provider(extract_one):
    text = ("DERWENTSIDE HEALTHCARE NHS FOUNDATION TRUST\n\n"
            "Board of Directors – minutes of the meeting held in public on 3 March 2022\n\n"
            "The Clinical Director presented the report on the substance misuse services the Trust provides "
            "in two prisons and the community. 412 people started drug treatment in the year.")
    assert names(extract_one, text) == {"Derwentside Healthcare NHS Foundation Trust"}
    # a hospital trust's own papers about its alcohol liaison nurses do not make it a provider
    text = ("DERWENTSIDE HOSPITALS NHS FOUNDATION TRUST\n\n"
            "The Chief Nurse said the Trust's alcohol liaison service had seen 900 patients, and that "
            "drug treatment in the town is run by Change Grow Live.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_service_run_by_the_body_the_next_sentence_names(extract_one):
    rec = extract_one("Brackenside Recovery Service took over drug and alcohol treatment in the county in April "
                      "under a seven-year contract. It is run by Humankind, which has other contracts nearby.")
    assert {p["row"]["name"] for p in rec["providers"]} == {"Humankind"}
    assert {s["name"]: s["provider_slug"] for s in rec["services"]} == {"Brackenside Recovery Service": "humankind"}


def test_a_name_the_text_calls_a_service_is_a_service(extract_one):
    rec = extract_one("The women's group will work alongside Harbourlight, the city's main drug and alcohol "
                      "service, whose prescribing is provided by Sussex Partnership NHS Foundation Trust.")
    assert {p["row"]["name"] for p in rec["providers"]} == {"Sussex Partnership NHS Foundation Trust"}
    assert "Harbourlight" in {s["name"] for s in rec["services"]}


def test_a_council_named_for_two_places_stays_one_name_in_a_list(extract_one):
    text = ("The county's treatment provider is working with Brighton and Hove City Council and Acme Recovery "
            "on a shared inpatient detox unit.")
    assert names(extract_one, text) == {"Acme Recovery"}
    assert "Brighton and Hove" in {a["row"]["name"] for a in extract_one(text)["areas"]}


def test_the_bodies_that_came_together_to_form_a_provider_are_not_providers(extract_one):
    text = ("The council awarded the drug and alcohol treatment contract to Waythrough, the charity formed in "
            "2024 when Humankind and Richmond Fellowship came together.")
    assert names(extract_one, text) == {"Humankind"}  # Waythrough is Humankind's new name


def test_a_list_after_provided_by_that_a_clause_ends(extract_one):
    # "Catch22" is no one's name: a name with a digit is an organisation's
    text = ("Treatment for under-18s is provided separately by Catch22, and Cranstoun delivers the arrest "
            "referral service in partnership with the police.")
    assert names(extract_one, text) == {"Catch22", "Cranstoun"}


def test_a_street_before_an_organisations_name_is_not_part_of_it(extract_one):
    text = ("On Quillon Road, Fellwalk Recovery, a charity set up by people who have come through addiction "
            "themselves, runs a café and peer mentoring for people in recovery.")
    assert names(extract_one, text) == {"Fellwalk Recovery"}


def test_an_organisation_that_began_delivering_the_service(extract_one):
    text = "On 1 April Brightpath Recovery began delivering the county’s new adult drug and alcohol service."
    assert names(extract_one, text) == {"Brightpath Recovery"}


def test_a_trust_running_only_mental_health_services_and_a_grant_are_not_providers(extract_one):
    text = ("Drug and alcohol treatment in the county is run by With You. Crisis support remains available through "
            "Herefordshire and Worcestershire Health and Care NHS Trust, which took over the county's mental health "
            "services in April. The contract includes £2.6m from the Supplementary Substance Misuse Treatment and "
            "Recovery Grant, which runs until March 2025.")
    assert names(extract_one, text) == {"With You"}


def test_the_organisation_before_the_street_an_apposition_follows(extract_one):
    text = ("What helped most was the Larkspur Project on Tansy Lane, a small local charity that runs day groups "
            "and one-to-one sessions for people coming off drink and drugs.")
    assert names(extract_one, text) == {"Larkspur Project"}


def test_a_merger_partner_described_before_its_name_is_not_a_provider(extract_one):
    text = ("Waythrough, the charity formed when Humankind merged with the mental health charity Richmond "
            "Fellowship, will take over the county's drug and alcohol treatment service in April.")
    assert names(extract_one, text) == {"Humankind"}


def test_the_contractor_an_award_notice_names_on_a_label(extract_one):
    text = ("Lot 2: young people's substance misuse service. Number of tenders received: 4. Name of contractor: "
            "Saltmarsh Recovery. Annual value: £190,000.")
    assert names(extract_one, text) == {"Saltmarsh Recovery"}


def test_the_town_of_the_contractors_address_is_not_part_of_its_name(extract_one):
    text = ("V.2.3) Name and address of the contractor: The Quillfield Recovery Trust, Winchester. "
            "The contractor is an SME: yes. V.2.4) Total value of the contract: 4 800 000 GBP.")
    found = extract_one(text)
    assert {p["row"]["name"] for p in found["providers"]} == {"Quillfield Recovery Trust"}
    assert [(f["value"], f["unit"]) for f in found["figures"]] == [(4_800_000, "GBP")]


def test_a_house_the_next_sentence_calls_a_charity_that_runs_recovery_work(extract_one):
    text = ("Staff at Corvid House in Grimsby say they feel the waits too. The charity runs a day programme of "
            "group work and volunteering for people who have stopped drinking or using drugs.")
    assert names(extract_one, text) == {"Corvid House"}
    # a house the text never calls an organisation stays a building
    text = "Staff at Corvid House in Grimsby say they feel the waits too. The council runs a day programme there."
    assert names(extract_one, text) == set()
    # nor is an event the sentence names: the charity is the one that put it on
    text = ("The open day was put on by Change Grow Live to mark Recovery Month. The charity runs the adult drug "
            "and alcohol service in the city.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_an_apposition_whose_recovery_words_come_late_in_the_sentence(extract_one):
    text = ("He now works for Amberlea Homes, a community interest company that buys empty houses in the town "
            "and renovates them with a workforce made up almost entirely of people in recovery.")
    assert names(extract_one, text) == {"Amberlea Homes"}


def test_a_trusts_own_papers_that_write_the_trust_in_lower_case(extract_one):
    text = ("QUILLSTONE PARTNERSHIP NHS FOUNDATION TRUST\n\nBoard of Directors, 29 November 2012\n\n"
            "1.1 Most of this report concerns the trust's drug and alcohol services. From April the trust will "
            "hold its substance misuse contracts with three councils.")
    assert names(extract_one, text) == {"Quillstone Partnership NHS Foundation Trust"}


def test_an_organisation_offering_counselling_for_people_who_use_drugs_or_drink(extract_one):
    text = ("Harrowgate Rooms, which works from a former bank on the high street, offers one-to-one counselling "
            "for people who are using drugs or drinking heavily.")
    assert names(extract_one, text) == {"Harrowgate Rooms"}
    text = "The Tollbridge Project runs free group therapy for adults trying to stay off drink and drugs."
    assert names(extract_one, text) == {"Tollbridge Project"}


def test_a_short_name_the_text_calls_a_service_is_the_service(extract_one):
    text = ("The charity works alongside Spectrum, the county's main adult drug and alcohol service, which Change "
            "Grow Live runs for the county council.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_services_initials_in_brackets_with_its_small_words_in_lower_case(extract_one):
    text = ("The coroner will write to the trust, which runs the city's treatment service, Fenmoor Treatment and "
            "Recovery (FTaR). FTaR saw 86 people released from prison this year.")
    assert "FTaR" not in names(extract_one, text)


def test_a_charity_the_next_sentence_says_runs_a_recovery_programme(extract_one):
    text = ("In October I visited the Brackenfold Foundation in Anfield. The charity runs a 12-week residential recovery "
            "programme for veterans with alcohol and drug problems.")
    assert names(extract_one, text) == {"Brackenfold Foundation"}


def test_a_trusts_name_before_it_took_university_into_it(extract_one):
    text = "Community drug and alcohol teams are run by Hertfordshire Partnership NHS Foundation Trust (HPFT)."
    assert names(extract_one, text) == {"Hertfordshire Partnership University NHS Foundation Trust"}


def test_a_name_the_next_sentence_calls_the_service_is_a_service(extract_one):
    text = ("Since 1 October, treatment in the county has been provided by Greysholme Recovery Bucks. The service is "
            "run by Turning Point under a contract worth £17m.")
    assert names(extract_one, text) == {"Turning Point"}


def test_a_name_grown_back_to_the_words_its_initials_spell(extract_one):
    text = ("Maya Orr trained last year with the Hollinbrae Engagement into Recovery from Addiction Foundation "
            "(HERAF). The charity, which works from a former shop on the high street, runs peer support groups "
            "and one-to-one recovery coaching for people who have finished treatment.")
    assert names(extract_one, text) == {"Hollinbrae Engagement into Recovery from Addiction Foundation"}


def test_a_listed_name_of_ordinary_words_after_a_place_ends_a_local_name(extract_one):
    text = ("She stayed sober for most of 2011 with the help of Kendal Alcohol and Drug Service, the Tarnside Road "
            "charity where she went for counselling and to an art group for people trying to stay off drink.")
    assert names(extract_one, text, published="2011-05-01") == {"Kendal Alcohol and Drug Service"}


@pytest.mark.parametrize("text, want", [
    # a trust that lets the service use a room
    ("Members reach the recovery group through the drug service worker at the County Hospital, where Wye Valley "
     "NHS Trust lets the service use a small room on Tuesdays.", set()),
    # a trust named for another field's services (children's mental health)
    ("Leeds and York Partnership NHS Foundation Trust, which runs the city's child and adolescent mental health "
     "services, now holds a joint clinic with our young people's team for those who need help from both.", set()),
    # the last of a coroner's addressees, and a crisis team's trust
    ("The coroner said she would write to Wirral Council, Change Grow Live and Mersey Care NHS Foundation Trust. "
     "Four days before he died he was assessed by the mental health crisis team of Mersey Care NHS Foundation "
     "Trust; the drug service run by Change Grow Live had prescribed his methadone.", {"Change Grow Live"}),
])
def test_a_trust_named_only_as_host_other_field_or_addressee_is_no_provider(extract_one, text, want):
    assert names(extract_one, text) == want


def test_a_month_before_a_comma_opens_no_name_and_a_name_may_hold_on(extract_one):
    text = ("Under the new contract, which starts in April, Central and North West London NHS Foundation Trust will "
            "continue to provide the doctors and prescribing, and Lean on Hope, the peer-led recovery charity, will run "
            "weekend groups in both boroughs.")
    assert names(extract_one, text) == {"Central and North West London NHS Foundation Trust", "Lean on Hope"}


@pytest.mark.parametrize("text, want", [
    ("Family groups will be run alongside the main service by Ulverston Alcohol and Drug Advisory Service, the "
     "Ulverston-based charity that has offered counselling since 1981 to people affected by their own or a "
     "relative's drinking or drug use.", "Ulverston Alcohol and Drug Advisory Service"),
    ("Tarnbeck Communities is a community interest company set up in 2012 by people in recovery from addiction. "
     "It runs peer-led groups.", "Tarnbeck Communities"),
    ("The largest award goes to Harrowmere Fellowship, the recovery community founded by people with their own "
     "experience of addiction, to run peer mentoring.", "Harrowmere Fellowship"),
])
def test_a_charity_community_or_cic_told_by_whom_it_helps(extract_one, text, want):
    assert want in names(extract_one, text)


def test_a_group_using_a_room_to_run_a_course_for_people_stopping_drinking(extract_one):
    text = ("On Tuesday afternoons the room is used by Clearpath Thinking, who run a ten-week course for people who "
            "want to stop drinking or using drugs for good.")
    assert names(extract_one, text) == {"Clearpath Thinking"}


def test_an_ambiguous_short_name_called_a_charity_in_apposition(extract_one):
    text = ("Ms Pickup said Early Break, the Bury-based young people's charity, was supporting 180 young people "
            "across the borough.")
    assert names(extract_one, text) == {"Early Break"}


def test_a_trust_running_a_hospital_named_without_the_word_hospital(extract_one):
    text = ("The two towns have shared a hospital for decades, Tameside General, which is run by Tameside and Glossop "
            "Integrated Care NHS Foundation Trust. The drug and alcohol treatment service is run by Humankind.")
    assert names(extract_one, text) == {"Humankind"}


@pytest.mark.parametrize("text, want", [
    ("1.2 The grant funds Buxton Alcohol Advice Service, an independent charity with bases in three towns, which "
     "offers counselling and support for people detoxing at home, for adults drinking at harmful levels.",
     "Buxton Alcohol Advice Service"),
    ("Leek Alcohol Support Service is a town charity that offers counselling and aftercare to people whose drinking "
     "is causing them problems.", "Leek Alcohol Support Service"),
    ("Part of that money is paying Tidewind, the Grimsby charity best known for its sailing boat, to run a 12-week "
     "programme for people who have finished treatment.", "Tidewind"),
    ("It will work closely with the adult treatment service run in Gateshead by Lifeline.", "Lifeline Project"),
    ("The first grant goes to Step2Gether, a Maidstone group run by and for people in recovery from drugs and "
     "alcohol, which holds weekly meetings.", "Step2Gether"),
])
def test_more_ways_a_local_charity_or_group_is_told_to_do_recovery_work(extract_one, text, want):
    assert want in names(extract_one, text, published="2014-01-01")


def test_a_trusts_name_before_it_took_teaching_into_it(extract_one):
    text = "Substitute prescribing and the community alcohol service are provided by Humber NHS Foundation Trust."
    assert names(extract_one, text, published="2012-11-14") == {"Humber Teaching NHS Foundation Trust"}


def test_a_trust_named_only_as_the_one_to_ask_is_no_provider(extract_one):
    text = ("The trust runs a 10-bed inpatient unit for alcohol and drug detox. It holds no information about patients "
            "on general hospital wards. For Scunthorpe General Hospital, please contact Northern Lincolnshire and "
            "Goole NHS Foundation Trust.")
    assert names(extract_one, text) == set()


def test_the_trusts_own_staff_name_no_provider_called_trust(extract_one):
    text = ("3.1 The alcohol liaison service began in October 2011. It is run by the Trust's own staff: three "
            "specialist nurses and a consultant hepatologist.")
    assert names(extract_one, text) == set()



@pytest.mark.parametrize("landmark", ["Level", "Pavilion"])
def test_a_landmark_a_place_is_found_by_is_no_provider(extract_one, landmark):
    text = f"A cafe for people in recovery has opened near the {landmark} which offers drug and alcohol counselling on Tuesdays."
    assert landmark not in names(extract_one, text)


def test_a_trust_whose_team_runs_the_service_with_the_provider_is_a_provider(extract_one):
    text = ("The young people’s drug service is run by With You, together with the children’s mental health team of "
            "Solent NHS Trust.")
    assert {"With You", "Solent NHS Trust"} <= set(names(extract_one, text))


def test_the_second_of_two_named_after_by_past_an_apposition_and_a_clause_about_the_first(extract_one):
    text = ("Treatment is provided by Change Grow Live, the charity known until 2017 as CRI, which runs the city’s "
            "drug and alcohol service, and by Oakhollow Recovery Trust, a small peer-led charity whose volunteers "
            "meet each person at the court door.")
    assert names(extract_one, text) == {"Change Grow Live", "Oakhollow Recovery Trust"}


def test_a_one_word_charity_opening_a_sentence_counts_when_the_text_calls_it_a_charity(extract_one):
    text = ("Turning Point will deliver parts of the service through partners. Tidemark, the town charity that "
            "supports people in recovery from addiction and their families, will run peer mentoring.")
    assert names(extract_one, text) == {"Turning Point", "Tidemark"}


@pytest.mark.parametrize("text, want", [
    ("Lantern Row Recovery was set up by a group of people in recovery in 2011. We run peer support groups and a "
     "structured day programme.", "Lantern Row Recovery"),
    ("Marram Homes is a Tyneside charity founded in 2006. It provides shared housing and recovery support for adults "
     "who have finished drug and alcohol treatment.", "Marram Homes"),
    ("Sandpiper Circle is a peer-led community interest company based in the town. We run recovery meetings and a "
     "recovery café for people in treatment.", "Sandpiper Circle"),
    ("Peer mentoring and mutual aid groups are delivered under subcontract by the Saltings Recovery Circle, a "
     "lived-experience recovery charity.", "Saltings Recovery Circle"),
])
def test_a_group_its_about_us_note_or_subcontract_shows_does_recovery_work(extract_one, text, want):
    assert want in names(extract_one, text)


def test_a_walking_group_set_up_by_people_in_recovery_runs_no_recovery_work(extract_one):
    text = ("Lantern Row Walkers was set up in 2020 by people in recovery from drink and drug problems who wanted "
            "something to fill the weekends. It now runs three walks a week and a summer trip.")
    assert names(extract_one, text) == set()


def test_a_charity_that_receives_referrals_from_drug_services_or_a_university_is_no_provider(extract_one):
    text = ("The council funds drug and alcohol treatment services.\n"
            "Councillor Hale declared an interest as a trustee of the Marram Trust, a homelessness charity that receives "
            "referrals from drug and alcohol services.\n"
            "The public health team is working with Birkbeck, University of London, on a study of drinking and of "
            "treatment among older residents.")
    assert names(extract_one, text) == set()


def test_a_group_set_up_by_people_in_recovery_that_now_runs_groups_is_a_provider(extract_one):
    text = ("Merrow Recovery Collective was set up in 2018 by a group of people in recovery and now runs mutual aid "
            "groups and a structured day programme.")
    assert names(extract_one, text) == {"Merrow Recovery Collective"}


def test_a_charity_named_after_together_with_past_a_clause_about_the_first_provider(extract_one):
    text = ("The pilot will be run by CRI, which already holds the city's adult drug and alcohol treatment contract, "
            "together with Penhale Mentors, a small recovery charity whose volunteers have all been through treatment.")
    assert names(extract_one, text) == {"Change Grow Live", "Penhale Mentors"}


def test_a_service_brand_before_its_trust_in_a_bracketed_role_is_no_part_of_the_trusts_name(extract_one):
    text = ("Also present: Ayesha Dunsfold-Reay (Clinical Lead, Lookout, Solent NHS Trust)\n"
            "The Board received the update on Lookout, the young people's drug and alcohol service run by Solent NHS Trust.")
    assert names(extract_one, text) == {"Solent NHS Trust"}


def test_a_trust_whose_own_team_is_of_another_field_is_not_the_provider(extract_one):
    text = ("The young people’s service will be run by Humankind from a new base in the town centre.\n"
            "The base is shared with Tees, Esk and Wear Valleys NHS Foundation Trust, whose child and adolescent mental "
            "health team will see young people referred by Humankind who also need help with their mental health.")
    assert names(extract_one, text) == {"Humankind"}


def test_a_council_directorate_after_an_officers_title_is_not_a_provider(extract_one):
    text = ("RESOLVED:\n"
            "(1) That the adult drug and alcohol treatment service be recommissioned as one contract from April 2025.\n"
            "(2) That authority to award the contract be delegated to the Strategic Director, People and "
            "Communities Services, in consultation with the Portfolio Holder for Health.")
    assert names(extract_one, text) == set()


def test_the_last_of_a_list_of_contract_holders_after_and_the(extract_one):
    text = ("The new drug and alcohol treatment contract replaces three contracts held by Phoenix Futures, "
            "Humankind and the Brackenfold Project, a local charity that has run a drop-in in the town since 1996.")
    assert names(extract_one, text) == {"Phoenix Futures", "Humankind", "Brackenfold Project"}


def test_a_trust_a_new_service_is_to_be_run_by(extract_one):
    text = ("The board approved recurrent funding of the alcohol care teams at Kettering General Hospital and Corby "
            "Hospital, which are run by Kettering General Hospital NHS Foundation Trust, and for a new dual diagnosis "
            "in-reach service to be run by Northamptonshire Healthcare NHS Foundation Trust on the acute and mental "
            "health wards. The total cost was £1.1m a year.")
    assert "Northamptonshire Healthcare NHS Foundation Trust" in names(extract_one, text)


def test_a_hospital_trust_that_extends_its_own_alcohol_care_team(extract_one):
    text = ("Patients admitted with alcohol-related problems will see a specialist nurse seven days a week from April, "
            "after Frimley Health NHS Foundation Trust agreed to extend its alcohol care team.\n"
            "Patients who need community treatment are referred on to the drug and alcohol service run by Catch22.")
    assert names(extract_one, text) == {"Frimley Health NHS Foundation Trust", "Catch22"}
    hospitals = ("Patients admitted with alcohol-related problems will see a specialist nurse seven days a week, after "
                 "University Hospitals of Derby and Burton NHS Foundation Trust agreed to extend its alcohol care team.")
    assert names(extract_one, hospitals) == {"University Hospitals of Derby and Burton NHS Foundation Trust"}
    # (not a trust named as the hospital's operator, of whose team the sentence goes on)
    lost = ("The hospital, run by Frimley Health NHS Foundation Trust, had lost its alcohol care team when the pilot "
            "funding ended, and the drug and alcohol service run by Catch22 now sends a worker three mornings a week.")
    assert names(extract_one, lost) == {"Catch22"}


def test_a_trusts_own_board_minutes_on_a_service_the_trust_had_run(extract_one):
    text = ("LINCOLNSHIRE PARTNERSHIP NHS FOUNDATION TRUST\n"
            "Minutes of the meeting of the Board of Directors held in public on Thursday 14 March 2024\n"
            "41/24 DUAL DIAGNOSIS PILOT\n"
            "41.1 The Medical Director introduced the report on the pilot dual diagnosis service, which the trust had run "
            "in Lincoln and Boston since April, placing practitioners in community mental health teams to work with "
            "people who had problems with drugs or alcohol.")
    assert names(extract_one, text) == {"Lincolnshire Partnership NHS Foundation Trust"}


def test_a_described_charity_whose_name_holds_in_that_will_run_a_service(extract_one):
    text = ("Wealdmoor Families in Recovery, a Whitby-based charity, will run family support groups and supported "
            "housing for people leaving treatment under the new contract.")
    assert names(extract_one, text) == {"Wealdmoor Families in Recovery"}


def test_a_charity_an_apposition_says_provides_recovery_work(extract_one):
    text = ("The committee heard that Brackmoor Recovery Collective, a peer-led charity providing recovery coaching "
            "and aftercare in two towns, had trained 30 volunteers to carry naloxone.")
    assert names(extract_one, text) == {"Brackmoor Recovery Collective"}


def test_a_charity_that_continues_to_run_its_programme(extract_one):
    text = ("Since April the borough’s drug and alcohol service has been run by Cranstoun. Wendlow Recovery Trust "
            "continues to run its abstinence-based day programme in the town.")
    assert names(extract_one, text) == {"Cranstoun", "Wendlow Recovery Trust"}


def test_a_cafe_the_text_calls_a_charity_run_by_people_in_recovery(extract_one):
    text = ("Harbourne Recovery Café, a small charity run by people in recovery from drug and alcohol addiction, "
            "opened in a former shop on the quay in 2022.")
    assert names(extract_one, text) == {"Harbourne Recovery Café"}


def test_a_person_an_apposition_gives_a_job_at_a_provider_is_no_provider(extract_one):
    text = ("She was speaking on the programme alongside Callum Brierholme, a recovery worker at Humankind, the charity "
            "previously known as DISC, which runs the town’s adult drug and alcohol service.")
    assert names(extract_one, text) == {"Humankind"}


def test_a_charity_the_council_funds_to_run_recovery_work(extract_one):
    text = ("The report summarises the year of the Pennock Recovery Collective, the lived-experience recovery charity "
            "that the Council funds to run peer support, recovery cafés and mutual aid groups.")
    assert names(extract_one, text) == {"Pennock Recovery Collective"}


def test_providers_that_act_in_a_sentence_that_tells_of_a_merger(extract_one):
    text = ("The group works alongside the town’s drug and alcohol service, which is run by Change Grow Live.\n"
            "Its story mirrors a decade of change in how boroughs buy treatment.\n"
            "Humankind, which took over the borough’s service in 2019, became Waythrough last year after merging with "
            "the mental health charity Richmond Fellowship, and the charity once known as WDP now calls itself Via "
            "and runs services in the next borough.")
    assert {"Humankind", "Via"} <= names(extract_one, text, published="2025-11-25")


def test_a_trust_that_employs_the_team_a_pilot_is_run_jointly_with(extract_one):
    text = ("A recovery worker from Change Grow Live will spend two days a week in the emergency department. "
            "The pilot will be run jointly with the hospital’s alcohol care team, which is employed by "
            "Brackwood Hospitals NHS Foundation Trust.")
    assert "Brackwood Hospitals NHS Foundation Trust" in names(extract_one, text)


def test_an_office_named_by_its_directorate_is_no_provider(extract_one):
    text = ("Resolved: (a) that the treatment contract be retendered; (b) that authority to award the contract be "
            "delegated to the Executive Director of People and Communities, in consultation with the Chair.")
    assert names(extract_one, text) == set()


def test_an_unlisted_provider_said_short_by_its_first_word_is_the_same_one(extract_one):
    text = ("Rivelow Recovery Collective, which runs mutual aid meetings, recovery walks and a weekly café from a former "
            "chapel, will work alongside the existing treatment services from October.\n"
            "A spokesperson for Turning Point said: \"We have worked alongside Rivelow for years and we are delighted to "
            "see the collective's work recognised. Peer support is a vital part of recovery, and we look forward to "
            "building on it together.\"")
    assert names(extract_one, text) == {"Rivelow Recovery Collective", "Turning Point"}


def test_the_incumbent_and_a_trust_that_gives_the_treatment_at_its_own_hospital(extract_one):
    text = ("Change Grow Live will run the young people's service from April. It replaces the current service "
            "provided by Tarrant Vale NHS Foundation Trust, whose contract ends in March. Young people who need "
            "hospital care will still be seen at Tarrant Vale General Hospital.")
    assert "Tarrant Vale NHS Foundation Trust" in names(extract_one, text)
    text = ("Dr Sallowmere said that inpatient detox for the borough's residents was provided at the Gritton "
            "Hospital by Gritton and Wexley NHS Foundation Trust, and that the wait had fallen.")
    assert "Gritton and Wexley NHS Foundation Trust" in names(extract_one, text)


def test_a_trust_whose_staff_lent_rooms_and_a_housing_association_are_no_providers(extract_one):
    text = ("A total of 1,400 clients moved to Change Grow Live without a break in their prescriptions. I would like "
            "to thank staff at Shropshire Community Health NHS Trust, who made rooms available at two community "
            "hospitals during the move.")
    assert names(extract_one, text) == {"Change Grow Live"}
    text = ("The council is working with Quarry Bank Housing Association to provide 12 flats for people who have "
            "completed residential rehab.")
    assert names(extract_one, text) == set()


def test_a_charity_placed_by_its_apposition_that_runs_recovery_work(extract_one):
    text = ("Many patients leaving hospital are referred to the Tollard Recovery Network, a charity in Kessingham, "
            "Derby, that runs a day programme and one-to-one recovery support for people coming out of alcohol "
            "treatment.")
    assert names(extract_one, text) == {"Tollard Recovery Network"}


def test_a_mental_health_trust_that_runs_a_team_of_alcohol_workers(extract_one):
    text = ("The team of nine nurses and alcohol workers is run by Derbyshire Healthcare NHS Foundation Trust, the "
            "mental health trust, and is based in the hospital's emergency department.")
    assert "Derbyshire Healthcare NHS Foundation Trust" in names(extract_one, text)


def test_a_trust_heard_as_a_witness_on_its_own_field_is_no_provider(extract_one):
    text = ("The group took evidence from Cranstoun, the Office of the Police and Crime Commissioner, Southern Health "
            "NHS Foundation Trust on mental health care for people in treatment, and people using services.")
    assert names(extract_one, text) == {"Cranstoun"}


def test_a_group_its_apposition_says_runs_recovery_meetings_is_a_provider_a_campaign_group_is_not(extract_one):
    text = ("The council will fund Orlestone Recovery Network, a Wrexham group that organises mutual aid meetings "
            "and a weekly recovery café.")
    assert names(extract_one, text) == {"Orlestone Recovery Network"}
    text = ("The plan was opposed by Orlestone Families Voice, a campaign group that wants the recovery café "
            "moved out of the high street.")
    assert names(extract_one, text) == set()
    text = ("She now helps to run Orlestone Parents Together, a support group for families of people with drug and "
            "alcohol problems.")
    assert names(extract_one, text) == set()


def test_an_organisation_known_by_its_initials_is_named_in_full(extract_one):
    text = ("The walk was organised by Kelsby After Care Group, known as KACG, a peer-led group that has supported "
            "people recovering from drug and alcohol addiction for a decade. KACG will open a recovery café in May.")
    assert names(extract_one, text) == {"Kelsby After Care Group"}


def test_a_group_that_itself_gives_peer_support_or_is_paid_to_train_peer_mentors_is_a_provider(extract_one):
    text = "Sandholme Recovery Friends offers peer support at the town’s treatment hub every weekday."
    assert names(extract_one, text) == {"Sandholme Recovery Friends"}
    text = "We are delighted that Haverleigh Peer Circle has been awarded £22,000 to recruit and train 15 peer mentors."
    assert names(extract_one, text) == {"Haverleigh Peer Circle"}


def test_a_place_before_a_street_word_names_a_street_not_a_local_service(extract_one):
    text = "Kettlewell Road Recovery Circle has been awarded £9,000 to run two more recovery groups."
    assert names(extract_one, text) == {"Kettlewell Road Recovery Circle"}


def test_a_house_that_runs_a_programme_and_a_name_the_text_writes_with_its_the(extract_one):
    text = "Cordwell House, which runs an abstinence-based day programme in the city, will lose its grant."
    assert names(extract_one, text) == {"Cordwell House"}
    text = ("The Garraway Path runs four supported houses for people who have finished detox. The council said "
            "it would keep referring people to The Garraway Path.")
    assert names(extract_one, text) == {"The Garraway Path"}


def test_a_listed_name_that_is_also_words_is_the_provider_when_chosen_to_run_something(extract_one):
    text = "Bury Council picked the young people’s charity Early Break to run its new outreach team."
    assert names(extract_one, text) == {"Early Break"}


def test_a_lead_partner_and_a_charity_for_people_worried_about_their_drinking_are_providers(extract_one):
    text = ("The board agreed a grant of £90,000 a year for family support, with Marrowbay Family Recovery as lead "
            "partner. In the town, Pellowe Counselling, a small charity that offers free counselling for people "
            "worried about their drinking, has seen demand rise.")
    assert names(extract_one, text) == {"Marrowbay Family Recovery", "Pellowe Counselling"}


def test_a_council_by_its_style_is_no_provider(extract_one):
    text = "A spokesperson said: “The service will transfer to the Royal Borough on 1 April on its current terms.”"
    assert names(extract_one, text) == set()



def test_a_trust_named_in_a_declaration_of_interest_is_no_provider(extract_one):
    text = ("Councillor Mossford declared that a close relative was employed by Fellshire Healthcare NHS "
            "Foundation Trust.\n\nThe committee heard that Change Grow Live had 1,200 people in treatment.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_cafe_run_by_a_charity_of_the_same_name_is_that_charity(extract_one):
    text = ("The panel visited the Wennington Recovery Café, run by a small charity of the same name, which "
            "offers peer support and a family group for people in recovery from drink and drugs.")
    assert names(extract_one, text) == {"Wennington Recovery Café"}


def test_a_group_whose_volunteers_hand_out_naloxone_is_a_provider(extract_one):
    text = ("The walk ended at the harbour, where volunteers from the Tarnside Recovery Collective handed out "
            "30 naloxone kits and showed passers-by how to use them.")
    assert names(extract_one, text) == {"Tarnside Recovery Collective"}


def test_a_recovery_charitys_own_agm_names_it(extract_one):
    text = ("Minutes of the Annual General Meeting of Selworth Recovery Trust, held at the Trust's hub on Mill Road\n\n"
            "1. The chair said the peer support groups had met every week of the year.\n\n"
            "2. The Annual Report of the Senior Coroner on drug deaths was noted.")
    assert names(extract_one, text) == {"Selworth Recovery Trust"}


def test_a_place_opening_the_sentence_is_no_part_of_the_charitys_name(extract_one):
    text = ("In Margate, Lumbard Recovery, a charity that provides counselling for people with drink and drug "
            "problems, opened a recovery café in September.")
    assert names(extract_one, text) == {"Lumbard Recovery"}


def test_an_organisation_said_to_provide_a_service_is_a_provider(extract_one):
    text = ("The consultant explained that Turning Point ran the adult drug and alcohol service, and that "
            "Drabwell Youth Project provided a separate service for under-18s.")
    assert names(extract_one, text) == {"Turning Point", "Drabwell Youth Project"}


def test_accommodation_provided_by_a_charity_that_runs_recovery_houses(extract_one):
    # "accommodation is provided by X" is a landlord, unless X is said to run recovery houses
    text = ("Move-on accommodation is provided by Thistlecombe Housing, a small charity that runs shared houses "
            "for people leaving rehab.")
    assert names(extract_one, text) == {"Thistlecombe Housing"}


def test_an_ambiguous_short_name_whose_apposition_is_long(extract_one):
    # the noun that makes it an organisation may come six words into the apposition
    text = "4.2 Open Road, the county's young people's drug and alcohol charity, saw 51 families through its family service."
    assert names(extract_one, text) == {"Open Road"}
    assert names(extract_one, "4.2 Open Road, the county's newest and busiest coffee shop, opened in May.") == set()


def test_a_trust_named_only_as_a_report_authors_employer_that_the_text_says_only_lends_rooms(extract_one):
    head = ("Report to: Health and Wellbeing Board\n\n"
            "Reporting officers: Director of Public Health; Director of Nursing, Threlkeld Moor Integrated Care NHS Foundation Trust\n\n"
            "Subject: Hospital alcohol care team – review of the first year\n\n"
            "1.1 The team at the hospital saw 400 patients last year and referred 210 of them to Turning Point, "
            "which runs community treatment. ")
    lends = head + "The hospital trust provides accommodation and a parking space but does not employ the team."
    assert names(extract_one, lends) == {"Turning Point"}
    # (a trust said to give treatment too is not only a landlord)
    treats = head + "The hospital trust provides accommodation and detox beds for the team."
    assert names(extract_one, treats) == {"Turning Point", "Threlkeld Moor Integrated Care NHS Foundation Trust"}


def test_a_charity_whose_long_apposition_ends_with_what_it_does_for_people_after_treatment(extract_one):
    text = ("Ravelston Acre, a small charity that has tended the allotments behind the old mill in Tenby Road, on the "
            "edge of the town, since 2018, runs a day programme of growing, cooking and woodwork for adults who are in "
            "or have recently finished treatment.")
    assert names(extract_one, text) == {"Ravelston Acre"}
    # (a charity whose sentence only mentions someone else's treatment is not one)
    text = ("Ravelston Acre, a small charity that has tended the allotments behind the old mill since 2018, lost its "
            "lease after the landlord's own treatment for cancer was finished.")
    assert names(extract_one, text) == set()


def test_a_charity_a_description_names_and_the_next_sentence_says_gives_recovery_coaching(extract_one):
    text = ("The service has begun working with a small charity in the town, Skiddle Companions. It provides "
            "recovery coaching and a day programme for people leaving treatment.")
    assert names(extract_one, text) == {"Skiddle Companions"}


def test_a_subcontractor_a_bidder_keeps(extract_one):
    text = ("He said the new provider proposed to keep Ormsgill Peer Network as its subcontractor for peer support "
            "and recovery cafés, and that drug and alcohol staff would transfer in April.")
    assert names(extract_one, text) == {"Ormsgill Peer Network"}


def test_the_second_of_two_run_by_clauses_with_the_verb_left_out(extract_one):
    text = ("Inpatient detoxification is provided by the hospital, and peer support and recovery housing by the "
            "Brackenhurst Recovery Trust under a subcontract.")
    assert names(extract_one, text) == {"Brackenhurst Recovery Trust"}


def test_a_charity_its_apposition_places_before_saying_it_runs_recovery_housing(extract_one):
    text = "There is £35,000 for Brackenhurst Homes, the Rotherham recovery housing charity, to open a second house."
    assert names(extract_one, text) == {"Brackenhurst Homes"}


def test_what_a_charity_keeps_running_has_run_or_would_continue_to_run(extract_one):
    assert names(extract_one, "The peer-led charity Skiddle Friends will keep running its day programme for people "
                               "leaving treatment.") == {"Skiddle Friends"}
    assert names(extract_one, "He said that Ormsgill Housing would continue to run recovery housing, with 18 beds.") \
        == {"Ormsgill Housing"}


def test_a_recovery_trust_named_for_a_town_is_an_organisation(extract_one):
    text = ("Tredegar Recovery Trust has run a day programme for people recovering from drug and alcohol problems "
            "since 2014.")
    assert names(extract_one, text) == {"Tredegar Recovery Trust"}
    # (a club's community trust named for its town is no recovery charity by its name alone)
    text = "Tredegar Harriers Community Trust will run a walking football session on Fridays as part of its recovery programme."
    assert names(extract_one, text) == set()


def test_a_shelter_run_by_a_housing_charity_is_no_treatment_provider(extract_one):
    text = ("The night shelter on Mill Street, run by the housing charity Brackenhurst Lodge Trust, has 18 beds. Most "
            "of its guests are dealing with drink or drugs, and a worker from the drug and alcohol service visits weekly.")
    assert names(extract_one, text) == set()


def test_a_project_a_clause_about_its_start_sets_off_then_what_treatment_it_gives(extract_one):
    text = ("The Ashgarth Women's Project, which began in a chapel vestry in 2017, provides one-to-one key work and "
            "structured group treatment for women on community orders.")
    assert names(extract_one, text) == {"Ashgarth Women's Project"}
    text = "The Ashgarth Women's Project, which began in a chapel vestry in 2017, provides sewing classes for women."
    assert names(extract_one, text) == set()


def test_a_body_whose_staff_moved_from_it_is_no_person_whatever_the_model_reads(extract_one):
    text = ("The service was previously run by Carewell Northwest, and 40 staff transferred from Carewell Northwest "
            "to the new provider.")
    assert names(extract_one, text) == {"Carewell Northwest"}


def test_a_charity_its_apposition_says_runs_aftercare_groups(extract_one):
    text = ("Councillors were worried about the Tremlowe Recovery Trust, the volunteer-run charity that has provided "
            "aftercare groups and a weekend drop-in in the town since 2012.")
    assert names(extract_one, text) == {"Tremlowe Recovery Trust"}


def test_a_charity_led_by_people_with_lived_experience_in_a_sentence_about_recovery(extract_one):
    text = ("Structured day programmes and recovery support come from Skiddle Fold, a Todmorden charity led by people "
            "with lived experience.")
    assert names(extract_one, text) == {"Skiddle Fold"}
    text = "The mural was painted by Skiddle Fold, a Todmorden charity led by people with lived experience."
    assert names(extract_one, text) == set()


def test_what_a_charity_continued_to_deliver(extract_one):
    text = ("She added that Ormsgill Recovery continued to deliver the recovery café and the structured day programme "
            "under a subcontract.")
    assert names(extract_one, text) == {"Ormsgill Recovery"}


def test_a_trust_that_runs_hospitals_named_after_it_and_pilots_kits_there_only_hosts(extract_one):
    # the trust's clause names the hospitals it runs: it lends its wards to a harm reduction pilot,
    # it does not give the treatment
    text = ("The county's treatment service is run by Turning Point. Officers confirmed that Northern Devon "
            "Healthcare NHS Trust, which ran North Devon District and Bideford hospitals, had agreed to stock "
            "naloxone kits on its emergency wards from June.")
    assert names(extract_one, text) == {"Turning Point"}


def test_a_charity_that_runs_part_of_the_service_a_paragraph_on_from_the_treatment_it_names(extract_one):
    # "the service" is the drug and alcohol service the story opened with
    text = ("The county's drug and alcohol services will be run by Phoenix Futures from April.\n\n"
            "Phoenix Futures will run the new service from the existing hubs in five towns. Wrenhaven Youth, the "
            "social justice charity, will run the part of the service for under-18s under a subcontract.")
    assert names(extract_one, text) == {"Phoenix Futures", "Wrenhaven Youth"}


def test_a_charity_that_runs_a_service_of_another_field_stays_out(extract_one):
    text = ("The county's drug and alcohol services will be run by Phoenix Futures from April.\n\n"
            "Wrenhaven Youth, the youth charity, will run the council's new holiday activity programme.")
    assert names(extract_one, text) == {"Phoenix Futures"}


def test_a_petition_handed_to_a_councillor_names_her_portfolio_not_a_body(extract_one):
    text = ("The petition, signed by 1,840 people, was handed to Councillor Carys Dunstable, Lead Member for Adult "
            "Social Care and Health, on Monday. The county's drug and alcohol service is run by Change Grow Live.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_person_an_answer_was_given_to_is_not_a_provider(extract_one):
    text = ("The answer, given to Hollowmere North MP Osric Fenn by the public health minister, shows that 52 people "
            "died. Treatment in the town is provided by Change Grow Live.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_hostel_named_like_a_listed_charity_is_not_it(extract_one):
    text = ("A nurse from With You will hold clinics twice a week at Swanswell View, a 26-room hostel near Swanswell "
            "Park.")
    assert names(extract_one, text) == {"With You"}


@pytest.mark.parametrize("text", [
    ("The new service is run by Change Grow Live, which will work with GPs and with Hollowmere Healthcare NHS "
     "Trust, whose children's wards see young people admitted after drinking."),
    ("The new service is run by Change Grow Live. A spokesperson for Larkspur Homes, which runs supported housing "
     "schemes in the city, said: “We already work closely with treatment services.”"),
])
def test_a_landlord_and_a_hospital_trust_by_what_they_run_are_not_providers(extract_one, text):
    assert names(extract_one, text) == {"Change Grow Live"}


@pytest.mark.parametrize("text", [
    ("The service is run by Change Grow Live. Clients who need a detox go to an inpatient unit at Farrowdale "
     "Hospital run by Quillhaven Partnership NHS Foundation Trust."),
    ("The service is run by Change Grow Live. Substitute prescribing will continue to be provided by Quillhaven "
     "Partnership NHS Foundation Trust under a subcontract, and staff work beside doctors at Quillhaven General "
     "Hospital."),
])
def test_a_trust_that_runs_a_detox_unit_or_prescribing_at_a_hospital_is_a_provider(extract_one, text):
    assert names(extract_one, text) == {"Change Grow Live", "Quillhaven Partnership NHS Foundation Trust"}


def test_a_unit_at_a_hospital_then_which_is_run_by_is_the_hospitals_trust(extract_one):
    text = ("The service is run by Change Grow Live. Clients who need a detox go to an inpatient unit at Farrowdale "
            "Hospital, which is run by Quillhaven Hospitals NHS Trust.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_merged_charity_the_text_says_has_run_a_service_stays_a_provider(extract_one):
    text = ("Clients of Swanswell will see no change as the charity completes its merger with Cranstoun this month.\n\n"
            "Swanswell has run a recovery cafe and a day programme in Rugby since 2009. Both will now be run by "
            "Cranstoun.")
    assert names(extract_one, text) == {"Swanswell", "Cranstoun"}


def test_a_merged_charity_named_only_in_the_merger_is_history(extract_one):
    text = ("Swanswell became part of Cranstoun some years ago. Cranstoun runs the treatment service in Rugby, "
            "where 900 people are in treatment.")
    assert names(extract_one, text) == {"Cranstoun"}


def test_a_charity_its_apposition_says_offers_help_with_drink_and_drug_problems(extract_one):
    text = ("Ferncliff Counselling Trust, a Ludlow charity that offers counselling and a day programme for people with "
            "drink and drug problems, said it had seen more people this winter. Treatment is provided by Change Grow Live.")
    assert names(extract_one, text) == {"Change Grow Live", "Ferncliff Counselling Trust"}


def test_a_charity_that_offers_help_of_another_kind_stays_out(extract_one):
    text = ("Ferncliff Families Trust, a Ludlow charity that offers debt advice to families, said it had seen more "
            "people this winter. Treatment is provided by Change Grow Live.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_partner_to_a_merger_an_apposition_names_is_not_the_one_that_runs_the_service(extract_one):
    text = ("Waythrough, the charity formed when Humankind merged with Richmond Fellowship, will run drug and alcohol "
            "treatment in the district from April.")
    assert names(extract_one, text) == {"Humankind"}


def test_a_short_name_whose_project_a_client_on_methadone_attends_is_the_provider(extract_one):
    text = "He has been on a methadone prescription since May and goes to Lifeline’s project in the town twice a week."
    assert names(extract_one, text) == {"Lifeline Project"}


def test_a_trust_in_a_speakers_apposition_is_not_itself_speaking(extract_one):
    text = ("Rosa Drayford, Service Manager for the Specialist Addictions Unit run by Quillhaven Partnership NHS "
            "Foundation Trust, said that 800 clients were on its caseload.")
    assert names(extract_one, text) == {"Quillhaven Partnership NHS Foundation Trust"}


def test_a_registered_charity_whose_recovery_hub_the_next_sentence_names_is_a_provider(extract_one):
    text = "2. Oxwich Alcohol Support Service is a registered charity. Its recovery hub is open five days a week."
    assert names(extract_one, text) == {"Oxwich Alcohol Support Service"}


def test_a_registered_charity_of_another_field_is_not_a_provider(extract_one):
    text = "2. Oxwich Art Society is a registered charity. Its summer show opens in June at the town hall."
    assert names(extract_one, text) == set()


def test_an_awareness_week_that_runs_for_a_week_is_no_provider(extract_one):
    text = ("Free advice on drinking will be offered during Alcohol Awareness Week, which runs from 19 to 25 "
            "November, at two drop-ins run by Change Grow Live.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_trusts_name_without_nhs_trust_is_that_trust(extract_one):
    text = ("Staff at Oxwich Care NHS Foundation Trust, which provides the borough's drug and alcohol service, gave "
            "evidence. The alcohol care team is provided by Oxwich Care; the hospital's own trust lends it a room.")
    assert names(extract_one, text) == {"Oxwich Care NHS Foundation Trust"}


def test_a_trust_that_runs_community_mental_health_teams_is_a_partner(extract_one):
    text = ("Treatment is run by Change Grow Live. People who also have a severe mental illness are referred to "
            "Drayford Mental Health Partnership NHS Trust, which runs the borough's community mental health teams.")
    assert names(extract_one, text) == {"Change Grow Live"}


@pytest.mark.parametrize("text", [
    "The report said Inclusion had distributed 1,150 naloxone kits through six pharmacies in the year.",
])
def test_a_short_name_that_hands_out_naloxone_is_the_provider(extract_one, text):
    assert names(extract_one, text) == {"Inclusion"}


def test_a_short_name_that_hands_out_leaflets_is_no_provider(extract_one):
    assert names(extract_one, "Social inclusion was the theme, and Inclusion had handed out leaflets at the fair.") == set()


@pytest.mark.parametrize("text, found", [
    ("The pilot is a partnership between the trust and Tarrowby Project, a Hove charity that supports women and "
     "families affected by drug and alcohol use.", "Tarrowby Project"),
    ("5.3 The Mirkwell Foundation provides 14 recovery beds in the city for people leaving detox.", "Mirkwell Foundation"),
    ("The council will pay £96,000 to Harbledown Sanctuary CIC. Harbledown Sanctuary will run weekly recovery groups "
     "for women.", "Harbledown Sanctuary"),
])
def test_a_charity_by_what_it_supports_or_runs_for_people_in_recovery(extract_one, text, found):
    assert found in names(extract_one, text)


def test_a_care_trust_named_after_an_alcohol_care_team_at_a_hospital_runs_the_team(extract_one):
    text = ("The committee considered a report on the alcohol care team at St Aldhelm's Hospital in Chertsey, which "
            "has been run by Wenlow and Borders Partnership NHS Foundation Trust since 2016.")
    assert names(extract_one, text) == {"Wenlow and Borders Partnership NHS Foundation Trust"}


def test_the_first_provider_a_framework_admitted_is_named_after_including(extract_one):
    text = ("Eleven providers had been admitted to the residential rehabilitation framework, including Tarrowby "
            "Community at Oxwich, Phoenix Futures and Turning Point.")
    assert names(extract_one, text) == {"Tarrowby Community", "Phoenix Futures", "Turning Point"}


def test_a_company_its_apposition_says_is_run_by_people_in_recovery_is_a_provider(extract_one):
    text = ("The council will give £45,000 to Wrekin Peer Recovery (WPR), a community interest company in "
            "Wellington run largely by people in recovery, so that it can open at weekends.")
    assert "Wrekin Peer Recovery" in names(extract_one, text)


def test_a_trust_named_only_as_a_speaking_consultants_employer_is_no_provider(extract_one):
    # where she works, in another field than drink and drugs
    text = ("Dr Ana Kell, a consultant hepatologist at Wethercombe NHS Foundation Trust, said: “We now see people "
            "in their thirties with cirrhosis most weeks.”")
    assert names(extract_one, text) == set()
    assert names(extract_one, "The detox beds are provided by Wethercombe NHS Foundation Trust.") == {"Wethercombe NHS Foundation Trust"}
    text = ("Dr Ana Kell, a consultant in addiction psychiatry at Wethercombe NHS Foundation Trust, said: “Most of "
            "the people we prescribe for have been in treatment before.”")
    assert names(extract_one, text) == {"Wethercombe NHS Foundation Trust"}


def test_an_organisation_that_ran_recovery_groups(extract_one):
    text = "Mr Salt explained that Fernwick Citizens CIC ran peer-led recovery groups in three towns four days a week."
    assert names(extract_one, text) == {"Fernwick Citizens CIC"}


def test_a_director_of_a_body_that_did_other_work_names_no_provider(extract_one):
    text = ("Dana Holt, a director of Fernwick Events CIC, described the concerts that the organisation had provided "
            "since 2021 for older residents of the town.")
    assert names(extract_one, text) == set()


def test_a_body_named_like_a_service_with_a_chief_executive_is_an_organisation(extract_one):
    # a service brand has no chief executive of its own
    text = ("The hub is run by Kendal Alcohol Advisory Service. Jo Penrose, chief executive of Kendal Alcohol "
            "Advisory Service, said 400 people had been seen.")
    assert names(extract_one, text) == {"Kendal Alcohol Advisory Service"}


def test_what_a_contract_answers_is_no_party_to_it(extract_one):
    text = ("Title: Variation to the adult drug and alcohol treatment contract in response to COVID-19\n\n"
            "The variation adds £186,000 to the contract with Turning Point for 2020/21.")
    assert names(extract_one, text) == {"Turning Point"}


def test_a_trusts_team_that_refers_people_to_the_service_is_outside_it(extract_one):
    text = ("The committee asked how the drug and alcohol service worked with the hospital. Ms Tennant explained that "
            "the hospital's alcohol care team, which is employed by Wethercombe NHS Trust, referred patients directly "
            "to the service, and that a With You worker was now based on the wards.")
    assert names(extract_one, text) == {"With You"}


def test_a_merged_charitys_old_house_run_by_its_successor_is_the_successors(extract_one):
    text = ("The councils will reserve beds at Clouds House, the residential treatment centre in Wiltshire that is "
            "run by The Forward Trust.")
    assert names(extract_one, text) == {"The Forward Trust"}
    text = "Beds at Clouds House are reserved for the county, and The Forward Trust runs the prison service."
    assert names(extract_one, text) == {"Action on Addiction", "The Forward Trust"}


def test_a_sized_team_is_run_by_its_trust(extract_one):
    # "The team of four will be run by", "was employed and run by": the trust runs the team itself, though the
    # sentence names a hospital's alcohol care team elsewhere
    text = ("The team of four will be run by Ravensgarth NHS Foundation Trust, which already provides the alcohol "
            "care team at the Dunmarrow Hospital.")
    assert names(extract_one, text) == {"Ravensgarth NHS Foundation Trust"}
    text = "The new team was employed and run by Dunmarrow Hospitals NHS Trust, with the council meeting half of its cost."
    assert names(extract_one, text) == {"Dunmarrow Hospitals NHS Trust"}
    # (in a reported clause, mostly a hospital's own team set beside the contract)
    text = ("Councillor Amis asked about the alcohol care team at Elmbury Hall Hospital. Ms Tarrant explained that the "
            "team was employed by Ravensgarth Group NHS Foundation Trust, but that Humankind workers held a clinic on the wards.")
    assert names(extract_one, text) == {"Humankind"}


def test_a_general_ward_run_by_a_trust_is_hosting_where_a_detox_ward_is_the_service(extract_one):
    text = ("He was admitted to Brackenholt General Hospital. A nurse on the ward, which is run by Brackenholt "
            "Healthcare NHS Foundation Trust, gave him a leaflet for the drug and alcohol service.")
    assert names(extract_one, text) == set()
    text = "People are admitted to the alcohol detox ward, which is run by Brackenholt Healthcare NHS Foundation Trust."
    assert names(extract_one, text) == {"Brackenholt Healthcare NHS Foundation Trust"}
    text = ("The Larch Unit, a 10-bed ward run by Brackenholt Partnership NHS Trust, takes patients who need medically "
            "supervised withdrawal from alcohol.")
    assert names(extract_one, text) == {"Brackenholt Partnership NHS Trust"}


def test_a_county_trusts_officer_in_attendance_runs_the_county_towns_hospital(extract_one):
    # the trust is named for the county; its hospital for the county town
    text = ("Also present: Ann Weller (Chief Operating Officer, South Warwickshire University NHS Foundation Trust), "
            "Ed Pike (Service Director, Via)\n\nMs Weller said that Warwick Hospital had seen 6,000 attendances in "
            "December.\n\nVia runs the county's adult drug and alcohol treatment service.")
    assert names(extract_one, text) == {"Via"}


def test_a_drink_and_drugs_body_whose_chief_executive_attends_is_a_provider(extract_one):
    text = ("Also in attendance: Ann Weller (Service Manager, Humankind); Ed Pike (Chief Executive, Ravensgarth Alcohol "
            "and Drug Advisory Service); Jo Lane (Chief Executive, Ravensgarth Drug and Alcohol Partnership)\n\n"
            "The board discussed drug-related deaths and treatment.")
    assert names(extract_one, text) == {"Humankind", "Ravensgarth Alcohol and Drug Advisory Service"}


def test_a_trust_providing_childrens_mental_health_services_is_no_treatment_provider(extract_one):
    text = ("CAMHS across the county is provided by Ravensgarth NHS Foundation Trust. Young people's drug and alcohol "
            "services are run by Humankind.")
    assert names(extract_one, text) == {"Humankind"}


def test_a_hospitals_mental_health_liaison_team_is_another_fields(extract_one):
    text = ("The nurses will share an office with the hospital’s mental health liaison team, which is run by Ravensgarth "
            "Healthcare NHS Foundation Trust. The alcohol service is run by Via.")
    assert names(extract_one, text) == {"Via"}


def test_a_trust_that_runs_the_hospital_and_employs_its_alcohol_care_team_runs_the_team(extract_one):
    text = ("Dunmarrow Hospitals NHS Trust, which runs the hospital, also employs the alcohol care team's six nurses. "
            "Humankind runs the community drug and alcohol service.")
    assert names(extract_one, text) == {"Dunmarrow Hospitals NHS Trust", "Humankind"}


def test_a_team_in_a_reported_clause_is_not_the_subject_that_makes_its_employer_run_it(extract_one):
    text = ("Members asked about the alcohol care team at Basildon Hospital. The director explained that the team was "
            "employed by Mid and South Essex NHS Foundation Trust, while Turning Point ran the community service.")
    assert names(extract_one, text) == {"Turning Point"}


def test_a_resolutions_that_is_no_part_of_a_trusts_name(extract_one):
    text = ("RESOLVED:\n(ii) That East London NHS Foundation Trust be invited to attend the March meeting with an update "
            "on completion rates at the drug and alcohol service it runs.")
    assert names(extract_one, text) == {"East London NHS Foundation Trust"}


def test_a_paper_coming_to_a_meeting_body_is_no_contract_award(extract_one):
    text = ("She noted that the young people's drug service was a separate contract and would come to the Review "
            "Group in the new year.")
    assert names(extract_one, text) == set()


def test_a_trust_a_hospital_arrangement_was_with_only_hosts(extract_one):
    text = ("Addaction workers saw patients at Watford General Hospital in space provided by West Hertfordshire "
            "Hospitals NHS Trust, and at the Lister Hospital, where the arrangement was with East and North "
            "Hertfordshire NHS Trust.")
    assert names(extract_one, text) == {"With You"}  # (Addaction, under its present name)


def test_a_trust_a_ward_belongs_to_only_hosts(extract_one):
    text = ("Members noted that the inpatient detox beds used by Via are on a ward belonging to Humber Teaching NHS "
            "Foundation Trust, which provides the building and catering.")
    assert names(extract_one, text) == {"Via"}


def test_a_service_brands_name_in_full_in_brackets_is_no_provider(extract_one):
    text = ("The specialist alcohol team is part of ROADS (Recovery Orientated Alcohol and Drugs Service), the city's "
            "adult treatment system, and its nurses are employed by Turning Point.")
    assert names(extract_one, text) == {"Turning Point"}


def test_a_short_name_with_its_own_residential_service_is_the_provider(extract_one):
    text = ("Rehab placements went to nine providers. The largest numbers were with Phoenix at its residential "
            "service in Sheffield and with Forward, at its residential centre in Kent.")
    assert names(extract_one, text) == {"Phoenix Futures", "The Forward Trust"}
    assert names(extract_one, "The plan moves the drug strategy Forward, at its own pace.") == set()


def test_a_trust_that_lends_space_only_hosts(extract_one):
    text = ("Recovery workers from Change Grow Live run a drug and alcohol clinic one afternoon a week at the "
            "Wethercombe General Hospital, in space provided by Dartford and Gravesham NHS Trust.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_short_names_drug_and_alcohol_service_is_its_own(extract_one):
    text = "From Monday, Forward’s drug and alcohol service in Folkestone will move to a new building on the harbour."
    assert names(extract_one, text) == {"The Forward Trust"}
    assert names(extract_one, "The plan moves Forward’s new big idea for the harbour to next year.") == set()


def test_a_short_name_that_works_with_people_is_the_provider(extract_one):
    text = ("Councillor Quigg said Forward, which works with prisoners at HMP Onley, had met 57 Fernwick residents at "
            "the gate since April. Members asked that, moving forward, the figures come every quarter.")
    assert names(extract_one, text) == {"The Forward Trust"}
    assert names(extract_one, "Members asked that, moving Forward, the figures come every quarter.") == set()


def test_a_trust_that_runs_a_sexual_health_clinic_is_no_treatment_provider(extract_one):
    text = ("The outreach worker said a third of referrals came from the sexual health clinic at the Homerton, which "
            "is run by Homerton Healthcare NHS Foundation Trust. A worker from the drug and alcohol service is based "
            "there three days a week.")
    assert names(extract_one, text) == set()


def test_a_trust_that_runs_a_mental_health_crisis_service_is_no_treatment_provider(extract_one):
    text = ("The coroner also wrote to Avon and Wiltshire Mental Health Partnership NHS Trust, which runs the "
            "county's mental health crisis service, about how information was shared. Turning Point runs the "
            "drug and alcohol service.")
    assert names(extract_one, text) == {"Turning Point"}
    text = ("The alcohol care team of six nurses is employed by Avon and Wiltshire Mental Health Partnership NHS Trust, "
            "which runs mental health and community services in the county.")
    assert names(extract_one, text) == {"Avon and Wiltshire Mental Health Partnership NHS Trust"}


def test_a_trust_party_to_the_lease_of_the_rooms_only_hosts(extract_one):
    text = ("The Fernwick hub will be run by Change Grow Live. It will work from two consulting rooms at Queen Mary's "
            "Hospital in Sidcup under a lease between the provider and Oxleas NHS Foundation Trust.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_hospital_sharing_only_a_compass_word_with_the_trust_is_not_its_own(extract_one):
    text = ("Detox beds are bought from the inpatient unit run by Central and North West London NHS Foundation Trust, "
            "on a ward it rents at North Middlesex University Hospital.")
    assert names(extract_one, text) == {"Central and North West London NHS Foundation Trust"}


def test_mental_health_care_from_a_trusts_community_team_is_other_care(extract_one):
    text = ("Change Grow Live will run the new recovery service. Mental health care for residents will come from the "
            "community team at the Lister Centre, which is run by Cambridgeshire and Peterborough NHS Foundation Trust.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_a_short_names_own_residential_service_names_the_provider(extract_one):
    text = "Nine of the twelve women referred this year went to Phoenix's residential service in Sheffield."
    assert names(extract_one, text) == {"Phoenix Futures"}
    assert names(extract_one, "She rose again like a phoenix. Phoenix's story began in a Wirral kitchen.") == set()



def test_a_trust_that_provided_a_room_only_hosts(extract_one):
    text = ("Ms Pemberton said referrals from hospital doubled after the liaison workers moved into the Royal Albert "
            "Edward Infirmary, where Wrightington, Wigan and Leigh NHS Foundation Trust had provided a room free of charge.")
    assert extract_one(text)["providers"] == []


def test_a_short_name_after_a_council_department_head_is_the_department(extract_one):
    text = ("In attendance: Perdita Voss (Assistant Director, Inclusion); Aldous Vellacott (Operations Manager, Turning "
            "Point).\n17.1 The Head of Inclusion presented the strategy for pupils with special educational needs.")
    assert [p["row"]["name"] for p in extract_one(text)["providers"]] == ["Turning Point"]


def test_a_peer_group_that_grew_out_of_a_service_is_no_provider(extract_one):
    text = ("The walk is organised by volunteers from Stennerby Recovery Community, the peer group that grew out of the "
            "city's adult drug and alcohol service. The service is run by Humankind.")
    assert [p["row"]["name"] for p in extract_one(text)["providers"]] == ["Humankind"]


def test_a_trust_that_needs_its_rooms_back_is_the_landlord(extract_one):
    text = ("The base is moving rather than closing. Northumbria Healthcare NHS Foundation Trust needed the rooms for "
            "outpatient clinics and had given notice on the lease. Cumbria, Northumberland, Tyne and Wear NHS Foundation "
            "Trust, which runs the county's drug and alcohol service, has taken premises in the town centre.")
    assert [p["row"]["name"] for p in extract_one(text)["providers"]] == ["Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust"]


def test_a_trust_a_service_is_given_in_partnership_with_is_a_provider(extract_one):
    text = ("The alcohol care team is run by Humankind in partnership with Cheshire and Wirral Partnership NHS "
            "Foundation Trust, which provides consultant psychiatrist cover.\n"
            "Prescribing will again be delivered in partnership with Sussex Partnership NHS Foundation Trust, while the "
            "hospital workers stay at the Royal Sussex County Hospital, which is run by another trust.")
    names = {p["row"]["name"] for p in extract_one(text)["providers"]}
    assert names == {"Humankind", "Cheshire and Wirral Partnership NHS Foundation Trust", "Sussex Partnership NHS Foundation Trust"}


def test_a_trust_worked_with_so_its_hospital_refers_patients_is_outside_the_service(extract_one):
    text = ("The committee recommends that the council works with Gateshead Health NHS Foundation Trust so that the "
            "Queen Elizabeth Hospital refers patients to the treatment service before discharge. The service is run by "
            "Humankind.\n47. Proposed Award of Contract: Integrated Substance Misuse Service (Pre-Decision Scrutiny)")
    assert [p["row"]["name"] for p in extract_one(text)["providers"]] == ["Humankind"]


def test_a_hospitals_initials_and_an_officer_joined_to_a_trust_are_no_provider_names(extract_one):
    text = ("Patients at the Queen Elizabeth Hospital will be seen by recovery navigators from Change Grow Live.\n"
            "In a statement, the charity said: “We are delighted to be working with the QEH.”\n"
            "(2) That the Director of Public Health and Leeds and York Partnership NHS Foundation Trust be asked to agree "
            "a joint protocol for people in drug treatment.")
    names = {p["row"]["name"] for p in extract_one(text)["providers"]}
    assert "QEH" not in names and "Change Grow Live" in names and not any(n.startswith("Director") for n in names)


def test_a_trust_running_a_mental_health_crisis_service_is_other_care(extract_one):
    text = ("Staff can refer directly to the First Response crisis service run by Bradford District Care NHS Foundation "
            "Trust. The drug and alcohol service is run by Change Grow Live.")
    assert [p["row"]["name"] for p in extract_one(text)["providers"]] == ["Change Grow Live"]


def test_a_trust_named_only_for_a_listed_psychiatrist_and_a_protocol_it_is_asked_to_agree_is_no_provider(extract_one):
    text = ("In attendance: Dr Orla Tennick (Consultant Psychiatrist, Wethercombe Partnership NHS Foundation Trust); "
            "Jo Bell (Service Manager, Humankind)\n"
            "(2) That the Director of Public Health and Wethercombe Partnership NHS Foundation Trust be asked to agree a "
            "joint protocol for adults with co-occurring mental health and substance use needs.")
    assert [p["row"]["name"] for p in extract_one(text)["providers"]] == ["Humankind"]
    # an addiction psychiatrist's trust, named so, does give treatment
    # so does one the text later says that clinician's trust runs part of the treatment system
    said = text + "\nDr Tennick, whose trust runs the dual diagnosis service within the treatment system, said it was working."
    assert {p["row"]["name"] for p in extract_one(said)["providers"]} == {"Humankind", "Wethercombe Partnership NHS Foundation Trust"}
    text = text.replace("(Consultant Psychiatrist,", "(Consultant in Addiction Psychiatry,")
    assert {p["row"]["name"] for p in extract_one(text)["providers"]} == {"Humankind", "Wethercombe Partnership NHS Foundation Trust"}


def test_a_trust_the_text_says_will_not_run_treatment_is_no_provider(extract_one):
    text = ("Drug and alcohol workers will be based with mental health staff under a new arrangement between Wethercombe "
            "and Fernwick NHS Foundation Trust (WFT) and the city's drug and alcohol treatment service, run by Inclusion. "
            "WFT will provide clinic space and, with consent, shared records, but will not take on the running of drug "
            "and alcohol treatment.")
    assert [p["row"]["name"] for p in extract_one(text)["providers"]] == ["Inclusion"]
    text = text.replace("but will not take on the running of", "and will take on the running of")
    assert "Wethercombe and Fernwick NHS Foundation Trust" in {p["row"]["name"] for p in extract_one(text)["providers"]}


def test_a_partner_with_volunteers_of_its_own_named_after_the_team_it_helps_deliver(extract_one):
    text = ("More than 3,000 patients have been seen by the alcohol care team at the city's hospitals in its first "
            "year.\nThe team is delivered by Humankind in partnership with Likewise, whose peer volunteers meet "
            "patients on the wards.")
    assert [p["row"]["name"] for p in extract_one(text)["providers"]] == ["Humankind", "Likewise"]
    # a paragraph opening on what else the service does names no partner in running it
    text = ("The drug and alcohol service run by Humankind opened in May.\nThe new service will run weekly football "
            "sessions in partnership with the Fernwick Town Foundation.")
    assert [p["row"]["name"] for p in extract_one(text)["providers"]] == ["Humankind"]
    # the word as a sentence adverb is no name
    text = "The team is delivered by Humankind. Likewise, the volunteers meet patients on the wards."
    assert [p["row"]["name"] for p in extract_one(text)["providers"]] == ["Humankind"]


def test_a_name_its_apposition_calls_a_peer_group_is_no_provider(extract_one):
    text = ("The sessions are run by Fernwick Tide Recovery, a peer group set up this spring by two women who met at a "
            "treatment group, with instructors paid for by Humankind, which provides drug and alcohol services.")
    assert [p["row"]["name"] for p in extract_one(text)["providers"]] == ["Humankind"]
    text = text.replace("a peer group set up this spring by two women", "a peer-led charity set up this spring by two women")
    assert {p["row"]["name"] for p in extract_one(text)["providers"]} == {"Fernwick Tide Recovery", "Humankind"}


def test_a_trust_managing_the_space_a_clinic_uses_only_hosts(extract_one):
    text = ("Turning Point has delivered the county's drug and alcohol service since 2016. The service has hubs in "
            "three towns and a clinic at Fernwick Hospital in space managed by Wethercombe Partnership NHS Trust.")
    assert [p["row"]["name"] for p in extract_one(text)["providers"]] == ["Turning Point"]


def test_the_trust_whose_laboratory_tests_the_samples_is_no_provider(extract_one):
    text = ("People in the Dales can now be tested for hepatitis C at the drug and alcohol clinics run by Humankind. "
            "Blood samples taken at the clinics will be tested by Wethercombe and District NHS Foundation Trust, and "
            "anyone who needs treatment will be referred to the trust's specialist nurses.")
    assert names(extract_one, text) == {"Humankind"}
    # where the trust also runs the clinics, it is a provider
    both = text.replace("run by Humankind", "run by Humankind and Wethercombe and District NHS Foundation Trust")
    assert names(extract_one, both) == {"Humankind", "Wethercombe and District NHS Foundation Trust"}


def test_the_trust_that_lends_the_meeting_its_room_is_no_provider(extract_one):
    text = ("Minutes of the meeting held at Wethercombe Hospital on 18 July 2019, by kind permission of Fernwick and "
            "District NHS Foundation Trust\n"
            "The Board received an update on the drug and alcohol treatment service run by Change Grow Live.")
    assert names(extract_one, text) == {"Change Grow Live"}


def test_the_trust_a_service_leases_its_building_from_is_no_provider(extract_one):
    text = ("The drug and alcohol service run by Via must leave its hub on Quillhaven Road. Its lease from Fernwick "
            "and District NHS Foundation Trust, which owns the building, ends in March.")
    assert names(extract_one, text) == {"Via"}


def test_a_board_members_trust_in_the_attendance_list_is_no_provider(extract_one):
    text = ("PRESENT: Councillor Idris Pellow (Chair), Dr Orla Tennick (Medical Director, Fernwick NHS and Social Care "
            "Partnership Trust) and Ms Tamsin Oakhurst (Healthwatch)\n"
            "The Board noted that the adult drug and alcohol service is provided by Turning Point.")
    assert names(extract_one, text) == {"Turning Point"}
    # where the text says the trust runs part of the service, it is a provider
    runs = text.replace("is provided by Turning Point", "is provided by Turning Point and Fernwick NHS and Social "
                                                        "Care Partnership Trust")
    assert names(extract_one, runs) == {"Turning Point", "Fernwick NHS and Social Care Partnership Trust"}
    # (or says later what "the trust" runs)
    later = text + "\nDr Tennick said that the trust, which led the prescribing service, had cut waits to 19 days."
    assert names(extract_one, later) == {"Turning Point", "Fernwick NHS and Social Care Partnership Trust"}


def test_a_trust_that_lends_leases_or_makes_a_place_available_is_no_provider(extract_one):
    lent = ("The new recovery hub run by Phoenix Futures was launched at the Kingsway site of Wethercombe Healthcare NHS "
            "Foundation Trust, which has lent the service space for group sessions while its base is refurbished.")
    assert names(extract_one, lent) == {"Phoenix Futures"}
    leased = ("The drug and alcohol hub run by Humankind occupies the ground floor of a former clinic that Fernwick and "
              "District NHS Foundation Trust has leased to the council for a peppercorn rent.")
    assert names(extract_one, leased) == {"Humankind"}
    available = ("A celebration for people in recovery from drugs and alcohol, organised by the treatment service run "
                 "by Humankind, will be held in the education centre at Quillhaven Hospital, which Quillhaven and "
                 "District NHS Foundation Trust has made available for the day.")
    assert names(extract_one, available) == {"Humankind"}


def test_a_month_of_events_that_runs_through_september_is_no_provider(extract_one):
    text = ("People who have rebuilt their lives after problems with drugs are sharing their stories as part of "
            "Recovery Month, which runs throughout September. The drug and alcohol service is run by Humankind.")
    assert names(extract_one, text) == {"Humankind"}


def test_a_trust_that_invites_a_meeting_is_no_provider(extract_one):
    invited = ("Minutes of the meeting held at Wethercombe Hospital, by kind invitation of Wethercombe Health NHS Trust\n"
               "The Board heard that the drug and alcohol service run by Change Grow Live had 1,200 people in treatment.")
    assert names(extract_one, invited) == {"Change Grow Live"}


def test_the_trust_a_listed_consultant_reports_on_runs_the_unit(extract_one):
    text = ("Also in attendance: Dr Orla Tennick (Consultant Psychiatrist, Fernwick Partnership NHS Foundation Trust); "
            "Caroline Bray (Service Manager, With You)\n"
            "Dr Tennick reported that the inpatient detox unit at Quillhaven Hospital, which the trust runs, now had "
            "14 beds. Patients are admitted from the wards of Wethercombe Hospitals NHS Trust.")
    assert names(extract_one, text) == {"With You", "Fernwick Partnership NHS Foundation Trust"}
    # (not the trust's other field: "Dr X said that the trust, which provides secondary mental health services, ...")
    other = ("Also in attendance: Dr Orla Tennick (Consultant Psychiatrist, Fernwick Partnership NHS Foundation Trust)\n"
             "The adult drug and alcohol service is run by With You. Dr Tennick said that the trust, which provides "
             "secondary mental health services across the district, had appointed a dual diagnosis nurse.")
    assert names(extract_one, other) == {"With You"}


def test_a_needs_assessment_is_no_provider(extract_one):
    text = ("This report summarises the drugs and alcohol chapter of the joint strategic needs assessment (JSNA). The "
            "following account was given to the JSNA team by a man who completed treatment with With You.")
    assert names(extract_one, text) == {"With You"}


def test_a_trust_that_lends_its_centre_or_is_thanked_for_hosting_is_no_provider(extract_one):
    lent = ("The drug and alcohol service run by With You moved to a new hub in May. Staff were trained for the move at "
            "Wethercombe Hospital, where Wethercombe Hospitals NHS Foundation Trust lent its education centre for a week.")
    assert names(extract_one, lent) == {"With You"}
    thanked = ("1.1 The Chair thanked Fernwick NHS Trust for hosting the meeting.\n"
               "1.2 The Board heard that the drug and alcohol treatment service run by Turning Point had cut waits.")
    assert names(extract_one, thanked) == {"Turning Point"}
