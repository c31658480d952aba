"""Treatment providers named in an article, resolved to the gazetteer, plus
organisations that the text shows are running a service but are not listed yet."""
import bisect
import re
from collections import defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from recoverywatch.extract import anchored, gazetteer, lexicon, people, prefilter, tables
from recoverywatch.extract.extensions import doc_text, sentence_bounds, string_ids, tokens_with

# The word lists and patterns are data: extract/data/providers.toml.
_WORDS = lexicon.load("providers.toml")
TO_RUN_VERBS = ("run", "deliver", "provide", "operate", "lead")
# Words near an ambiguous short name ("Via", "Forward", "CGL") that show the
# organisation is meant.
PROVIDER_CUES = re.compile(rf"\b({lexicon.words_regex(_WORDS['provider_cues'])})\b", re.I)
STRONG_CUES = re.compile(rf"\b({lexicon.words_regex(_WORDS['strong_provider_cues'])})\b", re.I)
NOT_PROVIDER = re.compile(rf"\b({lexicon.words_regex(_WORDS['not_provider'])})\b", re.I)
NOT_PROVIDER_START = re.compile(rf"^{lexicon.words_regex(_WORDS['not_provider_starts'])}\b")
# a council department's head before a short name that is also a department's ("Inclusion", "Forward Planning")
DEPARTMENT_HEAD_BEFORE = re.compile(r"\b(?:(?:Assistant|Deputy|Executive|Corporate|Service)\s+Director,|(?:Director|Head|Assistant\s+Director)\s+(?:of|for))\s+$")
VENUE_END = re.compile(rf"\b{lexicon.words_regex(_WORDS['venue_words'])}$")
HOSPITAL = re.compile(rf"\b{lexicon.words_regex(_WORDS['hospital_words'])}\b")
ROLE_ENDINGS = set(_WORDS["role_endings"])
RUN_PLACE = lexicon.words_regex(_WORDS["run_places"])
# ("the Royal Hospital in Alnwick, which is run by", "St Anne's Hospital, Ryde, which is run by")
# ("shared a hospital for decades, Tameside General, which is run by X": a few words may follow the place)
RUNS_HOSPITAL_BEFORE = re.compile(rf"(?:{HOSPITAL.pattern}(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*|\b(?i:{RUN_PLACE})(?:(?:\s+[a-z]+){{1,3}}(?=,\s+[A-Z]))?)(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?|,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?(?:\s+(?:itself|themselves))?,?\s+"
                                  rf"(?:(?:which|that)\s+|(?:both|all\s+(?:two|three|four|of\s+them)|(?:both|all|each)\s+of\s+which)\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:run|managed|operated)\s+by\s+"
                                  # ("a hostel run by the housing charity X")
                                  r"(?:(?:the|a)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:charity|association|trust|organisation)\s+)?$")
# a treatment unit at a hospital, then "was run by": what is run is the unit (not "at X Hospital,
# which is run by": that is the hospital)
# (or a unit at a hospital "run by" with no comma between: "an inpatient unit at X Hospital run by Y", where
# "at X Hospital, which is run by Y" is about the hospital)
_UNIT_AT_HOSPITAL = (r"\b(?:detox(?:ification)?|drugs?|alcohol|substance\s+misuse|addictions?|rehab(?:ilitation)?|inpatient|in-patient)\s+"
                     r"(?:[a-z]+\s+)?(?:{units})\s+at\s+(?:the\s+)?[A-Z][^,.;]{{0,60}}?"
                     r"(?:(?:is|was|are|were|has\s+been)\s+)?(?:run|managed|operated)\s+by\s+(?:the\s+)?$")
UNIT_AT_HOSPITAL_BEFORE = re.compile(_UNIT_AT_HOSPITAL.format(units="unit|ward|beds|service|clinic"))
# a team at a hospital is the hospital's own unless the sentence gives the hospital another trust: "The
# alcohol care team at X Hospital is run by A, ... while the hospital itself is run by B"
TEAM_AT_HOSPITAL_BEFORE = re.compile(_UNIT_AT_HOSPITAL.format(units="team"))
MENTAL_HEALTH_TRUST = re.compile(r"\b(?:Partnership|Mental\s+Health)\b")
CARE_TEAM_AT_HOSPITAL_WHICH_BEFORE = re.compile(r"\b(?:alcohol|drugs?|substance\s+misuse|addictions?)\s+(?:[a-z]+\s+)?team\s+at\s+(?:the\s+)?[A-Z][^.;]{0,60}?,\s+"
                                                r"which\s+(?:has\s+been|have\s+been|is|was|will\s+be)\s+(?:run|managed|provided)\s+by\s+(?:the\s+)?$")
_RUN_BY_TRUST = r"(?:is|was)\s+(?:run|managed|operated)\s+by\s+(?:the\s+)?([A-Z][^,.;]*?NHS(?:\s+Foundation)?\s+Trust)"
HOSPITAL_RUN_BY_AFTER = re.compile(rf"[^.;]*?\bthe\s+hospital(?:\s+itself)?\s+{_RUN_BY_TRUST}")
# "... the alcohol liaison team at the Queen Elizabeth Hospital, which is run by Y NHS Foundation Trust": the
# trust a team's hospital is given
TEAMS_HOSPITAL_RUN_BY = re.compile(rf"[^.;]{{0,80}}?,\s+which\s+{_RUN_BY_TRUST}")
LENDS_AFTER = re.compile(r"(?:,\s+(?:which|that)\s+[^,.;]{1,60},)?"  # "X, which runs Russells Hall, will provide office space"
                         # ("thank staff at X, who made rooms available at ...": the trust's staff lent them)
                         r",?\s+(?:(?:which|that|who)\s+(?:will\s+|would\s+)?|(?:has\s+)?agreed\s+to\s+|will\s+)?(?:also\s+)?"
                         r"(?:(?:lets?|allows?|allowed)\s+(?:the\s+service|the\s+team|the\s+group|us|them|it)\s+(?:to\s+)?use\s+|"
                         r"(?:leases?|leased|rents?|rented|lends?|lent|provides?|provided|offers?|offered|made|makes?)\s+)"
                         r"(?:(?:a|an|the|its|some|free)\s+)?(?:[\w-]+['’]s\s+)?(?:(?:small|spare|large|private)\s+)?(?:clinic\s+|office\s+|desk\s+|consulting\s+|treatment\s+|meeting\s+)?"
                         r"(?:space|rooms?|premises|accommodation|offices?)\b")  # "..., which provided a consulting room", "the team's office"
# (or names them: "..., which ran Musgrove Park and Yeovil District hospitals")
RUNS_HOSPITAL_AFTER = re.compile(r",?\s+(?:which|that)\s+(?:(?:also\s+)?(?:runs|run|ran|manages|managed|operates|operated)\s+)"
                                 r"(?:(?:the|both|all|its|two|three)\s+(?:[\w’']+\s+){0,3}?(?:hospitals?|infirmar(?:y|ies))"
                                 r"|(?:[A-Z][\w’'-]*\s+(?:and\s+)?){1,6}(?:[Hh]ospitals?|[Ii]nfirmar(?:y|ies)))\b")
# "... and with X NHS Trust, whose children's wards see young people admitted after drinking": its wards
WARDS_AFTER = re.compile(r",?\s+whose\s+(?:[\w’'-]+\s+){0,2}?(?:wards?|hospitals?|emergency\s+departments?|A&E)\b")
PARTNER_TEAM_BEFORE = re.compile(rf"\b(?i:{lexicon.words_regex(_WORDS['partner_teams'])}),?\s+(?:(?:which|that)\s+(?:is|are|were|was)\s+)?"
                                 r"(?:run\s+by|provided\s+by|managed\s+by|of|at|from)\s+(?:the\s+)?$")
# (unless the team runs the service with the provider: "..., together with the mental health team of")
PARTNER_TEAM_JOINT_BEFORE = re.compile(r"\b(?:together|jointly)\s+with\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?" + PARTNER_TEAM_BEFORE.pattern)
# a service given "in partnership with" a trust, the sentence saying what is given: the trust gives part of it ("run by
# Humankind in partnership with X NHS Trust", "Prescribing and community detox will be delivered in partnership with X")
DELIVERED_IN_PARTNERSHIP_BEFORE = re.compile(r"\b(?:(?:run|delivered|provided|led|offered)\s+(?:jointly\s+|again\s+)?(?:by\s+[^.;]{1,60}?\s+)?"
                                             r"|(?:runs|delivers|provides|leads)\s+(?:[\w’'-]+\s+){1,6}?)in\s+partnership\s+with\s+(?:the\s+)?$")
# a trust that only speaks: "In a written statement, X NHS Trust said", "a statement from X"
# ("Records from X NHS Trust showed he had been treated at ...": a source of evidence, as a statement is)
STATEMENT_BEFORE = re.compile(r"\b(?:statement|submission|response|[Rr]ecords|[Nn]otes)\s+(?:from|by|of)\s+(?:the\s+)?$"
                              r"|\b[Ii]n\s+(?:a|its)\s+(?:written\s+|short\s+|joint\s+)?(?:statement|response|submission)"
                              r"(?:\s+(?:read|circulated|sent|given)\s+to\s+(?:the\s+)?[A-Za-z]+)?,\s+(?:the\s+)?$")
RUNS_SERVICE = re.compile(r"\b(?:runs?|ran|provides?|provided|delivers?|delivered|operates?|holds?|held|won)\s+"
                          r"(?:the|its|a|an|this)\s+(?:[\w’'-]+\s+){0,3}?(?:service|services|contract)\b")
TREATS_AFTER = re.compile(r",?\s+(?:(?:which|that|who)\s+(?:also\s+)?|whose\s+(?:staff|workers|team|volunteers)\s+(?:will\s+)?)"
                          r"(?:runs|provides|delivers|operates|run|provide|deliver|operate)\s+(?:the\s+|its\s+|an?\s+)?"
                          r"(?:(?!hospital|infirmary)[\w’'-]+\s+){0,3}?(?:drugs?|alcohol|substance|addictions?|treatment|recovery)\b", re.I)
SAID_AFTER = re.compile(r",?\s+(?:(?:has|had)\s+)?(?:said|says|told|added|confirmed|commented)\b")
# "X NHS Trust's chief nurse said": someone the trust employs speaking, no evidence it runs anything
OWN_STAFF_AFTER = re.compile(rf"['’]s\s+(?:[a-z-]+\s+){{0,2}}?(?i:{lexicon.words_regex(_WORDS['job_titles'])})\b")
HANDS_OUT_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+|will\s+|now\s+)?(?:distributed|distributes|handed\s+out|hands\s+out|gave\s+out|gives\s+out|issued)"
                             r"\s+[^.;]{0,30}?\b(?:naloxone|needles|syringes|sharps\s+bins|foil)\b")
# "Lifeline’s project on Corporation Road", "Via's hub": a service or a place a body runs
OWN_PLACE_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:project|service|services|hub|centre|drop-in|clinic|team)\b")
# ("at Phoenix's residential service in Wirral": the same, said with a possessive)
ITS_TREATMENT_PLACE_AFTER = re.compile(r"(?:,?\s+at\s+its|['’]s)\s+(?:[\w’'-]+\s+){0,2}?(?:residential|rehab\w*|detox\w*|treatment|recovery|inpatient)\s+"
                                       r"(?:[\w’'-]+\s+){0,2}?(?:centres?|services?|units?|homes?|houses?|facilit(?:y|ies)|rehabs?|projects?)\b")
# a sentence that opens on a person's name and a comma, still in the apposition that follows: "(7.5)
# Jo Hale, Service Manager for the unit run by"
SPEAKER_APPOSITION_BEFORE = re.compile(r"(?:^|\n|[.!?”\"]\s+)(?:\d+(?:\.\d+)*\s+)?(?:(?:Dr|Cllr|Councillor|Mr|Mrs|Ms|Miss|Professor|Prof)\.?\s+)?"
                                       r"[A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.?)?\s+[A-Z][\w’'-]+,\s+[^,;.:“”\"\n]*$")
SPOKES_FOR_BEFORE = re.compile(r"\bspokes(?:person|man|woman)\s+(?:for|from|at)\s+(?:the\s+)?$", re.I)
MERGER = re.compile(r"\bmerg(?:er|ed|es|ing)\b", re.I)
JOINED = re.compile(r"\bmerg(?:er|ed|es|ing)\b|\b(?:became|become|becoming|is now|now)\s+part\s+of\b|\b(?:absorbed|folded)\s+into\b", re.I)
# (also "X, which took over the borough's service in 2019, became Y after merging ...", "... now calls itself Z and runs
# services in the town": a provider that acts, whatever merger its sentence tells of)
_ACTS_LEAD = r",?\s+(?:(?:which|that|who|and)\s+)?(?:has\s+|have\s+|had\s+|will\s+|now\s+|also\s+)?"
_RUNS = r"(?:run|runs|ran|provides|provided|delivers|delivered|operates|took\s+over|takes\s+over|taken\s+over)\b"
ACTS_AFTER = re.compile(rf"{_ACTS_LEAD}(?:said|says|told|{_RUNS})")
# ("X has run a recovery cafe since 2012", "X, which ran ..."; not the verb after an apposition the name
# ends: "Y, the charity formed when A merged with X, will run ...")
RUNS_AFTER = re.compile(r"(?:,\s+(?:which|that|who)\s+|\s+)(?:has\s+|have\s+|had\s+|will\s+|now\s+|also\s+)?" + _RUNS)
NO_ROLE_AFTER = re.compile(r",?\s+(?:which|that|who)\s+[^.;]{0,120}?\b(?:(?:has|have|had|plays|play|played)\s+no\s+(?:role|part)"
                           r"|(?:is|are|was|were)\s+not\s+involved|(?:does|do|did)\s+not\s+(?:run|deliver|provide))\b")
# "the hospital's acute medical unit, which was managed by X": a unit of the hospital's other care, so X
# runs the hospital (where the hospital's own alcohol care team, run by X, is X's service)
HOSPITALS_OWN_UNIT = re.compile(r"\b(?:hospital|infirmary)['’]s\s+(?:[\w-]+\s+){0,4}?(?:service|team|unit|clinic|ward|department),?\s+which\s+"
                                r"(?:will\s+be|is|was|has\s+been)\s+(?:run|delivered|provided|led|operated|managed)\s+by\s+(?:the\s+)?$", re.I)
# the hospital's own team met only beside the story's service: "staff will run check-ins alongside the
# hospital's alcohol liaison team, which is employed by X", "residents will be seen by the hospital's alcohol
# care team, which is run by X": X runs the hospital and its team, not the service the story is about (where
# "the clinic is run jointly with the hospital's team" is run by that team too)
TEAM_MET_BESIDE_BEFORE = re.compile(r"\b(?:alongside|beside|seen\s+by|(?:referred|signposted)\s+(?:on\s+)?(?:to|by)|(?:work|works|working|worked)\s+with)\s+"
                                    r"(?:the\s+)?(?:hospital|infirmary)['’]s\s+(?:[\w-]+\s+){0,4}?(?:team|teams|service|nurses),?\s+(?:which|who)\s+"
                                    r"(?:is|are|was|were|has\s+been)\s+(?:directly\s+)?(?:run|employed|managed|provided|operated|staffed)\s+by\s+(?:the\s+)?$", re.I)
SUBSTANCE_TEAM_WORDS = re.compile(r"\b(?:alcohol|drugs?|substance|addictions?|detox\w*|rehab\w*|liaison|dual\s+diagnosis)\b", re.I)
# a clinician's post and workplace in apposition to a speaker: ", a consultant hepatologist at "
CLINICIAN_AT_BEFORE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:consultant|doctor|surgeon|physician|hepatologist|gastroenterologist"
                                 r"|nurse|clinician|registrar|psychiatrist|paramedic|matron)\s+(?:[\w-]+\s+){0,3}?(?:at|with|from|for)\s+(?:the\s+)?$", re.I)
# the same post in an attendance list's brackets: "Dr X (Consultant Psychiatrist, Y NHS Foundation Trust)"; or a
# board member's post there: "Dr X (Medical Director, Y NHS and Social Care Partnership Trust)" says where they work
LISTED_CLINICIAN_BEFORE = re.compile(r"\(\s*(?:[\w-]+\s+){0,3}?(?:consultant|doctor|surgeon|physician|hepatologist|gastroenterologist"
                                     r"|nurse|clinician|registrar|psychiatrist|paramedic|matron|director|executive|chair|chairman)"
                                     r"(?:\s+[\w-]+){0,3}?(?:,|\s+at|\s+with|\s+from)\s+(?:the\s+)?$", re.I)
