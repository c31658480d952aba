"""The package's shape: one import namespace, and dependencies that point one way."""
import ast
import importlib.util
import pathlib
import sys

import pytest

from tests.conftest import ROOT

# folder -> the recoverywatch subpackages its modules may import
ALLOWED = {
    "db": {"db"},
    "crawler": {"crawler", "db"},
    "extract": {"extract"},
    "recoverywatch/web": {"web", "db"},
}
SUBPACKAGES = {"db", "crawler", "extract", "web", "demo"}


def imported_subpackages(path: pathlib.Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
        for name in names:
            parts = name.split(".")
            if parts[0] == "recoverywatch" and len(parts) > 1 and parts[1] in SUBPACKAGES:
                found.add(parts[1])
            elif parts[0] in SUBPACKAGES and parts[0] != "demo":
                found.add("bare " + parts[0])  # `import db`: never
    return found


@pytest.mark.parametrize("folder", sorted(ALLOWED))
def test_dependencies_point_one_way(folder):
    wrong = {}
    for path in (ROOT / folder).rglob("*.py"):
        extra = imported_subpackages(path) - ALLOWED[folder]
        if extra:
            wrong[str(path.relative_to(ROOT))] = sorted(extra)
    assert wrong == {}


@pytest.mark.parametrize("name", ["db", "crawler", "extract"])
def test_nothing_is_importable_under_a_bare_folder_name(name):
    """Outside the repository (as in a user's venv) only recoverywatch.<name> exists."""
    saved = sys.path[:]
    try:
        sys.path[:] = [p for p in sys.path if p and pathlib.Path(p).resolve() != ROOT]
        assert importlib.util.find_spec(name) is None
        assert importlib.util.find_spec(f"recoverywatch.{name}") is not None
    finally:
        sys.path[:] = saved
