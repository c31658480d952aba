"""Treatment providers named in an article, resolved to the gazetteer, plus
organisations that the text shows are running a service but are not listed yet."""
import re
from collections import defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from recoverywatch.extract import gazetteer, lexicon

# The word lists and patterns are data: extract/data/providers.toml.
_WORDS = lexicon.load("providers.toml")
# Words near an ambiguous short name ("Via", "Forward", "CGL") that show the
# organisation is meant.
PROVIDER_CUES = re.compile(rf"\b({lexicon.words_regex(_WORDS['provider_cues'])})\b", re.I)
NOT_PROVIDER = re.compile(rf"\b({lexicon.words_regex(_WORDS['not_provider'])})\b", re.I)
# "run by the charity Likewise", "contract awarded to Acme Recovery", "delivered by Cheshire and Wirral
# Partnership NHS Foundation Trust": the organisation is the provider even when we do not list it.
ORG = r"((?:The )?[A-Z][\w'’&.-]*(?:(?:,? and |,? & | of | for |, | )[A-Z][\w'’&.-]*)*)"
UNLISTED_PATTERNS = [re.compile(lexicon.fill(u["pattern"], ORG=ORG)) for u in _WORDS["unlisted"]]
# Local service names: "Newcastle Treatment and Recovery", "Redditch Recovery Service".
SERVICE_NAME = re.compile(rf"\b((?:[A-Z][\w'’-]+ )+{lexicon.words_regex(_WORDS['service_name_endings'])})\b")
# "Service Director, Cheshire and Wirral ... Trust": a job title before a name, dropped
JOB_TITLE_BEFORE_NAME = re.compile(rf"^(?:[A-Z][a-z]+ )*{lexicon.words_regex(_WORDS['job_titles'])}[^,]*,\s+")
NHS_TRUST = re.compile(r"\b((?:[A-Z][\w'’-]*(?:,? | and | & ))+NHS (?:Foundation )?Trust)\b")


def _slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


