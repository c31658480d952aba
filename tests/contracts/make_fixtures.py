"""Writes the fictional OCDS packages in fixtures/ (run once; the JSON is what tests read).
Shapes follow OCDS 1.1 as Find a Tender and Contracts Finder publish it; every notice,
number and reference here is invented."""
import json
import pathlib

HERE = pathlib.Path(__file__).parent / "fixtures"
OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
FTS = "https://www.find-tender.service.gov.uk"


def party(pid, name, roles, scheme=None, ident=None):
    p = {"id": pid, "name": name, "roles": roles}
    if scheme:
        p["identifier"] = {"scheme": scheme, "id": ident, "legalName": name}
    return p


def package(releases, uri, publisher="Find a Tender"):
    return {"uri": uri, "version": "1.1", "publishedDate": max(r["date"] for r in releases),
            "publisher": {"name": publisher, "uri": FTS}, "license": OGL, "publicationPolicy": FTS + "/Home/PublicationPolicy",
            "releases": releases}


def tender(tid, title, description, cpv="85000000", lots=None, notice=None):
    t = {"id": tid, "title": title, "description": description, "status": "complete",
         "classification": {"scheme": "CPV", "id": cpv, "description": "Health and social work services"},
         "items": [{"id": "1", "classification": {"scheme": "CPV", "id": cpv}}], "mainProcurementCategory": "services"}
    if lots:
        t["lots"] = lots
    if notice:
        t["documents"] = [{"id": notice, "documentType": "tenderNotice", "url": f"{FTS}/Notice/{notice}"}]
    return t


STOKE = "ocds-h6vhtk-0a1001"
stoke_buyer = party("GB-PPON-PXNR-1111-AAAA", "Stoke-on-Trent City Council", ["buyer"], "GB-PPON", "PXNR-1111-AAAA")
cgl = party("GB-CHC-1079327", "CHANGE, GROW, LIVE", ["supplier"], "GB-CHC", "1079327")
stoke_tender = {"ocid": STOKE, "id": "004101-2025", "date": "2025-03-03T09:00:00Z", "tag": ["tender"],
                "initiationType": "tender", "parties": [stoke_buyer], "buyer": {"id": stoke_buyer["id"], "name": stoke_buyer["name"]},
                "tender": tender("T1", "Integrated Adult Drug and Alcohol Treatment and Recovery Service",
                                 "Community-based substance misuse treatment for adults, with an annual value of £4,800,000 "
                                 "over an initial five-year term.", notice="004101-2025")}
stoke_award = {"ocid": STOKE, "id": "019877-2025", "date": "2025-06-20T14:30:00Z", "tag": ["award", "contract"],
               "parties": [stoke_buyer, cgl], "buyer": {"id": stoke_buyer["id"], "name": stoke_buyer["name"]},
               "tender": tender("T1", "Integrated Adult Drug and Alcohol Treatment and Recovery Service",
                                "Community-based substance misuse treatment for adults, with an annual value of £4,800,000 "
                                "over an initial five-year term."),
               "awards": [{"id": "A1", "status": "active", "date": "2025-06-18T00:00:00Z",
                           "value": {"amount": 24000000, "currency": "GBP"}, "suppliers": [{"id": cgl["id"], "name": cgl["name"]}],
                           "contractPeriod": {"startDate": "2025-10-01T00:00:00Z", "endDate": "2030-09-30T23:59:59Z"},
                           "documents": [{"id": "019877-2025", "documentType": "awardNotice", "url": f"{FTS}/Notice/019877-2025"}]}],
               "contracts": [{"id": "C1", "awardID": "A1", "status": "active", "value": {"amount": 24000000, "currency": "GBP"},
                              "period": {"startDate": "2025-10-01T00:00:00Z", "endDate": "2030-09-30T23:59:59Z"}}]}
stoke_extension = {"ocid": STOKE, "id": "031200-2026", "date": "2026-03-02T10:00:00Z", "tag": ["contractAmendment"],
                   "contracts": [{"id": "C1", "awardID": "A1", "status": "active", "value": {"amount": 33600000, "currency": "GBP"},
                                  "period": {"startDate": "2025-10-01T00:00:00Z", "endDate": "2032-09-30T23:59:59Z"},
                                  "amendments": [{"id": "M1", "date": "2026-02-27T00:00:00Z",
                                                  "rationale": "Extension option exercised for two further years."}],
                                  "documents": [{"id": "031200-2026", "documentType": "contractAmendmentNotice",
                                                 "url": f"{FTS}/Notice/031200-2026"}]}]}

