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
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium')}", "--window-size=1200,1600",
                 # the network is off: every address but 127.0.0.1 goes to a proxy that is not there
                 "--proxy-server=http://127.0.0.1:9"):
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
    from selenium.webdriver.support.ui import WebDriverWait
    # (the form's page load may still be under way when submit() returns: wait for it, then check)
    WebDriverWait(browser, 10).until(lambda b: "/search?" in b.current_url)
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


# --- archived copies and the offline map ------------------------------------------------------
def _wait(browser, script, seconds=20):
    import time
    deadline = time.time() + seconds
    while not browser.execute_script(script):
        assert time.time() < deadline, f"timed out waiting for: {script}"
        time.sleep(0.3)


def _resources_elsewhere(browser):
    """Addresses the page loaded from anywhere but this site."""
    return browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(u => new URL(u).origin !== location.origin)")


@pytest.mark.parametrize("width", list(WIDTHS))
def test_the_archived_copy_opens_from_the_cite_line_and_cannot_run_script_here(browser, datasette, crawled, shots, width):
    from selenium.webdriver.common.by import By
    browser.set_window_size(*WIDTHS[width])
    (art,) = rows(crawled["db"], "select id, title from articles where title like 'Coventry%'")
    browser.get(f"{_site(datasette)}/article/{art['id']}")
    cite = browser.find_element(By.CSS_SELECTOR, ".rw-cite")
    assert "retrieved 20" in cite.text and "archived copy" in cite.text
    browser.execute_script("arguments[0].scrollIntoView()", cite)
    _shot(browser, shots, f"cite-{width}")
    _click(browser, ".rw-cite a.rw-archived")
    assert browser.current_url.endswith(f"/article/{art['id']}/snapshot/2")
    assert art["title"] in browser.title  # the publisher's page, as fetched
    assert "£350,000" in browser.find_element(By.TAG_NAME, "body").text
    _shot(browser, shots, f"snapshot-{width}")
    # sandboxed: an opaque origin (no cookies or storage of this site) and no script runs
    assert browser.execute_script("return window.origin") == "null"
    browser.execute_script("const s = document.createElement('script'); "
                           "s.textContent = 'document.body.dataset.ran = 1'; document.body.appendChild(s)")
    assert browser.execute_script("return document.body.dataset.ran") is None
    assert _resources_elsewhere(browser) == []  # nothing fetched from the original site


@pytest.mark.parametrize("width", list(WIDTHS))
def test_the_map_draws_its_base_map_with_the_network_off_and_counts_articles(browser, datasette, shots, width):
    from selenium.webdriver.common.by import By
    browser.set_window_size(*WIDTHS[width])
    browser.get(_site(datasette) + "/")
    _click(browser, "a[href='/map']")
    _wait(browser, "return document.getElementById('rw-map').dataset.ready === '1' && "
                   "document.querySelectorAll('img.leaflet-tile-loaded').length >= 4")
    tiles = browser.find_elements(By.CSS_SELECTOR, "img.leaflet-tile-loaded")
    assert all("/-/basemap/" in t.get_attribute("src") for t in tiles)
    assert all(browser.execute_script("return arguments[0].naturalWidth", t) == 256 for t in tiles)
    assert _resources_elsewhere(browser) == []
    # every bubble reads as articles: areas and clusters on screen add up to all the articles
    box = browser.find_element(By.ID, "rw-map")
    total = int(box.get_attribute("data-articles"))
    assert total > int(box.get_attribute("data-areas")) > 1  # (otherwise counting areas would pass too)
    shown = sum(int(b.text) for b in browser.find_elements(By.CSS_SELECTOR, ".rw-bubble"))
    assert shown == total
    assert _no_sideways_scroll(browser)
    _shot(browser, shots, f"map-{width}")


def test_a_map_popup_links_the_area_page_with_its_article_count(browser, datasette, crawled):
    from selenium.webdriver.common.by import By
    browser.set_window_size(1280, 1000)
    browser.get(_site(datasette) + "/map")
    _wait(browser, "return document.getElementById('rw-map').dataset.ready === '1'")
    # zoom in until an area stands alone, then open it
    _wait(browser, "const m = document.querySelector('.rw-bubble:not(.rw-cluster)'); "
                   "if (!m) { document.querySelector('.leaflet-control-zoom-in').click(); } return !!m", seconds=30)
    area = browser.find_element(By.CSS_SELECTOR, ".rw-bubble:not(.rw-cluster)")
    count = int(area.text)
    browser.execute_script("arguments[0].click()", area)
    # the popup fades in: until it is shown its words read as empty (a loaded machine saw that)
    _wait(browser, "const p = document.querySelector('.leaflet-popup-content'); "
                   "return !!(p && p.querySelector('a') && p.innerText.trim())")
    link = browser.find_element(By.CSS_SELECTOR, ".leaflet-popup a")
    popup = browser.execute_script("return document.querySelector('.leaflet-popup-content').innerText")
    assert f"{count} relevant article" in popup
    code = link.get_attribute("href").rsplit("/area/", 1)[1]
    (stored,) = rows(crawled["db"], "select count(distinct aa.article_id) as n from article_areas aa "
                     "join areas ar on ar.id = aa.area_id join articles a on a.id = aa.article_id and a.relevant = 1 "
                     "where ar.code = ?", [code])
    assert stored["n"] == count
    link.click()
    assert browser.current_url.endswith(f"/area/{code}")


def test_an_archived_pdf_is_shown_by_the_browser(browser, datasette, crawled, shots):
    browser.set_window_size(1280, 1000)
    (doc,) = rows(crawled["db"], "select id from articles where document_of is not null limit 1")
    browser.get(f"{_site(datasette)}/article/{doc['id']}/snapshot")
    assert browser.execute_script("return document.contentType") == "application/pdf"
    # the viewer draws the pages: the screenshot fills with the report's white pages and text
    # (an empty viewer is a few KB of flat grey)
    import time
    deadline = time.time() + 20
    while len(browser.get_screenshot_as_png()) < 30000:
        assert time.time() < deadline, "the PDF viewer showed nothing"
        time.sleep(0.5)
    _shot(browser, shots, "snapshot-pdf")


def test_the_cluster_map_query_uses_the_bundled_base_map_too(browser, datasette, shots):
    from selenium.webdriver.common.by import By
    browser.set_window_size(1280, 1000)
    browser.get(f"{datasette}/area_map")
    _wait(browser, "return document.querySelectorAll('img.leaflet-tile-loaded').length >= 4")
    assert all("/-/basemap/" in t.get_attribute("src") for t in browser.find_elements(By.CSS_SELECTOR, "img.leaflet-tile"))
    assert _resources_elsewhere(browser) == []
    _shot(browser, shots, "area-map-query")
