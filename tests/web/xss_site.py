"""A news site whose stories carry hostile strings in every field recoverywatch stores and shows,
served on 127.0.0.1 by the demo site's server (recoverywatch/demo/server.py: the same newspaper
and committee-system markup the end-to-end tests crawl). Used by tests/web/test_xss_sweep.py.

The payloads are batched, so a few dozen pages carry them all: each story of the paper holds one
batch in its headline, byline, publisher, address (path and query), figure sentences, quotes and
the roles of the people quoted; each committee decision links a report PDF whose title holds a
batch. The stories are plain prose about drug and alcohol treatment, so they are stored, found
relevant and extracted like any other."""
import base64
import html
import pathlib
from urllib.parse import quote, unquote

from recoverywatch.demo.pdf import text_pdf
from recoverywatch.demo.server import DemoSite, prepare

PAYLOADS_FILE = pathlib.Path(__file__).with_name("xss_payloads.txt")
TITLE_ROOM = 250  # characters of payload per story: its headline stays under the 300 a headline may have
REPORT_BATCH = 3  # batches whose report PDFs one committee decision links

PROSE = [
    "The council's drug and alcohol treatment service will be recommissioned next year, and residents, "
    "families and people in recovery are being asked what the new service should offer.",
    "Officers told the health scrutiny committee that more adults had started structured treatment for "
    "opioid and alcohol problems than in any year since the current contract began.",
    "A report on the options for the service, including outreach and recovery housing, will go to the "
    "cabinet in the spring after the consultation closes.",
]

# a committee decision's minutes: enough prose that the report's long link is not most of the page
PROSE_MORE = [
    "Members asked how the service would reach people who drink at harmful levels but have never been in "
    "treatment, and officers described the outreach work with pharmacies, hostels and hospital wards.",
    "The decision was taken after the committee heard from two people in recovery, who described how "
    "peer mentors had helped them stay in treatment during the first weeks after detox.",
    "The cabinet member said the extension would give staff certainty while the new model of recovery "
    "support is designed with residents, and that the budget for the service would be protected.",
]


PROVIDER_NAMES = ["O'Onmouseover&Quot", "Hope'&Lt'Script", "Rise&Amp'Onerror", "Dawn'&#x27'Alert"]


