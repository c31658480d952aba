"""The authorizer every published connection gets: the probe list a hostile reader would try."""
import sqlite3

import pytest

from recoverywatch.web.guard import guard

# (probe, what it would do if allowed)
PROBES = [
    "select fts3_tokenizer('simple')",                      # leaks a memory pointer
    "select fts3_tokenizer('simple', x'0000000000000000')",  # installs a tokenizer at an address
    "select load_extension('/tmp/evil.so')",
    "select readfile('/etc/passwd')",
    "select writefile('/tmp/x', 'x')",
    "insert into t values (2)",
    "replace into t values (3)",
    "update t set x = 5",
    "delete from t",
    "with c as (select 1) insert into t select * from c",
    "create table u (x)",
    "create temp table u (x)",
    "create view v as select 1",
    "create index i on t (x)",
    "create trigger tr after insert on t begin select 1; end",
    "drop table t",
    "alter table t add column y",
    "attach database ':memory:' as other",
    "detach database main",
    "pragma writable_schema = 1",
    "pragma journal_mode = delete",
    "pragma query_only = 0",
    "pragma user_version = 7",
    "vacuum",
    "reindex",
    "analyze",
    "update sqlite_master set sql = 'x'",
]


@pytest.fixture
def conn(tmp_path):
    path = tmp_path / "pub.db"
    plain = sqlite3.connect(path)
    plain.execute("create table t (x)")
    plain.execute("insert into t values (1)")
    plain.execute("create virtual table f using fts5 (body)")
    plain.execute("insert into f values ('drug related deaths')")
    plain.commit()
    plain.close()
    c = sqlite3.connect(path)
    guard(c)
    yield c, path
    c.close()


@pytest.mark.parametrize("probe", PROBES)
def test_every_probe_is_refused(conn, probe):
    c, _ = conn
    with pytest.raises(sqlite3.DatabaseError):
        c.execute(probe).fetchall()
    c.rollback()
    assert c.execute("select x from t").fetchall() == [(1,)]


def test_reading_and_introspection_still_work(conn):
    c, _ = conn
    assert c.execute("select count(*) from t").fetchone() == (1,)
    assert c.execute("select rowid from f where f match '\"drug related\"'").fetchall() == [(1,)]
    assert [r[1] for r in c.execute("pragma table_info(t)")] == ["x"]
    assert c.execute("select name from pragma_table_info('t')").fetchall() == [("x",)]


def test_the_database_file_path_is_never_read(conn):
    c, path = conn
    for sql in ("select * from pragma_database_list", "pragma database_list", "select file from pragma_database_list()"):
        assert str(path) not in repr(c.execute(sql).fetchall()), sql
