from recoverywatch.crawler.page import analyse, looks_binary, main_text
from recoverywatch.crawler import metadata, promo
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


def test_a_headline_that_opens_with_a_utility_word_is_still_an_article():
    for title in ("News in brief: recovery cafe opens and a new naloxone scheme", "Contact tracing ends at the clinic"):
        body = page("<main><article><h1>" + title + "</h1>" + "".join(f"<p>{STORY} Item {i}.</p>" for i in range(4))
                    + "</article></main>", title=title)
        assert analyse("https://example.org/news/2023/briefs", body).is_article, title
    assert not analyse("https://example.org/news", page("<main><h1>News</h1><p>" + STORY * 3 + "</p></main>",
                                                        title="News | Example Borough Council")).is_article


def test_promo_lines_are_removed_from_text():
    text = ("The service opened on Monday.\nREAD MORE: 14 homes approved in Marple\n"
            "Sign up to our newsletter for the latest Leeds news\nGet the latest Derby news direct to your inbox\n"
            "Join our WhatsApp community for breaking news\nRead next: Bus station to reopen after £2m revamp\n"
            "It has 40 beds.")
    assert strip_promos(text) == "The service opened on Monday.\nIt has 40 beds."
    assert not is_promo_line("Read more about the service in the council's report, which was published today.")
    assert not is_promo_line("Read next week's paper for the council's reply.")


def test_a_line_pointing_to_the_papers_app_is_a_promo():
    assert is_promo_line("Get the latest news from Marple and the High Peak on our free app")
    assert not is_promo_line("Get the latest advice from the recovery app, the council said, before it closes in May.")


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


def test_box_titled_you_may_also_be_interested_in_is_no_listing_and_not_text():
    # the box title is a plain <div>, not a heading element
    body = "".join(f"<p>{STORY} Part {i}.</p>" for i in range(4))
    cards = "".join(f"<div><img src='/{i}.jpg'><h3><a href='/news/{i}'>Hostel rooms for people leaving prison number {i}</a></h3></div>"
                    for i in range(4))
    html = page(f"<main><div class='entry'><h1>Story</h1>{body}"
                f"<div class='row'><div class='box-title'>You may also be interested in...</div>"
                f"<div class='cards'>{cards}</div></div></div></main>")
    result = analyse("https://example.org/news/hostel-rooms", html)
    assert result.is_article, result.reason
    assert "Part 3." in result.text and "Hostel rooms" not in result.text


def test_pop_up_card_inside_a_sentence_leaves_only_the_name():
    card = ("<span class='card'><img src='/p.jpg'><a href='/people/jo-bell'>Jo Bell</a>"
            "<a href='/news/1'>Councillor backs needle exchange expansion in the town centre</a> "
            "<a href='/news/2'>Budget row over family hubs deepens</a><a href='/people/jo-bell'>MORE</a></span>")
    body = (f"<p>The plan was criticised by Councillor <span><a href='/people/jo-bell'>Jo Bell</a>{card}</span>, "
            f"who chairs the scrutiny panel. {STORY}</p>" + "".join(f"<p>{STORY} Part {i}.</p>" for i in range(3)))
    text = main_text(page(f"<main><article><h1>Story</h1>{body}</article></main>"))
    assert "Councillor Jo Bell, who chairs the scrutiny panel" in text
    assert "needle exchange" not in text and "Budget row" not in text


def test_list_of_links_under_a_story_is_not_text_but_a_list_of_facts_is():
    body = "".join(f"<p>{STORY} Part {i}.</p>" for i in range(4))
    facts = "<ul><li>40 beds in the new unit</li><li>A <a href='/nal'>naloxone</a> clinic on Fridays</li></ul>"
    teasers = ("<ul><li><a href='/a'>Five things to know about the recovery café</a></li>"
               "<li><a href='/b'>Photos: the hub's first open day</a></li>"
               "<li><a href='/c'>Why the council changed its drug strategy this year</a></li></ul>")
    text = main_text(page(f"<main><article><h1>Story</h1>{body}{facts}<p>{STORY} End.</p>{teasers}"
                          "<p>Jo Bell is our health reporter and writes about recovery services.</p></article></main>"))
    assert "40 beds in the new unit" in text and "naloxone clinic" in text and "End." in text
    assert "Five things" not in text and "first open day" not in text


def test_an_embedded_post_is_kept_though_its_box_is_named_social():
    body = "".join(f"<p>{STORY} Part {i}.</p>" for i in range(3))
    embed = ("<div class='social-media-embed'><blockquote class='twitter-tweet'><p>Our new recovery hub "
             "opens its doors to everyone on Monday morning at nine</p>— Eastmere Council (@eastmere) "
             "<a href='https://x.example/1'>May 2, 2025</a></blockquote></div>")
    share = "<div class='social-share'><a href='/s/fb'>Facebook</a> <a href='/s/x'>Share on X</a></div>"
    text = main_text(page(f"<main><article><h1>Story</h1>{body}{embed}<p>{STORY} End.</p>{share}</article></main>"))
    assert "opens its doors to everyone" in text and "Share on X" not in text


def test_linked_provider_names_and_an_introduced_list_of_links_are_not_taken_for_teasers():
    names = "<ul><li><a href='https://p1.example'>Change Grow Live</a></li><li><a href='https://p2.example'>Turning Point</a></li></ul>"
    docs = ("<p>Read the documents:</p><ul><li><a href='/r.pdf'>Drug and alcohol needs assessment 2024</a></li>"
            "<li><a href='/s.pdf'>Recovery strategy consultation response summary</a></li></ul>")
    teasers = ("<ul><li><a href='/a'>Five things to know about the recovery café</a></li>"
               "<li><a href='/b'>Photos: the hub's first open day</a></li></ul>")
    tree = metadata.parse_html(page(f"<main><article><p>{STORY}</p>{names}{docs}<p>{STORY}</p>{teasers}</article></main>"))
    assert [[li.text_content() for li in lst] for lst in promo.link_lists(tree)] == \
        [["Five things to know about the recovery café", "Photos: the hub's first open day"]]