_BY_THE_TRUST = r"\b(?:provided|run|delivered|led)\s+(?:[\w-]+\s+){0,4}?by\s+the\s+trust\b"  # "provided under a subcontract by the trust"
THE_TRUST_RUNS = re.compile(r"\bthe\s+trust,?\s+(?:which\s+|that\s+)?(?:now\s+|also\s+)?(?:led|leads|runs|ran|provides|provided|delivers|delivered)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                            r"(?:treatment|prescribing|detox\w*|(?:drug|alcohol|substance)\s+(?:[\w-]+\s+){0,3}?services?)\b"
                            # ("the inpatient detox unit at Bodmin Hospital, which the trust runs"; not "secondary mental health services")
                            r"|\b(?:detox\w*|drug|alcohol|substance|treatment|rehab\w*)\s+(?:[\w-]+\s+){0,2}?(?:unit|service|ward|team|clinic)\b[^.;]{0,60}?,\s+which\s+the\s+trust\s+(?:now\s+|also\s+)?(?:runs|ran|provides|provided|operates|manages)\b"
                            rf"|{_BY_THE_TRUST}")
THE_LISTED_TRUST_RUNS = re.compile(rf"{_BY_THE_TRUST}\s+whose\s+(?:[\w-]+\s+){{1,3}}?(?:attended|was\s+present|was\s+in\s+attendance)\b")
# a resolution that asks the body to do something says nothing of what it runs: "That the Director of
# Public Health and X NHS Foundation Trust be asked to agree a joint protocol"
IT_RUNS = re.compile(r"\b(?:it|they)\s+(?:now\s+|already\s+)?(?:runs|run|ran|provides|provided|delivers|delivered|operates)\b")
ASKED_TO_AFTER = re.compile(r"\s+(?:be|is|are|were|was)\s+(?:asked|requested|invited|urged)\s+to\b")
# the text says the trust will not run treatment: "CPFT will provide clinic space ..., but will not take on the
# running of drug and alcohol treatment" (its words up to the denial name nobody else)
DENIES_RUNNING_AFTER = re.compile(r"(?:\s+[^A-Z.;:\n“”\"]{0,120}?)?\b(?:will|would|does|did|do|is|was|has)\s+not\s+(?:be\s+)?"
                                  r"(?:(?:take|taking|taken)\s+(?:on|over)\s+(?:the\s+)?(?:running|delivery|provision)\s+of|run|running|deliver|delivering"
                                  r"|provide|providing)\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,3}?(?:drug|alcohol|substance|treatment)\b")
# the text says at once that what the name runs is outside the service: "That team was run by X and did not
# form part of the contract", "That team is employed by X, not by the network"
OUTSIDE_SERVICE_AFTER = re.compile(r"\s+and\s+(?:did|does|do|is|was|are|were)\s+not\s+(?:form\s+)?(?:part\s+of|included\s+in)\b"
                                   r"|,\s+not\s+(?:by\s+)?(?:the\s+)?(?:network|service|contract|partnership|consortium|alliance|provider)\b"
                                   # "the hospital's alcohol care team, which is employed by X, referred patients directly to the
                                   # service": a team that sends people to the service is outside it
                                   r"|,\s+(?:refers|referred|signposts|signposted|sends|sent)\s+(?:[\w-]+\s+){0,3}?(?:to|into)\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,2}?(?:service|services|hub)\b"
                                   # "works with X NHS Trust so that the Queen Elizabeth Hospital refers patients to the treatment service"
                                   r"|\s+so\s+that\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:refers|signposts|sends|will\s+refer)\s+(?:[\w-]+\s+){0,3}?(?:to|into)\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,2}?(?:service|services|hub)\b"
                                   # "... the Infirmary, where X NHS Trust had provided a room free of charge": it lends rooms
                                   r"|\s+(?:has\s+|had\s+|have\s+)?(?:provided|provides|provide|lent|lends|lend|gave|gives|offered|offers)\s+"
                                   r"(?:a|an|the|its|two|three|some)\s+(?:[\w-]+\s+){0,2}?(?:room|rooms|office|offices|space|premises|desk|desks|clinic\s+room)\b"
                                   # "where X NHS Foundation Trust lent its education centre for a week"
                                   r"|\s+(?:has\s+|had\s+)?(?:lent|lends|loaned|loans)\s+(?:a|the|its)\s+(?:[\w-]+\s+){0,2}?(?:centre|hall|suite|venue|building)\b"
                                   # "The Chair thanked X NHS Trust for hosting it": the meeting's host
                                   r"|\s+for\s+hosting\b"
                                   # "the Kingsway site of X, which has lent the service space for group sessions"
                                   r"|,\s+which\s+(?:has\s+|had\s+|have\s+)?(?:lent|lends|loaned|leased|let|rented)\s+(?:(?:the|a|an|its|our)\s+)?"
                                   r"(?:[\w-]+\s+){0,2}?(?:room|rooms|space|premises|building|office|offices|site)\b"
                                   # "a former clinic that X has leased to the council", "which X has made available for the day"
                                   r"|\s+(?:has|had|have)\s+(?:leased|let|lent|loaned|rented)\s+(?:it\s+|them\s+)?to\b"
                                   r"|\s+(?:has|had|have)\s+made\s+(?:it\s+)?available\b"
                                   # "X NHS Trust needed the rooms for outpatient clinics and had given notice on the lease": a landlord
                                   r"|\s+(?:needed|needs|wanted|wants|reclaimed|has\s+reclaimed|had\s+reclaimed)\s+(?:the|its)\s+(?:rooms|premises|space|building|site)\b"
                                   r"|[^.;]{0,80}?\b(?:given|gave|serve[ds]?)\s+notice\s+on\s+the\s+lease\b")
RUN_BY_WORDS = r"\b(?:run|provided|delivered|operated)\s+by\b"  # what runs a service is named after "by"
# "Peer mentoring will be provided by Waythrough, the charity formed when ... merged"
ACTS_BEFORE = re.compile(rf"(?:{RUN_BY_WORDS}|\bled\s+by\b)\s+(?:the\s+)?$")
HOSTS_AFTER = re.compile(r",?\s+(?:which|that)\s+(?:\w+\s+){0,3}?host(?:s|ed)?\b"  # "..., which would continue to host it"
                         # "X, which runs the General, will continue to host the workers"
                         r"|,\s+(?:which|that)\s+[^,.;]{1,60},\s+(?:will\s+|would\s+|has\s+agreed\s+to\s+)?(?:continue\s+to\s+)?host(?:s|ed)?\b")
TRUST_GENERIC = set(_WORDS["trust_generic_words"])
PLACE_QUALIFIERS = set(_WORDS["place_qualifiers"])
SERVICE_WORDS = set(_WORDS["subject_words"]) | set(_WORDS["service_words"])
GROUPING_WORDS = set(_WORDS["grouping_words"])
# "Adult social care in the bay is already provided by": other care, the only thing the trust is said to provide
# "X NHS Trust, which took over the county's mental health services at the start of April" (not "which also
# runs ...", said of a provider that runs other things too)
# (or "..., whose child and adolescent mental health team will see ...": the trust's own team of another field)
_OTHER_FIELD = r"(?:mental\s+health|learning\s+disability|community\s+health|physical\s+health)"
OTHER_SERVICES_AFTER = re.compile(rf",?\s+(?:which\s+(?:took\s+over|takes\s+over|runs|ran|provides|provided|delivers|operates)\s+(?:the\s+)?"
                                  # ("... which runs the borough's community mental health teams", "the county's mental health crisis
                                  # service"; not "mental health and community services", which may hold a drug and alcohol team)
                                  rf"(?:[\w’'-]+\s+){{0,5}}?{_OTHER_FIELD}\s+(?:(?!and\b|or\b)[\w-]+\s+){{0,2}}?(?:services?|teams?)\b"
                                  rf"|whose\s+(?:own\s+)?(?:[\w’'-]+\s+){{0,5}}?{_OTHER_FIELD}\s+(?:services?|teams?)\b)[^.;]*")
# a landlord by what it runs: "Trident Group, which runs supported housing schemes in the city" (not
# "X, which runs recovery housing for people leaving treatment")
HOUSING_RUNS_AFTER = re.compile(r",?\s+which\s+(?:runs|ran|provides|manages|operates|owns)\s+(?!recovery\b)(?:[\w’'-]+\s+){0,3}?(?:housing|homes|flats|hostels?)\b[^.;,]*")
# a witness heard on its own field: "took evidence from ..., X on mental health care for people in treatment"
OTHER_FIELD_TOPIC_AFTER = re.compile(rf"\s+on\s+(?:the\s+)?{_OTHER_FIELD}\s+(?:care|services?|support)\b")
OTHER_CARE_BY = re.compile(rf"\b{lexicon.words_regex(_WORDS['other_care'])}\b[^.;:]{{0,110}}?\b(?:provided|run|delivered|managed|operated)\s+by\s+(?:the\s+)?$", re.I)
# "Dry January, the month-long challenge run by the charity X": a campaign's organiser
# (an adverb may stand in it: "Dry January is run nationally by the charity X")
CAMPAIGN_RUN_BY = re.compile(rf"\b{lexicon.words_regex(_WORDS['campaigns'])}\b[^.;:]{{0,60}}?\b(?:run|organised|led|coordinated)\s+(?:[a-z]+ly\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:charity\s+)?$", re.I)
# "X, which runs Dry January, said": the same said after the name
CAMPAIGN_RUNS_AFTER = re.compile(rf",?\s+which\s+(?:runs|ran|organises|organised|leads|led|coordinates|coordinated|founded|started)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?{lexicon.words_regex(_WORDS['campaigns'])}\b", re.I)
# a laboratory named for the tests it runs: "Blood samples taken at the clinics will be tested by X NHS
# Foundation Trust" (its pathology service, not the treatment)
LAB_TESTS_BEFORE = re.compile(r"\b(?:samples?|swabs?|bloods?|specimens?|tests?)\b[^.;:]{0,60}?\b(?:tested|analysed|analyzed|processed)"
                              r"\s+(?:[a-z]+ly\s+)?(?:by|at)\s+(?:the\s+)?$", re.I)
# "a house with room for eight men": how many it holds, not rooms lent to a service
CAPACITY = re.compile(r"\b(?:room|space|beds?|places?)\s+for\s+(?:up\s+to\s+|about\s+|around\s+)?[\w-]+\s+(?:more\s+)?"
                      r"(?:people|men|women|residents|adults|clients|families|tenants|young\s+people)\b", re.I)
CHARITY_RUNS_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:charity|social\s+enterprise|community\s+interest\s+company|CIC)"
                                r"\s+(?:that|which)\s+(?:already\s+|now\s+|also\s+)?(?:runs|provides|offers|delivers)\b[^.;]{0,120}?"
                                r"\b(?:treatment|recovery|rehab|detox|addiction)\b")
# "The building will be run by X": who runs a recovery house runs the service in it
HOUSING_RUN_BY_BEFORE = re.compile(r"\b(?:building|buildings|house|houses|hostel|flats|accommodation|premises)\b[^.;]{0,60}?"
                                   r"\b(?:is|are|was|were|will\s+be|would\s+be|to\s+be)\s+(?:run|managed|operated)\s+by\s+(?:the\s+)?$", re.I)
# a body's head: a service brand has none of its own
LEADER_OF = r"\b(?i:chief\s+executive|CEO|founder|co-founder|chair\s+of\s+trustees|managing\s+director)"
# a name that ends like a building ("Hamoaze House") is the organisation when it is what runs something
AGENT_BEFORE = re.compile(r"\b(?:run|managed|operated)\s+by\s+$")
AGENT_VENUE_END = re.compile(r"\b(?:House|Centre|Center|Café|Cafe)$")  # (or the text calls it one: "X House, the Devonport charity", "X Café, a small charity")
# "the X Café, run by a small charity of the same name": the place is named for the charity that runs it
SAME_NAME_CHARITY_AFTER = re.compile(r",?\s+(?:which\s+is\s+)?run\s+by\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:charity|social\s+enterprise"
                                     r"|community\s+interest\s+company|CIC|trust)\s+of\s+the\s+same\s+name\b")
# "... at X House in Devonport say they feel it too. The charity runs ...": the next sentence calls it one
CHARITY_NEXT = re.compile(r"(?: (?:in|at|on) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)?(?: [a-z][\w’'-]*){0,10}\. The (?:[a-z]+ ){0,2}?(?:charity|social enterprise|community interest company|CIC)\b")
# a "House" that runs something is the charity of that name ("X House has run a rehab", "X House, which
# runs a day programme"); "the Phoenix Centre runs a service" stays a building
VENUE_RUNS_AFTER = re.compile(r"(?:,\s+which)?\s+(?:has\s+|have\s+|had\s+)?(?:run|runs|ran|operated|operates)\s+(?:a|an|its|the)\b")
# "Waythrough, formed when Humankind merged with Richmond Fellowship, will take over": a party to a
# merger the sentence tells of, not the subject of the verb after it
# ("merged with the mental health charity Richmond Fellowship": words that say what the body is may come first)
MERGER_PARTY_BEFORE = re.compile(r"\b(?:merge|merged|merging|merges)\s+with\s+(?:(?:the|a|an|fellow)\s+)?(?:[a-z][\w-]*\s+){0,4}?$|\bmerger\s+(?:of|between)\s+[^.;]{1,100}?\s+(?:and|with)\s+(?:the\s+)?$"
                                 r"|\bmerger\s+(?:of|between)\s+(?:the\s+)?$")
# "Waythrough, the charity formed when X merged with Y, will take over ...": the verb after Y is the
# head name's, whose apposition Y ends; and the head name is what the merger made, not a party to it
_FORMED_APPOSITION = r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:formed|created)\s+(?:in\s+\d{4}\s+)?(?:when|from|by|after)\b"
FORMED_APPOSITION_AFTER = re.compile(_FORMED_APPOSITION)
FORMED_APPOSITION_BEFORE = re.compile(_FORMED_APPOSITION + r"[^,.;]*$")
# "It was formed in April 2011, when X joined with ...": X is the body before the merger, not a provider now
FORMED_WHEN_BEFORE = re.compile(r"\b(?:formed|created|established|set\s+up)\b[^.;]{0,30}?\bwhen\s+(?:the\s+)?$")
_PAIR_JOINED = r"\s+(?:came\s+together|merged|combined|amalgamated|joined\s+forces)\b"  # "X and Y came together"
JOINED_WITH_AFTER = re.compile(rf"\s+(?:joined|merged|combined|amalgamated)\s+with\b|\s+(?:and|&)\s+(?:the\s+)?[A-Z][^.;]{{0,60}}?{_PAIR_JOINED}")
# "... formed in 2024 when X and | Y came together": the second of the two bodies that merged
FORMED_WHEN_PAIR_BEFORE = re.compile(r"\b(?:formed|created|established|set\s+up)\b[^.;]{0,30}?\bwhen\s+(?:the\s+)?[A-Z][^.;]{0,60}?\s+(?:and|&)\s+(?:the\s+)?$")
PAIR_JOINED_AFTER = re.compile(_PAIR_JOINED)
# a capitalised "The" after a word of the sentence (not opening it) is part of the name that follows
THE_MID_SENTENCE = re.compile(r"[a-z,(][^\S\n]*The $")
# a name's initials in brackets after it ("... Foundation (NERAF)"): the name may hold small words
# the name pattern stops at ("Northern Engagement into Recovery from Addiction Foundation")
INITIALS_AFTER = re.compile(r" \(([A-Z]{3,8})\)")
NAME_WORDS_BEFORE = re.compile(r"(?:(?:[A-Z][\w’'-]*|[a-z]{2,7}) ){1,7}$")
COUNCIL_ON = re.compile(r"\bCouncil on\b")  # "Council on Addiction X", a charity: no local authority is named so
# "York in Recovery", "Build on Belief": a name goes on past "in" or "on" to one capitalised word that is
# no place, month or day ("run by Humankind in Leeds", "a contract with Acme on Monday" end before it)
NAME_TAIL = re.compile(r" (?:in|on) ([A-Z][a-z’'-]+)(?![\w’'-]| [A-Z])")
# a table column naming who runs each row's service: "Provider", "Delivered by", "Team run by" (a bare
# "Run by" beside a "Hospital" column may name who runs the hospital)
PROVIDER_COLUMN = re.compile(r"\bproviders?\b|\b(?:delivered|provided)\s+by\b"
                             r"|\b(?:team|service|clinic|treatment)\b[^|]*\b(?:run|operated)\s+by\b", re.I)
