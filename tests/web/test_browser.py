"""The article page in headless Chromium: highlights render, markup in the text stays text.

Needs Debian's chromium and chromium-driver (.ci/run installs them); skipped without them."""
import shutil

import pytest

from tests.test_end_to_end import rows

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="Debian chromium / chromium-driver not installed")]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium')}", "--window-size=1200,1600"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def test_article_page_renders_highlights(browser, datasette, crawled):
    from selenium.webdriver.common.by import By
    (art,) = rows(crawled["db"], "select id from articles where title like 'Sheffield drug service%'")
    browser.get(f"{datasette.rsplit('/', 1)[0]}/article/{art['id']}")
    marks = {kind: browser.find_elements(By.CSS_SELECTOR, f"mark.rw-{kind}") for kind in ("area", "provider", "figure", "quote")}
    assert all(marks.values()), {k: len(v) for k, v in marks.items()}
    assert all(m.is_displayed() for m in marks["provider"])
    colour = marks["figure"][0].value_of_css_property("background-color")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    assert marks["area"][0].value_of_css_property("background-color") != colour  # kinds are told apart
    stored = rows(crawled["db"], "select count(*) as n from mentions where article_id = ?", [art["id"]])[0]["n"]
    shown = browser.execute_script(
        "return new Set([...document.querySelectorAll('.rw-text mark')].map(m => m.dataset.mention)).size")
    assert shown == stored
    box = marks["figure"][0].rect
    assert box["width"] > 0 and box["height"] > 0


def test_script_in_article_text_is_shown_not_run(browser, datasette, crawled):
    from selenium.webdriver.common.by import By
    (art,) = rows(crawled["db"], "select id from articles where title = 'Treatment service web form fixed'")
    browser.get(f"{datasette.rsplit('/', 1)[0]}/article/{art['id']}")
    text = browser.find_element(By.CSS_SELECTOR, ".rw-text").text
    assert "<script>alert('x')</script>" in text
    assert browser.execute_script("return document.querySelectorAll('.rw-text script').length") == 0


# --- the journalist's walk, at desktop and phone widths ---------------------------------------
WIDTHS = {"desktop": (1280, 1000), "phone": (400, 860)}


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    """Screenshots of every page walked, kept in pytest's temporary directory."""
    return tmp_path_factory.mktemp("screenshots")


def _site(datasette):
    return datasette.rsplit("/", 1)[0]


def _shot(browser, shots, name):
    path = shots / f"{name}.png"
    assert browser.save_screenshot(str(path)) and path.stat().st_size > 1000
    return path


def _no_sideways_scroll(browser):
    return browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")


def _click(browser, css, text=None):
    from selenium.webdriver.common.by import By
    links = browser.find_elements(By.CSS_SELECTOR, css)
    link = next(a for a in links if text is None or text in a.text)
    browser.execute_script("arguments[0].scrollIntoView()", link)
    link.click()


@pytest.mark.parametrize("width", list(WIDTHS))
def test_who_runs_sheffield_since_when_for_how_much_in_two_clicks(browser, datasette, shots, width):
    from selenium.webdriver.common.by import By
    browser.set_window_size(*WIDTHS[width])
    browser.get(_site(datasette) + "/")
    _shot(browser, shots, f"home-{width}")
    assert _no_sideways_scroll(browser)
    _click(browser, ".rw-areas a", "Sheffield")  # click 1
    assert browser.current_url.endswith("/area/SHF")
    timeline = browser.find_element(By.ID, "timeline").text
    assert "Turning Point" in timeline and "£22m" in timeline
    figure = browser.find_element(By.CSS_SELECTOR, "#timeline a.rw-num")
    assert figure.get_attribute("title")  # the sentence, one hover away
    _shot(browser, shots, f"area-{width}")
    assert _no_sideways_scroll(browser)
    _click(browser, "#timeline a.rw-num")  # click 2: the sentence that says so
    assert "/article/" in browser.current_url and "#m" in browser.current_url
    target = browser.find_element(By.ID, browser.current_url.rsplit("#", 1)[1])
    assert "22" in target.text
    _shot(browser, shots, f"article-{width}")


@pytest.mark.parametrize("width", list(WIDTHS))
def test_what_a_provider_won_and_what_a_person_said_from_the_home_page(browser, datasette, shots, width):
    from selenium.webdriver.common.by import By
    browser.set_window_size(*WIDTHS[width])
    browser.get(_site(datasette) + "/")
    _click(browser, ".rw-providers a", "Turning Point")
    assert "Sheffield" in browser.find_element(By.ID, "areas").text
    _shot(browser, shots, f"provider-{width}")
    assert _no_sideways_scroll(browser)
    browser.get(_site(datasette) + "/")
    _click(browser, ".rw-people a")
    assert browser.find_elements(By.CSS_SELECTOR, "blockquote")
    _shot(browser, shots, f"person-{width}")
    assert _no_sideways_scroll(browser)


@pytest.mark.parametrize("width", list(WIDTHS))
def test_search_from_the_home_page(browser, datasette, shots, width):
    from selenium.webdriver.common.by import By
    browser.set_window_size(*WIDTHS[width])
    browser.get(_site(datasette) + "/")
    box = browser.find_element(By.ID, "rw-q")
    box.send_keys("Stoke-on-Trent")
    box.submit()
    assert "/search?q=Stoke-on-Trent" in browser.current_url
    assert "Error" not in browser.title
    browser.get(_site(datasette) + "/" + datasette.rsplit("/", 1)[1] + "/search?q=drug-related+deaths")
    hits = browser.find_elements(By.CSS_SELECTOR, ".rw-hits > li > a")
    assert hits and all("/article/" in a.get_attribute("href") for a in hits)
    assert browser.find_elements(By.CSS_SELECTOR, ".rw-hits mark")
    _shot(browser, shots, f"search-{width}")
    assert _no_sideways_scroll(browser)


def test_map_popup_never_offers_a_script_link(browser, datasette):
    """A crafted ?sql= fills the cluster map's popup link: it must not become clickable script."""
    import time
    import urllib.parse

    from selenium.webdriver.common.by import By
    browser.set_window_size(1280, 1000)
    sql = ("select 53.38 as latitude, -1.47 as longitude, json_object('title', 'Click me', "
           "'link', 'javascript:document.title=''owned''') as popup")
    browser.get(f"{datasette}?sql={urllib.parse.quote(sql)}")
    deadline = time.time() + 20
    while not browser.find_elements(By.CSS_SELECTOR, ".leaflet-marker-icon") and time.time() < deadline:
        time.sleep(0.3)
    marker = browser.find_element(By.CSS_SELECTOR, ".leaflet-marker-icon")
    browser.execute_script("arguments[0].click()", marker)
    while not browser.find_elements(By.CSS_SELECTOR, ".leaflet-popup a") and time.time() < deadline:
        time.sleep(0.3)
    link = browser.find_element(By.CSS_SELECTOR, ".leaflet-popup a")
    assert not (link.get_attribute("href") or "").startswith("javascript:")
    browser.execute_script("arguments[0].click()", link)
    assert browser.title != "owned"
