"""Official treatment statistics on the area page beside the news, and the comparison across
areas (/compare). The articles are fiction written for these tests; the statistics are the bulk
CSV files in tests/stats/fixtures, read from a local server answering as the Fingertips API does."""
import subprocess
import sys
import urllib.request

import pytest

from recoverywatch.web.stats import _contract_spend, candidate_years, compare_count, news_verdict, years_in_treatment
from tests.conftest import _free_port, serving, wait_for_datasette
from tests.stats.test_fetch import API


def _row(substance, period, people, start, end):
    return {"measure": "people in treatment", "substance": substance, "period": period, "people_in_treatment": people,
            "period_start": start, "period_end": end}


YEARS = years_in_treatment([_row("drugs", "2022/23", 1840, "2022-04-01", "2023-03-31"),
                            _row("drugs", "2023/24", 1950, "2023-04-01", "2024-03-31"),
                            _row("alcohol", "2023/24", 660, "2023-04-01", "2024-03-31")])


def test_a_year_missing_a_substance_says_what_its_total_covers():
    assert (YEARS["2022/23"]["only"], YEARS["2023/24"]["only"]) == ("drugs", None)


@pytest.mark.parametrize("value, verdict", [(2610, "agrees"), (2700, "agrees"), (1950, "agrees"), (660, "agrees"),
                                            (2100, "differs"), (4000, "differs")])
def test_a_news_count_is_set_against_the_official_total_or_one_substance(value, verdict):
    assert compare_count({"value": value}, YEARS["2023/24"])[0] == verdict


def test_the_difference_names_both_numbers_and_the_breakdown():
    assert compare_count({"value": 2100}, YEARS["2023/24"])[1] == (
        "the article gives 2,100; OHID's count for 2023/24 is 2,610 (660 for alcohol, 1,950 for drugs)")
    assert compare_count({"value": 2100}, None) == ("none", "no official count for that year yet")
    assert compare_count({"value": 2100}, YEARS["2022/23"])[1] == "the article gives 2,100; OHID's count for 2022/23 is 1,840 (drugs only)"


@pytest.mark.parametrize("label, published, periods", [
    ("2023/24", "2025-01-01", ["2023/24"]),             # the figure's own period wins
    ("2022", None, ["2022/23"]),                        # a calendar year: the official year holding its middle
    (None, "2023-11-10", ["2023/24", "2022/23"]),       # no period: the year it was published in, or the one before
    (None, "2022-11-10", ["2022/23"]),
    (None, "2025-06-01", []),                           # no official count for that year yet
])
def test_which_official_years_a_news_figure_may_be_about(label, published, periods):
    assert [y["period"] for y in candidate_years(YEARS, label, published)] == periods


def test_a_count_with_no_period_may_be_last_years():
    assert news_verdict({"value": 1840, "period": None, "published": "2023-11-10"}, YEARS) == (
        "agrees", "matches OHID's count for 2022/23 (1,840)")
    assert news_verdict({"value": 3000, "period": None, "published": "2023-11-10"}, YEARS)[1].endswith(
        "OHID's count for 2023/24 is 2,610 (660 for alcohol, 1,950 for drugs)")
    assert news_verdict({"value": 3000, "period": None, "published": "2021-01-01"}, YEARS)[0] == "none"


def test_spend_from_the_contracts_running_in_the_middle_of_the_year():
    contracts = [{"ocid": "a", "title": "Adult treatment", "source_url": "https://notice/a", "value": 10_000_000,
                  "annual_value": None, "start_date": "2021-04-01", "end_date": "2026-03-31"},
                 {"ocid": "b", "title": "Young people", "source_url": "https://notice/b", "value": None,
                  "annual_value": 300_000, "start_date": "2023-04-01", "end_date": "2024-03-31"},
                 {"ocid": "c", "title": "Old service", "source_url": "https://notice/c", "value": 9_000_000,
                  "annual_value": None, "start_date": "2018-04-01", "end_date": "2021-03-31"}]
    spend = _contract_spend(contracts, YEARS["2023/24"])
    assert round(spend["value"]) == 2_000_000 + 300_000
    assert [s["href"] for s in spend["sources"]] == ["https://notice/a", "https://notice/b"]


