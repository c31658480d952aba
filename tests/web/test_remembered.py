"""Counts on a published (immutable) copy are worked out once; the news view's provider facet
counts list items. A real Datasette, in this process, on a real SQLite file."""
import asyncio
import json
import urllib.parse

import pytest

from recoverywatch.db import save
from recoverywatch.db.schema import open_db
from recoverywatch.web.serve import build_datasette


@pytest.fixture
def published(tmp_path):
    path = tmp_path / "news.db"
    db = open_db(path)
    for i, providers in enumerate([["Turning Point"], ["Turning Point", "Humankind"], []]):
        save.save_article(db, {"url": f"https://council.example/news/{i}", "source": None, "title": f"Story {i}",
                               "published": f"2024-0{i + 1}-01", "text": f"Story {i} about treatment."})
        db.execute("update articles set relevant = 1, providers = ? where id = ?", [json.dumps(providers), i + 1])
    db.conn.commit()
    db.close()
    path.chmod(0o444)
    return path


def test_a_published_copy_counts_once_and_answers_from_memory(published):
    async def run():
        ds = build_datasette(published)
        await ds.invoke_startup()
        db = ds.get_database()
        assert not db.is_mutable
        first = (await db.execute("select count(*) from news")).rows[0][0]
        second = (await db.execute("select count(*) from news")).rows[0][0]
        memory = db.rw_remembered
        assert first == second == 3 and len(memory) == 1
        await db.execute("select title from news")  # a reader's rows are never remembered
        await db.execute("select count(*) from news where random() > 0")  # nor what may differ between runs
        assert len(memory) == 1
    asyncio.run(run())


def test_a_file_a_crawl_may_write_is_counted_afresh(published):
    published.chmod(0o644)

    async def run():
        ds = build_datasette(published)
        await ds.invoke_startup()
        assert getattr(ds.get_database(), "rw_remembered", None) is None
    asyncio.run(run())


def test_provider_facet_counts_each_name_and_narrows(published):
    async def run():
        ds = build_datasette(published)
        await ds.invoke_startup()
        name = published.stem
        facet = (await ds.client.get(f"/{name}/news.json")).json()["facet_results"]["providers"]
        counts = {r["value"]: r["count"] for r in facet["results"]}
        assert counts == {"Turning Point": 2, "Humankind": 1}
        toggle = next(r["toggle_url"] for r in facet["results"] if r["value"] == "Humankind")
        assert "providers__arraycontains=Humankind" in toggle
        url = urllib.parse.urlsplit(toggle)
        narrowed = (await ds.client.get(f"{url.path}?{url.query}&_shape=array")).json()
        assert [r["title"] for r in narrowed] == ["Story 1"]
    asyncio.run(run())


def test_a_published_copys_pages_are_worked_out_once_and_read_the_same(published):
    async def run():
        ds = build_datasette(published)
        await ds.invoke_startup()
        name = published.stem
        first = (await ds.client.get(f"/{name}/search?q=story")).text
        memory = ds.get_database().rw_remembered
        remembered = len(memory)
        second = (await ds.client.get(f"/{name}/search?q=story")).text
        assert remembered > 0 and len(memory) == remembered
        assert first == second and 'href="/article/1"' in first
    asyncio.run(run())


def test_serving_a_published_copy_counts_its_busiest_pages_first(published):
    from recoverywatch.web.serve import warm

    async def start():
        ds = build_datasette(published)
        await ds.invoke_startup()
        return ds
    ds = asyncio.run(start())
    warm(ds)
    memory = ds.get_database().rw_remembered
    assert any("news" in key[0] for key in memory if key[0] != "page")  # the news view's counts
    assert any(key[0] == "page" for key in memory)  # the home page's and search page's rows
