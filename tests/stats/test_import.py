"""Importing Fingertips bulk CSV files (written for these tests in the official column layout)
into a real SQLite database."""
import logging

import pytest

from recoverywatch.stats.periods import dates
from recoverywatch.stats.run import import_files
from tests.stats.conftest import FIXTURES, header


def _stats(db):
    return {(r["indicator_id"], r["gss_code"], r["period"]): r for r in db.query(
        "select t.*, a.code as area, p.code as held from treatment_stats t "
        "left join areas a on a.id = t.area_id left join areas p on p.id = t.period_area_id")}


def _write(tmp_path, name, *rows, head=None):
    path = tmp_path / name
    path.write_text("\n".join([head or header(), *rows]) + "\n", encoding="utf-8")
    return str(path)


ROW = ("92454,Adults in treatment,E12000007,London region,E09000033,Westminster,London borough,Persons,18+ yrs,,,"
       "2023/24,{value},5.9,7.0,,,{count},208000,,,Not compared,Not compared,20230000,,,1y")


def test_council_england_and_district_rows_are_stored_regions_and_unknown_codes_are_not(db, caplog):
    with caplog.at_level(logging.WARNING):
        result = import_files(db, [str(FIXTURES)])
    assert result["failed"] == [] and result["files"] == 3
    assert (result["council"], result["england"], result["grouping"], result["unknown"]) == (10, 2, 1, 1)
    assert result["other_indicators"] == 1  # an alcohol admissions indicator in the same file
    assert "E06999999" in caplog.text
    stats = _stats(db)
    stoke = stats[(92454, "E06000021", "2023/24")]
    assert (stoke["area"], stoke["measure"], stoke["substance"], stoke["value"], stoke["people_in_treatment"]) == (
        "STE", "people in treatment", "drugs", 9.7, 1950)
    assert (stoke["period_start"], stoke["period_end"], stoke["lower_ci"], stoke["upper_ci"]) == (
        "2023-04-01", "2024-03-31", 9.3, 10.1)
    england = stats[(92454, "E92000001", "2022/23")]
    assert england["area"] is None and england["people_in_treatment"] == 231000
    assert not any(k[1].startswith("E12") for k in stats)
    completion = stats[(90244, "E10000034", "2023")]
    # a completion rate's denominator is the number in treatment
    assert (completion["area"], completion["value"], completion["count"], completion["people_in_treatment"]) == (
        "WOR", 6.2, 61, 985)


def test_a_district_row_is_its_own_area_and_its_county_commissions(db):
    import_files(db, [str(FIXTURES)])
    district = _stats(db)[(92454, "E07000238", "2023/24")]
    assert (district["area"], district["held"]) == ("WYC", "WOR")


def test_suppressed_values_are_empty_not_zero(db):
    import_files(db, [str(FIXTURES)])
    district = _stats(db)[(92454, "E07000238", "2023/24")]
    assert district["value"] is None and district["count"] is None and district["denominator"] == 106000
    assert "suppressed" in district["value_note"]


def test_a_former_gss_code_resolves_to_the_council_that_carries_it_now(db):
    import_files(db, [str(FIXTURES)])
    assert _stats(db)[(92454, "E08000020", "2015/16")]["area"] == "GAT"


def test_a_new_councils_back_series_is_held_by_the_council_it_replaced(db, tmp_path):
    path = _write(tmp_path, "north.csv",
                  "92454,Adults in treatment,E12000004,East Midlands region,E06000061,North Northamptonshire,UA,"
                  "Persons,18+ yrs,,,2019/20,5.0,4.7,5.3,,,1400,280000,,,,,20190000,,,1y",
                  "92454,Adults in treatment,E12000004,East Midlands region,E06000061,North Northamptonshire,UA,"
                  "Persons,18+ yrs,,,2023/24,5.6,5.3,5.9,,,1610,287000,,,,,20230000,,,1y")
    import_files(db, [path])
    stats = _stats(db)
    assert (stats[(92454, "E06000061", "2019/20")]["area"], stats[(92454, "E06000061", "2019/20")]["held"]) == ("NNT", "NTH")
    assert stats[(92454, "E06000061", "2023/24")]["held"] == "NNT"


