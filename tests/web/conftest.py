"""The web tests' Datasette: like the suite's, but its output goes to a file. A pipe nobody
reads fills after a few hundred logged requests and then stalls the server mid-response."""
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import _free_port


@pytest.fixture(scope="session")
def datasette(crawled, tmp_path_factory):
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "recoverywatch", "serve", "--db", str(crawled["db"]),
                                 "--port", str(port)], stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=2)
            break
        except OSError:
            assert proc.poll() is None and time.time() < deadline, log.read_text()
            time.sleep(0.2)
    yield base + "/" + crawled["db"].stem
    proc.terminate()
    proc.wait(20)
    text = log.read_text("utf-8", "replace")
    assert "Traceback" not in text, text[-3000:]  # no request the tests made was a server fault
