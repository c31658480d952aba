"""The official record beside the news: contracts on area and provider pages, and the rule that
says when a newspaper's contract figure and the notice disagree."""
import glob
import subprocess
import sys
import urllib.request

import pytest

from recoverywatch.web.contracts import annual_of, compare, in_window
from tests.conftest import _free_port, wait_for_datasette
from tests.contracts.conftest import FIXTURES

CONTRACT = {"value": 24000000, "annual_value": None, "start_date": "2025-10-01", "end_date": "2030-09-30",
            "awarded": "2025-06-18"}


@pytest.mark.parametrize("value, per, verdict", [
    (24000000, None, "agrees"),
    (24500000, None, "agrees"),       # within 5%: "£24.5m" rounding
    (4800000, None, "year"),          # a year's value reported as the whole contract
    (4800000, "year", "agrees"),      # the article says it is per year
    (30000000, None, "differs"),
    (33600000, None, "agrees"),       # the value after a later modification
])
def test_compare(value, per, verdict):
    assert compare(CONTRACT, {"value": value, "per": per}, [24000000, 33600000])[0] == verdict


def test_year_note_names_both_values():
    verdict, note = compare(CONTRACT, {"value": 4800000, "per": None}, [24000000])
    assert note == "the article gives £4.8m as the contract's value, but that is one year's value; " \
                   "the official record gives £24.0m over 5 years"


def test_an_article_is_compared_with_the_contract_as_it_stood_then():
    from recoverywatch.web.contracts import as_of
    history = [{"date": "2025-06-20", "value": 24000000, "end_date": "2030-09-30"},
               {"date": "2026-03-02", "value": 33600000, "end_date": "2032-09-30"}]
    extended = {**CONTRACT, "value": 33600000, "end_date": "2032-09-30", "history": history}
    assert (as_of(extended, "2025-07-01")["value"], as_of(extended, "2025-07-01")["end_date"]) == (24000000, "2030-09-30")
    assert as_of(extended, "2026-04-01")["value"] == 33600000
    assert as_of(extended, "2024-01-01")["value"] == 33600000  # before any valued notice: as it stands


def test_annual_value_stated_wins_over_the_average():
    assert annual_of({**CONTRACT, "annual_value": 4000000}) == 4000000
    assert round(annual_of(CONTRACT)) == 4800000


@pytest.mark.parametrize("published, inside", [
    ("2023-07-01", True), ("2023-05-01", False), ("2030-09-30", True), ("2031-01-01", False), (None, False)])
def test_news_window(published, inside):
    assert in_window(CONTRACT, published) is inside


NEWS = [  # (url, published, title, text): fictional articles written for this test
    ("https://news.example/stoke-new-service", "2025-06-25", "Charity wins drug and alcohol treatment contract in Stoke-on-Trent",
     "Stoke-on-Trent City Council has awarded a £4.8m contract to Change Grow Live to run the city's drug and alcohol "
     "treatment service from October.\n\nThe council's cabinet member for public health said the new service would help "
     "more people into recovery."),
    ("https://news.example/leeds-lots", "2025-07-20", "Leeds awards drug and alcohol treatment contracts",
     "Leeds City Council has awarded a £60m contract for drug and alcohol treatment to Humankind.\n\n"
     "The service starts in April 2026."),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from recoverywatch.contracts.run import import_sources
    from recoverywatch.db import save
    from recoverywatch.db.schema import open_db
    from recoverywatch.extraction import extract_pending
    path = tmp_path_factory.mktemp("contracts-web") / "news.db"
    db = open_db(path)
    for url, published, title, text in NEWS:
        save.save_article(db, {"url": url, "source": None, "title": title, "published": published, "text": text})
    extract_pending(db)
    import_sources(db, sorted(glob.glob(str(FIXTURES / "*.json"))))
    db.close()
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "recoverywatch", "serve", "--db", str(path), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    wait_for_datasette(base, proc)
    yield base
    proc.terminate()
    proc.wait(10)


def _get(url):
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read().decode()


@pytest.mark.slow
def test_area_page_shows_contract_beside_the_news_and_flags_a_year_value(site):
    page = _get(site + "/area/STE")
    assert page.index("commissioning timeline") < page.index("Official record: contract notices")
    assert 'data-ocid="ocds-h6vhtk-0a1001"' in page
    assert 'href="https://www.find-tender.service.gov.uk/Notice/031200-2026"' in page  # the latest notice
    assert "33,600,000" in page and "2025-10-01 to 2032-09-30" in page
    assert "extension 33,600,000 (Extension option exercised for two further years.)" in page
    assert "News and notice disagree:" in page
    assert "that is one year&#39;s value; the official record gives £24.0m over 5 years" in page  # as it stood then
    assert '<a href="/article/1">' in page and "awarded a £4.8m contract" in page  # the article and its sentence


@pytest.mark.slow
def test_a_different_total_is_flagged(site):
    page = _get(site + "/area/LDS")
    assert "the article gives £60.0m; the official record gives £48.3m" in page  # before the modification
    assert page.index("Humankind Charity") < page.index("WE ARE WITH YOU")


@pytest.mark.slow
def test_area_pages_list_contracts_in_award_order(site):
    # Bournemouth's 2019 award lands on its successor council's page
    page = _get(site + "/area/BPC")
    assert 'data-ocid="ocds-b5fd17-7e0c1a2b-0001"' in page


@pytest.mark.slow
def test_provider_page_lists_its_contracts_with_buyers(site):
    page = _get(site + "/provider/cgl")
    stoke, bournemouth = page.index("ocds-h6vhtk-0a1001"), page.index("ocds-b5fd17-7e0c1a2b-0001")
    assert bournemouth < stoke  # oldest award first
    assert '<a href="/area/STE">Stoke-on-Trent</a>' in page


@pytest.mark.slow
def test_an_area_without_contracts_says_so(site):
    assert "No procurement notices stored for this council" in _get(site + "/area/KEN")


@pytest.mark.slow
def test_contract_tables_link_areas_and_providers_to_our_pages(site):
    import re
    page = _get(site + "/news/contracts")
    assert re.search(r'<td class="col-area_id[^"]*"><a href="/area/[A-Z0-9-]+">', page)
    page = _get(site + "/news/contract_suppliers")
    assert re.search(r'<td class="col-provider_id[^"]*"><a href="/provider/[a-z0-9-]+">', page)