class ProviderFinder:
    def __init__(self, nlp):
        self.safe = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.ambiguous = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lookup = {}
        self.brands = PhraseMatcher(nlp.vocab, attr="ORTH")
        for p in gazetteer.providers().values():
            if p.brands:
                self.brands.add(p.slug, list(nlp.tokenizer.pipe(p.brands)))
            safe_names = {p.name, *p.aliases} - set(p.ambiguous)
            for name in safe_names:
                self.lookup[name] = p.slug
            self.safe.add(p.slug, list(nlp.tokenizer.pipe(sorted(safe_names))))
            if p.ambiguous:
                self.ambiguous.add(p.slug, list(nlp.tokenizer.pipe(p.ambiguous)))

    def __call__(self, doc):
        found = defaultdict(lambda: {"spans": {}, "matched": set(), "row": None})
        spans = []
        for match_id, s, e in self.safe(doc):
            spans.append(doc[s:e])
            spans[-1]._.rw_canonical = doc.vocab.strings[match_id]
        safe_slugs = {sp._.rw_canonical for sp in spans}
        for match_id, s, e in self.ambiguous(doc):
            span = doc[s:e]
            slug = doc.vocab.strings[match_id]
            if self._ambiguous_ok(span, slug in safe_slugs):
                span._.rw_canonical = slug
                spans.append(span)
        services = self._services(doc)
        for span, _ in services:
            span._.rw_canonical = "service"
        kept = filter_spans(spans + [sp for sp, _ in services])
        spans = [sp for sp in kept if sp._.rw_canonical != "service"]
        service_spans = [sp for sp in kept if sp._.rw_canonical == "service"]
        provs = gazetteer.providers()
        for span in spans:
            slug = span._.rw_canonical
            rec = found[slug]
            rec["spans"][span.start_char, span.end_char] = span.text
            rec["matched"].add(span.text)
            rec["row"] = provs[slug].row()
        unlisted = self._unlisted(doc, {i for sp in spans for i in range(sp.start_char, sp.end_char)})
        for name, start, span in unlisted:
            slug = "unlisted-" + _slug(name)
            rec = found[slug]
            rec["spans"][start, start + len(name)] = name
            rec["matched"].add(name)
            rec["row"] = {"slug": slug, "name": name, "type": "nhs_trust" if "NHS" in name else None,
                          "status": None, "in_gazetteer": 0}
            if span is not None:
                spans.append(span)
        doc._.rw_services = self._link_services(service_spans, dict(services), spans)
        doc._.rw_provider_spans = spans  # a place inside a service name ("Forward Leeds") still counts
        doc._.rw_providers = [{"slug": slug, "row": rec["row"], "matched": sorted(rec["matched"]),
                               "spans": [{"start": s, "end": e, "text": t} for (s, e), t in sorted(rec["spans"].items())]}
                              for slug, rec in found.items()]
        return doc

    def _services(self, doc):
        """[(span, gazetteer provider slug or None)] for named local services."""
        found = [(doc[s:e], doc.vocab.strings[m]) for m, s, e in self.brands(doc)]
        for m in SERVICE_NAME.finditer(doc.text):
            span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
            if span is not None and len(span) >= 2 and not NOT_PROVIDER.search(span.text):
                found.append((span, None))
        return found

    @staticmethod
    def _link_services(service_spans, brand_owner, provider_spans):
        """A service is linked to the provider its gazetteer row names, or the one provider in its sentence."""
        out = {}
        for span in service_spans:
            slug = brand_owner.get(span)
            if slug is None:
                near = {p._.rw_canonical for p in provider_spans if p.sent == span.sent}
                slug = near.pop() if len(near) == 1 else None
            rec = out.setdefault(span.text, {"name": span.text, "provider_slug": slug, "matched": span.text, "spans": []})
            rec["provider_slug"] = rec["provider_slug"] or slug
            rec["spans"].append({"start": span.start_char, "end": span.end_char, "text": span.text})
        return list(out.values())

    @staticmethod
    def _ambiguous_ok(span, canonical_seen):
        text = span.text
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        if nxt is not None and nxt.lower_ in ("the", "a", "an", "its", "their", "our", "this", "of", "to"):
            return False  # "Via the app", "Forward to ..."
        if canonical_seen:
            return True
        if text.isupper() and len(text) <= 5:
            return bool(PROVIDER_CUES.search(span.doc.text))
        window = span.doc[max(0, span.start - 6): min(len(span.doc), span.end + 6)].text
        return bool(PROVIDER_CUES.search(window)) and span.start != span.sent.start

    def _unlisted(self, doc, covered):
        """Organisations shown by context to run a service, not in the gazetteer."""
        out = []
        text = doc.text
        candidates = []
        for pattern in UNLISTED_PATTERNS:
            for m in pattern.finditer(text):
                candidates.append((m.start(1), m.group(1)))
        for m in NHS_TRUST.finditer(text):
            window = text[max(0, m.start() - 120): m.end() + 120]
            if PROVIDER_CUES.search(window):
                candidates.append((m.start(1), m.group(1)))
        for start, name in candidates:
            # "Service Director, Cheshire and Wirral ... Trust": drop a job title before the name
            m = JOB_TITLE_BEFORE_NAME.match(name)
            if m:
                start, name = start + m.end(), name[m.end():]
            name = re.sub(r"^The ", "", name.strip(" ,.")).strip()
            name = re.sub(r"[’']s$", "", name)
            if len(name) < 3 or NOT_PROVIDER.search(name) and "NHS" not in name or name in self.lookup:
                continue
            start = text.find(name, start)  # past a dropped "The "
            if start < 0 or any(i in covered for i in range(start, start + len(name))):
                continue
            if " " not in name and not self._looks_like_org(doc, start, name):
                continue
            span = doc.char_span(start, start + len(name), alignment_mode="expand")
            out.append((name, start, span))
        return out

    @staticmethod
    def _looks_like_org(doc, start, name):
        """A one-word name must not be an ordinary capitalised word or a place."""
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        if span is None or span[0].lower_ in ("council", "government"):
            return False
        if span.start == 0 or doc[span.start - 1].text in (".", "!", "?", "\n"):
            return False  # a capitalised sentence opener is not evidence of a name
        return span[0].pos_ in ("PROPN", "NOUN", "ADJ", "ADV", "VERB", "ADP")


@Language.factory("recoverywatch_providers")
def make_provider_finder(nlp, name):
    return ProviderFinder(nlp)
