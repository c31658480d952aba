"""The people table: names, roles, organisations and meeting roles as the text gives them, on
sentences written for these tests."""
import pytest

from recoverywatch.extract.people import People, clean_name, role_keys


def table(nlp, text):
    return {p.name: p for p in People(nlp(text)).people}


def test_clean_name_drops_titles_initials_and_possessives():
    assert clean_name("Dr Peter J. Lund") == "Peter Lund"
    assert clean_name("Cllr Mary Jo Hart’s") == "Mary Jo Hart"
    assert clean_name("Councillors Grieve") == "Grieve"


def test_role_keys_fold_meeting_roles():
    assert {"leader", "chair", "leader of the council"} <= role_keys("Leader of the Council, in the Chair")
    assert "cabinet member for health" in role_keys("Barnsley’s cabinet member for health")
    assert "chair" in role_keys("Chairman")


def test_a_partys_leader_in_opposition_is_not_the_leader():
    assert "leader" not in role_keys("Opposition Labour leader")
    assert "leader" not in role_keys("Conservative group leader")
    assert "leader" in role_keys("Council Leader")


def test_attendance_list_splits_names_joined_by_and(nlp):
    people = table(nlp, "Present: Councillor Asha Reid (Chair); Councillors Lund and Pryce; "
                        "Dr Ben Ode (Director of Public Health)")
    assert {"Asha Reid", "Lund", "Pryce", "Ben Ode"} <= set(people)
    assert "chair" in people["Asha Reid"].roles
    assert people["Ben Ode"].role == "Director of Public Health"
    assert not any(" and " in name for name in people)


def test_a_clause_is_not_a_role(nlp):
    people = table(nlp, "Jo Marsh, who runs the drop-in centre, said the cafe was busy. "
                        "Sam Ellis, speaking at the launch, said more volunteers were needed.")
    assert people["Jo Marsh"].role is None and people["Sam Ellis"].role is None


def test_who_is_the_role_keeps_the_noun_phrase(nlp):
    people = table(nlp, "Kate Rowe, who is the service manager, said the team had grown.")
    assert people["Kate Rowe"].role == "the service manager"


def test_a_who_clause_inside_the_apposition_is_no_part_of_the_role(nlp):
    people = table(nlp, "Dr Marit Brindlecombe, a consultant in addiction psychiatry who has audited the "
                        "clinics for six years, said waiting times had halved.")
    assert people["Marit Brindlecombe"].role == "a consultant in addiction psychiatry"


def test_an_age_is_not_a_role(nlp):
    people = table(nlp, "Gary Nolan, 41, said he had been in recovery for three years.")
    assert people["Gary Nolan"].role is None


def test_the_organisation_a_person_speaks_for(nlp):
    people = table(nlp, "Lucy Brand, chief executive of Humankind, said the service would expand. "
                        "Cllr Tom Reese, Wigan Council’s cabinet member for health, agreed. "
                        "Karen Holt, clinical lead at CGL, said referrals were rising.")
    assert people["Lucy Brand"].org == "Humankind"
    assert people["Tom Reese"].org == "Wigan Council"
    assert people["Karen Holt"].org == "Change Grow Live"


def test_a_subject_role_is_not_an_organisation(nlp):
    people = table(nlp, "Dr Mia Lees, Director of Public Health, presented the report. "
                        "Councillor Ed Pyle, Cabinet Member for Adults and Health, replied.")
    assert people["Mia Lees"].org is None and people["Ed Pyle"].org is None


def test_gender_from_title_and_from_a_following_pronoun(nlp):
    people = table(nlp, "Mrs Ann Cole chaired the group. Rob Tate joined in May. His sister came too.")
    assert people["Ann Cole"].gender == "f" and people["Rob Tate"].gender == "m"


def test_a_prepositional_phrase_is_not_a_role(nlp):
    people = table(nlp, "Lee Moss, in recovery himself for six years, now runs the group.")
    assert people["Lee Moss"].role is None


