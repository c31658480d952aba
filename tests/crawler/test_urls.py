"""One address per page: the canonical-URL rules on URL shapes of UK councils, papers and
committee systems (the hosts are made up; the shapes are those the CMSs write)."""
import pytest

from recoverywatch.crawler.urls import InvalidURL, canonical, is_tracking, join

SAME_PAGE = [
    # a newspaper story reached from its RSS feed, a newsletter and social media
    ("https://www.kingsfordlive.co.uk/news/kingsford-news/drug-deaths-fall-29384756?ref=rss",
     "https://www.kingsfordlive.co.uk/news/kingsford-news/drug-deaths-fall-29384756"),
    ("https://www.kingsfordlive.co.uk/news/kingsford-news/drug-deaths-fall-29384756"
     "?utm_source=newsletter&utm_medium=email&utm_campaign=daily",
     "https://www.kingsfordlive.co.uk/news/kingsford-news/drug-deaths-fall-29384756"),
    ("https://www.westmoorgazette.co.uk/news/24156789.nurses-save-beds/?fbclid=IwAR0abc&at_medium=social",
     "https://www.westmoorgazette.co.uk/news/24156789.nurses-save-beds/"),
    ("https://www.eastmere.gov.uk/news/2024/recovery-cafe-opens?mc_cid=a1b2c3&mc_eid=d4e5f6&_ga=2.1.2.3",
     "https://www.eastmere.gov.uk/news/2024/recovery-cafe-opens"),
    ("https://www.eastmere.gov.uk/news/2024/recovery-cafe-opens?gclid=Cj0KCQ&igshid=MzRlODBiNWFlZA==",
     "https://www.eastmere.gov.uk/news/2024/recovery-cafe-opens"),
    # host case, default port and fragment
    ("HTTPS://WWW.Eastmere.GOV.uk:443/news/2024/recovery-cafe-opens#main-content",
     "https://www.eastmere.gov.uk/news/2024/recovery-cafe-opens"),
    # CMIS: every tab of a meeting page is the meeting
    ("https://kingsford.cmis.uk.com/kingsford/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/1234/"
     "Committee/56/SelectedTab/Documents/Default.aspx",
     "https://kingsford.cmis.uk.com/kingsford/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/1234/"
     "Committee/56/Default.aspx"),
    ("https://kingsford.cmis.uk.com/kingsford/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/1234/"
     "Committee/56/selectedtab/attendance/Default.aspx",
     "https://kingsford.cmis.uk.com/kingsford/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/1234/"
     "Committee/56/Default.aspx"),
    # ModernGov: the layout version, the meeting-details panel and the breadcrumb flag
    ("https://democracy.westmoor.gov.uk/ieListDocuments.aspx?CId=512&MId=8841&Ver=4",
     "https://democracy.westmoor.gov.uk/ieListDocuments.aspx?CId=512&MId=8841"),
    ("https://democracy.westmoor.gov.uk/ieListDocuments.aspx?CId=512&MId=8841&Ver=4&Info=1",
     "https://democracy.westmoor.gov.uk/ieListDocuments.aspx?CId=512&MId=8841"),
    ("https://democracy.westmoor.gov.uk/mgListCommittees.aspx?bcr=1",
     "https://democracy.westmoor.gov.uk/mgListCommittees.aspx"),
    ("https://democracy.westmoor.gov.uk/mgIssueHistoryHome.aspx?IId=41702&Opt=0",
     "https://democracy.westmoor.gov.uk/mgIssueHistoryHome.aspx?IId=41702"),
    # WordPress comment replies, printer copies and AMP copies
    ("https://millbrookmessenger.co.uk/2024/03/14/peer-mentors/?replytocom=5151",
     "https://millbrookmessenger.co.uk/2024/03/14/peer-mentors/"),
    ("https://millbrookmessenger.co.uk/2024/03/14/peer-mentors/amp/",
     "https://millbrookmessenger.co.uk/2024/03/14/peer-mentors/"),
    ("https://millbrookmessenger.co.uk/2024/03/14/peer-mentors/?amp=1",
     "https://millbrookmessenger.co.uk/2024/03/14/peer-mentors/"),
    ("https://www.northvale.gov.uk/news/article/2855/drug-service-opens-on-saturdays?print=1",
     "https://www.northvale.gov.uk/news/article/2855/drug-service-opens-on-saturdays"),
    ("https://www.northvale.gov.uk/news/article/2855/drug-service-opens-on-saturdays?format=print",
     "https://www.northvale.gov.uk/news/article/2855/drug-service-opens-on-saturdays"),
]

DIFFERENT_PAGES = [
    # ModernGov: committee and meeting ids are the page; Opt=2 is another view of an issue
    "https://democracy.westmoor.gov.uk/ieListDocuments.aspx?CId=512&MId=8841",
    "https://democracy.westmoor.gov.uk/ieListDocuments.aspx?CId=512&MId=8842",
    "https://democracy.westmoor.gov.uk/mgIssueHistoryChronology.aspx?IId=41702&Opt=2",
    "https://democracy.westmoor.gov.uk/ieDecisionDetails.aspx?ID=9725",
    # a planning reference and a listing page number are not tracking
    "https://www.westmoor.gov.uk/planning/application?ref=21/01234/FUL",
    "https://www.eastmere.gov.uk/news?page=2",
    "https://www.eastmere.gov.uk/news/search?source=council",
    # CMIS document links carry their key in the query
    "https://kingsford.cmis.uk.com/kingsford/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=Lp7Ws9aXyP4%3d",
    # another port is another site
    "https://www.eastmere.gov.uk:8443/news",
]


@pytest.mark.parametrize("variant, page", SAME_PAGE)
def test_variants_fold_onto_the_page(variant, page):
    assert canonical(variant) == page
    assert canonical(page) == page  # canonical addresses are fixed points


@pytest.mark.parametrize("url", DIFFERENT_PAGES)
def test_addresses_of_other_pages_are_kept_as_written(url):
    assert canonical(url) == url


def test_kept_parameters_keep_their_order_and_encoding():
    url = "https://www.eastmere.gov.uk/news/search?q=drug%20service&utm_source=x&page=2"
    assert canonical(url) == "https://www.eastmere.gov.uk/news/search?q=drug%20service&page=2"


def test_ref_is_tracking_only_as_a_channel_name():
    assert is_tracking("ref", "rss") and is_tracking("REF", "twitter") and is_tracking("ref", "homepage_top")
    assert not is_tracking("ref", "21/01234/FUL") and not is_tracking("ref", "PA-2024-117")
    assert is_tracking("utm_content", "anything") and is_tracking("fbclid", "x")


def test_spaces_are_escaped_as_scrapy_requests_them():
    assert (canonical("https://democracy.westmoor.gov.uk/documents/s61233/Minutes 16 May 2024.pdf")
            == "https://democracy.westmoor.gov.uk/documents/s61233/Minutes%2016%20May%202024.pdf")


def test_links_resolve_against_their_page():
    page = "https://democracy.westmoor.gov.uk/ieListDocuments.aspx?CId=512&MId=8841"
    assert (join(page, "ieListDocuments.aspx?CId=512&MId=8841&Ver=4&Info=1")
            == "https://democracy.westmoor.gov.uk/ieListDocuments.aspx?CId=512&MId=8841")
    assert join(page, "documents/s61240/Annual report.pdf") == \
        "https://democracy.westmoor.gov.uk/documents/s61240/Annual%20report.pdf"
    assert join(page, "#main-content") == page
    assert join(page, "  ") is None


@pytest.mark.parametrize("href", ["mailto:press@westmoor.gov.uk", "tel:01632960000", "javascript:void(0)",
                                  "ftp://files.westmoor.gov.uk/a.pdf"])
def test_links_that_are_not_web_pages_are_none(href):
    assert join("https://www.westmoor.gov.uk/news/", href) is None


@pytest.mark.parametrize("href", ["http://[::1", "https://www.westmoor.gov.uk:80a/news", "https://www.westmoor.gov.uk:99999/",
                                  "http:///news/story"])
def test_malformed_addresses_raise_invalid_url(href):
    with pytest.raises(InvalidURL, match="invalid URL"):
        join("https://www.westmoor.gov.uk/news/", href)
    with pytest.raises(ValueError):  # InvalidURL is a ValueError, for callers that catch those
        canonical(href)
