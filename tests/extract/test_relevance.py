import re

from recoverywatch.extract.relevance import _terms, is_relevant, relevance_score


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


FILLER = ("Members noted the report on the resurfacing of the ring road and the timetable for the works, "
          "and asked officers to write to residents about the parking suspensions that will be needed. ")


def test_a_committee_item_on_drug_related_deaths_in_long_minutes_is_relevant():
    deaths_item = ("7. Drug-related deaths. The director of public health reported that drug-related deaths had "
                   "risen for a third year. Most of the people who died were not in treatment at the time, and "
                   "half had left the drug and alcohol service in the previous year. Members asked how many "
                   "referrals came from the hospital, and the substance misuse commissioner said a new team "
                   "would contact everyone who left structured treatment early. The board agreed to fund naloxone "
                   "for every hostel and to review the drug and alcohol treatment contract in the spring.")
    text = "\n".join([FILLER * 5] * 6 + [deaths_item] + [FILLER * 5] * 6)
    assert is_relevant(relevance_score("Cabinet, 4 March: minutes of the meeting", text))
    assert not is_relevant(relevance_score("Cabinet, 4 March: minutes of the meeting", "\n".join([FILLER * 4] * 4)))


def test_enforcement_story_that_sends_people_to_treatment_is_relevant():
    raid = ("Officers forced entry to the flat at dawn and arrested two men on suspicion of supplying Class A "
            "drugs. A warrant was executed at a second address nearby, where cash and phones were seized. ")
    text = "\n".join([
        "Police closed a flat used to sell crack cocaine after complaints from neighbours about visitors at night.",
        raid * 3, raid * 3, raid * 3, raid * 3,
        "People found using drugs at the address were not prosecuted. Instead they were referred to the drug and "
        "alcohol service under the force's diversion scheme, and 14 of them have since started treatment with the "
        "borough's recovery service. Their recovery workers meet them within a week of the referral and the "
        "drug treatment team offers naloxone to everyone who comes in.",
        "Inspector Jo Bell said the closure order would last three months.",
    ])
    assert is_relevant(relevance_score("Crack house closed after neighbours' complaints", text))


def test_a_licensing_review_that_mentions_treatment_is_not():
    text = "\n".join([
        "The licensing sub-committee reviewed the premises licence of the Swan after police reported fights and "
        "sales of alcohol to people who were already drunk.",
        "The panel heard that the licence holder had not trained staff and that the licensing objectives were "
        "not being met. A resident said one regular had needed alcohol treatment.",
        "The panel suspended the premises licence for three months and added conditions on door staff.",
    ])
    assert not is_relevant(relevance_score("Licence review: the Swan, High Street", text))


def test_a_police_and_crime_panel_is_not_about_treatment():
    from recoverywatch.extract.relevance import is_relevant, relevance_score
    text = ("The Commissioner presented the Police and Crime Plan update. Drug trafficking offences rose and "
            "county lines activity spread to the market towns. The Police and Crime Commissioner said more "
            "officers would be posted. In answer to a question, the Commissioner confirmed that drug and alcohol "
            "treatment was commissioned by the County Council and was not funded from the policing budget. ") * 2
    assert not is_relevant(relevance_score("Police and Crime Panel minutes", text))


def test_short_service_stories_without_the_core_phrase_are_relevant():
    text = ("A drop-in clinic for people worried about their drinking has started at the health centre, run every "
            "Thursday afternoon by the community addictions team of the local NHS trust. The specialist nurse said "
            "around 90 people were being seen each month. The trust's addictions service will review the clinic in "
            "the spring.")
    assert is_relevant(relevance_score("Drop-in clinic for drinkers opens", text))
    text = ("The Police and Crime Commissioner has agreed funding to put drug and alcohol workers into the county's "
            "custody suites. The workers will see anyone arrested for an offence linked to drugs or alcohol and "
            "offer them an assessment and a route into treatment where they live.")
    assert is_relevant(relevance_score("Commissioner funds drug and alcohol workers in custody suites", text))


def test_a_sentencing_story_with_a_rehabilitation_requirement_is_not_about_treatment():
    story = ("A Halbury man who sold crack cocaine and heroin from a rented flat above a takeaway has been jailed "
             "for three years and four months.\n"
             "Fennick Crown Court heard that officers who forced the door in March found 30 wraps, a set of scales "
             "and £1,900 in cash in a kitchen drawer, and that messages on two phones showed a steady trade.\n"
             "Prosecuting, Ms Ola Brightling said he had been dealing for most of the previous year and had been "
             "warned by neighbours more than once.\n"
             "Defending, Mr Tam Orrin said his client had been addicted to heroin since his late teens and asked for "
             "a community order with a drug rehabilitation requirement.\n"
             "The judge said the offending was too serious for that. He had admitted possession with intent to "
             "supply class A drugs at an earlier hearing, and a proceeds of crime hearing will follow in the autumn.")
    assert not is_relevant(relevance_score("Heroin dealer jailed after police find wraps in flat", story))


def test_a_treatment_story_that_mentions_a_court_order_stays_relevant():
    story = ("People given a drug rehabilitation requirement by the courts in Halbury now start treatment within a "
             "week. The drug and alcohol service has a worker at the magistrates' court every day, and referrals "
             "from probation have doubled. The judge in one case said the service had turned a life around. "
             "Recovery workers meet each person on the day they are sentenced.")
    assert is_relevant(relevance_score("Faster drug treatment for people on court orders", story))


def test_another_public_health_service_that_names_treatment_once_is_not_about_it():
    story = ("Hollinbrook Council is looking for a new organisation to run its sexual health services, with the "
             "contract set to fall by £250,000 a year. The service offers testing for sexually transmitted "
             "infections, contraception and HIV prevention from two clinics and an outreach van.\n"
             "The council said the public health grant, which also pays for stop smoking support and drug and alcohol "
             "treatment, had not kept pace with costs. Bidders will be asked to keep both clinics open.")
    assert not is_relevant(relevance_score("Sexual health contract put out to tender with £250,000 cut", story))


def test_a_hospital_alcohol_care_team_story_is_relevant():
    story = ("A hospital team that sees patients admitted because of drinking has cut repeat visits to the emergency "
             "department by a third, a report has found. The alcohol care team's nurses see patients on the wards "
             "and in A&E, and refer them on to community services before they go home.\n"
             "The trust's alcohol specialist nurses saw 1,900 patients last year. Many had never asked for help with "
             "their drinking before, the report says.")
    assert is_relevant(relevance_score("Hospital alcohol nurses cut repeat A&E visits", story))


def test_a_sentence_on_treatment_in_minutes_about_smoking_is_not_a_section_about_treatment():
    item = [FILLER * 3, "The Cabinet Member said smoking was still the biggest cause of early death in the borough.",
            "Members asked why stop smoking support was not commissioned together with drug and alcohol treatment. "
            "Officers said the substance misuse service already hosted a smoking adviser each week.",
            "Members asked to see the quit rates for smokers in a year.", FILLER * 3]
    assert not is_relevant(relevance_score("Cabinet, 4 March: stop smoking grant", "\n".join([FILLER * 5] * 4 + item)))


