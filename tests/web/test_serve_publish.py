"""Publishing a copy: a read-only file is served immutable and offered for download; a port
already in use is one clear line, not a traceback."""
import shutil
import socket
import subprocess
import sys
import urllib.request

import pytest

from tests.conftest import _free_port, wait_for_datasette

pytestmark = pytest.mark.slow


def test_a_read_only_copy_is_served_immutable_and_downloadable(crawled, tmp_path):
    copy = tmp_path / "published.db"
    shutil.copy(crawled["db"], copy)
    copy.chmod(0o444)
    port = _free_port()
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "recoverywatch", "serve", "--db", str(copy), "--port", str(port)],
                                stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_datasette(base, proc, log)
        with urllib.request.urlopen(base + "/published.db", timeout=10) as resp:
            assert resp.status == 200 and resp.read() == copy.read_bytes()
        with urllib.request.urlopen(base + "/", timeout=10) as resp:
            assert 'href="/published.db"' in resp.read().decode()
        with urllib.request.urlopen(base + "/area/SHF", timeout=10) as resp:
            assert resp.status == 200
    finally:
        proc.terminate()
        proc.wait(20)


def test_a_port_in_use_is_one_clear_line(crawled):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "recoverywatch", "serve", "--db", str(crawled["db"]), "--port", str(port)],
                              capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert [line for line in done.stderr.splitlines() if line.strip()] == [
        f"Error: port {port} on 127.0.0.1 is already in use; choose another with --port"]