def test_rerunning_changes_nothing_and_a_revised_value_replaces_the_old(db, tmp_path):
    first = _write(tmp_path, "first.csv", ROW.format(value="6.4", count="1330"))
    import_files(db, [first])
    before = list(db.query("select * from treatment_stats"))
    again = import_files(db, [first])
    assert (again["new"], again["revised"], again["unchanged"]) == (0, 0, 1)
    assert list(db.query("select * from treatment_stats")) == before
    revised = _write(tmp_path, "revised.csv", ROW.format(value="6.6", count="1372"))
    result = import_files(db, [revised])
    assert (result["new"], result["revised"]) == (0, 1)
    rows = list(db.query("select value, count, source_url from treatment_stats"))
    assert rows == [{"value": 6.6, "count": 1372, "source_url": revised}]


@pytest.mark.parametrize("name, rows, head, problem", [
    ("no_value.csv", ["92454,x,,,E09000033,Westminster,LB,Persons,18+ yrs,,,2023/24"],
     "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period",
     "missing column(s) Value, Count, Denominator"),
    ("words.csv", [ROW.format(value="6.4", count="1330"), ROW.format(value="six", count="1330").replace("E09000033", "E09000001")],
     None, "line 3: Value is not a number: 'six'"),
    ("short.csv", [ROW.format(value="6.4", count="1330"), ROW.format(value="6.4", count="1330")[:60]],
     None, "line 3: the file is cut short"),
    ("empty.csv", [], "", "empty file"),
])
def test_a_malformed_file_is_named_with_its_problem_and_nothing_of_it_is_stored(db, tmp_path, caplog, name, rows, head, problem):
    good = _write(tmp_path, "good.csv", ROW.format(value="6.4", count="1330").replace("2023/24", "2022/23"))
    bad = _write(tmp_path, name, *rows, head=head)
    if name == "empty.csv":
        (tmp_path / name).write_text("")
    with caplog.at_level(logging.ERROR):
        result = import_files(db, [bad, good])
    assert result["failed"] == [bad]
    assert problem in caplog.text and name in caplog.text
    assert [r["period"] for r in db.query("select period from treatment_stats")] == ["2022/23"]  # only the good file


def test_a_file_cut_inside_a_quoted_cell_is_refused(db, tmp_path):
    bad = tmp_path / "quoted.csv"
    bad.write_text(header() + "\n" + ROW.format(value="6.4", count="1330").replace("Adults in treatment", '"Adults, in treat'))
    result = import_files(db, [str(bad)])
    assert result["failed"] == [str(bad)] and db["treatment_stats"].count == 0


@pytest.mark.parametrize("label, expected", [
    ("2023", ("2023-01-01", "2023-12-31")), ("2023/24", ("2023-04-01", "2024-03-31")),
    ("1999/00", ("1999-04-01", "2000-03-31")), ("2021 - 23", ("2021-01-01", "2023-12-31")),
    ("2020/21 - 22/23", ("2020-04-01", "2023-03-31")), ("2023/24 Q4", ("2024-01-01", "2024-03-31")),
    ("2023 Q2", ("2023-04-01", "2023-06-30")), ("Feb 2024", ("2024-02-01", "2024-02-29")),
    ("a while ago", None),
])
def test_periods_as_fingertips_writes_them(label, expected):
    assert dates(label) == expected


def test_a_database_from_before_the_statistics_gains_their_tables(tmp_path):
    from recoverywatch.db.schema import open_db
    path = tmp_path / "older.db"
    db = open_db(path)
    db.execute("drop table treatment_stats")
    db.execute("drop table stats_fetches")
    db.execute("delete from _sqlite_migrations where name = '0011_treatment_stats'")
    db.conn.commit()
    db.close()
    db = open_db(path)
    assert db["treatment_stats"].exists() and db["stats_fetches"].exists()
    assert "0011_treatment_stats" in {r["name"] for r in db.query("select name from _sqlite_migrations")}
    assert import_files(db, [str(FIXTURES)])["new"] == 12


def test_a_path_that_is_not_there_is_refused_before_anything_is_read(db, tmp_path):
    from recoverywatch.stats.fingertips import StatsError
    with pytest.raises(StatsError, match="no-such.csv: no such file or directory"):
        import_files(db, [str(FIXTURES / "in_treatment_drugs.csv"), str(tmp_path / "no-such.csv")])
    assert db["treatment_stats"].count == 0


def test_a_spreadsheet_saved_copy_with_a_byte_order_mark_and_crlf_lines_imports(db, tmp_path):
    path = tmp_path / "saved.csv"
    path.write_bytes(("\ufeff" + header() + "\r\n" + ROW.format(value="6.4", count='"1,330"') + "\r\n").encode("utf-8"))
    result = import_files(db, [str(path)])
    assert (result["failed"], result["new"]) == ([], 1)
    assert next(db.query("select count from treatment_stats"))["count"] == 1330
