"""A line break ends a sentence: headings, list items, attendance lists and paragraphs never run
on into the next line. Set before the parser, which keeps sentence starts it is given, so a
speech verb's subject is never looked for in the paragraph above ("Present: Councillors A
(Chair), B ..." then "The Chair thanked Mr C and said: ...")."""
import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language


@Language.component("recoverywatch_paragraphs")
def mark_paragraphs(doc):
    # only whitespace tokens become Token objects: a pass over every token costs more
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)):
        i = int(i)
        if i + 1 < len(doc) and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc
