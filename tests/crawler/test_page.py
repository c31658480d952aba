from recoverywatch.crawler.page import analyse, looks_binary
from recoverywatch.crawler.promo import is_promo_line, strip_promos

STORY = " ".join(["The council said the new treatment service would open in the spring, with more staff."] * 3)


def page(body, head="", title="A story"):
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def test_story_page_is_an_article_with_metadata():
    html = page("<main><article><h1>Recovery hub opens</h1>"
                "<time datetime='2023-04-05'>5 April</time>"
                + "".join(f"<p>{STORY} Paragraph {i}.</p>" for i in range(4)) + "</article></main>",
                head='<meta property="og:type" content="article">'
                     '<meta property="article:published_time" content="2023-04-05T09:00:00+01:00">')
    result = analyse("https://example.org/news/recovery-hub-opens", html)
    assert result.is_article, result.reason
    assert result.title == "Recovery hub opens"
    assert result.published == "2023-04-05"
    assert "Paragraph 3." in result.text


def test_listing_of_teasers_is_not_an_article():
    cards = "".join(f"<article><h3><a href='/news/{i}'>Headline number {i} about services</a></h3><p>{STORY}</p></article>"
                    for i in range(8))
    result = analyse("https://example.org/news/", page(f"<main><h1>Latest</h1>{cards}</main>", title="Latest"))
    assert not result.is_article


def test_contact_and_search_pages_are_not_articles():
    body = page("<main><h1>Contact us</h1><p>" + STORY * 3 + "</p></main>", title="Contact us")
    assert not analyse("https://example.org/contact-us/", body).is_article
    assert not analyse("https://example.org/search?q=drugs", page("<main><h1>Search results</h1></main>", title="Search results")).is_article


def test_promo_lines_are_removed_from_text():
    text = ("The service opened on Monday.\nREAD MORE: 14 homes approved in Marple\n"
            "Sign up to our newsletter for the latest Leeds news\nGet the latest Derby news direct to your inbox\n"
            "Join our WhatsApp community for breaking news\nRead next: Bus station to reopen after £2m revamp\n"
            "It has 40 beds.")
    assert strip_promos(text) == "The service opened on Monday.\nIt has 40 beds."
    assert not is_promo_line("Read more about the service in the council's report, which was published today.")
    assert not is_promo_line("Read next week's paper for the council's reply.")


def test_inline_promo_blocks_never_reach_the_text():
    body = "".join(f"<p>{STORY} Part {i}.</p>" for i in range(3))
    html = page(f"<main><article><h1>Story</h1><div class='story-body'>{body}"
                "<aside class='inline-promo'><strong>READ MORE:</strong> <a href='/x'>Six arrested in Wigan</a></aside>"
                f"<p>{STORY} End.</p></div></article></main>")
    result = analyse("https://example.org/news/story", html)
    assert "Six arrested" not in result.text and "End." in result.text


def test_binary_bodies_are_recognised():
    assert looks_binary(b"%PDF-1.4 ...")
    assert looks_binary(bytes(range(256)))
    assert not looks_binary("<html><body>Café</body></html>".encode("cp1252"))


def test_publishers_teaser_and_press_office_lines_are_promos():
    for line in ["Councils warn of winter pressure on hospitals [INSIGHT]", "Read next: Bakery wins award",
                 "-ENDS-", "For media enquiries contact the press office on 01632 960000",
                 "Issued by Westmoor County Council", "Was this page helpful?", "Facebook | X | LinkedIn",
                 "Home > News > March 2025", "Page last updated: 3 March 2025", "Wednesday, 7th February 2024",
                 "The Messenger is funded by its readers. Support independent local journalism: join us"]:
        assert is_promo_line(line), line
    for line in ["The council issued a warning about counterfeit pills on Monday.",
                 "Home care visits rose by 12% in the year to March."]:
        assert not is_promo_line(line), line