# a landmark a place is found by, not an organisation: "a cafe near the Level which offers ..."
LANDMARK_BEFORE = re.compile(r"\b(?:near|opposite|beside|behind|outside|overlooking|next\s+to|across\s+from|close\s+to)\s+the\s+$")
# a college named in full after its short name: "Birkbeck, University of London"
INSTITUTION_AFTER = re.compile(r",\s+(?:the\s+)?(?:University|College)\s+of\b")
# a council directorate after an officer's title (providers.toml's job_titles): "the Strategic Director, Adult and
# Community Services"
DIRECTORATE_BEFORE = re.compile(rf"\b{lexicon.words_regex(_WORDS['job_titles'])}\s*,\s+(?:the\s+)?$")
# an office named by its directorate: "the Executive Director of People and Communities", "the Director of
# Public Health" (a person's post, whatever the contract is delegated to)
OFFICE_OF = re.compile(rf"^(?:[A-Z][a-z]+\s+){{0,2}}{lexicon.words_regex(_WORDS['job_titles'])}\s+(?:of|for)\s+")
DIRECTORATE_WORDS = set(_WORDS["directorate_words"])
# a person by the job an apposition gives them: "Reece Tamm, a recovery worker at Humankind, ..."
PERSON_JOB_AFTER = re.compile(r",\s+(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:worker|manager|officer|nurse|volunteer|mentor"
                              r"|co-?ordinator|director|lead|founder|trustee|counsellor|practitioner|key\s?worker|doctor|consultant"
                              r"|psychiatrist|pharmacist|spokes(?:person|man|woman))\s+(?:at|for|with|of|from)\b")
USED_BY_BEFORE = re.compile(r"\b(?:used|hired|booked|rented|taken)\s+by\s+(?:the\s+)?$")
HOSTING = re.compile(rf"\b{lexicon.words_regex(_WORDS['hosting_words'])}\b", re.I)
# a drug or alcohol team named right before who runs it ("alcohol care teams run by"), not a team at a
# hospital that is run by someone ("the alcohol care team at the Royal, run by X": X runs the Royal)
# ("the team of nine nurses and alcohol workers is run by X")
TEAM_RUN_BY_BEFORE = re.compile(r"(?:\b(?:alcohol|drugs?|addictions?|substance\s+misuse)\s+(?:[\w-]+\s+){0,2}?(?:team|teams|service|services|nurses?)"
                                r"|\bteams?\s+of\s+(?:[\w-]+\s+){0,5}?(?:alcohol|drugs?|addictions?)\s+(?:workers|nurses|practitioners|specialists))"
                                r"\s+(?:(?:is|are|was|were)\s+)?(?:run|provided|delivered|operated|led)\s+by\s+(?:the\s+)?$", re.I)
# the trust's own drug or alcohol staff, in its sentence: "X NHS Trust (SHSC) is to place two of its drug and
# alcohol nurses at the day centre"
# (not "its specialist alcohol nurse on the wards": a hospital's own liaison post)
OWN_TREATMENT_STAFF_AFTER = re.compile(r"(?:\s*\([A-Z]{2,8}\))?[^.;:]{0,80}?\bits\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:drugs?\s+and\s+alcohol|addictions?|substance\s+misuse)"
                                       r"\b[^.;]{0,20}?\b(?:nurses?|workers?|team|teams|clinicians|staff)\b")
# "X NHS Trust agreed to extend its alcohol care team": the trust's own hospital team, said of the trust
# itself (not "the hospital, run by X, had lost its alcohol care team")
# (a clause on the hospital may come between: "X NHS Trust, which runs the hospital, also employs the alcohol care
# team's six nurses")
EXTENDS_OWN_TEAM_AFTER = re.compile(r"(?:,\s+(?:which|that)\s+[^,.;]{1,60},)?\s+(?:also\s+)?(?:(?:has|had|have|is|are)\s+(?:to\s+)?|will\s+|(?:agreed|plans|decided|wants|hopes)\s+to\s+)?"
                                    r"(?:extend|expand|run|fund|set\s+up|launch|recruit|employ|keep|double|grow)\w*\s+(?:its|the)\s+"
                                    r"(?:own\s+)?(?:[\w-]+\s+){0,2}?alcohol\s+(?:care|liaison)\s+(?:team|teams|service|nurses)\b")
ISSUER_OWN_TEAM = re.compile(r"\b[Oo]ur\s+(?:own\s+|new\s+|hospital\s+)?(?:alcohol\s+care|alcohol\s+liaison|drug\s+and\s+alcohol|addictions?|substance\s+misuse)"
                             r"\s+(?:team|teams|service|services|nurses)\b", re.I)
# a trust's name as the first line of its own papers, alone or before "| Board of Directors"
ISSUER_HEAD = re.compile(r"\s*((?:[A-Z][\w’'-]*,?\s+(?:(?:and|AND)\s+)?)+NHS\s+(?:(?:Foundation|FOUNDATION)\s+)?(?:Trust|TRUST))[ \t]*(?:\||\n|$)")
# the Trust (its own papers write "the Trust" or "the trust") running drug and alcohol services
_OWN_FIELD = r"(?:substance\s+misuse|drug\s+and\s+alcohol|drugs?|alcohol|addictions?|dual\s+diagnosis)"
# (also "the dual diagnosis service, which the trust had run in two towns since April")
OWN_TRUST_SERVICES = re.compile(rf"\b{_OWN_FIELD}\s+(?:treatment\s+)?services?,?\s+(?:that\s+|which\s+)?the\s+[Tt]rust\s+(?:has\s+|had\s+)?(?:provides|provided|runs|ran|run|delivers|delivered)\b"
                                rf"|\bthe\s+[Tt]rust['’]s\s+(?:[\w-]+\s+){{0,2}}?{_OWN_FIELD}\s+(?:treatment\s+)?(?:services?|budget|contracts?)\b"
                                rf"|\bthe\s+[Tt]rust\s+(?:will\s+)?(?:hold|holds|held)\s+its\s+{_OWN_FIELD}\s+contracts?\b"
                                rf"|\bthe\s+[Tt]rust\s+(?:currently\s+|also\s+|still\s+)?(?:provides|provided|runs|ran|delivers|delivered)\s+(?:[\w-]+\s+){{0,3}}?{_OWN_FIELD}\s+(?:treatment\s+)?services?\b")
HOSPITAL_TEAM = re.compile(rf"(?<!\w){lexicon.words_regex(_WORDS['hospital_teams'])}(?!\w)", re.I)
COMMUNITY_TREATMENT = re.compile(rf"\b{lexicon.words_regex(_WORDS['community_treatment'])}\b", re.I)
TREATMENT_WORDS = re.compile(rf"\b{lexicon.words_regex(_WORDS['treatment_words'])}\b", re.I)
# the service or contract the words just before have named, or a subcontract for it
SERVICE_ANAPHOR = re.compile(r"\b(?:the|this|that|its)\s+(?:new\s+)?(?:service|contract|team|project|scheme|pilot)\b", re.I)
# a paragraph opening on how the service it names back is run: "The team is delivered by X in partnership with Y"
ANAPHOR_RUN_BY = re.compile(rf"\s*{SERVICE_ANAPHOR.pattern}\s+(?:is|was|will\s+be|has\s+been|are|were)\s+(?:now\s+|jointly\s+)?(?:run|delivered|provided|led|operated)\b", re.I)
SUBCONTRACT = re.compile(r"\bsub-?contract", re.I)
SHORT_NAME_FOLLOWERS = set(_WORDS["short_name_followers"]) | set(_WORDS["provider_cues"])
# "run by the charity Likewise", "contract awarded to Acme Recovery", "delivered by Cheshire and Wirral
# Partnership NHS Foundation Trust": the organisation is the provider even when we do not list it.
# (a full stop inside a word, "A.B.", never at its end, where it closes the sentence)
_WORD = r"[A-Z](?:[\w'’&-]|\.(?=\w))*+"
ORG = rf"((?:The )?{_WORD}(?:(?:,? and |,? & | of | for |, | ){_WORD})*)"
# ...that may go on with "in the", "on" or "to" and one more word ("Genie in the Gutter", "Pathway to Recovery"), only
# in a pattern that also says what the organisation is
ORG_TAILED = rf"((?:The )?{_WORD}(?:(?:,? and |,? & | of | for |, | ){_WORD})*(?: (?:in|on|to)(?: the)? {_WORD}(?: {_WORD})*)?)"  # ("Road to Recovery Trust")


def _unlisted_pattern(u):
    pattern = lexicon.fill(u["pattern"], ORG=ORG, ORG_TAILED=ORG_TAILED)
    opening = next((p for p in (r"\b{ORG}", r"\b{ORG_TAILED}") if u["pattern"].startswith(p)), None)
    anchor = re.compile(u["anchor"]) if "anchor" in u else None
    return {"rx": re.compile(pattern), "list": u.get("list", False), "needs_treatment": u.get("needs_treatment", False),
            "literals": prefilter.required_literals(pattern),  # a text holding none of them is skipped
            # a pattern that opens with the name is tried only where its words after the name occur:
            # the name alone matches at every capital, which costs more than all the other patterns;
            # with an `anchor` (words every match holds), only round the anchor's hits (anchored.finditer)
            "after": re.compile(lexicon.fill(u["pattern"].removeprefix(opening), ORG=ORG)) if opening and anchor is None else None,
            "anchor": anchor}


UNLISTED = [_unlisted_pattern(u) for u in _WORDS["unlisted"]]
UNLISTED_PATTERNS = [u["rx"] for u in UNLISTED]
# "Forward Steps (Acme Recovery, Brightpath and Northgate Health)": the partners that run a service
PARTNERS_AFTER_SERVICE = re.compile(rf"\s*\({ORG}\)")
# (or "held by X, Y and the Z": the list's last name after "the")
AND_BY_AFTER = re.compile(rf",?\s+(?:and|&)\s+(?:(?:by|to|with)\s+(?:the\s+)?|the\s+(?=[A-Z])){ORG}")
# "... include Phoenix Futures, which runs a residential service, and The Basement Recovery Project": the
# list goes on past a clause about its first name
# (also past an apposition before the clause: "by X, the charity known until last year as Y, which runs ..., and by Z")
AND_AFTER_CLAUSE = re.compile(rf",\s+(?:(?:the|a|an)\s+[^.;,]{{1,80}},\s+)?(?:which|who|whose)\s+[^.;]{{1,160}}?,\s+(?:(?:and|&)\s+(?:by\s+|with\s+)?|together\s+with\s+)(?:the\s+)?{ORG}")
ORGANISATION_ENDINGS = set(_WORDS["organisation_endings"])
# staff moving from a body: "63 staff transferred from X to the new provider"
STAFF_MOVED_FROM = r"\b(?:staff|employees|workers|nurses|posts)\b[^.;]{0,30}?\b(?:transferred|transfer|transferring|moved|move|moving)\s+(?:over\s+)?from\s+(?:the\s+)?"
# Local service names: "Newcastle Treatment and Recovery", "Redditch Recovery Service".
SERVICE_NAME = re.compile(rf"\b((?:[A-Z][\w'’-]+ )+{lexicon.words_regex(_WORDS['service_name_endings'])})\b"
                          rf"(?! {lexicon.words_regex(_WORDS['organisation_endings'])}\b)")  # "Acme Recovery CIC" is a company
# Words between a service and its provider that say who runs it.
RUN_BY = re.compile(r"^[^.;]{0,40}?\b(?:run|delivered|provided|operated|led) by\b[^.;]{0,20}$")
RUNS = re.compile(r"^[^.;]{0,40}?\b(?:runs|run|delivers|operates|provides|will run|now runs|took over|takes over)\b[^.;]{0,20}$")
# "Pavilions, the city's main drug and alcohol service, whose ...": what the apposition calls a service is
# one ("the ... service provider" is an organisation)
SERVICE_APPOSITION_AFTER = re.compile(r",\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,7}?services?(?=\s*[,.;]|\s+(?:for|in|across|which|that|whose)\b)")
# "Fellside Recovery Service took over treatment in April. It is run by X NHS Foundation Trust": the
# next sentence says who runs the service the sentence is about
IT_RUN_BY_NEXT = re.compile(r"[^.;\n]{0,200}\.\s+(?:It|The\s+(?:new\s+)?service|This\s+service)\s+(?:is|was|has\s+been|will\s+be)\s+(?:now\s+|also\s+|jointly\s+)?(?:run|delivered|provided|operated|led)\s+by\s+(?:the\s+)?")
# "Acme Health (AH)": a short form the text defines for an organisation it names
# "X, the area's drug and alcohol service, which is delivered by Y": X is the service's name, Y runs it
# (the run-by may follow what the service does: "..., which provides treatment to ... and is delivered by")
RUN_BY_OTHERS_AFTER = re.compile(r",?\s+(?:the\s+[^,.;]{0,60}?,\s+)?(?:which|that)\s+(?:[^.;]{0,160}?\s+and\s+)?(?:is|are|was|were|has\s+been|will\s+be)\s+"
                                 r"(?:now\s+|also\s+|jointly\s+)?(?:run|delivered|provided|operated)\s+by\b")
# "the Leeds-based charity Acme Recovery": the place it is based in describes the organisation named next
BASED_DESCRIPTOR = re.compile(rf"[\w’']-{gazetteer.BASED_WORDS}$")
ORG_NOUNS = r"(?:charity|organisation|social enterprise|provider|company|trust)"
DESCRIBED_ORG_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?{ORG_NOUNS}\s+{ORG}")
# "the recovery charity Likewise": a name the text calls an organisation is none of a person's,
# whatever the model's entity label says
ORG_NOUN_BEFORE = re.compile(rf"\b{ORG_NOUNS}\s+$")
# ("Sheffield Alcohol Support Service is a city charity that ...": called one in its own clause too)
# (its initials may come first: "Telford After Care Team (TACT), a community interest company")
ORG_NOUN_AFTER = re.compile(r"(?:\s+\([A-Z]{2,8}\))?(?:,|\s+[–—-]|\s+(?:is|was|has\s+been))\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:charity|social\s+enterprise|community\s+interest\s+company"
                            r"|organisation|company|provider|group(?!\s+of\b))\b(?![’'])")  # (not "Jo Bell, the company's founder")
