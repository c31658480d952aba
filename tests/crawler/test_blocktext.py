from lxml import html

from recoverywatch.crawler.blocktext import render


def test_lists_keep_their_items_and_word_bullets_become_items():
    region = html.fromstring(
        "<div><p>RESOLVED that the board:</p><ol><li>notes the report;</li><li>asks for an update.</li></ol>"
        "<p class='MsoListParagraph'><span>\u00b7</span><span>\u00a0\u00a0\u00a0 </span>family sessions for carers.</p></div>")
    assert render(region).split("\n") == ["RESOLVED that the board:", "- notes the report;", "- asks for an update.",
                                          "- family sessions for carers."]


def test_agenda_tables_read_as_lines_without_bare_item_numbers():
    region = html.fromstring(
        "<table><tr><td>1.</td><td>Apologies for absence</td></tr>"
        "<tr><td>2.</td><td><p>Treatment contract</p><p>The committee noted the award of the contract.</p></td></tr>"
        "<tr><td>Item</td><td>Owner</td><td>Due</td></tr></table>")
    assert render(region).split("\n") == ["Apologies for absence", "Treatment contract",
                                          "The committee noted the award of the contract.", "Item – Owner – Due"]