def test_a_commissioner_funding_drug_workers_in_custody_is_relevant():
    story = ("The county’s Police and Crime Commissioner is to pay for drug workers to be based in the custody suites "
             "at two police stations for the next two years, at a cost of £340,000.\n"
             "The workers will be employed by a treatment charity and will see people brought into custody after being "
             "arrested for shoplifting and burglary where drugs or alcohol are thought to be a factor. Of those tested "
             "on arrest for heroin and cocaine, 41 per cent tested positive.\n"
             "The commissioner said: “When somebody is at their lowest point in a police cell, that can be the moment to "
             "offer them help. If we can get them into treatment, the victims of next year’s burglaries will never know "
             "how close they came.”\n"
             "The charity’s area manager said drug workers would be on duty from 8am to 10pm and would aim to see everybody "
             "arrested, and the police and crime commissioner’s office will publish the results.")
    assert is_relevant(relevance_score("Commissioner funds drug workers in police custody suites", story))


def test_a_youth_drug_story_that_mentions_vapes_stays_relevant():
    story = ("A youth club will host a weekly drink and drugs drop-in for teenagers run by the young people's substance "
             "misuse service, after referrals of 13-year-olds rose sharply.\n"
             "“A lot of it is cannabis, and vapes that turn out to contain something else,” the service's lead worker "
             "said. “By the time parents find out, it has often been going on for a year.”\n"
             "Young people can also be referred by schools, and a drug and alcohol worker will be at the club every Tuesday.")
    assert is_relevant(relevance_score("Youth club to host drink and drugs drop-in for teenagers", story))


def test_recovery_words_without_any_drug_or_drink_named_are_some_other_recovery():
    story = ("Stroke survivors are being trained as peer mentors to visit patients on the wards, in a recovery "
             "programme paid for from the council's public health budget.\n"
             "“I want people in that bed to see they can get there,” said one mentor, who had a stroke in 2019.\n"
             "The council commissioned the scheme after referrals rose, and the recovery service will review it.")
    assert not is_relevant(relevance_score("Peer mentors to help stroke patients on the road to recovery", story))


def test_a_drug_diversion_scheme_that_refers_people_straight_into_treatment_is_relevant():
    story = ("A scheme that sends people caught with small amounts of drugs on a course instead of to court is to be "
             "extended across the county, the Police and Crime Commissioner said.\n"
             "Under the drug diversion scheme, people caught with drugs for their own use must attend an assessment with a "
             "worker within 14 days, and anyone with a more serious problem is referred straight into treatment.\n"
             "In the pilot 900 people were offered the scheme and 700 completed it, the Office of the Police and Crime "
             "Commissioner said. The commissioner told the Police and Crime Panel that reoffending had fallen and that "
             "officers in two more towns would start using it in April.")
    assert is_relevant(relevance_score("Police diversion scheme to be extended", story))


def test_a_hospital_alcohol_team_a_commissioner_helps_fund_is_relevant():
    story = ("An alcohol care team at the city's hospital will start working at weekends after the council and the "
             "Police and Crime Commissioner agreed to share the cost.\n"
             "The team of nurses is employed by the mental health and substance misuse trust. Last year it saw 1,400 "
             "patients, and 500 were referred on to community treatment.\n"
             "The Police and Crime Commissioner said the money would ease pressure on officers at weekends.")
    assert is_relevant(relevance_score("Hospital alcohol team to work weekends", story))


def test_terms_count_whatever_the_case_of_the_text():
    lower = relevance_score(None, "naloxone kits and drug and alcohol treatment services for people in recovery")
    upper = relevance_score(None, "NALOXONE kits and Drug and Alcohol Treatment Services for people In Recovery")
    assert lower == upper > 0


def test_term_patterns_are_written_in_lower_case():
    # the text is lowered once before matching, so a capital in a pattern would never match
    assert not [rx.pattern for rx, _ in _terms() if re.search(r"[A-Z]", re.sub(r"\\.", "", rx.pattern))]


def test_a_police_and_crime_panel_item_on_a_custody_referral_scheme_is_relevant():
    # the panel is policing governance, but an item on the scheme that sends arrested people into
    # treatment is treatment news
    item = ("12 CUSTODY DRUG AND ALCOHOL REFERRAL SCHEME\n"
            "12.1 The Commissioner presented a report on the custody referral scheme his office had funded since 2019, "
            "under which drug and alcohol workers assessed people arrested at the custody suites and referred them into "
            "community treatment. The charity's contract was worth £300,000 a year.\n"
            "12.2 The regional manager reported that 1,100 people had been assessed in the year, of whom 40 per cent had "
            "gone on to attend a community treatment appointment. The Police and Crime Commissioner said the scheme "
            "would continue, and the Police and Crime Panel noted the report.")
    text = "Present: members of the Police and Crime Panel and the Police and Crime Commissioner.\n" + FILLER * 4 + "\n" + item
    assert is_relevant(relevance_score("Police and Crime Panel, 9 March 2021: custody referral scheme update", text, 2))


def test_a_rise_in_people_seeking_help_with_new_psychoactive_substances_is_relevant():
    # smoking spice or "this stuff" is no stop-smoking service; the charity that provides adult
    # treatment and the people who come forward for help are what the story is about
    text = ("The number of people asking for help with legal highs in Hartlepool has doubled in a year, according to "
            "the charity that runs the town's support. The charity, which has provided adult treatment in the town "
            "since 2015, said 71 people had come forward for help in the year to March, against 35 the year before. "
            "Many had been smoking synthetic cannabinoids sold as spice. 'They have been smoking this stuff every day "
            "for months,' the manager said. 'Because shops sold it openly, a lot of them never thought of it as a drug.' "
            "Hospital figures show 40 people were treated after taking the substances. The council said it would keep "
            "the drop-in open through the winter, and police said they would visit shops that sold it.")
    assert is_relevant(relevance_score("Sharp rise in legal high users seeking help", text))


def test_one_paragraph_saying_treatment_is_someone_elses_business_does_not_make_a_police_panel_relevant():
    police = ("The Panel considered the Commissioner's proposed precept, which would pay for 35 more officers in "
              "neighbourhood teams across the county and for a new control room at headquarters. ")
    side_note = ("Members asked whether any of the precept would be used to pay for drug treatment. The Commissioner "
                 "explained that drug and alcohol treatment services were commissioned by the two local authorities "
                 "from their public health grants and did not form part of the precept, although his office still "
                 "funded diversion schemes for young people.")
    text = "\n".join([police * 3] * 3 + [side_note] + [police * 3] * 2 + ["RESOLVED: That the precept be supported."])
    assert not is_relevant(relevance_score("Police and Crime Panel, 7 February: proposed precept", text))


def test_a_recovery_house_for_people_leaving_prison_is_relevant():
    title = "Recovery house opens for men leaving prison who want to stay clean"
    text = ("A house where men leaving prison can live while they stay off drugs has opened. It is run by a charity "
            "that already runs drug and alcohol programmes in three prisons.\n"
            "Each resident has a key worker and takes part in recovery activities every week. The cost is met by "
            "the Police and Crime Commissioner and the council.\n"
            "Nationally, fewer than half of those who left prison with a drug problem started treatment within three weeks.")
    assert is_relevant(relevance_score(title, text))


