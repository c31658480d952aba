from recoverywatch.crawler.pdf import document_names, is_running_head, pdf_text, read_report, reflow, strip_running_lines
from recoverywatch.demo.pdf import pages_pdf, text_pdf

BODY = ("The partnership reported that 1,310 adults were in structured treatment at the end of the year, up",
        "from 1,190 a year earlier, and that waiting times for a first appointment had fallen to nine days.")
MORE = ("Members asked how many people leaving prison had started treatment in the community within three",
        "weeks of release; officers said the share had risen to 58 per cent after a new worker was appointed.")
LAST = ("The board agreed to receive a further report in the spring on outcomes for people who use crack",
        "cocaine and on the number of residential rehabilitation placements bought during the year.")


def test_wrapped_lines_are_joined_and_headings_stay_apart():
    lines = ["Dr Ann Lee told the committee: \"We have seen a rise in the", "number of people in treatment.\"",
             "Item 4. Contract award", "The contract was awarded to a charity."]
    assert reflow(lines).split("\n") == [
        'Dr Ann Lee told the committee: "We have seen a rise in the number of people in treatment."',
        "Item 4. Contract award", "The contract was awarded to a charity."]


def test_bullets_and_numbered_paragraphs_start_lines_and_hyphens_mend():
    lines = ["2.1 The service will offer the following support to adults who are referred by their GP or the",
             "hospital:", "• one-to-one key working;", "• group sessions in the evening;",
             "2.2 The board noted that the service had been com-", "missioned for five years from April 2025."]
    assert reflow(lines).split("\n") == [
        "2.1 The service will offer the following support to adults who are referred by their GP or the hospital:",
        "• one-to-one key working;", "• group sessions in the evening;",
        "2.2 The board noted that the service had been commissioned for five years from April 2025."]


def test_money_and_its_multiplier_stay_together():
    assert reflow(["The contract is worth £6.7\u00a0 million a year over the first three years of the service."]) == \
        "The contract is worth £6.7 million a year over the first three years of the service."


def test_running_headers_footers_and_page_numbers_are_dropped_before_reflow():
    pages = [["Cabinet | 5 March 2025 | Item 9", *BODY, "OFFICIAL Page 1 of 3"],
             ["Cabinet | 5 March 2025 | Item 9", *MORE, "OFFICIAL Page 2 of 3"],
             ["Cabinet | 5 March 2025 | Item 9", *LAST, "- 3 -"]]
    assert strip_running_lines(pages) == [list(BODY), list(MORE), list(LAST)]
    assert "Cabinet" not in reflow([line for page in strip_running_lines(pages) for line in page])


def test_report_title_from_cover_not_word_metadata_and_date_from_cover():
    cover = ["Drug and alcohol treatment: contract award", "Report to: Cabinet", "Date of meeting: 5 March 2025",
             "Report of: Director of Public Health", *BODY]
    body = pages_pdf([["Cabinet | 5 March 2025 | Item 9", *cover, "Page 1 of 2"],
                      ["Cabinet | 5 March 2025 | Item 9", *MORE, "Page 2 of 2"]],
                     title="Microsoft Word - CAB 2025-03-05 item 9 v3.docx")
    report = read_report(body, anchor="Contract award report PDF 388 KB")
    assert report.title == "Drug and alcohol treatment: contract award"
    assert report.published == "2025-03-05"
    assert report.text.startswith("Report to: Cabinet")
    assert "Page 1" not in report.text and "Item 9" not in report.text and "Microsoft" not in report.text
    assert "1,310 adults" in report.text and "58 per cent" in report.text


def test_report_without_cover_date_inherits_the_meeting_pages_date_and_its_link_text():
    body = pages_pdf([[*BODY, *MORE, "1"], [*LAST, "2"]], title="report.pdf")
    report = read_report(body, anchor="Appendix A - treatment performance (640Kb)", linked_published="2024-09-05")
    assert report.title == "Appendix A - treatment performance"
    assert report.published == "2024-09-05"


def test_text_pdf_round_trip_and_bad_pdfs():
    lines = ["The service saw 2,140 adults in treatment during the year, an increase on the year before.",
             "Successful completions were 34 per cent against a national figure of 35 per cent."] * 4
    assert "2,140 adults in treatment" in pdf_text(text_pdf(lines, "Report"))
    assert pdf_text(b"%PDF-1.4 garbage") is None
    assert pdf_text(text_pdf([], "Scanned")) is None


def test_agenda_front_sheet_is_recognised_and_a_report_is_not():
    items = ["1. Apologies for absence", "2. Declarations of interest",
             "3. Minutes of the previous meeting (Pages 1 - 6)",
             "To approve as a correct record the minutes of the meeting held on 16 May 2024.",
             "4. Drug and alcohol treatment: annual report (Pages 7 - 30)",
             "To consider the annual report of the Director of Public Health on treatment services.",
             "5. Work programme (Pages 31 - 34)", *BODY]
    sheet = read_report(pages_pdf([items], title="Agenda frontsheet 11th-Jul-2024 14.00 Health and Wellbeing Board"))
    assert sheet.front_sheet
    unnamed = read_report(pages_pdf([items], title=""), anchor="Agenda for Health and Wellbeing Board")
    assert unnamed.front_sheet  # three page references into the reports pack
    report = read_report(pages_pdf([["Treatment annual report", *BODY, *MORE, *LAST]], title="Annual report"))
    assert not report.front_sheet


COVER = ["Drug and alcohol treatment: contract award", "Report to: Cabinet", "Date of meeting: 5 March 2025",
         "Report of: Director of Public Health", *BODY]


def test_a_running_header_on_page_2_only_of_a_2_page_report_is_dropped():
    # the cover carries no header, so the header cannot be found by repetition
    body = pages_pdf([COVER, ["Cabinet | 5 March 2025 | Item 9", *MORE]], title="CAB-2025-03-05-item-9.docx")
    report = read_report(body)
    assert report.title == "Drug and alcohol treatment: contract award"
    assert "Item 9" not in report.text and "Cabinet |" not in report.text
    assert "1,310 adults" in report.text and "Members asked" in report.text


def test_a_later_page_topped_by_the_report_title_or_an_item_mark_loses_them():
    for head in (["Drug and alcohol treatment: contract award"], ["Agenda item 9", "Appendix B"],
                 ["OFFICIAL", "Thursday, 5th March, 2025"]):
        report = read_report(pages_pdf([COVER, [*head, *MORE]], title=COVER[0]))
        assert report.title == "Drug and alcohol treatment: contract award"
        assert not any(line in report.text for line in head), head
        assert "Members asked" in report.text


def test_page_top_lines_that_are_not_all_running_head_parts_are_kept():
    names = document_names(COVER, ["Drug and alcohol treatment: contract award"])
    assert is_running_head("Cabinet - 5 March 2025 - Agenda Item 9", names)
    assert is_running_head("Drug and alcohol treatment: contract award | Page 2", names)
    assert not is_running_head("5. Priorities for 2025/26", names)
    assert not is_running_head("On 5 March 2025 the Cabinet agreed the award", names)
    assert not is_running_head("Cabinet response to the consultation", names)
    heading = "3. Performance of the service"
    report = read_report(pages_pdf([COVER, [heading, *MORE]]))
    assert heading in report.text.split("\n")