LEEDS = "ocds-h6vhtk-0a2002"
leeds_buyer = party("GB-PPON-PLDS-2222-BBBB", "LEEDS CITY COUNCIL", ["buyer"], "GB-PPON", "PLDS-2222-BBBB")
humankind = party("GB-COH-00000001", "Humankind Charity", ["supplier"], "GB-COH", "00000001")
withyou = party("GB-CHC-1001957", "WE ARE WITH YOU", ["supplier"], "GB-CHC", "1001957")
pharmacy = party("GB-COH-00000002", "Northfield Pharmacy Services Ltd", ["supplier"], "GB-COH", "00000002")
leeds_lots = [{"id": "1", "title": "Adult treatment and recovery"}, {"id": "2", "title": "Young people's substance use service"},
              {"id": "3", "title": "Needle and syringe programme in pharmacies"}]
leeds_award = {"ocid": LEEDS, "id": "022310-2025", "date": "2025-07-14T11:00:00Z", "tag": ["award"],
               "parties": [leeds_buyer, humankind, withyou, pharmacy], "buyer": {"id": leeds_buyer["id"], "name": leeds_buyer["name"]},
               "tender": tender("T2", "Drug and Alcohol Treatment System (three lots)",
                                "Treatment, recovery and harm reduction services across the city.", lots=leeds_lots),
               "awards": [
                   {"id": "L1", "status": "active", "date": "2025-07-10T00:00:00Z", "relatedLots": ["1"],
                    "value": {"amount": 42000000, "currency": "GBP"}, "suppliers": [{"id": humankind["id"], "name": humankind["name"]}],
                    "contractPeriod": {"startDate": "2026-04-01T00:00:00Z", "endDate": "2033-03-31T23:59:59Z"}},
                   {"id": "L2", "status": "active", "date": "2025-07-10T00:00:00Z", "relatedLots": ["2"],
                    "value": {"amount": 5600000, "currency": "GBP"}, "suppliers": [{"id": withyou["id"], "name": withyou["name"]}],
                    "contractPeriod": {"startDate": "2026-04-01T00:00:00Z", "endDate": "2033-03-31T23:59:59Z"}},
                   {"id": "L3", "status": "active", "date": "2025-07-10T00:00:00Z", "relatedLots": ["3"],
                    "value": {"amount": 700000, "currency": "GBP"}, "suppliers": [{"id": pharmacy["id"], "name": pharmacy["name"]}],
                    "contractPeriod": {"startDate": "2026-04-01T00:00:00Z", "endDate": "2031-03-31T23:59:59Z"}}]}
leeds_modification = {"ocid": LEEDS, "id": "040002-2026", "date": "2026-05-11T09:00:00Z", "tag": ["contractAmendment"],
                      "contracts": [{"id": "C-L1", "awardID": "L1", "status": "active", "value": {"amount": 43500000, "currency": "GBP"},
                                     "period": {"startDate": "2026-04-01T00:00:00Z", "endDate": "2033-03-31T23:59:59Z"},
                                     "amendments": [{"id": "M1", "rationale": "Additional inpatient detoxification beds."}]},
                                    {"id": "C-L2", "awardID": "L2", "status": "active", "value": {"amount": 5600000, "currency": "GBP"},
                                     "period": {"startDate": "2026-04-01T00:00:00Z", "endDate": "2033-03-31T23:59:59Z"}},
                                    {"id": "C-L3", "awardID": "L3", "status": "active", "value": {"amount": 700000, "currency": "GBP"},
                                     "period": {"startDate": "2026-04-01T00:00:00Z", "endDate": "2031-03-31T23:59:59Z"}}]}

KENT = "ocds-h6vhtk-0a3003"
kent_buyer = party("GB-PPON-PKEN-3333-CCCC", "Kent County Council", ["buyer"], "GB-PPON", "PKEN-3333-CCCC")
roads = party("GB-COH-00000003", "Eastway Surfacing Limited", ["supplier"], "GB-COH", "00000003")
kent_roads = {"ocid": KENT, "id": "025000-2025", "date": "2025-08-01T08:00:00Z", "tag": ["award"],
              "parties": [kent_buyer, roads], "buyer": {"id": kent_buyer["id"], "name": kent_buyer["name"]},
              "tender": tender("T3", "Highway resurfacing framework", "Carriageway resurfacing across the county.", cpv="45233141"),
              "awards": [{"id": "K1", "status": "active", "date": "2025-07-30T00:00:00Z",
                          "value": {"amount": 9000000, "currency": "GBP"}, "suppliers": [{"id": roads["id"], "name": roads["name"]}]}]}