def test_young_people_asking_a_service_for_help_with_so_called_legal_highs():
    # the story is the service's caseload, told through what people ask it for help with
    text = ("The number of teenagers asking for help with so-called “legal highs” has doubled, according to the "
            "charity that runs the town’s drug and alcohol service for under-25s. It said 58 young people had come "
            "to it for help with new psychoactive substances last year. One girl ended up in hospital after smoking "
            "a herbal mix she had bought online. Young people can refer themselves through the website, and "
            "parents can phone for advice. The council pays for the service and has added money for an outreach "
            "worker in the evenings. Most of the powders were sold as plant food or bath salts in a shop that "
            "describes its stock as accessories, and the council’s trading standards team is looking at the labels.")
    assert is_relevant(relevance_score("More teenagers seek help over legal highs", text))


def _points(sentence):
    low = sentence.lower()
    return sum(weight * len(rx.findall(low)) for rx, weight in _terms())


def test_ways_a_court_report_tells_of_treatment_are_treatment_terms():
    for sentence in ("She referred herself to the drug service last year.",
                     "He has now been drug-free for eleven months.",
                     "More people are seeking help for cocaine than ever."):
        assert _points(sentence) > 0, sentence


def test_a_hospice_is_a_charity_event_only_as_the_cause_money_is_raised_for():
    assert _points("Hundreds ran the harbour 10k to raise money for the town's hospice.") < 0
    assert _points("He broke into the hospice shop on the high street.") == 0


def test_a_company_found_from_context_only_is_no_sign_of_treatment_news(extract_one):
    # a contract winner is a provider candidate wherever it is named; only a listed treatment
    # provider adds to the score (here the waste firm has "Recovery" in its name)
    text = ("The council's new waste contract was won by Marlpit Resource Recovery, a local company that already "
            "runs the recycling centres.\n"
            "The contract also covers clinical waste from pharmacies, including needles returned through needle "
            "exchange schemes.\n"
            "A spokesperson for Marlpit Resource Recovery said the firm would recruit 35 staff.\n"
            "Marlpit Resource Recovery will open a new depot in the spring.")
    rec = extract_one(text, title="Rubbish deal signed")
    assert not rec["relevant"]


def test_a_story_about_a_drug_service_is_relevant_though_it_never_says_treatment():
    text = ("Teenagers in Skegness who are anxious about their drinking can now see a worker at the young "
            "people's drug service after school on Thursdays, the county council said.\n"
            "The alcohol service for adults will share the building, and staff say calls from parents have "
            "doubled since the spring. Officers seized vapes laced with spice from two shops last month.\n"
            "Parents can ring the service or call in at the office on the high street.")
    assert is_relevant(relevance_score("Skegness young people's drug service to open after school", text))


def test_a_police_drugs_team_is_not_a_drug_service():
    text = ("The police drugs team raided a house in the town on Tuesday and arrested three men. Officers "
            "seized cannabis with a street value of £40,000 and the men were charged.\n") * 2
    assert not is_relevant(relevance_score("Police drugs team raids house", text))


def test_a_treatment_scheme_funded_by_the_police_and_crime_commissioner_is_relevant():
    text = ("People arrested in the county will be tested for drugs in custody and offered a fast route into "
            "treatment, under a scheme funded by the Police and Crime Commissioner.\n"
            "The Police and Crime Commissioner said the scheme would help people into treatment sooner. A drug "
            "worker will see everyone who tests positive and refer them into treatment.\n"
            "The office of the Police and Crime Commissioner will review the scheme after a year, and the Police and "
            "Crime Commissioner will report to the police and crime panel on how many people entered treatment.")
    assert is_relevant(relevance_score("Drug tests in custody to steer people into treatment", text))
    # a story about policing governance that names treatment once stays a lookalike
    panel = ("The police and crime panel approved the Police and Crime Commissioner's precept and the police and "
             "crime plan. The commissioner said treatment was commissioned by the councils.\n") * 2
    assert not is_relevant(relevance_score("Police and crime panel approves precept", panel))


def test_a_story_about_minimum_unit_pricing_is_not_about_treatment():
    text = ("Public health leaders in the county have backed a minimum unit price for alcohol after deaths from "
            "drink reached a new high.\n"
            "The cabinet member said councils spend millions a year on drug and alcohol treatment, and that a minimum "
            "price of 65p a unit would mean fewer people needing it.\n"
            "Figures from the Office for National Statistics show deaths caused by drink in the region rose for a "
            "fourth year running, and hospital admissions for liver disease are among the highest in England.\n"
            "The policy was introduced in Scotland in 2018 and in Wales two years later. Supporters say it targets "
            "the cheap, strong drinks bought by the heaviest drinkers while barely touching the price of a pint in "
            "a pub, and a regional campaign group said it would save dozens of lives a year.\n"
            "Retailers said the change would hit shoppers already struggling with rising bills, and argued that "
            "education would do more than price controls.\n"
            "A consultant at the city's main hospital said he now saw patients in their twenties with advanced liver "
            "disease, something that was almost unheard of when he qualified, and that the story nearly always "
            "started with cheap cider or vodka bought from a supermarket.\n"
            "The region has had the highest rate of deaths caused by drink of any English region for most of the last "
            "decade, according to the campaign group, and one in five adults drinks more than the weekly guideline.\n"
            "A government spokesperson said it had no plans for minimum unit pricing and would keep supporting local "
            "treatment services.")
    assert not is_relevant(relevance_score("County backs minimum price for alcohol", text))
    # a treatment story that names the policy in passing stays relevant
    service = ("The county's drug and alcohol service will open a second recovery hub, and its detox beds will rise "
               "from four to six. More people entered treatment last year than ever before.\n"
               "The director of public health also backed a minimum unit price for alcohol.")
    assert is_relevant(relevance_score("Second recovery hub for drug and alcohol service", service))


def test_an_alcohol_charitys_recovery_groups_are_treatment_news(extract_one):
    text = ("The phones at a Fellmoor alcohol charity have rung more often since lockdown, and referrals have doubled.\n\n"
            "From next week its face-to-face recovery groups will restart in four towns, after a year on video calls.\n\n"
            "The charity offers one-to-one counselling and support for the families of people who drink. Its chief "
            "executive said many callers had been social drinkers before the pandemic.")
    rec = extract_one(text, title="Fellmoor charity says calls have doubled as recovery groups return")
    assert rec["relevant"]


def test_an_employers_drug_and_alcohol_policy_for_its_own_staff_is_not_treatment():
    text = ("The committee considered the draft substance misuse policy for employees. Under it, 10% of staff in "
            "safety-critical roles such as refuse drivers would face random testing each year, and there had been "
            "12 disciplinary cases involving alcohol or drugs at work in three years. The union asked how random "
            "selection would work. Members asked for a report after the first year of testing. ") * 2
    assert not is_relevant(relevance_score("Scrutiny Committee: draft substance misuse policy for employees", text))


