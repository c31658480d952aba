def names(extract_one, text):
    return {p["row"]["name"] for p in extract_one(text)["providers"]}


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
