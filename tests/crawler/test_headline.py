from recoverywatch.crawler import headline
from recoverywatch.crawler.dates import find_date
from recoverywatch.crawler import metadata
from recoverywatch.crawler.metadata import local_date


def test_page_kind_heading_loses_to_the_sub_heading_that_the_title_tag_repeats():
    title = headline.choose([("h1", "Issue - meetings"), ("h2", "Recovery service contract extension"),
                             ("title_tag", "Issue - meetings - Recovery service contract extension")])
    assert title == "Recovery service contract extension"


def test_a_lone_box_heading_is_not_a_title_but_a_listing_keeps_its_name():
    assert headline.choose([("h1", "News"), ("h2", "Category"), ("title_tag", "News")]) == "News"


def test_word_and_file_name_titles_are_never_chosen():
    assert headline.is_junk("Microsoft Word - CAB 2024-03-14 item 9.docx")
    assert headline.is_junk("Report.pdf")
    assert headline.choose([("pdf_metadata", "Microsoft Word - report_v3.docx"),
                            ("anchor", headline.clean_anchor("Young people's service - award report PDF 402 KB"))]) \
        == "Young people's service - award report"


def test_furniture_headings_learned_for_a_source_are_skipped():
    furniture = frozenset({"press releases"})
    assert headline.choose([("h1", "Press releases"), ("og", "Naloxone kits for hostels")], furniture) \
        == "Naloxone kits for hostels"


def test_site_suffix_is_cut_from_the_title_tag():
    assert headline.without_site_suffix("Recovery café opens | Eastmere Borough Council") == "Recovery café opens"
    assert headline.without_site_suffix("Drugs: what next for the city – a long headline that keeps going on",
                                        ()) == "Drugs: what next for the city – a long headline that keeps going on"


def test_uk_dates_in_text_day_first():
    assert find_date("Health and Wellbeing Board - Thursday, 11th July, 2024 2.00 pm") == "2024-07-11"
    assert find_date("Meeting: 14/03/2024 - Cabinet (Item 63)") == "2024-03-14"
    assert find_date("5 Sep 2024 - 10:00") == "2024-09-05"
    assert find_date("31/02/2024") is None


def test_bst_embargo_keeps_its_uk_date():
    assert local_date("2024-05-31T23:01:00Z") == "2024-06-01"      # 00:01 BST
    assert local_date("2024-01-31T23:01:00Z") == "2024-01-31"      # GMT: no shift
    assert local_date("2024-06-01T00:01:00+01:00") == "2024-06-01"


def test_a_placeholder_publication_date_is_no_date_and_does_not_stop_the_page():
    # some CMSs fill an empty datePublished with year 1; converting it to UK time overflows
    page = """<html><head><title>Hub opens</title><script type="application/ld+json">
    {"@type": "NewsArticle", "headline": "Hub opens", "datePublished": "0001-01-01T00:00:00Z"}
    </script><meta property="article:published_time" content="2024-03-05T09:00:00Z"></head>
    <body><article><h1>Hub opens</h1><p>A recovery hub opened on the high street today.</p></article></body></html>"""
    meta = metadata.page_metadata(metadata.parse_html(page), page)
    assert meta["published"] == "2024-03-05"
    assert metadata.normalise_date("0001-01-01T00:00:00Z") is None