def test_a_charity_writing_of_its_day_programme_in_plain_words_is_relevant():
    # no "treatment service" anywhere: the charity's own account of a day with its members
    text = ("Mondays start early at Larkspur Lodge. By nine the kettle is on and the chairs are out in the "
            "back room. Larkspur Lodge is a small charity in the old dockyard. For fifteen years we have "
            "helped people in the city get free of drink and drugs and stay that way. We run a structured "
            "day programme, one-to-one key work and an aftercare group on Thursday evenings. "
            "Ten people came to the morning circle this week. One of them, Carl, reached ninety days clean, "
            "and another marked a year without a drink. The late morning group was about relapse prevention: "
            "the people, places and paydays that make using feel unavoidable. After lunch the peer mentors "
            "took a walking group along the river. Most of our volunteers came through the programme "
            "themselves, and they run the allotment, the kitchen rota and the Friday quiz. ")
    assert is_relevant(relevance_score("A Monday at Larkspur Lodge", text))
    # a mental health team's relapse prevention plan alone is not about drink or drugs
    text = ("The community mental health team reviewed its care plans this year. Every patient leaving the "
            "ward now has a relapse prevention plan agreed with their care coordinator, and the team has "
            "opened a Saturday clinic. Waiting times for a first appointment fell to three weeks. ") * 3
    assert not is_relevant(relevance_score("Mental health team reviews its care plans", text))


def test_an_impact_report_that_says_whose_drinking_it_treats_is_relevant():
    text = ("Since 2013 the charity has run the young people's drug and alcohol service for the county. We work with "
            "anyone under 19 whose own drinking or drug use is causing them problems, at school or at home.\n"
            "218 young people received specialist support, and three quarters reduced or stopped their use by the "
            "time they left us.\n"
            "Jade was 15 when her head of year referred her. She had stopped going to lessons, and her worker met her "
            "every week in the school library and later in a cafe near her home. She has a place at college now.\n"
            "We thank the county council, which funds the core service, the grant makers who pay for our parents' "
            "groups and the volunteers who ran activity days over the summer holidays, including a sponsored walk "
            "that raised enough for a minibus trip to the coast.\n")
    # an annual report runs long: the rest is about the year's events, staff and money
    text += ("The team moved to a new base beside the library in the spring, with two rooms for groups and a kitchen "
             "that the young people painted themselves over the Easter holidays. ") * 12
    assert is_relevant(relevance_score("Young people's service: impact report", text, provider_mentions=2))


def test_ways_a_feature_tells_of_drinking_treated_are_treatment_terms():
    for sentence in ("Someone who is drinking heavily gets noticed in a city.",
                     "Four in ten had never been in contact with treatment before.",
                     "The van takes alcohol support to farmers on market day."):
        assert _points(sentence) > 0, sentence


def test_a_better_care_fund_return_that_mentions_treatment_once_is_not_treatment_news():
    text = ("27 BETTER CARE FUND: QUARTER 3 RETURN\n"
            "27.1 The Board received the quarter 3 return for the Better Care Fund, which pools £16.3 million of council "
            "and NHS funding. Delayed discharges from hospital had fallen by 14 per cent since the first quarter.\n"
            "27.2 The Director of Public Health said alcohol was a factor in a growing share of emergency admissions. "
            "She noted that drug and alcohol treatment was not funded through the Better Care Fund.\n"
            "27.3 The Chair asked about the reablement service, which had been closed to new referrals for two weeks.\n"
            "27.4 RESOLVED: That the return be noted and a report on falls prevention be brought to the next meeting.\n")
    # the rest of the item is about discharge, beds and falls, as such a return is
    text += ("Members discussed the intermediate care beds at the care home, the home care hours bought each week and "
             "the number of people aged 65 and over who were still at home 91 days after leaving hospital. ") * 8
    assert not is_relevant(relevance_score("Health and Wellbeing Board: Better Care Fund quarter 3 return", text))


def test_a_project_for_people_with_drug_or_alcohol_problems_is_relevant():
    text = ("In a house on a quiet street, six women are cooking lunch together.\n"
            "The house is run by a local charity as part of a three-year project for mothers with drug or alcohol "
            "problems who are at risk of losing their children to care.\n"
            "The council says a parent’s drinking or drug use was a main factor in most of the care cases it "
            "brought last year.\n"
            + "One mother said the project had kept her family together, and that she hoped to start a college "
              "course in the autumn once her youngest had a nursery place near the house.\n" * 6)
    assert is_relevant(relevance_score("Mothers keep their babies", text, provider_mentions=1))


def test_a_service_that_will_not_offer_treatment_is_not_treatment_news():
    text = ("A crisis café for adults struggling with their mental health will open on weekday evenings next month.\n"
            "The café will not offer treatment for drug or alcohol problems, but staff can refer people on.\n"
            + "Volunteers will be trained in listening skills, and visitors can drop in without an appointment for a "
              "hot drink and a chat with someone who understands what a bad night feels like.\n" * 8)
    assert not is_relevant(relevance_score("Crisis café to open for evening visitors", text))


def test_a_board_paper_on_a_dual_diagnosis_pilot_is_relevant():
    text = ("The Medical Director introduced the report on the pilot, which places specialist practitioners in "
            "community mental health teams to work with people who have a serious mental illness and problems with "
            "drugs or alcohol.\n"
            + "Members asked about the staffing of the pilot, its governance and how its results would be reported to "
              "the Board at the end of its second year.\n" * 8)
    assert is_relevant(relevance_score("Board of Directors: dual diagnosis pilot report", text))


def test_a_street_drinking_order_that_points_to_support_once_is_not_treatment_news():
    text = ("Drinking in the street will be banned in the town centre after the cabinet approved a public spaces "
            "protection order.\n"
            "Anyone who refuses to hand over their alcohol can be given a £100 fixed penalty notice.\n"
            "The inspector said: \"Where someone needs help with their drinking, we will point them to the right "
            "place.\"\n"
            "Enforcement officers will carry leaflets about local drug and alcohol support.\n"
            + "Traders said shoppers had been put off by groups gathering near the market and welcomed the order.\n" * 14)
    assert not is_relevant(relevance_score("Street drinking ban approved for town centre", text))


def test_a_sentencing_story_with_probation_rehabilitation_terms_is_not_treatment_news():
    text = ("A delivery driver who had cocaine in his blood has been banned from driving for a year.\n"
            "He pleaded guilty to drug-driving and was given a community order with 100 hours of unpaid work and "
            "10 rehabilitation activity requirement days, supervised by the Community Rehabilitation Company.\n"
            "The chair of the bench said magistrates had considered a drug rehabilitation requirement but decided "
            "against it, as nothing suggested he had a drug problem that needed treatment.\n"
            + "He told magistrates he had lost his job and would probably lose his flat as well.\n" * 12)
    assert not is_relevant(relevance_score("Driver banned after drug test", text))