# ("X, a Wrexham group that organises mutual aid meetings" calls X an organisation; "a group of" does not)
# a name its apposition calls a peer or mutual aid group: "run by X, a peer group set up this spring by two women
# who met at a treatment group" (a mutual aid group is no provider; "a peer-led group that has supported ..." may be)
PEER_GROUP_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:(?:new|small|local|weekly|monthly|informal|volunteer-run)\s+)?(?:peer|mutual[\s-]aid|self-help)\s+(?:support\s+)?group\b")
# a body with people of its own: "X, whose peer volunteers meet patients on the wards"
ORG_PEOPLE_AFTER = re.compile(r",\s+whose\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}?(?:volunteers|staff|workers|mentors|trustees|employees|counsellors|nurses)\b")
ORG_DESCRIBED_AFTER = re.compile(rf",\s+which\b|{ORG_NOUN_AFTER.pattern}|{ORG_PEOPLE_AFTER.pattern}")
# "provided by X, the community service by Y": a later "by" in a sentence that began with "provided by"
RUN_BY_EARLIER = re.compile(rf"{RUN_BY_WORDS}|\b(?:run|provided|delivered|operated)\s+(?:in|across|throughout)\s+[^.;]{{1,40}}?\bby\b")  # ("delivered across the county by")
_RUN_BY_NAME = rf"{RUN_BY_WORDS}\s+(?:the\s+)?[A-Z][\w’'&-]*(?:,?\s+(?:[A-Z][\w’'&-]*|\([A-Z]{{2,8}}\)|of|for|and)){{0,10}}"  # "run by X"
# the second of a pair named after "by": "delivered by Essex Partnership University NHS Foundation Trust
# (EPUT) and | Open Road respectively" (only names between "by" and "and")
RUN_BY_PAIR_BEFORE = re.compile(rf"{_RUN_BY_NAME}\s+(?:and|&)\s*$")
# "delivered by Humankind in partnership with X": a partner in running it
RUN_BY_PARTNER_BEFORE = re.compile(rf"{_RUN_BY_NAME}\s+(?:in\s+partnership|jointly|together)\s+with\s*$")
# "awarded the three-year contract to X NHS Foundation Trust": X runs what the contract buys, wherever it works
AWARDED_TO_BEFORE = re.compile(r"\b(?:awarded|given|handed|let)\s+(?:the|a|an|its)\s+(?:[\w£,.-]+\s+){0,5}?(?:contract|tender)s?\s+to\s+(?:the\s+)?$")
# a sentence whose subject is the service, run by the name: "The £390,000 service will be run by X NHS
# Foundation Trust, ... and its nurses will work on the wards" (not "the team at the Royal, run by X")
# (or a clause on the service itself: "in the alcohol care team, which will be run by X", "the hospital's
# alcohol care team, which is run by X": X runs the team, whoever runs the hospital; where "the team at
# Ipswich Hospital, which is run by X" is about the hospital)
# ("At X Hospital the alcohol care team is employed directly by Y": Y's own team)
# ("The 16-bed unit, on the X Hospital site, is run by Y": the unit, wherever it stands)
# ("was employed and run by": two of the verbs)
_SERVICE_RUN_BY = (r"(?:will\s+be|would\s+be|is|was|are|were|has\s+been|had\s+been|is\s+being)\s+(?:directly\s+|jointly\s+)?"
                   r"(?:(?:run|delivered|provided|led|operated|employed|managed|staffed)\s+and\s+)?(?:run|delivered|provided|led|operated|employed|managed)\s+(?:directly\s+|jointly\s+)?by\s+(?:the\s+)?$")
# (the team may be sized: "The team of five will be run by")
# (not a reported clause, "the Director explained that the team was employed by X": in minutes that is
# mostly a hospital's own team set beside the contract)
SERVICE_RUN_BY_BEFORE = re.compile(r"(?:^\s*(?:(?:The|This|That|Its)|(?:At|In|Since|From|Under|Until)\s+[^,.;]{1,50}?,?\s+(?:[Tt]he|[Tt]his|[Ii]ts))\s+"
                                   r"(?:(?!that\s)[\w£,.-]+\s+){0,4}?(?:service|scheme|team|pilot|unit|ward)"
                                   r"(?:\s+of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+[a-z-]+){0,2})?"
                                   r"(?:,\s+(?:on|at|in)\s+[^,.;]{1,60},)?\s+|\b(?:service|scheme|team|pilot),?\s+which\s+)"
                                   + _SERVICE_RUN_BY +
                                   # ("funding for a new in-reach service to be run by X")
                                   r"|\b(?:service|scheme|team|pilot)\s+to\s+be\s+(?:run|delivered|provided|led|operated)\s+by\s+(?:the\s+)?$"
                                   # ("It replaces the current service provided by X": the incumbent)
                                   r"|\b(?:current|existing|previous|present|outgoing)\s+(?:[\w’'-]+\s+){0,4}?(?:service|services|scheme|contract)"
                                   r"\s+(?:(?:is|was)\s+)?(?:run|delivered|provided|led|operated|held)\s+by\s+(?:the\s+)?$")
# the service's sentence read further back: "Since April 2013 the service had been commissioned by the County
# Council, at a cost of £312,000 a year, and delivered by X" (the commissioner first, then who delivers it)
COMMISSIONED_AND_RUN_BY_BEFORE = re.compile(r"\b(?:service|scheme|team|pilot|unit)\s+(?:will\s+be|is|was|has\s+been|had\s+been)\s+"
                                            r"commissioned\s+by\s+[^.;]{1,100}?,?\s+and\s+(?:is\s+|was\s+|has\s+been\s+|will\s+be\s+)?"
                                            r"(?:run|delivered|provided|operated|led)\s+by\s+(?:the\s+)?$")

# treatment said to be given by the name, wherever: "inpatient detox was provided at the Gritton Hospital by X"
# (not "a detox at X Hospital, which is run by Y": the clause is the hospital's)
TREATMENT_GIVEN_BY_BEFORE = re.compile(r"\b(?:detox|detoxification|prescribing|substitute\s+prescribing|rehab|treatment)\b[^.;:,]{0,40}?"
                                       # ("Prescribing will continue to be provided by X")
                                       r"\b(?:is|was|are|were|has\s+been|(?:will|would|is\s+to|are\s+to|(?:will\s+)?continues?\s+to|continued\s+to)\s+"
                                       r"(?:continue\s+to\s+)?be)\s+(?:provided|delivered|given|offered|run|carried\s+out)"
                                       r"\s+(?:(?:at|in)\s+(?:the\s+)?[^.;:,]{1,40}?\s+)?by\s+(?:the\s+)?$", re.I)
# "The clinic is run jointly with the ward's alcohol care team, which is employed by X NHS Foundation
# Trust": the team runs the clinic too, and X is its employer (read from "jointly": the
# words before a name are read back only 80 characters)
JOINT_TEAM_EMPLOYER_BEFORE = re.compile(r"\bjointly\s+with\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?"
                                        r"(?:team|teams|nurses|service),?\s+(?:which|who)\s+(?:is|are|was|were)\s+"
                                        r"(?:employed|run|managed|provided)\s+by\s+(?:the\s+)?$", re.I)
STAFFED_BY_BEFORE = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?:jointly\s+)?staffed(?:\s+and\s+(?:run|managed|led))?\s+by\s+(?:the\s+)?$")
# a sentence whose subject is "the trust" saying it lends the service rooms: "The hospital trust provides
# accommodation and access to clinical systems but does not employ the team"
THE_TRUST_HOSTS = re.compile(r"(?:^|[.!?]\s+)The\s+(?:hospital\s+|acute\s+)?trust\s+(?:only\s+|also\s+|still\s+)?"
                             r"(?:provides|provided|gives|gave|lends|lent|supplies|supplied|offers|offered)\s+(?:the\s+(?:team|service)\s+)?"
                             r"(?:with\s+)?(?:accommodation|rooms?|office\s+space|clinic\s+space|premises|desk\s+space|a\s+base)\b[^.\n]*", re.M)
# a paper's line of who wrote it or who came: "Reporting officers:", "Report author:", "In attendance:"
WHO_FIELD_LINE = re.compile(r"(?:Reporting\s+officers?|Report(?:ing)?\s+authors?|Report\s+from|Authors?|Contact\s+officers?|Lead\s+officers?"
                            r"|Present|In\s+attendance|Also\s+(?:present|in\s+attendance)|Attendees)\s*:", re.I)
# (the last of several addressees too: "would write to Swindon Borough Council, Change Grow Live and X")
# ("For Scunthorpe General Hospital, please contact X NHS Trust": where to ask, not who treats)
ADDRESSED_BEFORE = re.compile(r"(?:\b(?:write|writes|wrote|writing|written|letter|letters|meet|meeting|met)\s+(?:to|with)|\bplease\s+contact)\s+(?:the\s+)?"
                              r"(?:[A-Z][\w’'&-]*(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w’'&-]*)*,\s+){0,4}"
                              r"(?:[A-Z][\w’'&-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w’'&-]*)*\s+and\s+(?:the\s+)?)?$")
DECLARED_BEFORE = re.compile(r"\b(?:declared|declares|declaring|declaration\s+of)\b[^.;:\n]{0,150}$", re.I)
AWARD_EARLIER = re.compile(r"\b(?:award(?:ed|ing|s)?|contracts?|lots?)\b", re.I)  # what a short name is given "to"
CONTRACT_HELD = re.compile(r"\bcontracts?\b.*\b(?:held|won)\s*$")  # "contracts, the largest of which was held" by X
DEFINED_SHORT_FORM = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,7})\)")
# "Service Director, Cheshire and Wirral ... Trust": a job title before a name, dropped
JOB_TITLES = set(_WORDS["job_titles"])
JOB_TITLE_BEFORE_NAME = re.compile(rf"^(?:[A-Z][a-z]+ )*{lexicon.words_regex(_WORDS['job_titles'])}[^,]*,\s+")
# a person's title or office and their name closing what was read as a name: "Blackpool South MP Martin X"
TITLED_PERSON_AT_END = re.compile(r"\b(?:MP|MEP|Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Sir|Dame)\s+[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+)?$")
# (a council office's "for" names its portfolio: "Cabinet Member for Health")
PORTFOLIO_FOR = re.compile(r"\b(?:[Mm]ember|[Hh]older|[Ll]ead|[Cc]hampion)\s+for\s+$")
# "Jo Bell, Clinical Director of Acme Health": a person and their job before the organisation
PERSON_AND_JOB = re.compile(rf"^.*?,\s+(?:[A-Z][a-z]+ )*{lexicon.words_regex(_WORDS['job_titles'])}\b[^,]*?\s(?:of|at|for)\s+")
# a name may open with a digit: "5 Boroughs Partnership NHS Foundation Trust", "2gether NHS Foundation Trust"
# (not a year and a small word: "delivered since 2015 by Acme NHS Trust")
# ("5 Boroughs Partnership", "2gether": a name may open with a number, but not a minute's "23.6 Epsom and ...")
# (or a council's officer: "That the Director of Public Health and X NHS Foundation Trust be asked to agree ...")
COMMISSIONER_AND = re.compile(r"^.*\b(?:Council|Councils|Board|ICB|CCG|Police|Commissioner|Public\s+Health|Director|Officer)\s+(?:and|&)\s+(?=[A-Z])")
# ("Kent and Medway NHS and Social Care Partnership Trust": a trust of health and social care)
NHS_TRUST = re.compile(r"\b((?:(?:[A-Z]|(?<![\d.])\d{1,2} [A-Z]|\d{1,2}[a-z])[\w'’-]*(?:,? | and | & | of ))+NHS (?:and Social Care Partnership |Foundation )?Trust"
                       r"|(?:(?:[A-Z]|(?<![\d.])\d{1,2} [A-Z]|\d{1,2}[a-z])[\w'’-]*(?:,? | and | & | of ))+NHS FT)\b")
TRUST_NAME_WORDS = set(_WORDS["trust_name_words"])
COMMUNITY_TRUST_WORDS = {w.lower() for w in TRUST_NAME_WORDS} - {"health", "foundation", "services"}  # "Care", "Partnership"
PERSON_TITLES = set(lexicon.titles("speaker"))  # "Dr", "Cllr", "Mr" open a person's name
ROLE_NOUN_WORDS = {w for w in lexicon.load("quotes.toml")["role_nouns"] if " " not in w}  # "Pharmacist", "Nurse"
ORG_WORDS = ({w for phrase in _WORDS["service_name_endings"] for w in phrase.split()} | TRUST_NAME_WORDS
             | set(_WORDS["organisation_endings"]) | set(_WORDS["organisation_words"]) | {"NHS"}) - {"and"}
# Capitalised words that open a sentence before an organisation's name ("From April Acme Recovery took over").
NAME_OPENERS = {w.lower() for w in _WORDS["name_openers"]}