def load_payloads(path=PAYLOADS_FILE):
    """The payload templates, one a line; blank lines and '# ' comments skipped."""
    lines = path.read_text("utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("# ")]


def marker(n):
    return f"__x_{n}"


def fill(template, n, beacon):
    """A payload with its markers: {js} sets window.__x_N, {url} asks the beacon for /bN."""
    js = f"window.{marker(n)}=1"
    doc = base64.b64encode(f"<script>parent.{js}</script>".encode()).decode()
    return (template.replace("{js}", js).replace("{url}", f"{beacon}/b{n}").replace("{b64}", doc))


def batches(payloads, room=TITLE_ROOM):
    """Consecutive payloads grouped so that each group, joined by spaces, fits in `room`."""
    groups = [[]]
    for p in payloads:
        if groups[-1] and len(" ".join(groups[-1] + [p])) > room:
            groups.append([])
        groups[-1].append(p)
    return groups


def _ascii(text):
    return text.encode("ascii", "replace").decode()


def story(k, batch):
    """A newspaper story (a record for DemoSite) carrying one batch in every field."""
    half = len(batch) // 2
    slug = f"treatment-{k}-" + quote(" ".join(batch[:half]), safe="")
    paragraphs = list(PROSE)
    for i, p in enumerate(batch):
        paragraphs.append(f"The council will spend £{k}.{i}m on {p} drug and alcohol treatment services next year.")
        paragraphs.append(f"Councillor Amara Okafor-Bell, cabinet member for {p}, said: \"Treatment works, {p} and "
                          f"recovery is possible for every resident who asks for help with drugs or alcohol.\"")
    # an organisation the text names as provider: names keep only letters, ' and &
    paragraphs.append(f"The contract for adult drug and alcohol treatment was awarded to {PROVIDER_NAMES[k % len(PROVIDER_NAMES)]} "
                      f"Recovery Partnership.")
    return prepare({
        "section": "paper", "category": "news", "slug": f"{slug}", "date": f"2024-0{1 + k % 9}-1{k % 10}",
        "title": f"Drug and alcohol treatment news {k}: " + " ".join(batch), "author": " ".join(batch),
        "publisher": " ".join(batch), "promos": [], "body": "\n\n".join(paragraphs),
        "query": "?" + "&".join(f"p{i}={quote(p, safe='')}" for i, p in enumerate(batch[half:])),
    })


REPORT_TEXT = [
    "Report {k} to the cabinet on the drug and alcohol treatment service.",
    "The council will spend 2.5 million pounds a year on adult drug and alcohol treatment.",
    "Officers recommend that the contract for the recovery service is extended for two years.",
    "Residents and people in recovery were consulted on the future of the service.",
    "The number of adults in structured treatment rose during the year, and waiting times fell.",
    "The cabinet is asked to approve the extension and to note the results of the consultation.",
]


def decision(k, groups):
    """A committee decision linking one report PDF per batch, each PDF titled with its batch
    (PDF strings here are ASCII; other characters become '?')."""
    art = prepare({
        "section": "committee", "ref": str(9000 + k), "date": f"2023-1{k % 3}-0{1 + k % 9}",
        "title": f"Drug and alcohol treatment service contract decision {k}", "council": "Demo Council",
        "body": "\n\n".join(PROSE + PROSE_MORE)})
    art["reports"] = {f"/committees/documents/report-{k}-{j}.pdf": _ascii(" ".join(batch)) for j, batch in enumerate(groups)}
    return art
class XssSite(DemoSite):
    """The demo server with only the hostile stories (paper) and decisions (committee)."""

    def __init__(self, payloads):
        super().__init__()
        groups = batches(payloads)
        stories = [story(k, batch) for k, batch in enumerate(groups)]
        decisions = [decision(k, groups[k:k + REPORT_BATCH]) for k in range(0, len(groups), REPORT_BATCH)]
        self.reports = {path: (art["ref"], title) for art in decisions for path, title in art["reports"].items()}
        self.articles = sorted(stories + decisions, key=lambda a: a["date"], reverse=True)
        for art in stories:
            art["path"] += art.pop("query")

    def sources_toml(self, area=""):
        b = self.base_url
        return (f'[crawler]\ndownload_delay = 0\nper_domain_concurrency = 8\n\n'
                f'[[source]]\nname = "hostile-gazette"\nkind = "press"\nstart_urls = ["{b}/paper/"]\n'
                f'area = {_toml_string(area)}\n\n'
                f'[[source]]\nname = "hostile-committees"\nkind = "committee"\nstart_urls = ["{b}/committees/"]\n')

    def _documents(self, art):
        links = "".join(f'<li><a href="{path}">{html.escape(title)} (PDF)</a></li>' for path, title in art.get("reports", {}).items())
        return f'<section class="supporting-documents"><h2>Supporting documents</h2><ul>{links}</ul></section>' if links else ""

    def route(self, path):
        if path in self.reports:
            ref, title = self.reports[path]
            return (200, "application/pdf", text_pdf([line.format(k=ref) for line in REPORT_TEXT], title), {})
        # the crawler may re-encode an address: match stories on the decoded form
        for art in self.articles:
            if art["path"] != path and unquote(art["path"]) == unquote(path):
                return super().route(art["path"])
        return super().route(path)

    def render_article(self, art):
        page = super().render_article(art)
        if art.get("publisher") and art["section"] == "paper":
            page = page.replace("</head>", f'<meta name="dcterms.publisher" content="{html.escape(art["publisher"])}"></head>', 1)
        return page


def _toml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def contract_notices(groups, js_link, fixtures):
    """OCDS release packages (the saved form `recoverywatch contracts --ocds` imports) for one
    contract per batch, built on the Stoke-on-Trent fixtures of tests/contracts: the batch is the
    contract's title, its supplier's name and its extension's rationale, and every notice link is
    a javascript: URL (`js_link(k)` gives batch k's)."""
    import copy
    import json
    award = json.loads((fixtures / "stoke_tender_award.json").read_text("utf-8"))
    extension = json.loads((fixtures / "stoke_extension.json").read_text("utf-8"))
    releases = []
    for k, batch in enumerate(groups):
        words = " ".join(batch)
        ocid = f"ocds-h6vhtk-xss{k:03d}"
        for release in copy.deepcopy(award["releases"]) + copy.deepcopy(extension["releases"]):
            release["ocid"], release["id"] = ocid, f"{release['id']}-x{k}"
            if "tender" in release:
                release["tender"]["title"] = f"Adult drug and alcohol treatment service {k}: {words}"
            for party in release.get("parties") or []:
                if "supplier" in party["roles"]:
                    party["name"] = party["identifier"]["legalName"] = words
                    party["id"] = party["identifier"]["id"] = f"XSS{k}"
                    party["identifier"]["scheme"] = "GB-COH"
            for award_ in release.get("awards") or []:
                for supplier in award_["suppliers"]:
                    supplier.update(name=words, id=f"XSS{k}")
            for section in [release.get("tender"), *(release.get("awards") or []), *(release.get("contracts") or [])]:
                for doc in (section or {}).get("documents") or []:
                    doc["url"] = js_link(k)
                for amendment in (section or {}).get("amendments") or []:
                    amendment["rationale"] = words
            releases.append(release)
    return {**{key: award[key] for key in award if key != "releases"}, "releases": releases}