def test_a_service_named_junction_is_not_a_roads_story():
    text = ("The borough’s drug and alcohol recovery service, Recovery Crossing Junction, is celebrating ten years at "
            "its base in the town centre.\n"
            "Recovery Crossing Junction opened in 2013 and is run for the council by a national charity. Last year "
            "1,200 adults were in treatment there.\n"
            "Volunteers at Recovery Crossing Junction were thanked at an event on Friday, and three received long "
            "service awards.\n" + "The mayor presented certificates and thanked everyone who gives their time.\n" * 8)
    assert is_relevant(relevance_score("Recovery Crossing Junction marks ten years", text))
    roads = ("Drivers face delays at the junction of the High Street and Station Road while the roundabout is rebuilt. "
             "Traffic lights will control the junction with Mill Lane. ") * 4
    assert not is_relevant(relevance_score("Roadworks at town centre junction", roads))


def test_a_letters_page_with_one_letter_on_a_recovery_charity_is_relevant():
    text = ("Bin collections are a false economy\n"
            "So the district council wants to collect our general waste every three weeks. I have lived here for 30 "
            "years and never missed putting my bin out, but I dread to think what the close will smell like by August.\n"
            "Joan Tasker, Morwick\n"
            "Recovery charity deserves better\n"
            "For six years I have volunteered with Amblecote Recovery Trust, a small charity that runs counselling and "
            "a structured day programme for people trying to stop drinking or using drugs. Most of the people we see "
            "have been through detox with the county’s treatment service and come to us afterwards, when the risk of "
            "relapse is highest. Now the £30,000 a year we receive from the county council is to end.\n"
            "Harold Kingsmoor, Morwick\n"
            "Roadworks are choking the town\n"
            "The lane closures on the bypass have now been in place for nine weeks. Every morning I sit in a queue "
            "that stretches back past the garden centre, and nobody at the council will say when it ends.\n"
            "Letters should be no longer than 300 words and must include your name and address.")
    assert is_relevant(relevance_score("Letters: bins, a recovery charity's grant and the bypass roadworks", text))


def test_a_night_time_economy_review_that_puts_treatment_outside_its_remit_is_not_about_treatment():
    text = ("The task and finish group recommended that the council fund taxi marshals on Friday and Saturday nights "
            "and continue its support for the street pastors.\n"
            "Councillor Hobbs asked whether the group had looked at help for people with alcohol problems. The chair "
            "replied that drug and alcohol treatment was commissioned by the county council and had been outside the "
            "group’s terms of reference, although some of the people arrested in the town centre were already known "
            "to local services.\n"
            "A bar owner said most licensees supported the marshals but that a late-night levy would close small "
            "venues. The portfolio holder said a levy would not be introduced.\n"
            + "Members thanked the group for its work on the town centre at night.\n" * 6)
    assert not is_relevant(relevance_score("Scrutiny committee: night-time economy task and finish group report", text))


def test_an_interview_about_a_treatment_charitys_hub_that_never_names_a_drug_is_relevant(extract_one):
    # a listed treatment charity's name stands for the substance the text never names
    text = ("Change Grow Live took over the recovery hub on Quarry Lane in the spring, and its manager says the "
            "people coming through the door are younger than they were.\n\n"
            "Q: How many people does the hub see?\n\n"
            "A: About 500 at any time, and most of them are in treatment with us for a year or more. Referrals "
            "from the probation service have doubled since the spring.\n\n"
            "Q: What would you change?\n\n"
            "A: More recovery workers, and a place for people to go at weekends when the hub is shut.")
    assert extract_one(text, title="Five minutes with the hub manager")["relevant"]


def test_a_recovery_story_naming_only_an_nhs_trust_still_needs_a_substance(extract_one):
    text = ("Patients recovering from strokes at Quarry Lane hospital will get more physiotherapy, Fellmoor "
            "Teaching Hospitals NHS Foundation Trust said. The recovery service will treat 500 people a year, "
            "and referrals from GPs have doubled.\n\nThe trust said the recovery programme would start in May.")
    assert not extract_one(text, title="Stroke recovery unit opens")["relevant"]


def test_a_sober_society_backed_by_a_recovery_coaching_charity_is_relevant():
    text = ("Students who have given up drinking or drugs now have a society of their own at the college, which meets "
            "on Tuesday evenings and already has 38 members.\n\n"
            "It is backed by a peer-led charity that offers recovery coaching to people who have finished treatment, "
            "and which will train two of the students as recovery coaches this spring.\n\n"
            "The students' union has given the society £600 for room hire and alcohol-free socials, and its first "
            "event is a quiz night in the union bar after exams. The chair said members did not have to be sober "
            "themselves to come along, and that friends were welcome.")
    assert is_relevant(relevance_score("Sober students start a recovery society", text))


def test_a_gambling_clinic_that_names_drink_in_passing_is_not_relevant():
    title = "NHS gambling clinic to hold weekly sessions in Ashcombe"
    text = ("An NHS gambling clinic will hold weekly sessions at the town's library from next month, so people "
            "no longer have to travel to the city for help. The clinic offers therapy to people addicted to "
            "gambling and to their families, and takes referrals from GPs.\n"
            "The cabinet member said: \"We have good services for people with drug and alcohol problems, but "
            "until now anyone hooked on gambling had nowhere local to go.\"\n"
            "Sessions run on Wednesday afternoons and can be booked through the clinic's website.")
    assert not is_relevant(relevance_score(title, text))


def test_a_treatment_story_that_names_gambling_stays_relevant():
    title = "Drug service worker who stole from clients spared jail"
    text = ("A drug and alcohol service worker who stole £9,000 from a hardship fund for people in treatment has "
            "been spared jail. Defending, her barrister said she had a gambling addiction and was now getting "
            "help for her gambling. The drug and alcohol treatment service said it had tightened its checks "
            "and repaid every client.\n"
            "The recovery charity that runs the service said clients had been told of the theft. ")
    assert is_relevant(relevance_score(title, text))


def test_a_paragraph_that_puts_treatment_outside_the_business_at_hand_is_a_side_note():
    title = "Cabinet, 9 May 2024: Adult Social Care Market Position Statement 2024-2027"
    text = ("12.1 The Cabinet Member presented the market position statement, which sets out for care providers "
            "the demand the council expects for home care, residential care and supported living to 2027.\n"
            "12.2 The statement forecasts a 14 per cent rise in demand for home care and a shortage of nursing "
            "beds in the north of the county, and invites providers to talk to the council about new services.\n"
            "12.3 Councillor Ashdown asked whether the statement covered people with drug or alcohol problems who "
            "also needed care. The Director replied that drug and alcohol treatment was commissioned separately "
            "by the Director of Public Health and was outside the scope of the statement, but that adult social "
            "care and the drug and alcohol treatment service worked together on people with both needs, and "
            "that people in recovery could ask for a care assessment.\n"
            "12.4 RESOLVED that the market position statement be approved for publication.")
    assert not is_relevant(relevance_score(title, text))


def test_a_treatment_story_that_says_another_service_is_commissioned_separately_stays_relevant():
    title = "New drug and alcohol treatment service for the county starts in April"
    text = ("The county's new drug and alcohol treatment service will be run by a recovery charity from April, "
            "with hubs in four towns and a needle exchange in each.\n"
            "Inpatient detox is commissioned separately, through a regional framework, and is not part of the "
            "new contract.\n"
            "More than 2,000 adults are in treatment in the county, and the charity will offer naloxone to "
            "everyone who uses opiates.")
    assert is_relevant(relevance_score(title, text))


