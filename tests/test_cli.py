import re

import click
import pytest
from click.testing import CliRunner

from recoverywatch.cli import cli
from tests.conftest import ROOT, run_cli

COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_naming_each_option(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and result.output.startswith(f"Usage: cli {command}")
    described = [p for p in cli.commands[command].params if isinstance(p, click.Option)]
    for option in described:
        assert option.help, f"{command} {option.opts[0]} has no help text"
        assert option.opts[0] in result.output, option.opts[0]


def test_readme_documents_every_command():
    readme = (ROOT / "README.md").read_text()
    for command in COMMANDS:
        assert re.search(rf"recoverywatch {command}\b", readme), command


@pytest.mark.slow
def test_missing_sources_file_is_a_one_line_error(tmp_path):
    result = run_cli("crawl", "--sources", tmp_path / "none.toml", "--db", tmp_path / "x.db")
    assert result.returncode != 0
    assert "sources file not found" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_invalid_sources_file(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nname = "x"\nkind = "magazine"\nstart_urls = ["https://example.org/"]\n')
    result = CliRunner().invoke(cli, ["crawl", "--sources", str(bad), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1 and "kind must be one of" in result.output
    assert not (tmp_path / "x.db").exists()  # nothing written for a bad sources file


def test_unwritable_database(tmp_path):
    good = tmp_path / "ok.toml"
    good.write_text('[[source]]\nname = "x"\nkind = "press"\nstart_urls = ["http://127.0.0.1:9/"]\n')
    result = CliRunner().invoke(cli, ["crawl", "--sources", str(good), "--db", str(tmp_path / "no-such-dir" / "x.db")])
    assert result.exit_code == 1 and "cannot open database" in result.output


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```\n(.*?)\n```", readme, re.S)
    test_command = next(b for b in blocks if "pytest" in b)
    assert test_command in (ROOT / ".ci" / "run").read_text()