def _slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _squash(name):
    """A name with case, spaces and punctuation folded: "ChangeGrowLive" and "Change Grow Live" agree."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


SUBJECT_PAIR = re.compile(rf"\b{lexicon.words_regex(_WORDS['subject_words'])} (?:and|&) {lexicon.words_regex(_WORDS['subject_words'])}\b")


# "the Larkspur Project on Tansy Lane, a small local charity that runs ...": the charity is the
# name before the street the apposition follows
STREET_WORDS = set(lexicon.load("figures.toml")["street_words"])
PLACE_AFTER_NAME_WORDS = STREET_WORDS | {"Park"}
NAME_BEFORE_STREET = re.compile(r"((?:The )?[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'&-]*)*)\s+(?:on|in|off|at)\s+$")
STREET_BEFORE_NAME = re.compile(rf"^(?:[A-Z][\w’'-]*\s+)+(?:{'|'.join(sorted(people.STREET_ENDINGS))}),\s+(?=[A-Z])")
PLACE_BEFORE_NAME = re.compile(r"^([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),\s+(?=[A-Z])")
COUNCIL_TAIL = re.compile(r"\s+(?:(?:City|Borough|County|District|Metropolitan Borough)\s+)?Council$")


def split_names(names: str) -> list[str]:
    """ "A, B and C" -> ["A", "B", "C"]; a one-word piece before an NHS trust's name is part of it
    ("Cheshire and Wirral Partnership NHS Foundation Trust" stays whole)."""
    # "Drug and Alcohol", "Health and Social Care" join the words of one name, not two names
    names_kept = SUBJECT_PAIR.sub(lambda m: m.group(0).replace(" and ", " \x00 ").replace(" & ", " \x01 "), names)
    parts = [p.strip().replace(" \x00 ", " and ").replace(" \x01 ", " & ")
             for p in re.split(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", names_kept) if p.strip()]
    out = []
    for part in reversed(parts):
        council = out and COUNCIL_TAIL.search(out[-1])
        joiner = re.search(re.escape(part) + r"( and | & )", names)
        if council and joiner and gazetteer.is_place_name(f"{part} and {out[-1][:council.start()]}"):
            out[-1] = part + joiner.group(1) + out[-1]  # "Brighton and Hove City Council": one council
            continue
        trust = out and re.search(r"NHS (?:Foundation )?Trust$|NHS FT$", out[-1])
        if trust and (gazetteer.is_place_name(part) or gazetteer.is_place_stem(part)) and names.find(part) < names.find(out[-1]):
            # "South Tyneside and Sunderland NHS Foundation Trust": a place joined to the trust's name
            joiner = re.search(re.escape(part) + r"(,? and |,? & |, )", names)
            out[-1] = part + (joiner.group(1) if joiner else " and ") + out[-1]
            continue
        # "Care NHS FT" or "Social Care NHS Foundation Trust" alone is only the end of a trust's name
        generic = trust and set(out[-1][:trust.start()].split()) <= TRUST_NAME_WORDS
        # "North Tees and Hartlepool NHS Foundation Trust": plain words before are the trust's own;
        # a provider's name is not ("Lifeline and Tees, Esk and Wear Valleys NHS Foundation Trust")
        plain = len(part.split()) <= 3 and all(_river_like(w) for w in part.split())
        known = gazetteer.without_the(part) in gazetteer.provider_names()
        # "Likewise and Nottinghamshire Healthcare NHS Foundation Trust": the trust is whole already
        joiner = re.search(re.escape(part) + r"(,? and |,? & |, )", names)
        joined = part + (joiner.group(1) if joiner else " and ") + out[-1] if trust else ""
        whole = (trust and not generic and gazetteer.without_the(joined) not in gazetteer.provider_names()
                 and (gazetteer.without_the(out[-1]) in gazetteer.provider_names() or _whole_trust(out[-1])))
        if trust and not known and not whole and (plain or generic) and names.find(part) < names.find(out[-1]):
            out[-1] = joined
        else:
            out.append(part)
    return out[::-1]


# the town of an address after a name: "..., Southampton"
ADDRESS_PLACE_AFTER_NAME = re.compile(r",\s+([A-Z][\w’'-]+(?:[ -](?:upon |on |under )?[A-Z][\w’'-]+)*)$")


class ProviderFinder:
    def __init__(self, nlp):
        self.safe = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.ambiguous = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lookup = {}
        self.squashed = {}  # "changegrowlive" -> slug: names written as one word
        self.brands = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.brand_names = set()
        stop = nlp.Defaults.stop_words
        self.joint_brands = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.short_lookup = {}
        for p in gazetteer.providers().values():
            if p.type == "partnership":
                # a service run jointly by providers ("Aspire Drug and Alcohol Service"): a brand, not a provider
                self.joint_brands.add(p.slug, list(nlp.tokenizer.pipe(sorted({p.name, *p.aliases}))))
                continue
            if p.brands:
                self.brands.add(p.slug, list(nlp.tokenizer.pipe(p.brands)))
                self.brand_names |= {b.lower() for b in p.brands}
            safe_names = {p.name, *p.aliases} - set(p.ambiguous)
            for name in safe_names:
                self.lookup[name] = p.slug
                self.lookup.setdefault(name.lower(), p.slug)
                if " " in name.strip() and len(_squash(name)) >= 6:
                    self.squashed.setdefault(_squash(name), p.slug)
            # in capitals ("CHANGE GROW LIVE" in a heading), unless every word is an ordinary one ("WITH YOU")
            capitals = {n.upper() for n in safe_names if len(n) >= 4 and
                        not all(w.lower() in stop for w in n.split())} - safe_names
            self.safe.add(p.slug, list(nlp.tokenizer.pipe(sorted(safe_names | capitals))))
            for short_name in p.ambiguous:  # "C&I" found from context is Camden and Islington, not a new provider
                self.short_lookup.setdefault(short_name, p.slug)
            if p.ambiguous:
                short = set(p.ambiguous) | {a.upper() for a in p.ambiguous if len(a) >= 4}
                self.ambiguous.add(p.slug, list(nlp.tokenizer.pipe(sorted(short))))
        # "CHANGES UK CIC": a short name in another case (the first provider to claim it wins)
        self.short_lookup_lower = {n.lower(): slug for n, slug in reversed(list(self.short_lookup.items()))}
        self.squashed_ids = string_ids(self.squashed)

    def __call__(self, doc):
        found = defaultdict(lambda: {"spans": {}, "matched": set(), "row": None})
        spans = []
        for match_id, s, e in self.safe(doc):
            if _tail_of_local_name(doc, s, e):
                continue
            if e < len(doc) and doc[e].text in PLACE_AFTER_NAME_WORDS:
                continue  # "Swanswell View", "Swanswell Park": a hostel or park named like the charity
            spans.append(doc[s:e])
            spans[-1]._.rw_canonical = doc.vocab.strings[match_id]
        for token in tokens_with(doc, "LOWER", self.squashed_ids):
            # "ChangeGrowLive", "#TurningPoint", "WithYou": CamelCase may be short, lower case must be long
            camel = any(c.isupper() for c in token.text[1:]) and not token.is_upper
            if token.text.isalnum() and (len(token) >= 8 or (camel and len(token) >= 6)):
                slug = self.squashed.get(token.lower_)
                if slug is not None:
                    spans.append(doc[token.i:token.i + 1])
                    spans[-1]._.rw_canonical = slug
        safe_slugs = {sp._.rw_canonical for sp in spans}
        ambiguous = list(self.ambiguous(doc))
        # Span.sent walks the whole doc on every call: sentence starts once, looked up by bisect
        sent_starts = [sent.start for sent in doc.sents] if ambiguous and spans else []
        sent_of = lambda i: sent_starts[bisect.bisect_right(sent_starts, i) - 1] if sent_starts else 0  # noqa: E731
        safe_sents = {sent_of(sp.start) for sp in spans}
        for match_id, s, e in ambiguous:
            span = doc[s:e]
            slug = doc.vocab.strings[match_id]
            # listed beside another provider in one sentence: "working with Delphi Medical, Early Break
            # (young people) and Red Rose Recovery"
            listed = span.start > 0 and doc[span.start - 1].lower_ in (",", "and", "&", "with", "including", "by", ":")
            near = any(abs(sp.start - span.start) <= 15 for sp in spans)
            beside = (listed and near and sent_of(span.start) in safe_sents and span.text[:1].isupper()
                      and not span[0].is_sent_start)
            if self._ambiguous_ok(span, slug in safe_slugs or beside):
                span._.rw_canonical = slug
                spans.append(span)
        services = self._services(doc)
        # a listed provider whose name ends like a service ("Red Rose Recovery") stays a provider; Span
        # extensions live by offsets, so labelling the same span a service would relabel the provider
        named = {(sp.start, sp.end) for sp in spans}
        services = [(sp, owner) for sp, owner in services if (sp.start, sp.end) not in named]
        for span, _ in services:
            span._.rw_canonical = "service"
        kept = filter_spans(spans + [sp for sp, _ in services])
        spans = [sp for sp in kept if sp._.rw_canonical != "service"]
        service_spans = [sp for sp in kept if sp._.rw_canonical == "service"]
        owners = dict(services)
        provs = gazetteer.providers()
        trusts = {sp._.rw_canonical for sp in spans if provs[sp._.rw_canonical].row().get("type") == "nhs_trust"}
        text = doc_text(doc) if trusts else ""
        hosts = set()
        for slug in trusts:
            # a trust the reference data lists runs drug and alcohol services, so a hospital team
            # it runs (an alcohol care team) is one of them; only rooms and hospitals are hosting
            mentions = [(sp.start_char, sp.text) for sp in spans if sp._.rw_canonical == slug]
            if only_hosts(text, mentions, listed=True) or any(denies_running(text, n) for n in {n for _, n in mentions}):
                hosts.add(slug)
        spans = [sp for sp in spans if sp._.rw_canonical not in hosts]  # a trust that only lends its rooms
        # "Waythrough, the charity formed from the merger of Humankind and Richmond Fellowship": a
        # provider named only as a party to a merger does not provide anything here
        full = text or doc_text(doc)
        # (one that speaks or is said to run the service is no mere party: "Humankind, which has run
        # the service since 2018, merged with ...", "Waythrough said ... the reason for the merger")
        merged = {slug for slug in {sp._.rw_canonical for sp in spans}
                  if all((MERGER.search(full[slice(*sentence_bounds(full, sp.start_char))])
                          or _merger_party(full, sp.start_char, sp.text))
                         and not (ACTS_AFTER.match(full, sp.end_char)
                                  and not FORMED_APPOSITION_BEFORE.search(full, max(0, sp.start_char - 160), sp.start_char))
                         and not ACTS_BEFORE.search(full, max(0, sp.start_char - 40), sp.start_char)
                         and not FORMED_APPOSITION_AFTER.match(full, sp.end_char)
                         for sp in spans if sp._.rw_canonical == slug)}
        named = {sp._.rw_canonical for sp in spans}
        # "since Action on Addiction became part of Forward": a charity the reference data has
        # merged into a successor the text names, and the text tells of the merger, is history
        # (unless the text also says it has run a service itself: "X has run a recovery cafe ... since 2012")
        merged |= {sp._.rw_canonical for sp in spans if provs[sp._.rw_canonical].successor in named
                   and JOINED.search(full[slice(*sentence_bounds(full, sp.start_char))])
                   and not any(RUNS_AFTER.match(full, other.end_char) for other in spans
                               if other._.rw_canonical == sp._.rw_canonical)}
        # "Clouds House, the treatment centre ... that is run by The Forward Trust": a charity merged into
        # its successor, named (here by its old house) in a sentence that says the successor runs it
        successor_at = defaultdict(list)
        for sp in spans:
            successor_at[sp._.rw_canonical].append(sp.start_char)
        merged |= {slug for slug in named if provs[slug].successor in named
                   and all(_run_by_in_sentence(full, sp.start_char, successor_at[provs[slug].successor])
                           for sp in spans if sp._.rw_canonical == slug)}
        if len(merged) < len(named):
            spans = [sp for sp in spans if sp._.rw_canonical not in merged]
        for span in spans:
            slug = span._.rw_canonical
            rec = found[slug]
            rec["spans"][span.start_char, span.end_char] = span.text
            rec["matched"].add(span.text)
            rec["row"] = provs[slug].row()
        # a name the text shows runs a service is an organisation even when it ends like a
        # service name ("run by Brightpath Recovery"); gazetteer brands stay services
        brand_spans = {sp for sp in service_spans if owners.get(sp)}
        covered = {i for sp in [*spans, *brand_spans] for i in range(sp.start_char, sp.end_char)}
        for name, start, span, kind in self._unlisted(doc, covered, service_spans):
            if kind == "service":
                if span not in service_spans:
                    service_spans.append(span)
                owners.setdefault(span, None)
                continue
            if kind in provs:  # a listed provider written another way ("THE FORWARD TRUST")
                slug, row = kind, provs[kind].row()
            else:
                slug = "unlisted-" + _slug(gazetteer.without_the(name))
                # one spelling however the page sets its apostrophes ("St George’s"), as the listed names are written
                row = {"slug": slug, "name": name.replace("’", "'"), "type": "nhs_trust" if "NHS" in name else None,
                       "status": None, "in_gazetteer": 0}
                if found[slug]["row"] and found[slug]["row"]["name"].startswith("The "):
                    row = found[slug]["row"]  # the name as written mid-sentence, "The" and all
            rec = found[slug]
            rec["spans"][start, start + len(name)] = name
            rec["matched"].add(name)
            rec["row"] = row
            service_spans = [sp for sp in service_spans if sp.end_char <= start or sp.start_char >= start + len(name)]
            if span is not None:
                span._.rw_canonical = slug
                spans.append(span)
        issuer = _issuer_trust(full)
        if issuer is not None and not any(start <= issuer[0] < end for rec in found.values() for start, end in rec["spans"]):
            start, end, name = issuer
            listed = gazetteer.provider_names().get(name)
            slug = listed.slug if listed else "unlisted-" + _slug(name)
            rec = found[slug]
            rec["spans"][start, end] = full[start:end]
            rec["matched"].add(full[start:end])
            rec["row"] = listed.row() if listed else {"slug": slug, "name": name, "type": "nhs_trust", "status": None, "in_gazetteer": 0}
        spans += self._short_forms(doc, spans, found)
        _merge_defined_short_forms(doc_text(doc), found, spans)
        _merge_first_word_forms(found, spans)
        doc._.rw_services = self._link_services(service_spans, owners, spans)
        doc._.rw_provider_spans = spans  # a place inside a service name ("Forward Leeds") still counts
        doc._.rw_providers = [{"slug": slug, "row": rec["row"], "matched": sorted(rec["matched"]),
                               "spans": [{"start": s, "end": e, "text": t} for (s, e), t in sorted(rec["spans"].items())]}
                              for slug, rec in found.items()]
        return doc

    def _short_forms(self, doc, spans, found):
        """Mentions of a short form the text defines: "Acme Health NHS Trust (AHT) ... AHT said"."""
        text, added = doc_text(doc), []
        taken = {i for sp in spans for i in range(sp.start_char, sp.end_char)}
        for span in list(spans):
            m = DEFINED_SHORT_FORM.match(text, span.end_char)
            if not m or m.group(1) in self.lookup:
                continue
            slug = span._.rw_canonical
            for use in re.finditer(rf"\b{re.escape(m.group(1))}\b", text[m.start(1):]):
                start = m.start(1) + use.start()
                short = doc.char_span(start, start + len(m.group(1)))
                if short is None or start in taken:
                    continue
                short._.rw_canonical = slug
                added.append(short)
                taken.add(start)
                found[slug]["spans"][short.start_char, short.end_char] = short.text
                found[slug]["matched"].add(short.text)
        return added

    def _services(self, doc):
        """[(span, gazetteer provider slug or None)] for named local services."""
        found = [(doc[s:e], doc.vocab.strings[m]) for m, s, e in self.brands(doc)]
        found += [(doc[s:e], None) for _, s, e in self.joint_brands(doc)]
        for m in SERVICE_NAME.finditer(doc_text(doc)):
            span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
            if span is not None and len(span) >= 2 and not NOT_PROVIDER.search(span.text):
                found.append((span, None))
        return found

    @staticmethod
    def _link_services(service_spans, brand_owner, provider_spans):
        """A service is linked to the provider its gazetteer row names, the organisations listed
        right after it ("Forward Steps (Acme Recovery, ...)": the first, the lead), or the one
        provider in its sentence."""
        out = {}
        for span in sorted(service_spans, key=lambda sp: sp.start):
            slug = brand_owner.get(span)
            if slug is None:
                same = [p for p in provider_spans if p.sent == span.sent]
                listed = [p for p in same if 0 <= p.start - span.end <= 3]
                # "X is run by Y", "Y, which now runs X": the text says who runs the service
                run_by = [p for p in same if p.start >= span.end and RUN_BY.search(span.doc[span.end:p.start].text)]
                runs = [p for p in same if p.end <= span.start and RUNS.search(span.doc[p.end:span.start].text)]
                near = {p._.rw_canonical for p in same}
                if listed:
                    slug = min(listed, key=lambda p: p.start)._.rw_canonical
                elif run_by:
                    slug = min(run_by, key=lambda p: p.start)._.rw_canonical
                elif runs:
                    slug = max(runs, key=lambda p: p.end)._.rw_canonical
                elif len(near) == 1:
                    slug = near.pop()
                else:
                    it_run_by = IT_RUN_BY_NEXT.match(doc_text(span.doc), span.end_char)
                    slug = next((p._.rw_canonical for p in provider_spans if it_run_by and p.start_char == it_run_by.end()), None)
            rec = out.setdefault(span.text, {"name": span.text, "provider_slug": slug, "matched": span.text, "spans": []})
            rec["provider_slug"] = rec["provider_slug"] or slug
            rec["spans"].append({"start": span.start_char, "end": span.end_char, "text": span.text})
        return list(out.values())

    @staticmethod
    def _ambiguous_ok(span, canonical_seen):
        text = span.text
        doc = span.doc
        nxt = doc[span.end] if span.end < len(doc) else None
        # ("picked the charity Early Break to run its outreach team": "to" and what it is to run)
        to_run = nxt is not None and nxt.lower_ == "to" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in TO_RUN_VERBS
        if nxt is not None and nxt.lower_ in ("the", "a", "an", "its", "their", "our", "this", "of", "to") and not to_run:
            return False  # "Via the app", "Forward to ..."
        if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and nxt.text not in SHORT_NAME_FOLLOWERS \
                and not (text.isupper() and _place_follows(doc, span.end)):
            # part of another name: "the Phoenix Centre", "Via Rail"; an initialism's local service
            # ("CGL Great Yarmouth") names that provider
            return False
        prev = doc[span.start - 1] if span.start > 0 else None
        if (prev is not None and prev.text[:1].isupper() and prev.is_alpha and prev.text not in SHORT_NAME_FOLLOWERS
                and (not prev.is_sent_start or re.search(rf"\b[a-z][\w’']*,?\s+{re.escape(prev.text)}\s+{re.escape(text)}\b", doc_text(doc)))):
            # tail of another name: "Financial Inclusion", "Open Door Phoenix"; at a sentence's start too
            # where the text writes the pair as a name elsewhere ("known as Step Forward ... Step Forward is")
            return False
        if re.search(rf"\b(?:known|branded|badged)\s+(?:locally\s+|simply\s+)?as\s+{re.escape(text)}\b", doc_text(doc)):
            return False  # "the treatment service, known locally as Spectrum": the text's name for a service
        if DEPARTMENT_HEAD_BEFORE.search(doc_text(doc), max(0, span.start_char - 40), span.start_char):
            return False  # "(Assistant Director, Inclusion)", "Head of Inclusion": a council's department
        if canonical_seen:
            return True
        if SERVICE_APPOSITION_AFTER.match(doc_text(doc), span.end_char):
            return False  # "Spectrum, the county's main adult drug and alcohol service, which X runs": a service's name
        if prev is not None and prev.lower_ == "by":
            before = doc[span.sent.start:prev.i].text
            # ("the adult service run in Gateshead by Lifeline": the "by" too)
            if RUN_BY_EARLIER.search(doc[span.sent.start:prev.i + 1].text) or CONTRACT_HELD.search(before):
                return True
        if prev is not None and prev.lower_ in ("and", "&") and RUN_BY_PAIR_BEFORE.search(doc_text(doc), doc[span.sent.start].idx, span.start_char):
            return True
        if prev is not None and prev.lower_ == "with" and RUN_BY_PARTNER_BEFORE.search(doc_text(doc), doc[span.sent.start].idx, span.start_char):
            return True  # "The team is delivered by Humankind in partnership with Likewise"
        if prev is not None and prev.lower_ == "to" and AWARD_EARLIER.search(doc[span.sent.start:prev.i].text):
            return True  # "Lot 1 would be awarded to Cranstoun, and Lot 2, the young people's service, to Via"
        if text.isupper() and len(text) <= 5:
            return bool(PROVIDER_CUES.search(doc_text(doc)))
        if OWN_STAFF_AFTER.match(doc_text(doc), span.end_char):
            return True  # "Open Road’s chief executive": a body with staff
        if OWN_PLACE_AFTER.match(doc_text(doc), span.end_char) and TREATMENT_WORDS.search(span.sent.text):
            return True  # "on a methadone script and attending Lifeline’s project twice a week": a body's own service
        if ITS_TREATMENT_PLACE_AFTER.match(doc_text(doc), span.end_char):
            return True  # "placements with Phoenix at its residential service in Sheffield": a body with its own rehab
        # a clause about it says what field it works in: "Lifeline, which has run the service since
        # 2013, ...", "Open Road, which has worked with drug users", "Lifeline, the charity which
        # runs ...", "... with Phoenix, whose rehab in Sussex takes residents at short notice"
        # "Inclusion, the drug and alcohol service of an NHS foundation trust, ..."
        # ("Early Break, the young people’s drug and alcohol charity, supported ...": six words before the noun)
        clause = re.match(rf", (?:which|who|whose|(?:the|a|an) (?:[\w’'-]+ ){{0,6}}?(?:{ORG_NOUNS}|service|directorate)\b)[^,.;]{{0,80}}",
                          doc_text(doc)[span.end_char:span.end_char + 120])
        # ("Early Break, the Bury-based young people's charity, was supporting 180 young people": called a charity)
        if clause and (TREATMENT_WORDS.search(clause.group(0)) or re.match(r", whose (?:own )?(?:[a-z-]+ )?services?\b", clause.group(0))
                       or re.match(r", (?:the|a|an) (?:[\w’'-]+ ){0,4}?(?:charity|social enterprise|community interest company)\b", clause.group(0))
                       or re.search(r"\b(?:held|holds|won|wins|runs|ran|run|works|worked|working)\b[^,.;]*\bcontract\b", clause.group(0))):
            # ("Lifeline, the charity that has held the City of York Council contract since 2014", "Forward,
            # which works alongside Via under the same contract")
            return True
        # the words after say what it runs: "Via runs the service", "since October Via has delivered an
        # outreach service", "Open Road set up its buddy line"
        after = doc[span.end: min(len(doc), span.end + 6)].text
        if re.match(r"^(?:, (?:which|who) )?\S*\s*(?:has |have |will |now )?(?:also |still |now )?(?:run|runs|deliver|delivers|delivered|provides|provided|operates"
                    r"|took over|ran|set up its|launched its|opened its)\b", after):
            return True
        if HANDS_OUT_AFTER.match(doc_text(doc), span.end_char):
            return True  # "Inclusion had distributed 1,150 naloxone kits": what a treatment provider hands out
        if span.start == span.sent.start:
            return False  # a capitalised sentence opener is a name only when the words after say what it runs
        window = doc[max(0, span.start - 6): min(len(doc), span.end + 6)].text
        beside = doc[max(0, span.start - 1): min(len(doc), span.end + 2)].text
        return bool(STRONG_CUES.search(window) or PROVIDER_CUES.search(beside))

    def _candidates(self, doc, service_spans):
        """(start, name) of organisations shown by context to run a service."""
        text = doc_text(doc)
        for span in service_spans:
            m = PARTNERS_AFTER_SERVICE.match(text, span.end_char)
            # "(SDAS)" names the service again, as does "(ROAR)" after "Rochdale and Oldham Active Recovery",
            # and "(Recovery Orientated Alcohol and Drugs Service)" after "ROADS": its name in full
            if m and not is_acronym_of(m.group(1), span.text) and not is_acronym_of(span.text, m.group(1)) \
                    and not defined_full_name(text, m.group(1), text.index("(", m.start())):
                for part in split_names(m.group(1)):
                    yield text.find(part, m.start(1)), part
        for u in UNLISTED:
            if not prefilter.may_match(u["literals"], text) or (u["after"] is not None and not u["after"].search(text)):
                continue
            for m in (anchored.finditer(u["rx"], text, u["anchor"]) if u["anchor"] is not None else u["rx"].finditer(text)):
                if u["needs_treatment"]:
                    lo, hi = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
                    opens = max(lo, text.rfind(". ", 0, m.start()) + 1)
                    sentence = text[opens: hi if hi >= 0 else len(text)]
                    # (the sentence before, or for a subcontract the story's words before)
                    # (the paragraph before, for a paragraph opening on how the service it names back is run: "...
                    # the alcohol care team at the hospitals.\n\nThe team is delivered by X in partnership with Y")
                    before = (max(0, opens - 1500) if SUBCONTRACT.search(sentence) else
                              max(0, opens - 400, text.rfind("\n", 0, max(0, lo - 2)) + 1) if opens == lo and ANAPHOR_RUN_BY.match(sentence) else
                              max(lo, text.rfind(". ", 0, max(lo, opens - 2)) + 1) if SERVICE_ANAPHOR.search(sentence) else opens)
                    if not TREATMENT_WORDS.search(sentence) and not TREATMENT_WORDS.search(text, before, opens):
                        # the service the story has just named ("Phoenix Futures will run the new treatment
                        # service. X will run part of the service"), or subcontracted from it further back
                        # ("... drug and alcohol services will be run by ... Catch22 will run the part of the
                        # service for under-18s under a subcontract")
                        continue
                for group in range(1, (m.lastindex or 1) + 1):
                    if m.group(group) is None or hosts_only(text, m.start(group), m.group(group)):
                        continue
                    if "NHS" in m.group(group) and _speaks(text, m.start(group), m.group(group)) == "only":
                        continue  # "A spokesperson for X NHS Trust, which runs the Royal, said"
                    start, name = m.start(group), m.group(group)
                    if u["list"]:
                        # (split first: "provided by Catch22, and Cranstoun delivers ..." names both)
                        for part in dict.fromkeys(filter(None, (self._trim(p) for p in split_names(name)))):
                            yield text.find(part, start), part
                        more = AND_BY_AFTER.match(text, m.end(group)) or AND_AFTER_CLAUSE.match(text, m.end(group))  # "held by X and by Y"
                        if more:
                            yield more.start(1), more.group(1)
                    elif name.split()[-1] in STREET_WORDS and (before := NAME_BEFORE_STREET.search(text, max(0, start - 80), start)):
                        yield before.start(1), before.group(1)
                    else:
                        yield start, name
        trusts = defaultdict(list)
        for m in NHS_TRUST.finditer(text):
            name = _clause_subject(text, m, trust_name(m.group(1)))
            trusts[name].append(m.end(1) - len(name))
        for name, starts in trusts.items():
            if only_hosts(text, [(start, name) for start in starts]):
                continue
            if all(_clinicians_employer(text, start, name) or _listed_clinicians_employer(text, start, name)
                   or _asked_only(text, start, name) for start in starts):
                # "Dr X, a consultant hepatologist at Y NHS Foundation Trust, said": where she works;
                # "That the Director of Public Health and Y be asked to agree a protocol": what it is asked
                continue
            if denies_running(text, name):
                continue
            for start in starts:
                window = text[max(0, start - 120): start + len(name) + 120]
                if PROVIDER_CUES.search(window):
                    yield start, name

    @staticmethod
    def _trim(name):
        """The organisation's name without a job title, a person before it or words that open a sentence
        ("" where what follows a person's office is its portfolio, no organisation)."""
        if TITLED_PERSON_AT_END.search(name):
            return ""  # "given to Blackpool South MP Martin X": a person, however the words before read
        for rx in (JOB_TITLE_BEFORE_NAME, PERSON_AND_JOB):
            m = rx.match(name)
            if m and rx is PERSON_AND_JOB and PORTFOLIO_FOR.search(m.group(0)):
                return ""  # "Councillor X, Lead Member for Adult Social Care and Health": a portfolio, no body
            if m:
                name = name[m.end():]
        name = re.split(r",\s+(?:and|&)\s+", name)[-1]  # "... in Halifax, and X Trust": a list's last item is X
        name = STREET_BEFORE_NAME.sub("", name)  # "On Borough Road, Recovery Connections, a charity ..."
        name = re.sub(r"^The ", "", name.strip(" ,.")).strip()
        name = re.sub(r"[’']s$", "", name)
        # "the contract with X NHS Foundation Trust for Solihull Integrated Addiction Services": a trust's
        # name ends with "Trust"
        name = re.sub(r"(\bNHS\s+(?:Foundation\s+)?Trust)\s+(?:for|to|in|at|on|of)\s+.*$", r"\1", name)
        words = name.split(" ")
        while len(words) > 1 and words[0].rstrip(",").lower() in NAME_OPENERS:  # "in April, X Trust will ..."
            words = words[1:]
        name = " ".join(words)
        place = PLACE_BEFORE_NAME.match(name)
        if place and "NHS" not in name and gazetteer.is_place_name(place.group(1)) \
                and not gazetteer.is_place_name(name[place.end():].split(" ")[0]):
            name = name[place.end():]  # "In Ramsgate, Landfall Recovery, a charity ...", not "Cumbria, Northumberland, ..."
        addressed = ADDRESS_PLACE_AFTER_NAME.search(name)
        if addressed and " " in name[:addressed.start()] and gazetteer.is_place_name(addressed.group(1)):
            name = name[:addressed.start()]  # "Name and address of the contractor: The Society of St Anselm, Winchester."
        return name

    def _unlisted(self, doc, covered, service_spans):
        """[(name, start, span, kind)]: kind is "service" for a local service brand, a gazetteer
        slug for a listed provider written another way, else None."""
        out = []
        text = doc_text(doc)
        seen = set()
        # the longest name found at a place first: "Road to Recovery Trust" before "Road"
        for start, name in sorted(self._candidates(doc, service_spans), key=lambda c: (c[0], -len(c[1]))):
            if start < 0:
                continue
            trimmed = self._trim(name)
            if not trimmed:
                continue
            start = text.find(trimmed, start)  # past a dropped job title or "The "
            name = trimmed
            if start >= 4 and (THE_MID_SENTENCE.search(text[max(0, start - 8):start]) or (
                    text.endswith("The ", 0, start) and re.search(rf"[a-z,(][^\S\n]*The {re.escape(name)}\b", text))):
                # "run by The Basement Recovery Project": its own "The" (and so at a sentence's start
                # where the text writes it so elsewhere)
                start, name = start - 4, "The " + name
            if start >= 0:
                start, name = _by_initials(text, start, name)
            tail = NAME_TAIL.match(text, start + len(name)) if start >= 0 else None
            if tail and tail.group(1).lower() not in NAME_OPENERS and not gazetteer.is_place_name(tail.group(1)):
                name = text[start:tail.end()]
            if start < 0 or len(name) < 3 or (start, name) in seen:
                continue
            seen.add((start, name))
            if BASED_DESCRIPTOR.search(name):
                org = DESCRIBED_ORG_AFTER.match(text, start + len(name))
                if not org:
                    continue
                start, name = org.start(1), self._trim(org.group(1))
                if not name:
                    continue
            if start in covered:  # "Humankind and Acme Health NHS Trust": a listed name, then another
                end = start
                while end < start + len(name) and end in covered:
                    end += 1
                rest = re.match(r"(?:,? and |,? & |, )([A-Z].*)", text[end:start + len(name)])
                if not rest:
                    continue
                start, name = end + rest.start(1), rest.group(1)
            if any(i in covered for i in range(start, start + len(name))):
                continue
            # (a trust named for its hospitals that runs the service itself stays: "Horizon, the town's
            # treatment service, which is run by X Teaching Hospitals NHS Foundation Trust")
            if (NOT_PROVIDER.search(COUNCIL_ON.sub("", name)) and "NHS" not in name) or NOT_PROVIDER_START.match(name) \
                    or (HOSPITAL.search(name) and not _runs_the_team_before(text, start)
                        and not in_provider_column(text, start) and not _issuer_with_own_team(text, start)
                        and not ("NHS" in name and EXTENDS_OWN_TEAM_AFTER.match(text, start + len(name)))) \
                    or (VENUE_END.search(name) and not (AGENT_VENUE_END.search(name) and (AGENT_BEFORE.search(text, max(0, start - 20), start)
                                                                                          or ORG_NOUN_AFTER.match(text, start + len(name))
                                                                                          or CHARITY_NEXT.match(text, start + len(name))
                                                                                          or SAME_NAME_CHARITY_AFTER.match(text, start + len(name))
                                                                                          or (name.endswith("House") and VENUE_RUNS_AFTER.match(text, start + len(name)))))) \
                    or _merger_party(text, start, name) or PEER_GROUP_AFTER.match(text, start + len(name)) \
                    or name.split()[-1] in ROLE_ENDINGS or gazetteer.is_place_name(name) \
                    or (all(w.lower() in NAME_OPENERS for w in name.split()) and not ORG_PEOPLE_AFTER.match(text, start + len(name))) \
                    or (" " not in name and re.match(r" \d", text[start + len(name):start + len(name) + 2])) \
                    or _hospital_initials(name, text):
                continue  # "from October"; "Lot 2", "Phase 3": a label with its number; "the QEH": a hospital
            span = doc.char_span(start, start + len(name), alignment_mode="expand")
            # "charity X", or "X, a social enterprise ...", "X, which has ...": a thing, not a person
            named_org = ORG_NOUN_BEFORE.search(text, max(0, start - 20), start) or ORG_DESCRIBED_AFTER.match(text, start + len(name)) \
                or re.search(rf"{STAFF_MOVED_FROM}{re.escape(name)}\b", text)  # "63 staff transferred from X": an employer
            if (span is not None and not named_org and self._is_person(span)) or people.AGE_AFTER.match(text, start + len(name)):
                continue  # "led by Jo Bell", "run by Dr Sam Patel", "run by Tom Kowal, 39, who ..."
            bare = gazetteer.LEGAL_SUFFIX.sub("", name)  # "CHANGES UK CIC" is the listed "Changes UK"
            kind = (self.lookup.get(name) or self.lookup.get(name.lower()) or self.short_lookup.get(name)
                    or self.lookup.get(bare) or self.lookup.get(bare.lower())
                    or self.short_lookup_lower.get(bare.lower()))
            # ("York in Recovery, a peer-led community interest company": a place and a service word, but
            # the text calls it an organisation)
            if kind is None and not ORG_NOUN_AFTER.match(text, start + len(name)) and not _has_leader(text, name) and (
                    name.lower() in self.brand_names or self._is_local_service(name)
                                 or RUN_BY_OTHERS_AFTER.match(text, start + len(name))
                                 # ("provided by One Recovery Bucks. The service is run by X": named a service
                                 # by the next sentence whatever its shape; after "It is run by", one shaped like one)
                                 or ((run_next := IT_RUN_BY_NEXT.match(text, start + len(name)))
                                     and (SERVICE_NAME.fullmatch(name) or not re.search(r"\.\s+It\s", run_next.group(0))))
                                 or SERVICE_APPOSITION_AFTER.match(text, start + len(name))):
                kind = "service"
            if kind is None and (PERSON_JOB_AFTER.match(text, start + len(name))
                                 or LANDMARK_BEFORE.search(text, max(0, start - 20), start)
                                 or INSTITUTION_AFTER.match(text, start + len(name))
                                 or (DIRECTORATE_BEFORE.search(text, max(0, start - 20), start)
                                     and all(w.lower() in DIRECTORATE_WORDS for w in name.split()))
                                 or ((office := OFFICE_OF.match(name))
                                     and all(w.lower().strip(",") in DIRECTORATE_WORDS for w in name[office.end():].split()))):
                continue
            # (a one-word name opening a sentence counts when the text calls it a charity: "X, the
            # town's charity that ...")
            if kind is None and " " not in name and (name in ORG_WORDS or not (
                    self._looks_like_org(doc, start, name) or ORG_NOUN_AFTER.match(text, start + len(name)))):
                continue  # ("run by the Trust's own staff": a word any organisation's name holds is no name)
            if span is None:
                continue
            out.append((name, start, span, kind))
            covered |= set(range(start, start + len(name)))
        return out

    @staticmethod
    def _is_person(span):
        """A person's name: it opens with a title, or spaCy reads it all as a person and it carries
        no word an organisation's name ends with."""
        if span[0].text.rstrip(".") in PERSON_TITLES:
            return True
        if len(span) > 2 and span[0].lower_ in ROLE_NOUN_WORDS:
            span = span[1:]  # "Pharmacist Rajesh Chauhan, who runs a pharmacy": a job before the name
        if any(t.text in ORG_WORDS for t in span) or AGENT_VENUE_END.search(span.text) or re.search(r"\d", span.text):
            return False  # (the model reads "Hamoaze House" and "Catch22" as persons; no one's name has a digit)
        return all(t.ent_type_ == "PERSON" for t in span)

    @staticmethod
    def _is_local_service(name):
        """A short name made of a place and service words ("Forward Kendal", "Whitby Recovery Hub")
        is a local service brand, not an organisation; NHS trusts carry places and are organisations."""
        if "NHS" in name:
            return False
        words = name.split()
        if len(words) > 2 and words[-1] in ORGANISATION_ENDINGS and all(w in SERVICE_WORDS for w in words[1:-1]):
            # "Ferndale Recovery Trust": a place and what it does, then what a body is called (where
            # "Blackburn Rovers Community Trust" is a club's, and stays no provider by its name alone)
            return False
        rest = [w for w in words[1:] if w not in ("and", "&")]
        grouping = "and" in words or "&" in words or any(w in GROUPING_WORDS for w in rest)
        if len(words) > 2 and grouping and all(w in SERVICE_WORDS for w in rest) and gazetteer.is_place_name(words[0]):
            return True  # "Lambeth Drug and Alcohol Consortium": a place and what the service does
        if not 2 <= len(words) <= 4:
            return False
        places = gazetteer.places()
        las = {la.name for la in gazetteer.authorities().values()}
        # (a place before a street word names the street, not the town: "Kettlewell Road Recovery Circle")
        ends = ([" ".join(words[:i]) for i in range(1, len(words)) if words[i] not in STREET_WORDS]
                + [" ".join(words[i:]) for i in range(1, len(words))])
        return any(e in las or any(p.local_type in ("City", "Town") for p in places.get(e, ())) for e in ends)

    @staticmethod
    def _looks_like_org(doc, start, name):
        """A one-word name must not be an ordinary capitalised word or a place."""
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        if span is None or span[0].lower_ in ("council", "government"):
            return False
        if span.start == 0 or doc[span.start - 1].text in (".", "!", "?", "\n"):
            return False  # a capitalised sentence opener is not evidence of a name
        return span[0].pos_ in ("PROPN", "NOUN", "ADJ", "ADV", "VERB", "ADP")


def _hospital_initials(name, text):
    """Is `name` the initials of a hospital the text names ("the QEH" of "Queen Elizabeth Hospital")?"""
    if not re.fullmatch(r"[A-Z]{2,5}", name):
        return False
    for m in re.finditer(r"(?:[A-Z][\w’'-]*\s+){1,4}(?:Hospitals?|Infirmary)\b", text):
        letters = "".join(w[0] for w in m.group(0).split())
        if any(letters[i:] == name for i in range(len(letters) - 1)):  # ("The Queen Elizabeth Hospital": QEH)
            return True
    return False


def trust_name(name: str) -> str:
    """A trust's name without what a comma list put before it: the places of "Cumbria,
    Northumberland, Tyne and Wear NHS Foundation Trust" stay, "Service Manager, Path to
    Recovery, East London NHS Foundation Trust" keeps only the trust."""
    # "A Solent NHS Trust spokesperson said": the article opens a sentence; "(ii) That X NHS Trust be
    # invited to attend": a resolution's "That"
    name = re.sub(r"^(?:An?|That)\s+", "", name)
    # "Oxfordshire County Council and Oxford Health NHS Foundation Trust have confirmed": a commissioner, then the trust
    name = COMMISSIONER_AND.sub("", name)
    parts = name.split(", ")
    kept = [parts.pop()]
    if not re.search(r" (?:and|&) ", kept[0]):
        parts = []  # a list of places ends "... Tyne and Wear NHS ...": "Lookout, Solent NHS Trust" is a brand, then the trust
    while parts:
        head = parts[-1]
        # "Change Grow Live and Tees, Esk and Wear Valleys ...": a provider's name, then the trust's
        after = _after_provider(head)
        if not all(gazetteer.is_place_name(p) or _river_like(p) for p in re.split(r" and | & ", after or head)):
            break
        kept.insert(0, after or parts.pop())
        if after:
            break
    name = ", ".join(kept)
    after = _after_provider(name)  # "Lifeline and North Tees NHS Foundation Trust": two names
    if after:
        return after
    # "Likewise and Derbyshire Healthcare NHS Foundation Trust": one word that is no place, then a
    # trust's whole name (a place and a word only trusts' names have)
    two = re.match(r"([A-Z][\w’'-]+),? (?:and|&) ([^,]+?NHS (?:Foundation )?Trust)$", name)
    if (two and not (gazetteer.is_place_name(two.group(1)) or gazetteer.is_place_stem(two.group(1)))
            and _whole_trust(two.group(2))):
        return two.group(2)
    return name


TRUST_FILLER = {"and", "of", "the", "NHS", "Foundation", "University", "Trust"}


def trust_initials(name: str, short: str) -> bool:
    """"SEPT" for South Essex Partnership University NHS Foundation Trust, "TEWV" for Tees, Esk and
    Wear Valleys NHS Foundation Trust: the initials of a trust's own words, with or without T or FT."""
    if "NHS" not in name:
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w’'-]*", name) if w not in TRUST_FILLER).upper()
    return short in (initials, initials + "T", initials + "FT")


# "With You runs the service in Central Bedfordshire and X NHS Trust runs it in Bedford": a place after
# a preposition ends one clause, and the trust is the subject of the next
PLACE_IN_BEFORE = re.compile(r"\b(?:in|across|throughout|within)\s+$")
CLAUSE_VERB_AFTER = re.compile(r"\s+(?:now\s+|also\s+|still\s+)?(?:runs|provides|delivers|operates|will\s+run|has\s+run|ran)\b")


def _clause_subject(text, m, name):
    """The trust's name without a place before it that ends the clause before ("... in A and B NHS Trust runs it")."""
    lead = re.match(r"(.+?) (?:and|&) (.+)$", name)
    if (lead and m.end(1) - len(name) == m.start(1) and PLACE_IN_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1))
            and gazetteer.is_place_name(lead.group(1)) and CLAUSE_VERB_AFTER.match(text, m.end(1))):
        return lead.group(2)
    return name