def test_a_service_for_children_of_drinking_parents_is_relevant():
    # hidden harm: the young people's and family work of the treatment system, written without the
    # words of adult treatment
    text = ("A Drayford project that supports children whose parents drink heavily or use drugs has been given "
            "£60,000 to keep running for another year.\n"
            "The project works with children aged eight to 16 at home and at school, and with parents who are "
            "ready to talk about their own drinking. Most of the children are referred by their schools.\n"
            "The money comes from the council's public health budget.")
    assert is_relevant(relevance_score("Drayford project for children of drinking parents gets £60,000", text))


def test_a_drop_in_for_parents_worried_about_a_teenagers_drinking_is_relevant():
    text = ("A weekly drop-in for parents and carers who are worried about a teenager's drinking or drug use is moving "
            "to Quillhaven library from next month. Staff can also arrange appointments for young people aged 11 to 18.")
    assert is_relevant(relevance_score("Parents' drop-in moves to Quillhaven", text, provider_mentions=1))


def test_a_child_sold_alcohol_in_a_test_purchase_is_still_not():
    text = ("Trading standards officers sent a 15-year-old volunteer into 12 shops in Quillhaven. Four sold her "
            "alcohol, and their premises licences will be reviewed by the licensing committee. One shopkeeper said "
            "he had not checked the child's age. Parents who are worried about underage drinking can report a shop "
            "to trading standards.") * 2
    assert not is_relevant(relevance_score("Four Quillhaven shops sold alcohol to a child", text))


def test_community_payback_listing_treatment_requirements_is_not_about_treatment():
    text = ("A towpath in Wethercombe that had become so overgrown that walkers were forced on to the road has been "
            "cleared by people serving community sentences.\n"
            "Teams from the probation service spent nine days on the site between the bridge and the weir, cutting "
            "back brambles, repairing two benches and filling 200 bags of rubbish.\n"
            "The work was requested by the borough council, which owns the land, after residents complained that "
            "the path had become impassable in places.\n"
            "Unpaid work is one of the requirements that courts can attach to a community order, alongside curfews, "
            "drug rehabilitation requirements and alcohol treatment requirements. Last year 900 people in the county "
            "were ordered to carry out unpaid work, and a third of the projects are now nominated by the public.\n"
            "The community payback manager for the county said people often thought of it as a punishment that "
            "happened out of sight, and that he wanted residents to see what had been done.\n"
            "The council's cabinet member for the environment said the path had cost £6,000 in repairs over two years "
            "and was used by families and dog walkers every day.\n"
            "Anyone who wants to nominate a project can contact the community payback team.")
    assert not is_relevant(relevance_score("Offenders on community payback clear Wethercombe towpath", text))
    court = ("A Wethercombe man has been given an alcohol treatment requirement under a new court scheme. He will see "
             "an alcohol worker every week for six months and must complete 60 hours of unpaid work. The court heard "
             "his drinking had led to three arrests. The treatment service said most people on the requirement "
             "finish it and go on to reduce their drinking.")
    assert is_relevant(relevance_score("Man given alcohol treatment requirement", court))


def test_treatment_arranged_separately_is_a_side_note_of_another_framework():
    text = ("54.1 The Cabinet considered a report on a framework agreement for residential and nursing care placements "
            "for older people, to run from April. Forty-one homes had applied to join it.\n"
            "54.2 Members asked how fees would be set and how quality would be checked, and officers said homes would be "
            "visited every year.\n"
            "54.3 The report explained that the framework covered older people's placements only. Placements for younger "
            "adults, and residential rehabilitation for people with drug or alcohol problems, would continue to be "
            "arranged separately.\n"
            "RESOLVED: that the framework agreement be approved.")
    assert not is_relevant(relevance_score("Cabinet, 17 October: care placements framework agreement", text))


def test_a_scheme_said_not_to_be_linked_to_treatment_is_a_lookalike():
    text = ("The council has awarded a contract for random drug and alcohol testing of licensed taxi drivers.\n"
            "At least 10 per cent of drivers will be tested each year, and drivers who fail a test will be suspended.\n"
            "Drivers who fail may be referred to an occupational health adviser. The scheme is about passenger safety "
            "and is not linked to the council's drug and alcohol treatment and recovery service, which offers free "
            "confidential support.")
    assert not is_relevant(relevance_score("Taxi drivers to face random drug and alcohol tests", text))


def test_a_dependence_named_only_to_set_a_story_apart_from_it_is_no_treatment():
    text = ("A recovery café for people recovering from strokes has opened, with peer mentors on hand.\n"
            "The peer mentors, all of them stroke survivors, share what helped them recover and meet every week.\n"
            "The founder said the group took the idea from recovery cafés set up for people overcoming addiction, but "
            "that its members' struggles were with speech and memory rather than drink or drugs.")
    assert not is_relevant(relevance_score("Stroke survivors open recovery café", text))


def test_a_service_said_to_be_separate_from_treatment_is_a_lookalike():
    text = ("The council has awarded the contract to run the borough's Recovery College to a mental health charity.\n"
            "The college offers courses for adults living with mental health conditions, and peer trainers with lived "
            "experience of recovery teach every course.\n"
            "The college is separate from the borough's drug and alcohol treatment service, although the two refer "
            "people to each other.")
    assert not is_relevant(relevance_score("Recovery College to move to new provider", text))


def test_a_signpost_to_drug_and_alcohol_support_at_a_releases_foot_is_a_side_note():
    text = ("The council is asking residents to report discarded needles rather than pick them up, as street cleansing "
            "teams step up patrols in parks.\n"
            "The sharps team collected 1,900 needles last year.\n"
            "Pharmacies that run needle exchanges are asked to remind customers to return used equipment. Information "
            "about drug and alcohol support and treatment is available on the council website.")
    assert not is_relevant(relevance_score("Report, don't touch: patrols for discarded needles", text))


def test_drug_testing_on_arrest_in_a_police_panels_minutes_is_treatment_news():
    text = ("MINUTES of a meeting of the Police and Crime Panel.\n"
            "32. Commissioner's decision: drug testing on arrest\n"
            "The Commissioner introduced his decision to fund drug testing on arrest at the force's custody suites. "
            "Anyone who tested positive for opiates or cocaine would be required to attend an assessment with a "
            "treatment worker within 28 days, carried out by the charity that runs the county's adult drug and "
            "alcohol service.\n"
            "33. Police and Crime Plan: performance monitoring\n"
            "The force had answered 88% of 999 calls within 10 seconds.")
    assert is_relevant(relevance_score("Police and Crime Panel, 10 October: drug testing on arrest and custody "
                                       "treatment referral", text))


