from recoverywatch.crawler.pdf import pdf_text, reflow
from recoverywatch.demo.pdf import text_pdf


def test_wrapped_lines_are_joined_into_paragraphs():
    lines = ["Dr Ann Lee told the committee: \"We have seen a rise in the", "number of people in treatment.\"",
             "Item 4. Contract award", "The contract was awarded to a charity."]
    assert reflow(lines).split("\n") == [
        'Dr Ann Lee told the committee: "We have seen a rise in the number of people in treatment."',
        "Item 4. Contract award The contract was awarded to a charity."]


def test_text_pdf_round_trip_and_bad_pdfs():
    lines = ["The service saw 2,140 adults in treatment during the year, an increase on the year before.",
             "Successful completions were 34 per cent against a national figure of 35 per cent."] * 4
    assert "2,140 adults in treatment" in pdf_text(text_pdf(lines, "Report"))
    assert pdf_text(b"%PDF-1.4 garbage") is None
    assert pdf_text(text_pdf([], "Scanned")) is None