def _whole_trust(name: str) -> bool:
    """A trust's name that is whole on its own: a place, then a word only trusts' names have
    ("Nottinghamshire Healthcare NHS Foundation Trust"; not "Hartlepool NHS Foundation Trust")."""
    own = re.split(r"\s+NHS\b", name, maxsplit=1)[0].split()
    return len(own) >= 2 and gazetteer.is_place_name(own[0]) and any(w in TRUST_NAME_WORDS for w in own[1:])


def _after_provider(part):
    """What follows "<listed provider> and " in a part of a comma list, else None."""
    first = re.match(r"(.+?),? (?:and|&) (.+)$", part)
    if first and gazetteer.without_the(first.group(1)) in gazetteer.provider_names():
        return first.group(2)
    return None


def _runs_the_team_before(text, start):
    """The words before a name say it runs the service or team itself ("the service will be run by",
    "the hospital's alcohol care team, which is employed by", "which is staffed and run by"): so a
    trust named for its hospitals is that service's provider."""
    before = _sentence_before(text, start, 160)
    return any(rx.search(before) for rx in (SERVICE_RUN_BY_BEFORE, JOINT_TEAM_EMPLOYER_BEFORE, STAFFED_BY_BEFORE))


def _sentence_before(text, pos, reach=80):
    """The words of `pos`'s sentence (or line) before it, read back at most `reach` characters."""
    return re.split(r"[.!?]\s|\n", text[max(0, pos - reach):pos])[-1]