def test_drug_and_alcohol_help_for_students_is_treatment_news():
    text = ("Students will be able to get advice in their halls of residence and at a weekly campus drop-in under a new "
            "service aimed at young adults.\n"
            "The contract has been awarded to a charity that already runs the city's service for under-18s. Council "
            "figures show that 1,180 people aged 18 to 25 were referred for help with drugs or alcohol last year.\n"
            "Outreach workers will visit halls during freshers' fortnight, and a drop-in will run every Thursday.\n"
            "Police said officers would continue to target dealers who supply student areas of the city.")
    assert is_relevant(relevance_score("Students to get drug and alcohol help in their halls under £340,000 deal", text))


def test_a_combating_drugs_partnerships_minutes_on_the_treatment_grant_are_relevant():
    text = ("Notes of the meeting held at the Town Hall.\n"
            "Item 3 - Reducing supply. The inspector reported that 11 county lines had been closed and 46 people "
            "charged; cash had been seized.\n"
            "Item 4 - Supplementary grant. The director reported that the two councils' allocation from the "
            "Supplementary Substance Misuse Treatment and Recovery Grant was £1.38m, funding 14 posts. One in five "
            "people starting treatment named crack cocaine as their problem drug.\n"
            "Item 5 - Date of next meeting.")
    assert is_relevant(relevance_score("Tolvan Combating Drugs Partnership: notes of the meeting", text))


def test_a_combating_drugs_partnership_on_supply_alone_is_not():
    text = ("Notes of the meeting held at the Town Hall.\n"
            "Item 3 - Reducing supply. The inspector reported that 11 county lines had been closed and 46 people "
            "charged; cash had been seized and closure orders obtained on seven properties.\n"
            "Item 4 - Date of next meeting.")
    assert not is_relevant(relevance_score("Tolvan Combating Drugs Partnership: notes of the meeting", text))


def test_a_cut_said_not_to_touch_treatment_is_a_lookalike():
    text = ("A recovery college that runs free courses for people living with mental illness could close under the "
            "county council's budget proposals, opposition councillors have warned.\n"
            "The college offers classes on managing anxiety and returning to work; around 900 people took part in "
            "its courses last year, and they help people manage their own recovery.\n"
            "The council's drug and alcohol treatment services, which are paid for from the public health grant, "
            "are not affected by the proposals.")
    assert not is_relevant(relevance_score("Recovery college could close in budget cuts", text))
    kept = text.replace("are not affected by the proposals", "will lose £200,000 under the proposals")
    assert relevance_score("Recovery college could close in budget cuts", kept) > 0


def test_treatment_set_apart_in_the_active_voice_or_by_unlike_is_a_side_note():
    text = ("The council has signed a three-year contract with a cleansing firm to clear discarded needles from "
            "streets, parks and beaches within four hours of a report.\n"
            "Crews will carry sharps boxes and will also remove nitrous oxide canisters from the seafront.\n"
            "The decision notice states that the contract does not cover drug and alcohol treatment, which the "
            "council commissions separately.")
    assert not is_relevant(relevance_score("Contract to clear discarded needles from streets", text))
    text = ("A drop-in hub for people harmed by gambling has opened in the city centre, offering counselling, debt "
            "advice and peer support from people who have been through addiction themselves.\n"
            "Unlike drug and alcohol treatment, which is paid for by councils from their public health budgets, help "
            "for gamblers has depended largely on donations from the betting industry.\n"
            "The hub is run by a small local charity and is open six days a week.")
    assert not is_relevant(relevance_score("Gambling support hub opens", text))


def test_a_panel_notice_on_testing_on_arrest_and_onward_treatment_is_relevant():
    text = ("The Fernwick Police and Crime Panel will meet at 10am on Friday 27 January in the council chamber.\n"
            "Agenda item 6: the Police and Crime Commissioner’s proposal to spend £1.1 million over two years on drug "
            "testing on arrest at the county’s custody centres, including required assessments and onward treatment "
            "delivered by the county's drug and alcohol service.\n"
            "Agenda item 7: the commissioner’s proposed police precept.\n"
            "The meeting is open to the public.")
    assert is_relevant(relevance_score("Notice of meeting: Fernwick Police and Crime Panel", text))
    bare = text.replace("including required assessments and onward treatment delivered by the county's drug and "
                        "alcohol service", "including new cells")
    assert not is_relevant(relevance_score("Notice of meeting: Fernwick Police and Crime Panel", bare))


def test_a_hub_said_not_to_replace_the_treatment_service_is_a_lookalike():
    text = ("A recovery college and a crisis café will share a new wellbeing hub in the town centre from June, the "
            "council has announced.\n"
            "The college runs free courses on managing anxiety and returning to work, and the café opens in the "
            "evenings for people in distress.\n"
            "“Nobody here will be asked for a diagnosis or a referral letter at the door,” the manager said.\n"
            "The hub does not replace the city’s drug and alcohol service, which stays at its current base.")
    assert not is_relevant(relevance_score("Recovery college and crisis café to share new wellbeing hub", text))


def test_a_crisis_cafe_said_not_to_offer_detox_is_a_lookalike():
    text = ("A crisis café for adults in mental distress has opened in Lowthwaite town centre as an alternative to A&E.\n"
            "It is open from 6pm to 2am and is staffed by mental health nurses and peer support workers.\n"
            "People can refer themselves or be brought in by police or paramedics. The café does not offer detox or "
            "prescribing, and staff give anyone worried about their drinking the details of the borough’s treatment "
            "service.\n"
            "“Nobody should have to wait in a corridor at midnight,” the trust’s medical director said.")
    assert not is_relevant(relevance_score("Crisis café opens as an alternative to A&E", text))
    # a café that does detox is about treatment
    offers = text.replace("does not offer detox or prescribing, and staff give", "offers community detox and gives")
    assert is_relevant(relevance_score("Crisis café opens as an alternative to A&E", offers))


def test_a_clinic_said_not_to_give_help_with_drug_or_alcohol_problems_is_a_lookalike():
    text = ("A gambling harms clinic has opened in Elmbury, run by the NHS, with therapy and debt advice.\n"
            "It will take referrals from GPs and from people who refer themselves.\n"
            "“Gambling addiction is still a hidden problem. People tell their GP about their drinking long before they "
            "admit to their losses,” the clinic’s lead psychologist said.\n"
            "He said many of its patients were also drinking heavily or using drugs, and that staff would refer them to "
            "local services. The clinic itself will not provide drug or alcohol treatment.\n"
            "Referrals can be made by phone.")
    assert not is_relevant(relevance_score("Gambling harms clinic opens in Elmbury", text))
    college = text.replace("The clinic itself will not provide drug or alcohol treatment",
                           "The clinic will not offer help with drug or alcohol problems")
    assert not is_relevant(relevance_score("Gambling harms clinic opens in Elmbury", college))
    # a clinic that treats them is about treatment
    treats = text.replace("The clinic itself will not provide drug or alcohol treatment",
                          "The clinic will provide drug and alcohol treatment too, with a detox nurse")
    assert is_relevant(relevance_score("Gambling harms clinic opens in Elmbury", treats))


