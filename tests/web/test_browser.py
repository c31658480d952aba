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