def test_an_item_number_does_not_open_a_role(nlp):
    people = table(nlp, "Present: Councillor Ann Pike (Chair)\n7.2 The Chair, Councillor Ann Pike, welcomed the report.\n"
                        "7.3 Councillor Joe Marr asked about waiting times.")
    assert people["Joe Marr"].role == "Councillor"


def test_the_councils_cabinet_member_speaks_for_the_council_of_the_story(nlp):
    people = table(nlp, "Wigan Council has opened a new recovery hub in the town centre. "
                        "Cllr Kath Lowe, the council’s cabinet member for health, said it was a good day.")
    assert people["Kath Lowe"].org == "Wigan Council"


def test_the_county_councils_cabinet_member_speaks_for_the_county_not_a_district_it_names(nlp):
    people = table(nlp, "Suffolk County Council has opened a recovery hub in Lowestoft with Waveney District Council.\n"
                        "Cllr Tessa Brannock, the county council’s cabinet member for health, said it was needed.")
    assert people["Tessa Brannock"].org == "Suffolk County Council"


def test_the_county_council_of_a_county_the_registry_names_with_county_is_named_once(nlp):
    people = table(nlp, "A recovery cafe has opened in Aylesbury, Buckinghamshire.\n"
                        "Cllr Rhona Petters, the county council’s cabinet member for health, said it was welcome.")
    assert people["Rhona Petters"].org == "Buckinghamshire County Council"


def test_a_possessive_that_is_not_a_name_is_no_organisation(nlp):
    people = table(nlp, "Kirsty Dale, one of the group’s founders, said it had grown.")
    assert people["Kirsty Dale"].org is None and people["Kirsty Dale"].role == "one of the group’s founders"


def test_an_organisation_the_model_calls_a_person_is_not_one(nlp):
    assert "Healthwatch Barnsley" not in table(nlp, "Healthwatch Barnsley said the survey would close in May.")


def test_the_charity_in_a_role_is_the_one_provider_named(nlp):
    people = table(nlp, "The service is run by Humankind. Ellen Pike, the charity’s regional director, said it had grown.")
    assert people["Ellen Pike"].org == "Humankind"


def test_an_organisation_after_a_department_in_a_role(nlp):
    people = table(nlp, "Alice Marsden, Head of Operations for Turning Point in Norfolk, said staff were ready.")
    assert people["Alice Marsden"].org == "Turning Point"


def test_mrs_and_a_surname_shared_with_her_son_is_the_mother(nlp):
    text = ("When Gwenllian Quarrendon’s son rang from a police cell, she feared the worst.\n"
            "Mrs Quarrendon, 58, now runs a support group for parents of people who use drugs.\n"
            "Her son, Caradoc Quarrendon, now 28, went through a detox.\n"
            "“She kept picking up the phone,” Caradoc said.\n"
            "Mrs Quarrendon said the rehab place had been the turning point.")
    people = People(nlp(text))
    last = text.rindex("Mrs Quarrendon")
    assert [m.person.name for m in people.mentions if m.start == last] == ["Gwenllian Quarrendon"]


@pytest.mark.parametrize("sep", [" | ", " – ", "\t"])
def test_an_attendance_table_row_gives_name_and_role(nlp, sep):
    # a committee system's attendance table, its cells run into one line of text
    rows = ["Attendance", sep.join(["Member", "Role", "Attendance"]),
            sep.join(["Councillor Maud Aldersey", "Chair", "Present"]),
            sep.join(["Councillor Ivo Killigrew", "Vice-Chair", "Apologies"]),
            sep.join(["Councillor Bea Fettiplace", "Committee Member", "Present"])]
    people = table(nlp, "\n".join(rows) + "\n3.1 The Chair welcomed everyone to the meeting.")
    assert set(people) == {"Maud Aldersey", "Ivo Killigrew", "Bea Fettiplace"}
    assert "chair" in people["Maud Aldersey"].roles
    assert "vice-chair" in people["Ivo Killigrew"].roles and "chair" not in people["Ivo Killigrew"].roles