def test_a_review_that_says_its_subject_is_no_part_of_the_treatment_contract_is_a_lookalike():
    text = ("The Scrutiny Commission's task group on gambling harm met four times and heard from a debt charity, a GP "
            "and two people who had lost homes to gambling.\n"
            "Members heard that some people who gamble heavily also drink or use drugs, and that the drug and alcohol "
            "service sometimes refers clients on.\n"
            "The Panel noted that gambling is not part of the council's drug and alcohol treatment contract and asked "
            "officers to map the help available for gamblers.")
    assert not is_relevant(relevance_score("Gambling harm review: task group findings", text))
    inside = text.replace("gambling is not part of the council's drug and alcohol treatment contract",
                          "the drug and alcohol treatment contract now includes a gambling worker")
    assert is_relevant(relevance_score("Gambling harm review: task group findings", inside))


def test_a_service_that_gives_no_treatment_itself_or_a_ward_not_used_for_detox_is_a_side_note():
    outreach = ("A new provider will take over the council's street outreach service for people sleeping rough.\n"
                "Many people who sleep rough also have problems with drink, drugs or their mental health. The outreach "
                "team will refer them to the borough's health services, but it will not provide treatment itself.\n"
                "Members of the public can call the outreach team.")
    assert not is_relevant(relevance_score("New provider to run rough sleeping outreach", outreach))
    ward = ("Campaigners warn that older patients will be stranded if the community hospital loses its rehabilitation "
            "beds.\nThe beds are used by people recovering from strokes and falls. The trust stressed that the ward is "
            "for physical rehabilitation and is not used for alcohol or drug detox.\nThe consultation closes in June.")
    assert not is_relevant(relevance_score("Community hospital beds could move", ward))
    detox = ward.replace("is not used for alcohol or drug detox", "is also used for alcohol and drug detox")
    assert is_relevant(relevance_score("Community hospital beds could move", detox))


def test_drug_workers_listed_among_others_a_shelter_put_guests_in_touch_with_are_a_side_note():
    text = ("The town's winter night shelter will not open this year after the church hall that housed it was sold.\n"
            "Last winter it took in 71 different people.\n"
            "Volunteers said the shelter had also been a place where guests could be put in touch with GPs, drug and "
            "alcohol workers and housing officers.\n"
            "The group is asking anyone with a suitable building to get in touch.")
    assert not is_relevant(relevance_score("Night shelter will not open this year", text))


def test_drink_named_among_a_conditions_risk_factors_is_a_side_note():
    text = ("A recovery café for people who have had a stroke, and for the families who look after them, has opened in "
            "the town.\n"
            "The café is run by volunteers, most of whom have had a stroke themselves, and sixteen people came to the "
            "first session.\n"
            "Around 1,100 people in the county have a stroke each year. High blood pressure, smoking and drinking too "
            "much alcohol are among the biggest risk factors.")
    assert not is_relevant(relevance_score("Stroke survivors open recovery café", text))
    # where the café is for people in recovery from drink, it is treatment news
    text = text.replace("for people who have had a stroke", "for people recovering from alcohol addiction")
    assert is_relevant(relevance_score("Recovery café opens for people giving up drink", text))


def test_young_people_sent_to_drug_education_sessions_instead_of_a_record_is_treatment_news():
    text = ("Teenagers who are caught with small amounts of cannabis are being sent to drug education sessions instead "
            "of being given a criminal record, under a scheme that started in the county in the spring.\n"
            "Since March, 74 young people have been referred to the scheme by the police, and 61 have completed it.\n"
            "Before the scheme began, around one in three young people found with cannabis were charged or cautioned.\n"
            "They now attend sessions with the county's young people's drug and alcohol service and meet a worker "
            "from the youth justice service.")
    assert is_relevant(relevance_score("Teenagers caught with cannabis sent to drug sessions instead of a record", text))


def test_awareness_sessions_in_schools_paid_for_by_a_licensing_scheme_are_no_treatment_news():
    text = ("Shops in the town have signed up to a scheme to stop teenagers getting hold of alcohol, after complaints "
            "about young people drinking in the parks.\n"
            "Trading standards officers carried out 35 test purchases last year.\n"
            "The partnership will also pay for alcohol and drugs awareness sessions in the town's secondary schools "
            "and a new Friday night youth club.")
    assert not is_relevant(relevance_score("Shops sign up to crackdown on under-age drinking", text))


def test_drug_services_among_other_places_a_refuge_refers_women_to_are_a_side_note():
    text = ("The borough council has opened six refuge flats for women and children escaping domestic abuse.\n"
            "The flats were converted at a cost of £410,000 from the council's safe accommodation funding.\n"
            "Last year 140 women who asked for a refuge place had to be housed outside the borough.\n"
            "Support workers will help residents with benefits and school places and make referrals to mental "
            "health, drug and alcohol services where needed.")
    assert not is_relevant(relevance_score("Six new refuge flats open", text))
    # where the drug and alcohol service is the place people are referred to, it is treatment news
    alone = text.replace("make referrals to mental health, drug and alcohol services where needed",
                         "make referrals to the borough's drug and alcohol treatment service, which will run a clinic "
                         "at the refuge every week")
    assert is_relevant(relevance_score("Six new refuge flats open", alone))


def test_a_building_said_to_hold_no_treatment_service_is_a_side_note():
    text = ("Neighbours have been told that the empty depot on Wethercombe Road will become supported housing for "
            "young people aged 16 to 24 who are homeless.\n"
            "The scheme will have 14 flats and staff on site day and night, and the £1.9 million cost is met from a "
            "government grant.\n"
            "Any young person who needs help with drugs or alcohol will be referred to the county's young people's "
            "drug and alcohol treatment service as usual. There will be no treatment service in the building.\n"
            "The planning application will go to committee in October, and residents can comment until the end of "
            "September on the council's planning portal.\n"
            "Cllr Ossian Farrant said the young people who would live there had grown up in the town and needed a "
            "front door, a key and someone to help them learn to cook and budget.\n"
            "Garden waste collections end for the winter on 28 November and start again in March. Permits for next "
            "year go on sale in January.")
    headline = "Depot to become homes for young people, not a rehab"
    assert not is_relevant(relevance_score(headline, text))
    # where the building is to hold the service, it is treatment news
    clinic = text.replace("There will be no treatment service in the building.",
                          "The treatment service will also run a clinic in the building twice a week.")
    assert is_relevant(relevance_score(headline, clinic))


def test_a_treatment_service_named_as_a_licensed_premises_neighbour_is_a_side_note(extract_one=None):
    arcade = ("Plans for an adult gaming centre on Wethercombe Road have been refused by the borough council, after "
              "objectors said it would sit between a homeless hostel and a drug and alcohol recovery centre.\n"
              "The council's licensing sub-committee heard that the operator wanted to open 24 hours a day.\n"
              "A woman who lives opposite told the hearing that people leaving the centre would see a flashing sign.")
    assert not is_relevant(relevance_score("Gaming arcade refused over fears for vulnerable neighbours", arcade))
    cafe = ("An evening mental health café has opened in the town, run by volunteers from a local charity.\n"
            "It will be open on Tuesday and Thursday evenings for anyone who is struggling.\n"
            "Staff will not provide treatment for drug or alcohol problems, but will point visitors towards the "
            "county's substance misuse service where they need it.")
    assert not is_relevant(relevance_score("Evening mental health café opens", cafe))