KENT_BUILD = "ocds-h6vhtk-0a3004"
kent_build = {"ocid": KENT_BUILD, "id": "025100-2025", "date": "2025-08-02T08:00:00Z", "tag": ["award"],
              "parties": [kent_buyer, roads], "buyer": {"id": kent_buyer["id"], "name": kent_buyer["name"]},
              "tender": tender("T4", "Refurbishment of a drug and alcohol recovery hub",
                               "Building works at a community recovery hub.", cpv="45454000"),
              "awards": [{"id": "K2", "status": "active", "date": "2025-07-31T00:00:00Z",
                          "value": {"amount": 350000, "currency": "GBP"}, "suppliers": [{"id": roads["id"], "name": roads["name"]}]}]}

# Contracts Finder, older processes, as a record package with embedded releases.
BOURNEMOUTH = "ocds-b5fd17-7e0c1a2b-0001"
bmth = party("GB-CF-BMTH", "Bournemouth Borough Council", ["buyer"])
cgl_ltd = party("GB-COH-03861209", "Change Grow Live Services Limited", ["supplier"], "GB-COH", "03861209")
bmth_award = {"ocid": BOURNEMOUTH, "id": "7e0c1a2b-0001-award", "date": "2019-06-05T00:00:00Z", "tag": ["award"],
              "parties": [bmth, cgl_ltd], "buyer": {"id": bmth["id"], "name": bmth["name"]},
              "tender": tender("CF1", "Adult substance misuse service", "Drug and alcohol treatment for adults.", cpv="85312500"),
              "awards": [{"id": "B1", "status": "active", "date": "2019-06-01T00:00:00Z",
                          "value": {"amount": 11250000, "currency": "GBP"}, "suppliers": [{"id": cgl_ltd["id"], "name": cgl_ltd["name"]}],
                          "contractPeriod": {"startDate": "2019-10-01T00:00:00Z", "endDate": "2024-09-30T23:59:59Z"}}]}
CUMBRIA = "ocds-b5fd17-7e0c1a2b-0002"
cumbria = party("GB-CF-CUMB", "Cumbria County Council", ["buyer"])
hk = party("GB-CF-HK", "HUMANKIND", ["supplier"])
turning = party("GB-CHC-234887", "Turning Point Services Ltd", ["supplier"], "GB-CHC", "234887")
cumbria_award = {"ocid": CUMBRIA, "id": "7e0c1a2b-0002-award", "date": "2021-02-10T00:00:00Z", "tag": ["award"],
                 "parties": [cumbria, hk, turning], "buyer": {"id": cumbria["id"], "name": cumbria["name"]},
                 "tender": tender("CF2", "Integrated drug and alcohol recovery service (framework)",
                                  "Recovery services for adults; £2.1m per annum.", cpv="85323000"),
                 "awards": [{"id": "C1", "status": "active", "date": "2021-02-01T00:00:00Z",
                             "value": {"amount": 10500000, "currency": "GBP"},
                             "suppliers": [{"id": hk["id"], "name": hk["name"]}, {"id": turning["id"], "name": turning["name"]}],
                             "contractPeriod": {"startDate": "2021-04-01T00:00:00Z", "endDate": "2026-03-31T23:59:59Z"}}]}


def record_package(records):
    return {"uri": "https://www.contractsfinder.service.gov.uk/Published/Notices/OCDS/Search", "version": "1.1",
            "publishedDate": "2021-02-10T00:00:00Z", "publisher": {"name": "Contracts Finder"}, "license": OGL,
            "packages": [], "records": [{"ocid": r["ocid"], "releases": [r]} for r in records]}


FILES = {
    "stoke_tender_award.json": package([stoke_tender, stoke_award], FTS + "/api/1.0/ocdsReleasePackages?example=stoke"),
    "stoke_extension.json": package([stoke_extension], FTS + "/api/1.0/ocdsReleasePackages?example=stoke-extension"),
    "leeds_lots.json": package([leeds_award, kent_roads, kent_build], FTS + "/api/1.0/ocdsReleasePackages?example=leeds"),
    "leeds_modification.json": package([leeds_modification], FTS + "/api/1.0/ocdsReleasePackages?example=leeds-mod"),
    "contracts_finder_records.json": record_package([bmth_award, cumbria_award]),
}

if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    for name, data in FILES.items():
        (HERE / name).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "bad" / "malformed_release.json").write_text(json.dumps(package([{**stoke_award, "id": "x", "tag": "award"}], FTS)) + "\n")