def _clinicians_employer(text, start, name):
    """The trust is named only as where a speaking clinician works, in another field than drink and drugs
    ("Dr X, a consultant hepatologist at Y NHS Foundation Trust, said"), not "a consultant in addiction
    psychiatry at Y"."""
    at = CLINICIAN_AT_BEFORE.search(text, max(0, start - 80), start)
    return bool(at and SAID_AFTER.match(text, start + len(name)) and not SUBSTANCE_TEAM_WORDS.search(at.group(0)))


def _listed_clinicians_employer(text, start, name):
    """The trust is named in an attendance list only as where a clinician of another field works
    ("Dr X (Consultant Psychiatrist, Y NHS Foundation Trust)"), not "(Consultant in Addiction Psychiatry, Y)"."""
    at = LISTED_CLINICIAN_BEFORE.search(text, max(0, start - 60), start)
    if not (at and text.startswith(")", start + len(name)) and not SUBSTANCE_TEAM_WORDS.search(at.group(0))):
        return False
    # (unless the text says later what that clinician's trust runs: "Dr X, whose trust runs the dual diagnosis
    # service within the treatment system, said")
    surname = re.search(r"([A-Z][\w’'-]+)\s*$", text[max(0, at.start() - 40):at.start()])
    if surname and re.search(rf"\b{re.escape(surname.group(1))},\s+whose\s+(?:trust|employer|organisation)\s+(?:now\s+|also\s+)?"
                             r"(?:runs|ran|provides|provided|delivers|delivered|operates)\b", text):
        return False
    # (or what "the trust" runs, where the text names no other: "Ms X said that the trust, which led the treatment
    # service, had cut waits", "prescribing is provided under a subcontract by the trust whose Clinical Director attended")
    # ("by the trust whose Clinical Director attended" points back to the list whatever other trusts it names)
    # (or in a sentence the clinician reports: "Dr X reported that the detox unit at Bodmin Hospital, which the trust
    # runs, now had 14 beds")
    reported = surname and re.search(rf"\b{re.escape(surname.group(1))}\b[^.\n]*?(?:{THE_TRUST_RUNS.pattern})", text)
    return not ((THE_TRUST_RUNS.search(text) and len({m.group(1) for m in NHS_TRUST.finditer(text)}) == 1)
                or THE_LISTED_TRUST_RUNS.search(text) or reported)


def _asked_only(text, start, name):
    """The mention is a resolution asking the trust to do something and its sentence says nothing of
    what it runs ("... be asked to agree a joint protocol", not "... with an update on the service it runs")."""
    end = start + len(name)
    if not ASKED_TO_AFTER.match(text, end):
        return False
    rest = text[end:sentence_bounds(text, start)[1]]
    return not (RUNS_SERVICE.search(rest) or IT_RUNS.search(rest))


