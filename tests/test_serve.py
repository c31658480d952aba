"""`recoverywatch serve` runs Datasette in-process: no temporary metadata file, a clean stop on a signal."""
import json
import os
import pathlib
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

import pytest

from tests.conftest import _free_port

from recoverywatch.db.schema import open_db




def _get_json(url):
    with urllib.request.urlopen(url, timeout=5) as resp:
        return json.loads(resp.read())


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_leaves_no_temporary_file_and_stops_cleanly(tmp_path, sig):
    db = tmp_path / "served.db"
    open_db(db).close()
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "recoverywatch", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "TMPDIR": str(tmp), "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                _get_json(base + "/-/versions.json")
                break
            except OSError:
                assert proc.poll() is None and time.time() < deadline, proc.communicate(timeout=10)
                time.sleep(0.2)
        meta = _get_json(base + "/-/metadata.json")
        assert meta["title"] == "recoverywatch" and "served" in meta["databases"]
        settings = _get_json(base + "/-/settings.json")
        assert settings["default_page_size"] == 50 and settings["allow_download"] is True
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert out.splitlines()[0] == f"recoverywatch: serving {db} at http://127.0.0.1:{port}/"
    assert proc.returncode == 0, err[-2000:]
    assert "Traceback" not in err and "Aborted" not in err
    assert list(tmp.glob("recoverywatch-metadata-*.json")) == []
    assert not (pathlib.Path(tempfile.gettempdir()) / f"recoverywatch-metadata-{proc.pid}.json").exists()