def test_appeals_social_invitations_and_article_metadata_lines_are_promos():
    for line in ["Get the morning's top stories delivered to your inbox by signing up to our newsletter.",
                 "If you value our journalism, please consider becoming a member.",
                 "Tell us what YOU think...", "Got a news tip? Email the newsdesk.",
                 "Follow the Gazette on Instagram, Facebook and X.",
                 "Follow him on Twitter @jbell_reports.", "Follow our full coverage of the election at https://news.example/vote",
                 "Filed under: Health | Recovery", "Posted in: Council news", "Additional reporting by Sam Ode",
                 "4 min read", "Reading time: 3 minutes", '[button link="https://news.example/tips" type="big"] Send us your story[/button]',
                 "Town centre drug clinic plan approved [REACTION]", "More:", "See also:", "You may also like..."]:
        assert is_promo_line(line), line
    for line in ["Tell us what you think of the new recovery service by 5 May, the council said.",
                 "Patients can follow their care plan on the app, the trust said.",
                 "The report was filed under the council's emergency powers.",
                 "Staff said the clinic had been posted in the council's news letter last year.",
                 "More: the council will say on Friday how much it will spend.",
                 "You might also like to know that the café is open on Sundays."]:
        assert not is_promo_line(line), line


def test_headline_in_another_wording_than_the_chosen_title_is_not_text():
    # og:title (chosen as the title) and the on-page <h1> word the same story differently
    body = "".join(f"<p>{STORY} Part {i}.</p>" for i in range(4))
    html = page(f"<main><article><h1>Recovery hub finally opens its doors after delays</h1>{body}</article></main>",
                head='<meta property="og:title" content="Recovery hub opens">', title="Recovery hub opens")
    result = analyse("https://example.org/news/recovery-hub-opens", html)
    assert result.title == "Recovery hub opens"
    assert result.text.startswith("The council said")
    assert main_text(html).startswith("The council said")


def test_picture_captions_and_credits_are_not_text():
    body = "".join(f"<p>{STORY} Part {i}.</p>" for i in range(3))
    html = page(f"<main><article><h1>Story</h1>{body}<p><img src='/hub.jpg'></p>"
                "<p><em>Volunteers outside the recovery café on its first morning</em></p>"
                "<div class='media'><img src='/b.jpg'><span class='image-credit'>Eastmere Courier</span></div>"
                f"<p>{STORY} End.</p><p><em>Jo Bell is the Courier's health reporter.</em></p></article></main>")
    text = main_text(html)
    assert "Volunteers outside" not in text and "End." in text
    for line in ["The hub on Market Street (Image: Eastmere Courier)", "Picture: PA", "(Image credit: Jo Bell)",
                 "The café's garden, photo © Jo Bell 2024", "Copyright 2025 Eastmere Courier Ltd - all rights reserved"]:
        assert is_promo_line(line), line
    assert not is_promo_line("Photo ID will be needed at the clinic from May (the council said).")
    assert not is_promo_line("Copyright rules mean the council cannot publish the provider's bid in full.")


def test_an_entity_the_page_shows_as_text_is_stored_as_shown():
    # The page says "&lt;" and "R&amp;D" in words (escaped once in its source); decoding twice
    # would turn them into a tag and "R&D" and change what a journalist quotes.
    html = page("<article><h1>Guide</h1>"
                "<p>Type &amp;lt;name&amp;gt; in the form; the R&amp;amp;D budget and Smith &amp; Jones "
                f"stay as written. {STORY}</p>" + "".join(f"<p>{STORY} {i}.</p>" for i in range(3))
                + "</article>")
    text = main_text(html)
    assert "Type &lt;name&gt; in the form; the R&amp;D budget and Smith & Jones" in text


def test_a_report_printed_into_a_page_loses_its_page_lines_and_running_head():
    head = "Marshire Health and Wellbeing Board | 3 March 2025 | Agenda item 6"
    body = (f"<p>Report to: Marshire Health and Wellbeing Board</p><p>{STORY} One.</p><p>Page 1 of 3</p><p>{head}</p>"
            f"<p>{STORY} Two.</p><p>Page 2 of 3</p><p>{head}</p><p>{STORY} Three.</p><p>Page 3 of 3</p>")
    text = main_text(page(f"<main><article><h1>Report</h1>{body}</article></main>"))
    assert "Page 2 of 3" not in text and "Agenda item 6" not in text
    assert "Report to: Marshire Health and Wellbeing Board" in text and f"{STORY} Three." in text


def test_a_long_running_head_with_cells_and_a_date_is_still_a_running_head():
    # words, not the "|" between its cells or the date's numbers, make a running head long
    head = "NHS Marshire, Eastvale and Upper Tarn Integrated Care Board | Board meeting in public | 14 May 2025 | Agenda item 11"
    body = (f"<p>{head}</p><p>{STORY} One.</p><p>Page 1 of 3</p><p>{head}</p>"
            f"<p>{STORY} Two.</p><p>Page 2 of 3</p><p>{head}</p><p>{STORY} Three.</p><p>Page 3 of 3</p>")
    text = main_text(page(f"<main><article><h1>Report</h1>{body}</article></main>"))
    assert text.count("Agenda item 11") <= 1 and f"{STORY} Three." in text
