"""The written corpora's gold is well formed (benchmarks/check_gold.py): a wrong key, an area that is no
council's name or a quote the text does not hold would make every later score wrong."""
import json
import pathlib
import runpy

ROOT = pathlib.Path(__file__).resolve().parents[2]
check = runpy.run_path(str(ROOT / "benchmarks" / "check_gold.py"))

RECORD = {"id": "zz-001", "title": "Drayford recovery hub opens", "published": "2024-03-01", "template": "press",
          "relevant": True, "primary_area": "Leeds", "areas": ["Leeds"], "optional_areas": [],
          "providers": ["Forward Leeds"], "figures": [{"value": 40, "unit": "count"}],
          "quotes": [{"speaker": "Jo Wenlow", "start": "We wanted somewhere", "end": "to come back to"}],
          "optional_quotes": [], "boilerplate_markers": []}
TEXT = "The hub will see 40 people a week.\n\n“We wanted somewhere people had to come back to,” said Jo Wenlow.\n"


def batch(tmp_path, rec, text=TEXT):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / f"{rec['id']}.txt").write_text(text, "utf-8")
    (tmp_path / "gold.json").write_text(json.dumps({"_doc": "test batch", "articles": [rec]}), "utf-8")
    return check["batch_errors"](tmp_path, check["area_names"]())


def test_a_well_formed_batch_has_no_errors(tmp_path):
    assert batch(tmp_path, RECORD) == []


def test_each_kind_of_bad_gold_is_reported(tmp_path):
    rec = dict(RECORD, areas=["Leeds", "Yorkshire Dales"], primary_area="Bradford",
               figures=[{"value": 2.5, "unit": "count"}, {"value": 3, "unit": "people"}],
               quotes=[{"speaker": "Jo Wenlow", "start": "We never wanted", "end": "to come back to"}])
    errors = "\n".join(batch(tmp_path, rec))
    for expected in ("'Yorkshire Dales' is no local authority", "primary area 'Bradford'", "count of 2.5",
                     "'people'", "quote start 'We never wanted'"):
        assert expected in errors


def test_a_record_without_its_text_is_reported(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold.json").write_text(json.dumps({"_doc": "", "articles": [RECORD]}), "utf-8")
    assert any("records without texts ['zz-001']" in e for e in check["batch_errors"](tmp_path, check["area_names"]()))


def test_every_written_batch_is_well_formed():
    # (benchmarks/pending/ is absent when every batch has joined)
    folders = sorted(p for kind in ("corpora", "pending") if (ROOT / "benchmarks" / kind).is_dir()
                     for p in (ROOT / "benchmarks" / kind).iterdir() if p.is_dir())
    areas = check["area_names"]()
    assert [e for f in folders for e in check["batch_errors"](f, areas)] == []