def denies_running(text, name):
    """Whether the text says the trust, by its name or the short form it defines, will not run the
    treatment ("CPFT ... will not take on the running of drug and alcohol treatment")."""
    names = {name}
    for m in re.finditer(re.escape(name), text):
        if (short := DEFINED_SHORT_FORM.match(text, m.end())):
            names.add(short.group(1))
    return any(DENIES_RUNNING_AFTER.match(text, m.end())
               for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", text))


def _run_by_in_sentence(text, pos, starts):
    """Whether a name at one of `starts`, later in `pos`'s sentence, follows "run by" or "led by"."""
    lo, hi = sentence_bounds(text, pos)
    return any(pos < s < hi and ACTS_BEFORE.search(text, max(lo, s - 30), s) for s in starts)


def _merge_defined_short_forms(text, found, spans):
    """"Hertfordshire Partnership University NHS Foundation Trust (HPFT)" then "run by HPFT": a
    provider found only by the short form the text defines for another is that other."""
    for slug, rec in list(found.items()):
        name = rec["row"]["name"] if rec["row"] else ""
        # (initials in capitals, or written with the small words' letters: "BoB" for "Build on Belief")
        if not slug.startswith("unlisted-") or " " in name or not (name.isupper() or sum(c.isupper() for c in name) >= 2):
            continue
        owner = next((other for other, r in found.items() if other != slug and any(
            re.match(rf"\s*\({re.escape(name)}\)", text[e:e + len(name) + 4]) for (_, e) in r["spans"])), None)
        if owner is None:
            # "delivered by CNWL" beside "Central and North West London NHS Foundation Trust": a trust's initials
            owner = next((other for other, r in found.items() if other != slug and r["row"]
                          and trust_initials(r["row"]["name"], name)), None)
        if owner is None:
            # "run by Council on Addiction Northamptonshire (CAN)" where only "contract with CAN" was
            # read as a provider: the organisation is named in full where its short form is defined
            full = defined_full_name(text, name)
            if full is None or NOT_PROVIDER.search(COUNCIL_ON.sub("", full[1])):
                continue
            owner = "unlisted-" + _slug(full[1])
            if owner not in found:
                found[owner] = {"spans": {}, "matched": set(),
                                "row": dict(rec["row"], slug=owner, name=full[1].replace("’", "'"))}
            found[owner]["spans"][full[0], full[0] + len(full[1])] = full[1]
            found[owner]["matched"].add(full[1])
        _merge_into(found, spans, slug, owner)


def _merge_into(found, spans, slug, owner):
    """Fold the provider found as `slug` into `owner`: its mentions, its spellings and its spans."""
    found[owner]["spans"].update(found[slug]["spans"])
    found[owner]["matched"] |= found[slug]["matched"]
    del found[slug]
    for sp in spans:
        if sp._.rw_canonical == slug:
            sp._.rw_canonical = owner


def _merge_first_word_forms(found, spans):
    """"Breydale Recovery Collective ... worked alongside Breydale for years": an unlisted one-word
    name that opens another name the text gives is that organisation, said short; so is a trust's
    name without its "NHS (Foundation) Trust" ("provided by Pennine Care" after Pennine Care NHS
    Foundation Trust)."""
    for slug, rec in list(found.items()):
        name = rec["row"]["name"] if rec["row"] else ""
        if not slug.startswith("unlisted-") or not name:
            continue
        owners = [other for other, r in found.items() if other != slug and r["row"]
                  and ((" " not in name and gazetteer.without_the(r["row"]["name"]).startswith(name + " "))
                       or r["row"]["name"].startswith(name + " NHS "))]
        if len(owners) != 1:
            continue
        _merge_into(found, spans, slug, owners[0])


DEFINED_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*|of|on|for|and|&|in|the)(?:\s+(?:[A-Z][\w’'-]*|of|on|for|and|&|in|the))*\s*$")


def defined_full_name(text: str, short: str, before: int | None = None):
    """(start, name) of the name a short form is defined for ("Rochdale and Oldham Active Recovery
    (ROAR)", "Kelsby After Care Group, known as KACG,"): the longest run of words before "(SHORT)"
    or "known as SHORT" whose capitals spell it; the first definition in the text, or the one that
    ends at `before`."""
    for m in re.finditer(rf"\(\s*{re.escape(short)}\s*\)|,?\s+(?:also\s+|better\s+)?known\s+as\s+{re.escape(short)}\b", text):
        if before is not None and m.start() != before:
            continue
        run = DEFINED_NAME_BEFORE.search(text, max(0, m.start() - 120), m.start())
        if run is None:
            continue
        words = list(re.finditer(r"[A-Z][\w’'-]*", run.group(0)))
        for w in words:  # longest first
            name = run.group(0)[w.start():].strip()
            if is_acronym_of(short, name):
                return run.start() + w.start(), name
    return None


SPEAKS_AS_ITSELF_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote)\s+in\s+its\b")  # "X said in its response"


def described_as_org(text: str, prov: dict) -> bool:
    """Whether the text says a provider found from context is an organisation, not a person who
    runs something: "X, a social enterprise ...", "X, which ...", "X said in its submission"."""
    return any(ORG_DESCRIBED_AFTER.match(text, sp["end"]) or SPEAKS_AS_ITSELF_AFTER.match(text, sp["end"])
               for sp in prov["spans"])


def is_acronym_of(short: str, name: str) -> bool:
    """"SDAS" for "Somerset Drug and Alcohol Service": the initials of the name's capitalised words; or
    of every word as written, small words in lower case ("NTaR" for "Newcastle Treatment and Recovery")."""
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w’'-]*", name))
    every = "".join(w[0] for w in re.findall(r"[\w’'-]+", name))
    return len(short) >= 2 and ((short.isupper() and short == initials)
                                or (sum(c.isupper() for c in short) >= 2 and short == every))


def _place_follows(doc, i):
    """The capitalised words from token `i` on (up to three) name a place: "Great Yarmouth"."""
    words = []
    for tok in doc[i:i + 3]:
        if not (tok.text[:1].isupper() and tok.is_alpha):
            break
        words.append(tok.text)
    return any(gazetteer.is_place_name(" ".join(words[:n])) for n in range(len(words), 0, -1))


def _river_like(word: str) -> bool:
    """One capitalised word that is neither a service's nor a job's: "Tees" in "Tees, Esk and
    Wear Valleys NHS Foundation Trust"."""
    return (re.fullmatch(r"[A-Z][a-z’'-]+", word) is not None and word not in SERVICE_WORDS
            and word not in ORG_WORDS and word not in JOB_TITLES
            and not NOT_PROVIDER.fullmatch(word))  # "read to the Board, Isle of Wight NHS Trust said"


def only_hosts(text, mentions, listed=False) -> bool:
    """Whether the mentions [(start, name)] of a trust say it only hosts a service: one says so
    and none says otherwise; its spokesperson's or staff's words show neither ("a spokesman for
    X NHS Trust said ...", "X NHS Trust's chief nurse said")."""
    hosting = [(hosts_only(text, start, name, listed), _speaks(text, start, name)) for start, name in mentions]
    if all(spokes == "only" for _, spokes in hosting):
        return True  # it only speaks, and never said to run treatment: at most a partner or a host
    # a mention that is only written or spoken to says nothing of what it runs: "(b) asks the Chairman
    # to write to X NHS Trust about discharge arrangements"
    # (nor does a declaration of interest: "Councillor X declared that a relative was employed by X NHS Trust")
    addressed = [bool(ADDRESSED_BEFORE.search(text, max(0, start - 200), start) or DECLARED_BEFORE.search(text, max(0, start - 160), start))
                 for start, _ in mentions]
    if all(addressed):
        return True  # only ever written to or the one to ask: "please contact X NHS Trust"
    if any(h for h, _ in hosting) and all(h or spokes or a for (h, spokes), a in zip(hosting, addressed)):
        return True
    # "The hospital trust provides accommodation ... but does not employ the team", where the text names
    # no other trust, says it hosts; then a mention where a paper lists who wrote it or who came
    # ("Reporting officers: ... Director of Nursing, X NHS Foundation Trust") says nothing either way
    lends = THE_TRUST_HOSTS.search(text)
    if lends and not TREATMENT_WORDS.search(lends.group(0)) and len({m.group(1) for m in NHS_TRUST.finditer(text)}) == 1:
        listing = [bool(WHO_FIELD_LINE.match(text, text.rfind("\n", 0, start) + 1)) for start, _ in mentions]
        return all(h or spokes or a or lst for (h, spokes), a, lst in zip(hosting, addressed, listing))
    return False


def _speaks(text, start, name):
    """How a mention of a trust speaks: "only" when it is the speaker and its own clause says nothing
    of treatment ("A spokesperson for X NHS Trust, which runs the Royal, said"), "staff" when it
    speaks through staff or a spokesperson at all, else ""."""
    end = start + len(name)
    spokes = SPOKES_FOR_BEFORE.search(text, max(0, start - 30), start)
    stated = spokes or STATEMENT_BEFORE.search(text, max(0, start - 60), start)
    clause = re.match(r",\s+(?:which|that|who)\s+[^.;:“”\"]{0,120}?,", text[end:end + 140])  # "X, which runs the Royal,"
    said_at = end + (clause.end() if clause else 0)
    # ("Jo Hale, Service Manager for the unit run by X NHS Trust, said": the said is hers)
    persons = SPEAKER_APPOSITION_BEFORE.search(text[max(0, start - 160):start])
    if stated or (SAID_AFTER.match(text, said_at) and not persons):
        if not (clause and (TREATMENT_WORDS.search(clause.group(0)) or RUNS_SERVICE.search(clause.group(0))
                            or COMMUNITY_TREATMENT.search(clause.group(0)))):  # "..., which provides prescribing under a subcontract,"
            return "only"
    if spokes or OWN_STAFF_AFTER.match(text, end):
        return "staff"
    return ""


def _tail_of_local_name(doc, s, e):
    """A listed name made only of words any organisation's name holds ("Alcohol and Drug Service")
    straight after a place's name is the end of a local organisation's name: "Swindon and
    Wiltshire Alcohol and Drug Service" is not The Alcohol and Drug Service."""
    prev = doc[s - 1] if s > 0 else None
    return (prev is not None and prev.is_title and not prev.is_sent_start and gazetteer.is_place_name(prev.text)
            and all(t.text in ORG_WORDS or t.lower_ in ("and", "&", "of", "for") for t in doc[s:e]))


def _by_initials(text, start, name):
    """(start, name) grown back to the words its bracketed initials spell: "Addiction Foundation
    (NERAF)" after "the Northern Engagement into Recovery from" is the whole name."""
    initials = INITIALS_AFTER.match(text, start + len(name))
    own = "".join(w[0] for w in name.split() if w[0].isupper())
    if not initials or initials.group(1) == own or not initials.group(1).endswith(own):
        return start, name
    before = NAME_WORDS_BEFORE.search(text, max(0, start - 90), start)
    words = before.group(0).split() if before else []
    for k in range(1, len(words) + 1):
        lead = words[-k:]
        # (only over small words the name pattern stops at: a name joined by "and" is found whole)
        if lead[0][0].isupper() and "".join(w[0] for w in lead if w[0].isupper()) + own == initials.group(1) \
                and any(w[0].islower() and w not in ("and", "of", "for") for w in lead):
            grown = " ".join(lead) + " "
            return start - len(grown), grown + name
    return start, name


def _merger_party(text, start, name):
    """Whether a name is one of the bodies a merger the sentence tells of joined ("merged with X",
    "formed in 2011, when X joined with Y", "formed when X and Y came together")."""
    return bool(MERGER_PARTY_BEFORE.search(text, max(0, start - 120), start)
                or (FORMED_WHEN_BEFORE.search(text, max(0, start - 60), start) and JOINED_WITH_AFTER.match(text, start + len(name)))
                or (FORMED_WHEN_PAIR_BEFORE.search(text, max(0, start - 140), start) and PAIR_JOINED_AFTER.match(text, start + len(name))))


def _issuer_trust(text):
    """(start, end, name) of the NHS trust whose own papers these are, when they say "the Trust"
    runs drug and alcohol services: a first line "NOTTINGHAMSHIRE HEALTHCARE NHS TRUST" (or "X NHS
    Foundation Trust | Board of Directors") and "the substance misuse services the Trust provides".
    A hospital trust's own teams are hospital posts (see `hosts_only`), so not hospital trusts."""
    head = ISSUER_HEAD.match(text)
    if head is None:
        return None
    written = head.group(1)
    name = written if not written.isupper() else " ".join(
        w if w == "NHS" else w.lower() if w in ("AND", "OF") else w.capitalize() for w in written.split())
    if HOSPITAL.search(name) or not OWN_TRUST_SERVICES.search(text):
        return None
    return head.start(1), head.end(1), name


def _issuer_with_own_team(text, start):
    """Whether the name heads the text (its issuer) and the text writes of "our Alcohol Care Team"."""
    return not text[:start].strip() and bool(ISSUER_OWN_TEAM.search(text))


def in_provider_column(text, start):
    """Whether a name sits in a table column that names who runs each row's service."""
    heading = tables.column_heading(text, start)
    return heading is not None and bool(PROVIDER_COLUMN.search(heading))


def _has_leader(text, name):
    """The text names the body's chief executive or founder ("Heather X (Chief Executive, Cumbria Alcohol
    and Drug Advisory Service)", "the chief executive of X"): an organisation, however much its name
    reads like a service's, for a service brand has no chief executive of its own."""
    return re.search(rf"{LEADER_OF}\s*(?:,|\bof\b|\bat\b)\s+(?:the\s+)?{re.escape(name)}\b", text) is not None


def hosts_only(text, start, name=None, listed=False):
    """Whether the words just before a name, in its sentence, say it only houses a service
    ("rooms are provided by ..."), or the name is that of a hospital the sentence names ("the
    Royal Free Hospital, which was run by Royal Free London NHS Foundation Trust")."""
    if name and (TREATS_AFTER.match(text, start + len(name)) or CHARITY_RUNS_AFTER.match(text, start + len(name))):
        # "..., which provides drug and alcohol treatment across the county", "..., a small charity that
        # runs shared houses for people leaving rehab" (whatever "accommodation" said before)
        return False
    if name and OUTSIDE_SERVICE_AFTER.match(text, start + len(name)):
        return True
    # the sentence read back once, 240 characters at most; each reading below takes the reach it needs
    # (the last n characters of it are the sentence read back n characters)
    read_back = _sentence_before(text, start, 240)
    sentence_before = read_back[-200:]
    if (own_unit := HOSPITALS_OWN_UNIT.search(sentence_before)) and not SUBSTANCE_TEAM_WORDS.search(own_unit.group(0)):
        return True
    if TEAM_MET_BESIDE_BEFORE.search(sentence_before):
        return True
    if in_provider_column(text, start):
        # "Hospital | Team delivered by | ..." then "... | X NHS Trust | 1,615": X runs the row's service,
        # unless its cell says otherwise ("Y, hosted by X NHS Trust")
        return bool(HOSTING.search(text[text.rfind("|", 0, start) + 1:start]))
    before = read_back[-80:]
    if TREATMENT_GIVEN_BY_BEFORE.search(before):
        return False  # "inpatient detox was provided at the X Hospital by Y": Y gives the treatment
    if USED_BY_BEFORE.search(before):
        return False  # "the room is used by X, who run a course": X uses the room, it does not lend it
    if PARTNER_TEAM_JOINT_BEFORE.search(before):
        return False  # "run by With You, together with the mental health team of X": X's team runs it too
    if DELIVERED_IN_PARTNERSHIP_BEFORE.search(before):
        return False  # "run by Humankind in partnership with X NHS Trust, which provides consultant cover"
    if JOINT_TEAM_EMPLOYER_BEFORE.search(before):
        return False  # "run jointly with the ward's alcohol care team, which is employed by X": X's team runs it too
    if PARTNER_TEAM_BEFORE.search(before):
        return True  # "the hospital's mental health liaison team, which is run by X": a team of another field
    if AWARDED_TO_BEFORE.search(before) or SERVICE_RUN_BY_BEFORE.search(before) \
            or COMMISSIONED_AND_RUN_BY_BEFORE.search(read_back):
        return False
    if name and "NHS" not in name and HOUSING_RUN_BY_BEFORE.search(before):
        return False
    before = CAPACITY.sub(" ", before)
    if UNIT_AT_HOSPITAL_BEFORE.search(before):
        return False  # "the inpatient detoxification unit at Bodmin Hospital was run by X": X runs the unit
    if name and "NHS" in name and _issuer_with_own_team(text, start):
        return False
    if name and "NHS" in name and (OWN_TREATMENT_STAFF_AFTER.match(text, start + len(name))
                                   or EXTENDS_OWN_TEAM_AFTER.match(text, start + len(name))):
        return False  # "X NHS Foundation Trust (SHSC) is to place two of its drug and alcohol nurses at ...": its own
    if name and "NHS" in name and STAFFED_BY_BEFORE.search(before):
        return False  # "the alcohol care team at X Hospital, which is staffed and run by Y": a team is staffed, a hospital is not said to be
    if name and "NHS" in name and TEAM_RUN_BY_BEFORE.search(before):
        return False  # "alcohol care teams run by X NHS Foundation Trust at Musgrove Park": X runs the teams
    if name and "NHS" in name and MENTAL_HEALTH_TRUST.search(name) \
            and CARE_TEAM_AT_HOSPITAL_WHICH_BEFORE.search(text, max(0, start - 160), start):
        # "the alcohol care team at X Hospital, which has been run by Y Partnership NHS Trust": a mental
        # health trust runs teams in other trusts' hospitals, not the hospitals
        return False
    if name and TEAM_AT_HOSPITAL_BEFORE.search(before) and (
            (other := HOSPITAL_RUN_BY_AFTER.match(text, start + len(name))) and other.group(1) != name):
        return False
    if CAMPAIGN_RUN_BY.search(read_back[-120:]) or (name and CAMPAIGN_RUNS_AFTER.match(text, start + len(name))):
        return True  # "the month-long challenge run by the charity X": it runs a campaign, not a service
    if LAB_TESTS_BEFORE.search(read_back[-120:]):
        return True  # "samples will be tested by X": its laboratory
    other_care = OTHER_CARE_BY.search(read_back[-120:])
    runs_place = RUNS_HOSPITAL_BEFORE.search(before)
    if runs_place and re.match(r"(?i:wards?)\b", runs_place.group(0)) and (
            SUBSTANCE_TEAM_WORDS.search(before, max(0, runs_place.start() - 40), runs_place.start())
            or not re.search(r"\bthe\s+$", before[:runs_place.start()])):
        # "the alcohol detox ward, which is run by X", "a 10-bed ward run by X": the ward is the service; a
        # general one is "the ward" of a hospital just named
        runs_place = None
    if (HOSTING.search(before) or runs_place
            or (other_care and not TREATMENT_WORDS.search(other_care.group(0)))):
        return True  # "... Glenfield Hospital, which is run by X NHS Trust", "the mental health teams of X"
    other_services = (OTHER_SERVICES_AFTER.match(text, start + len(name)) or HOUSING_RUNS_AFTER.match(text, start + len(name))) if name else None
    if other_services and not TREATMENT_WORDS.search(other_services.group(0)):
        return True  # "X NHS Trust, which took over the county's mental health services": another field's
    if name and OTHER_FIELD_TOPIC_AFTER.match(text, start + len(name)):
        return True
    if name and (RUNS_HOSPITAL_AFTER.match(text, start + len(name)) or WARDS_AFTER.match(text, start + len(name))
                 or LENDS_AFTER.match(text, start + len(name))
                 or HOSTS_AFTER.match(text, start + len(name)) or NO_ROLE_AFTER.match(text, start + len(name))):
        # "..., which runs the hospital", "..., which leases clinic space to the service", "..., which
        # provides mental health services but has no role in delivering the drug and alcohol service"
        return True
    if name and "NHS" in name:
        lo, hi = sentence_bounds(text, start)
        sentence = text[lo:hi]
        near = text[max(lo, start - 60):min(hi, start + len(name) + 100)]  # the trust's own clause, roughly
        # "X NHS Foundation Trust's alcohol care teams": a drug or alcohol team the trust runs, whatever
        # hospital it works in (its "liaison teams" may be mental health ones)
        own_team = re.match(rf"['’]s\s+(?:own\s+|new\s+)?(?=[\w\s-]{{0,30}}\b(?:alcohol|drugs?|substance|addictions?)\b){HOSPITAL_TEAM.pattern}",
                            text[start + len(name):start + len(name) + 60], re.I)
        if own_team:
            return False
        team = sentence
        if re.search(r"\b[Tt]he (?:team|service|nurses)\b", sentence) and lo > 1 and "\n" not in text[lo - 2:lo]:
            # the sentence before, in the same paragraph: "... the alcohol care team at Ipswich Hospital. ... the team was run by X"
            team = text[sentence_bounds(text, lo - 2)[0]:hi]
        # (not a team at a hospital the sentence gives another trust: "... and the hospital alcohol liaison
        # team at the Queen Elizabeth, which is run by Y NHS Foundation Trust, would ...")
        teams = [m for m in HOSPITAL_TEAM.finditer(team)
                 if not ((other := TEAMS_HOSPITAL_RUN_BY.match(team, m.end())) and other.group(1) != name)]
        if not listed and teams and not COMMUNITY_TREATMENT.search(near):
            return True  # "the alcohol care team at the Royal, run by X NHS Trust"
        own = set(name.split()) - TRUST_GENERIC - PLACE_QUALIFIERS
        # (a county's trust and its county town's hospital: "South Warwickshire ... Trust", "Warwick Hospital")
        own |= {w[:-len("shire")] for w in own if w.endswith("shire") and len(w) > 9}
        # a hospital the sentence names that shares a place word with the trust ("Sunderland Royal
        # Hospital ... South Tyneside and Sunderland NHS Foundation Trust")
        # (anywhere in the text for a hospital trust the reference data does not list, named where nothing
        # is said of treatment: "Others in attendance: ... (Director of Operations, Weston Area Health NHS
        # Trust)"; a care or partnership trust's name shares its place with hospitals it does not run)
        acute = not any(w.lower() in COMMUNITY_TRUST_WORDS for w in name.split())
        scope = text if acute and not listed and not (TREATMENT_WORDS.search(sentence) or COMMUNITY_TREATMENT.search(sentence)) else sentence
        for m in re.finditer(rf"((?:[A-Z][\w’'-]*\s+)+){HOSPITAL.pattern}", scope):
            if scope.startswith(" NHS", m.end()):
                continue  # "Sheffield Teaching Hospitals NHS Foundation Trust": another trust, not a hospital
            if own & set(m.group(1).split()):
                return True
    return False


@Language.factory("recoverywatch_providers")
def make_provider_finder(nlp, name):
    return ProviderFinder(nlp)