def test_a_prepositional_phrase_after_a_name_is_no_role(nlp):
    people = table(nlp, "Cllr Ava Pembridge said she had met the regional director, Jane Ellingthorpe, before the "
                        "decision and had asked her to report to councillors twice a year.")
    assert not (people["Jane Ellingthorpe"].role or "").startswith("before")


def test_titled_names_listed_with_commas_are_not_each_others_roles(nlp):
    people = table(nlp, "Present: Councillor Maud Aldersey (Chair), Councillor Ivo Killigrew, Councillor Bea Fettiplace "
                        "and Dr Anwen Scarisbrick (Director of Public Health)")
    assert people["Ivo Killigrew"].role in (None, "Councillor")
    assert people["Anwen Scarisbrick"].role == "Director of Public Health"


def test_a_described_place_and_a_saints_hospital_or_trust_are_nobodys_names(nlp):
    text = ("“We would expect to be judged on outcomes,” he said.\nNeighbouring Merton, whose residents use the same "
            "detox ward, is also reviewing its services, and officers from the two boroughs have met. Its nurses staff "
            "the ward run by Guy’s and St Luke’ NHS Foundation Trust and the beds at St Luke's Hospital.")
    assert table(nlp, text) == {}



def test_a_street_in_a_headline_link_is_nobodys_name(nlp):
    assert table(nlp, "READ MORE: Gildersome Avenue bus lane fines top £1m in first 6 months") == {}


def _read_as(doc, text, label):
    """The doc as the model reads it in some contexts: `text` one entity with `label`."""
    from spacy.tokens import Span
    start = doc.text.index(text)
    span = doc.char_span(start, start + len(text), label=label)
    doc.set_ents([span], default="unmodified")
    return doc


def test_a_double_barrelled_surname_read_as_an_organisation_is_a_person(nlp):
    text = ("Assistant coroner Philippa Ancrum-Lyle recorded a conclusion of drug-related death.\n"
            "Among the first through the door was Declan Fairbrass-Oyelowo, 45, from Ossett.")
    doc = nlp(text)
    for name in ("Ancrum-Lyle", "Declan Fairbrass-Oyelowo"):
        doc = _read_as(doc, name, "ORG")
    people = {p.name: p for p in People(doc).people}
    assert {"Philippa Ancrum-Lyle", "Declan Fairbrass-Oyelowo"} <= set(people)
    assert "coroner" in people["Philippa Ancrum-Lyle"].roles


def test_an_organisations_local_name_read_as_a_person_is_not_one(nlp):
    text = "In attendance: Marisol Ruddiforth (Team Leader, Humankind Darlington)"
    doc = _read_as(nlp(text), "Humankind Darlington", "PERSON")
    assert set(table_of(doc)) == {"Marisol Ruddiforth"}


def table_of(doc):
    places = {"Darlington"}
    return {p.name: p for p in People(doc, {"Humankind"}, places).people}


def test_a_portfolio_is_no_organisation_but_a_body_after_a_job_is():
    from recoverywatch.extract.people import org_of
    assert org_of("Councillor, Cabinet Member for Public Health and Public Protection", {}) is None
    assert org_of("Associate Director for Substance Misuse, Surrey and Borders Partnership NHS Foundation Trust", {}) \
        == "Surrey and Borders Partnership NHS Foundation Trust"


def test_the_short_name_of_an_organisation_the_text_names_is_no_person(nlp):
    text = ("Pike Wind Recovery, a community interest company set up in 2018 by three people in long-term recovery, "
            "runs mutual aid meetings and peer support in the valley.\n"
            "Pike Wind’s director, Neil Brackwell, 51, said people faced a long trip to reach the nearest treatment hub.")
    names = {p.name for p in People(nlp(text), orgs={"Pike Wind Recovery"}).people}
    assert "Neil Brackwell" in names and "Pike Wind" not in names


def test_a_surname_like_street_after_a_compass_word_is_no_person_and_letters_after_a_name_are_dropped(nlp):
    people = table(nlp, "The hub in West Haverleigh Lane opens on Monday, said Jo Trevisker.")
    assert set(people) == {"Jo Trevisker"}
    assert clean_name("Graham Sandholme JP") == "Graham Sandholme"