NEWS = [  # (url, published, title, text)
    ("https://news.example/stoke-treatment-numbers", "2023-11-10", "More people in treatment in Stoke-on-Trent",
     "Stoke-on-Trent City Council said 2,100 people were in treatment for drug and alcohol problems in the city in "
     "2023/24, up from the year before.\n\nThe council spends £6.2m a year on the treatment service run by Change Grow Live."),
    ("https://news.example/worcestershire-treatment", "2023-12-04", "Worcestershire treatment figures published",
     "Worcestershire County Council said 2,765 adults were in treatment for drugs and alcohol across the county last year."
     "\n\nThe county's budget for drug and alcohol treatment is £7m a year."),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from recoverywatch.db import save
    from recoverywatch.db.schema import open_db
    from recoverywatch.extraction import extract_pending
    from recoverywatch.stats.run import fetch_all
    path = tmp_path_factory.mktemp("stats-web") / "news.db"
    db = open_db(path)
    for url, published, title, text in NEWS:
        save.save_article(db, {"url": url, "source": None, "title": title, "published": published, "text": text})
    extract_pending(db)
    with serving(API()) as api:
        fetch_all(db, base_url=api.base, sleep=lambda seconds: None)
    db.close()
    port = _free_port()
    log = tmp_path_factory.mktemp("stats-serve") / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "recoverywatch", "serve", "--db", str(path), "--port", str(port)],
                                stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    wait_for_datasette(base, proc, log)
    yield base
    proc.terminate()
    proc.wait(20)
    assert "Traceback" not in log.read_text("utf-8", "replace")


def _get(url):
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read().decode()


@pytest.mark.slow
def test_area_page_shows_the_official_figures_with_trend_and_england(site):
    page = _get(site + "/area/STE")
    section = page[page.index('id="official-stats"'):]
    drugs = section[section.index('data-indicator="92454"'):section.index("</tr>", section.index('data-indicator="92454"'))]
    assert "2023/24" in drugs and "9.7 per 1,000 residents" in drugs and "(95% CI 9.3–10.1)" in drugs
    assert "1,950 in treatment" in drugs and "2022/23: 9.2 · 2023/24: 9.7" in drugs
    opiates = section[section.index('data-indicator="90244"'):]
    assert "4.6%" in opiates and "57 of 1,240 completed" in opiates and "<td>5%</td>" in opiates  # England beside it
    # 2022/23 has no alcohol count: its total is not the same measure, and says so
    assert "People in treatment by year (OHID): 2022/23: 1,840 <small>(drugs only)</small> · 2023/24: 2,610" in section
    assert 'aria-label="People in treatment in Stoke-on-Trent, OHID&#39;s count each year"' in section
    assert "Open Government Licence v3.0" in section
    assert 'indicator_ids=92454&amp;child_area_type_id=502' in drugs and ">Fingertips</a>" in drugs


@pytest.mark.slow
def test_area_page_says_when_the_news_and_the_official_count_differ(site):
    stoke = _get(site + "/area/STE")
    assert "News and official count differ:" in stoke
    assert "the article gives 2,100; OHID&#39;s count for 2023/24 is 2,610 (660 for alcohol, 1,950 for drugs)" in stoke
    worcestershire = _get(site + "/area/WOR")
    assert "News and official count differ" not in worcestershire
    assert "matches OHID&#39;s count for 2023/24 (2,765)" in worcestershire


@pytest.mark.slow
def test_an_area_without_statistics_says_so(site):
    assert "No official statistics stored for this area" in _get(site + "/area/KEN")


@pytest.mark.slow
def test_comparison_page_gives_spend_per_person_with_every_source(site):
    page = _get(site + "/compare")
    stoke = page[page.index('data-area="STE"'):page.index("</tr>", page.index('data-area="STE"'))]
    assert '<a href="/area/STE">Stoke-on-Trent</a>' in stoke and "<td>2023/24</td>" in stoke
    assert "2,610" in stoke and "1,950 drugs" in stoke and "660 alcohol" in stoke
    assert "4.6%</a> opiates (2023)" in stoke
    assert '<a href="http://127.0.0.1:' in stoke and "indicator_ids=90244" in stoke  # each official number links to its source
    assert "£6.2m" in stoke and 'href="/article/1#m' in stoke  # the news figure, linked to its sentence
    assert "<td>£2,375</td>" in stoke  # £6.2m / 2,610
    worcestershire = page[page.index('data-area="WOR"'):page.index("</tr>", page.index('data-area="WOR"'))]
    assert "£7m" in worcestershire and "6.2%</a> opiates (2023)" in worcestershire and "<td>£2,532</td>" in worcestershire
    assert 'data-area="WYC"' not in page  # a district with only a suppressed count has nothing to compare
    assert 'data-area="GAT"' in page and '<a href="/compare?period=2015/16">2015/16</a>' in page


@pytest.mark.slow
def test_comparison_for_one_year_leaves_out_councils_without_it(site):
    page = _get(site + "/compare?period=2022/23")
    assert "<strong>2022/23</strong>" in page and 'data-area="GAT"' not in page and 'data-area="WOR"' not in page
    stoke = page[page.index('data-area="STE"'):page.index("</tr>", page.index('data-area="STE"'))]
    assert "1,840 <small>(drugs only)</small>" in stoke
    assert "4.1%</a> opiates (2022)" in stoke  # the completion rate up to that year, not the later one
    assert "£6.2m" not in stoke  # the news budget is from 2023/24
